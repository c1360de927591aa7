#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace rc {

class Database;

// The Qt driver's own SQLite connection (Debian's Qt SQLite driver uses the system
// libsqlite3), or nullptr when the store is not on the QSQLITE driver.
sqlite3 *sqliteHandle(const Database &db);

// One prepared statement on that connection, through the SQLite C API: UTF-8 text and
// integers bound without a QVariant per value. For the few hot paths (bulk writing, the
// report's scans); repositories use QSqlQuery.
class SqliteStatement
{
public:
    // `what` names the statement in error messages.
    SqliteStatement(const Database &db, const char *sql, QString what);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Whether preparing worked; the error says why not.
    Status prepared() const;

    // Parameters count from 1. Text is not copied: it must stay valid until run() or
    // step() has used it.
    void bind(int index, qint64 value);
    void bind(int index, QByteArrayView utf8);
    void bindNull(int index);

    // A statement that returns no rows: runs it and resets it for the next bindings.
    Status run();
    // A query: true for a row, false when done or failed (then error() says why).
    bool step();
    void reset();
    Status error() const;
    // The rowid of the connection's latest successful INSERT.
    qint64 lastInsertRowId() const;

    sqlite3_stmt *get() const { return m_statement; }

private:
    Error errorNow() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    int m_rc = 0;
};

} // namespace rc
