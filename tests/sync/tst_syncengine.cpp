// The sync client against a real repair-hq process on loopback, over SQLite and (when
// RC_TEST_PG_URL names a cluster) PostgreSQL. Every scenario ends with HQ holding exactly
// the newest local version of every record and every event once, and an empty outbox.
#include "synctestsupport.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/versionclock.h"
#include "sync/syncengine.h"
#include "sync/syncservice.h"
#include "sync/wire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rc;
using namespace rc::synctest;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<HqDatabase> hqDb;
    std::unique_ptr<HqProcess> hq;
    std::unique_ptr<Database> store;
    QString token;
    Expected expected;

    QString storePath() const { return dir.filePath(QStringLiteral("counter.sqlite")); }
};

sync::SyncTuning fastTuning()
{
    sync::SyncTuning tuning;
    tuning.maxRecords = 10;
    tuning.requestTimeoutMs = 5000;
    tuning.backoffBaseMs = 20;
    tuning.backoffMaxMs = 300;
    tuning.maxAttemptsAlone = 3;
    return tuning;
}

// Posts a raw body to HQ and returns (status, body).
std::pair<int, QByteArray> post(const QUrl &base, const QString &token, const QByteArray &body)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QLatin1String(sync::kBatchesPath));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    delete reply;
    return {status, answer};
}

QByteArray batchOf(const QList<sync::WireRecord> &records)
{
    QList<QByteArray> encoded;
    for (const sync::WireRecord &record : records)
        encoded.append(sync::encodeRecord(record));
    return sync::encodeBatch(QStringLiteral("DEMO"),
                             QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QDateTime::currentDateTimeUtc(), encoded);
}

sync::WireRecord snapshot(const QString &entity, const QString &id, qint64 version)
{
    return {sync::RecordKind::Snapshot, entity, id, version,
            QJsonObject {{QStringLiteral("id"), id},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("center"), QStringLiteral("DEMO")},
                         {QStringLiteral("note"), QStringLiteral("v%1 维修").arg(version)}}};
}

QStringList statuses(const QByteArray &answer)
{
    QStringList out;
    const QJsonArray results
        = QJsonDocument::fromJson(answer).object().value(QLatin1String("results")).toArray();
    for (const QJsonValue &value : results)
        out.append(value.toObject().value(QLatin1String("status")).toString());
    return out;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void hqDownThenUp_data() { backends(); }
    void hqDownThenUp();
    void error500AfterCommit_data() { backends(); }
    void error500AfterCommit();
    void connectionDroppedMidResponse_data() { backends(); }
    void connectionDroppedMidResponse();
    void timeout_data() { backends(); }
    void timeout();
    void sameBatchTwice_data() { backends(); }
    void sameBatchTwice();
    void batchesOutOfOrder_data() { backends(); }
    void batchesOutOfOrder();
    void tooManyRequestsHonoursRetryAfter_data() { backends(); }
    void tooManyRequestsHonoursRetryAfter();
    void poisonRecordIsQuarantined_data() { backends(); }
    void poisonRecordIsQuarantined();
    void recordFailingAloneIsQuarantined_data() { backends(); }
    void recordFailingAloneIsQuarantined();
    void sigkillMidSync_data() { backends(); }
    void sigkillMidSync();
    void clockAYearOff_data();
    void clockAYearOff();
    void wrongToken_data() { backends(); }
    void wrongToken();
    void retryQuarantinedThroughService();

private:
    static void backends();
    // Builds HQ (started unless faults is null) and a counter store with a filled outbox.
    QString setUp(Fixture &f, const QString *faults, int entities = 30);
    // Runs an engine until drained (or timeoutMs), returns its last state.
    sync::SyncState runUntilDrained(Fixture &f, const sync::SyncTuning &tuning,
                                    int timeoutMs = 60000, const Clock *clock = nullptr);
    void verifyEnd(Fixture &f, qint64 quarantined = 0);
};

void TestSyncEngine::init()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
}

void TestSyncEngine::backends()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

QString TestSyncEngine::setUp(Fixture &f, const QString *faults, int entities)
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        return QStringLiteral("SKIP");
    QString error;
    f.hqDb = HqDatabase::create(Backend(backend), f.dir.path(), &error);
    if (!f.hqDb)
        return error;
    f.hq = std::make_unique<HqProcess>(f.hqDb->spec());
    f.token = f.hq->addToken(QStringLiteral("DEMO"));
    if (f.token.isEmpty())
        return QStringLiteral("token add failed");
    if (faults && !f.hq->start(0, *faults))
        return QStringLiteral("repair-hq did not start: %1")
            .arg(QString::fromUtf8(f.hq->stderrText()));
    auto store = Database::open(f.storePath());
    if (!store)
        return store.error().message;
    f.store = std::move(store).value();
    fillOutbox(*f.store, f.expected, entities);
    return {};
}

#define SETUP(f, faults, ...) \
    do { \
        const QString setupError = setUp(f, faults, ##__VA_ARGS__); \
        if (setupError == QLatin1String("SKIP")) \
            QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)"); \
        QVERIFY2(setupError.isEmpty(), qPrintable(setupError)); \
    } while (false)

sync::SyncState TestSyncEngine::runUntilDrained(Fixture &f, const sync::SyncTuning &tuning,
                                                int timeoutMs, const Clock *clock)
{
    SystemClock system;
    sync::SyncEngine engine(f.storePath(), stationSettings(f.hq->url(), f.token),
                            clock ? *clock : system, tuning);
    QSignalSpy drained(&engine, &sync::SyncEngine::drained);
    engine.start();
    if (drained.isEmpty())
        drained.wait(timeoutMs);
    engine.stop();
    return engine.state();
}

void TestSyncEngine::verifyEnd(Fixture &f, qint64 quarantined)
{
    QCOMPARE(outboxCount(*f.store, QStringLiteral("quarantined = 0")), 0);
    QCOMPARE(outboxCount(*f.store, QStringLiteral("quarantined = 1")), quarantined);
    const QString difference = compareHq(f.hqDb->connection(), f.expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSyncEngine::hqDownThenUp()
{
    Fixture f;
    SETUP(f, nullptr);
    const quint16 port = freePort();
    SystemClock clock;
    // On its own thread, as in the GUI.
    sync::SyncService service(
        f.storePath(),
        stationSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), f.token), clock,
        fastTuning());
    QSignalSpy drained(&service, &sync::SyncService::drained);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(!service.state().lastError.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(service.state().phase, sync::SyncPhase::Waiting, 10000);
    QVERIFY(drained.isEmpty());
    QVERIFY(f.hq->start(port));
    QVERIFY(drained.wait(30000));
    QTRY_COMPARE(service.state().pending, qint64(0));
    QVERIFY(service.state().lastError.isEmpty());
    QVERIFY(service.state().lastSuccess.isValid());
    verifyEnd(f);
}

void TestSyncEngine::error500AfterCommit()
{
    Fixture f;
    const QString faults = QStringLiteral("500-after-commit=3");
    SETUP(f, &faults);
    const sync::SyncState state = runUntilDrained(f, fastTuning());
    QCOMPARE(state.pending, 0);
    verifyEnd(f);
}

void TestSyncEngine::connectionDroppedMidResponse()
{
    Fixture f;
    const QString faults = QStringLiteral("drop-after-commit=3");
    SETUP(f, &faults);
    runUntilDrained(f, fastTuning());
    verifyEnd(f);
}

void TestSyncEngine::timeout()
{
    Fixture f;
    const QString faults = QStringLiteral("delay-after-commit=1:2500");
    SETUP(f, &faults);
    sync::SyncTuning tuning = fastTuning();
    tuning.requestTimeoutMs = 800;
    QElapsedTimer timer;
    timer.start();
    runUntilDrained(f, tuning);
    verifyEnd(f);
}

void TestSyncEngine::sameBatchTwice()
{
    Fixture f;
    // The first answer is lost after the commit, so the client sends the same batch (same
    // idempotency key) again; then the test replays a batch by hand, twice.
    const QString faults = QStringLiteral("500-after-commit=1");
    SETUP(f, &faults);
    sync::SyncTuning tuning = fastTuning();
    tuning.maxRecords = 500;
    runUntilDrained(f, tuning);
    verifyEnd(f);

    // The store's records, as it sent them: at their versions, from its incarnation.
    const auto origin = VersionClock::origin(*f.store);
    QVERIFY(origin);
    QList<sync::WireRecord> records;
    for (auto it = f.expected.snapshots.cbegin(); it != f.expected.snapshots.cend(); ++it) {
        records.append(
            snapshot(it.key().section(u'/', 0, 0), it.key().section(u'/', 1), it.value()));
        records.last().origin = *origin;
    }
    const QByteArray body = batchOf(records);
    const auto first = post(f.hq->url(), f.token, body);
    const auto second = post(f.hq->url(), f.token, body);
    QCOMPARE(first.first, 200);
    QCOMPARE(second.first, 200);
    QVERIFY(statuses(first.second).size() == records.size());
    QCOMPARE(statuses(first.second).removeDuplicates(), qsizetype(records.size() - 1));
    QCOMPARE(statuses(second.second).first(), QStringLiteral("duplicate"));
    QVERIFY(
        QJsonDocument::fromJson(second.second).object().value(QLatin1String("replay")).toBool());
    verifyEnd(f);
}

void TestSyncEngine::batchesOutOfOrder()
{
    Fixture f;
    const QString faults;
    SETUP(f, &faults);
    // A later batch (the newest versions) arrives before the earlier ones.
    QList<sync::WireRecord> newest;
    for (auto it = f.expected.snapshots.cbegin(); it != f.expected.snapshots.cend(); ++it) {
        if (it.value() > 1)
            newest.append(
                snapshot(it.key().section(u'/', 0, 0), it.key().section(u'/', 1), it.value()));
    }
    QVERIFY(!newest.isEmpty());
    const auto later = post(f.hq->url(), f.token, batchOf(newest));
    QCOMPARE(later.first, 200);
    // An older version after a newer one is stale, never applied.
    const sync::WireRecord old = snapshot(newest.first().entity, newest.first().id, 1);
    const auto earlier = post(f.hq->url(), f.token, batchOf({old}));
    QCOMPARE(statuses(earlier.second), QStringList {QStringLiteral("stale")});
    sync::SyncTuning tuning = fastTuning();
    tuning.maxRecords = 1; // one row per batch: every older version goes on its own
    runUntilDrained(f, tuning);
    verifyEnd(f);
}

void TestSyncEngine::tooManyRequestsHonoursRetryAfter()
{
    Fixture f;
    const QString faults = QStringLiteral("429=2:1");
    SETUP(f, &faults);
    QElapsedTimer timer;
    timer.start();
    const sync::SyncState state = runUntilDrained(f, fastTuning());
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(state.pending, 0);
    verifyEnd(f);
}

void TestSyncEngine::poisonRecordIsQuarantined()
{
    Fixture f;
    const QString faults;
    SETUP(f, &faults);
    // payload.id disagrees with the record's id: HQ rejects this one record.
    const QString poisonId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlQuery query(f.store->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO outbox (record_kind, entity, entity_id, version, payload, created_at) "
            "VALUES ('snapshot', 'ticket', ?, 1, ?, '2026-01-01T00:00:00Z')"));
        query.addBindValue(poisonId);
        query.addBindValue(QStringLiteral("{\"id\":\"not-this-one\",\"version\":1}"));
        QVERIFY(query.exec());
        addSnapshot(*f.store, f.expected, QStringLiteral("ticket"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces), 1);
    }
    const sync::SyncState state = runUntilDrained(f, fastTuning());
    QCOMPARE(state.quarantined, 1);
    verifyEnd(f, 1);
    QSqlQuery query(f.store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT entity_id, last_error FROM outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), poisonId);
    QVERIFY2(query.value(1).toString().contains(QLatin1String("PAYLOAD_ID_MISMATCH")),
             qPrintable(query.value(1).toString()));
}

void TestSyncEngine::recordFailingAloneIsQuarantined()
{
    Fixture f;
    // HQ fails (500, nothing applied) on any batch carrying this record, as if it crashed
    // on it; the records behind it must still go through.
    const QString poisonId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString faults = QStringLiteral("fail-id=%1").arg(poisonId);
    SETUP(f, &faults, 12);
    Expected ignored;
    addSnapshot(*f.store, ignored, QStringLiteral("ticket"), poisonId, 1);
    addSnapshot(*f.store, f.expected, QStringLiteral("ticket"),
                QUuid::createUuid().toString(QUuid::WithoutBraces), 1);
    const sync::SyncState state = runUntilDrained(f, fastTuning());
    QCOMPARE(state.quarantined, 1);
    verifyEnd(f, 1);
    QSqlQuery query(f.store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT entity_id, last_error FROM outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), poisonId);
    QVERIFY(query.value(1).toString().contains(QLatin1String("FAILS_ALONE")));
}

void TestSyncEngine::sigkillMidSync()
{
    Fixture f;
    const QString faults;
    SETUP(f, &faults, 250);
    const qint64 total = outboxCount(*f.store);
    QProcess client;
    const QStringList arguments {QStringLiteral("--db"),    f.storePath(),
                                 QStringLiteral("sync"),    QStringLiteral("run"),
                                 QStringLiteral("--hq"),    f.hq->url().toString(),
                                 QStringLiteral("--token"), f.token,
                                 QStringLiteral("--batch"), QStringLiteral("20")};
    client.start(repairctlPath(), arguments);
    QVERIFY(client.waitForStarted());
    // Kill it once some, but not all, of the outbox has gone.
    QTRY_VERIFY_WITH_TIMEOUT(outboxCount(*f.store) < total, 30000);
    client.kill(); // SIGKILL
    QVERIFY(client.waitForFinished());
    QCOMPARE(client.exitStatus(), QProcess::CrashExit);
    QVERIFY(outboxCount(*f.store) > 0);

    QProcess again;
    again.start(repairctlPath(), arguments + QStringList {QStringLiteral("--once")});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);
    const QJsonObject status = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
    QCOMPARE(status.value(QLatin1String("pending")).toInt(-1), 0);
    verifyEnd(f);
}

void TestSyncEngine::clockAYearOff_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("days");
    QTest::newRow("sqlite, a year ahead") << int(Backend::Sqlite) << 365;
    QTest::newRow("sqlite, a year behind") << int(Backend::Sqlite) << -365;
    QTest::newRow("postgres, a year ahead") << int(Backend::Postgres) << 365;
    QTest::newRow("postgres, a year behind") << int(Backend::Postgres) << -365;
}

void TestSyncEngine::clockAYearOff()
{
    QFETCH(int, days);
    Fixture f;
    // Retry-After as an HTTP date: the wait is measured against HQ's Date header, so it is
    // about a second, not zero and not a year.
    const QString faults = QStringLiteral("429-date=1:2");
    SETUP(f, &faults);
    FixedClock clock(QDateTime::currentDateTimeUtc().addDays(days));
    QElapsedTimer timer;
    timer.start();
    const sync::SyncState state = runUntilDrained(f, fastTuning(), 60000, &clock);
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 20000,
             qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(state.lastSuccess, clock.nowUtc());
    verifyEnd(f);
}

void TestSyncEngine::wrongToken()
{
    Fixture f;
    const QString faults;
    SETUP(f, &faults);
    const qint64 before = outboxCount(*f.store);
    SystemClock clock;
    sync::SyncEngine engine(f.storePath(), stationSettings(f.hq->url(), QStringLiteral("rc_wrong")),
                            clock, fastTuning());
    QSignalSpy authFailed(&engine, &sync::SyncEngine::authFailed);
    QSignalSpy drained(&engine, &sync::SyncEngine::drained);
    engine.start();
    QVERIFY(authFailed.wait(10000));
    QCOMPARE(engine.state().phase, sync::SyncPhase::AuthFailed);
    QVERIFY(engine.state().lastError.contains(QLatin1String("401")));
    // Nothing dropped, nothing retried in a loop.
    QTest::qWait(300);
    QCOMPARE(authFailed.size(), 1);
    QCOMPARE(outboxCount(*f.store), before);
    QCOMPARE(outboxCount(*f.store, QStringLiteral("quarantined = 1")), 0);
    // Fixing the token resumes.
    engine.setSettings(stationSettings(f.hq->url(), f.token));
    QVERIFY(drained.wait(30000));
    engine.stop();
    verifyEnd(f);
}

void TestSyncEngine::retryQuarantinedThroughService()
{
    Fixture f;
    QString error;
    f.hqDb = HqDatabase::create(Backend::Sqlite, f.dir.path(), &error);
    f.hq = std::make_unique<HqProcess>(f.hqDb->spec());
    f.token = f.hq->addToken(QStringLiteral("DEMO"));
    QVERIFY(f.hq->start());
    auto store = Database::open(f.storePath());
    QVERIFY(store);
    f.store = std::move(store).value();
    fillOutbox(*f.store, f.expected, 5);
    // Quarantined by hand (as after an earlier rejection); retry puts it back in line.
    QVERIFY(f.store->exec(QStringLiteral("UPDATE outbox SET quarantined = 1, last_error = 'x' "
                                         "WHERE seq = 1")));
    SystemClock clock;
    sync::SyncService service(f.storePath(), stationSettings(f.hq->url(), f.token), clock,
                              fastTuning());
    QSignalSpy drained(&service, &sync::SyncService::drained);
    service.start();
    QVERIFY(drained.wait(30000));
    QTRY_COMPARE(service.state().quarantined, 1);
    service.retryQuarantined();
    QVERIFY(drained.wait(30000));
    QTRY_COMPARE(service.state().quarantined, 0);
    // The retry is audited (issue 21), and its audit entry travels to HQ with the rest.
    QSqlQuery retry(f.store->connection());
    QVERIFY(retry.exec(QStringLiteral("SELECT id FROM audit_entries WHERE kind = 'sync.retry'")));
    QVERIFY(retry.next());
    f.expected.events.insert(QStringLiteral("audit_entry/") + retry.value(0).toString(), true);
    QVERIFY(!retry.next());
    verifyEnd(f);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
