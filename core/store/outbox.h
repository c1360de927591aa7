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

    // Appends one row. Must be called inside Database::write(). The payload gets `id`,
    // `version`, `center` and `updated_at` filled in when missing (center from the
    // `center.code` setting).
    static Status append(const Database &db, Kind kind, const QString &entity,
                         const QString &entityId, int version, QJsonObject payload,
                         const QDateTime &now);
    // Rows not yet sent and not quarantined (for tests and `db info`).
    static Result<qint64> pendingCount(const Database &db);
};

} // namespace rc
