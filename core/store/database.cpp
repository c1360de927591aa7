#include "database.h"

#include "auditchain.h"
#include "backup.h"
#include "migrations.h"
#include "storelocking.h"
#include "tokenstore.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace rc {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rc-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString codeFor(int sqliteResultCode)
{
    // SQLite primary result codes (extended codes share the low byte).
    switch (sqliteResultCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("DB_BUSY");
    case 10: // SQLITE_IOERR
        return QStringLiteral("DB_IO");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("DB_CORRUPT");
    case 13: // SQLITE_FULL
        return QStringLiteral("DB_FULL");
    case 8: // SQLITE_READONLY
        return QStringLiteral("DB_READONLY");
    case 19: // SQLITE_CONSTRAINT
        return QStringLiteral("DB_CONSTRAINT");
    default:
        return QStringLiteral("DB_ERROR");
    }
}

QString codeFor(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? codeFor(code) : QStringLiteral("DB_ERROR");
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    // Before the first connection: the store's locks survive any close() elsewhere in the
    // process (a file dialog listing the store's folder). See storelocking.h.
    installStoreLocking();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.createIfMissing)
            return Error {QStringLiteral("DB_MISSING"),
                          tr("The store %1 does not exist.").arg(path)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error {
                QStringLiteral("DB_IO"),
                tr("Cannot create the folder %1 for the store.").arg(info.absolutePath())};
        // Create the file ourselves so it is readable by its owner only from the start.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error {QStringLiteral("DB_IO"),
                          tr("Cannot create the store %1: %2").arg(path, file.errorString())};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return Error {codeFor(db.lastError()),
                      tr("Cannot open the store %1: %2").arg(path, db.lastError().text())};

    // The file is never replaced or repaired here: the error says what is wrong and where
    // the latest backup is, and a person decides (repairctl db restore).
    auto withBackupHint = [&path](Error error) {
        const QString latest = Backup::latest(path);
        error.message
            += QLatin1Char(' ')
               + (latest.isEmpty()
                      ? tr("There is no automatic backup in %1.").arg(Backup::folderFor(path))
                      : tr("The latest backup is %1.").arg(latest));
        return error;
    };
    if (Status status = database->applyPragmas(options.busyTimeoutMs); !status)
        return withBackupHint(status.error());
    // The audit chain's hash, for the schema step that chains existing rows and bulk writers.
    auditchain::registerSqlFunctions(*database);

    const int version = database->schemaVersion();
    if (version < 0)
        return withBackupHint(
            Error {QStringLiteral("DB_CORRUPT"),
                   tr("The file %1 is not a readable Repair Counter store.").arg(path)});
    if (version > latestSchemaVersion())
        return withBackupHint(
            Error {QStringLiteral("DB_TOO_NEW"),
                   tr("The store %1 has schema version %2, but this program knows only up to "
                      "version %3. Use a newer Repair Counter.")
                       .arg(path)
                       .arg(version)
                       .arg(latestSchemaVersion())});
    if (options.migrate) {
        if (Status status = database->migrate(); !status)
            return status.error();
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    return errorFor(codeFor(error), error.text(), what);
}

Error Database::sqliteError(int resultCode, const QString &detail, const QString &what)
{
    return errorFor(codeFor(resultCode), detail, what);
}

Error Database::errorFor(const QString &code, const QString &detail, const QString &what)
{
    if (code == QLatin1String("DB_FULL"))
        return Error {code, tr("%1 failed: the disk holding the store is full (%2). Nothing of "
                               "this change was saved; what was saved before is intact. Free "
                               "some disk space and try again.")
                                .arg(what, detail)};
    if (code == QLatin1String("DB_IO"))
        return Error {code, tr("%1 failed: the disk could not be written or read (%2). Nothing "
                               "of this change was saved. Check the disk and free space, then "
                               "try again.")
                                .arg(what, detail)};
    return Error {code, tr("%1 failed: %2").arg(what, detail)};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return queryError(query, sql.left(60));
    return {};
}

Status Database::setAutoCheckpoint(int pages)
{
    return exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(pages));
}

Status Database::setBusyTimeout(int ms)
{
    if (Status s = exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(qMax(0, ms))); !s)
        return s;
    m_busyTimeoutMs = qMax(0, ms);
    return {};
}

Status Database::applyPragmas(int busyTimeoutMs)
{
    m_busyTimeoutMs = busyTimeoutMs;
    // busy_timeout first, so that a concurrent writer does not fail the WAL switch.
    const QStringList pragmas {
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(connection());
        if (!query.exec(pragma))
            return Error {codeFor(query.lastError()),
                          tr("The file %1 is not a usable Repair Counter store (%2): %3")
                              .arg(m_path, pragma, query.lastError().text())};
    }
    return {};
}

Status Database::write(const std::function<Status()> &body)
{
    if (m_writeDepth > 0) {
        // Nested: a savepoint inside the running transaction.
        const QString name = QStringLiteral("rc_write_%1").arg(m_writeDepth);
        if (Status begin = exec(QStringLiteral("SAVEPOINT %1").arg(name)); !begin)
            return begin;
        ++m_writeDepth;
        const Status status = body();
        --m_writeDepth;
        if (!status) {
            QSqlQuery undo(connection());
            undo.exec(QStringLiteral("ROLLBACK TO %1").arg(name));
        }
        QSqlQuery release(connection());
        release.exec(QStringLiteral("RELEASE %1").arg(name));
        return status;
    }
    if (Status begin = exec(QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin;
    ++m_writeDepth;
    Status status = body();
    --m_writeDepth;
    if (status) {
        status = exec(QStringLiteral("COMMIT"));
        if (status)
            return status;
    }
    // Rollback may itself fail (e.g. SQLite already rolled back after SQLITE_FULL); the
    // original error is what the caller needs to see.
    QSqlQuery rollback(connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
    return status;
}

Status Database::moveTokenOut()
{
    QString token;
    {
        QSqlQuery query(connection());
        // No settings table yet: a new store, nothing to move.
        if (!query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'sync.token'"))
            || !query.next())
            return {};
        token = query.value(0).toString();
    }
    // Saved to the token store first: the row goes only once the token is safe elsewhere.
    if (!token.isEmpty()) {
        if (Status status = TokenStore(m_path).write(token); !status)
            return Error {status.error().code,
                          tr("Not upgrading the store: the HQ token could not be moved out of "
                             "it. %1")
                              .arg(status.error().message)};
    }
    // secure_delete: the freed bytes are overwritten, not left in the file's free pages.
    if (Status status = exec(QStringLiteral("PRAGMA secure_delete=ON")); !status)
        return status;
    Status status = write([&]() -> Status {
        if (Status s = exec(QStringLiteral("DELETE FROM settings WHERE key = 'sync.token'")); !s)
            return s;
        // Older versions wrote it into a setting snapshot too.
        QSqlQuery outbox(connection());
        outbox.exec(QStringLiteral(
            "DELETE FROM outbox WHERE entity = 'setting' AND entity_id = 'sync.token'"));
        return {};
    });
    static_cast<void>(exec(QStringLiteral("PRAGMA secure_delete=OFF")));
    if (!status)
        return status;
    // The old pages in the WAL go too.
    static_cast<void>(exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return {};
}

Status Database::migrate()
{
    const int current = schemaVersion();
    if (current >= latestSchemaVersion())
        return {};
    // The HQ token leaves the store before anything copies it (the backup below).
    if (Status status = moveTokenOut(); !status)
        return status;
    // A store with data is copied (and the copy checked) before its schema changes.
    if (current >= 1) {
        const SystemClock clock;
        auto backup
            = Backup::make(*this, clock, QStringLiteral("before-v%1").arg(latestSchemaVersion()));
        if (!backup)
            return Error {backup.error().code,
                          tr("Not upgrading the store: the backup before the upgrade failed. %1")
                              .arg(backup.error().message)};
    }
    return write([&]() -> Status {
        for (const Migration &step : migrations()) {
            if (step.version <= current)
                continue;
            for (const QString &statement : step.statements) {
                if (Status status = exec(statement); !status)
                    return Error {
                        status.error().code,
                        tr("Upgrading the store to version %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(QString::fromLatin1(step.description), status.error().message)};
            }
        }
        return exec(QStringLiteral("PRAGMA user_version=%1").arg(latestSchemaVersion()));
    });
}

} // namespace rc
