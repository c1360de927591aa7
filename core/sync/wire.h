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

inline constexpr int kProtocolVersion = 1;
inline constexpr const char *kBatchesPath = "/v1/batches";

// Limits an HQ enforces; a client keeps its batches below them.
struct WireLimits
{
    static constexpr int maxRecords = 1000; // per batch, else 413
    static constexpr qint64 maxBodyBytes = 4 * 1024 * 1024; // per request, else 413
    static constexpr qint64 maxPayloadBytes = 256 * 1024; // per record, else rejected
    static constexpr int maxEntityLength = 40;
};

enum class RecordKind { Snapshot, Event };
enum class RecordStatus { Applied, Duplicate, Stale, Rejected };

QString kindName(RecordKind kind);
QString statusName(RecordStatus status);

// One record as it travels: a full snapshot of a mutable entity at a version, or an
// immutable event (version 1), with its payload object.
struct WireRecord
{
    RecordKind kind = RecordKind::Snapshot;
    QString entity;
    QString id;
    qint64 version = 0;
    QJsonObject payload;
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
                       const QList<QByteArray> &encodedRecords);
// Bytes a batch adds around its records (header and separators), for size budgeting.
qint64 batchOverheadBytes(const QString &center, const QString &batchId);

// Reads a batch body. Errors (code BAD_JSON, BAD_BATCH, UNSUPPORTED_PROTOCOL,
// TOO_MANY_RECORDS) concern the whole request; a record that is not acceptable is
// returned with its own error so that the rest of the batch can still be applied.
Result<IncomingBatch> decodeBatch(const QByteArray &body);
// The checks on one record; the error code says which one failed. payloadBytes: the size
// of the payload's compact JSON when the caller has it already (-1: it is made here).
Error checkRecord(const WireRecord &record, qint64 payloadBytes = -1);

QByteArray encodeBatchResult(const BatchResult &result);
Result<BatchResult> decodeBatchResult(const QByteArray &body);

// {"error":{"code":…,"message":…}}, the body of every 4xx/5xx answer.
QByteArray encodeError(const Error &error);
Error decodeError(const QByteArray &body);

} // namespace rc::sync
