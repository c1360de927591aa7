#pragma once

#include <QString>

namespace rc {

// Where the store lives: --db PATH wins, then REPAIR_COUNTER_DB, then
// QStandardPaths::AppDataLocation/repair-counter.sqlite.
QString resolveDatabasePath(const QString &commandLinePath);

// The folder beside the store for backups, extra policies and the like.
QString defaultDataDirectory();

} // namespace rc
