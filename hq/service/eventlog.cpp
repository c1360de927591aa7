#include "eventlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>

namespace rc::hq {

Result<std::unique_ptr<EventLog>> EventLog::open(const QString &accessLog)
{
    std::unique_ptr<EventLog> log(new EventLog);
    if (accessLog == QLatin1String("-")) {
        log->m_access = stderr;
    } else if (accessLog != QLatin1String("off")) {
        const QByteArray path = accessLog.toLocal8Bit();
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
        FILE *file = fd >= 0 ? fdopen(fd, "a") : nullptr;
        if (!file)
            return Error {QStringLiteral("BAD_LOG"),
                          QStringLiteral("cannot open the access log %1: %2")
                              .arg(accessLog, QString::fromLocal8Bit(std::strerror(errno)))};
        log->m_access = file;
        log->m_ownsAccess = true;
    }
    return log;
}

EventLog::EventLog()
    : m_writer([this] { writeLoop(); })
{
}

EventLog::~EventLog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_writer.join();
    if (m_ownsAccess && m_access)
        std::fclose(m_access);
}

void EventLog::enqueue(FILE *file, const QJsonObject &line, bool mayDrop)
{
    QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    text += '\n';
    {
        std::lock_guard lock(m_mutex);
        if (mayDrop && m_queue.size() >= kMaxQueued) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        m_queue.emplace_back(file, std::move(text));
    }
    m_wake.notify_one();
}

void EventLog::writeLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return;
        std::deque<std::pair<FILE *, QByteArray>> lines;
        lines.swap(m_queue);
        lock.unlock();
        FILE *last = nullptr;
        for (const auto &[file, text] : lines) {
            if (last && last != file)
                std::fflush(last);
            std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), file);
            last = file;
        }
        if (last)
            std::fflush(last);
        lock.lock();
    }
}

void EventLog::request(const http::Exchange &exchange, const http::Response &response,
                       bool delivered, double ms, const char *route)
{
    if (!m_access)
        return;
    const http::LogFields &f = response.log;
    const http::Request &request = exchange.request;
    QJsonObject line {
        {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("req"), static_cast<qint64>(exchange.id)},
        {QStringLiteral("peer"), QString::fromLatin1(exchange.peer)},
        {QStringLiteral("method"), QString::fromLatin1(request.methodText)},
        {QStringLiteral("path"), QString::fromLatin1(request.path.left(200))},
        {QStringLiteral("route"), QString::fromLatin1(route)},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("ms"), qRound(ms * 100) / 100.0},
        {QStringLiteral("bytes_in"), request.contentLength},
    };
    if (!f.code.isEmpty())
        line.insert(QStringLiteral("code"), QString::fromLatin1(f.code));
    if (!exchange.center.isEmpty())
        line.insert(QStringLiteral("center"), exchange.center);
    if (!f.batchId.isEmpty())
        line.insert(QStringLiteral("batch"), f.batchId);
    if (f.records >= 0) {
        line.insert(QStringLiteral("records"), f.records);
        line.insert(QStringLiteral("applied"), f.applied);
        line.insert(QStringLiteral("duplicate"), f.duplicate);
        line.insert(QStringLiteral("stale"), f.stale);
        line.insert(QStringLiteral("rejected"), f.rejected);
        line.insert(QStringLiteral("replay"), f.replay);
    }
    if (f.queueMs >= 0)
        line.insert(QStringLiteral("queue_ms"), qRound(f.queueMs * 100) / 100.0);
    if (f.workMs >= 0)
        line.insert(QStringLiteral("work_ms"), qRound(f.workMs * 100) / 100.0);
    if (!delivered)
        line.insert(QStringLiteral("delivered"), false);
    if (!f.detail.isEmpty())
        line.insert(QStringLiteral("detail"), QString::fromUtf8(f.detail));
    enqueue(m_access, line, true);
}

void EventLog::event(const char *name, const QJsonObject &fields)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("event"), QString::fromLatin1(name));
    enqueue(stderr, line, false);
}

} // namespace rc::hq
