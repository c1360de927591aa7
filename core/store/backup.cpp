#include "backup.h"

#include "auditlog.h"
#include "database.h"
#include "migrations.h"
#include "settingsrepository.h"
#include "sql.h"
#include "storelocking.h"
#include "versionclock.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc {

namespace {

const QString kSuffix = QStringLiteral(".sqlite");

QString baseName(const QString &storePath)
{
    return QFileInfo(storePath).completeBaseName();
}

// Runs f with a private connection to file; closes it afterwards.
Status withConnection(const QString &file, const std::function<Status(QSqlDatabase &)> &f)
{
    installStoreLocking();
    static QAtomicInt counter;
    const QString name = QStringLiteral("rc-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            status = Error {QStringLiteral("DB_IO"),
                            Backup::tr("Cannot open %1: %2").arg(file, db.lastError().text())};
        } else {
            status = f(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Status check(QSqlDatabase &db, const QString &file)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return Error {
            QStringLiteral("DB_CORRUPT"),
            Backup::tr("%1 is not a readable store: %2").arg(file, query.lastError().text())};
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems != QStringList {QStringLiteral("ok")})
        return Error {QStringLiteral("DB_CORRUPT"),
                      Backup::tr("%1 is damaged: %2")
                          .arg(file, problems.mid(0, 3).join(QStringLiteral("; ")))};
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error {QStringLiteral("DB_CORRUPT"),
                      Backup::tr("%1 has no readable schema version.").arg(file)};
    const int version = query.value(0).toInt();
    if (version > latestSchemaVersion())
        return Error {QStringLiteral("DB_TOO_NEW"),
                      Backup::tr("%1 has schema version %2; this program knows up to %3.")
                          .arg(file)
                          .arg(version)
                          .arg(latestSchemaVersion())};
    if (version < 1)
        return Error {QStringLiteral("DB_CORRUPT"),
                      Backup::tr("%1 is not a Repair Counter store.").arg(file)};
    return {};
}

// Creates file empty and readable by its owner only (0600) before a byte is written, so a
// copy of the store is never readable by others, not even while it is being written.
Status createPrivate(const QString &file)
{
    const QByteArray native = QFile::encodeName(file);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error {QStringLiteral("DB_IO"), Backup::tr("Cannot create %1.").arg(file)};
    // The umask can only take bits away; make sure of the exact mode.
    const int rc = ::fchmod(fd, 0600);
    ::close(fd);
    if (rc != 0)
        return Error {QStringLiteral("DB_IO"), Backup::tr("Cannot protect %1.").arg(file)};
    return {};
}

Status copyDurably(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (Status s = createPrivate(to); !s)
        return s;
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QFile::remove(to);
        return Error {QStringLiteral("DB_IO"), Backup::tr("Cannot copy %1 to %2.").arg(from, to)};
    }
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size()) {
            out.close();
            QFile::remove(to);
            return Error {QStringLiteral("DB_IO"),
                          Backup::tr("Cannot copy %1 to %2.").arg(from, to)};
        }
    }
    out.close();
    return Backup::syncPath(to);
}

} // namespace

Status Backup::makePrivateFolder(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    if (!QFileInfo::exists(folder)) {
        // Parents as QDir makes them; the folder itself 0700 from its creation.
        if (!QDir().mkpath(QFileInfo(folder).absolutePath())
            || (::mkdir(native.constData(), 0700) != 0 && !QFileInfo(folder).isDir()))
            return Error {QStringLiteral("DB_IO"), tr("Cannot create the folder %1.").arg(folder)};
    }
    if (::chmod(native.constData(), 0700) != 0)
        return Error {QStringLiteral("DB_IO"), tr("Cannot protect the folder %1.").arg(folder)};
    return {};
}

Status Backup::syncPath(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error {QStringLiteral("DB_IO"), tr("Cannot open %1 to flush it.").arg(path)};
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return Error {QStringLiteral("DB_IO"), tr("Flushing %1 to disk failed.").arg(path)};
    return {};
}

namespace {

QMutex folderMutex;
QHash<QString, QString> &folders()
{
    static QHash<QString, QString> byStore;
    return byStore;
}

void takeUpFolderSetting(Database &db, const Clock &clock)
{
    if (auto folder = SettingsRepository(db, clock).value(QStringLiteral("backup.folder")))
        Backup::setFolder(db.path(), folder->trimmed());
}

} // namespace

QString Backup::folderFor(const QString &storePath)
{
    {
        const QMutexLocker lock(&folderMutex);
        const QString set = folders().value(QFileInfo(storePath).absoluteFilePath());
        if (!set.isEmpty())
            return set;
    }
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void Backup::setFolder(const QString &storePath, const QString &folder)
{
    const QMutexLocker lock(&folderMutex);
    const QString key = QFileInfo(storePath).absoluteFilePath();
    if (folder.isEmpty())
        folders().remove(key);
    else
        folders().insert(key, QDir::cleanPath(folder));
}

QStringList Backup::list(const QString &storePath)
{
    QDir dir(folderFor(storePath));
    const QString pattern = baseName(storePath) + QStringLiteral("-*") + kSuffix;
    QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name);
    // Names carry the time, so the name order is the time order.
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QString Backup::latest(const QString &storePath)
{
    const QStringList all = list(storePath);
    return all.isEmpty() ? QString() : all.first();
}

Status Backup::verify(const QString &file)
{
    if (!QFileInfo::exists(file))
        return Error {QStringLiteral("DB_MISSING"), tr("%1 does not exist.").arg(file)};
    // Check a copy, so the file itself is never touched (opening may create a journal).
    const QString probe = file + QStringLiteral(".verify-tmp");
    if (Status s = copyDurably(file, probe); !s)
        return s;
    Status status = withConnection(probe, [&](QSqlDatabase &db) { return check(db, file); });
    QFile::remove(probe);
    QFile::remove(probe + QStringLiteral("-wal"));
    QFile::remove(probe + QStringLiteral("-shm"));
    QFile::remove(probe + QStringLiteral("-journal"));
    return status;
}

Status Backup::writeTo(const Database &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error {QStringLiteral("EXISTS"), tr("%1 exists already.").arg(target)};
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    if (Status s = makePrivateFolder(QFileInfo(target).absolutePath()); !s)
        return s;
    // VACUUM INTO accepts an empty file: created 0600 first, the copy is never readable by
    // others while it grows.
    if (Status s = createPrivate(part); !s)
        return s;
    QSqlQuery vacuum(db.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(part);
    if (!vacuum.exec()) {
        Error error = Database::queryError(vacuum, tr("Backup to %1").arg(target));
        QFile::remove(part);
        return error;
    }
    Status status = withConnection(part, [&](QSqlDatabase &copy) -> Status {
        QSqlQuery query(copy);
        // A backup is one self-contained file.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
            return Error {QStringLiteral("DB_IO"),
                          tr("Backup %1: %2").arg(target, query.lastError().text())};
        return check(copy, target);
    });
    if (status)
        status = syncPath(part);
    if (status && !QFile::rename(part, target))
        status = Error {QStringLiteral("DB_IO"), tr("Cannot rename %1 to %2.").arg(part, target)};
    if (!status) {
        QFile::remove(part);
        return status;
    }
    return syncPath(QFileInfo(target).absolutePath());
}

Result<QString> Backup::make(const Database &db, const Clock &clock, const QString &reason)
{
    QString name = baseName(db.path()) + QLatin1Char('-')
                   + clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!reason.isEmpty())
        name += QLatin1Char('-') + reason;
    QString target = QDir(folderFor(db.path())).filePath(name + kSuffix);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folderFor(db.path())).filePath(name + QStringLiteral("-%1").arg(n) + kSuffix);
    if (Status s = writeTo(db, target); !s)
        return s.error();
    return target;
}

Result<QString> Backup::ensureDaily(Database &db, const Clock &clock)
{
    takeUpFolderSetting(db, clock);
    const QString today = baseName(db.path()) + QLatin1Char('-')
                          + clock.today().toString(QStringLiteral("yyyyMMdd"));
    const QString newest = QFileInfo(latest(db.path())).fileName();
    QString made;
    if (!newest.startsWith(today)) {
        auto backup = make(db, clock, QStringLiteral("daily"));
        if (!backup)
            return backup.error();
        made = *backup;
    }
    auto keep = SettingsRepository(db, clock).intValue(QStringLiteral("backup.keep_days"));
    if (!keep)
        return keep.error();
    if (Status s = prune(db.path(), *keep, clock); !s)
        return s.error();
    return made;
}

Status Backup::prune(const QString &storePath, int keepDays, const Clock &clock)
{
    const QStringList all = list(storePath);
    const QDate oldest = clock.today().addDays(-qMax(1, keepDays));
    const qsizetype stamp = baseName(storePath).size() + 1;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString name = QFileInfo(all.at(i)).fileName();
        const QDate date = QDate::fromString(name.mid(stamp, 8), QStringLiteral("yyyyMMdd"));
        if (date.isValid() && date < oldest && !QFile::remove(all.at(i)))
            return Error {QStringLiteral("DB_IO"),
                          tr("Cannot delete the old backup %1.").arg(all.at(i))};
    }
    return {};
}

Status Backup::restore(const QString &backupFile, const QString &storePath, bool force,
                       const Clock &clock, const Actor &actor)
{
    if (Status s = verify(backupFile); !s)
        return Error {s.error().code,
                      tr("Not restoring: the backup failed its check. %1").arg(s.error().message)};
    const bool exists = QFileInfo::exists(storePath);
    if (exists && !force)
        return Error {QStringLiteral("EXISTS"),
                      tr("The store %1 exists; add --force to replace it (it is kept in %2).")
                          .arg(storePath, folderFor(storePath))};
    // The version clock of the store being replaced: the restored store continues above it,
    // so it never stamps a version that store may have sent (docs/sync-protocol.md).
    qint64 replacedClock = 0;
    if (exists) {
        Database::Options peek;
        peek.createIfMissing = false;
        peek.migrate = false;
        if (auto replaced = Database::open(storePath, peek);
            replaced && (*replaced)->schemaVersion() >= VersionClock::kSchemaVersion) {
            auto clockValue = VersionClock::current(**replaced);
            if (!clockValue)
                return Error {clockValue.error().code,
                              tr("Not restoring: the version clock of %1 cannot be read. %2")
                                  .arg(storePath, clockValue.error().message)};
            replacedClock = *clockValue;
        }
    }
    // Nobody else may have the store open while it is replaced: held until the end.
    std::unique_ptr<ExclusiveStoreHold> hold;
    if (exists) {
        auto taken = ExclusiveStoreHold::take(storePath);
        if (!taken)
            return taken.error();
        hold = std::move(taken).value();
    }
    if (!QDir().mkpath(QFileInfo(storePath).absolutePath()))
        return Error {QStringLiteral("DB_IO"),
                      tr("Cannot create the folder for %1.").arg(storePath)};
    QString kept;
    const QString incoming = storePath + QStringLiteral(".restore-tmp");
    if (Status s = copyDurably(backupFile, incoming); !s)
        return s;
    if (exists) {
        // Keep what is replaced: the store and its WAL move into the backup folder.
        if (Status s = makePrivateFolder(folderFor(storePath)); !s)
            return s;
        kept = QDir(folderFor(storePath))
                   .filePath(
                       baseName(storePath) + QLatin1Char('-')
                       + clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                       + QStringLiteral("-replaced") + kSuffix);
        if (!QFile::rename(storePath, kept))
            return Error {QStringLiteral("DB_IO"), tr("Cannot move %1 aside.").arg(storePath)};
        for (const QString &extra : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(storePath + extra))
                QFile::rename(storePath + extra, kept + extra);
        }
    }
    // A stale WAL beside the restored file would be replayed into it.
    QFile::remove(storePath + QStringLiteral("-wal"));
    QFile::remove(storePath + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, storePath))
        return Error {QStringLiteral("DB_IO"),
                      tr("Cannot move the restored copy to %1.").arg(storePath)};
    if (Status s = syncPath(QFileInfo(storePath).absolutePath()); !s)
        return s;
    hold.reset();
    // Said in the restored store itself: what came back, from which backup, by whom; the
    // schema version is the backup's own, read before the open below upgrades it.
    int backupVersion = -1;
    {
        Database::Options peek;
        peek.createIfMissing = false;
        peek.migrate = false;
        if (auto before = Database::open(storePath, peek))
            backupVersion = (*before)->schemaVersion();
    }
    auto restored = Database::open(storePath);
    if (!restored)
        return Error {restored.error().code,
                      tr("The store was restored but could not be opened to record it: %1")
                          .arg(restored.error().message)};
    // A new incarnation: the restored store's writes are a new line of versions, and its clock
    // is no lower than the replaced store's.
    if (Status s = (*restored)->write(
            [&]() -> Status { return VersionClock::reincarnate(**restored, replacedClock); });
        !s)
        return s;
    return AuditLog::recordRestore(**restored, actor, QFileInfo(backupFile).absoluteFilePath(),
                                   kept, backupVersion, clock.nowUtc());
}

} // namespace rc
