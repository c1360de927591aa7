// Three stations of one center through a real repair-hq (issue 19, "Must show"): per seed,
// rounds of random workflow steps on random stations, the same tickets worked on at several
// stations, stations cut off for some rounds, and `repairctl sync run --once` (push, then pull
// until HQ has nothing more) for the others. At the end everybody syncs until quiet, and then:
// the canonical dumps of the three stores are equal; every record a station pushed is held
// everywhere (its event, or its snapshot or a newer one); the workflow rules hold (no
// picked-up ticket without the pickup step that checked the IMEI, a ticket's status is where a
// move not marked as a conflict took it). Seeds and rounds: RC_CONVERGENCE_SEEDS ("1,2,3"),
// RC_CONVERGENCE_ROUNDS.
#include "storedump.h"
#include "synctestsupport.h"
#include "workflowstore.h"

#include "store/paymentrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace rc;
using namespace rc::synctest;
using rc::test::WorkflowStore;

namespace {

// A valid IMEI (Luhn check digit) with a random serial.
QString randomImei(QRandomGenerator &random)
{
    QString digits = QStringLiteral("490154");
    for (int i = 0; i < 8; ++i)
        digits += QChar(u'0' + random.bounded(10));
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

struct Station
{
    WorkflowStore store;
    QString token;
    QString user;
    int cutOffRounds = 0; // rounds left without syncing
};

struct SeedFigures
{
    int steps = 0;
    int refused = 0; // steps the station's own rules refused (a state it had not seen yet)
    int syncs = 0;
    int killedSyncs = 0;
    int killedHqs = 0;
    qint64 conflicts = 0;
};

class Convergence
{
public:
    Convergence(quint32 seed, HqProcess &hq, std::array<Station *, 3> stations, bool crashes)
        : m_random(seed)
        , m_hq(&hq)
        , m_stations(stations)
        , m_crashes(crashes)
    {
    }

    // Starts `repairctl sync run --once` for one station.
    void startSync(Station &s, QProcess &process)
    {
        ++m_figures.syncs;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REPAIRCTL_USER"), s.user);
        env.insert(QStringLiteral("REPAIRCTL_PIN"), s.store.managerPin);
        env.insert(QStringLiteral("RC_HQ_TOKEN"), s.token);
        process.setProcessEnvironment(env);
        process.start(repairctlPath(),
                      {QStringLiteral("--db"), s.store.dir.filePath(QStringLiteral("store.sqlite")),
                       QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--hq"),
                       m_hq->url().toString(), QStringLiteral("--once"),
                       QStringLiteral("--give-up-after"), QStringLiteral("60")});
    }

    // `repairctl sync run --once` for one station; its `sync status` JSON, empty on failure.
    QJsonObject sync(Station &s)
    {
        QProcess process;
        startSync(s, process);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning() << "sync run failed:" << process.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

    // A station's sync run killed (SIGKILL) after a random moment: before, during or after
    // its push or its pull.
    void killedSync(Station &s)
    {
        QProcess process;
        startSync(s, process);
        QTest::qWait(10 + m_random.bounded(300));
        process.kill();
        process.waitForFinished(10000);
        ++m_figures.killedSyncs;
    }

    // repair-hq killed (SIGKILL) while a station syncs, and started again on the same database
    // and port; the station's run rides it out or fails, the next one carries on.
    bool killedHq(Station &s)
    {
        QProcess process;
        startSync(s, process);
        QTest::qWait(10 + m_random.bounded(300));
        ::kill(pid_t(m_hq->pid()), SIGKILL);
        const quint16 port = m_hq->port();
        if (!m_hq->start(port)) {
            qWarning("repair-hq did not start again on port %u", port);
            return false;
        }
        ++m_figures.killedHqs;
        return process.state() == QProcess::NotRunning || process.waitForFinished(120000);
    }

    // One random workflow step at one station on a ticket it holds (or a new one).
    void step(Station &s)
    {
        ++m_figures.steps;
        WorkflowStore &w = s.store;
        QStringList open;
        QSqlQuery q(w.db->connection());
        q.exec(QStringLiteral("SELECT id FROM tickets WHERE status NOT IN "
                              "('picked_up', 'cancelled', 'returned_unrepaired', 'disposed') "
                              "ORDER BY number"));
        while (q.next())
            open << q.value(0).toString();
        if (open.isEmpty() || m_random.bounded(4) == 0) {
            auto created = w.wf->intake.registerPhone(w.clerk.id, w.request(randomImei(m_random)));
            refusedUnless(created.ok());
            return;
        }
        const Ticket t = w.reread(open.at(m_random.bounded(int(open.size()))));
        using S = TicketStatus;
        switch (m_random.bounded(6)) {
        case 0:
            refusedUnless(w.wf->tickets
                              .addNote(w.clerk.id, t.id,
                                       QStringLiteral("客户来电 %1").arg(m_random.bounded(1000)))
                              .ok());
            return;
        case 1:
            if (t.status == S::Quoted || t.status == S::Approved || t.status == S::Repairing) {
                workflow::PaymentInput deposit;
                deposit.amount.minor = 5000;
                deposit.method = QStringLiteral("cash");
                deposit.deposit = true;
                refusedUnless(w.wf->tickets.pay(w.clerk.id, t.id, deposit).ok());
                return;
            }
            break;
        case 2:
            if (m_random.bounded(3) == 0) {
                refusedUnless(cancel(w, t));
                return;
            }
            break;
        default:
            break;
        }
        refusedUnless(forward(w, t));
    }

    bool cancel(WorkflowStore &w, const Ticket &t)
    {
        return w.wf->tickets.cancel(w.manager.id, t.id, QStringLiteral("客户取消")).ok();
    }

    // Two stations that have seen the same state of up to `tickets` open tickets each move one
    // of them without syncing in between: one forward, the other forward or cancelling.
    // Returns how many pairs of moves went to different statuses (each must be marked as a
    // conflict).
    int fork(int tickets)
    {
        WorkflowStore &first = m_stations.at(0)->store;
        QStringList open;
        QSqlQuery q(first.db->connection());
        q.exec(QStringLiteral("SELECT id FROM tickets WHERE status NOT IN "
                              "('picked_up', 'cancelled', 'returned_unrepaired', 'disposed') "
                              "ORDER BY number"));
        while (q.next())
            open << q.value(0).toString();
        int different = 0;
        for (int i = 0; i < tickets && !open.isEmpty(); ++i) {
            const QString id = open.takeAt(m_random.bounded(int(open.size())));
            const int a = m_random.bounded(3);
            const int b = (a + 1 + m_random.bounded(2)) % 3;
            WorkflowStore &one = m_stations.at(a)->store;
            WorkflowStore &two = m_stations.at(b)->store;
            const Ticket before = one.reread(id);
            m_figures.steps += 2;
            const bool cancelling = m_random.bounded(2) == 0;
            const bool moved = forward(one, before);
            const bool other
                = cancelling ? cancel(two, two.reread(id)) : forward(two, two.reread(id));
            refusedUnless(moved);
            refusedUnless(other);
            if (moved && other && one.reread(id).status != two.reread(id).status)
                ++different;
        }
        return different;
    }

    // The ticket's next step on the way to picked up, as the station sees it.
    bool forward(WorkflowStore &w, const Ticket &t)
    {
        using S = TicketStatus;
        switch (t.status) {
        case S::Received:
            return w.wf->tickets.move(w.tech.id, t.id, S::Diagnosing).ok();
        case S::Diagnosing: {
            workflow::DiagnosisInput d;
            d.findings = QStringLiteral("屏幕排线腐蚀");
            d.faultCodes = {QStringLiteral("screen_blank")};
            d.lines = w.lines();
            return w.wf->tickets.diagnose(w.tech.id, t.id, d).ok();
        }
        case S::Quoted:
            return w.wf->tickets
                .answer(w.clerk.id, t.id, QuoteAnswer {true, QStringLiteral("in_person"), {}, {}})
                .ok();
        case S::Approved:
            return w.wf->tickets.startRepair(w.tech.id, t.id).ok();
        case S::Repairing: {
            workflow::RepairInput done;
            done.checks = RepairChecks::allPassed();
            done.note = QStringLiteral("换屏");
            return w.wf->tickets.finishRepair(w.tech.id, t.id, done).ok();
        }
        case S::Ready: {
            PickupRequest pickup;
            pickup.ticketId = t.id;
            pickup.scannedImei = w.imeiOf(t);
            pickup.accessoriesReturned = t.accessories;
            auto balance = PaymentRepository(*w.db, w.clock).balance(t.id);
            if (balance && balance->due.minor > 0) {
                Payment p;
                p.kind = QStringLiteral("payment");
                p.method = QStringLiteral("cash");
                p.amount = balance->due;
                pickup.payment = p;
            }
            return w.wf->tickets.handBack(w.clerk.id, pickup).ok();
        }
        default:
            return true;
        }
    }

    // One round: a few steps on random stations, then the stations not cut off sync.
    void round()
    {
        const int steps = 2 + m_random.bounded(4);
        for (int i = 0; i < steps; ++i)
            step(*m_stations.at(m_random.bounded(3)));
        for (Station *s : m_stations) {
            if (s->cutOffRounds > 0) {
                --s->cutOffRounds;
                continue;
            }
            if (m_random.bounded(5) == 0) {
                s->cutOffRounds = 1 + m_random.bounded(3);
                continue;
            }
            if (m_crashes && m_random.bounded(4) == 0)
                killedSync(*s);
            else if (m_crashes && m_random.bounded(6) == 0)
                QVERIFY(killedHq(*s));
            else
                QVERIFY(!sync(*s).isEmpty());
        }
    }

    // Everybody syncs until a pass moves nothing: every station has nothing pending, nothing
    // behind, nothing parked, and the dumps stand still.
    bool settle()
    {
        for (int pass = 0; pass < 6; ++pass) {
            bool quiet = true;
            for (Station *s : m_stations) {
                const QStringList before = test::dump(s->store);
                const QJsonObject status = sync(*s);
                if (status.isEmpty())
                    return false;
                if (status.value(QLatin1String("pending")).toInt(-1) != 0
                    || status.value(QLatin1String("behind")).toInt(-1) != 0
                    || status.value(QLatin1String("parked")).toInt(-1) != 0
                    || test::dump(s->store) != before)
                    quiet = false;
            }
            if (quiet)
                return true;
        }
        return false;
    }

    SeedFigures figures() const { return m_figures; }
    void countConflicts()
    {
        for (Station *s : m_stations)
            m_figures.conflicts
                += s->store.count(QStringLiteral("SELECT count(*) FROM event_conflicts"))
                   + s->store.count(QStringLiteral(
                       "SELECT count(*) FROM audit_entries WHERE kind = 'sync.conflict'"));
    }

private:
    void refusedUnless(bool done)
    {
        if (!done)
            ++m_figures.refused;
    }

    QRandomGenerator m_random;
    HqProcess *m_hq;
    std::array<Station *, 3> m_stations;
    bool m_crashes;
    SeedFigures m_figures;
};

QList<quint32> seeds()
{
    const QString text = qEnvironmentVariable("RC_CONVERGENCE_SEEDS", QStringLiteral("1,2,3"));
    QList<quint32> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed().toUInt();
    return out;
}

// What differs between two sorted dumps, a few lines each way.
QString difference(const QStringList &left, const QStringList &right)
{
    QStringList out;
    for (const QString &line : left) {
        if (!right.contains(line) && out.size() < 6)
            out << QStringLiteral("- ") + line;
    }
    for (const QString &line : right) {
        if (!left.contains(line) && out.size() < 12)
            out << QStringLiteral("+ ") + line;
    }
    return out.join(u'\n');
}

// Every record `from` pushed is held by `at`: its event, or its snapshot with the same or a
// newer (version, origin). Empty when so, else the first one missing.
QString missingAt(WorkflowStore &from, WorkflowStore &at)
{
    QSqlQuery q(from.db->connection());
    q.exec(QStringLiteral("SELECT record_kind, entity, entity_id, version, origin FROM outbox "
                          "ORDER BY seq"));
    while (q.next()) {
        const QString entity = q.value(1).toString();
        const QString id = q.value(2).toString();
        if (q.value(0).toString() == QLatin1String("event")) {
            const QString table = entity == QLatin1String("ticket_event")
                                      ? QStringLiteral("ticket_events")
                                      : QStringLiteral("audit_entries");
            if (at.count(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id})
                != 1)
                return QStringLiteral("event %1/%2").arg(entity, id);
            continue;
        }
        if (entity == QLatin1String("setting"))
            continue; // station-local settings are never applied from a pull
        const qint64 version = q.value(3).toLongLong();
        const QString origin = q.value(4).toString();
        QSqlQuery held(at.db->connection());
        held.prepare(QStringLiteral("SELECT version, origin FROM record_origins "
                                    "WHERE entity = ? AND id = ?"));
        held.addBindValue(entity);
        held.addBindValue(id);
        if (!held.exec() || !held.next())
            return QStringLiteral("snapshot %1/%2 absent").arg(entity, id);
        const qint64 v = held.value(0).toLongLong();
        const QString o = held.value(1).toString();
        if (v < version || (v == version && o < origin))
            return QStringLiteral("snapshot %1/%2 at %3/%4, pushed %5/%6")
                .arg(entity, id, QString::number(v), o, QString::number(version), origin);
    }
    return {};
}

// The workflow rules over a store: empty when they hold, else the first broken.
QString brokenRule(WorkflowStore &s)
{
    QSqlQuery q(s.db->connection());
    q.exec(QStringLiteral("SELECT id, number, status FROM tickets"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString status = q.value(2).toString();
        // CN-04: a phone leaves only through the pickup step, which matched the IMEI.
        if (status == QLatin1String("picked_up")
            && s.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? "
                                      "AND to_status = 'picked_up'"),
                       {id})
                   < 1)
            return QStringLiteral("%1 picked up without the pickup step")
                .arg(q.value(1).toString());
        // The status is where a move that did not lose took the ticket.
        if (s.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? "
                                   "AND to_status = ? AND id NOT IN (SELECT event_id FROM "
                                   "event_conflicts)"),
                    {id, status})
            < 1)
            return QStringLiteral("%1 is %2, which no move that stands reached")
                .arg(q.value(1).toString(), status);
    }
    return {};
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void randomStepsConverge_data();
    void randomStepsConverge();
};

void TestConvergence::randomStepsConverge_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<bool>("crashes"); // sync runs and repair-hq killed now and then
    QTest::newRow("sqlite") << Backend::Sqlite << false;
    QTest::newRow("sqlite killed") << Backend::Sqlite << true;
    if (qEnvironmentVariableIsSet(kPgUrlVariable)) {
        QTest::newRow("postgres") << Backend::Postgres << false;
        QTest::newRow("postgres killed") << Backend::Postgres << true;
    }
}

void TestConvergence::randomStepsConverge()
{
    QFETCH(Backend, backend);
    QFETCH(bool, crashes);
    const int rounds = qEnvironmentVariableIntValue("RC_CONVERGENCE_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("RC_CONVERGENCE_ROUNDS")
                           : 8;
    for (const quint32 seed : seeds()) {
        Station one;
        one.store.managerPin = QStringLiteral("432100");
        one.user = QStringLiteral("boss");
        Station two;
        two.store.stationCode = QStringLiteral("02");
        two.store.userPrefix = QStringLiteral("s2_");
        two.store.withPrices = false;
        two.store.managerPin = QStringLiteral("654321");
        two.user = QStringLiteral("s2_boss");
        Station three;
        three.store.stationCode = QStringLiteral("03");
        three.store.userPrefix = QStringLiteral("s3_");
        three.store.withPrices = false;
        three.store.managerPin = QStringLiteral("765432");
        three.user = QStringLiteral("s3_boss");
        QVERIFY(one.store.setUp() && two.store.setUp() && three.store.setUp());

        QString error;
        auto hqDb = HqDatabase::create(backend, one.store.dir.path(), &error);
        QVERIFY2(hqDb, qPrintable(error));
        HqProcess hq(hqDb->spec());
        for (Station *s : {&one, &two, &three}) {
            s->token = addStationToken(hqDb->spec(), QStringLiteral("SZ01"), s->store.stationCode);
            QVERIFY(!s->token.isEmpty());
        }
        QVERIFY(hq.start());

        Convergence run(seed, hq, {&one, &two, &three}, crashes);
        // The price list imported at 01 reaches the others before they quote.
        for (Station *s : {&one, &two, &three})
            QVERIFY(!run.sync(*s).isEmpty());
        for (Station *s : {&two, &three}) {
            s->store.screenItem = one.store.screenItem;
            s->store.labourItem = one.store.labourItem;
        }

        for (int r = 0; r < rounds; ++r) {
            run.round();
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(run.settle(), qPrintable(QStringLiteral("seed %1 never settled").arg(seed)));
        const int forked = run.fork(3);
        QVERIFY2(run.settle(), qPrintable(QStringLiteral("seed %1 never settled").arg(seed)));
        run.countConflicts();

        const QStringList reference = test::dump(one.store);
        for (Station *s : {&two, &three}) {
            const QStringList other = test::dump(s->store);
            QVERIFY2(other == reference,
                     qPrintable(QStringLiteral("seed %1: station %2 differs from 01:\n%3")
                                    .arg(seed)
                                    .arg(s->store.stationCode, difference(reference, other))));
        }
        for (Station *from : {&one, &two, &three}) {
            for (Station *at : {&one, &two, &three}) {
                const QString missing = missingAt(from->store, at->store);
                QVERIFY2(
                    missing.isEmpty(),
                    qPrintable(QStringLiteral("seed %1: %2 pushed, %3 lacks: %4")
                                   .arg(seed)
                                   .arg(from->store.stationCode, at->store.stationCode, missing)));
            }
        }
        QVERIFY2(one.store.count(QStringLiteral("SELECT count(*) FROM event_conflicts")) >= forked,
                 qPrintable(QStringLiteral("seed %1: %2 forked moves, fewer conflicts marked")
                                .arg(seed)
                                .arg(forked)));
        const QString broken = brokenRule(one.store);
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(broken)));

        const SeedFigures f = run.figures();
        qInfo("seed %u: %d steps (%d refused), %d sync runs (%d killed, repair-hq killed %d "
              "times), %d forked moves, %lld conflicts, %lld tickets",
              seed, f.steps, f.refused, f.syncs, f.killedSyncs, f.killedHqs, forked, f.conflicts,
              one.store.count(QStringLiteral("SELECT count(*) FROM tickets")));
    }
}

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
