#include "ticketstatus.h"

#include <QHash>

namespace rc {

namespace {

struct StatusInfo
{
    TicketStatus status;
    const char *id;
};

constexpr StatusInfo kStatuses[] = {
    {TicketStatus::Received, "received"},
    {TicketStatus::Diagnosing, "diagnosing"},
    {TicketStatus::Quoted, "quoted"},
    {TicketStatus::Approved, "approved"},
    {TicketStatus::Declined, "declined"},
    {TicketStatus::Repairing, "repairing"},
    {TicketStatus::WaitingParts, "waiting_parts"},
    {TicketStatus::Ready, "ready"},
    {TicketStatus::PickedUp, "picked_up"},
    {TicketStatus::ReturnedUnrepaired, "returned_unrepaired"},
    {TicketStatus::Cancelled, "cancelled"},
    {TicketStatus::Exchanged, "exchanged"},
    {TicketStatus::Refunded, "refunded"},
    {TicketStatus::AccessoryReplaced, "accessory_replaced"},
    {TicketStatus::Disposed, "disposed"},
};

} // namespace

const QList<TicketStatus> &TicketLifecycle::allStatuses()
{
    static const QList<TicketStatus> all = [] {
        QList<TicketStatus> list;
        for (const StatusInfo &info : kStatuses)
            list.append(info.status);
        return list;
    }();
    return all;
}

QString TicketLifecycle::id(TicketStatus status)
{
    for (const StatusInfo &info : kStatuses) {
        if (info.status == status)
            return QString::fromLatin1(info.id);
    }
    return {};
}

std::optional<TicketStatus> TicketLifecycle::fromId(const QString &id)
{
    for (const StatusInfo &info : kStatuses) {
        if (id == QLatin1String(info.id))
            return info.status;
    }
    return std::nullopt;
}

QString TicketLifecycle::label(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Received:
        return tr("Received");
    case TicketStatus::Diagnosing:
        return tr("Diagnosing");
    case TicketStatus::Quoted:
        return tr("Quote awaiting approval");
    case TicketStatus::Approved:
        return tr("Quote approved");
    case TicketStatus::Declined:
        return tr("Quote declined");
    case TicketStatus::Repairing:
        return tr("Repairing");
    case TicketStatus::WaitingParts:
        return tr("Waiting for parts");
    case TicketStatus::Ready:
        return tr("Ready for pickup");
    case TicketStatus::PickedUp:
        return tr("Picked up");
    case TicketStatus::ReturnedUnrepaired:
        return tr("Returned unrepaired");
    case TicketStatus::Cancelled:
        return tr("Cancelled");
    case TicketStatus::Exchanged:
        return tr("Exchanged");
    case TicketStatus::Refunded:
        return tr("Refunded");
    case TicketStatus::AccessoryReplaced:
        return tr("Accessory replaced");
    case TicketStatus::Disposed:
        return tr("Disposed (uncollected)");
    }
    return {};
}

QList<TicketStatus> TicketLifecycle::allowedTargets(TicketStatus from)
{
    using S = TicketStatus;
    // Every open ticket may end in the remedy the verdict allows (the remedy step checks it).
    const QList<TicketStatus> remedies {S::Exchanged, S::Refunded, S::AccessoryReplaced};
    switch (from) {
    case S::Received:
        return QList<S> {S::Diagnosing, S::Cancelled} + remedies;
    case S::Diagnosing:
        // No fault found or not repairable ends here; otherwise the customer gets a quote
        // (also when the warranty covers everything: nothing is repaired before approval).
        return QList<S> {S::Quoted, S::ReturnedUnrepaired, S::Cancelled} + remedies;
    case S::Quoted:
        // Back to diagnosing when the technician must look again before the customer decides.
        return QList<S> {S::Approved, S::Declined, S::Diagnosing, S::Cancelled} + remedies;
    case S::Approved:
        return QList<S> {S::Repairing, S::WaitingParts, S::Quoted, S::Cancelled} + remedies;
    case S::Declined:
        // A revised quote the customer may still accept, or the phone goes back.
        return QList<S> {S::Quoted, S::ReturnedUnrepaired} + remedies;
    case S::Repairing:
        // A further fault found during repair needs a revised quote and a new approval.
        return QList<S> {S::WaitingParts, S::Ready, S::Quoted, S::ReturnedUnrepaired} + remedies;
    case S::WaitingParts:
        return QList<S> {S::Repairing, S::Quoted, S::ReturnedUnrepaired} + remedies;
    case S::Ready:
        // Back to repairing when the final test or the customer at pickup finds it not fixed;
        // disposed when nobody collects it uncollected.days after the last notice.
        return QList<S> {S::PickedUp, S::Repairing} + remedies + QList<S> {S::Disposed};
    case S::PickedUp:
    case S::ReturnedUnrepaired:
    case S::Cancelled:
    case S::Exchanged:
    case S::Refunded:
    case S::AccessoryReplaced:
    case S::Disposed:
        return {};
    }
    return {};
}

bool TicketLifecycle::isAllowed(TicketStatus from, TicketStatus to)
{
    return allowedTargets(from).contains(to);
}

bool TicketLifecycle::isFinal(TicketStatus status)
{
    return allowedTargets(status).isEmpty();
}

bool TicketLifecycle::isRemedy(TicketStatus status)
{
    return status == TicketStatus::Exchanged || status == TicketStatus::Refunded
           || status == TicketStatus::AccessoryReplaced;
}

bool TicketLifecycle::isDestructive(TicketStatus to)
{
    return to == TicketStatus::Cancelled || to == TicketStatus::ReturnedUnrepaired;
}

QString TicketLifecycle::refusal(TicketStatus from, TicketStatus to)
{
    if (isAllowed(from, to))
        return {};
    const QList<TicketStatus> targets = allowedTargets(from);
    if (targets.isEmpty())
        return tr("A ticket that is \"%1\" is closed; it cannot become \"%2\".")
            .arg(label(from), label(to));
    QStringList names;
    for (TicketStatus target : targets)
        names.append(label(target));
    return tr("A ticket that is \"%1\" cannot become \"%2\"; it can become: %3.")
        .arg(label(from), label(to), names.join(QStringLiteral(", ")));
}

} // namespace rc
