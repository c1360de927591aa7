#pragma once

#include "common/result.h"

#include <QString>

namespace rc {

namespace sql {
class StatementCache;
}

// A ticket's status is derived from its moves alone (docs/sync-protocol.md, "Status
// moves"), so that every station that holds the same moves shows the same status, whatever
// order they came in and whatever snapshot won.
//
// The moves are the ticket's events with a `to` status: "created" (no `from`) is the root,
// and every later move names in its data the move it followed (`after`). From the root the
// winning path goes down: of the moves that followed the path's end, those to one status
// are one step (two stations that both started the diagnosis agree); of two steps to
// different statuses, the one whose best move has the greater (version, origin, id) wins.
// The moves of a losing step, and all that followed them, are marked in event_conflicts;
// the status is the `to` of the path's end. A move whose `after` is not held waits, out of
// the path, until it is. Moves written before moves named what they followed are placed
// after the latest earlier move that ended in their `from`, else after the move just before
// them (by time; moves of one instant by station and in the order of its chain).
namespace StatusMoves {

// The data key of a move that names the move it followed.
inline constexpr char kAfterKey[] = "after";

struct Settled
{
    int conflicts = 0; // moves newly marked as losing
    bool statusChanged = false; // the ticket's status is another than before
};

// The move the ticket's status comes from (the winning path's end): what a move made now
// follows. Empty when the store holds none of the ticket's moves. Inside Database::write().
Result<QString> head(sql::StatementCache &statements, const QString &ticketId);

// Gives the ticket the status (and the time it took it) of its winning path and redraws its
// conflict marks from the moves the store holds. After every move, made here or pulled, and
// every ticket snapshot pulled; inside Database::write().
Result<Settled> settle(sql::StatementCache &statements, const QString &ticketId);

} // namespace StatusMoves

} // namespace rc
