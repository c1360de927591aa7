#pragma once

#include <QByteArray>
#include <QHash>

#include <array>
#include <atomic>

namespace rc::hq {

namespace http {
struct ServerCounters;
}
class WorkerPool;
class TokenDirectory;

// What /metrics shows, in the Prometheus text format (version 0.0.4). Request counts are
// kept on the server thread; record and batch figures by the workers, in atomics.
class Metrics
{
public:
    // Server thread.
    void countRequest(const char *route, int status);
    void countRefusal(const char *reason); // 429s and 503s decided before a worker
    // Workers.
    void countRecords(int applied, int duplicate, int stale, int rejected);
    void observeBatch(double seconds, bool ok);
    void countDatabaseError() { m_dbErrors.fetch_add(1, std::memory_order_relaxed); }

    struct Sources
    {
        const http::ServerCounters *server = nullptr;
        const WorkerPool *pool = nullptr;
        const TokenDirectory *tokens = nullptr;
        bool databaseUp = false;
        bool schemaReady = false;
        qint64 rssBytes = 0;
        qint64 logLinesDropped = 0;
        int feedWaiting = 0; // change-feed long-polls parked
    };
    QByteArray render(const Sources &sources) const;

    static constexpr std::array<double, 12> kBuckets {0.005, 0.01, 0.025, 0.05, 0.075, 0.1,
                                                      0.25,  0.5,  1,     2.5,  5,     10};

private:
    QHash<QByteArray, qint64> m_requests; // "route\tstatus" → count
    QHash<QByteArray, qint64> m_refusals;
    std::atomic<qint64> m_records[4] {}; // applied, duplicate, stale, rejected
    std::atomic<qint64> m_buckets[kBuckets.size()] {};
    std::atomic<qint64> m_batchCount {0};
    std::atomic<qint64> m_batchFailures {0};
    std::atomic<qint64> m_batchMicros {0};
    std::atomic<qint64> m_dbErrors {0};
};

// This process's resident memory, from /proc/self/statm.
qint64 residentBytes();

} // namespace rc::hq
