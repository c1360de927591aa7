#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rc {

// Where a ticket (维修单) stands in its life, domain.md §1:
//   received → diagnosing → quoted → approved | declined
//   → repairing ⇄ waiting_parts → ready → picked_up
// plus returned_unrepaired (declined, unfixable or no fault found) and cancelled, and the
// remedies the warranty verdict allows (issue 20), each closing the ticket from any open
// status: exchanged (换货, CN-04/05/06/08/09), refunded (退货, CN-04) and accessory_replaced
// (附件更换, CN-13); and disposed (uncollected: a ready phone nobody collected within
// uncollected.days of the last notice to collect, closed by a manager with a reason).
// The string ids ("waiting_parts") are stable: they are stored, synced and printed by
// programs; labels are for people and translated.
enum class TicketStatus {
    Received,
    Diagnosing,
    Quoted,
    Approved,
    Declined,
    Repairing,
    WaitingParts,
    Ready,
    PickedUp,
    ReturnedUnrepaired,
    Cancelled,
    Exchanged,
    Refunded,
    AccessoryReplaced,
    Disposed,
};

class TicketLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(TicketLifecycle)

public:
    // Every status, in the order of the workflow.
    static const QList<TicketStatus> &allStatuses();
    // The stable id, e.g. "waiting_parts".
    static QString id(TicketStatus status);
    // The status named by id, or nothing if id is unknown.
    static std::optional<TicketStatus> fromId(const QString &id);
    // The translated label, e.g. "Waiting for parts" / "待料".
    static QString label(TicketStatus status);

    // The statuses a ticket in `from` may move to. Empty for picked_up, cancelled,
    // returned_unrepaired and the remedies: those are final.
    static QList<TicketStatus> allowedTargets(TicketStatus from);
    static bool isAllowed(TicketStatus from, TicketStatus to);
    static bool isFinal(TicketStatus status);
    // A move that closes the ticket without the repair the customer came for (cancelled,
    // returned_unrepaired). It cannot be undone, so the store refuses it without a written
    // reason, and screens ask for a confirmation and never preselect it.
    static bool isDestructive(TicketStatus to);
    // A status a remedy closes the ticket in (exchanged, refunded, accessory_replaced).
    static bool isRemedy(TicketStatus status);
    // Why from → to is refused, in a sentence for the clerk (translated), naming the
    // allowed targets. Empty when the transition is allowed.
    static QString refusal(TicketStatus from, TicketStatus to);
};

} // namespace rc
