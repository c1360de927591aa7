#include "storelocking.h"

#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>

namespace rc {

#if defined(F_OFD_SETLK) && defined(F_OFD_SETLKW) && defined(F_OFD_GETLK)

namespace {

using FcntlCall = int (*)(int, int, ...);
using CloseCall = int (*)(int);

// What SQLite called before installStoreLocking() (normally the C library's own).
FcntlCall sqliteFcntl = nullptr;
CloseCall sqliteClose = nullptr;
std::atomic<bool> installed {false};

using FileId = std::pair<dev_t, ino_t>;

// The one descriptor through which every lock on a file is taken, and how many of SQLite's
// descriptors of that file have locked through it and are still open.
struct SharedDescriptor
{
    int fd = -1;
    int users = 0;
};

struct Registry
{
    std::mutex mutex;
    std::map<FileId, SharedDescriptor> byFile;
    std::unordered_map<int, FileId> fileOf; // SQLite's descriptors that have locked
};

// Never destroyed: SQLite may close a connection from a static destructor at exit.
Registry &registry()
{
    static Registry *const instance = new Registry;
    return *instance;
}

bool sameFile(int fd, const struct stat &st)
{
    struct stat other
    {
    };
    return ::fstat(fd, &other) == 0 && other.st_dev == st.st_dev && other.st_ino == st.st_ino;
}

// A new open file description of the file behind fd, readable and writable when the file's
// permissions allow (SQLite may have opened its own descriptor read-only first, and a write
// lock needs a writable description). /proc/self/fd/N reaches the file even after it was
// renamed or deleted; without /proc, a duplicate shares fd's description and access mode.
int openShared(int fd, const struct stat &st)
{
    char link[40];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    for (const int mode : {O_RDWR, O_RDONLY}) {
        const int shared = ::open(link, mode | O_CLOEXEC | O_NOCTTY);
        if (shared < 0)
            continue;
        if (sameFile(shared, st))
            return shared;
        ::close(shared);
    }
    return ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
}

// Called with the registry locked.
void forget(Registry &r, int fd)
{
    const auto known = r.fileOf.find(fd);
    if (known == r.fileOf.end())
        return;
    const auto shared = r.byFile.find(known->second);
    r.fileOf.erase(known);
    if (shared == r.byFile.end() || --shared->second.users > 0)
        return;
    // SQLite closed its last descriptor of the file: what is still locked is released, as
    // closing released it before.
    ::close(shared->second.fd);
    r.byFile.erase(shared);
}

// The shared descriptor for SQLite's descriptor fd, opened on first use; -1 with errno set.
int sharedDescriptorFor(int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return -1;
    const FileId id {st.st_dev, st.st_ino};
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    const auto known = r.fileOf.find(fd);
    const bool registered = known != r.fileOf.end() && known->second == id;
    if (!registered)
        forget(r, fd); // a descriptor number closed behind SQLite's back and reused
    SharedDescriptor &shared = r.byFile[id];
    if (shared.fd < 0) {
        shared.fd = openShared(fd, st);
        if (shared.fd < 0) {
            const int error = errno;
            r.byFile.erase(id);
            errno = error;
            return -1;
        }
    }
    if (!registered) {
        r.fileOf.emplace(fd, id);
        ++shared.users;
    }
    // Returned unlocked: fd is registered and open (its caller is using it), so the shared
    // descriptor stays open until fd is closed through lockingClose().
    return shared.fd;
}

// SQLite's fcntl(): record locks become OFD locks on the shared descriptor; anything else
// passes through. The argument is read as a pointer, as the C library itself reads it.
int lockingFcntl(int fd, int command, ...)
{
    va_list arguments;
    va_start(arguments, command);
    void *argument = va_arg(arguments, void *);
    va_end(arguments);

    int ofdCommand = 0;
    switch (command) {
    case F_GETLK:
        ofdCommand = F_OFD_GETLK;
        break;
    case F_SETLK:
        ofdCommand = F_OFD_SETLK;
        break;
    case F_SETLKW:
        ofdCommand = F_OFD_SETLKW;
        break;
    default:
        return sqliteFcntl(fd, command, argument);
    }
    auto *lock = static_cast<struct flock *>(argument);
    const int shared = sharedDescriptorFor(fd);
    if (shared < 0)
        return -1;
    struct flock request = *lock;
    request.l_pid = 0; // required by the OFD commands
    const int rc = ::fcntl(shared, ofdCommand, &request);
    if (rc != 0)
        return rc;
    if (command == F_GETLK) {
        *lock = request;
    } else if (lock->l_type == F_UNLCK) {
        // A POSIX lock of the same range taken before the switch (a connection opened before
        // installStoreLocking()) goes too; without one this is a no-op.
        const int error = errno;
        struct flock classic = *lock;
        sqliteFcntl(fd, F_SETLK, &classic);
        errno = error;
    }
    return rc;
}

// SQLite's close(): forgets the descriptor and, with its last one of a file, releases that
// file's shared descriptor. Runs inside SQLite's own mutex for the file's locks.
int lockingClose(int fd)
{
    Registry &r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    forget(r, fd);
    return sqliteClose(fd);
}

// Whether this kernel has OFD locks, tried on a file of no consequence.
bool ofdLocksWork()
{
    int fd = ::memfd_create("rc-lock-probe", MFD_CLOEXEC);
    if (fd < 0) {
        FILE *file = std::tmpfile();
        if (!file)
            return false;
        fd = ::fcntl(fileno(file), F_DUPFD_CLOEXEC, 0);
        std::fclose(file);
        if (fd < 0)
            return false;
    }
    if (::ftruncate(fd, 1) != 0) {
        ::close(fd);
        return false;
    }
    struct flock probe
    {
    };
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0;
    probe.l_len = 1;
    const bool works = ::fcntl(fd, F_OFD_SETLK, &probe) == 0;
    ::close(fd);
    return works;
}

bool install()
{
    if (!ofdLocksWork()) {
        qWarning("This kernel has no open-file-description locks: the store keeps SQLite's "
                 "POSIX locks, which any close() of the store's files in this process drops.");
        return false;
    }
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs || vfs->iVersion < 3 || !vfs->xGetSystemCall || !vfs->xSetSystemCall)
        return false;
    sqliteFcntl = reinterpret_cast<FcntlCall>(vfs->xGetSystemCall(vfs, "fcntl"));
    sqliteClose = reinterpret_cast<CloseCall>(vfs->xGetSystemCall(vfs, "close"));
    if (!sqliteFcntl || !sqliteClose)
        return false;
    // close first: a descriptor closed before any lock is simply not known.
    if (vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&lockingClose))
        != SQLITE_OK)
        return false;
    if (vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&lockingFcntl))
        != SQLITE_OK) {
        vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(sqliteClose));
        return false;
    }
    return true;
}

} // namespace

bool installStoreLocking()
{
    static const bool done = [] {
        const bool ok = install();
        installed = ok;
        return ok;
    }();
    return done;
}

bool storeLockingInstalled()
{
    return installed.load();
}

#else // no OFD locks on this system: SQLite keeps its POSIX locks.

bool installStoreLocking()
{
    return false;
}

bool storeLockingInstalled()
{
    return false;
}

#endif

namespace {

// SQLite's lock bytes (os_unix.c): PENDING_BYTE, RESERVED_BYTE and the 510 SHARED bytes of
// the store file; the DMS byte of a WAL store's -shm file (WALINDEX_LOCK_OFFSET 120 + 8).
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kLockBytes = 512;
constexpr off_t kDmsByte = 128;

bool writeLock(int fd, off_t start, off_t length)
{
    struct flock request
    {
    };
    request.l_type = F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = start;
    request.l_len = length;
    request.l_pid = 0;
#if defined(F_OFD_SETLK)
    // OFD: a close() of another descriptor of the file in this process cannot drop it.
    if (::fcntl(fd, F_OFD_SETLK, &request) == 0)
        return true;
    if (errno != EINVAL)
        return false;
#endif
    return ::fcntl(fd, F_SETLK, &request) == 0;
}

} // namespace

Result<std::unique_ptr<ExclusiveStoreHold>> ExclusiveStoreHold::take(const QString &storePath)
{
    std::unique_ptr<ExclusiveStoreHold> hold(new ExclusiveStoreHold);
    const auto busy = [&] {
        return Error {QStringLiteral("STORE_BUSY"),
                      tr("The store %1 is open in another program (the counter, repairctl, "
                         "sqlite3 …). Close it there and try again; nothing was changed.")
                          .arg(storePath)};
    };
    const QByteArray store = QFile::encodeName(storePath);
    hold->m_storeFd = ::open(store.constData(), O_RDWR | O_CLOEXEC);
    if (hold->m_storeFd < 0)
        return Error {QStringLiteral("DB_IO"), tr("Cannot open %1.").arg(storePath)};
    if (!writeLock(hold->m_storeFd, kPendingByte, kLockBytes))
        return busy();
    const QString shm = storePath + QStringLiteral("-shm");
    if (QFileInfo::exists(shm)) {
        hold->m_shmFd = ::open(QFile::encodeName(shm).constData(), O_RDWR | O_CLOEXEC);
        if (hold->m_shmFd < 0)
            return Error {QStringLiteral("DB_IO"), tr("Cannot open %1.").arg(shm)};
        if (!writeLock(hold->m_shmFd, kDmsByte, 1))
            return busy();
    }
    return hold;
}

ExclusiveStoreHold::~ExclusiveStoreHold()
{
    // Closing the only descriptor of each description releases its locks.
    if (m_shmFd >= 0)
        ::close(m_shmFd);
    if (m_storeFd >= 0)
        ::close(m_storeFd);
}

} // namespace rc
