// The whole path through the command line alone, from `repairctl setup` on an empty store to
// the pickup, as the README's worked example does it; and the walk-arounds the command line
// refuses (issue 18). Real repairctl processes on a real store.
#include "repairctlrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setupToPickup();
    void moveCannotReachTheSteps_data();
    void moveCannotReachTheSteps();
    void aClerkCannotDoAManagersOperation_data();
    void aClerkCannotDoAManagersOperation();
    void aDisabledUserCanDoNothing();
    void aManagersPinHasSixDigits();
    void whoActsMustBeSaid();
    void thePinIsAskedOnTheTerminal();
    void numbersAreChecked_data();
    void numbersAreChecked();
    void setupOnlyOnce();
    void sameCaseFromEitherDoor();

private:
    using Run = rc::test::CliRun;
    Run run(const QStringList &arguments, const QString &user = {}, const QString &pin = {},
            const QByteArray &input = {}) const
    {
        return rc::test::runRepairctl(m_db, arguments, user, pin, input);
    }
    Run manager(const QStringList &a, const QByteArray &input = {}) const
    {
        return run(a, QStringLiteral("boss"), QStringLiteral("432100"), input);
    }
    Run clerk(const QStringList &a) const
    {
        return run(a, QStringLiteral("li"), QStringLiteral("1111"));
    }
    Run tech(const QStringList &a) const
    {
        return run(a, QStringLiteral("zhang"), QStringLiteral("2222"));
    }
    static QStringList words(const QString &text)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // A new ticket registered by the clerk; its number.
    QString newTicket(const QString &imei = QStringLiteral("490154203237518")) const
    {
        const Run created = clerk(
            words(QStringLiteral("ticket create --imei %1 --name 王小明 --phone 13812345678 "
                                 "--fault 屏幕不亮 --backup-consent --accessory sim_tray")
                      .arg(imei)));
        if (created.exitCode != 0)
            qFatal("ticket create: %s", created.err.constData());
        return created.json().value(QLatin1String("number")).toString();
    }
    // The ticket walked to `status` through the CLI's steps.
    QString ticketAt(const QString &status) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_prices;
};

void TestCliWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    m_prices = m_dir.filePath(QStringLiteral("prices.csv"));
    QFile prices(m_prices);
    QVERIFY(prices.open(QIODevice::WriteOnly));
    prices.write("code,kind,name_zh,name_en,unit_price\n"
                 "SCR-P40,part,屏幕 P40,Screen P40,150.00\n"
                 "LAB,labour,工时,Labour,50\n");
}

void TestCliWorkflow::setupToPickup()
{
    // 1. The center and its first manager, on an empty store; the PIN on standard input.
    const Run setup
        = run(words(QStringLiteral("setup --center SZ01 --center-name 深圳维修中心 "
                                   "--station 01 --manager boss --manager-name 王店长")),
              {}, {}, "432100\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    QCOMPARE(setup.json().value(QLatin1String("manager")).toObject().value(QLatin1String("role")),
             QStringLiteral("manager"));
    // 2. The manager adds a clerk and a technician, and the price list.
    QCOMPARE(
        manager(words(QStringLiteral("user add li --name 李前台 --role clerk")), "1111\n").exitCode,
        0);
    QCOMPARE(
        manager(words(QStringLiteral("user add zhang --name 张师傅 --role technician")), "2222\n")
            .exitCode,
        0);
    QCOMPARE(manager({QStringLiteral("price"), QStringLiteral("import"), m_prices}).exitCode, 0);
    // 3. The clerk registers the phone and gives it to the technician.
    const QString number = newTicket();
    QVERIFY(number.startsWith(QStringLiteral("SZ0101-")));
    QCOMPARE(clerk({QStringLiteral("ticket"), QStringLiteral("assign"), number,
                    QStringLiteral("--technician"), QStringLiteral("zhang")})
                 .exitCode,
             0);
    // 4. The technician diagnoses and quotes.
    const Run diagnosed = tech({QStringLiteral("ticket"), QStringLiteral("diagnose"), number,
                                QStringLiteral("--findings"), QStringLiteral("屏幕排线腐蚀"),
                                QStringLiteral("--fault-code"), QStringLiteral("screen_blank")});
    QVERIFY2(diagnosed.exitCode == 0, diagnosed.err.constData());
    QCOMPARE(diagnosed.status(), QStringLiteral("diagnosing"));
    const Run quoted = tech({QStringLiteral("ticket"), QStringLiteral("quote"), number,
                             QStringLiteral("--line"), QStringLiteral("SCR-P40:1:payable"),
                             QStringLiteral("--line"), QStringLiteral("LAB")});
    QVERIFY2(quoted.exitCode == 0, quoted.err.constData());
    QCOMPARE(quoted.status(), QStringLiteral("quoted"));
    QCOMPARE(
        quoted.json().value(QLatin1String("payable")).toObject().value(QLatin1String("amount")),
        QStringLiteral("200.00"));
    // 5. The customer approves at the counter and leaves a deposit.
    QCOMPARE(clerk(words(QStringLiteral("ticket answer %1 --approve --method counter").arg(number)))
                 .status(),
             QStringLiteral("approved"));
    const Run deposit = clerk(
        words(QStringLiteral("ticket pay %1 --amount 50.00 --method cash --deposit").arg(number)));
    QCOMPARE(deposit.exitCode, 0);
    QCOMPARE(deposit.json().value(QLatin1String("due")).toObject().value(QLatin1String("amount")),
             QStringLiteral("150.00"));
    // 6. The technician repairs and checks.
    QCOMPARE(tech(words(QStringLiteral("ticket repair %1 --start").arg(number))).status(),
             QStringLiteral("repairing"));
    const Run ready = tech(
        words(QStringLiteral("ticket repair %1 --finish --all-checks --part SCR-P40 --note 换屏")
                  .arg(number)));
    QVERIFY2(ready.exitCode == 0, ready.err.constData());
    QCOMPARE(ready.status(), QStringLiteral("ready"));
    // 7. The clerk takes the balance and hands the phone back after scanning its IMEI.
    QCOMPARE(clerk(words(QStringLiteral("ticket pay %1 --amount 150 --method mobile").arg(number)))
                 .exitCode,
             0);
    const Run picked = clerk(
        words(QStringLiteral("ticket pickup %1 --imei 490154203237518 --accessories-returned")
                  .arg(number)));
    QVERIFY2(picked.exitCode == 0, picked.err.constData());
    QCOMPARE(picked.status(), QStringLiteral("picked_up"));
    QVERIFY(!picked.json().value(QLatin1String("repair_warranty_end")).toString().isEmpty());
    // The ticket as the ticket view and the papers see it.
    const Run shown = run({QStringLiteral("ticket"), QStringLiteral("show"), number});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject d = shown.json();
    QCOMPARE(d.value(QLatin1String("technician_name")).toString(), QStringLiteral("张师傅"));
    QCOMPARE(d.value(QLatin1String("payments")).toArray().size(), 2);
    QCOMPARE(d.value(QLatin1String("balance"))
                 .toObject()
                 .value(QLatin1String("due"))
                 .toObject()
                 .value(QLatin1String("minor"))
                 .toInt(),
             0);
    QStringList kinds;
    for (const QJsonValue &e : d.value(QLatin1String("timeline")).toArray())
        kinds << e.toObject().value(QLatin1String("kind")).toString();
    for (const char *kind : {"created", "edit", "diagnosis", "quote", "payment", "repair"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
}

QString TestCliWorkflow::ticketAt(const QString &status) const
{
    const QString number = newTicket();
    const QList<std::pair<QString, QStringList>> steps {
        {QStringLiteral("diagnosing"),
         {QStringLiteral("ticket"), QStringLiteral("diagnose"), number,
          QStringLiteral("--findings"), QStringLiteral("屏幕排线腐蚀")}},
        {QStringLiteral("quoted"),
         {QStringLiteral("ticket"), QStringLiteral("quote"), number, QStringLiteral("--line"),
          QStringLiteral("SCR-P40")}},
        {QStringLiteral("approved"),
         words(QStringLiteral("ticket answer %1 --approve --method phone").arg(number))},
        {QStringLiteral("repairing"),
         words(QStringLiteral("ticket repair %1 --start").arg(number))},
        {QStringLiteral("ready"),
         words(QStringLiteral("ticket repair %1 --finish --all-checks").arg(number))},
    };
    for (const auto &[reached, arguments] : steps) {
        if (status == QLatin1String("received"))
            break;
        const bool counter = arguments.at(1) == QLatin1String("answer");
        const Run r = counter ? clerk(arguments) : tech(arguments);
        if (r.exitCode != 0)
            qFatal("%s: %s", qPrintable(arguments.join(u' ')), r.err.constData());
        if (reached == status)
            break;
    }
    return number;
}

void TestCliWorkflow::moveCannotReachTheSteps_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("command");
    QTest::newRow("ready → picked_up") << "ready"
                                       << "picked_up"
                                       << "ticket pickup";
    QTest::newRow("repairing → ready") << "repairing"
                                       << "ready"
                                       << "ticket repair --finish";
    QTest::newRow("quoted → approved") << "quoted"
                                       << "approved"
                                       << "ticket answer";
    QTest::newRow("quoted → declined") << "quoted"
                                       << "declined"
                                       << "ticket answer";
    QTest::newRow("approved → repairing") << "approved"
                                          << "repairing"
                                          << "ticket repair --start";
    QTest::newRow("received → cancelled") << "received"
                                          << "cancelled"
                                          << "ticket cancel";
}

void TestCliWorkflow::moveCannotReachTheSteps()
{
    // Even the manager: ticket move is a plain status change, the steps have their own
    // commands with their own checks.
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, command);
    const QString number = ticketAt(from);
    const Run moved = manager(
        {QStringLiteral("ticket"), QStringLiteral("move"), number, QStringLiteral("--to"), to});
    QCOMPARE(moved.exitCode, 1);
    QVERIFY2(moved.err.contains("WORKFLOW"), moved.err.constData());
    QVERIFY2(moved.err.contains(command.toUtf8()), moved.err.constData());
    const Run shown = run({QStringLiteral("ticket"), QStringLiteral("show"), number});
    QCOMPARE(shown.status(), from);
}

void TestCliWorkflow::aClerkCannotDoAManagersOperation_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("user add") << "user add intruder --name X --role manager"
                              << QByteArray("123456\n");
    QTest::newRow("user disable") << "user disable zhang" << QByteArray();
    QTest::newRow("settings set") << "settings set center.name 别家" << QByteArray();
    QTest::newRow("price import") << "price import PRICES" << QByteArray();
    QTest::newRow("ticket override")
        << "ticket override NUMBER --covered yes --reason 好意" << QByteArray();
}

void TestCliWorkflow::aClerkCannotDoAManagersOperation()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, input);
    QString text = command;
    text.replace(QStringLiteral("PRICES"), m_prices);
    if (text.contains(QLatin1String("NUMBER")))
        text.replace(QStringLiteral("NUMBER"), newTicket());
    const Run refused = run(words(text), QStringLiteral("li"), QStringLiteral("1111"), input);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("FORBIDDEN"), refused.err.constData());
    // Nothing changed: the center's name, the users.
    QCOMPARE(run(words(QStringLiteral("settings get center.name")))
                 .json()
                 .value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("深圳维修中心"));
    QVERIFY(!run(words(QStringLiteral("user list"))).out.contains("intruder"));
}

// A manager's PIN has at least 6 digits (issue 21), at `user add` and `user set-pin` alike;
// the refusal says why and changes nothing.
void TestCliWorkflow::aManagersPinHasSixDigits()
{
    const QStringList add = words(QStringLiteral("user add deputy --name 副店长 --role manager"));
    for (const QByteArray &pin : {QByteArray("2468\n"), QByteArray("24680\n")}) {
        const Run refused = manager(add, pin);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("PIN_FORMAT"), refused.err.constData());
        QVERIFY2(refused.err.contains("6"), refused.err.constData());
    }
    QVERIFY(!run(words(QStringLiteral("user list"))).out.contains("deputy"));
    QCOMPARE(manager(add, "246802\n").exitCode, 0);

    const QStringList setPin = words(QStringLiteral("user set-pin deputy"));
    const Run shortPin = manager(setPin, "1357\n");
    QCOMPARE(shortPin.exitCode, 1);
    QVERIFY2(shortPin.err.contains("PIN_FORMAT"), shortPin.err.constData());
    QCOMPARE(run(setPin, QStringLiteral("deputy"), QStringLiteral("246802"), "13579246\n").exitCode,
             0);
    QCOMPARE(run(words(QStringLiteral("user set-pin deputy")), QStringLiteral("deputy"),
                 QStringLiteral("246802"), "11223344\n")
                 .exitCode,
             1); // the old PIN is gone
    // The new PIN signs in and acts as a manager.
    const Run asDeputy = run(words(QStringLiteral("user enable li")), QStringLiteral("deputy"),
                             QStringLiteral("13579246"));
    QCOMPARE(asDeputy.exitCode, 0);
}

void TestCliWorkflow::aDisabledUserCanDoNothing()
{
    QCOMPARE(manager(words(QStringLiteral("user add wang --name 王前台 --role clerk")), "3333\n")
                 .exitCode,
             0);
    const QString number = newTicket();
    QCOMPARE(manager(words(QStringLiteral("user disable wang"))).exitCode, 0);
    const auto asWang = [this](const QString &text) {
        return run(words(text), QStringLiteral("wang"), QStringLiteral("3333"));
    };
    for (const QString &text :
         {QStringLiteral("ticket create --imei 356938035643809 --name 赵 --phone 13900000000 "
                         "--fault 不开机 --backup-consent"),
          QStringLiteral("ticket note %1 --text hi").arg(number),
          QStringLiteral("ticket cancel %1 --reason x").arg(number),
          QStringLiteral("ticket pay %1 --amount 1 --method cash --deposit").arg(number)}) {
        const Run r = asWang(text);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("USER_DISABLED"), r.err.constData());
    }
    QCOMPARE(run({QStringLiteral("ticket"), QStringLiteral("show"), number}).status(),
             QStringLiteral("received"));
    // A wrong PIN is a negative answer with the reason.
    const Run wrong = run(words(QStringLiteral("ticket note %1 --text hi").arg(number)),
                          QStringLiteral("li"), QStringLiteral("0000"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("PIN_WRONG"), wrong.err.constData());
}

void TestCliWorkflow::whoActsMustBeSaid()
{
    // A writing command without a user is a usage error (no terminal here to ask on).
    const Run anonymous = run(words(QStringLiteral("ticket create --imei 356938035643809 --name 赵 "
                                                   "--phone 13900000000 --fault 不开机 "
                                                   "--backup-consent")));
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY2(anonymous.err.contains("--user"), anonymous.err.constData());
    // Read-only commands need nobody.
    QCOMPARE(run(words(QStringLiteral("ticket list"))).exitCode, 0);
    QCOMPARE(run(words(QStringLiteral("imei check 490154203237518"))).exitCode, 0);
    QCOMPARE(run(words(QStringLiteral("settings get repair_warranty.days"))).exitCode, 0);
    // A secret is never printed.
    QCOMPARE(manager(words(QStringLiteral("settings set sync.token s3cret"))).exitCode, 0);
    const Run token = run(words(QStringLiteral("settings get sync.token")));
    QVERIFY(!token.out.contains("s3cret"));
    QCOMPARE(token.json().value(QLatin1String("set")).toBool(), true);
    // The Settings screen's rules, from the command line.
    const Run bad = manager(words(QStringLiteral("settings set repair_warranty.days 10")));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("SETTING_INVALID"), bad.err.constData());
    QCOMPARE(manager(words(QStringLiteral("settings set no.such.key 1"))).exitCode, 2);
}

void TestCliWorkflow::thePinIsAskedOnTheTerminal()
{
    // Without REPAIRCTL_PIN the PIN is read from the terminal (/dev/tty, echo off), so that
    // standard input stays free for data. script(1) gives the command a terminal.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("no script(1) to give repairctl a terminal");
    const QString number = newTicket();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("li"));
    env.remove(QStringLiteral("REPAIRCTL_PIN"));
    process.setProcessEnvironment(env);
    const QString command = QStringLiteral("'%1' --db '%2' ticket note %3 --text typed")
                                .arg(QStringLiteral(REPAIRCTL_PATH), m_db, number);
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    // Typed once the prompt is there, as a person would: then it is not echoed.
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains("PIN for li") && waited.elapsed() < 60000) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
    }
    QVERIFY2(out.contains("PIN for li"), out.constData());
    process.write("1111\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(!out.contains("1111"), out.constData()); // not echoed
    QVERIFY2(out.contains("\"kind\":\"note\""), out.constData());
}

void TestCliWorkflow::numbersAreChecked_data()
{
    // Every number option goes through one check: letters, fractions, overflows and values out
    // of range are usage errors that name the option, before anything runs.
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("named");
    QTest::newRow("sync run --interval abc") << "sync run --interval abc"
                                             << "--interval";
    QTest::newRow("sync run --interval overflow") << "sync run --interval 99999999999999999999"
                                                  << "--interval";
    QTest::newRow("sync run --batch 0") << "sync run --hq http://127.0.0.1:9 --token t --batch 0"
                                        << "--batch";
    QTest::newRow("sync run --give-up-after x")
        << "sync run --hq http://127.0.0.1:9 --token t --once --give-up-after x"
        << "--give-up-after";
    QTest::newRow("sync retry --seq x") << "sync retry --seq x"
                                        << "--seq";
    QTest::newRow("ticket list --limit -1") << "ticket list --limit -1"
                                            << "--limit";
    QTest::newRow("search --limit 1e3") << "search 1380 --limit 1e3"
                                        << "--limit";
    QTest::newRow("demo seed --tickets many") << "demo seed --tickets many"
                                              << "--tickets";
    QTest::newRow("quote line quantity") << "ticket quote X --line SCR-P40:two"
                                         << "--line";
    QTest::newRow("pay amount") << "ticket pay X --amount 12.345 --method cash"
                                << "--amount";
}

void TestCliWorkflow::numbersAreChecked()
{
    QFETCH(QString, command);
    QFETCH(QString, named);
    const Run r = manager(words(command));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
}

void TestCliWorkflow::setupOnlyOnce()
{
    const Run again = run(words(QStringLiteral("setup --center XX01 --center-name X --station 01 "
                                               "--manager intruder --manager-name X")),
                          {}, {}, "123456\n");
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("STORE_NOT_FRESH"), again.err.constData());
}

void TestCliWorkflow::sameCaseFromEitherDoor()
{
    // A phone with a history at this center: the stored case carries it, and evaluating the
    // stored case again (repairctl warranty evaluate) gives the stored verdict.
    const QString number = newTicket(QStringLiteral("352099001761481"));
    const Run shown = run({QStringLiteral("ticket"), QStringLiteral("show"), number});
    const QJsonObject caseJson = shown.json().value(QLatin1String("warranty_case")).toObject();
    QVERIFY(caseJson.contains(QLatin1String("repair_warranty_days")));
    const Run evaluated
        = run({QStringLiteral("warranty"), QStringLiteral("evaluate"), QStringLiteral("-")}, {}, {},
              QJsonDocument(caseJson).toJson(QJsonDocument::Compact));
    QCOMPARE(evaluated.exitCode, 0);
    // The intake adds what the engine cannot know from the case: the evidence the clerk left
    // unanswered (EVIDENCE_MISSING). Everything else is the engine's answer, unchanged.
    QJsonObject stored = shown.json().value(QLatin1String("warranty_verdict")).toObject();
    QJsonArray warnings;
    bool missing = false;
    for (const QJsonValue &w : stored.value(QLatin1String("warnings")).toArray()) {
        if (w.toObject().value(QLatin1String("code")).toString()
            == QLatin1String("EVIDENCE_MISSING"))
            missing = true;
        else
            warnings.append(w);
    }
    QVERIFY(missing);
    stored.insert(QStringLiteral("warnings"), warnings);
    QCOMPARE(evaluated.json(), stored);
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cliworkflow.moc"
