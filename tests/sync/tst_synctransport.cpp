// The transport a counter trusts (issue 19): HTTPS to head office through a real TLS front
// (nginx with a CA made by openssl, in front of a real repair-hq), plain http:// refused but
// to loopback or a LAN hub, redirects never followed (the token never reaches the target),
// and settings saved on a screen reaching the running engine at once.
#include "synctestsupport.h"
#include "workflowstore.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncservice.h"
#include "sync/transport.h"
#include "workflow/settingsrules.h"

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

sync::SyncTuning fastTuning()
{
    sync::SyncTuning tuning;
    tuning.requestTimeoutMs = 5000;
    tuning.backoffBaseMs = 20;
    tuning.backoffMaxMs = 200;
    return tuning;
}

sync::SyncSettings settingsFor(const QUrl &url, const QString &token, const QString &caFile = {})
{
    sync::SyncSettings settings;
    settings.hqUrl = url;
    settings.token = token;
    settings.intervalSeconds = 3600;
    settings.caFile = caFile;
    return settings;
}

bool run(const QString &program, const QStringList &arguments, QByteArray *log)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *log = process.readAllStandardError();
        return false;
    }
    return true;
}

// A CA and a certificate for 127.0.0.1 signed by it, in folder: ca.pem, server.pem,
// server.key. Empty on success, else openssl's complaint.
QByteArray makeCertificates(const QString &folder)
{
    const QDir dir(folder);
    QByteArray log;
    const QString openssl = QStringLiteral("openssl");
    QFile ext(dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return "cannot write server.ext";
    ext.write("subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n");
    ext.close();
    if (!run(openssl,
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Test HQ CA"),
              QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")),
              QStringLiteral("-out"), dir.filePath(QStringLiteral("ca.pem"))},
             &log))
        return log;
    if (!run(openssl,
             {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
              QStringLiteral("-keyout"), dir.filePath(QStringLiteral("server.key")),
              QStringLiteral("-out"), dir.filePath(QStringLiteral("server.csr"))},
             &log))
        return log;
    if (!run(openssl,
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
              dir.filePath(QStringLiteral("server.csr")), QStringLiteral("-CA"),
              dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
              dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
              ext.fileName(), QStringLiteral("-out"), dir.filePath(QStringLiteral("server.pem"))},
             &log))
        return log;
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// nginx terminating TLS on port in front of the HQ on hqPort.
bool startTlsFront(QProcess &proxy, const QString &prefix, quint16 port, quint16 hqPort,
                   const QString &certificates)
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (!QDir().mkpath(prefix + QStringLiteral("/body")))
        return false;
    QFile conf(prefix + QStringLiteral("/nginx.conf"));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
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
                              "        listen 127.0.0.1:%2 ssl;\n"
                              "        ssl_certificate %4/server.pem;\n"
                              "        ssl_certificate_key %4/server.key;\n"
                              "        location / { proxy_pass http://127.0.0.1:%3; }\n"
                              "    }\n"
                              "}\n")
                   .arg(prefix)
                   .arg(port)
                   .arg(hqPort)
                   .arg(certificates)
                   .toUtf8());
    conf.close();
    proxy.start(nginx, {QStringLiteral("-p"), prefix, QStringLiteral("-c"), conf.fileName(),
                        QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
    if (!proxy.waitForStarted(10000))
        return false;
    QTcpSocket socket;
    for (int i = 0; i < 100; ++i) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        socket.abort();
        QTest::qWait(100);
    }
    return false;
}

bool haveNginx()
{
    return !QStandardPaths::findExecutable(
                QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                .isEmpty();
}

// A real repair-hq (SQLite) with a token of center DEMO, behind nginx serving https:// with a
// certificate of a private CA (caFile()), for one test.
class TlsHq
{
public:
    // Empty on success, else what failed.
    QString start()
    {
        if (const QByteArray log = makeCertificates(dir.path()); !log.isEmpty())
            return QString::fromUtf8(log);
        QString error;
        m_db = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
        if (!m_db)
            return error;
        m_hq = std::make_unique<HqProcess>(m_db->spec());
        token = m_hq->addToken(QStringLiteral("DEMO"));
        if (token.isEmpty())
            return QStringLiteral("no token");
        if (!m_hq->start())
            return QString::fromUtf8(m_hq->stderrText());
        m_port = freePort();
        if (!startTlsFront(m_proxy, dir.filePath(QStringLiteral("nginx")), m_port, m_hq->port(),
                           dir.path()))
            return QStringLiteral("nginx did not start");
        return {};
    }

    ~TlsHq()
    {
        m_proxy.terminate();
        m_proxy.waitForFinished(5000);
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }
    QString caFile() const { return dir.filePath(QStringLiteral("ca.pem")); }
    QSqlDatabase connection() const { return m_db->connection(); }

    QTemporaryDir dir;
    QString token;

private:
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqProcess> m_hq;
    QProcess m_proxy;
    quint16 m_port = 0;
};

} // namespace

class TestSyncTransport : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false")); }
    void addressRules_data();
    void addressRules();
    void caFileRules();
    void tlsWithTheCaFile();
    void tlsWithoutTheCaFileIsRefused();
    void hubTrustsItsUpstreamCaFile();
    void plainHttpToARemoteHqIsRefused();
    void redirectIsNotFollowed();
    void savedSettingsReachTheRunningEngine();
};

void TestSyncTransport::addressRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowHttpLan");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << "https://hq.example.com" << false << true;
    QTest::newRow("http remote") << "http://hq.example.com" << false << false;
    QTest::newRow("http remote, lan on") << "http://hq.example.com" << true << false;
    QTest::newRow("http public address, lan on") << "http://192.0.2.7:8080" << true << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080" << false << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << false << true;
    QTest::newRow("http ::1") << "http://[::1]:8080" << false << true;
    QTest::newRow("http lan, off") << "http://192.168.1.20:8080" << false << false;
    QTest::newRow("http lan 192.168") << "http://192.168.1.20:8080" << true << true;
    QTest::newRow("http lan 10") << "http://10.1.2.3" << true << true;
    QTest::newRow("http lan 172.16") << "http://172.20.0.5" << true << true;
    QTest::newRow("http 172.32 is public") << "http://172.32.0.5" << true << false;
    QTest::newRow("http lan name") << "http://hub.local" << true << false;
    QTest::newRow("ftp") << "ftp://hq.example.com" << false << false;
}

// The same answer from the transport (connection time) and the settings rules (the screens,
// `repairctl settings set`).
void TestSyncTransport::addressRules()
{
    QFETCH(QString, url);
    QFETCH(bool, allowHttpLan);
    QFETCH(bool, allowed);
    const QString problem = sync::Transport::urlProblem(QUrl(url), allowHttpLan);
    QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    warranty::WarrantyEngine engine;
    const QString rules = workflow::SettingsRules::problem(
        {{QStringLiteral("sync.hq_url"), url},
         {QStringLiteral("sync.allow_http_lan"),
          allowHttpLan ? QStringLiteral("1") : QStringLiteral("0")}},
        engine.policies());
    QVERIFY2(rules.isEmpty() == allowed, qPrintable(rules));
}

void TestSyncTransport::caFileRules()
{
    QTemporaryDir dir;
    const QByteArray log = makeCertificates(dir.path());
    QVERIFY2(log.isEmpty(), log.constData());
    warranty::WarrantyEngine engine;
    const QString key = QStringLiteral("sync.ca_file");
    QVERIFY(workflow::SettingsRules::problem(key, dir.filePath(QStringLiteral("ca.pem")),
                                             engine.policies())
                .isEmpty());
    QVERIFY(workflow::SettingsRules::problem(key, dir.filePath(QStringLiteral("missing.pem")),
                                             engine.policies())
                .contains(QLatin1String("cannot be read")));
    // A key is not a certificate.
    QVERIFY(workflow::SettingsRules::problem(key, dir.filePath(QStringLiteral("ca.key")),
                                             engine.policies())
                .contains(QLatin1String("no PEM certificate")));
    QVERIFY(!workflow::SettingsRules::problem(key, QStringLiteral("ca.pem"), engine.policies())
                 .isEmpty());
    QVERIFY(workflow::SettingsRules::problem(key, QString(), engine.policies()).isEmpty());
}

void TestSyncTransport::tlsWithTheCaFile()
{
    if (!haveNginx())
        QSKIP("nginx is not installed (scripts/deps.sh installs it)");
    TlsHq hq;
    const QString failed = hq.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const QString storePath = hq.dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY(opened);
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 5);
    SystemClock clock;
    sync::SyncEngine engine(storePath, settingsFor(hq.url(), hq.token, hq.caFile()), clock,
                            fastTuning());
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(*store), qint64(0), 60000);
    engine.stop();
    const QString difference = compareHq(hq.connection(), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A hub whose upstream is an https:// HQ with a private CA: with --upstream-ca-file it reaches
// HQ (its center becomes known through whoami), without it the certificate is refused, and a
// CA file that is not one stops it from starting.
void TestSyncTransport::hubTrustsItsUpstreamCaFile()
{
    if (!haveNginx())
        QSKIP("nginx is not installed (scripts/deps.sh installs it)");
    TlsHq hq;
    const QString failed = hq.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QFile tokenFile(hq.dir.filePath(QStringLiteral("upstream.token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(hq.token.toUtf8());
    tokenFile.close();

    QString error;
    QTemporaryDir hubDir;
    auto hubDb = HqDatabase::create(Backend::Sqlite, hubDir.path(), &error);
    QVERIFY2(hubDb, qPrintable(error));
    const auto center = [&] {
        QProcess status;
        status.start(repairHqPath(), {QStringLiteral("--db"), hubDb->spec(),
                                      QStringLiteral("upstream"), QStringLiteral("status")});
        if (!status.waitForFinished(30000))
            return QJsonValue();
        return QJsonDocument::fromJson(status.readAllStandardOutput())
            .object()
            .value(QLatin1String("center"));
    };
    const QStringList upstream {QStringLiteral("--upstream"),
                                hq.url().toString(),
                                QStringLiteral("--upstream-token-file"),
                                tokenFile.fileName(),
                                QStringLiteral("-o"),
                                QStringLiteral("upstream-interval=0.2"),
                                QStringLiteral("-o"),
                                QStringLiteral("upstream-retry-max=1")};

    HqProcess without(hubDb->spec());
    without.setArguments(upstream);
    QVERIFY2(without.start(), without.stderrText().constData());
    QTest::qWait(2000);
    QVERIFY(center().isNull());
    without.stop();

    HqProcess bad(hubDb->spec());
    bad.setArguments(upstream
                     + QStringList {QStringLiteral("--upstream-ca-file"), tokenFile.fileName()});
    QVERIFY(!bad.start());
    QVERIFY2(bad.stderrText().contains("holds no PEM certificate"), bad.stderrText().constData());

    HqProcess with(hubDb->spec());
    with.setArguments(upstream + QStringList {QStringLiteral("--upstream-ca-file"), hq.caFile()});
    QVERIFY2(with.start(), with.stderrText().constData());
    QTRY_COMPARE_WITH_TIMEOUT(center().toString(), QStringLiteral("DEMO"), 20000);
    with.stop();
}

void TestSyncTransport::tlsWithoutTheCaFileIsRefused()
{
    if (!haveNginx())
        QSKIP("nginx is not installed (scripts/deps.sh installs it)");
    TlsHq hq;
    const QString failed = hq.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const QString storePath = hq.dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY(opened);
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 3);
    const qint64 rows = outboxCount(*store);
    SystemClock clock;
    sync::SyncEngine engine(storePath, settingsFor(hq.url(), hq.token), clock, fastTuning());
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state().phase, sync::SyncPhase::Refused, 30000);
    QVERIFY2(engine.state().lastError.contains(QLatin1String("certificate is not trusted"))
                 && engine.state().lastError.contains(QLatin1String("sync.ca_file")),
             qPrintable(engine.state().lastError));
    QTest::qWait(300); // refused stays refused: no retry loop
    QCOMPARE(engine.state().phase, sync::SyncPhase::Refused);
    QCOMPARE(outboxCount(*store), rows);
    QCOMPARE(outboxCount(*store, QStringLiteral("quarantined = 1")), qint64(0));

    // The CA file set: the same engine goes through.
    engine.setSettings(settingsFor(hq.url(), hq.token, hq.caFile()));
    QTRY_VERIFY2_WITH_TIMEOUT(outboxCount(*store) == 0, qPrintable(engine.state().lastError),
                              60000);
    engine.stop();
}

// A hand-edited store (no screen's check): the engine refuses at connection time, and sends
// nothing anywhere.
void TestSyncTransport::plainHttpToARemoteHqIsRefused()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY(opened);
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 2);
    const qint64 rows = outboxCount(*store);
    QSqlQuery edit(store->connection());
    QVERIFY(edit.exec(
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                       "('sync.hq_url', 'http://192.0.2.7:8080', '2026-01-01T00:00:00Z'), "
                       "('sync.allow_http_lan', '1', '2026-01-01T00:00:00Z') "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    sync::SyncStateStore state(*store);
    auto settings = state.settings();
    QVERIFY(settings);
    QVERIFY(settings->allowHttpLan);
    settings->token = QStringLiteral("secret-token");
    SystemClock clock;
    sync::SyncEngine engine(storePath, *settings, clock, fastTuning());
    engine.start();
    QCOMPARE(engine.state().phase, sync::SyncPhase::Refused);
    QVERIFY2(engine.state().lastError.contains(QLatin1String("Plain http:// is refused"))
                 && engine.state().lastError.contains(QLatin1String("192.0.2.7")),
             qPrintable(engine.state().lastError));
    QCOMPARE(sync::phaseName(engine.state().phase), QStringLiteral("refused"));
    QCOMPARE(outboxCount(*store), rows);
    // syncNow tries again and is refused again: nothing is sent to that address.
    engine.syncNow();
    QCOMPARE(engine.state().phase, sync::SyncPhase::Refused);
    engine.stop();
}

void TestSyncTransport::redirectIsNotFollowed()
{
    QTemporaryDir dir;
    QProcess peer;
    peer.start(QStringLiteral("python3"), {QStringLiteral(RC_TEST_DATA_DIR "/redirect_peer.py")});
    QVERIFY(peer.waitForStarted(10000));
    while (!peer.canReadLine())
        QVERIFY2(peer.waitForReadyRead(10000), peer.readAllStandardError().constData());
    const quint16 port = quint16(peer.readLine().trimmed().toUInt());
    QVERIFY(port != 0);

    const QString storePath = dir.filePath(QStringLiteral("counter.sqlite"));
    auto opened = Database::open(storePath);
    QVERIFY(opened);
    std::unique_ptr<Database> store = std::move(opened).value();
    Expected expected;
    fillOutbox(*store, expected, 2);
    const qint64 rows = outboxCount(*store);
    SystemClock clock;
    const QString token = QStringLiteral("redirect-test-token");
    sync::SyncEngine engine(
        storePath, settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), token), clock,
        fastTuning());
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state().phase, sync::SyncPhase::Refused, 20000);
    QVERIFY2(engine.state().lastError.contains(QLatin1String("307"))
                 && engine.state().lastError.contains(QLatin1String("redirects are not followed")),
             qPrintable(engine.state().lastError));
    QTest::qWait(500);
    engine.stop();
    peer.terminate();
    peer.waitForFinished(5000);
    const QByteArray seen = peer.readAllStandardOutput();
    QVERIFY2(!seen.contains("HIT"), seen.constData());
    QVERIFY(!seen.contains(token.toUtf8()));
    QCOMPARE(outboxCount(*store), rows);
}

// The Settings screen saves through CenterAdmin, which announces the keys
// (Changes::settingsChanged); the app connects that to the running sync as here. The engine
// first points at a closed port, then at the real HQ, without a restart.
void TestSyncTransport::savedSettingsReachTheRunningEngine()
{
    test::WorkflowStore store;
    QVERIFY(store.setUp());
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, store.dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("SZ01"));
    QVERIFY(!token.isEmpty());
    QVERIFY2(hq.start(), hq.stderrText().constData());
    const quint16 closed = freePort();
    Status first = store.wf->admin.setSettings(
        store.manager.id,
        {{QStringLiteral("sync.hq_url"), QStringLiteral("http://127.0.0.1:%1").arg(closed)},
         {QStringLiteral("sync.token"), token},
         {QStringLiteral("sync.interval_seconds"), QStringLiteral("3600")}});
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    sync::SyncStateStore state(*store.db);
    auto settings = state.settings();
    QVERIFY(settings);
    QVERIFY(outboxCount(*store.db) > 0);

    SystemClock clock;
    sync::SyncEngine engine(store.db->path(), *settings, clock, fastTuning());
    connect(&store.wf->changes, &workflow::Changes::settingsChanged, &engine,
            [&engine](const QStringList &keys) {
                if (sync::SyncService::concernsSync(keys))
                    engine.reloadSettings();
            });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state().phase, sync::SyncPhase::Waiting, 20000);
    QVERIFY(outboxCount(*store.db) > 0);

    auto saved = store.wf->admin.setSettings(
        store.manager.id, {{QStringLiteral("sync.hq_url"), hq.url().toString()}});
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(*store.db), qint64(0), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state().phase, sync::SyncPhase::Idle, 10000);

    // An unsafe address saved behind the screens' back and announced: refused at once.
    QSqlQuery edit(store.db->connection());
    QVERIFY(edit.exec(QStringLiteral(
        "UPDATE settings SET value = 'http://hq.example.com' WHERE key = 'sync.hq_url'")));
    emit store.wf->changes.settingsChanged({QStringLiteral("sync.hq_url")});
    QTRY_COMPARE_WITH_TIMEOUT(engine.state().phase, sync::SyncPhase::Refused, 5000);
    engine.stop();
}

QTEST_GUILESS_MAIN(TestSyncTransport)
#include "tst_synctransport.moc"
