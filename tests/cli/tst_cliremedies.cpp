// `repairctl ticket remedy` (issue 20): refund, exchange and accessory replacement through the
// real command line on a real store, with the refusals the workflow layer makes (domain.md §2:
// CN-04 refund within 7 days, CN-05 exchange, CN-12 restart, CN-13 accessory).
#include "repairctlrun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliRemedies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refundWithinSevenDays();
    void refundOnDayEightIsRefused();
    void exchangeNeedsConditionsAndAValidImei();
    void accessoryReplacement();
    void overrideIsTheManagers();
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
        return run(words(a), QStringLiteral("boss"), QStringLiteral("432100"), input);
    }
    Run clerk(const QString &a) const
    {
        return run(words(a), QStringLiteral("li"), QStringLiteral("1111"));
    }
    static QStringList words(const QString &text)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // A ticket for a phone sold `daysAgo` days ago (invoice, IMEI on it checked); its JSON.
    QJsonObject newTicket(const QString &imei, int daysAgo,
                          const QString &component = QStringLiteral("main_unit")) const
    {
        const Run created
            = clerk(QStringLiteral(
                        "ticket create --imei %1 --name 王小明 --phone 13812345678 --fault 不开机 "
                        "--backup-consent --component %2 --sale-date %3 --proof invoice "
                        "--imei-on-papers match")
                        .arg(imei, component,
                             QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate)));
        if (created.exitCode != 0)
            qFatal("ticket create: %s", created.err.constData());
        return created.json();
    }
    static QString number(const QJsonObject &ticket)
    {
        return ticket.value(QLatin1String("number")).toString();
    }
    static QStringList rules(const QJsonObject &ticket)
    {
        QStringList out;
        for (const QJsonValue &v : ticket.value(QLatin1String("warranty_verdict"))
                                       .toObject()
                                       .value(QLatin1String("rules"))
                                       .toArray())
            out.append(v.toString());
        return out;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliRemedies::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Run setup
        = run(words(QStringLiteral("setup --center SZ01 --center-name 深圳维修中心 "
                                   "--station 01 --manager boss --manager-name 王店长")),
              {}, {}, "432100\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    QCOMPARE(manager(QStringLiteral("user add li --name 李前台 --role clerk"), "1111\n").exitCode,
             0);
}

void TestCliRemedies::refundWithinSevenDays()
{
    const QJsonObject t = newTicket(QStringLiteral("490154203237518"), 3);
    QVERIFY(rules(t).contains(QStringLiteral("CN-04")));
    const Run done = clerk(
        QStringLiteral("ticket remedy %1 --refund --amount 2999.00 --method card").arg(number(t)));
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.status(), QStringLiteral("refunded"));
    const QJsonObject remedy = done.json().value(QLatin1String("remedy")).toObject();
    QCOMPARE(remedy.value(QLatin1String("kind")).toString(), QStringLiteral("refund"));
    QCOMPARE(remedy.value(QLatin1String("amount")).toString(), QStringLiteral("-2999.00"));
    QCOMPARE(remedy.value(QLatin1String("amount_minor")).toInteger(), -299900);
    QCOMPARE(remedy.value(QLatin1String("method")).toString(), QStringLiteral("card"));
    // Closed: a second remedy is refused.
    const Run again = clerk(
        QStringLiteral("ticket remedy %1 --refund --amount 1.00 --method cash").arg(number(t)));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("TICKET_CLOSED"));
}

void TestCliRemedies::refundOnDayEightIsRefused()
{
    const QJsonObject t = newTicket(QStringLiteral("352099001761481"), 8);
    QVERIFY(rules(t).contains(QStringLiteral("CN-05")));
    const Run refused = clerk(
        QStringLiteral("ticket remedy %1 --refund --amount 2999.00 --method cash").arg(number(t)));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("REMEDY_NOT_ALLOWED"), refused.err.constData());
}

void TestCliRemedies::exchangeNeedsConditionsAndAValidImei()
{
    const QJsonObject t = newTicket(QStringLiteral("353918051234561"), 10);
    const QString n = number(t);
    const Run missing
        = clerk(QStringLiteral("ticket remedy %1 --exchange --new-imei 860123456789014 "
                               "--check box_complete --check no_wear --check dates_agree")
                    .arg(n));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("EXCHANGE_CONDITIONS"), missing.err.constData());
    QVERIFY(missing.err.contains("IMEI label intact"));
    const Run badImei = clerk(
        QStringLiteral("ticket remedy %1 --exchange --new-imei 860123456789015 --all-checks")
            .arg(n));
    QCOMPARE(badImei.exitCode, 1);
    QVERIFY2(badImei.err.contains("IMEI_INVALID"), badImei.err.constData());
    const Run done
        = clerk(QStringLiteral("ticket remedy %1 --exchange --new-imei 860123456789014 "
                               "--check box_complete --check no_wear --check dates_agree "
                               "--check imei_label_intact --old-phone kept")
                    .arg(n));
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.status(), QStringLiteral("exchanged"));
    const QJsonObject remedy = done.json().value(QLatin1String("remedy")).toObject();
    QCOMPARE(remedy.value(QLatin1String("new_imei")).toString(), QStringLiteral("860123456789014"));
    QCOMPARE(remedy.value(QLatin1String("old_phone")).toString(), QStringLiteral("kept"));
    QCOMPARE(remedy.value(QLatin1String("conditions")).toObject().size(), 4);
    // The replacement phone at a later intake: its warranty started on the exchange (CN-12).
    const QJsonObject later = newTicket(QStringLiteral("860123456789014"), 10);
    QVERIFY(rules(later).contains(QStringLiteral("CN-12")));
    QCOMPARE(later.value(QLatin1String("warranty_verdict"))
                 .toObject()
                 .value(QLatin1String("warranty_start"))
                 .toString(),
             remedy.value(QLatin1String("date")).toString());
}

void TestCliRemedies::accessoryReplacement()
{
    const QJsonObject t
        = newTicket(QStringLiteral("352099001761499"), 40, QStringLiteral("battery"));
    QVERIFY(rules(t).contains(QStringLiteral("CN-13")));
    const Run wrong
        = clerk(QStringLiteral("ticket remedy %1 --replace-accessory charger").arg(number(t)));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains("REMEDY_COMPONENT"));
    const Run done
        = clerk(QStringLiteral("ticket remedy %1 --replace-accessory battery").arg(number(t)));
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.status(), QStringLiteral("accessory_replaced"));
    const QJsonObject remedy = done.json().value(QLatin1String("remedy")).toObject();
    QCOMPARE(remedy.value(QLatin1String("component")).toString(), QStringLiteral("battery"));
    QVERIFY(!remedy.value(QLatin1String("warranty_end")).toString().isEmpty());
}

void TestCliRemedies::overrideIsTheManagers()
{
    // Sold 40 days ago: free repair only (CN-14).
    const QJsonObject t = newTicket(QStringLiteral("860123456789022"), 40);
    const QString n = number(t);
    QStringList refund
        = words(QStringLiteral("ticket remedy %1 --refund --amount 2999.00 --method cash").arg(n));
    const Run plain = run(refund, QStringLiteral("li"), QStringLiteral("1111"));
    QCOMPARE(plain.exitCode, 1);
    QVERIFY(plain.err.contains("REMEDY_NOT_ALLOWED"));
    refund << QStringLiteral("--override-reason") << QStringLiteral("店长同意退货");
    const Run byClerk = run(refund, QStringLiteral("li"), QStringLiteral("1111"));
    QCOMPARE(byClerk.exitCode, 1);
    QVERIFY(byClerk.err.contains("FORBIDDEN"));
    const Run byManager = run(refund, QStringLiteral("boss"), QStringLiteral("432100"));
    QVERIFY2(byManager.exitCode == 0, byManager.err.constData());
    const QJsonObject remedy = byManager.json().value(QLatin1String("remedy")).toObject();
    QVERIFY(remedy.value(QLatin1String("rules")).toArray().contains(QStringLiteral("OVERRIDE")));
    QCOMPARE(remedy.value(QLatin1String("override_reason")).toString(),
             QStringLiteral("店长同意退货"));
}

void TestCliRemedies::usageErrors_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no remedy") << "ticket remedy SZ0101-X"
                               << "--refund";
    QTest::newRow("two remedies") << "ticket remedy SZ0101-X --refund --exchange"
                                  << "--refund";
    QTest::newRow("refund without method") << "ticket remedy SZ0101-X --refund --amount 5.00"
                                           << "--method";
    QTest::newRow("refund, bad amount")
        << "ticket remedy SZ0101-X --refund --amount 5,00 --method cash"
        << "--amount";
    QTest::newRow("exchange without checks")
        << "ticket remedy SZ0101-X --exchange --new-imei 860123456789014"
        << "--all-checks";
    QTest::newRow("exchange without IMEI") << "ticket remedy SZ0101-X --exchange --all-checks"
                                           << "--new-imei";
}

void TestCliRemedies::usageErrors()
{
    QFETCH(QString, arguments);
    QFETCH(QString, says);
    const Run r = clerk(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliRemedies)
#include "tst_cliremedies.moc"
