#include "ticket.h"

namespace rc {

namespace {

struct PasscodeInfo
{
    PasscodeHandling handling;
    const char *id;
};

constexpr PasscodeInfo kPasscode[] = {
    {PasscodeHandling::NoLock, "no_lock"},
    {PasscodeHandling::RemovedByCustomer, "removed_by_customer"},
    {PasscodeHandling::CustomerWillUnlock, "customer_will_unlock"},
    {PasscodeHandling::NotNeeded, "not_needed"},
};

} // namespace

QString passcodeHandlingId(PasscodeHandling handling)
{
    for (const PasscodeInfo &info : kPasscode) {
        if (info.handling == handling)
            return QString::fromLatin1(info.id);
    }
    return {};
}

std::optional<PasscodeHandling> passcodeHandlingFromId(const QString &id)
{
    for (const PasscodeInfo &info : kPasscode) {
        if (id == QLatin1String(info.id))
            return info.handling;
    }
    return std::nullopt;
}

} // namespace rc
