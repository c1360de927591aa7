#include "faults.h"

#include "hqservice.h"

#include <QStringList>

#include <ctime>
#include <thread>

namespace rc::hq {

namespace {

bool consume(int &counter)
{
    if (counter <= 0)
        return false;
    --counter;
    return true;
}

} // namespace

Result<std::unique_ptr<StagedFaults>> StagedFaults::parse(const QString &text)
{
    auto faults = std::make_unique<StagedFaults>();
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        if (name == QLatin1String("fail-id")) {
            faults->m_failId = value;
            continue;
        }
        const QStringList parts = value.split(QLatin1Char(':'));
        bool ok = true;
        bool okSecond = true;
        const int n = parts.value(0).toInt(&ok);
        const int second = parts.size() > 1 ? parts.at(1).toInt(&okSecond) : -1;
        if (!ok || !okSecond || n < 0 || parts.size() > 2)
            return Error {QStringLiteral("BAD_FAULT"),
                          QStringLiteral("bad fault %1 (see docs/sync-protocol.md)").arg(item)};
        if (name == QLatin1String("500-after-commit")) {
            faults->m_error500AfterCommit = n;
        } else if (name == QLatin1String("drop-after-commit")) {
            faults->m_dropAfterCommit = n;
        } else if (name == QLatin1String("delay-after-commit")) {
            faults->m_delayAfterCommit = n;
            faults->m_delayMs = second >= 0 ? second : 5000;
        } else if (name == QLatin1String("429") || name == QLatin1String("429-date")) {
            faults->m_tooManyRequests = n;
            faults->m_retryAfterSeconds = second >= 0 ? second : 1;
            faults->m_retryAfterAsDate = name == QLatin1String("429-date");
        } else {
            return Error {QStringLiteral("BAD_FAULT"),
                          QStringLiteral("unknown fault %1 (see docs/sync-protocol.md)").arg(name)};
        }
    }
    return faults;
}

std::optional<http::Response> StagedFaults::beforeApply(const sync::IncomingBatch &batch)
{
    std::lock_guard lock(m_mutex);
    if (consume(m_tooManyRequests)) {
        http::Response busy = HqService::error(429, "SLOW_DOWN", QStringLiteral("try again later"));
        busy.headers.push_back(
            {"Retry-After", m_retryAfterAsDate ? http::httpDate(
                                static_cast<qint64>(std::time(nullptr)) + m_retryAfterSeconds)
                                               : QByteArray::number(m_retryAfterSeconds)});
        return busy;
    }
    if (!m_failId.isEmpty()) {
        for (const auto &in : batch.records) {
            if (in.record.id == m_failId)
                return HqService::error(
                    500, "INTERNAL", QStringLiteral("staged failure on record %1").arg(m_failId));
        }
    }
    return std::nullopt;
}

void StagedFaults::afterCommit(http::Response &response)
{
    int delayMs = 0;
    {
        std::lock_guard lock(m_mutex);
        if (consume(m_error500AfterCommit)) {
            const http::LogFields log = response.log;
            response
                = HqService::error(500, "INTERNAL", QStringLiteral("staged failure after commit"));
            response.log.batchId = log.batchId;
            return;
        }
        if (consume(m_dropAfterCommit)) {
            // The head and half of the body, then a reset.
            const qint64 whole
                = http::serialize(response, true, http::httpDate(std::time(nullptr))).size();
            response.resetAfterBytes = whole - response.body.size() / 2;
            return;
        }
        if (consume(m_delayAfterCommit))
            delayMs = m_delayMs;
    }
    if (delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
}

} // namespace rc::hq
