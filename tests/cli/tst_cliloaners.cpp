// `repairctl loaner …` (issue 20, CN-07): the loaner phones through the real command line on a
// real store — add, list, lend with the deposit, return with the condition checked and the
// deposit returned or kept with a reason, a manager's write-off, the refusals (exit 1 with the
// workflow's code), the usage errors (exit 2), the pickup refused while the loaner is out, and
// `report loaners`.
#include "repairctlrun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char kLoaner[] = "356938035643809";
const char kLoaner2[] = "353918057281236";
} // namespace

class TestCliLoaners : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndList();
    void lendReturnAndRefusals();
    void pickupWhileTheLoanerIsOutIsRefused();
    void writeOffIsTheManagers();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = rc::test::CliRun;
    Run run(const QStringList &arguments, const QString &user = {}, const QString &pin = {},
            const QByteArray &input = {}) const
    {
        return rc::test::runRepairctl(m_db, arguments, user, pin, input);
    }
    Run manager(const QString &a, const QByteArray &input = {}) const
    {
        return run(words(a), QStringLiteral("boss"), QStringLiteral("864209"), input);
    }
    Run clerk(const QString &a) const
    {
        return run(words(a), QStringLiteral("li"), QStringLiteral("1111"));
    }
    Run tech(const QString &a) const
    {
        return run(words(a), QStringLiteral("zhang"), QStringLiteral("2222"));
    }
    static QStringList words(const QString &text)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QString newTicket(const QString &imei) const
    {
        const Run created = clerk(
            QStringLiteral("ticket create --imei %1 --name 王小明 --phone 13812345678 --fault "
                           "不开机 --backup-consent --sale-date %2 --proof invoice "
                           "--imei-on-papers match")
                .arg(imei, QDate::currentDate().addDays(-40).toString(Qt::ISODate)));
        if (created.exitCode != 0)
            qFatal("ticket create: %s", created.err.constData());
        return created.json().value(QLatin1String("number")).toString();
    }
    // Through diagnosis, quote, approval and repair to "ready".
    void walkToReady(const QString &number) const
    {
        const QStringList steps {
            QStringLiteral("ticket diagnose %1 --findings 主板 --fault-code no_power"),
            QStringLiteral("ticket quote %1 --line LAB:1:covered"),
        };
        for (const QString &step : steps) {
            const Run r = tech(step.arg(number));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const Run answered
            = clerk(QStringLiteral("ticket answer %1 --approve --method counter").arg(number));
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QCOMPARE(tech(QStringLiteral("ticket repair %1 --start").arg(number)).exitCode, 0);
        const Run ready
            = tech(QStringLiteral("ticket repair %1 --finish --all-checks").arg(number));
        QVERIFY2(ready.exitCode == 0, ready.err.constData());
        QCOMPARE(ready.status(), QStringLiteral("ready"));
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliLoaners::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Run setup
        = run(words(QStringLiteral("setup --center SZ01 --center-name 深圳维修中心 "
                                   "--station 01 --manager boss --manager-name 王店长")),
              {}, {}, "864209\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    QCOMPARE(manager(QStringLiteral("user add li --name 李前台 --role clerk"), "1111\n").exitCode,
             0);
    QCOMPARE(manager(QStringLiteral("user add zhang --name 张师傅 --role technician"), "2222\n")
                 .exitCode,
             0);
    const QString prices = m_dir.filePath(QStringLiteral("prices.csv"));
    QFile csv(prices);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("code,kind,name_zh,unit_price\nLAB,labour,工时,50\n");
    csv.close();
    QCOMPARE(manager(QStringLiteral("price import %1").arg(prices)).exitCode, 0);
}

void TestCliLoaners::addAndList()
{
    const Run added
        = clerk(QStringLiteral("loaner add --imei %1 --model HuaweiP40 --deposit 200.00")
                    .arg(QLatin1String(kLoaner)));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.json().value(QLatin1String("state")).toString(), QStringLiteral("in_stock"));
    QCOMPARE(added.json().value(QLatin1String("deposit_minor")).toInteger(), 20000);
    QCOMPARE(added.json().value(QLatin1String("deposit")).toString(), QStringLiteral("200.00"));
    const Run again
        = clerk(QStringLiteral("loaner add --imei %1 --model HuaweiP40 --deposit 200.00")
                    .arg(QLatin1String(kLoaner)));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("LOANER_EXISTS"));
    const Run badImei
        = clerk(QStringLiteral("loaner add --imei 356938035643808 --model X --deposit 1"));
    QCOMPARE(badImei.exitCode, 1);
    QVERIFY(badImei.err.contains("IMEI_INVALID"));
    const Run techAdds = tech(QStringLiteral("loaner add --imei %1 --model Mate30 --deposit 100")
                                  .arg(QLatin1String(kLoaner2)));
    QCOMPARE(techAdds.exitCode, 1);
    QVERIFY(techAdds.err.contains("FORBIDDEN"));
    QCOMPARE(clerk(QStringLiteral("loaner add --imei %1 --model Mate30 --deposit 100")
                       .arg(QLatin1String(kLoaner2)))
                 .exitCode,
             0);
    const Run list = run(words(QStringLiteral("loaner list")));
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("state")).toString(),
                 QStringLiteral("in_stock"));
}

void TestCliLoaners::lendReturnAndRefusals()
{
    const QString number = newTicket(QStringLiteral("490154203237518"));
    const Run lent = clerk(QStringLiteral("loaner lend %1 --imei %2 --method mobile")
                               .arg(number, QLatin1String(kLoaner)));
    QVERIFY2(lent.exitCode == 0, lent.err.constData());
    QCOMPARE(lent.json().value(QLatin1String("state")).toString(), QStringLiteral("out"));
    QCOMPARE(lent.json().value(QLatin1String("method")).toString(), QStringLiteral("mobile"));
    QCOMPARE(lent.json().value(QLatin1String("ticket")).toString(), number);
    // The ticket shows the loaner out.
    const Run shown = run({QStringLiteral("ticket"), QStringLiteral("show"), number});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json()
                 .value(QLatin1String("loaner"))
                 .toObject()
                 .value(QLatin1String("imei"))
                 .toString(),
             QLatin1String(kLoaner));
    QCOMPARE(shown.json()
                 .value(QLatin1String("loaner_offer"))
                 .toObject()
                 .value(QLatin1String("rule"))
                 .toString(),
             QStringLiteral("CN-07"));
    // Lent already.
    const QString other = newTicket(QStringLiteral("352099001761481"));
    const Run twice
        = clerk(QStringLiteral("loaner lend %1 --imei %2").arg(other, QLatin1String(kLoaner)));
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains("LOANER_LENT"));
    QVERIFY(twice.err.contains(number.toUtf8()));
    // Not lent.
    const Run notLent = clerk(
        QStringLiteral("loaner return --imei %1 --condition ok").arg(QLatin1String(kLoaner2)));
    QCOMPARE(notLent.exitCode, 1);
    QVERIFY(notLent.err.contains("LOANER_NOT_LENT"));
    // The report: one out, not overdue.
    const Run report = run(words(QStringLiteral("report loaners")));
    QCOMPARE(report.exitCode, 0);
    QCOMPARE(report.json().value(QLatin1String("out")).toInt(), 1);
    QCOMPARE(report.json().value(QLatin1String("overdue")).toInt(), 0);
    QCOMPARE(report.json().value(QLatin1String("deposits_held")).toString(),
             QStringLiteral("200.00"));
    // Damaged, deposit kept with a reason.
    const Run back = clerk(QStringLiteral("loaner return --imei %1 --condition damaged "
                                          "--keep-deposit 屏幕碎裂")
                               .arg(QLatin1String(kLoaner)));
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(back.json().value(QLatin1String("deposit_outcome")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(back.json().value(QLatin1String("reason")).toString(), QStringLiteral("屏幕碎裂"));
    QCOMPARE(back.json()
                 .value(QLatin1String("loaner"))
                 .toObject()
                 .value(QLatin1String("condition"))
                 .toString(),
             QStringLiteral("damaged"));
    // Lent again, returned ok: the deposit goes back (a refund payment on the ticket).
    QCOMPARE(clerk(QStringLiteral("loaner lend %1 --imei %2").arg(other, QLatin1String(kLoaner)))
                 .exitCode,
             0);
    const Run ok = clerk(
        QStringLiteral("loaner return --imei %1 --condition ok").arg(QLatin1String(kLoaner)));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(ok.json().value(QLatin1String("deposit_outcome")).toString(),
             QStringLiteral("returned"));
    const Run otherShown = run({QStringLiteral("ticket"), QStringLiteral("show"), other});
    const QJsonArray payments = otherShown.json().value(QLatin1String("payments")).toArray();
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.at(1).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("refund"));
    QVERIFY(otherShown.json().value(QLatin1String("loaner")).isNull());
}

void TestCliLoaners::pickupWhileTheLoanerIsOutIsRefused()
{
    const QString number = newTicket(QStringLiteral("860123456789014"));
    QCOMPARE(clerk(QStringLiteral("loaner lend %1 --imei %2").arg(number, QLatin1String(kLoaner2)))
                 .exitCode,
             0);
    walkToReady(number);
    const Run refused
        = clerk(QStringLiteral("ticket pickup %1 --imei 860123456789014 --accessories-returned")
                    .arg(number));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("LOANER_OUT"), refused.err.constData());
    QVERIFY(refused.err.contains(kLoaner2));
    // Overdue now: the ticket's phone is ready.
    const Run report = run(words(QStringLiteral("report loaners")));
    QCOMPARE(report.json().value(QLatin1String("overdue")).toInt(), 1);
    QCOMPARE(
        clerk(QStringLiteral("loaner return --imei %1 --condition ok").arg(QLatin1String(kLoaner2)))
            .exitCode,
        0);
    const Run picked
        = clerk(QStringLiteral("ticket pickup %1 --imei 860123456789014 --accessories-returned")
                    .arg(number));
    QVERIFY2(picked.exitCode == 0, picked.err.constData());
    QCOMPARE(picked.status(), QStringLiteral("picked_up"));
}

void TestCliLoaners::writeOffIsTheManagers()
{
    const QString number = newTicket(QStringLiteral("860123456789022"));
    QCOMPARE(clerk(QStringLiteral("loaner lend %1 --imei %2").arg(number, QLatin1String(kLoaner2)))
                 .exitCode,
             0);
    const Run clerkTries = clerk(
        QStringLiteral("loaner write-off --imei %1 --reason lost").arg(QLatin1String(kLoaner2)));
    QCOMPARE(clerkTries.exitCode, 1);
    QVERIFY(clerkTries.err.contains("FORBIDDEN"));
    const Run done = manager(QStringLiteral("loaner write-off --imei %1 --reason 客户丢失")
                                 .arg(QLatin1String(kLoaner2)));
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.json().value(QLatin1String("state")).toString(), QStringLiteral("written_off"));
    const Run list = run(words(QStringLiteral("loaner list --out")));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(kLoaner2));
}

void TestCliLoaners::usageErrors_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("add without imei") << QStringLiteral("loaner add --model X --deposit 1");
    QTest::newRow("add bad deposit")
        << QStringLiteral("loaner add --imei 356938035643809 --model X --deposit 2,00");
    QTest::newRow("lend without number") << QStringLiteral("loaner lend --imei 356938035643809");
    QTest::newRow("lend bad date")
        << QStringLiteral("loaner lend X --imei 356938035643809 --until tomorrow");
    QTest::newRow("return without condition")
        << QStringLiteral("loaner return --imei 356938035643809");
    QTest::newRow("write-off without reason")
        << QStringLiteral("loaner write-off --imei 356938035643809");
}

void TestCliLoaners::usageErrors()
{
    QFETCH(QString, command);
    const Run r = clerk(command);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLoaners)
#include "tst_cliloaners.moc"
