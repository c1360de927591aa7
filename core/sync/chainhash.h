#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The hash of an entry of the audit trail's chains (docs/audit.md), shared by the store that
// writes and checks them (core/store/auditchain.h) and by repair-hq, which verifies them as
// they arrive through the sync. An entry's hash is the hex SHA-256 of the UTF-8 of a compact
// JSON array of the chain's name, the previous entry's hash ("" for the first entry) and the
// entry's fields, in a fixed order:
//   audit_entry:  [chain, prev_hash, id, at, user_id, actor, kind, entity, entity_id, note, data]
//   ticket_event: [chain, prev_hash, id, ticket_id, at, user_id, actor, kind, from, to, note,
//                  data]
// Every field is a string ("" when absent) except data, the entry's JSON object (keys
// sorted, as Qt writes them); data stored as text that is not a JSON object enters as that
// text, a string.
namespace rc::chainhash {

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
// carry, recomputed from the payload's own fields and its "prev_hash"; empty for another
// entity.
QString hashOfPayload(const QString &entity, const QJsonObject &payload);

} // namespace rc::chainhash
