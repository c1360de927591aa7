#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

// The sync wire format (docs/sync-protocol.md), shared by the client in rc_core and the
// reference HQ in hq/: JSON encoding and decoding of batches and their results, and the
// per-record checks every HQ applies. Nothing here touches a database or the network.
namespace rc::sync {

// Protocol 2 adds a record's origin (the store incarnation that stamped its version), the
// batch's station, and the change feed; an HQ still accepts batches of protocol 1.
inline constexpr int kProtocolVersion = 2;
inline constexpr int kMinProtocolVersion = 1;
inline constexpr const char *kBatchesPath = "/v1/batches";
inline constexpr const char *kChangesPath = "/v1/changes";
inline constexpr const char *kWhoamiPath = "/v1/whoami";

// Limits an HQ enforces; a client keeps its batches below them.
struct WireLimits
{
    static constexpr int maxRecords = 1000; // per batch, else 413
    static constexpr qint64 maxBodyBytes = 4 * 1024 * 1024; // per request, else 413
    static constexpr qint64 maxPayloadBytes = 256 * 1024; // per record, else rejected
    static constexpr int maxEntityLength = 40;
    static constexpr int maxOriginLength = 64;
    static constexpr int maxChangesLimit = 5000; // records per feed page
    // Payload bytes a feed page stops after (it holds at least one record)
    static constexpr qint64 maxChangesPageBytes = 8 * 1024 * 1024;
    static constexpr int defaultChangesLimit = 500;
    static constexpr int maxChangesWaitSeconds = 30; // a feed long-poll's longest wait
};

enum class RecordKind { Snapshot, Event };
enum class RecordStatus { Applied, Duplicate, Stale, Rejected };

QString kindName(RecordKind kind);
QString statusName(RecordStatus status);

// One record as it travels: a full snapshot of a mutable entity at a version, or an
// immutable event (version 1), with its payload object. Snapshots of one entity are ordered by
// (version, origin): the version is the writing store's Lamport clock, the origin that store's
// incarnation, so two stores never stamp the same pair (docs/sync-protocol.md, version 2).
struct WireRecord
{
    RecordKind kind = RecordKind::Snapshot;
    QString entity;
    QString id;
    qint64 version = 0;
    QJsonObject payload;
    QString origin = {}; // protocol 2; empty in protocol 1
    // In the change feed: the station whose batch carried the record (empty: HQ's own).
    QString station = {};
};

// A record as an HQ received it: the fields it could read, and the reason it must be
// rejected if it is not acceptable (error.code empty when it is).
struct IncomingRecord
{
    WireRecord record;
    Error error;
    // The payload as compact JSON, made once while checking its size (an HQ stores it).
    QByteArray payloadJson;
    bool isValid() const { return error.code.isEmpty(); }
};

struct IncomingBatch
{
    int protocol = 0;
    QString center; // as the client claims it; an HQ trusts only its token
    QString station; // protocol 2, as the client claims it; a station token's station wins
    QString batchId;
    QString sentAt; // the client's clock, for diagnostics only
    std::vector<IncomingRecord> records;
};

struct RecordResult
{
    QString entity;
    QString id;
    qint64 version = 0;
    RecordStatus status = RecordStatus::Rejected;
    Error error; // set for Rejected
};

struct BatchResult
{
    QString batchId;
    bool replay = false; // the HQ had seen this batch id before
    QList<RecordResult> results; // one per record, in the order sent
};

// Compact JSON of one record, as it appears in a batch's "records" array. Clients encode
// records one by one so that they can bound a batch in bytes before building it.
QByteArray encodeRecord(const WireRecord &record);
// A batch body from records already encoded with encodeRecord().
QByteArray encodeBatch(const QString &center, const QString &batchId, const QDateTime &sentAt,
                       const QList<QByteArray> &encodedRecords, const QString &station = {});
// Bytes a batch adds around its records (header and separators), for size budgeting.
qint64 batchOverheadBytes(const QString &center, const QString &batchId,
                          const QString &station = {});

// Reads a batch body. Errors (code BAD_JSON, BAD_BATCH, UNSUPPORTED_PROTOCOL,
// TOO_MANY_RECORDS) concern the whole request; a record that is not acceptable is
// returned with its own error so that the rest of the batch can still be applied.
Result<IncomingBatch> decodeBatch(const QByteArray &body);
// The checks on one record; the error code says which one failed. payloadBytes: the size
// of the payload's compact JSON when the caller has it already (-1: it is made here).
Error checkRecord(const WireRecord &record, qint64 payloadBytes = -1);

QByteArray encodeBatchResult(const BatchResult &result);
Result<BatchResult> decodeBatchResult(const QByteArray &body);

// One page of the change feed, GET /v1/changes?cursor=C&limit=N&wait=S: the records of the
// token's center after the cursor, in HQ's order, without the asking station's own. `cursor` is
// opaque to a station: it stores it and sends it back; `more` says another page is ready now;
// `behind` counts the records after this page.
struct ChangesPage
{
    QList<WireRecord> records;
    QString cursor;
    bool more = false;
    qint64 behind = 0;
};

QByteArray encodeChangesPage(const ChangesPage &page);
// Reads a feed page; every record is checked with checkRecord(), and a page with a record that
// fails is a BAD_RESPONSE (an HQ only serves what it accepted).
Result<ChangesPage> decodeChangesPage(const QByteArray &body);

// GET /v1/whoami: what a token is.
struct Whoami
{
    QString center; // empty for an admin token
    QString station; // empty for a center token
    bool admin = false;
};

QByteArray encodeWhoami(const Whoami &whoami);
Result<Whoami> decodeWhoami(const QByteArray &body);

// {"error":{"code":…,"message":…}}, the body of every 4xx/5xx answer.
QByteArray encodeError(const Error &error);
Error decodeError(const QByteArray &body);

} // namespace rc::sync
