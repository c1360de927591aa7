#include "metrics.h"

#include "http/httpserver.h"
#include "tokendirectory.h"
#include "workerpool.h"

#include <QFile>
#include <QList>

#include <algorithm>

#include <unistd.h>

namespace rc::hq {

void Metrics::countRequest(const char *route, int status)
{
    ++m_requests[QByteArray(route) + '\t' + QByteArray::number(status)];
}

void Metrics::countRefusal(const char *reason)
{
    ++m_refusals[QByteArray(reason)];
}

void Metrics::countRecords(int applied, int duplicate, int stale, int rejected)
{
    m_records[0].fetch_add(applied, std::memory_order_relaxed);
    m_records[1].fetch_add(duplicate, std::memory_order_relaxed);
    m_records[2].fetch_add(stale, std::memory_order_relaxed);
    m_records[3].fetch_add(rejected, std::memory_order_relaxed);
}

void Metrics::observeBatch(double seconds, bool ok)
{
    if (!ok) {
        m_batchFailures.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            m_buckets[i].fetch_add(1, std::memory_order_relaxed);
    }
    m_batchCount.fetch_add(1, std::memory_order_relaxed);
    m_batchMicros.fetch_add(static_cast<qint64>(seconds * 1e6), std::memory_order_relaxed);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

namespace {

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray &out, const char *name, const QByteArray &labels, double value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ';
    out += QByteArray::number(value, 'g', 15);
    out += '\n';
}

} // namespace

QByteArray Metrics::render(const Sources &sources) const
{
    QByteArray out;
    out.reserve(8192);
    family(out, "repair_hq_requests_total", "counter",
           "HTTP requests answered, by route and status");
    QList<QByteArray> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QByteArray &key : std::as_const(keys)) {
        const QList<QByteArray> parts = key.split('\t');
        sample(out, "repair_hq_requests_total",
               "route=\"" + parts.value(0) + "\",status=\"" + parts.value(1) + '"',
               m_requests.value(key));
    }
    family(out, "repair_hq_refusals_total", "counter",
           "Requests refused before reaching a worker, by reason");
    keys = m_refusals.keys();
    std::sort(keys.begin(), keys.end());
    for (const QByteArray &key : std::as_const(keys))
        sample(out, "repair_hq_refusals_total", "reason=\"" + key + '"', m_refusals.value(key));

    family(out, "repair_hq_records_total", "counter", "Records received, by result");
    const char *results[] = {"applied", "duplicate", "stale", "rejected"};
    for (int i = 0; i < 4; ++i)
        sample(out, "repair_hq_records_total", QByteArray("result=\"") + results[i] + '"',
               m_records[i].load());

    family(out, "repair_hq_batch_duration_seconds", "histogram",
           "Time from a batch's arrival in the queue to its commit");
    for (size_t i = 0; i < kBuckets.size(); ++i)
        sample(out, "repair_hq_batch_duration_seconds_bucket",
               "le=\"" + QByteArray::number(kBuckets[i]) + '"', m_buckets[i].load());
    sample(out, "repair_hq_batch_duration_seconds_bucket", "le=\"+Inf\"", m_batchCount.load());
    sample(out, "repair_hq_batch_duration_seconds_sum", {}, m_batchMicros.load() / 1e6);
    sample(out, "repair_hq_batch_duration_seconds_count", {}, m_batchCount.load());
    family(out, "repair_hq_batch_failures_total", "counter",
           "Batches that could not be stored (database unavailable or failing)");
    sample(out, "repair_hq_batch_failures_total", {}, m_batchFailures.load());
    family(out, "repair_hq_database_errors_total", "counter", "Failed database calls");
    sample(out, "repair_hq_database_errors_total", {}, m_dbErrors.load());

    if (sources.pool) {
        family(out, "repair_hq_queue_depth", "gauge",
               "Requests admitted and waiting for a worker (reading their body or queued)");
        sample(out, "repair_hq_queue_depth", {}, sources.pool->waiting());
        family(out, "repair_hq_workers_busy", "gauge", "Workers running a request");
        sample(out, "repair_hq_workers_busy", {}, sources.pool->running());
        family(out, "repair_hq_db_pool_size", "gauge", "Workers, each with one database session");
        sample(out, "repair_hq_db_pool_size", {}, sources.pool->workers());
        family(out, "repair_hq_db_pool_connected", "gauge",
               "Worker sessions with an open database connection");
        sample(out, "repair_hq_db_pool_connected", {}, sources.pool->connectedSessions());
        family(out, "repair_hq_request_memory_bytes", "gauge", "Request bodies held in memory");
        sample(out, "repair_hq_request_memory_bytes", {}, sources.pool->memoryHeld());
    }
    family(out, "repair_hq_feed_waiting", "gauge",
           "Change-feed long-polls waiting for a batch of their center");
    sample(out, "repair_hq_feed_waiting", {}, sources.feedWaiting);
    family(out, "repair_hq_database_up", "gauge", "1 when the database answered within 3 s");
    sample(out, "repair_hq_database_up", {}, sources.databaseUp ? 1 : 0);
    family(out, "repair_hq_schema_ready", "gauge", "1 once the schema is at this build's version");
    sample(out, "repair_hq_schema_ready", {}, sources.schemaReady ? 1 : 0);
    if (sources.tokens) {
        family(out, "repair_hq_tokens", "gauge", "Valid tokens known to this process");
        sample(out, "repair_hq_tokens", {}, static_cast<double>(sources.tokens->size()));
    }
    if (const http::ServerCounters *s = sources.server) {
        family(out, "repair_hq_connections_open", "gauge", "Open client connections");
        sample(out, "repair_hq_connections_open", {}, s->open.load());
        family(out, "repair_hq_connections_total", "counter", "Connections accepted");
        sample(out, "repair_hq_connections_total", {}, s->accepted.load());
        family(out, "repair_hq_connections_closed_total", "counter",
               "Connections closed by HQ, by reason");
        sample(out, "repair_hq_connections_closed_total", "reason=\"idle_evicted\"",
               s->evictedIdle.load());
        sample(out, "repair_hq_connections_closed_total", "reason=\"limit\"",
               s->refusedFull.load());
        sample(out, "repair_hq_connections_closed_total", "reason=\"timeout\"", s->timedOut.load());
        sample(out, "repair_hq_connections_closed_total", "reason=\"bad_request\"",
               s->badRequests.load());
        family(out, "repair_hq_client_aborts_total", "counter",
               "Requests whose client left before the answer");
        sample(out, "repair_hq_client_aborts_total", {}, s->clientAborts.load());
        family(out, "repair_hq_bytes_total", "counter", "Bytes read and written");
        sample(out, "repair_hq_bytes_total", "direction=\"in\"", s->bytesIn.load());
        sample(out, "repair_hq_bytes_total", "direction=\"out\"", s->bytesOut.load());
    }
    family(out, "repair_hq_log_lines_dropped_total", "counter",
           "Access log lines dropped because the log could not keep up");
    sample(out, "repair_hq_log_lines_dropped_total", {}, sources.logLinesDropped);
    family(out, "repair_hq_resident_memory_bytes", "gauge", "Resident memory of this process");
    sample(out, "repair_hq_resident_memory_bytes", {}, static_cast<double>(sources.rssBytes));
    return out;
}

} // namespace rc::hq
