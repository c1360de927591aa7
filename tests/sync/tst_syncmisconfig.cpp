// The sync client against peers that are not head office: a proxy's 400 page, a proxy's
// body limit (413), a wrong URL (404), a firewall's 403, a captive portal's 200 page. Each
// is a real HTTP server on loopback (misconfigured_peer.py). None of them may make the
// counter set a record aside: the outbox stays whole, the engine backs off, and the last
// error says what answered. Then the real repair-hq takes everything.
#include "synctestsupport.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

namespace {

QString peerScript()
{
    return QStringLiteral(RC_TEST_DATA_DIR "/misconfigured_peer.py");
}

// Starts the peer; returns its port, 0 on failure.
quint16 startPeer(QProcess &process, const QString &mode)
{
    process.start(QStringLiteral("python3"), {peerScript(), mode});
    if (!process.waitForStarted(10000))
        return 0;
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return 0;
    }
    return quint16(process.readLine().trimmed().toUInt());
}

sync::SyncTuning fastTuning()
{
    sync::SyncTuning tuning;
    tuning.maxRecords = 10;
    tuning.requestTimeoutMs = 5000;
    tuning.backoffBaseMs = 20;
    tuning.backoffMaxMs = 200;
    tuning.maxAttemptsAlone = 2;
    return tuning;
}

} // namespace

class TestSyncMisconfig : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false")); }
    void notHeadOffice_data();
    void notHeadOffice();
    void hqBodyLimitSetsAsideOnlyTheLargeRecord();
    void nginxBodyLimitSetsNothingAside();
};

void TestSyncMisconfig::notHeadOffice_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("cause"); // in the last error, for `sync status` and the page
    QTest::newRow("proxy 400 page") << QStringLiteral("html400") << QStringLiteral("400");
    QTest::newRow("proxy body limit 413") << QStringLiteral("413") << QStringLiteral("too large");
    QTest::newRow("wrong URL 404") << QStringLiteral("404") << QStringLiteral("404");
    QTest::newRow("firewall 403 page") << QStringLiteral("html403") << QStringLiteral("403");
    QTest::newRow("captive portal 200 page")
        << QStringLiteral("html200") << QStringLiteral("not head office");
}

void TestSyncMisconfig::notHeadOffice()
{
    QFETCH(QString, mode);
    QFETCH(QString, cause);

    QTemporaryDir dir;
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(!token.isEmpty());

    const QString storePath = dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 12);
    const qint64 rows = outboxCount(*store);
    QVERIFY(rows > 20);

    QProcess peer;
    const quint16 port = startPeer(peer, mode);
    QVERIFY2(port != 0, peer.readAllStandardError().constData());

    SystemClock clock;
    {
        sync::SyncEngine engine(
            storePath,
            stationSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), token), clock,
            fastTuning());
        QSignalSpy drained(&engine, &sync::SyncEngine::drained);
        engine.start();
        // Long enough for many attempts at this backoff (at most 200 ms apart).
        QTest::qWait(3000);
        engine.stop();
        const sync::SyncState state = engine.state();
        qInfo().noquote() << mode << "->" << state.lastError;
        QVERIFY(drained.isEmpty());
        QCOMPARE(outboxCount(*store, QStringLiteral("quarantined = 1")), qint64(0));
        QCOMPARE(outboxCount(*store), rows);
        QCOMPARE(state.quarantined, qint64(0));
        QVERIFY2(state.lastError.contains(cause, Qt::CaseInsensitive), qPrintable(state.lastError));
    }
    peer.kill();
    peer.waitForFinished(5000);

    // What `repairctl sync status` shows (and the sync page reads): the same cause.
    QProcess status;
    status.start(repairctlPath(), {QStringLiteral("sync"), QStringLiteral("status"),
                                   QStringLiteral("--db"), storePath});
    QVERIFY(status.waitForFinished(60000));
    const QJsonObject json = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    QCOMPARE(json.value(QLatin1String("quarantined")).toInteger(), qint64(0));
    QCOMPARE(json.value(QLatin1String("pending")).toInteger(), rows);
    QVERIFY2(
        json.value(QLatin1String("last_error")).toString().contains(cause, Qt::CaseInsensitive),
        QJsonDocument(json).toJson().constData());

    // The address is put right: the real HQ takes every record, none was lost.
    QVERIFY2(hq.start(), hq.stderrText().constData());
    {
        sync::SyncEngine engine(storePath, stationSettings(hq.url(), token), clock, fastTuning());
        QSignalSpy drained(&engine, &sync::SyncEngine::drained);
        engine.start();
        QVERIFY(drained.wait(60000));
        engine.stop();
        QVERIFY(engine.state().lastError.isEmpty());
    }
    QCOMPARE(outboxCount(*store), qint64(0));
    const QString difference = compareHq(hqDb->connection(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// The control: HQ's own 413 BODY_TOO_LARGE (JSON) does speak of the records. The engine
// bisects until the batches fit, and sets aside only the record too large on its own.
void TestSyncMisconfig::hqBodyLimitSetsAsideOnlyTheLargeRecord()
{
    QTemporaryDir dir;
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(!token.isEmpty());
    hq.setArguments({QStringLiteral("--max-body"), QStringLiteral("1024")});
    QVERIFY2(hq.start(), hq.stderrText().constData());

    const QString storePath = dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 6);
    const QString largeId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    {
        QSqlQuery query(store->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO outbox (record_kind, entity, entity_id, version, payload, created_at) "
            "VALUES ('snapshot', 'ticket', ?, 1, ?, '2026-01-01T00:00:00Z')"));
        query.addBindValue(largeId);
        query.addBindValue(QStringLiteral("{\"id\":\"%1\",\"version\":1,\"center\":\"DEMO\","
                                          "\"note\":\"%2\"}")
                               .arg(largeId, QStringLiteral("x").repeated(3000)));
        QVERIFY(query.exec());
    }
    SystemClock clock;
    sync::SyncEngine engine(storePath, stationSettings(hq.url(), token), clock, fastTuning());
    QSignalSpy drained(&engine, &sync::SyncEngine::drained);
    engine.start();
    QVERIFY(drained.wait(60000));
    engine.stop();
    QCOMPARE(engine.state().quarantined, qint64(1));
    QCOMPARE(outboxCount(*store, QStringLiteral("quarantined = 0")), qint64(0));
    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT entity_id, last_error FROM outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), largeId);
    QVERIFY2(query.value(1).toString().contains(QLatin1String("BODY_TOO_LARGE")),
             qPrintable(query.value(1).toString()));
    const QString difference = compareHq(hqDb->connection(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// nginx in front of the real repair-hq with a 1 KiB client_max_body_size and its own HTML
// 413 page, as an unlucky operator would leave it. Batches shrink until they fit and go
// through; the one record that can never fit stays pending (not quarantined) and the last
// error says why.
void TestSyncMisconfig::nginxBodyLimitSetsNothingAside()
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (nginx.isEmpty())
        QSKIP("nginx is not installed (scripts/deps.sh installs it)");
    QTemporaryDir dir;
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(!token.isEmpty());
    QVERIFY2(hq.start(), hq.stderrText().constData());

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString prefix = dir.filePath(QStringLiteral("nginx"));
    QVERIFY(QDir().mkpath(prefix + QStringLiteral("/body")));
    QFile conf(prefix + QStringLiteral("/nginx.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("pid %1/nginx.pid;\n"
                              "error_log %1/error.log;\n"
                              "events {}\n"
                              "http {\n"
                              "    access_log off;\n"
                              "    client_body_temp_path %1/body;\n"
                              "    proxy_temp_path %1/proxy;\n"
                              "    fastcgi_temp_path %1/fastcgi;\n"
                              "    uwsgi_temp_path %1/uwsgi;\n"
                              "    scgi_temp_path %1/scgi;\n"
                              "    server {\n"
                              "        listen 127.0.0.1:%2;\n"
                              "        client_max_body_size 1k;\n"
                              "        location / { proxy_pass http://127.0.0.1:%3; }\n"
                              "    }\n"
                              "}\n")
                   .arg(prefix)
                   .arg(port)
                   .arg(hq.port())
                   .toUtf8());
    conf.close();
    QProcess proxy;
    proxy.start(nginx, {QStringLiteral("-p"), prefix, QStringLiteral("-c"), conf.fileName(),
                        QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
    QVERIFY(proxy.waitForStarted(10000));
    QTcpSocket socket;
    QTRY_VERIFY_WITH_TIMEOUT(
        (socket.connectToHost(QHostAddress::LocalHost, port), socket.waitForConnected(200)), 10000);
    socket.close();

    const QString storePath = dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 6);
    const QString largeId = QStringLiteral("00000000-0000-4000-8000-000000000002");
    {
        QSqlQuery query(store->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO outbox (record_kind, entity, entity_id, version, payload, created_at) "
            "VALUES ('snapshot', 'ticket', ?, 1, ?, '2026-01-01T00:00:00Z')"));
        query.addBindValue(largeId);
        query.addBindValue(QStringLiteral("{\"id\":\"%1\",\"version\":1,\"center\":\"DEMO\","
                                          "\"note\":\"%2\"}")
                               .arg(largeId, QStringLiteral("x").repeated(3000)));
        QVERIFY(query.exec());
    }
    SystemClock clock;
    sync::SyncEngine engine(
        storePath, stationSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), token),
        clock, fastTuning());
    engine.start();
    // Everything but the large record reaches HQ through the proxy.
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(*store), qint64(1), 60000);
    QTest::qWait(1000); // the large record meets the limit again and again
    engine.stop();
    proxy.terminate();
    proxy.waitForFinished(5000);
    QCOMPARE(outboxCount(*store, QStringLiteral("quarantined = 1")), qint64(0));
    QCOMPARE(engine.state().quarantined, qint64(0));
    QVERIFY2(engine.state().lastError.contains(QLatin1String("413"))
                 && engine.state().lastError.contains(QLatin1String("too large")),
             qPrintable(engine.state().lastError));
    const QString difference = compareHq(hqDb->connection(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestSyncMisconfig)
#include "tst_syncmisconfig.moc"
