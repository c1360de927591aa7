#pragma once

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

} // namespace rc
