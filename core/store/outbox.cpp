#include "outbox.h"

#include "database.h"
#include "sql.h"
#include "versionclock.h"

#include <QJsonDocument>

namespace rc {

Status Outbox::append(const Database &db, Kind kind, const QString &entity, const QString &entityId,
                      int, QJsonObject payload, const QDateTime &now)
{
    const QString stamp = sql::timestamp(now);
    auto version = VersionClock::next(db);
    if (!version)
        return version.error();
    auto origin = VersionClock::origin(db);
    if (!origin)
        return origin.error();
    if (!payload.contains(QLatin1String("id")))
        payload.insert(QStringLiteral("id"), entityId);
    // HQ checks that the payload's version is the record's.
    payload.insert(QStringLiteral("version"), *version);
    if (!payload.contains(QLatin1String("updated_at")))
        payload.insert(QStringLiteral("updated_at"), stamp);
    if (!payload.contains(QLatin1String("center"))) {
        auto center = centerCode(db);
        if (!center)
            return center.error();
        payload.insert(QStringLiteral("center"), *center);
    }
    if (kind == Kind::Snapshot) {
        if (Status status = sql::exec(
                db,
                QStringLiteral("INSERT INTO record_origins (entity, id, version, origin) VALUES "
                               "(?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET version = "
                               "excluded.version, origin = excluded.origin"),
                {entity, entityId, *version, *origin}, QStringLiteral("record origin"));
            !status)
            return status;
    }
    return sql::exec(
        db,
        QStringLiteral("INSERT INTO outbox (record_kind, entity, entity_id, version, origin, "
                       "payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {kind == Kind::Snapshot ? QStringLiteral("snapshot") : QStringLiteral("event"), entity,
         entityId, *version, *origin,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), stamp},
        QStringLiteral("outbox insert"));
}

Result<QString> Outbox::centerCode(const Database &db)
{
    auto center = sql::run(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                           {QStringLiteral("center.code")}, QStringLiteral("center code"));
    if (!center)
        return center.error();
    return center->next() ? center->value(0).toString().trimmed() : QString();
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
