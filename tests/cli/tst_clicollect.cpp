// `repairctl ticket notify` and `ticket dispose` (issue 20: uncollected phones) through the
// real command line on a real store: the notice recorded, every refusal with its code and exit
// status, the disposal by a manager once uncollected.days have passed since the last notice;
// and `repairctl report remedies` / `report refunds` against the stored records.
#include "repairctlrun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliCollect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noticeThenDispose();
    void refusals();
    void usageErrors_data();
    void usageErrors();
    void remedyAndRefundReports();

private:
    using Run = rc::test::CliRun;
    Run run(const QStringList &arguments, const QString &user = {}, const QString &pin = {},
            const QByteArray &input = {}) const
    {
        return rc::test::runRepairctl(m_db, arguments, user, pin, input);
    }
    // The manager signs in with a 6-digit PIN.
    Run manager(const QStringList &a, const QByteArray &input = {}) const
    {
        return run(a, QStringLiteral("boss"), QStringLiteral("135790"), input);
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
    QString created(const QString &imei, int soldDaysAgo = 40) const
    {
        const Run c = clerk(words(
            QStringLiteral("ticket create --imei %1 --name 王小明 --phone 13812345678 "
                           "--fault 屏幕不亮 --backup-consent --component main_unit "
                           "--sale-date %2 --proof invoice --imei-on-papers match")
                .arg(imei, QDate::currentDate().addDays(-soldDaysAgo).toString(Qt::ISODate))));
        if (c.exitCode != 0)
            qFatal("ticket create: %s", c.err.constData());
        return c.json().value(QLatin1String("number")).toString();
    }
    // A ticket walked to "ready" through the command line's steps; its number.
    QString readyTicket(const QString &imei) const
    {
        const QString n = created(imei);
        const QList<QPair<Run, QString>> steps {
            {clerk(words(QStringLiteral("ticket assign %1 --technician zhang").arg(n))), {}},
            {tech(words(QStringLiteral("ticket diagnose %1 --findings 屏幕排线腐蚀 --fault-code "
                                       "screen_blank")
                            .arg(n))),
             {}},
            {tech(words(QStringLiteral("ticket quote %1 --line LAB").arg(n))), {}},
            {clerk(words(QStringLiteral("ticket answer %1 --approve --method counter").arg(n))),
             {}},
            {tech(words(QStringLiteral("ticket repair %1 --start").arg(n))), {}},
            {tech(words(QStringLiteral("ticket repair %1 --finish --all-checks").arg(n))),
             QStringLiteral("ready")},
        };
        for (const auto &step : steps) {
            if (step.first.exitCode != 0)
                qFatal("walk to ready: %s", step.first.err.constData());
        }
        return n;
    }
    // The real clock cannot be moved, so the notices of ticket `number` are set `days` back
    // in the store, as they would stand that many days after they were given.
    bool noticesDaysAgo(const QString &number, int days) const
    {
        bool ok = false;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("aside"));
            db.setDatabaseName(m_db);
            QSqlQuery q(db);
            ok = db.open()
                 && q.exec(
                     QStringLiteral("UPDATE collect_notices SET date = '%1' WHERE "
                                    "ticket_id = (SELECT id FROM tickets WHERE number = "
                                    "'%2')")
                         .arg(QDate::currentDate().addDays(-days).toString(Qt::ISODate), number))
                 && q.numRowsAffected() > 0;
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("aside"));
        return ok;
    }
    qint64 scalar(const QString &sql) const
    {
        qint64 v = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
            db.setDatabaseName(m_db);
            QSqlQuery q(db);
            if (db.open() && q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("read"));
        return v;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliCollect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Run setup
        = run(words(QStringLiteral("setup --center SZ01 --center-name 深圳维修中心 "
                                   "--station 01 --manager boss --manager-name 王店长")),
              {}, {}, "135790\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    QCOMPARE(
        manager(words(QStringLiteral("user add li --name 李前台 --role clerk")), "1111\n").exitCode,
        0);
    QCOMPARE(
        manager(words(QStringLiteral("user add zhang --name 张师傅 --role technician")), "2222\n")
            .exitCode,
        0);
    QFile prices(m_dir.filePath(QStringLiteral("prices.csv")));
    QVERIFY(prices.open(QIODevice::WriteOnly));
    prices.write("code,kind,name_zh,name_en,unit_price\nLAB,labour,工时,Labour,50\n");
    prices.close();
    QCOMPARE(
        manager({QStringLiteral("price"), QStringLiteral("import"), prices.fileName()}).exitCode,
        0);
}

void TestCliCollect::noticeThenDispose()
{
    const QString n = readyTicket(QStringLiteral("490154203237518"));
    const Run notice = clerk(words(QStringLiteral("ticket notify %1 --how phone").arg(n)));
    QVERIFY2(notice.exitCode == 0, notice.err.constData());
    QCOMPARE(notice.status(), QStringLiteral("ready"));
    const QJsonObject stored = notice.json().value(QLatin1String("notice")).toObject();
    QCOMPARE(stored.value(QLatin1String("how")).toString(), QStringLiteral("phone"));
    QCOMPARE(stored.value(QLatin1String("date")).toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(notice.json().value(QLatin1String("disposable_from")).toString(),
             QDate::currentDate().addDays(90).toString(Qt::ISODate));
    // The timeline shows it.
    const Run shown = clerk(words(QStringLiteral("ticket show %1").arg(n)));
    QVERIFY(shown.out.contains("collect_notice"));
    // Today: too early (exit 1, the code on stderr).
    const Run early = manager(words(QStringLiteral("ticket dispose %1 --reason 送回收").arg(n)));
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("DISPOSE_TOO_EARLY"), early.err.constData());
    // 90 days later the manager may; the reason is in the timeline and the audit trail.
    QVERIFY(noticesDaysAgo(n, 90));
    const Run done = manager({QStringLiteral("ticket"), QStringLiteral("dispose"), n,
                              QStringLiteral("--reason"), QStringLiteral("客户失联，送回收")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.status(), QStringLiteral("disposed"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                   "'ticket.dispose' AND note = '客户失联，送回收'")),
             1);
    // Closed now.
    const Run again = clerk(words(QStringLiteral("ticket notify %1 --how letter").arg(n)));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("NOT_READY"));
}

void TestCliCollect::refusals()
{
    const QString n = readyTicket(QStringLiteral("356938035643809"));
    // No notice yet.
    const Run none = manager(words(QStringLiteral("ticket dispose %1 --reason 送回收").arg(n)));
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("DISPOSE_NO_NOTICE"), none.err.constData());
    // The technician gives no notices.
    const Run techNotice = tech(words(QStringLiteral("ticket notify %1 --how phone").arg(n)));
    QCOMPARE(techNotice.exitCode, 1);
    QVERIFY(techNotice.err.contains("FORBIDDEN"));
    const Run pigeon = clerk(words(QStringLiteral("ticket notify %1 --how pigeon").arg(n)));
    QCOMPARE(pigeon.exitCode, 1);
    QVERIFY(pigeon.err.contains("NOTICE_HOW"));
    QCOMPARE(clerk(words(QStringLiteral("ticket notify %1 --how message").arg(n))).exitCode, 0);
    QVERIFY(noticesDaysAgo(n, 120));
    // A clerk may not dispose; a blank reason is refused by the step.
    const Run byClerk = clerk(words(QStringLiteral("ticket dispose %1 --reason 送回收").arg(n)));
    QCOMPARE(byClerk.exitCode, 1);
    QVERIFY2(byClerk.err.contains("FORBIDDEN"), byClerk.err.constData());
    const Run blank = manager({QStringLiteral("ticket"), QStringLiteral("dispose"), n,
                               QStringLiteral("--reason"), QStringLiteral(" ")});
    QCOMPARE(blank.exitCode, 1);
    QVERIFY2(blank.err.contains("DISPOSE_REASON"), blank.err.constData());
    // A ticket not ready.
    const QString received = created(QStringLiteral("352099001761481"));
    const Run notReady
        = manager(words(QStringLiteral("ticket dispose %1 --reason 送回收").arg(received)));
    QCOMPARE(notReady.exitCode, 1);
    QVERIFY(notReady.err.contains("NOT_READY"));
    const Run noticeNotReady
        = clerk(words(QStringLiteral("ticket notify %1 --how phone").arg(received)));
    QCOMPARE(noticeNotReady.exitCode, 1);
    QVERIFY(noticeNotReady.err.contains("NOT_READY"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'disposed' AND "
                                   "number = '%1'")
                        .arg(n)),
             0);
}

void TestCliCollect::usageErrors_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::newRow("notify without --how") << "ticket notify SZ0101-261123-0001";
    QTest::newRow("dispose without --reason") << "ticket dispose SZ0101-261123-0001";
    QTest::newRow("remedies without a range") << "report remedies --from 2026-01-01";
    QTest::newRow("refunds backwards") << "report refunds --from 2026-02-01 --to 2026-01-01";
}

void TestCliCollect::usageErrors()
{
    QFETCH(QString, arguments);
    const Run r = manager(words(arguments));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliCollect::remedyAndRefundReports()
{
    // A refund within 7 days of the sale (CN-04).
    const QString n = created(QStringLiteral("353918051234561"), 3);
    const Run refunded = clerk(
        words(QStringLiteral("ticket remedy %1 --refund --amount 1999.00 --method card").arg(n)));
    QVERIFY2(refunded.exitCode == 0, refunded.err.constData());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run remedies
        = manager(words(QStringLiteral("report remedies --from %1 --to %1").arg(today)));
    QVERIFY2(remedies.exitCode == 0, remedies.err.constData());
    bool cn04 = false;
    for (const QJsonValue &v : remedies.json().value(QLatin1String("by_rule")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QLatin1String("kind")).toString() == QLatin1String("refund")
            && row.value(QLatin1String("rule")).toString() == QLatin1String("CN-04")) {
            cn04 = true;
            QCOMPARE(row.value(QLatin1String("count")).toInt(),
                     scalar(QStringLiteral("SELECT count(*) FROM remedies r, json_each(r.rules) "
                                           "j WHERE r.kind = 'refund' AND j.value = 'CN-04'")));
            QCOMPARE(row.value(QLatin1String("amount_minor")).toInteger(),
                     -scalar(QStringLiteral("SELECT sum(r.amount_minor) FROM remedies r, "
                                            "json_each(r.rules) j WHERE r.kind = 'refund' AND "
                                            "j.value = 'CN-04'")));
        }
    }
    QVERIFY(cn04);
    const Run refunds
        = manager(words(QStringLiteral("report refunds --from %1 --to %1").arg(today)));
    QVERIFY2(refunds.exitCode == 0, refunds.err.constData());
    const QJsonArray rows = refunds.json().value(QLatin1String("refunds")).toArray();
    QCOMPARE(rows.size(), scalar(QStringLiteral("SELECT count(*) FROM payments WHERE kind = "
                                                "'refund'")));
    QCOMPARE(refunds.json().value(QLatin1String("total_minor")).toInteger(),
             scalar(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE kind = "
                                   "'refund'")));
    QCOMPARE(rows.first().toObject().value(QLatin1String("ticket")).toString(), n);
    QCOMPARE(rows.first().toObject().value(QLatin1String("user")).toString(),
             QStringLiteral("李前台"));
    QCOMPARE(rows.first().toObject().value(QLatin1String("method")).toString(),
             QStringLiteral("card"));
    const Run csv
        = manager(words(QStringLiteral("report refunds --from %1 --to %1 --csv").arg(today)));
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("at,ticket,amount,method,user,why\r\n"));
    QVERIFY(csv.out.contains(n.toUtf8() + ",1999.00,card,"));
}

QTEST_GUILESS_MAIN(TestCliCollect)
#include "tst_clicollect.moc"
