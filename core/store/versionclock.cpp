#include "versionclock.h"

#include "database.h"
#include "sql.h"

#include <QUuid>

namespace rc {

Result<qint64> VersionClock::next(const Database &db)
{
    if (Status status = sql::exec(db, QStringLiteral("UPDATE version_clock SET clock = clock + 1"),
                                  {}, QStringLiteral("advancing the version clock"));
        !status)
        return status.error();
    return current(db);
}

Status VersionClock::observe(const Database &db, qint64 seen)
{
    return sql::exec(db, QStringLiteral("UPDATE version_clock SET clock = max(clock, ?)"), {seen},
                     QStringLiteral("raising the version clock"));
}

Result<QString> VersionClock::origin(const Database &db)
{
    auto query = sql::run(db, QStringLiteral("SELECT incarnation FROM version_clock"), {},
                          QStringLiteral("reading the incarnation"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error {QStringLiteral("NO_CLOCK"), tr("The store has no version clock.")};
    return query->value(0).toString();
}

Result<qint64> VersionClock::current(const Database &db)
{
    auto query = sql::run(db, QStringLiteral("SELECT clock FROM version_clock"), {},
                          QStringLiteral("reading the version clock"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error {QStringLiteral("NO_CLOCK"), tr("The store has no version clock.")};
    return query->value(0).toLongLong();
}

Status VersionClock::reincarnate(const Database &db, qint64 floor)
{
    return sql::exec(
        db, QStringLiteral("UPDATE version_clock SET clock = max(clock, ?), incarnation = ?"),
        {floor, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        QStringLiteral("renewing the incarnation"));
}

int VersionClock::compare(qint64 version1, const QString &origin1, qint64 version2,
                          const QString &origin2)
{
    if (version1 != version2)
        return version1 < version2 ? -1 : 1;
    return origin1.compare(origin2);
}

} // namespace rc
