#include "promises.h"

namespace rc::ui {

PromiseState Promises::evaluate(TicketStatus status, const QDateTime &createdAt,
                                const QDateTime &statusChangedAt, const QDateTime &now,
                                const DeadlineDays &days)
{
    return ServicePromises::evaluate(status, createdAt, statusChangedAt, now, days);
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

QString Promises::urgencyFlag(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Late:
        return tr("Late");
    case Urgency::Due:
        return tr("Due");
    case Urgency::None:
        break;
    }
    return {};
}

QString Promises::urgencyText(Urgency urgency, TicketStatus status)
{
    switch (urgency) {
    case Urgency::Late:
        return tr("Later than the center promises: %1").arg(nextStep(status));
    case Urgency::Due:
        return tr("Due now: %1").arg(nextStep(status));
    case Urgency::None:
        break;
    }
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
    case TicketStatus::Exchanged:
    case TicketStatus::Refunded:
    case TicketStatus::AccessoryReplaced:
    case TicketStatus::Disposed:
        return tr("None (closed)");
    }
    return {};
}

bool Promises::isOpen(TicketStatus status)
{
    return ServicePromises::isOpen(status);
}

} // namespace rc::ui
