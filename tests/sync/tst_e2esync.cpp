// End to end: tickets registered through the store (`repairctl ticket create`, which goes
// through the repositories and writes their outbox rows) reach a real repair-hq through
// `repairctl sync run`, and HQ ends up with every record at the version the store sent.
#include "synctestsupport.h"

#include "store/database.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

class TestE2eSync : public QObject
{
    Q_OBJECT

private slots:
    void storeToHq_data();
    void storeToHq();
    void tokenKeptOffCommandLinesAndOutOfTheStore();
};

// As the store's manager (boss, PIN 432100: see the setup below); `input` on standard input.
static QByteArray run(const QStringList &arguments, int *exitCode, const QByteArray &input = {},
                      const QHash<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("432100"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(repairctlPath(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return process.readAllStandardError();
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

void TestE2eSync::storeToHq_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestE2eSync::storeToHq()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("counter.sqlite"));
    int exitCode = 0;
    // The center and its manager, who registers the phones; their records travel too.
    QByteArray out
        = run({QStringLiteral("--db"), store, QStringLiteral("setup"), QStringLiteral("--center"),
               QStringLiteral("DEMO"), QStringLiteral("--center-name"), QStringLiteral("示范中心"),
               QStringLiteral("--station"), QStringLiteral("01"), QStringLiteral("--manager"),
               QStringLiteral("boss"), QStringLiteral("--manager-name"), QStringLiteral("王店长")},
              &exitCode, "432100\n");
    QVERIFY2(exitCode == 0, out.constData());
    for (int i = 0; i < 6; ++i) {
        out = run({QStringLiteral("--db"), store, QStringLiteral("ticket"),
                   QStringLiteral("create"), QStringLiteral("--imei"),
                   QStringLiteral("490154203237518"), QStringLiteral("--name"),
                   QStringLiteral("张三 %1").arg(i), QStringLiteral("--phone"),
                   QStringLiteral("1380013800%1").arg(i), QStringLiteral("--fault"),
                   QStringLiteral("屏幕不亮 / screen dead"), QStringLiteral("--backup-consent")},
                  &exitCode);
        QVERIFY2(exitCode == 0, out.constData());
    }

    // What the store holds: the newest version of every snapshot and every event.
    Expected expected;
    QHash<QString, qint64> tickets;
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
        // The version each ticket was sent at: the store's clock at its last write (its own
        // version column is the local edit counter).
        QVERIFY(query.exec(QStringLiteral("SELECT t.id, r.version FROM tickets t JOIN "
                                          "record_origins r ON r.entity = 'ticket' AND r.id = "
                                          "t.id")));
        while (query.next())
            tickets.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    QCOMPARE(tickets.size(), 6);
    QVERIFY(!expected.events.isEmpty());

    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(hq.start());
    out = run({QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("run"),
               QStringLiteral("--hq"), hq.url().toString(), QStringLiteral("--token"), token,
               QStringLiteral("--once")},
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QLatin1String("pending")).toInt(-1), 0);
    QCOMPARE(status.value(QLatin1String("quarantined")).toInt(-1), 0);

    const QString difference = compareHq(hqDb->connection(), expected, QStringLiteral("DEMO"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Every ticket at HQ at the version the store has.
    QSqlQuery query(hqDb->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, version FROM records WHERE entity = 'ticket'")));
    int count = 0;
    while (query.next()) {
        ++count;
        QCOMPARE(query.value(1).toLongLong(), tickets.value(query.value(0).toString(), -1));
    }
    QCOMPARE(count, 6);

    out = run({QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("status")},
              &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(out).object().value(QLatin1String("last_success")).isNull());
}

// The center's token reaches `sync run` from a file, the environment or the token store,
// never only from the command line; a token set with `settings set` syncs with a real HQ and
// is in neither the store nor its backup. Bad token and number options: exit 2.
void TestE2eSync::tokenKeptOffCommandLinesAndOutOfTheStore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("counter.sqlite"));
    int exitCode = 0;
    QByteArray out
        = run({QStringLiteral("--db"), store, QStringLiteral("setup"), QStringLiteral("--center"),
               QStringLiteral("DEMO"), QStringLiteral("--center-name"), QStringLiteral("示范中心"),
               QStringLiteral("--station"), QStringLiteral("01"), QStringLiteral("--manager"),
               QStringLiteral("boss"), QStringLiteral("--manager-name"), QStringLiteral("王店长")},
              &exitCode, "432100\n");
    QVERIFY2(exitCode == 0, out.constData());
    const auto addTicket = [&](int i) {
        return run({QStringLiteral("--db"), store, QStringLiteral("ticket"),
                    QStringLiteral("create"), QStringLiteral("--imei"),
                    QStringLiteral("490154203237518"), QStringLiteral("--name"),
                    QStringLiteral("李四 %1").arg(i), QStringLiteral("--phone"),
                    QStringLiteral("1390013900%1").arg(i), QStringLiteral("--fault"),
                    QStringLiteral("no power"), QStringLiteral("--backup-consent")},
                   &exitCode);
    };
    out = addTicket(1);
    QVERIFY2(exitCode == 0, out.constData());

    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(hq.start());
    const QString url = hq.url().toString();
    const auto pending = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json).object().value(QLatin1String("pending")).toInt(-1);
    };

    // --token-file.
    const QString tokenFile = dir.filePath(QStringLiteral("hq.token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toUtf8() + "\n");
    }
    out = run({QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("run"),
               QStringLiteral("--hq"), url, QStringLiteral("--token-file"), tokenFile,
               QStringLiteral("--once")},
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    QCOMPARE(pending(out), 0);

    // RC_HQ_TOKEN: a wrong one is refused by HQ (so it is the one used), the right one syncs.
    out = addTicket(2);
    QVERIFY2(exitCode == 0, out.constData());
    const QStringList once {
        QStringLiteral("--db"), store, QStringLiteral("sync"),   QStringLiteral("run"),
        QStringLiteral("--hq"), url,   QStringLiteral("--once"), QStringLiteral("--give-up-after"),
        QStringLiteral("5")};
    out = run(once, &exitCode, {}, {{QStringLiteral("RC_HQ_TOKEN"), QStringLiteral("wrong")}});
    QVERIFY2(exitCode != 0, out.constData());
    out = run(once, &exitCode, {}, {{QStringLiteral("RC_HQ_TOKEN"), token}});
    QVERIFY2(exitCode == 0, out.constData());
    QCOMPARE(pending(out), 0);

    // The stored token (`settings set`, as the Settings screen does): syncs, and is in no file
    // of the store's folder, backups included.
    for (const auto &[key, value] : {std::pair {QStringLiteral("sync.hq_url"), url},
                                     std::pair {QStringLiteral("sync.token"), token}}) {
        out = run({QStringLiteral("--db"), store, QStringLiteral("settings"), QStringLiteral("set"),
                   key, value},
                  &exitCode);
        QVERIFY2(exitCode == 0, out.constData());
    }
    out = addTicket(3);
    QVERIFY2(exitCode == 0, out.constData());
    out = run({QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("run"),
               QStringLiteral("--once")},
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    QCOMPARE(pending(out), 0);
    out = run({QStringLiteral("--db"), store, QStringLiteral("db"), QStringLiteral("backup"),
               dir.filePath(QStringLiteral("copy.sqlite"))},
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    QDirIterator files(dir.path(), {QStringLiteral("counter*"), QStringLiteral("copy*")},
                       QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        ++searched;
    }
    QVERIFY(searched >= 2);

    // Bad input: exit 2 with a message.
    const QList<QStringList> bad {
        {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once"),
         QStringLiteral("--token-file"), dir.filePath(QStringLiteral("missing"))},
        {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once"),
         QStringLiteral("--token-file"), tokenFile, QStringLiteral("--token"), token},
        {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--interval"),
         QStringLiteral("3000000")},
        {QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("--seq"),
         QStringLiteral("abc")},
    };
    for (const QStringList &arguments : bad) {
        out = run(QStringList {QStringLiteral("--db"), store} + arguments, &exitCode);
        QVERIFY2(exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                           + QString::fromUtf8(out)));
        QVERIFY(!out.trimmed().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestE2eSync)
#include "tst_e2esync.moc"
