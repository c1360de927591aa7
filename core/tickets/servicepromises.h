#pragma once

#include "ticketstatus.h"

#include <QDateTime>
#include <QString>

namespace rc {

namespace warranty {
struct Policy;
}

// The service promises of domain.md §1, for a ticket's age:
//   - diagnosis and quote within a few working days (due after 3 days, late after 5);
//   - repair within 3 working days of approval (due after 3 days in repair, late after 7);
//   - more than loanerDays in repair: a loaner phone (备用机, CN-07);
//   - more than repairerDays since drop-off through the repairer's delay: exchange (CN-09);
//   - more than partsDays since drop-off waiting for the maker's parts: exchange (CN-08).
// The CN-07/08/09 days come from the statutory policy (cn-sanbao: 7, 60, 30;
// warranty::Policy::loanerAfterDays …); a policy without them keeps these defaults.
// Pure: the caller passes "now" (from the injected Clock).
struct DeadlineDays
{
    int loanerDays = 7; // CN-07
    int partsDays = 60; // CN-08
    int repairerDays = 30; // CN-09

    // The statutory policy's days (loaner_after_days, parts_delay_exchange_days,
    // repairer_delay_exchange_days); the defaults for a policy without them (nullptr).
    static DeadlineDays of(const warranty::Policy *policy);
};

enum class Urgency { None, Due, Late };

struct PromiseState
{
    Urgency urgency = Urgency::None;
    QString ruleId; // "CN-07", "CN-08", "CN-09" or empty
    int daysOpen = 0; // whole days since drop-off
    int daysInStatus = 0; // whole days since the last status change
};

class ServicePromises
{
public:
    // createdAt: drop-off; statusChangedAt: last transition (invalid: use createdAt).
    static PromiseState evaluate(TicketStatus status, const QDateTime &createdAt,
                                 const QDateTime &statusChangedAt, const QDateTime &now,
                                 const DeadlineDays &days = {});
    // Open: not picked up, returned or cancelled.
    static bool isOpen(TicketStatus status);
};

} // namespace rc
