// One counter, whatever the door (issue 18): the same intake, typed into the intake screen and
// given to `repairctl ticket create`, stores the same warranty case and verdict.
//
// A seeded generator makes a few hundred cases: IMEIs with their Luhn digit, components, fault
// kinds and codes, condition marks, evidence answered or not (a sale date with its proof or
// without, the IMEI on the papers matching, not matching or unchecked), factory dates, and
// the phone's history — earlier repairs picked up here (covered or paid, per component, at
// various ages), exchanges (device_exchanges: the main unit and accessories, dated) — under
// several repair-warranty days (the center's setting). The histories are written into one
// store, which is then copied (VACUUM INTO) to a second: each case goes through the real
// intake screen (QTest, the widgets by object name, Save) on the first and through a real
// repairctl process, acting as the same clerk (REPAIRCTL_USER / REPAIRCTL_PIN), on the
// second. The stored warranty_case and warranty_verdict of every pair must be identical.
//
// repairctl reads the system clock, so the histories are dated relative to the real date and
// the screen's clock is set to now; the case's "today" is compared with the rest.
#include "common/clock.h"
#include "demo/demodata.h"
#include "intake/intakescreen.h"
#include "store/customerrepository.h"
#include "store/sql.h"
#include "tickets/condition.h"
#include "tickets/faultcodes.h"
#include "uifixture.h"
#include "widgets/imeiedit.h"
#include "widgets/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>

#include <optional>
#include <thread>
#include <vector>

using namespace rc;

namespace {

// How many cases, and the repair-warranty days they are spread over.
constexpr int kCases = 300;
const QList<int> kRepairWarrantyDays {30, 90, 180, 365};

struct EarlierRepair
{
    QString component;
    int droppedOffDaysAgo = 0;
    int repairDays = 0;
    bool covered = false;
};

struct ExchangeRow
{
    QString component;
    int daysAgo = 0;
};

// One generated intake, as both doors take it.
struct Case
{
    QString imei;
    QString phone;
    QString name;
    QString component;
    QString faultKind;
    QString faultCode;
    QStringList marks;
    QStringList accessories;
    std::optional<QDate> saleDate;
    QString proof; // "" not shown
    QString papers; // "" unchecked, "match", "mismatch"
    std::optional<QDate> factoryDate;
    QList<EarlierRepair> repairs;
    QList<ExchangeRow> exchanges;
    int repairWarrantyDays = 90;
};

QString luhnImei(int index)
{
    // A TAC of the built-in table's and a serial unique to the case.
    static const QStringList tacs {QStringLiteral("86908403"), QStringLiteral("35332509"),
                                   QStringLiteral("49015420")};
    QString imei = tacs.at(index % tacs.size())
                   + QStringLiteral("%1").arg(index * 997 % 1000000, 6, 10, QLatin1Char('0'));
    imei += QString::number(DemoData::luhnCheckDigit(imei));
    return imei;
}

template<typename T>
T pick(QRandomGenerator &rng, const QList<T> &from)
{
    return from.at(int(rng.bounded(quint32(from.size()))));
}

int between(QRandomGenerator &rng, int low, int high)
{
    return low + int(rng.bounded(quint32(high - low + 1)));
}

Case generate(QRandomGenerator &rng, int index, const QDate &today)
{
    Case c;
    c.imei = luhnImei(index);
    c.phone = QStringLiteral("139%1").arg(index * 7919 % 100000000, 8, 10, QLatin1Char('0'));
    c.name = QStringLiteral("顾客%1").arg(index);
    c.repairWarrantyDays = kRepairWarrantyDays.at(index % kRepairWarrantyDays.size());

    // The part: half of them the main unit (CN-06, CN-12 are about it).
    const QStringList others {QStringLiteral("screen"),        QStringLiteral("mainboard"),
                              QStringLiteral("battery"),       QStringLiteral("charger"),
                              QStringLiteral("wired_headset"), QStringLiteral("card"),
                              QStringLiteral("data_cable")};
    c.component = rng.bounded(2) == 0 ? QStringLiteral("main_unit") : pick(rng, others);
    const int kind = int(rng.bounded(10));
    c.faultKind = kind < 7   ? QStringLiteral("performance")
                  : kind < 9 ? QStringLiteral("cosmetic")
                             : QStringLiteral("software");
    // A code of the 性能故障表 makes it a performance fault (the screen says so too).
    const QStringList codes = FaultCodes::forComponent(c.component);
    if (c.faultKind == QLatin1String("performance") && !codes.isEmpty() && rng.bounded(2) == 0)
        c.faultCode = pick(rng, codes);
    const int markCount = rng.bounded(10) < 7 ? 0 : between(rng, 1, 2);
    for (int i = 0; i < markCount; ++i) {
        const QString mark = pick(rng, ConditionChecklist::keys());
        if (!c.marks.contains(mark))
            c.marks.append(mark);
    }
    if (rng.bounded(2) == 0)
        c.accessories = {QStringLiteral("sim_tray")};

    // The evidence.
    const int evidence = int(rng.bounded(20));
    // Drawn first: a phone with earlier covered repairs of its main unit is mostly still in
    // its first year (CN-06 needs the period).
    const int histories = int(rng.bounded(10));
    const int soldDaysAgo
        = histories < 3 && rng.bounded(3) > 0 ? between(rng, 60, 330) : between(rng, 20, 1100);
    if (evidence < 12) { // the papers, checked
        c.saleDate = today.addDays(-soldDaysAgo);
        c.proof = pick(rng, QStringList {QStringLiteral("invoice"), QStringLiteral("invoice_copy"),
                                         QStringLiteral("warranty_card")});
        c.papers = rng.bounded(8) == 0 ? QStringLiteral("mismatch") : QStringLiteral("match");
    } else if (evidence < 14) { // a date, no proof named
        c.saleDate = today.addDays(-soldDaysAgo);
        if (rng.bounded(2) == 0)
            c.papers = QStringLiteral("match");
    } else if (evidence < 15) { // the proof, the IMEI on it not checked
        c.saleDate = today.addDays(-soldDaysAgo);
        c.proof = QStringLiteral("invoice");
    } // else nothing said about the sale
    if (rng.bounded(5) < 2)
        c.factoryDate = today.addDays(-soldDaysAgo - between(rng, 10, 200));

    // The history, inside the phone's life.
    const int life = soldDaysAgo - 5;
    if (histories < 3) { // covered repairs of the main unit: mostly two or more (CN-06)
        const int count = rng.bounded(4) == 0 ? 1 : between(rng, 2, 3);
        for (int i = 0; i < count; ++i)
            c.repairs.append({QStringLiteral("main_unit"), between(rng, 10, std::max(10, life)),
                              between(rng, 1, 7), true});
    }
    if (histories >= 2 && histories < 5) { // repairs of other parts, covered or paid
        const int count = between(rng, 1, 2);
        for (int i = 0; i < count; ++i)
            c.repairs.append({pick(rng, others), between(rng, 10, std::max(10, life)),
                              between(rng, 1, 5), rng.bounded(2) == 0});
    }
    if (histories >= 4 && histories < 7) { // a paid repair here, recent or not (RW-1)
        c.repairs.append({rng.bounded(2) == 0 ? c.component : QStringLiteral("main_unit"),
                          between(rng, 8, 400), between(rng, 1, 4), false});
    }
    if (histories >= 6 && histories < 9) { // exchanges (CN-12; accessories for CN-13)
        const int count = between(rng, 1, 2);
        for (int i = 0; i < count; ++i)
            c.exchanges.append(
                {rng.bounded(2) == 0 ? QStringLiteral("main_unit") : pick(rng, others.mid(2)),
                 between(rng, 5, std::max(5, life))});
    }
    return c;
}

} // namespace

class TestIntakeParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameCaseAndVerdictThroughEitherDoor();

private:
    template<typename T>
    static T *child(QWidget *screen, const char *name)
    {
        auto *widget = screen->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // Writes the case's earlier tickets and exchanges into the first store.
    void writeHistory(const Case &c);
    // The intake screen, filled as a clerk would, saved. Empty or the save's message.
    QString throughTheScreen(const Case &c);
    // repairctl ticket create on the second store: exit code, and stderr when not 0.
    int throughTheCommandLine(const Case &c, QString *message);
    static std::optional<QPair<QJsonObject, QJsonObject>> stored(Database &db, const QString &imei);

    std::unique_ptr<test::UiFixture> m_fx;
    QString m_clerkId;
    QString m_secondPath;
    QTemporaryDir m_home;
};

void TestIntakeParity::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::UiFixture>();
    // repairctl has the system clock: so has the screen here.
    m_fx->clock.setNowUtc(QDateTime::currentDateTimeUtc());
    QVERIFY(m_fx->open());
    m_clerkId = m_fx->logIn(Role::Clerk, QStringLiteral("li")).id;
    m_secondPath = m_fx->dir.filePath(QStringLiteral("cli.sqlite"));
    QVERIFY(m_home.isValid());
}

void TestIntakeParity::writeHistory(const Case &c)
{
    const QDateTime now = m_fx->clock.nowUtc();
    const QDate today = m_fx->clock.today();
    FixedClock then(now);
    TicketRepository tickets(*m_fx->db, then);
    // A phone with exchanges only is known to the store as a device.
    if (c.repairs.isEmpty()) {
        Device device;
        device.imei1 = c.imei;
        device.brand = QStringLiteral("Huawei");
        device.model = QStringLiteral("P40");
        auto created = DeviceRepository(*m_fx->db, then).create(device);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
    int n = 0;
    for (const EarlierRepair &r : c.repairs) {
        // Dropped off at 10:00 local time that day, picked up `repairDays` later.
        const QDateTime droppedOff
            = QDateTime(today.addDays(-r.droppedOffDaysAgo), QTime(10, 0)).toUTC();
        const QDateTime pickedUp = droppedOff.addDays(std::min(r.repairDays, r.droppedOffDaysAgo));
        then.setNowUtc(droppedOff);
        NewTicket d = m_fx->draft(c.imei, c.name);
        d.customer.phone = c.phone;
        d.component = r.component;
        d.faultDescription = QStringLiteral("earlier fault %1").arg(++n);
        auto created = tickets.create(d, Actor {QString(), QStringLiteral("history")});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        // Handed back: the verdict it was repaired under says covered or not.
        QSqlQuery q(m_fx->db->connection());
        q.prepare(QStringLiteral(
            "UPDATE tickets SET status = 'picked_up', picked_up_at = ?, updated_at = ?, "
            "warranty_verdict = json_object('covered', json(?)) WHERE id = ?"));
        q.addBindValue(sql::timestamp(pickedUp));
        q.addBindValue(sql::timestamp(pickedUp));
        q.addBindValue(r.covered ? QStringLiteral("true") : QStringLiteral("false"));
        q.addBindValue(created->id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    for (const ExchangeRow &e : c.exchanges) {
        QSqlQuery q(m_fx->db->connection());
        q.prepare(QStringLiteral("INSERT INTO device_exchanges (id, device_id, component, date, "
                                 "created_at) SELECT ?, id, ?, ?, ? FROM devices WHERE imei1 = ?"));
        q.addBindValue(sql::newId());
        q.addBindValue(e.component);
        q.addBindValue(today.addDays(-e.daysAgo).toString(Qt::ISODate));
        q.addBindValue(sql::timestamp(now));
        q.addBindValue(c.imei);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.numRowsAffected() >= 1);
    }
}

QString TestIntakeParity::throughTheScreen(const Case &c)
{
    ui::IntakeScreen screen(*m_fx->services, m_fx->session);
    screen.show();
    auto *imei = child<ui::ImeiEdit>(&screen, "imeiEdit");
    QTest::keyClicks(imei, c.imei);
    QTest::keyClick(imei, Qt::Key_Return);
    QTest::keyClicks(child<QLineEdit>(&screen, "customerPhoneEdit"), c.phone);
    test::typeText(child<QLineEdit>(&screen, "customerNameEdit"), c.name);
    test::typeText(child<QPlainTextEdit>(&screen, "faultEdit"), QStringLiteral("fault"));
    auto choose = [&](const char *combo, const QString &data) {
        auto *box = child<QComboBox>(&screen, combo);
        const int index = box->findData(data);
        if (index < 0)
            qFatal("%s has no %s", combo, qPrintable(data));
        box->setCurrentIndex(index);
    };
    // The part first: it sets which fault codes are offered; a code makes it a performance
    // fault.
    choose("componentCombo", c.component);
    choose("faultCategoryCombo", c.faultKind);
    if (!c.faultCode.isEmpty())
        choose("faultCodeCombo", c.faultCode);
    for (const QString &mark : c.marks)
        child<QCheckBox>(&screen, qPrintable(QStringLiteral("condition_") + mark))
            ->setChecked(true);
    for (const QString &accessory : c.accessories)
        child<QCheckBox>(&screen, qPrintable(QStringLiteral("accessory_") + accessory))
            ->setChecked(true);
    if (c.saleDate)
        QTest::keyClicks(child<QLineEdit>(&screen, "saleDateEdit"),
                         c.saleDate->toString(Qt::ISODate));
    choose("proofCombo", c.proof);
    choose("imeiMatchesCombo", c.papers.isEmpty()                   ? QString()
                               : c.papers == QLatin1String("match") ? QStringLiteral("yes")
                                                                    : QStringLiteral("no"));
    if (c.factoryDate)
        QTest::keyClicks(child<QLineEdit>(&screen, "factoryDateEdit"),
                         c.factoryDate->toString(Qt::ISODate));
    QTest::mouseClick(child<QCheckBox>(&screen, "backupConsentCheck"), Qt::LeftButton,
                      Qt::NoModifier, QPoint(4, 4));
    auto *save = child<QPushButton>(&screen, "saveButton");
    if (!save->isEnabled())
        return QStringLiteral("save disabled: ") + screen.missing().join(QStringLiteral(", "));
    QTest::mouseClick(save, Qt::LeftButton);
    const QString saved = child<QLabel>(&screen, "savedLabel")->text();
    return saved.contains(QStringLiteral("saved.")) ? QString() : saved;
}

int TestIntakeParity::throughTheCommandLine(const Case &c, QString *message)
{
    QStringList args {QStringLiteral("--db"),
                      m_secondPath,
                      QStringLiteral("ticket"),
                      QStringLiteral("create"),
                      QStringLiteral("--imei"),
                      c.imei,
                      QStringLiteral("--name"),
                      c.name,
                      QStringLiteral("--phone"),
                      c.phone,
                      QStringLiteral("--fault"),
                      QStringLiteral("fault"),
                      QStringLiteral("--component"),
                      c.component,
                      QStringLiteral("--fault-kind"),
                      c.faultKind,
                      QStringLiteral("--backup-consent")};
    if (!c.faultCode.isEmpty())
        args << QStringLiteral("--fault-code") << c.faultCode;
    for (const QString &mark : c.marks)
        args << QStringLiteral("--condition") << mark;
    for (const QString &accessory : c.accessories)
        args << QStringLiteral("--accessory") << accessory;
    if (c.saleDate)
        args << QStringLiteral("--sale-date") << c.saleDate->toString(Qt::ISODate);
    if (!c.proof.isEmpty())
        args << QStringLiteral("--proof") << c.proof;
    if (!c.papers.isEmpty())
        args << QStringLiteral("--imei-on-papers") << c.papers;
    if (c.factoryDate)
        args << QStringLiteral("--factory-date") << c.factoryDate->toString(Qt::ISODate);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("li"));
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("1234"));
    // No policy files of this machine's user: the built-in policies, as the screen has.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REPAIRCTL_PATH), args);
    if (!process.waitForFinished(60000)) {
        *message = QStringLiteral("repairctl did not finish");
        return -1;
    }
    *message = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

std::optional<QPair<QJsonObject, QJsonObject>> TestIntakeParity::stored(Database &db,
                                                                        const QString &imei)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT t.warranty_case, t.warranty_verdict FROM tickets t JOIN "
                             "devices d ON d.id = t.device_id WHERE d.imei1 = ? AND t.status = "
                             "'received'"));
    q.addBindValue(imei);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QPair {QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                  QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
}

void TestIntakeParity::sameCaseAndVerdictThroughEitherDoor()
{
    QElapsedTimer timer;
    timer.start();
    const QDate today = m_fx->clock.today();
    QRandomGenerator rng(18);
    QList<Case> cases;
    for (int i = 0; i < kCases; ++i)
        cases.append(generate(rng, i, today));

    // The same histories on both stores: written into the first, copied to the second.
    for (const Case &c : std::as_const(cases)) {
        writeHistory(c);
        if (QTest::currentTestFailed())
            return;
    }
    {
        QSqlQuery vacuum(m_fx->db->connection());
        QVERIFY2(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_secondPath)),
                 qPrintable(vacuum.lastError().text()));
    }
    auto second = Database::open(m_secondPath);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    const qint64 historyMs = timer.restart();

    // Group by the center's repair-warranty days, set on both stores before each group.
    QMap<QString, int> cited;
    int covered = 0;
    int refusedBoth = 0;
    qint64 screenMs = 0;
    qint64 wallMs = 0;
    QHash<int, QString> screenProblems;
    for (int days : kRepairWarrantyDays) {
        const QString value = QString::number(days);
        QVERIFY(SettingsRepository(*m_fx->db, m_fx->clock)
                    .setValue(QStringLiteral("repair_warranty.days"), value));
        QVERIFY(SettingsRepository(**second, m_fx->clock)
                    .setValue(QStringLiteral("repair_warranty.days"), value));
        QList<int> group;
        for (int i = 0; i < cases.size(); ++i) {
            if (cases.at(i).repairWarrantyDays == days)
                group.append(i);
        }
        // repairctl is a process of its own per case (most of its time is starting up): two
        // run at a time on threads of their own while the screen takes the same cases here.
        std::vector<int> exits(size_t(group.size()), -1);
        std::vector<QString> messages(size_t(group.size()));
        QElapsedTimer both;
        both.start();
        {
            std::vector<std::thread> runners;
            for (int lane = 0; lane < 2; ++lane) {
                runners.emplace_back([&, lane] {
                    for (int k = lane; k < group.size(); k += 2)
                        exits[size_t(k)]
                            = throughTheCommandLine(cases.at(group.at(k)), &messages[size_t(k)]);
                });
            }
            for (int k = 0; k < group.size(); ++k)
                screenProblems.insert(group.at(k), throughTheScreen(cases.at(group.at(k))));
            screenMs += both.elapsed();
            for (std::thread &runner : runners)
                runner.join();
        }
        wallMs += both.elapsed();
        for (int k = 0; k < group.size(); ++k) {
            const Case &c = cases.at(group.at(k));
            const QString screenProblem = screenProblems.value(group.at(k));
            const int exit = exits[size_t(k)];
            const QString &cliMessage = messages[size_t(k)];
            const QString what
                = QStringLiteral("IMEI %1 (component %2, fault %3, sale %4 %5 %6, factory %7, "
                                 "%8 repairs, %9 exchanges, %10 days)")
                      .arg(c.imei, c.component, c.faultKind,
                           c.saleDate ? c.saleDate->toString(Qt::ISODate) : QStringLiteral("-"),
                           c.proof, c.papers,
                           c.factoryDate ? c.factoryDate->toString(Qt::ISODate)
                                         : QStringLiteral("-"))
                      .arg(c.repairs.size())
                      .arg(c.exchanges.size())
                      .arg(days);
            // A refusal must be a refusal through both doors.
            if (!screenProblem.isEmpty() || exit != 0) {
                QVERIFY2(!screenProblem.isEmpty() && exit != 0,
                         qPrintable(QStringLiteral("%1: screen \"%2\", repairctl exit %3 %4")
                                        .arg(what, screenProblem)
                                        .arg(exit)
                                        .arg(cliMessage)));
                ++refusedBoth;
                continue;
            }
            const auto atCounter = stored(*m_fx->db, c.imei);
            const auto onCommandLine = stored(**second, c.imei);
            QVERIFY2(atCounter, qPrintable(what));
            QVERIFY2(onCommandLine, qPrintable(what));
            // repairctl's "today" is the system's: a run across midnight compares two days.
            if (SystemClock().today() != today)
                QSKIP("the date changed during the run: run it again");
            const auto text = [](const QJsonObject &o) {
                return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            };
            QVERIFY2(
                atCounter->first == onCommandLine->first,
                qPrintable(QStringLiteral("%1: the case differs\nscreen:    %2\nrepairctl: %3")
                               .arg(what, text(atCounter->first), text(onCommandLine->first))));
            QVERIFY2(
                atCounter->second == onCommandLine->second,
                qPrintable(QStringLiteral("%1: the verdict differs\nscreen:    %2\nrepairctl: %3")
                               .arg(what, text(atCounter->second), text(onCommandLine->second))));
            // The case is today's, whichever door.
            QCOMPARE(atCounter->first.value(QLatin1String("today")).toString(),
                     today.toString(Qt::ISODate));
            const QJsonObject &verdict = atCounter->second;
            covered += verdict.value(QLatin1String("covered")).toBool() ? 1 : 0;
            for (const QJsonValue &rule : verdict.value(QLatin1String("rules")).toArray())
                ++cited[rule.toString()];
            for (const QJsonValue &warning : verdict.value(QLatin1String("warnings")).toArray())
                ++cited[warning.toObject().value(QLatin1String("code")).toString()];
        }
    }

    // The case mix: what the verdicts cited (rules and warning codes), how many were covered.
    QStringList mix;
    for (auto it = cited.cbegin(); it != cited.cend(); ++it)
        mix << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    qInfo("%d cases: %d covered, %d refused by both doors; histories %lld ms, screen %lld ms, "
          "both doors %lld ms",
          kCases, covered, refusedBoth, historyMs, screenMs, wallMs);
    qInfo("cited: %s", qPrintable(mix.join(QStringLiteral(" "))));
    // The generator reaches the rules that depend on the history and on the evidence.
    for (const char *rule : {"CN-06", "CN-12", "CN-03", "RW-1", "EX-2", "EX-3", "EVIDENCE_MISSING"})
        QVERIFY2(cited.value(QLatin1String(rule)) > 0,
                 qPrintable(QStringLiteral("no verdict cites %1").arg(QLatin1String(rule))));
    QVERIFY(covered > 0 && covered < kCases);
    QVERIFY(refusedBoth < kCases / 10);
}

QTEST_MAIN(TestIntakeParity)
#include "tst_intakeparity.moc"
