#include "servicepromises.h"

#include "warranty/policy.h"

namespace rc {

namespace {

int wholeDays(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    return static_cast<int>(from.secsTo(to) / 86400);
}

} // namespace

DeadlineDays DeadlineDays::of(const warranty::Policy *policy)
{
    DeadlineDays days;
    if (policy && policy->ruleSet == QLatin1String("cn-sanbao")) {
        days.loanerDays = policy->loanerAfterDays;
        days.partsDays = policy->partsDelayExchangeDays;
        days.repairerDays = policy->repairerDelayExchangeDays;
    }
    return days;
}

PromiseState ServicePromises::evaluate(TicketStatus status, const QDateTime &createdAt,
                                       const QDateTime &statusChangedAt, const QDateTime &now,
                                       const DeadlineDays &days)
{
    PromiseState state;
    state.daysOpen = wholeDays(createdAt, now);
    state.daysInStatus = wholeDays(statusChangedAt.isValid() ? statusChangedAt : createdAt, now);
    if (!isOpen(status) || status == TicketStatus::Ready)
        return state;

    switch (status) {
    case TicketStatus::Received:
    case TicketStatus::Diagnosing:
    case TicketStatus::Quoted:
        // Diagnosis and quote within a few working days.
        state.urgency = state.daysOpen > 5   ? Urgency::Late
                        : state.daysOpen > 3 ? Urgency::Due
                                             : Urgency::None;
        break;
    case TicketStatus::Approved:
    case TicketStatus::Repairing:
    case TicketStatus::WaitingParts:
        // Repair within 3 working days of approval.
        state.urgency = state.daysInStatus > 7 || state.daysOpen > 7 ? Urgency::Late
                        : state.daysInStatus > 3                     ? Urgency::Due
                                                                     : Urgency::None;
        break;
    case TicketStatus::Declined:
        state.urgency = state.daysInStatus > 3 ? Urgency::Due : Urgency::None;
        break;
    default:
        break;
    }

    const bool inRepair = status == TicketStatus::Approved || status == TicketStatus::Repairing
                          || status == TicketStatus::WaitingParts;
    if (inRepair) {
        if (status == TicketStatus::WaitingParts && state.daysOpen > days.partsDays)
            state.ruleId = QStringLiteral("CN-08");
        else if (status != TicketStatus::WaitingParts && state.daysOpen > days.repairerDays)
            state.ruleId = QStringLiteral("CN-09");
        else if (state.daysOpen > days.loanerDays)
            state.ruleId = QStringLiteral("CN-07");
    } else if (status == TicketStatus::Diagnosing && state.daysOpen > days.repairerDays) {
        state.ruleId = QStringLiteral("CN-09");
    }
    if (!state.ruleId.isEmpty())
        state.urgency = Urgency::Late;
    return state;
}

bool ServicePromises::isOpen(TicketStatus status)
{
    return !TicketLifecycle::isFinal(status);
}

} // namespace rc
