#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rc {

class Database;

// The hash chains of the audit trail (docs/audit.md): one chain per table per store, over
// audit_entries and over ticket_events, each in insertion order (rid). An entry's hash is
// the hex SHA-256 of the UTF-8 of a compact JSON array of the chain's name, the previous
// entry's hash ("" for the first entry) and the entry's fields, in a fixed order:
//   audit_entry:  [chain, prev_hash, id, at, user_id, actor, kind, entity, entity_id, note, data]
//   ticket_event: [chain, prev_hash, id, ticket_id, at, user_id, actor, kind, from, to, note,
//                  data]
// Every field is a string ("" when absent) except data, the entry's JSON object (keys
// sorted, as Qt writes them); data stored as text that is not a JSON object enters as that
// text, a string.
namespace auditchain {

inline constexpr const char *kAuditChain = "audit_entry";
inline constexpr const char *kEventChain = "ticket_event";

QString auditHash(const QString &prevHash, const QString &id, const QString &at,
                  const QString &userId, const QString &actor, const QString &kind,
                  const QString &entity, const QString &entityId, const QString &note,
                  const QJsonValue &data);
QString eventHash(const QString &prevHash, const QString &id, const QString &ticketId,
                  const QString &at, const QString &userId, const QString &actor,
                  const QString &kind, const QString &from, const QString &to, const QString &note,
                  const QJsonValue &data);
// The data column as it enters the hash: the parsed object, or the text when it is not one.
QJsonValue dataValue(const QString &storedText);

// The hash an entry of the sync payload (entity "audit_entry" or "ticket_event") should
// carry, recomputed from the payload's own fields and its "prev_hash".
QString hashOfPayload(const QString &entity, const QJsonObject &payload);

// Registers rc_audit_hash() and rc_event_hash() (the same arguments as above, in that
// order) on the store's connection, for the schema step that chains existing rows and for
// bulk writers. False when the store is not on the SQLite driver.
bool registerSqlFunctions(const Database &db);

// Inside Database::write(): the hash of the newest entry of the table ("" when empty).
Result<QString> lastHash(const Database &db, const QString &table);

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
