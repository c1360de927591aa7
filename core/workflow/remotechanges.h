#pragma once

#include "common/result.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace rc {
class Clock;
class Database;
} // namespace rc

namespace rc::workflow {

// Where the pull of the change feed stands (schema step 16): the cursor to send next, when
// a page was last applied and how many records HQ still had after it.
struct PullState
{
    QString cursor;
    QDateTime lastPull;
    qint64 behind = 0;
};

// What applying one page did, record by record.
struct PageOutcome
{
    int applied = 0; // snapshots that replaced or created a row, events inserted
    int duplicates = 0; // events already held, snapshots already at that (version, origin)
    int stale = 0; // snapshots older than what the store holds
    int ignored = 0; // station-local settings
    int parked = 0; // records of this page left parked (a missing parent, or malformed)
    int unparked = 0; // parked by an earlier page, applied now that their parent came
    int conflicts = 0; // sync.conflict audits and contradicting status moves
    QSet<QString> ticketIds; // tickets whose rows or timeline changed
};

// Applies the other stations' records, as HQ's change feed serves them
// (docs/sync-protocol.md, "Version 2: how a station applies"), to the local store: one page in
// one transaction with the new pull cursor. Snapshots replace the row when their
// (version, origin) is greater than what the store holds (record_origins); events are inserted
// once; a record whose parent row is missing is parked until it comes; a malformed one is
// parked with its error. Nothing applied here goes to the outbox.
class RemoteChanges
{
public:
    RemoteChanges(Database &db, const Clock &clock);

    Result<PageOutcome> apply(const sync::ChangesPage &page);

    static Result<PullState> state(const Database &db);
    static Result<qint64> parkedCount(const Database &db);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc::workflow
