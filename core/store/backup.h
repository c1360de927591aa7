#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rc {

class Database;

// Copies of the store. A backup is made with VACUUM INTO into a temporary name, switched to
// a self-contained file (no WAL), checked (PRAGMA quick_check, schema version), fsynced,
// and only then renamed to its final name, so a backup file that exists is a good one.
// Every copy is created 0600 before its first byte is written, its folder 0700.
// Automatic backups live in the folder "backups" beside the store (or where the store setting
// backup.folder says), named
// <store>-YYYYMMDD-HHMMSS[-reason].sqlite (local time), and are kept `backup.keep_days`
// days (the newest is always kept).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // The store's backup folder: the one set for it (store setting backup.folder, taken up by
    // make() and ensureDaily(), or setFolder()), else "backups" beside the store.
    static QString folderFor(const QString &storePath);
    // Empty folder: back to "backups" beside the store.
    static void setFolder(const QString &storePath, const QString &folder);
    // Every automatic backup of the store, newest first.
    static QStringList list(const QString &storePath);
    // The newest automatic backup, or empty.
    static QString latest(const QString &storePath);

    // A verified copy of the open store at target (which must not exist yet).
    static Status writeTo(const Database &db, const QString &target);
    // A verified copy in the backup folder; returns its path.
    static Result<QString> make(const Database &db, const Clock &clock, const QString &reason);
    // Makes today's backup unless there is one already; then prunes. Returns the new
    // backup's path, or empty when today's existed.
    static Result<QString> ensureDaily(Database &db, const Clock &clock);
    // Deletes automatic backups older than keepDays, always keeping the newest.
    static Status prune(const QString &storePath, int keepDays, const Clock &clock);

    // Checks that file is a readable store this program can open: integrity (quick_check)
    // and schema version. Never changes the file's contents.
    static Status verify(const QString &file);
    // Replaces the store at storePath with a verified copy of backupFile. Refuses with
    // code EXISTS when the store exists and force is false. With force, the replaced
    // store is first moved into the backup folder (…-replaced.sqlite), never deleted.
    // The store is held exclusively first (ExclusiveStoreHold): refused with STORE_BUSY while
    // another program has it open. The restore is audited in the restored store
    // (store.restore through AuditLog::recordRestore).
    static Status restore(const QString &backupFile, const QString &storePath, bool force,
                          const Clock &clock, const Actor &actor = {});

    // Creates folder (and its parents) if missing and makes it 0700: backups hold everything
    // the store holds.
    static Status makePrivateFolder(const QString &folder);

    // fsync a file or a folder (for the rename that made a file appear).
    static Status syncPath(const QString &path);
};

} // namespace rc
