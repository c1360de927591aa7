#pragma once

#include "common/result.h"
#include "http/httpserver.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace rc::hq {

// Structured logs, one JSON object per line: a line per request (center, batch, records by
// result, status and error code, duration) to the access log, and operational events
// (database lost and back, pruning, start and stop) to standard error, where journald
// takes them. Lines are written by a thread of their own: a slow log never stalls the
// server; when more than kMaxQueued lines wait, request lines are dropped and counted.
class EventLog
{
public:
    // accessLog: "-" (standard error), "off", or a file appended to.
    static Result<std::unique_ptr<EventLog>> open(const QString &accessLog);
    ~EventLog();

    void request(const http::Exchange &exchange, const http::Response &response, bool delivered,
                 double ms, const char *route);
    void event(const char *name, const QJsonObject &fields);
    qint64 dropped() const { return m_dropped.load(); }

    static constexpr int kMaxQueued = 20000;

private:
    EventLog();
    void enqueue(FILE *file, const QJsonObject &line, bool mayDrop);
    void writeLoop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<FILE *, QByteArray>> m_queue;
    bool m_stopping = false;
    std::atomic<qint64> m_dropped {0};
    FILE *m_access = nullptr; // nullptr: off
    bool m_ownsAccess = false;
    std::thread m_writer;
};

} // namespace rc::hq
