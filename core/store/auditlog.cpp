#include "auditlog.h"

#include "auditchain.h"
#include "database.h"
#include "outbox.h"
#include "sql.h"

#include <QJsonDocument>

namespace rc {

QJsonObject toJson(const AuditEntry &e)
{
    QJsonObject o {{QStringLiteral("id"), e.id},
                   {QStringLiteral("at"), sql::timestamp(e.at)},
                   {QStringLiteral("user_id"), e.userId},
                   {QStringLiteral("actor"), e.actor},
                   {QStringLiteral("kind"), e.kind},
                   {QStringLiteral("entity"), e.entity},
                   {QStringLiteral("entity_id"), e.entityId},
                   {QStringLiteral("note"), e.note},
                   {QStringLiteral("data"), e.data}};
    if (!e.ticketNumber.isEmpty())
        o.insert(QStringLiteral("ticket_number"), e.ticketNumber);
    return o;
}

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

AuditEntry AuditLog::entry(const Actor &actor, const QString &kind, const QString &entity,
                           const QString &entityId, const QDateTime &at, const QJsonObject &data,
                           const QString &note)
{
    AuditEntry e;
    e.id = sql::newId();
    e.at = at;
    e.userId = actor.userId;
    e.actor = actor.name;
    e.kind = kind;
    e.entity = entity;
    e.entityId = entityId;
    e.data = data;
    e.note = note;
    return e;
}

Status AuditLog::appendInTransaction(const Database &db, AuditEntry e)
{
    if (e.id.isEmpty())
        e.id = sql::newId();
    const QString data = QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
    // The chain (docs/audit.md): this station's newest entry's hash, read inside this
    // transaction.
    auto station = auditchain::ownChain(db);
    if (!station)
        return station.error();
    auto prev = auditchain::lastHash(db, QStringLiteral("audit_entries"), *station);
    if (!prev)
        return prev.error();
    const QString at = sql::timestamp(e.at);
    const QString hash = auditchain::auditHash(*prev, e.id, at, e.userId, e.actor, e.kind, e.entity,
                                               e.entityId, e.note, e.data);
    if (Status s = sql::exec(db,
                             QStringLiteral("INSERT INTO audit_entries (id, at, user_id, actor, "
                                            "kind, entity, entity_id, note, data, prev_hash, "
                                            "hash, station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?)"),
                             {e.id, at, sql::nullable(e.userId), e.actor, e.kind, e.entity,
                              e.entityId, e.note, data, *prev, hash, *station},
                             QStringLiteral("audit entry insert"));
        !s)
        return s;
    QJsonObject payload = toJson(e);
    auditchain::addChainFields(payload, *station, *prev, hash);
    return Outbox::append(db, Outbox::Kind::Event, QStringLiteral("audit_entry"), e.id, 1, payload,
                          e.at);
}

Status AuditLog::recordRestore(Database &restored, const Actor &actor, const QString &backup,
                               const QString &replacedKeptAt, int backupSchemaVersion,
                               const QDateTime &at)
{
    return restored.write([&]() -> Status {
        return appendInTransaction(
            restored, entry(actor, QStringLiteral("store.restore"), QStringLiteral("store"),
                            restored.path(), at,
                            {{QStringLiteral("backup"), backup},
                             {QStringLiteral("replaced_kept_at"), replacedKeptAt},
                             {QStringLiteral("backup_schema_version"), backupSchemaVersion}}));
    });
}

QString AuditLog::startOfDay(const QDate &date)
{
    return sql::timestamp(date.startOfDay(Qt::LocalTime));
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter &filter)
{
    QStringList ticketWhere;
    QStringList auditWhere;
    QVariantList ticketValues;
    QVariantList auditValues;
    if (!filter.ticketNumber.trimmed().isEmpty()) {
        ticketWhere << QStringLiteral("t.number = ? COLLATE NOCASE");
        ticketValues << filter.ticketNumber.trimmed();
        // Audit entries about the ticket: refusals of a step on it.
        auditWhere << QStringLiteral("a.entity = 'ticket' AND a.entity_id IN (SELECT id FROM "
                                     "tickets WHERE number = ? COLLATE NOCASE)");
        auditValues << filter.ticketNumber.trimmed();
    }
    if (!filter.userId.isEmpty()) {
        ticketWhere << QStringLiteral("e.user_id = ?");
        ticketValues << filter.userId;
        auditWhere << QStringLiteral("a.user_id = ?");
        auditValues << filter.userId;
    }
    if (!filter.kind.isEmpty()) {
        ticketWhere << QStringLiteral("e.kind = ?");
        ticketValues << filter.kind;
        auditWhere << QStringLiteral("a.kind = ?");
        auditValues << filter.kind;
    }
    if (filter.from.isValid()) {
        ticketWhere << QStringLiteral("e.at >= ?");
        ticketValues << startOfDay(filter.from);
        auditWhere << QStringLiteral("a.at >= ?");
        auditValues << startOfDay(filter.from);
    }
    if (filter.to.isValid()) {
        ticketWhere << QStringLiteral("e.at < ?");
        ticketValues << startOfDay(filter.to.addDays(1));
        auditWhere << QStringLiteral("a.at < ?");
        auditValues << startOfDay(filter.to.addDays(1));
    }
    auto where = [](const QStringList &conditions) {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    };
    // Each side is limited and ordered on its own so SQLite walks the `at` indexes
    // backwards and stops early, even over millions of events.
    const QString statement
        = QStringLiteral(
              "SELECT * FROM (SELECT e.id, e.at, e.user_id, e.actor, e.kind, 'ticket', "
              "e.ticket_id, e.note, e.data, t.number, e.from_status, e.to_status "
              "FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id%1 "
              "ORDER BY e.at DESC LIMIT ?) "
              "UNION ALL SELECT * FROM (SELECT a.id, a.at, a.user_id, a.actor, a.kind, a.entity, "
              "a.entity_id, a.note, a.data, CASE a.entity WHEN 'ticket' THEN COALESCE((SELECT "
              "number FROM tickets WHERE id = a.entity_id), '') ELSE '' END, NULL, NULL FROM "
              "audit_entries a%2 "
              "ORDER BY a.at DESC LIMIT ?) ORDER BY 2 DESC LIMIT ?")
              .arg(where(ticketWhere), where(auditWhere));
    QVariantList values = ticketValues;
    values << filter.limit;
    values += auditValues;
    values << filter.limit << filter.limit;
    auto q = sql::run(m_db, statement, values, QStringLiteral("audit read"));
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toString();
        e.at = sql::parseTimestamp(q->value(1).toString());
        e.userId = q->value(2).toString();
        e.actor = q->value(3).toString();
        e.kind = q->value(4).toString();
        e.entity = q->value(5).toString();
        e.entityId = q->value(6).toString();
        e.note = q->value(7).toString();
        e.data = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        e.ticketNumber = q->value(9).toString();
        if (!q->value(10).isNull())
            e.data.insert(QStringLiteral("from_status"), q->value(10).toString());
        if (!q->value(11).isNull())
            e.data.insert(QStringLiteral("to_status"), q->value(11).toString());
        entries.append(e);
    }
    return entries;
}

Result<QStringList> AuditLog::kinds()
{
    QStringList kinds {QStringLiteral("created"),   QStringLiteral("transition"),
                       QStringLiteral("edit"),      QStringLiteral("note"),
                       QStringLiteral("diagnosis"), QStringLiteral("quote"),
                       QStringLiteral("approval"),  QStringLiteral("payment"),
                       QStringLiteral("warranty"),  QStringLiteral("override")};
    auto q = sql::run(m_db, QStringLiteral("SELECT DISTINCT kind FROM audit_entries"), {},
                      QStringLiteral("audit kinds"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString kind = q->value(0).toString();
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    kinds.sort();
    return kinds;
}

} // namespace rc
