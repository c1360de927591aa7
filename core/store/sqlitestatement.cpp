#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace rc {

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(const Database &db, const char *sql, QString what)
    : m_db(sqliteHandle(db))
    , m_what(std::move(what))
{
    m_rc = m_db ? sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) : SQLITE_MISUSE;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepared() const
{
    if (!m_db)
        return Error {QStringLiteral("DB_ERROR"),
                      Database::tr("%1 failed: %2")
                          .arg(m_what, QStringLiteral("the store is not an SQLite connection"))};
    if (m_rc != SQLITE_OK || !m_statement)
        return errorNow();
    return {};
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, QByteArrayView utf8)
{
    // A null view is bound as an empty string, not NULL: bindNull says NULL.
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(),
                      static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Status SqliteStatement::run()
{
    m_rc = sqlite3_step(m_statement);
    if (m_rc != SQLITE_DONE && m_rc != SQLITE_ROW) {
        const Error error = errorNow();
        sqlite3_reset(m_statement);
        return error;
    }
    m_rc = sqlite3_reset(m_statement);
    if (m_rc != SQLITE_OK)
        return errorNow();
    return {};
}

bool SqliteStatement::step()
{
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_rc = SQLITE_OK;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

Status SqliteStatement::error() const
{
    if (m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return {};
    return errorNow();
}

Error SqliteStatement::errorNow() const
{
    return Database::sqliteError(sqlite3_extended_errcode(m_db),
                                 QString::fromUtf8(sqlite3_errmsg(m_db)), m_what);
}

} // namespace rc
