#pragma once

#include "common/result.h"

#include <QString>

namespace rc {

namespace sql {
class StatementCache;
}

// Status contradictions (docs/sync-protocol.md, "Status contradictions"): two different moves
// of one ticket from the same status made at two stations that had not seen each other's.
// Both stay in the timeline; the one with the lower (version, origin) is marked in
// event_conflicts, and the ticket's status is the winner's, the same on every station
// whatever order the records came in. Moves of one origin never contradict each other: a
// store moves a ticket only from the status it holds, so two of its moves from one status
// are a loop through it (repairing → waiting for parts → repairing → ready).
namespace StatusMoves {

struct Settled
{
    int conflicts = 0; // moves newly marked as losing
    bool statusChanged = false; // the ticket now has the winner's status
};

// Redraws the ticket's conflict marks from the moves the store holds and gives it the
// winner's status where it had a loser's. After every move, made here or pulled; inside
// Database::write().
Result<Settled> settle(sql::StatementCache &statements, const QString &ticketId);

} // namespace StatusMoves

} // namespace rc
