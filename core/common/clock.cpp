#include "clock.h"

namespace rc {

Clock::~Clock() = default;

QDate Clock::today() const
{
    return nowUtc().toLocalTime().date();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace rc
