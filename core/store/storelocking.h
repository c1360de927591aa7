#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rc {

// Makes SQLite's file locks immune to the rest of the process (Linux).
//
// SQLite's unix VFS locks the store with classic POSIX record locks, which belong to the
// process and the file: closing ANY descriptor of the file, anywhere in the process (a file
// dialog sniffing store.sqlite, -wal or -shm to show its icon), silently drops them all. The
// next program to open the store then takes itself for the last connection and deletes the
// live -wal and -shm ("How To Corrupt An SQLite Database File", §2.2).
//
// installStoreLocking() replaces SQLite's fcntl() and close() (sqlite3_vfs::xSetSystemCall):
// F_SETLK, F_SETLKW and F_GETLK become open-file-description locks (F_OFD_*), all taken
// through ONE descriptor per file (device, inode) that only this code opens and closes.
// SQLite still merges its locks per file as it does for POSIX locks, so its accounting stays
// exact across connections and threads; a close() elsewhere no longer touches them; other
// processes see them as before (OFD and POSIX locks conflict with each other), the sqlite3
// shell included. That descriptor is closed when SQLite closes its last descriptor of the
// file, which releases what is left, as closing did before.
//
// Call it before the process opens its first SQLite connection (rc::Database::open does);
// later calls do nothing. Returns false, leaving SQLite's own locking in place, where the
// kernel has no OFD locks (Linux before 3.15, other systems).
bool installStoreLocking();

// Whether installStoreLocking() took effect in this process.
bool storeLockingInstalled();

// The whole store held by one program that is about to replace it (db restore): a write lock
// on SQLite's lock bytes of the store file (no other connection may read or write) and on the
// -shm file's "DMS" byte, which every open connection of a WAL store holds shared for as long
// as it is open, so a program that merely has the store open (an idle counter, the sqlite3
// shell) is seen too, and no new one gets in while it is held. Released on destruction.
class ExclusiveStoreHold
{
    Q_DECLARE_TR_FUNCTIONS(ExclusiveStoreHold)

public:
    // Fails with code STORE_BUSY while another program (or connection) has the store open.
    static Result<std::unique_ptr<ExclusiveStoreHold>> take(const QString &storePath);
    ~ExclusiveStoreHold();
    ExclusiveStoreHold(const ExclusiveStoreHold &) = delete;
    ExclusiveStoreHold &operator=(const ExclusiveStoreHold &) = delete;

private:
    ExclusiveStoreHold() = default;
    int m_storeFd = -1;
    int m_shmFd = -1;
};

} // namespace rc
