// What repair-hq decides before a request reaches the database (hq/service): routes, the
// token directory, rate limits and the worker pool's admission and per-center order.
#include "service/ratelimiter.h"
#include "service/router.h"
#include "service/tokendirectory.h"
#include "service/workerpool.h"

#include <QCryptographicHash>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace rc::hq;

namespace {

// The pool gives each worker a session; these jobs never use it.
class UnusedSession final : public StoreSession
{
public:
    bool isPostgres() const override { return false; }
    rc::Status connect() override { return unused(); }
    bool isConnected() const override { return false; }
    rc::Status migrate(const StoreOptions &) override { return unused(); }
    rc::Result<int> schemaVersion() override { return unused(); }
    rc::Result<ApplyOutcome> applyBatch(const QString &, const BatchInput &) override
    {
        return unused();
    }
    rc::Result<HqStats> centerStats(const QString &) override { return unused(); }
    rc::Result<HqStats> chainStats() override { return unused(); }
    rc::Result<std::vector<TokenChange>> tokenChanges(qint64, int) override { return unused(); }
    rc::Result<QStringList> addTokens(const QStringList &) override { return unused(); }
    rc::Result<QString> addStationToken(const QString &, const QString &) override
    {
        return unused();
    }
    rc::Result<QList<TokenInfo>> tokens() override { return unused(); }
    rc::Result<TokenInfo> revokeToken(const QString &) override { return unused(); }
    rc::Result<QByteArray> chainState(const QString &) override { return unused(); }
    rc::Status saveChainState(const QString &, qint64, const QByteArray &) override
    {
        return unused();
    }
    rc::Result<FeedRows> changes(const QString &, qint64, const QString &, int) override
    {
        return unused();
    }
    rc::Result<std::vector<DeviceTicketRow>> deviceTickets(const QString &, int) override
    {
        return unused();
    }
    rc::Result<std::vector<DeviceExchangeRow>> deviceExchanges(const QString &, int) override
    {
        return unused();
    }
    rc::Result<QString> hubValue(const QString &) override { return unused(); }
    rc::Status setHubValue(const QString &, const QString &) override { return unused(); }
    rc::Status ping() override { return unused(); }
    rc::Result<qint64> pruneBatches(qint64, int) override { return unused(); }

private:
    static rc::Error unused() { return {QStringLiteral("UNUSED"), QStringLiteral("unused")}; }
};

std::unique_ptr<StoreSession> noSession()
{
    return std::make_unique<UnusedSession>();
}

} // namespace

class TestHqAdmission : public QObject
{
    Q_OBJECT

private slots:
    void router();
    void tokens();
    void rateLimiter();
    void poolLimits();
    void poolOrderPerCenter();
};

void TestHqAdmission::router()
{
    Router router;
    Route batches;
    batches.method = rc::hq::http::Method::Post;
    batches.pattern = "/v1/batches";
    batches.name = "batches";
    router.add(batches);
    Route history;
    history.pattern = "/v1/devices/{imei}/history";
    history.name = "history";
    router.add(history);

    auto match = router.match(rc::hq::http::Method::Post, "/v1/batches");
    QVERIFY(match.route);
    QCOMPARE(QByteArray(match.route->name), QByteArray("batches"));
    match = router.match(rc::hq::http::Method::Get, "/v1/batches");
    QVERIFY(!match.route);
    QVERIFY(match.pathExists); // 405, not 404
    match = router.match(rc::hq::http::Method::Get, "/v1/batches/x");
    QVERIFY(!match.route && !match.pathExists);
    match = router.match(rc::hq::http::Method::Get, "/v1/devices/35%20123/history");
    QVERIFY(match.route);
    QCOMPARE(match.params.value("imei"), QStringLiteral("35 123"));
    QVERIFY(!router.match(rc::hq::http::Method::Get, "/v1/devices//history").route);
}

void TestHqAdmission::tokens()
{
    TokenDirectory directory;
    TokenDirectory::Entry entry;
    QCOMPARE(directory.find("rc_abc", &entry), TokenDirectory::Lookup::NotLoaded);
    const QByteArray token = "rc_" + QByteArray(43, 'k');
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    directory.apply({{1, hash, QStringLiteral("SH-01"), false, false}});
    directory.markLoaded();
    QByteArray key;
    QCOMPARE(directory.find(token, &entry, &key), TokenDirectory::Lookup::Found);
    QCOMPARE(entry.center, QStringLiteral("SH-01"));
    QCOMPARE(key, hash);
    QCOMPARE(directory.find("rc_" + QByteArray(43, 'x'), &entry), TokenDirectory::Lookup::Unknown);
    QCOMPARE(directory.find("Basic abc", &entry), TokenDirectory::Lookup::Unknown);
    // A million made-up tokens leave nothing behind.
    for (int i = 0; i < 100000; ++i)
        directory.find("rc_" + QByteArray::number(i).repeated(5), &entry);
    QCOMPARE(directory.size(), 1);
    // Revoked: gone; the directory follows the change numbers.
    directory.apply({{2, hash, QStringLiteral("SH-01"), false, true}});
    QCOMPARE(directory.find(token, &entry), TokenDirectory::Lookup::Unknown);
    QCOMPARE(directory.lastSeq(), 2);
}

void TestHqAdmission::rateLimiter()
{
    RateLimiter limiter(10, 20); // 10 a second, bursts of 20
    qint64 now = 1000;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(limiter.take("a", 1, now), 0);
    const qint64 wait = limiter.take("a", 1, now);
    QVERIFY(wait > 0 && wait <= 100);
    QCOMPARE(limiter.take("b", 1, now), 0); // another key has its own bucket
    now += 100;
    QCOMPARE(limiter.take("a", 1, now), 0);
    // A cost larger than the burst passes on a full bucket (one huge request is allowed).
    RateLimiter bytes(1000, 4000);
    QCOMPARE(bytes.take("c", 10000, now), 0);
    QVERIFY(bytes.take("c", 10000, now) > 0);
    // No rate: no limit.
    RateLimiter none(0, 1);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(none.take("d", 1, now), 0);
    // Full buckets untouched for a minute are forgotten.
    now += 120000;
    limiter.prune(now);
    QCOMPARE(limiter.size(), 0);
}

void TestHqAdmission::poolLimits()
{
    WorkerPool::Limits limits;
    limits.workers = 1;
    limits.queueLimit = 3;
    limits.keyLimit = 2;
    limits.memoryBudget = 1000;
    WorkerPool pool(limits, noSession);
    WorkerPool::Refusal why = WorkerPool::Refusal::None;
    auto a1 = pool.reserve(QStringLiteral("A"), 100, &why);
    auto a2 = pool.reserve(QStringLiteral("A"), 100, &why);
    QVERIFY(a1 && a2);
    QVERIFY(!pool.reserve(QStringLiteral("A"), 100, &why));
    QCOMPARE(why, WorkerPool::Refusal::KeyBusy);
    QVERIFY(!pool.reserve(QStringLiteral("B"), 900, &why));
    QCOMPARE(why, WorkerPool::Refusal::MemoryFull);
    auto b = pool.reserve(QStringLiteral("B"), 100, &why);
    QVERIFY(b);
    QVERIFY(!pool.reserve(QStringLiteral("C"), 1, &why));
    QCOMPARE(why, WorkerPool::Refusal::QueueFull);
    QCOMPARE(pool.waiting(), 3);
    QCOMPARE(pool.memoryHeld(), 300);
    QVERIFY(pool.retryAfterSeconds() >= 1);
    a1.reset();
    QCOMPARE(pool.waiting(), 2);
    QVERIFY(pool.reserve(QStringLiteral("A"), 100, &why));
}

void TestHqAdmission::poolOrderPerCenter()
{
    // Three workers, two centers: a center's jobs run one at a time and in order, while the
    // other center's run beside them.
    WorkerPool::Limits limits;
    limits.workers = 3;
    limits.keyLimit = 50;
    WorkerPool pool(limits, noSession);
    pool.start();
    std::mutex mutex;
    QHash<QString, QList<int>> order;
    QHash<QString, int> running;
    std::atomic<int> overlapWithinCenter {0};
    std::atomic<int> maxParallel {0};
    std::atomic<int> parallel {0};
    std::atomic<int> done {0};
    for (int i = 0; i < 40; ++i) {
        const QString center = i % 2 ? QStringLiteral("A") : QStringLiteral("B");
        WorkerPool::Refusal why;
        auto reservation = pool.reserve(center, 1, &why);
        QVERIFY(reservation);
        pool.submit(reservation, [&, center, i](StoreSession &, qint64) {
            {
                std::lock_guard lock(mutex);
                if (running[center]++ > 0)
                    ++overlapWithinCenter;
            }
            maxParallel = qMax(maxParallel.load(), ++parallel);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            --parallel;
            std::lock_guard lock(mutex);
            --running[center];
            order[center].append(i);
            ++done;
        });
    }
    QTRY_COMPARE(done.load(), 40);
    pool.stop();
    QCOMPARE(overlapWithinCenter.load(), 0);
    QCOMPARE(maxParallel.load(), 2);
    for (const QList<int> &sequence : std::as_const(order))
        QVERIFY(std::is_sorted(sequence.cbegin(), sequence.cend()));
}

QTEST_GUILESS_MAIN(TestHqAdmission)
#include "tst_hqadmission.moc"
