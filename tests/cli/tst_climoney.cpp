// Money that adds up at the command line (issue 20): the deposit of a cancelled ticket and of a
// phone going back unrepaired is given back, or kept with --keep-deposit REASON (audited); the
// diagnosis fee (settings set fees.diagnosis) is kept from it, shown by ticket show and ticket
// pickup, and waived only by a manager (--waive-diagnosis-fee REASON); and
// `repairctl report till --date D` (the manager's) equals the sum of that day's payments.
// Real repairctl processes on a real store.
#include "repairctlrun.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliMoney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelGivesTheDepositBack();
    void cancelKeepsTheDepositWithAReason();
    void aBlankReasonIsRefused();
    void unrepairedPickupGivesTheDepositBackOrKeepsIt();
    void tillIsTheSumOfTheDaysPayments();
    void tillIsTheManagers();
    void diagnosisFeeAtTheCommandLine();

private:
    using Run = rc::test::CliRun;
    Run run(const QStringList &arguments, const QString &user = {}, const QString &pin = {},
            const QByteArray &input = {}) const
    {
        return rc::test::runRepairctl(m_db, arguments, user, pin, input);
    }
    Run manager(const QStringList &a, const QByteArray &input = {}) const
    {
        return run(a, QStringLiteral("boss"), QStringLiteral("135790"), input);
    }
    Run clerk(const QStringList &a) const
    {
        return run(a, QStringLiteral("li"), QStringLiteral("246810"));
    }
    Run tech(const QStringList &a) const
    {
        return run(a, QStringLiteral("zhang"), QStringLiteral("357913"));
    }
    static QStringList words(const QString &text)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QString newTicket(const QString &imei) const
    {
        const Run created = clerk(
            words(QStringLiteral("ticket create --imei %1 --name 王小明 --phone 13812345678 "
                                 "--fault 屏幕不亮 --backup-consent --accessory sim_tray")
                      .arg(imei)));
        if (created.exitCode != 0)
            qFatal("ticket create: %s", created.err.constData());
        return created.json().value(QLatin1String("number")).toString();
    }
    void deposit(const QString &number, const QString &amount, const QString &method) const
    {
        const Run paid
            = clerk(words(QStringLiteral("ticket pay %1 --amount %2 --method %3 --deposit")
                              .arg(number, amount, method)));
        if (paid.exitCode != 0)
            qFatal("deposit: %s", paid.err.constData());
    }
    static QString amount(const QJsonObject &deposit, const char *which)
    {
        return deposit.value(QLatin1String(which))
            .toObject()
            .value(QLatin1String("amount"))
            .toString();
    }
    qint64 scalar(const QString &sql) const
    {
        qint64 out = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    out = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return out;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliMoney::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Run setup
        = run(words(QStringLiteral("setup --center SZ01 --center-name 深圳维修中心 "
                                   "--station 01 --manager boss --manager-name 王店长")),
              {}, {}, "135790\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    QCOMPARE(manager(words(QStringLiteral("user add li --name 李前台 --role clerk")), "246810\n")
                 .exitCode,
             0);
    QCOMPARE(
        manager(words(QStringLiteral("user add zhang --name 张师傅 --role technician")), "357913\n")
            .exitCode,
        0);
    const QString prices = m_dir.filePath(QStringLiteral("prices.csv"));
    QFile file(prices);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,kind,name_zh,name_en,unit_price\nSCR-P40,part,屏幕 P40,Screen P40,150.00\n");
    file.close();
    QCOMPARE(manager({QStringLiteral("price"), QStringLiteral("import"), prices}).exitCode, 0);
}

void TestCliMoney::cancelGivesTheDepositBack()
{
    const QString n = newTicket(QStringLiteral("490154203237518"));
    deposit(n, QStringLiteral("50.00"), QStringLiteral("mobile"));
    const Run done = clerk({QStringLiteral("ticket"), QStringLiteral("cancel"), n,
                            QStringLiteral("--reason"), QStringLiteral("客户不修了")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.status(), QStringLiteral("cancelled"));
    const QJsonObject d = done.json().value(QLatin1String("deposit")).toObject();
    QCOMPARE(amount(d, "held"), QStringLiteral("50.00"));
    QCOMPARE(amount(d, "returned"), QStringLiteral("50.00"));
    QCOMPARE(amount(d, "kept"), QStringLiteral("0.00"));
    QCOMPARE(d.value(QLatin1String("method")).toString(), QStringLiteral("mobile"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM payments p JOIN users u ON u.id = "
                                   "p.user_id WHERE p.kind = 'refund' AND p.amount_minor = 5000 "
                                   "AND p.method = 'mobile' AND u.username = 'li'")),
             1);
}

void TestCliMoney::cancelKeepsTheDepositWithAReason()
{
    const QString n = newTicket(QStringLiteral("352099001761481"));
    deposit(n, QStringLiteral("30.00"), QStringLiteral("cash"));
    const Run done = clerk({QStringLiteral("ticket"), QStringLiteral("cancel"), n,
                            QStringLiteral("--reason"), QStringLiteral("客户不修了"),
                            QStringLiteral("--keep-deposit"), QStringLiteral("已拆机检测")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    const QJsonObject d = done.json().value(QLatin1String("deposit")).toObject();
    QCOMPARE(amount(d, "kept"), QStringLiteral("30.00"));
    QCOMPARE(amount(d, "returned"), QStringLiteral("0.00"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                   "'ticket.deposit_kept' AND note = '已拆机检测'")),
             1);
}

void TestCliMoney::aBlankReasonIsRefused()
{
    const QString n = newTicket(QStringLiteral("353918051234561"));
    deposit(n, QStringLiteral("20.00"), QStringLiteral("cash"));
    const Run refused = clerk({QStringLiteral("ticket"), QStringLiteral("cancel"), n,
                               QStringLiteral("--reason"), QStringLiteral("客户不修了"),
                               QStringLiteral("--keep-deposit"), QStringLiteral("  ")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("DEPOSIT_REASON"), refused.err.constData());
    const Run badMethod = clerk({QStringLiteral("ticket"), QStringLiteral("cancel"), n,
                                 QStringLiteral("--reason"), QStringLiteral("客户不修了"),
                                 QStringLiteral("--deposit-method"), QStringLiteral("gold")});
    QCOMPARE(badMethod.exitCode, 1);
    QVERIFY2(badMethod.err.contains("PAYMENT_METHOD"), badMethod.err.constData());
    const Run shown = clerk({QStringLiteral("ticket"), QStringLiteral("show"), n});
    QCOMPARE(shown.status(), QStringLiteral("received"));
}

void TestCliMoney::unrepairedPickupGivesTheDepositBackOrKeepsIt()
{
    for (const bool keep : {false, true}) {
        const QString imei
            = keep ? QStringLiteral("860123456789022") : QStringLiteral("860123456789014");
        const QString n = newTicket(imei);
        deposit(n, QStringLiteral("40.00"), QStringLiteral("card"));
        QCOMPARE(tech({QStringLiteral("ticket"), QStringLiteral("diagnose"), n,
                       QStringLiteral("--findings"), QStringLiteral("主板进水")})
                     .exitCode,
                 0);
        QCOMPARE(
            tech(words(QStringLiteral("ticket quote %1 --line SCR-P40:1:payable").arg(n))).exitCode,
            0);
        QCOMPARE(clerk(words(QStringLiteral("ticket answer %1 --decline --method phone").arg(n)))
                     .status(),
                 QStringLiteral("declined"));
        QStringList pickup = words(
            QStringLiteral("ticket pickup %1 --imei %2 --accessories-returned").arg(n, imei));
        if (keep)
            pickup << QStringLiteral("--keep-deposit") << QStringLiteral("检测费，受理时已约定");
        const Run done = clerk(pickup);
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QCOMPARE(done.status(), QStringLiteral("returned_unrepaired"));
        const QJsonObject d = done.json().value(QLatin1String("deposit")).toObject();
        QCOMPARE(amount(d, keep ? "kept" : "returned"), QStringLiteral("40.00"));
        QCOMPARE(amount(d, keep ? "returned" : "kept"), QStringLiteral("0.00"));
        QCOMPARE(done.json().value(QLatin1String("paid")).toObject().value(QLatin1String("amount")),
                 keep ? QStringLiteral("40.00") : QStringLiteral("0.00"));
    }
}

void TestCliMoney::tillIsTheSumOfTheDaysPayments()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run till = manager(
        {QStringLiteral("report"), QStringLiteral("till"), QStringLiteral("--date"), today});
    QVERIFY2(till.exitCode == 0, till.err.constData());
    const QJsonObject report = till.json();
    QCOMPARE(report.value(QLatin1String("date")).toString(), today);
    QStringList methods;
    qint64 net = 0;
    int count = 0;
    for (const QJsonValue &v : report.value(QLatin1String("methods")).toArray()) {
        const QJsonObject line = v.toObject();
        const QString method = line.value(QLatin1String("method")).toString();
        methods.append(method);
        const QString in = method == QLatin1String("mobile")
                               ? QStringLiteral("('mobile', 'wechat', 'alipay')")
                               : QStringLiteral("('%1')").arg(method);
        // Per method: the payments of the store summed in SQL (every payment is today's).
        QCOMPARE(line.value(QLatin1String("net_minor")).toInteger(),
                 scalar(QStringLiteral("SELECT coalesce(sum(CASE kind WHEN 'refund' THEN "
                                       "-amount_minor ELSE amount_minor END), 0) FROM payments "
                                       "WHERE method IN %1")
                            .arg(in)));
        QCOMPARE(line.value(QLatin1String("refunds_minor")).toInteger(),
                 -scalar(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM payments "
                                        "WHERE kind = 'refund' AND method IN %1")
                             .arg(in)));
        QVERIFY(line.value(QLatin1String("refunds_minor")).toInteger() <= 0);
        net += line.value(QLatin1String("net_minor")).toInteger();
        count += line.value(QLatin1String("count")).toInt();
    }
    QCOMPARE(methods.mid(0, 3), (QStringList {QStringLiteral("cash"), QStringLiteral("card"),
                                              QStringLiteral("mobile")}));
    const QJsonObject total = report.value(QLatin1String("total")).toObject();
    QCOMPARE(total.value(QLatin1String("net_minor")).toInteger(), net);
    QCOMPARE(net, scalar(QStringLiteral("SELECT sum(CASE kind WHEN 'refund' THEN -amount_minor "
                                        "ELSE amount_minor END) FROM payments")));
    QCOMPARE(count, scalar(QStringLiteral("SELECT count(*) FROM payments")));
    // The kept deposits (30 + 40) and the one still held on the open ticket (20) are left.
    QCOMPARE(net, 9000);

    const Run csv = manager({QStringLiteral("report"), QStringLiteral("till"),
                             QStringLiteral("--date"), today, QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("date,method,takings,refunds,net,count,currency\r\n")
            || csv.out.startsWith("date,method,takings,refunds,net,count,currency\n"));
    QVERIFY(csv.out.contains(QStringLiteral(",total,").toUtf8()));
}

void TestCliMoney::tillIsTheManagers()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run byClerk = clerk(
        {QStringLiteral("report"), QStringLiteral("till"), QStringLiteral("--date"), today});
    QCOMPARE(byClerk.exitCode, 1);
    QVERIFY2(byClerk.err.contains("FORBIDDEN"), byClerk.err.constData());
    const Run badDate = manager({QStringLiteral("report"), QStringLiteral("till"),
                                 QStringLiteral("--date"), QStringLiteral("2026-13-01")});
    QCOMPARE(badDate.exitCode, 2);
}

void TestCliMoney::diagnosisFeeAtTheCommandLine()
{
    const auto fee = [](const QJsonObject &o) {
        return o.value(QLatin1String("diagnosis_fee")).toObject();
    };
    // The setting: a manager's, checked in core.
    QVERIFY(clerk(words(QStringLiteral("settings set fees.diagnosis 30.00"))).exitCode != 0);
    const Run bad = manager(words(QStringLiteral("settings set fees.diagnosis thirty")));
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("diagnosis fee") || bad.out.contains("diagnosis fee"),
             bad.err.constData());
    QCOMPARE(manager(words(QStringLiteral("settings set fees.diagnosis 30.00"))).exitCode, 0);

    const auto declinedTicket = [&](const QString &imei) {
        const QString n = newTicket(imei);
        if (tech({QStringLiteral("ticket"), QStringLiteral("diagnose"), n,
                  QStringLiteral("--findings"), QStringLiteral("主板进水")})
                .exitCode
            != 0)
            qFatal("diagnose");
        if (tech(words(QStringLiteral("ticket quote %1 --line SCR-P40:1:payable").arg(n))).exitCode
            != 0)
            qFatal("quote");
        if (clerk(words(QStringLiteral("ticket answer %1 --decline --method phone").arg(n)))
                .status()
            != QLatin1String("declined"))
            qFatal("decline");
        return n;
    };

    // Declined with 50.00 left: 30.00 stays as the fee, 20.00 goes back.
    const QString first = declinedTicket(QStringLiteral("353918052000011"));
    deposit(first, QStringLiteral("50.00"), QStringLiteral("wechat"));
    const Run shown = clerk({QStringLiteral("ticket"), QStringLiteral("show"), first});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject owed = fee(shown.json().value(QLatin1String("balance")).toObject());
    QCOMPARE(owed.value(QLatin1String("status")).toString(), QStringLiteral("owed"));
    QCOMPARE(owed.value(QLatin1String("amount")).toString(), QStringLiteral("30.00"));
    const Run back = clerk(words(QStringLiteral("ticket pickup %1 --imei 353918052000011 "
                                                "--accessories-returned")
                                     .arg(first)));
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(back.status(), QStringLiteral("returned_unrepaired"));
    QCOMPARE(fee(back.json()).value(QLatin1String("due")).toString(), QStringLiteral("30.00"));
    const QJsonObject d = back.json().value(QLatin1String("deposit")).toObject();
    QCOMPARE(amount(d, "returned"), QStringLiteral("20.00"));
    QCOMPARE(amount(d, "diagnosis_fee_kept"), QStringLiteral("30.00"));
    QCOMPARE(amount(d, "kept"), QStringLiteral("0.00"));

    // Nothing paid: refused until paid or waived; a clerk's waiver is refused, a manager's
    // is audited.
    const QString second = declinedTicket(QStringLiteral("353918052000029"));
    const QStringList pickup
        = words(QStringLiteral("ticket pickup %1 --imei 353918052000029 --accessories-returned")
                    .arg(second));
    const Run unpaid = clerk(pickup);
    QVERIFY(unpaid.exitCode != 0);
    QVERIFY2(unpaid.err.contains("DIAGNOSIS_FEE_DUE") || unpaid.out.contains("DIAGNOSIS_FEE_DUE"),
             unpaid.err.constData());
    const QStringList waive
        = pickup + QStringList {QStringLiteral("--waive-diagnosis-fee"), QStringLiteral("老顾客")};
    const Run byClerk = clerk(waive);
    QVERIFY(byClerk.exitCode != 0);
    QVERIFY2(byClerk.err.contains("FORBIDDEN") || byClerk.out.contains("FORBIDDEN"),
             byClerk.err.constData());
    const Run byManager = manager(waive);
    QVERIFY2(byManager.exitCode == 0, byManager.err.constData());
    QCOMPARE(fee(byManager.json()).value(QLatin1String("status")).toString(),
             QStringLiteral("waived_by_manager"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entries a JOIN users u ON u.id = "
                                   "a.user_id WHERE a.kind = 'ticket.diagnosis_fee_waived' AND "
                                   "u.username = 'boss' AND a.note = '老顾客'")),
             1);
    QCOMPARE(manager(words(QStringLiteral("settings set fees.diagnosis 0"))).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliMoney)
#include "tst_climoney.moc"
