#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace rc {

// One SQLite connection to the store, owned by one thread. Opening applies the pragmas
// the store relies on (WAL, synchronous=FULL, foreign keys, busy timeout), creates the
// file readable by its owner only, and brings the schema up to date.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        bool createIfMissing = true;
        bool migrate = true;
        int busyTimeoutMs = 5000;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options {});
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs body inside BEGIN IMMEDIATE … COMMIT; rolls back if body fails or COMMIT fails.
    // Called again from inside body (a workflow step that composes repository writes), it
    // runs the inner body in a SAVEPOINT of the same transaction: an inner failure undoes
    // only the inner part, and nothing is durable before the outermost COMMIT.
    Status write(const std::function<Status()> &body);
    // True while a write() runs on this connection.
    bool inWrite() const { return m_writeDepth > 0; }
    // The log size (pages) at which a commit of this connection copies the log back into the
    // store (SQLite's default: 1000). A process that runs a Checkpointer raises it, so its
    // saves do not do that work themselves.
    Status setAutoCheckpoint(int pages);
    // How long a statement waits for another connection's write lock before it fails with
    // DB_BUSY (SQLite's busy_timeout; Options::busyTimeoutMs when opened). The counter's
    // screens lower it around a save they retry from the event loop (ui/widgets/busystore.h).
    Status setBusyTimeout(int ms);
    int busyTimeout() const { return m_busyTimeoutMs; }
    // Executes one statement, turning a failure into an Error that names it.
    Status exec(const QString &sql);
    // Turns a failed query into an Error with a code derived from SQLite's error.
    static Error queryError(const QSqlQuery &query, const QString &what);
    // The same for a result code of the SQLite C API (sqlite3_errcode) and its message.
    static Error sqliteError(int resultCode, const QString &detail, const QString &what);

private:
    Database(QString path, QString connectionName);
    Status applyPragmas(int busyTimeoutMs);
    Status migrate();
    // Moves a sync.token row (older versions kept it there) to the TokenStore.
    Status moveTokenOut();
    static Error errorFor(const QString &code, const QString &detail, const QString &what);

    QString m_path;
    QString m_connectionName;
    int m_writeDepth = 0;
    int m_busyTimeoutMs = 5000;
};

} // namespace rc
