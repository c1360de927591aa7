#include "../store/storefixture.h"

#include "reports/kpireport.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace rc;

// A small store whose figures were worked out by hand (see the comments): six tickets around
// the week 2026-11-01 … 2026-11-07, two technicians, quotes and payments.
class TestKpiReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void turnaroundAndStages();
    void repeatsWarrantyAndRevenue();
    void perTechnicianAndDays();
    void jsonAndCsv();
    void percentiles_data();
    void percentiles();
    void badRange();
    void matchesRecount();
    void randomStoreMatchesRecount();

private:
    QDateTime at(int month, int day, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    }
    QString newTicket(const QDateTime &when, const QString &imei, const QString &technician);
    void move(const QString &id, TicketStatus to, const QDateTime &when);
    void quoteLine(const QString &ticketId, qint64 minor, bool covered);
    void payment(const QString &ticketId, const QString &kind, qint64 minor, const QDateTime &when);

    test::StoreFixture m_store;
    std::unique_ptr<TicketRepository> m_tickets;
    QString m_zhang;
    QString m_liu;
    KpiFigures m_f;
};

QString TestKpiReport::newTicket(const QDateTime &when, const QString &imei,
                                 const QString &technician)
{
    m_store.clock.setNowUtc(when);
    NewTicket d;
    d.customer.name = QStringLiteral("顾客");
    d.device.imei1 = imei;
    d.faultDescription = QStringLiteral("不开机");
    d.technicianId = technician;
    auto t = m_tickets->create(d, Actor {QString(), QStringLiteral("test")});
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    return t->id;
}

void TestKpiReport::move(const QString &id, TicketStatus to, const QDateTime &when)
{
    m_store.clock.setNowUtc(when);
    if (to == TicketStatus::Quoted) {
        QSqlQuery q(m_store.db->connection());
        q.prepare(QStringLiteral("UPDATE tickets SET quote_revision = 1 WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
    }
    auto t = m_tickets->transition(id, to, Actor {QString(), QStringLiteral("test")},
                                   TicketLifecycle::isDestructive(to) ? QStringLiteral("closed")
                                                                      : QString());
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
}

void TestKpiReport::quoteLine(const QString &ticketId, qint64 minor, bool covered)
{
    QSqlQuery q(m_store.db->connection());
    q.prepare(QStringLiteral("INSERT INTO quote_lines (id, ticket_id, revision, kind, "
                             "description, quantity, unit_price_minor, covered, created_at, "
                             "updated_at) VALUES (lower(hex(randomblob(16))), ?, 1, 'part', 'x', "
                             "1, ?, ?, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')"));
    q.addBindValue(ticketId);
    q.addBindValue(minor);
    q.addBindValue(covered ? 1 : 0);
    QVERIFY(q.exec());
}

void TestKpiReport::payment(const QString &ticketId, const QString &kind, qint64 minor,
                            const QDateTime &when)
{
    QSqlQuery q(m_store.db->connection());
    q.prepare(QStringLiteral("INSERT INTO payments (id, ticket_id, kind, amount_minor, method, "
                             "at) VALUES (lower(hex(randomblob(16))), ?, ?, ?, 'cash', ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(kind);
    q.addBindValue(minor);
    q.addBindValue(when.toString(Qt::ISODateWithMs));
    QVERIFY(q.exec());
}

void TestKpiReport::initTestCase()
{
    QVERIFY(m_store.open());
    m_tickets = std::make_unique<TicketRepository>(*m_store.db, m_store.clock);
    UserRepository users(*m_store.db, m_store.clock, 1000);
    m_zhang = users
                  .create(QStringLiteral("zhang"), QStringLiteral("Zhang"), Role::Technician,
                          QStringLiteral("1234"))
                  ->id;
    m_liu = users
                .create(QStringLiteral("liu"), QStringLiteral("Liu"), Role::Technician,
                        QStringLiteral("1234"))
                ->id;
    using S = TicketStatus;

    // T0: received 10-30 09:00, picked up 11-01 09:00 (48 h); no technician, no quote, no
    // verdict: completed in the range, received before it, unclassified.
    // Stages: received 1, diagnosing 1, quoted 1, approved 1, repairing 20, ready 24 h.
    const QString t0 = newTicket(at(10, 30, 9), QStringLiteral("356938035643809"), {});
    move(t0, S::Diagnosing, at(10, 30, 10));
    move(t0, S::Quoted, at(10, 30, 11));
    move(t0, S::Approved, at(10, 30, 12));
    move(t0, S::Repairing, at(10, 30, 13));
    move(t0, S::Ready, at(10, 31, 9));
    move(t0, S::PickedUp, at(11, 1, 9));
    payment(t0, QStringLiteral("payment"), 5000, at(10, 31, 9)); // before the range

    // T1 (Zhang): 11-01 09:00 → picked up 11-02 18:00 (33 h); paid: 250.00 payable.
    // Stages: received 1, diagnosing 4, quoted 2, approved 16, repairing 4, ready 6 h.
    const QString t1 = newTicket(at(11, 1, 9), QStringLiteral("490154203237518"), m_zhang);
    move(t1, S::Diagnosing, at(11, 1, 10));
    quoteLine(t1, 20000, false);
    quoteLine(t1, 5000, false);
    move(t1, S::Quoted, at(11, 1, 14));
    move(t1, S::Approved, at(11, 1, 16));
    move(t1, S::Repairing, at(11, 2, 8));
    move(t1, S::Ready, at(11, 2, 12));
    move(t1, S::PickedUp, at(11, 2, 18));
    payment(t1, QStringLiteral("payment"), 25000, at(11, 2, 18));
    payment(t1, QStringLiteral("refund"), 1000, at(11, 5, 10));

    // T2 (Liu): 11-02 09:00 → picked up 11-05 09:00 (72 h); warranty: every line covered.
    // Stages: received 0.5, diagnosing 2, quoted 1, approved 1, repairing 2+2, waiting 48,
    // ready 15.5 h.
    const QString t2 = newTicket(at(11, 2, 9), QStringLiteral("352099001761481"), m_liu);
    move(t2, S::Diagnosing, at(11, 2, 9, 30));
    quoteLine(t2, 30000, true);
    move(t2, S::Quoted, at(11, 2, 11, 30));
    move(t2, S::Approved, at(11, 2, 12, 30));
    move(t2, S::Repairing, at(11, 2, 13, 30));
    move(t2, S::WaitingParts, at(11, 2, 15, 30));
    move(t2, S::Repairing, at(11, 4, 15, 30));
    move(t2, S::Ready, at(11, 4, 17, 30));
    move(t2, S::PickedUp, at(11, 5, 9));

    // T3 (Zhang): declined and returned unrepaired on 11-03.
    const QString t3 = newTicket(at(11, 3, 10), QStringLiteral("353918051234561"), m_zhang);
    move(t3, S::Diagnosing, at(11, 3, 11));
    move(t3, S::Quoted, at(11, 3, 12));
    move(t3, S::Declined, at(11, 3, 13));
    move(t3, S::ReturnedUnrepaired, at(11, 3, 15));

    // T4: cancelled on 11-06.
    const QString t4 = newTicket(at(11, 6, 10), QStringLiteral("860123450000012"), {});
    move(t4, S::Cancelled, at(11, 6, 11));

    // T5: T1's phone back on 11-06, four days after its pickup: a repeat repair.
    newTicket(at(11, 6, 12), QStringLiteral("490154203237518"), {});

    // T6: after the range; ignored.
    newTicket(at(11, 8, 12), QStringLiteral("860123450000020"), {});

    auto figures = KpiReport::compute(*m_store.db, QDate(2026, 11, 1), QDate(2026, 11, 7), 90);
    QVERIFY2(figures.ok(), figures.ok() ? "" : qPrintable(figures.error().message));
    m_f = *figures;
}

void TestKpiReport::counts()
{
    QCOMPARE(m_f.received, 5); // T1…T5
    QCOMPARE(m_f.completed, 3); // T0, T1, T2
    QCOMPARE(m_f.returnedUnrepaired, 1);
    QCOMPARE(m_f.cancelled, 1);
}

void TestKpiReport::turnaroundAndStages()
{
    const qint64 h = 3600;
    QCOMPARE(m_f.turnaround.count, 3);
    QCOMPARE(m_f.turnaround.medianSeconds, 48 * h); // 33, 48, 72
    QCOMPARE(m_f.turnaround.p90Seconds, 72 * h);

    QMap<QString, DurationStats> stages;
    for (const StageFigures &s : std::as_const(m_f.stages))
        stages.insert(s.status, s.time);
    QCOMPARE(stages.size(), 7);
    auto check = [&](const char *status, int count, qint64 median, qint64 p90) {
        const DurationStats s = stages.value(QString::fromLatin1(status));
        QCOMPARE(s.count, count);
        QCOMPARE(s.medianSeconds, median);
        QCOMPARE(s.p90Seconds, p90);
    };
    check("received", 3, 1 * h, 1 * h); // 1, 1, 0.5
    check("diagnosing", 3, 2 * h, 4 * h); // 1, 4, 2
    check("quoted", 3, 1 * h, 2 * h); // 1, 2, 1
    check("approved", 3, 1 * h, 16 * h); // 1, 16, 1
    check("repairing", 3, 4 * h, 20 * h); // 20, 4, 2+2
    check("waiting_parts", 1, 48 * h, 48 * h);
    check("ready", 3, 15 * h + 1800, 24 * h); // 24, 6, 15.5
    QCOMPARE(m_f.stages.first().status, QStringLiteral("received")); // workflow order
}

void TestKpiReport::repeatsWarrantyAndRevenue()
{
    QCOMPARE(m_f.repeatRepairs, 1);
    QCOMPARE(m_f.warrantyRepairs, 1);
    QCOMPARE(m_f.paidRepairs, 1);
    QCOMPARE(m_f.unclassifiedRepairs, 1);
    QCOMPARE(m_f.paymentsMinor, 25000);
    QCOMPARE(m_f.refundsMinor, 1000);
    QCOMPARE(m_f.revenueMinor, 24000);

    // With a repair warranty shorter than the four days, T5 is no repeat.
    auto shorter = KpiReport::compute(*m_store.db, QDate(2026, 11, 1), QDate(2026, 11, 7), 3);
    QCOMPARE(shorter->repeatRepairs, 0);
}

void TestKpiReport::perTechnicianAndDays()
{
    QCOMPARE(m_f.technicians.size(), 3);
    const TechnicianFigures none = m_f.technicians.at(0);
    const TechnicianFigures liu = m_f.technicians.at(1);
    const TechnicianFigures zhang = m_f.technicians.at(2);
    QCOMPARE(none.technicianId, QString());
    QCOMPARE(none.completed, 1);
    QCOMPARE(liu.name, QStringLiteral("Liu"));
    QCOMPARE(liu.completed, 1);
    QCOMPARE(liu.warrantyRepairs, 1);
    QCOMPARE(liu.turnaround.medianSeconds, 72 * 3600);
    QCOMPARE(liu.revenueMinor, 0);
    QCOMPARE(zhang.name, QStringLiteral("Zhang"));
    QCOMPARE(zhang.completed, 1);
    QCOMPARE(zhang.paidRepairs, 1);
    QCOMPARE(zhang.turnaround.medianSeconds, 33 * 3600);
    QCOMPARE(zhang.revenueMinor, 24000);

    QCOMPARE(m_f.days.size(), 7);
    const QList<int> received {1, 1, 1, 0, 0, 2, 0};
    const QList<int> completed {1, 1, 0, 0, 1, 0, 0};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(m_f.days.at(i).date, QDate(2026, 11, 1 + i));
        QCOMPARE(m_f.days.at(i).received, received.at(i));
        QCOMPARE(m_f.days.at(i).completed, completed.at(i));
    }
}

void TestKpiReport::jsonAndCsv()
{
    const QJsonObject json = KpiReport::toJson(m_f);
    QCOMPARE(json.value(QStringLiteral("received")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("turnaround"))
                 .toObject()
                 .value(QStringLiteral("median_hours"))
                 .toDouble(),
             48.0);
    QCOMPARE(json.value(QStringLiteral("revenue_minor")).toInteger(), 24000);
    QCOMPARE(json.value(QStringLiteral("stages")).toArray().size(), 7);
    QCOMPARE(json.value(QStringLiteral("technicians")).toArray().size(), 3);
    const QByteArray csv = KpiReport::toCsv(m_f);
    QVERIFY(csv.startsWith("metric,value\r\nfrom,2026-11-01\r\n"));
    QVERIFY(csv.contains("revenue,240.00\r\n"));
    QVERIFY(csv.contains("ready,3,15.5,24.0\r\n"));
    QVERIFY(csv.contains("Zhang,1,0,1,33.0,33.0,240.00\r\n"));
}

void TestKpiReport::percentiles_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<qint64>("median");
    QTest::addColumn<qint64>("p90");
    QTest::newRow("empty") << QList<qint64> {} << qint64(0) << qint64(0);
    QTest::newRow("one") << QList<qint64> {7} << qint64(7) << qint64(7);
    QTest::newRow("even") << QList<qint64> {4, 1, 3, 2} << qint64(2) << qint64(4);
    QTest::newRow("ten") << QList<qint64> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << qint64(5) << qint64(9);
    QTest::newRow("eleven") << QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100} << qint64(6)
                            << qint64(10);
}

void TestKpiReport::percentiles()
{
    QFETCH(QList<qint64>, values);
    QFETCH(qint64, median);
    QFETCH(qint64, p90);
    const DurationStats s = DurationStats::of(values);
    QCOMPARE(s.count, values.size());
    QCOMPARE(s.medianSeconds, median);
    QCOMPARE(s.p90Seconds, p90);
}

void TestKpiReport::badRange()
{
    auto r = KpiReport::compute(*m_store.db, QDate(2026, 11, 7), QDate(2026, 11, 1), 90);
    QCOMPARE(r.error().code, QStringLiteral("REPORT_RANGE"));
}

namespace {

QByteArray figuresJson(const Result<KpiFigures> &figures)
{
    if (!figures)
        return figures.error().message.toUtf8();
    return QJsonDocument(KpiReport::toJson(*figures)).toJson(QJsonDocument::Indented);
}

QString imeiFor(int serial)
{
    QString imei = QStringLiteral("35693803%1").arg(serial, 6, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = imei.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return imei + QString::number((10 - sum % 10) % 10);
}

} // namespace

void TestKpiReport::matchesRecount()
{
    for (int days : {90, 3, 0}) {
        QCOMPARE(figuresJson(KpiReport::compute(*m_store.db, QDate(2026, 10, 1),
                                                QDate(2026, 11, 30), days)),
                 figuresJson(KpiReport::recount(*m_store.db, QDate(2026, 10, 1),
                                                QDate(2026, 11, 30), days)));
    }
    QCOMPARE(
        figuresJson(KpiReport::recount(*m_store.db, QDate(2026, 11, 1), QDate(2026, 11, 7), 90)),
        figuresJson(m_f));
}

// A store written at random through the repositories (and, like the sync and the tests, some
// direct SQL): every ticket walks the workflow with random waits, devices come back, quotes
// are revised, technicians change, payments and refunds fall anywhere. The report's facts
// must give exactly what recounting the event log gives, for any range.
void TestKpiReport::randomStoreMatchesRecount()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    // Thousands of small transactions: no fsync each (the figures do not depend on it).
    QVERIFY(store.db->exec(QStringLiteral("PRAGMA synchronous=OFF")).ok());
    TicketRepository tickets(*store.db, store.clock);
    UserRepository users(*store.db, store.clock, 1000);
    QStringList technicians {QString()};
    for (const char *name : {"Chen", "Wang", "Li"}) {
        auto user = users.create(QString::fromLatin1(name).toLower(), QString::fromLatin1(name),
                                 Role::Technician, QStringLiteral("1234"));
        QVERIFY(user.ok());
        technicians << user->id;
    }
    const quint32 seed = qEnvironmentVariableIsSet("RC_TEST_SEED")
                             ? quint32(qEnvironmentVariableIntValue("RC_TEST_SEED"))
                             : 20261123u;
    qInfo("seed %u (RC_TEST_SEED)", seed);
    QRandomGenerator rng(seed);
    const QDateTime origin(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    const Actor actor {QString(), QStringLiteral("test")};
    auto exec = [&](const QString &statement, const QVariantList &values) {
        QSqlQuery q(store.db->connection());
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    const int count = 160;
    for (int n = 0; n < count; ++n) {
        QDateTime when = origin.addSecs(qint64(rng.bounded(60 * 24)) * 3600
                                        + qint64(rng.bounded(3600)) + n % 7);
        store.clock.setNowUtc(when);
        NewTicket draft;
        draft.customer.name = QStringLiteral("顾客");
        draft.device.imei1 = imeiFor(int(rng.bounded(40)));
        draft.faultDescription = QStringLiteral("不开机");
        draft.technicianId = technicians.at(int(rng.bounded(4)));
        auto created = tickets.create(draft, actor);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        const QString id = created->id;
        if (rng.bounded(4) == 0)
            QVERIFY(exec(QStringLiteral("UPDATE tickets SET warranty_verdict = ? WHERE id = ?"),
                         {rng.bounded(2) ? QStringLiteral("{\"covered\":true}")
                                         : QStringLiteral("{\"covered\":false}"),
                          id}));
        TicketStatus status = TicketStatus::Received;
        int revision = 0;
        const int steps = int(rng.bounded(16));
        for (int step = 0; step < steps && !TicketLifecycle::isFinal(status); ++step) {
            when = when.addSecs(60 + qint64(rng.bounded(30 * 3600)));
            store.clock.setNowUtc(when);
            const QList<TicketStatus> targets = TicketLifecycle::allowedTargets(status);
            TicketStatus to = targets.at(int(rng.bounded(quint32(targets.size()))));
            // Mostly forward: completed tickets are what the report is about.
            if (rng.bounded(10) < 7) {
                for (TicketStatus forward :
                     {TicketStatus::PickedUp, TicketStatus::Ready, TicketStatus::Repairing,
                      TicketStatus::Approved, TicketStatus::Quoted, TicketStatus::Diagnosing}) {
                    if (targets.contains(forward)) {
                        to = forward;
                        break;
                    }
                }
            }
            if (to == TicketStatus::Quoted) {
                ++revision;
                QVERIFY(exec(QStringLiteral("UPDATE tickets SET quote_revision = ? WHERE id = ?"),
                             {revision, id}));
                const int lines = int(rng.bounded(3));
                for (int l = 0; l < lines; ++l)
                    QVERIFY(
                        exec(QStringLiteral(
                                 "INSERT INTO quote_lines (id, ticket_id, revision, kind, "
                                 "description, quantity, unit_price_minor, covered, "
                                 "created_at, updated_at) VALUES (lower(hex(randomblob(16))), "
                                 "?, ?, 'part', 'x', ?, ?, ?, ?, ?)"),
                             {id, revision, 1 + int(rng.bounded(2)), qint64(rng.bounded(3)) * 5000,
                              int(rng.bounded(2)), sql::timestamp(when), sql::timestamp(when)}));
            }
            auto moved = tickets.transition(
                id, to, actor,
                TicketLifecycle::isDestructive(to) ? QStringLiteral("closed") : QString());
            QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
            status = to;
            if (rng.bounded(8) == 0)
                QVERIFY(
                    tickets.assignTechnician(id, technicians.at(int(rng.bounded(4))), actor).ok());
            if (rng.bounded(5) == 0)
                QVERIFY(exec(QStringLiteral("INSERT INTO payments (id, ticket_id, kind, "
                                            "amount_minor, method, at) VALUES "
                                            "(lower(hex(randomblob(16))), ?, ?, ?, 'cash', ?)"),
                             {id,
                              QStringList {QStringLiteral("deposit"), QStringLiteral("payment"),
                                           QStringLiteral("refund")}
                                  .at(int(rng.bounded(3))),
                              1 + qint64(rng.bounded(50000)), sql::timestamp(when)}));
        }
        // Now and then a quote line changes or goes after pickup.
        if (status == TicketStatus::PickedUp && rng.bounded(6) == 0)
            QVERIFY(exec(QStringLiteral("UPDATE quote_lines SET covered = 1 - covered WHERE "
                                        "ticket_id = ?"),
                         {id}));
        if (status == TicketStatus::PickedUp && rng.bounded(10) == 0)
            QVERIFY(exec(QStringLiteral("DELETE FROM quote_lines WHERE ticket_id = ?"), {id}));
    }
    QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = "
                                       "'picked_up'"))
            > 20);

    const QDate first = origin.date().addDays(-1);
    const QDate last = origin.date().addDays(90);
    QList<std::tuple<QDate, QDate, int>> ranges {
        {first, last, 90}, {first, last, 5}, {first, last, 0}};
    for (int i = 0; i < 12; ++i) {
        const QDate from = first.addDays(int(rng.bounded(80)));
        ranges.append({from, from.addDays(int(rng.bounded(30))), int(rng.bounded(40))});
    }
    for (const auto &[from, to, days] : ranges) {
        const QByteArray fast = figuresJson(KpiReport::compute(*store.db, from, to, days));
        const QByteArray slow = figuresJson(KpiReport::recount(*store.db, from, to, days));
        if (fast != slow)
            qWarning("%s … %s, %d days", qPrintable(from.toString(Qt::ISODate)),
                     qPrintable(to.toString(Qt::ISODate)), days);
        QCOMPARE(fast, slow);
    }
}

QTEST_GUILESS_MAIN(TestKpiReport)
#include "tst_kpireport.moc"
