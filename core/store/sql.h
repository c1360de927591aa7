#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

namespace rc {
class Database;
}

// Small helpers the repositories share. Nothing here is for views: they never see SQL.
namespace rc::sql {

// Prepares and runs one statement with positional (?) bindings, forward-only. The error
// names `what` and carries the SQLite-derived code (DB_FULL, DB_IO, DB_CORRUPT, …).
Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values,
                      const QString &what);
// Like run, for statements that return no rows.
Status exec(const Database &db, const QString &statement, const QVariantList &values,
            const QString &what);

// For code that runs the same few statements many times in one transaction (a pulled page):
// each is prepared once and run again with new values (positional, a null QString bound as ''
// as in run()). The caller finishes a query it read from. Lives no longer than the transaction.
class StatementCache
{
public:
    explicit StatementCache(const Database &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    Result<QSqlQuery *> run(const QString &statement, const QVariantList &values,
                            const QString &what);
    Status exec(const QString &statement, const QVariantList &values, const QString &what);

private:
    const Database &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// A new record id: a time-ordered UUID (version 7) without braces.
QString newId();
// Instants are stored as UTC ISO-8601 with milliseconds: "2026-11-23T13:18:26.123Z".
QString timestamp(const QDateTime &instant);
QDateTime parseTimestamp(const QString &text);
// The same text as timestamp(), for milliseconds since the epoch, written into `out` (24
// bytes, no terminator) without a QDateTime: for bulk writers.
void formatTimestamp(qint64 msecsSinceEpoch, char *out);
// A calendar date as "YYYY-MM-DD" into `out` (10 bytes, no terminator); years 0-9999.
void formatDate(const QDate &date, char *out);
// NULL for an invalid date/instant or an empty string, the value otherwise.
QVariant nullable(const QString &text);
QVariant nullableDate(const QDate &date);
QVariant nullableTimestamp(const QDateTime &instant);

// Digits only, in reverse order: the key for "ends with" searches through an index.
QString reversed(const QString &text);
QString digitsOnly(const QString &text);

} // namespace rc::sql
