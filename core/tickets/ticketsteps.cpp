#include "ticketsteps.h"

namespace rc {

std::optional<TicketStep> TicketSteps::stepFor(TicketStatus from, TicketStatus to)
{
    using S = TicketStatus;
    switch (to) {
    case S::Received:
    case S::Diagnosing:
        return std::nullopt;
    case S::Quoted:
        return TicketStep::Quote;
    case S::Approved:
    case S::Declined:
        return TicketStep::Answer;
    case S::Repairing:
        return from == S::WaitingParts ? TicketStep::PartsArrived : TicketStep::StartRepair;
    case S::WaitingParts:
        return TicketStep::WaitForParts;
    case S::Ready:
        return TicketStep::FinishRepair;
    case S::PickedUp:
    case S::ReturnedUnrepaired:
        return TicketStep::HandBack;
    case S::Cancelled:
        return TicketStep::Cancel;
    case S::Exchanged:
    case S::Refunded:
    case S::AccessoryReplaced:
        return TicketStep::Remedy;
    case S::Disposed:
        return TicketStep::Dispose;
    }
    return std::nullopt;
}

QList<TicketStatus> TicketSteps::genericTargets(TicketStatus from)
{
    QList<TicketStatus> out;
    for (TicketStatus to : TicketLifecycle::allowedTargets(from)) {
        if (!stepFor(from, to))
            out.append(to);
    }
    return out;
}

QString TicketSteps::label(TicketStep step)
{
    switch (step) {
    case TicketStep::Quote:
        return tr("issue a quote");
    case TicketStep::Answer:
        return tr("record the customer's answer to the quote");
    case TicketStep::StartRepair:
        return tr("start the repair");
    case TicketStep::PartsArrived:
        return tr("record that the parts arrived");
    case TicketStep::WaitForParts:
        return tr("wait for parts, naming the part");
    case TicketStep::FinishRepair:
        return tr("finish the repair with every post-repair check");
    case TicketStep::HandBack:
        return tr("hand the phone back (IMEI scan, balance, accessories)");
    case TicketStep::Cancel:
        return tr("cancel the ticket with a reason");
    case TicketStep::Remedy:
        return tr("record the remedy the warranty verdict allows");
    case TicketStep::Dispose:
        return tr("dispose of an uncollected phone (manager, after the notices)");
    }
    return {};
}

QString TicketSteps::command(TicketStep step)
{
    switch (step) {
    case TicketStep::Quote:
        return QStringLiteral("repairctl ticket quote");
    case TicketStep::Answer:
        return QStringLiteral("repairctl ticket answer");
    case TicketStep::StartRepair:
        return QStringLiteral("repairctl ticket repair --start");
    case TicketStep::PartsArrived:
        return QStringLiteral("repairctl ticket repair --parts-arrived");
    case TicketStep::WaitForParts:
        return QStringLiteral("repairctl ticket repair --wait-parts");
    case TicketStep::FinishRepair:
        return QStringLiteral("repairctl ticket repair --finish");
    case TicketStep::HandBack:
        return QStringLiteral("repairctl ticket pickup");
    case TicketStep::Cancel:
        return QStringLiteral("repairctl ticket cancel");
    case TicketStep::Remedy:
        return QStringLiteral("repairctl ticket remedy");
    case TicketStep::Dispose:
        return QStringLiteral("repairctl ticket dispose");
    }
    return {};
}

QString TicketSteps::refusal(TicketStatus from, TicketStatus to)
{
    if (!TicketLifecycle::isAllowed(from, to))
        return {};
    const auto step = stepFor(from, to);
    if (!step)
        return {};
    return tr("\"%1\" is not a plain status change: %2 (%3).")
        .arg(TicketLifecycle::label(to), label(*step), command(*step));
}

} // namespace rc
