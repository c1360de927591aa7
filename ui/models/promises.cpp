#include "promises.h"

namespace rc::ui {

namespace {
int wholeDays(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    return static_cast<int>(from.secsTo(to) / 86400);
}
} // namespace

PromiseState Promises::evaluate(TicketStatus status, const QDateTime &createdAt,
                                const QDateTime &statusChangedAt, const QDateTime &now)
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
        if (status == TicketStatus::WaitingParts && state.daysOpen > 60)
            state.ruleId = QStringLiteral("CN-08");
        else if (status != TicketStatus::WaitingParts && state.daysOpen > 30)
            state.ruleId = QStringLiteral("CN-09");
        else if (state.daysOpen > 7)
            state.ruleId = QStringLiteral("CN-07");
    } else if (status == TicketStatus::Diagnosing && state.daysOpen > 30) {
        state.ruleId = QStringLiteral("CN-09");
    }
    if (!state.ruleId.isEmpty())
        state.urgency = Urgency::Late;
    return state;
}

QString Promises::flagText(const QString &ruleId)
{
    if (ruleId == QLatin1String("CN-07"))
        return tr("Over 7 days: loaner phone if covered (CN-07)");
    if (ruleId == QLatin1String("CN-08"))
        return tr("Over 60 days for parts: exchange if covered (CN-08)");
    if (ruleId == QLatin1String("CN-09"))
        return tr("Over 30 days: exchange if covered (CN-09)");
    return {};
}

QString Promises::shortFlag(const QString &ruleId)
{
    if (ruleId == QLatin1String("CN-07"))
        return tr("Loaner phone (CN-07)");
    if (ruleId == QLatin1String("CN-08") || ruleId == QLatin1String("CN-09"))
        return tr("Exchange (%1)").arg(ruleId);
    return {};
}

QString Promises::nextStep(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Received:
        return tr("Diagnose");
    case TicketStatus::Diagnosing:
        return tr("Diagnose and quote");
    case TicketStatus::Quoted:
        return tr("Customer's approval");
    case TicketStatus::Approved:
        return tr("Start repair");
    case TicketStatus::Declined:
        return tr("Return to customer");
    case TicketStatus::Repairing:
        return tr("Finish repair");
    case TicketStatus::WaitingParts:
        return tr("Parts to arrive");
    case TicketStatus::Ready:
        return tr("Pickup");
    case TicketStatus::PickedUp:
    case TicketStatus::ReturnedUnrepaired:
    case TicketStatus::Cancelled:
        return tr("None (closed)");
    }
    return {};
}

bool Promises::isOpen(TicketStatus status)
{
    return status != TicketStatus::PickedUp && status != TicketStatus::ReturnedUnrepaired
           && status != TicketStatus::Cancelled;
}

} // namespace rc::ui
