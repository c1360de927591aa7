#pragma once

#include "ticketstatus.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rc {

// The moves of the lifecycle that are a workflow step of their own, because the step has
// requirements the lifecycle graph cannot see: a quote needs lines, "approved" a recorded
// answer on the current revision, "ready" every post-repair check, a hand-back the IMEI match,
// the balance and the accessories, a cancellation a reason. The generic "change status" move
// refuses them and names the step to use; only the step itself (core/workflow) reaches them.
enum class TicketStep {
    Quote, // → quoted: lines of a new revision
    Answer, // → approved | declined: the customer's answer to the current revision
    StartRepair, // approved | ready → repairing
    PartsArrived, // waiting_parts → repairing
    WaitForParts, // approved | repairing → waiting_parts, with the part awaited
    FinishRepair, // repairing → ready, with every post-repair check
    HandBack, // → picked_up | returned_unrepaired: IMEI match, balance, accessories
    Cancel, // → cancelled, with a reason
    Remedy, // → exchanged | refunded | accessory_replaced: only what the verdict allows
    Dispose, // ready → disposed: a manager, uncollected.days after the last notice, a reason
};

class TicketSteps
{
    Q_DECLARE_TR_FUNCTIONS(TicketSteps)

public:
    // The step that owns from → to; nothing when the generic move may do it (or when the
    // lifecycle does not allow it at all: TicketLifecycle::refusal says why).
    static std::optional<TicketStep> stepFor(TicketStatus from, TicketStatus to);
    // Moves the generic "change status" may make from `from`: allowed by the lifecycle and
    // owned by no step.
    static QList<TicketStatus> genericTargets(TicketStatus from);
    // The step in words, translated ("record the customer's answer").
    static QString label(TicketStep step);
    // The command that does it ("repairctl ticket answer").
    static QString command(TicketStep step);
    // Why the generic move refuses from → to, naming the step; empty when it does not.
    static QString refusal(TicketStatus from, TicketStatus to);
};

} // namespace rc
