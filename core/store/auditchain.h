#pragma once

#include "common/result.h"
#include "sync/chainhash.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rc {

class Database;

// The hash chains of the audit trail (docs/audit.md): one chain per table per store, over
// audit_entries and over ticket_events, each in insertion order (rid); the hash itself is
// in sync/chainhash.h, shared with repair-hq.
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

// Inside Database::write(): the hash of the newest entry of the table ("" when empty).
Result<QString> lastHash(const Database &db, const QString &table);

// The payload fields of a chained entry for the sync (docs/sync-protocol.md): prev_hash and
// hash, and the station whose store wrote it (which chain it is in; not hashed).
Status addChainFields(const Database &db, QJsonObject &payload, const QString &prevHash,
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

// Walks both chains in rid order: an entry whose hash does not match its fields (an edit),
// whose prev_hash is not the previous entry's hash (a deletion, an insertion or a reorder)
// or whose rid skips one (a deletion of the newest rows is not visible by hashes alone, a
// gap in rid is), stopping at the first problem of each table.
Result<ChainReport> check(const Database &db);

} // namespace auditchain
} // namespace rc
