#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace rc {

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString resolveDatabasePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(commandLinePath));
    const QString fromEnv = qEnvironmentVariable("REPAIR_COUNTER_DB");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    return QDir(defaultDataDirectory()).filePath(QStringLiteral("repair-counter.sqlite"));
}

} // namespace rc
