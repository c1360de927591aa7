#include "ratelimiter.h"

#include <cmath>

namespace rc::hq {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(qMax(burst, 1.0))
{
}

qint64 RateLimiter::take(const QByteArray &key, double cost, qint64 nowMs)
{
    if (m_rate <= 0)
        return 0;
    prune(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    Bucket &bucket = *it;
    bucket.level = qMin(m_burst, bucket.level + (nowMs - bucket.updatedMs) * m_rate / 1000.0);
    bucket.updatedMs = nowMs;
    // A single request larger than the burst may pass when the bucket is full.
    const double need = qMin(cost, m_burst);
    if (bucket.level >= need) {
        bucket.level -= need;
        return 0;
    }
    return static_cast<qint64>(std::ceil((need - bucket.level) * 1000.0 / m_rate));
}

void RateLimiter::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 10000)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double level = it->level + (nowMs - it->updatedMs) * m_rate / 1000.0;
        if (level >= m_burst && nowMs - it->updatedMs > 60000)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace rc::hq
