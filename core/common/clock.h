#pragma once

#include <QDate>
#include <QDateTime>

namespace rc {

// The one source of "now". Production code gets a SystemClock; tests set a FixedClock,
// so nothing that depends on dates (warranty windows, ticket numbers, ages) reads the
// system time behind their back.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime nowUtc() const = 0;
    // The calendar date at the counter (local time), which is what warranty windows use.
    QDate today() const;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace rc
