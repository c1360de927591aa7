#pragma once

#include "store/actor.h"
#include "sync/wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace rc {
class Database;
}

namespace rc::sync {

// One record ready to send: the wire record, its encoding, and the outbox rows it stands
// for (older unsent versions of the same snapshot are folded into the newest one).
struct PendingRecord
{
    WireRecord record;
    QByteArray encoded;
    QList<qint64> seqs; // every outbox row this record acknowledges, newest last
    qint64 headSeq() const { return seqs.first(); }
};

struct QuarantinedRecord
{
    qint64 seq = 0;
    QString kind;
    QString entity;
    QString entityId;
    qint64 version = 0;
    int attempts = 0;
    QString lastError;
    QString createdAt;
};

// The sync side of the outbox table (docs/architecture.md): reading it in seq order in bounded
// batches, removing acknowledged rows, quarantining records HQ will not take.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database &database);

    // Up to maxRecords records in seq order whose encodings fit in maxBytes (at least one
    // record, whatever its size), skipping quarantined rows and the given seqs. Snapshots of
    // one entity id met more than once are sent once, at their newest version. Rows whose
    // payload is not a JSON object are quarantined on the spot.
    Result<QList<PendingRecord>> nextBatch(int maxRecords, qint64 maxBytes,
                                           const QSet<qint64> &skip = {});
    // The center records are sent with (rc::Outbox::centerCode, the store's center code):
    // once set, nextBatch() puts it in every payload, whatever a write made before the code
    // was set stamped there.
    void setCenter(const QString &center) { m_center = center; }

    // In one local transaction: deletes the acknowledged rows (and quarantined rows that an
    // acknowledged newer version of the same snapshot makes redundant), quarantines the
    // rejected ones with their error.
    Status settle(const QList<PendingRecord> &acknowledged,
                  const QList<std::pair<PendingRecord, Error>> &rejected);
    // Counts a failed attempt on the rows of a batch and remembers the error.
    Status noteFailure(const QList<PendingRecord> &records, const QString &error);

    Result<qint64> pendingCount();
    Result<qint64> quarantinedCount();
    Result<QList<QuarantinedRecord>> quarantined(int limit = 500);
    // Puts quarantined rows back in line: one by seq, or all when seq is 0. Audited
    // (sync.retry, with the rows released) as actor (empty: the counter itself).
    Status release(qint64 seq = 0, const Actor &actor = {});

private:
    Database &m_database;
    QString m_center;
};

} // namespace rc::sync
