#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rc {

class Database;

// The outbox (docs/architecture.md): one row per change, written in the same transaction as the
// change, drained in `seq` order by sync.
class Outbox
{
public:
    enum class Kind { Snapshot, Event };

    // Appends one row. Must be called inside Database::write(). The record's wire version is
    // the store's next VersionClock value, written to the row and to payload.version (the
    // entity's own version, the last argument but two, is its local optimistic-concurrency
    // counter and is not sent); the row's origin is the store's incarnation; a snapshot's
    // (version, origin) is recorded in record_origins. The payload gets `id`, `center` and
    // `updated_at` filled in when missing (center from centerCode()).
    static Status append(const Database &db, Kind kind, const QString &entity,
                         const QString &entityId, int entityVersion, QJsonObject payload,
                         const QDateTime &now);
    // The store's center code: the `center.code` setting, empty while none is set (sync
    // refuses to run then). The one source of the center a record is sent with.
    static Result<QString> centerCode(const Database &db);
    // Rows not yet sent and not quarantined (for tests and `db info`).
    static Result<qint64> pendingCount(const Database &db);
};

} // namespace rc
