#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/result.h"

#include <functional>
#include <map>
#include <mutex>
#include <utility>

namespace rc::hq {

// Verifies the audit trail's hash chains (docs/audit.md) as audit entries and ticket events
// arrive from the centers: one chain per center, station and table (entity audit_entry or
// ticket_event). Each arriving entry's hash is recomputed from its own fields (a mismatch is
// an edit) and linked to the entry before it by prev_hash.
//
// Order: a station sends its outbox in order, but a record it quarantined is sent again only
// when released (repairctl sync retry), after the entries that follow it. An entry whose
// predecessor has not arrived waits; a gap is reported when a batch ends with entries still
// waiting for a predecessor that neither that batch nor an earlier one brought, and reported
// filled when the missing entry arrives later and links. Two different entries after the same
// predecessor (seen among the last kRecentHashes of that chain) are a fork: one replaced.
//
// The state is kept in memory and, after every batch, in HQ's database (chain_state, one row
// per center: state()), read back the first time a center sends after repair-hq starts
// (load()), so a gap or a fork that straddles a restart is still reported. The stored state
// keeps each chain's tip, the entries waiting after a gap and the last kPersistedLinks links
// (a fork is told from a gap across a restart that far back; kRecentHashes in memory). Only
// the very first entry of a chain HQ ever sees is the anchor it verifies from. Thread-safe:
// the workers of one server share one.
class ChainVerifier
{
public:
    struct Finding
    {
        QString center;
        QString station;
        QString chain; // audit_entry or ticket_event
        QString kind; // edit, gap, gap_filled, fork
        QString id; // the entry concerned: edited, waiting after a gap, or filling one
        QString detail;
    };

    static constexpr int kRecentHashes = 4096; // per chain, to tell a fork from a gap
    static constexpr int kMaxWaiting = 10000; // per chain; the oldest waiting are dropped
    static constexpr int kMaxFindings = 50; // per center, newest kept
    static constexpr int kPersistedLinks = 512; // per chain, in the stored state

    static bool isChained(const QString &entity);

    // One entry HQ stored for the first time (not a duplicate), in the order of its batch.
    QList<Finding> add(const QString &center, const QString &entity, const QJsonObject &payload);
    // The batch of center has been applied: entries still waiting are gaps.
    QList<Finding> endBatch(const QString &center);

    // Reads a center's stored state once, before its first entry after a start; `read` gives
    // the stored text (empty: none). False when it could not be read: nothing of the center
    // is verified then (its next batch tries again), so no stored state is overwritten.
    bool load(const QString &center, const std::function<Result<QByteArray>()> &read,
              QString *problem = nullptr);
    // The center's state to store after a batch, with its generation (it grows with every
    // batch, across restarts too).
    std::pair<qint64, QByteArray> state(const QString &center) const;

    // For /v1/stats: verified, edits, forks, gaps_open, gaps_filled and the newest findings.
    QJsonObject status(const QString &center) const;

private:
    struct Waiting
    {
        QString id;
        QString hash;
        bool reported = false;
    };
    struct Chain
    {
        bool anchored = false;
        QString tip;
        std::map<QString, Waiting> waiting; // by prev_hash
        QHash<QString, QString> recentNext; // prev_hash -> hash, for the last kRecentHashes
        QList<QString> recentOrder;
        QStringList gapsOpen; // ids of entries waiting after a reported gap
    };
    struct Center
    {
        bool loaded = false;
        qint64 generation = 0;
        std::map<QString, Chain> chains; // station + '\n' + entity
        qint64 verified = 0;
        qint64 edits = 0;
        qint64 forks = 0;
        qint64 gapsFilled = 0;
        QList<Finding> findings;
    };
    void remember(Center &center, const Finding &finding);
    void link(Chain &chain, const QString &prev, const QString &hash);

    mutable std::mutex m_mutex;
    QHash<QString, Center> m_centers;
};

} // namespace rc::hq
