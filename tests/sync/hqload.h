#pragma once

#include "synctestsupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

// A load generator for repair-hq that speaks the wire format exactly as the counter does:
// bodies from rc::sync::encodeRecord/encodeBatch, the request head Qt's network stack
// writes (checked in tst_hqload), keep-alive, one request in flight per center, 429/503
// answered by waiting Retry-After plus up to a second of jitter, a lost connection by
// reconnecting and sending the same batch again. Many centers on one thread (epoll), so
// a test can be a thousand centers and a benchmark fifty without a thread each.
namespace rc::synctest {

struct LoadCenter
{
    QString code;
    QString token;
    QList<QByteArray> bodies; // batches, sent in order, each until HQ has answered 200
    QList<int> records; // records per batch
};

struct LoadOptions
{
    QList<quint16> ports; // repair-hq processes on 127.0.0.1
    // Center i talks to ports[i % n]; alternate: every request goes to the next port, so
    // one center's batches reach every process.
    bool alternate = false;
    int requestTimeoutMs = 30000;
    int deadlineMs = 300000; // the whole run
    double jitterSeconds = 1.0; // added to Retry-After, uniform
    int backoffMs = 500; // after a lost connection, doubled up to 5 s
    quint32 seed = 1;
    // Stop as soon as any center gets an answer other than 200, 429 or 503.
    bool stopOnError = true;
    // 0: each center sends its next batch as soon as the last is answered (HQ saturated;
    // latency is then mostly queueing). Otherwise a center starts a batch every paceMs
    // (from a random phase), as counters that sync as they work do.
    int paceMs = 0;
};

struct LoadReport
{
    int centers = 0;
    qint64 batches = 0; // answered 200
    qint64 records = 0; // in those batches
    qint64 applied = 0, duplicate = 0, stale = 0, rejected = 0;
    double seconds = 0;
    std::vector<double> latencyMs; // per answered batch: its last send to its 200
    QMap<int, qint64> statuses; // every answer, by HTTP status
    qint64 resets = 0; // connections reset or closed before a whole answer
    qint64 connectFailures = 0;
    qint64 timeouts = 0;
    bool drained = false; // every batch of every center answered 200
    QString firstError;

    double percentile(double p) const;
    QString summary() const;
};

LoadReport runLoad(const QList<LoadCenter> &centers, const LoadOptions &options);
// The request head runLoad sends for center's batch to port.
QByteArray loadRequestHead(const LoadCenter &center, int batch, quint16 port);

// Batches of made-up but realistic records for center: tickets and customers (snapshots,
// later batches carrying newer versions of earlier ones) and ticket events. expected
// receives the newest version of each snapshot and every event.
LoadCenter makeCenter(const QString &code, const QString &token, int batches, int recordsEach,
                      Expected *expected, quint32 seed);

// Peak and current resident memory of a process in KiB (Linux /proc), and a reset of its peak.
qint64 peakRssKiB(qint64 pid);
qint64 rssKiB(qint64 pid);
bool resetPeakRss(qint64 pid);
// CPU time (user + system) a process has used, in seconds; its children, by parent pid.
double cpuSeconds(qint64 pid);
QList<qint64> childProcesses(qint64 parent);

// Raises this process's open-file limit to its hard limit (tests that hold many sockets).
void raiseFileLimit();

// Plain sockets for tests that send what no well-behaved client would.
int connectLoopback(quint16 port, bool blocking = true); // -1 on failure
// The audit chains HQ verified for the token's center ("audit_chain" of GET /v1/stats).
QJsonObject auditChainStats(quint16 port, const QString &token);
bool sendAll(int fd, const QByteArray &bytes);
struct RawAnswer
{
    int status = 0; // 0: no whole answer
    QByteArray head; // status line and headers
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const;
};
// Reads one answer (Content-Length framed) within timeoutMs; rest keeps what followed it.
RawAnswer readAnswer(int fd, int timeoutMs, QByteArray *rest = nullptr);

} // namespace rc::synctest
