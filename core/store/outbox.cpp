#include "outbox.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>

namespace rc {

Status Outbox::append(const Database &db, Kind kind, const QString &entity, const QString &entityId,
                      int version, QJsonObject payload, const QDateTime &now)
{
    const QString stamp = sql::timestamp(now);
    if (!payload.contains(QLatin1String("id")))
        payload.insert(QStringLiteral("id"), entityId);
    if (!payload.contains(QLatin1String("version")))
        payload.insert(QStringLiteral("version"), version);
    if (!payload.contains(QLatin1String("updated_at")))
        payload.insert(QStringLiteral("updated_at"), stamp);
    if (!payload.contains(QLatin1String("center"))) {
        auto center = sql::run(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                               {QStringLiteral("center.code")}, QStringLiteral("outbox center"));
        if (!center)
            return center.error();
        payload.insert(QStringLiteral("center"),
                       center->next() ? center->value(0).toString() : QString());
    }
    return sql::exec(
        db,
        QStringLiteral("INSERT INTO outbox (record_kind, entity, entity_id, version, payload, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {kind == Kind::Snapshot ? QStringLiteral("snapshot") : QStringLiteral("event"), entity,
         entityId, version,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), stamp},
        QStringLiteral("outbox insert"));
}

Result<qint64> Outbox::pendingCount(const Database &db)
{
    auto query = sql::run(db, QStringLiteral("SELECT count(*) FROM outbox WHERE quarantined = 0"),
                          {}, QStringLiteral("outbox count"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace rc
