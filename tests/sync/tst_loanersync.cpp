// The loaner phones' records (issue 20, CN-07) reach a real repair-hq: a loaner put on the
// list, lent and taken back through `repairctl`, then `repairctl sync run`; HQ holds the
// "loaner" and "loan" snapshots at the store's newest version, with the deposit's payments,
// the ticket and the audit entries.
#include "synctestsupport.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

class TestLoanerSync : public QObject
{
    Q_OBJECT

private slots:
    void loanersReachHq_data();
    void loanersReachHq();
};

// As the store's manager (boss, a 6-digit PIN: see the setup below).
static QByteArray run(const QString &store, const QStringList &arguments, int *exitCode,
                      const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("864209"));
    process.setProcessEnvironment(env);
    process.start(repairctlPath(), QStringList {QStringLiteral("--db"), store} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return process.readAllStandardError();
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

static QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void TestLoanerSync::loanersReachHq_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestLoanerSync::loanersReachHq()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("counter.sqlite"));
    int exitCode = 0;
    QByteArray out = run(store,
                         words(QStringLiteral("setup --center DEMO --center-name 示范中心 "
                                              "--station 01 --manager boss --manager-name 王店长")),
                         &exitCode, "864209\n");
    QVERIFY2(exitCode == 0, out.constData());
    out = run(store,
              words(QStringLiteral("ticket create --imei 490154203237518 --name 张三 --phone "
                                   "13800138000 --fault 屏幕不亮 --backup-consent")),
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    const QString number
        = QJsonDocument::fromJson(out).object().value(QLatin1String("number")).toString();
    QVERIFY(!number.isEmpty());
    for (const QString &command :
         {QStringLiteral("loaner add --imei 356938035643809 --model HuaweiP40 --deposit 200.00"),
          QStringLiteral("loaner lend %1 --imei 356938035643809 --method card").arg(number),
          QStringLiteral("loaner return --imei 356938035643809 --condition damaged "
                         "--keep-deposit 屏幕碎裂"),
          QStringLiteral("loaner add --imei 353918057281236 --model Mate30 --deposit 0"),
          QStringLiteral("loaner lend %1 --imei 353918057281236").arg(number)}) {
        out = run(store, words(command), &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(command + QLatin1Char(' ') + QString::fromUtf8(out)));
    }

    Expected expected;
    QHash<QString, qint64> loaners;
    {
        auto db = Database::open(store);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT record_kind, entity, entity_id, MAX(version) FROM outbox "
                           "GROUP BY record_kind, entity, entity_id")));
        while (query.next()) {
            const QString key
                = query.value(1).toString() + QLatin1Char('/') + query.value(2).toString();
            if (query.value(0).toString() == QLatin1String("event"))
                expected.events.insert(key, true);
            else
                expected.snapshots.insert(key, query.value(3).toLongLong());
        }
        // The version each was sent at: the store's clock at its last write.
        QVERIFY(query.exec(QStringLiteral("SELECT id, version FROM record_origins WHERE entity "
                                          "IN ('loaner', 'loan')")));
        while (query.next())
            loaners.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    QCOMPARE(loaners.size(), 4); // two loaners, two loans

    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(hq.start());
    out = run(store,
              {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--hq"),
               hq.url().toString(), QStringLiteral("--token"), token, QStringLiteral("--once")},
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QLatin1String("pending")).toInt(-1), 0);
    QCOMPARE(status.value(QLatin1String("quarantined")).toInt(-1), 0);

    const QString difference = compareHq(hqDb->connection(), expected, QStringLiteral("DEMO"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QSqlQuery query(hqDb->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, version FROM records WHERE entity IN "
                                      "('loaner', 'loan')")));
    int count = 0;
    while (query.next()) {
        ++count;
        QCOMPARE(query.value(1).toLongLong(), loaners.value(query.value(0).toString(), -1));
    }
    QCOMPARE(count, 4);
}

QTEST_GUILESS_MAIN(TestLoanerSync)
#include "tst_loanersync.moc"
