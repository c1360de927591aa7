#pragma once

#include "common/result.h"
#include "sync/chainhash.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rc {

class Database;

// The hash chains of the audit trail (docs/audit.md): one chain per table per station, over
// audit_entries and over ticket_events, each in insertion order (rid); the hash itself is
// in sync/chainhash.h, shared with repair-hq. This store's own entries are in the chain of
// its station code; an entry pulled from another station keeps that station's prev_hash and
// hash, in that station's chain; an entry that is never sent (a clash seen while applying)
// is in the chain kLocalChain.
namespace auditchain {

using chainhash::auditHash;
using chainhash::dataValue;
using chainhash::eventHash;
using chainhash::kAuditChain;
using chainhash::kEventChain;

// Registers rc_audit_hash() and rc_event_hash() (the same arguments as above, in that
// order) on the store's connection, for the schema step that chains existing rows and for
// bulk writers. False when the store is not on the SQLite driver.
bool registerSqlFunctions(const Database &db);

// The chain of entries kept only in this store; never a station code (two digits).
inline constexpr char kLocalChain[] = "local";

// The chain this store's own entries go in: its station code (settings, else the default).
Result<QString> ownChain(const Database &db);

// Inside Database::write(): the hash of the newest entry of the table in that station's
// chain ("" when it has none).
Result<QString> lastHash(const Database &db, const QString &table, const QString &station);

// The payload fields of a chained entry for the sync (docs/sync-protocol.md): prev_hash and
// hash, and the station whose store wrote it (which chain it is in; not hashed).
void addChainFields(QJsonObject &payload, const QString &station, const QString &prevHash,
                    const QString &hash);

// One problem found in a chain: the first one, per table.
struct ChainProblem
{
    QString table; // audit_entries or ticket_events
    qint64 rid = 0;
    QString id;
    QString what; // a sentence
};

struct ChainReport
{
    bool chained = false; // false: the store predates the chain (no hash columns)
    qint64 auditEntries = 0;
    qint64 ticketEvents = 0;
    QList<ChainProblem> problems; // at most one per table
};

// Walks the chains of both tables, station by station in rid order: an entry whose hash does
// not match its fields (an edit), or whose prev_hash is not the previous entry's hash (a
// deletion, an insertion or a reorder), stopping at the first problem of each table. The
// chains of other stations arrive in their feed's order, in which a record that waited for
// its parent comes late: there an entry must link to an entry of that chain (or start it),
// and no two entries may link to the same one (a fork).
Result<ChainReport> check(const Database &db);

} // namespace auditchain
} // namespace rc
