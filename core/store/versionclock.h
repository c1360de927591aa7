#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace rc {

class Database;

// The store's Lamport clock and incarnation (issue 19, docs/sync-protocol.md "Version 2").
// Every record the store sends carries version = the clock's value at the write (persisted,
// strictly increasing, never lower after `db restore`) and origin = the incarnation, a UUID
// made when the store is created and made anew by a restore. Two stores, or a store and its
// restored self, therefore never stamp the same (version, origin) pair, and records compare
// by (version, origin) without any wall clock.
class VersionClock
{
    Q_DECLARE_TR_FUNCTIONS(VersionClock)

public:
    // The schema step that made the clock.
    static constexpr int kSchemaVersion = 15;

    // Advances the clock and returns its new value. Inside Database::write().
    static Result<qint64> next(const Database &db);
    // Raises the clock to `seen` if it is lower (a version met from elsewhere), so the next
    // write of this store orders after it. Inside Database::write().
    static Status observe(const Database &db, qint64 seen);
    // The store's incarnation id (a UUID without braces).
    static Result<QString> origin(const Database &db);
    // The clock's current value (the last version handed out).
    static Result<qint64> current(const Database &db);
    // A new incarnation and a clock no lower than `floor`: what a restored store gets, so it
    // cannot reuse a pair the store it replaced has sent. Inside Database::write().
    static Status reincarnate(const Database &db, qint64 floor);
    // The order of two (version, origin) pairs: versions as integers, then origins as text;
    // negative, zero or positive as the first is lower, equal or greater.
    static int compare(qint64 version1, const QString &origin1, qint64 version2,
                       const QString &origin2);
};

} // namespace rc
