#pragma once

#include <QByteArray>
#include <QHash>

namespace rc::hq {

// Token buckets by key (a token's hash, a center): each holds up to burst units and
// refills at rate units a second. Used on the server thread only. Only callers that have
// authenticated get a bucket, so the map is bounded by the number of real tokens and
// centers; buckets that have been full for a minute are dropped.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);

    // Takes cost units from key's bucket. Returns 0 when they were there, else the
    // milliseconds until they would be (nothing is taken then). A rate of 0 means no limit.
    qint64 take(const QByteArray &key, double cost, qint64 nowMs);
    void prune(qint64 nowMs);
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double level = 0;
        qint64 updatedMs = 0;
    };
    double m_rate;
    double m_burst;
    QHash<QByteArray, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace rc::hq
