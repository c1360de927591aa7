#pragma once

// Tickets in any status, for tests of other things than the workflow steps (reports, search,
// papers, lists): a move along the lifecycle graph without the step's own checks. Production
// code cannot do this (see StepKey in core/store/ticketrepository.h); the workflow tests walk
// through the real steps instead.

#include "common/clock.h"
#include "store/database.h"
#include "store/ticketrepository.h"

namespace rc::test {

struct LifecycleWalker
{
    // A move with `note`, or for a move that closes the ticket without one, a stock reason.
    static Result<Ticket> move(Database &db, const Clock &clock, const QString &ticketId,
                               TicketStatus to, const Actor &actor = {}, const QString &note = {},
                               std::optional<int> expectedVersion = std::nullopt)
    {
        const QString reason = note.isEmpty() && TicketLifecycle::isDestructive(to)
                                   ? QStringLiteral("closed by the test")
                                   : note;
        return moveWithNote(db, clock, ticketId, to, actor, reason, expectedVersion);
    }

    // The move with exactly `note` (the store's own checks of the note apply).
    static Result<Ticket> moveWithNote(Database &db, const Clock &clock, const QString &ticketId,
                                       TicketStatus to, const Actor &actor, const QString &note,
                                       std::optional<int> expectedVersion = std::nullopt)
    {
        TicketRepository tickets(db, clock);
        Result<Ticket> result = Error {};
        const Status status = db.write([&]() -> Status {
            result
                = tickets.stepInTransaction(ticketId, to, actor, note, expectedVersion, StepKey {});
            return result ? Status() : Status(result.error());
        });
        if (!status)
            return status.error();
        return result;
    }
};

} // namespace rc::test
