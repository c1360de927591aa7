#pragma once

#include "common/result.h"
#include "sync/wire.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <vector>

// HQ's database, seen from one thread: a session owns one connection (PostgreSQL through
// libpq, or a SQLite file), re-opens it after a loss, and offers what repair-hq does with
// it. Every worker of the server has its own session.
namespace rc::hq {

// Where the database is: "sqlite:PATH" or "postgres://USER:PASS@HOST:PORT/DB?host=/socket".
struct DatabaseSpec
{
    bool postgres = false;
    QString path; // sqlite
    QString host, user, password, database;
    int port = 5432;
    // The spec with any password replaced by "***", for messages and logs.
    QString redacted;
};
Result<DatabaseSpec> parseDatabaseSpec(const QString &spec);

struct StoreOptions
{
    // PostgreSQL: hash partitions of records, events and batches, fixed when the schema
    // is first created (a later different value is reported, not applied).
    int partitions = 16;
    int statementTimeoutMs = 30000;
    int connectTimeoutSeconds = 5;
};

// One record of a batch, already checked, ready to store.
struct BatchRecord
{
    bool event = false;
    QString entity;
    QString id;
    qint64 version = 1;
    QByteArray payload; // compact JSON text, UTF-8
    QString origin = {}; // protocol 2: the incarnation that stamped the version; "" in protocol 1
};

struct BatchInput
{
    QString batchId;
    QString sentAt;
    int recordsSent = 0; // all records of the request, rejected ones included
    QString station; // the station token's station, else the batch's claim; "" in protocol 1
    std::vector<BatchRecord> records;
};

struct ApplyOutcome
{
    bool replay = false;
    // One per BatchInput record, in its order: Applied, Duplicate, Stale, or Rejected for
    // VERSION_CONFLICT (the (version, origin) HQ holds, with another payload).
    std::vector<sync::RecordStatus> statuses;
};

struct EntityCount
{
    qint64 records = 0; // snapshots stored (one per record, at its newest version)
    qint64 events = 0;
};

struct HqStats
{
    qint64 centers = 0;
    qint64 batches = 0;
    qint64 records = 0;
    qint64 events = 0;
    QString lastBatchAt; // ISO-8601 UTC, empty when none
    QMap<QString, EntityCount> byEntity;
};

struct TokenInfo
{
    QString id; // the first 12 hex digits of the token's SHA-256
    QString center; // empty for an admin token
    QString station; // empty for a center or admin token
    bool admin = false;
    QString createdAt;
    QString revokedAt; // empty while the token is valid
};

// A token added or revoked, in the order the changes were committed.
struct TokenChange
{
    qint64 seq = 0;
    QByteArray sha256; // 32 raw bytes
    QString center;
    bool admin = false;
    bool revoked = false;
    QString station = {}; // a station token's station
};

// One record or event of the change feed, as stored.
struct FeedRow
{
    bool event = false;
    QString entity;
    QString id;
    qint64 version = 1;
    QString origin;
    QString station;
    qint64 seq = 0;
    QByteArray payload;
    QString batchId = {}; // the batch that stored it (kUpstreamBatchPrefix: pulled from upstream)
};

// A page of a center's changes after a sequence number (the feed's cursor).
struct FeedRows
{
    std::vector<FeedRow> rows;
    qint64 nextSeq = 0; // where the next page starts: every change up to it has been seen
    qint64 behind = 0; // changes after nextSeq, without the asking station's own
};

// One ticket of a phone at one center, as stored: the payloads device history reads.
struct DeviceTicketRow
{
    QString center;
    QByteArray ticket; // the ticket snapshot
    QByteArray diagnosis; // its diagnosis snapshot, or empty
    QByteArray repairWarrantyDays; // the center's setting snapshot repair_warranty.days, or empty
};

// One exchange (换货) recorded for a phone at one center: the device_exchange snapshot.
struct DeviceExchangeRow
{
    QString center;
    QString id;
    QByteArray exchange;
};

class StoreSession
{
public:
    virtual ~StoreSession() = default;

    virtual bool isPostgres() const = 0;
    // Opens the connection unless it is open. After a failure it is tried again only once
    // the backoff has passed (250 ms doubling up to 5 s); until then this fails at once, so
    // a database that is down costs callers nothing but the answer.
    virtual Status connect() = 0;
    virtual bool isConnected() const = 0;
    // Creates or upgrades the schema (versioned steps, one transaction each, one process
    // at a time).
    virtual Status migrate(const StoreOptions &options) = 0;
    virtual Result<int> schemaVersion() = 0;

    // Stores a batch of center's records in one transaction and commits before returning.
    // A snapshot replaces the stored one only when its version is newer; an event is stored
    // once. Every stored row gets the center's next change sequence number.
    virtual Result<ApplyOutcome> applyBatch(const QString &center, const BatchInput &batch) = 0;
    // From counters kept as batches apply, never from counting rows.
    virtual Result<HqStats> centerStats(const QString &center) = 0;
    virtual Result<HqStats> chainStats() = 0;

    virtual Result<std::vector<TokenChange>> tokenChanges(qint64 afterSeq, int limit) = 0;
    // A token per center, in order, in one transaction. An empty center makes an admin
    // token (for /v1/stats of every center and /metrics).
    virtual Result<QStringList> addTokens(const QStringList &centers) = 0;
    Result<QString> addToken(const QString &center);
    // A token of one station of center: STATION_TOKEN_EXISTS while that station has a
    // valid one.
    virtual Result<QString> addStationToken(const QString &center, const QString &station) = 0;
    virtual Result<QList<TokenInfo>> tokens() = 0;
    // By whole token (rc_…) or id prefix (≥ 8 hex digits): NOT_FOUND, AMBIGUOUS,
    // ALREADY_REVOKED.
    virtual Result<TokenInfo> revokeToken(const QString &tokenOrId) = 0;

    // The audit-chain verifier's state of a center (ChainVerifier::state()), so a gap or a
    // fork that straddles a restart of repair-hq is still seen; empty when none is stored.
    virtual Result<QByteArray> chainState(const QString &center) = 0;
    // Stores it, unless a later generation of the same center's state is already stored
    // (two workers finishing batches of one center in either order).
    virtual Status saveChainState(const QString &center, qint64 generation, const QByteArray &state)
        = 0;

    // The change feed: center's records and events with a sequence number after afterSeq, in
    // order, at most limit, without those whose station is excludeStation (unless empty).
    // Read against one committed state: a change committed later has a later number.
    virtual Result<FeedRows> changes(const QString &center, qint64 afterSeq,
                                     const QString &excludeStation, int limit)
        = 0;

    // Every center's tickets of the phone whose device snapshot has imei as imei1 or imei2,
    // oldest first, at most limit. Indexed (SQLite step 4, PostgreSQL step 5).
    virtual Result<std::vector<DeviceTicketRow>> deviceTickets(const QString &imei, int limit) = 0;
    // Every center's exchanges recorded on that phone (the device whose IMEI it is), oldest
    // first, at most limit. Through the same device lookup; a center's exchanges are few.
    virtual Result<std::vector<DeviceExchangeRow>> deviceExchanges(const QString &imei, int limit)
        = 0;

    // A hub's own state (its forwarder's and puller's cursors), by name; empty when unset.
    // SQLite step 5, PostgreSQL step 6.
    virtual Result<QString> hubValue(const QString &name) = 0;
    virtual Status setHubValue(const QString &name, const QString &value) = 0;

    virtual Status ping() = 0;
    // Forgets batch ids received more than retentionSeconds ago, at most limit of them;
    // returns how many went. A no-op (0) when another process is pruning.
    virtual Result<qint64> pruneBatches(qint64 retentionSeconds, int limit) = 0;
};

Result<std::unique_ptr<StoreSession>> openSession(const QString &spec,
                                                  const StoreOptions &options = {});

// Shared by both backends.
QString makeToken(); // "rc_" + 43 base64url characters (256 random bits)
QByteArray tokenSha256Hex(const QString &token);
bool isCenterCode(const QString &center);
bool isTokenId(const QString &text); // 8-64 lower-case hex digits

// Error codes a session returns: DB_UNAVAILABLE (no connection), DB_ERROR (a statement
// failed), BAD_CENTER, BAD_STATION, STATION_TOKEN_EXISTS, NOT_FOUND, AMBIGUOUS,
// ALREADY_REVOKED, BAD_TOKEN_ID, SCHEMA_NEWER.
// The batch id of records a hub pulled from its upstream HQ begins with this; a client's batch
// id never does (HQ refuses it), so a hub's forwarder knows what not to send back.
inline constexpr const char *kUpstreamBatchPrefix = "upstream:";

inline constexpr const char *kDbUnavailable = "DB_UNAVAILABLE";
inline constexpr const char *kDbError = "DB_ERROR";

} // namespace rc::hq
