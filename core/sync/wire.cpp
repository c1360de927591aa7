#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rc::sync {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

bool isEntityName(const QString &entity)
{
    if (entity.isEmpty() || entity.size() > WireLimits::maxEntityLength)
        return false;
    for (const QChar c : entity) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return entity.front() >= u'a' && entity.front() <= u'z';
}

// Records carry UUIDs; a few (settings) are keyed by a short name instead.
bool isRecordId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// JSON numbers are doubles: versions stay exact up to 2^53.
constexpr qint64 kMaxVersion = Q_INT64_C(9007199254740991);

QJsonObject recordObject(const WireRecord &record)
{
    QJsonObject object {
        {QStringLiteral("kind"), kindName(record.kind)},
        {QStringLiteral("entity"), record.entity},
        {QStringLiteral("id"), record.id},
        {QStringLiteral("version"), record.version},
        {QStringLiteral("payload"), record.payload},
    };
    if (!record.origin.isEmpty())
        object.insert(QStringLiteral("origin"), record.origin);
    if (!record.station.isEmpty())
        object.insert(QStringLiteral("station"), record.station);
    return object;
}

// An origin or a station: printable ASCII without spaces.
bool isToken(const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

std::optional<RecordStatus> statusFromName(const QString &name)
{
    if (name == QLatin1String("applied"))
        return RecordStatus::Applied;
    if (name == QLatin1String("duplicate"))
        return RecordStatus::Duplicate;
    if (name == QLatin1String("stale"))
        return RecordStatus::Stale;
    if (name == QLatin1String("rejected"))
        return RecordStatus::Rejected;
    return std::nullopt;
}

IncomingRecord readRecord(const QJsonValue &value)
{
    IncomingRecord in;
    if (!value.isObject()) {
        in.error = {str("BAD_RECORD"), str("a record must be a JSON object")};
        return in;
    }
    const QJsonObject object = value.toObject();
    WireRecord &record = in.record;
    record.entity = object.value(QLatin1String("entity")).toString();
    record.id = object.value(QLatin1String("id")).toString();
    const QJsonValue version = object.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    record.version
        = (version.isDouble() && v >= 0 && v <= double(kMaxVersion) && v == double(qint64(v)))
              ? qint64(v)
              : -1;
    record.origin = object.value(QLatin1String("origin")).toString();
    record.station = object.value(QLatin1String("station")).toString();
    record.payload = object.value(QLatin1String("payload")).toObject();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("snapshot")) {
        record.kind = RecordKind::Snapshot;
    } else if (kind == QLatin1String("event")) {
        record.kind = RecordKind::Event;
    } else {
        in.error = {str("BAD_KIND"), str("kind must be \"snapshot\" or \"event\"")};
        return in;
    }
    if (!object.value(QLatin1String("payload")).isObject()) {
        in.error = {str("BAD_PAYLOAD"), str("payload must be a JSON object")};
        return in;
    }
    in.payloadJson = QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
    in.error = checkRecord(record, in.payloadJson.size());
    return in;
}

} // namespace

QString kindName(RecordKind kind)
{
    return kind == RecordKind::Snapshot ? str("snapshot") : str("event");
}

QString statusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Applied:
        return str("applied");
    case RecordStatus::Duplicate:
        return str("duplicate");
    case RecordStatus::Stale:
        return str("stale");
    case RecordStatus::Rejected:
        return str("rejected");
    }
    return str("rejected");
}

Error checkRecord(const WireRecord &record, qint64 payloadBytes)
{
    if (!isEntityName(record.entity))
        return {str("BAD_ENTITY"),
                str("entity must be 1-40 characters of a-z, 0-9 and _, starting with a letter")};
    if (!isRecordId(record.id))
        return {str("BAD_ID"), str("id must be 1-128 printable ASCII characters (usually a UUID)")};
    if (record.version < 1)
        return {str("BAD_VERSION"), str("version must be an integer from 1 to 2^53-1")};
    if (record.kind == RecordKind::Event && record.version != 1)
        return {str("BAD_VERSION"), str("an event has version 1")};
    if (!isToken(record.origin, WireLimits::maxOriginLength))
        return {str("BAD_ORIGIN"), str("origin must be up to 64 printable ASCII characters")};
    const QJsonValue payloadId = record.payload.value(QLatin1String("id"));
    if (!payloadId.isUndefined() && payloadId.toString() != record.id)
        return {str("PAYLOAD_ID_MISMATCH"), str("payload.id differs from the record's id")};
    const QJsonValue payloadVersion = record.payload.value(QLatin1String("version"));
    if (record.kind == RecordKind::Snapshot && !payloadVersion.isUndefined()
        && payloadVersion.toDouble(-1) != double(record.version))
        return {str("PAYLOAD_VERSION_MISMATCH"),
                str("payload.version differs from the record's version")};
    if (payloadBytes < 0)
        payloadBytes = QJsonDocument(record.payload).toJson(QJsonDocument::Compact).size();
    if (payloadBytes > WireLimits::maxPayloadBytes)
        return {str("PAYLOAD_TOO_LARGE"), str("payload is larger than 256 KiB")};
    return {};
}

QByteArray encodeRecord(const WireRecord &record)
{
    return QJsonDocument(recordObject(record)).toJson(QJsonDocument::Compact);
}

static QByteArray batchHeader(const QString &center, const QString &batchId, const QString &sentAt,
                              const QString &station)
{
    // Keys in a fixed order; the records array is spliced in last.
    QJsonObject header {
        {QStringLiteral("protocol"), kProtocolVersion},
        {QStringLiteral("center"), center},
        {QStringLiteral("batch_id"), batchId},
        {QStringLiteral("sent_at"), sentAt},
    };
    if (!station.isEmpty())
        header.insert(QStringLiteral("station"), station);
    QByteArray bytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    bytes.chop(1); // the closing brace
    bytes += ",\"records\":[";
    return bytes;
}

qint64 batchOverheadBytes(const QString &center, const QString &batchId, const QString &station)
{
    return batchHeader(center, batchId, QStringLiteral("0000-00-00T00:00:00.000Z"), station).size()
           + 2;
}

QByteArray encodeBatch(const QString &center, const QString &batchId, const QDateTime &sentAt,
                       const QList<QByteArray> &encodedRecords, const QString &station)
{
    QByteArray body
        = batchHeader(center, batchId, sentAt.toUTC().toString(Qt::ISODateWithMs), station);
    qsizetype size = body.size() + 2;
    for (const QByteArray &record : encodedRecords)
        size += record.size() + 1;
    body.reserve(size);
    for (qsizetype i = 0; i < encodedRecords.size(); ++i) {
        if (i > 0)
            body += ',';
        body += encodedRecords.at(i);
    }
    body += "]}";
    return body;
}

Result<IncomingBatch> decodeBatch(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {str("BAD_JSON"), QStringLiteral("the body is not JSON: %1 at offset %2")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)};
    if (!document.isObject())
        return Error {str("BAD_BATCH"), str("the body must be a JSON object")};
    const QJsonObject object = document.object();
    IncomingBatch batch;
    const QJsonValue protocol = object.value(QLatin1String("protocol"));
    if (!protocol.isDouble())
        return Error {str("BAD_BATCH"), str("protocol is missing")};
    batch.protocol = protocol.toInt();
    if (batch.protocol < kMinProtocolVersion || batch.protocol > kProtocolVersion)
        return Error {str("UNSUPPORTED_PROTOCOL"),
                      QStringLiteral("protocol %1 is not supported (this HQ speaks %2 to %3)")
                          .arg(batch.protocol)
                          .arg(kMinProtocolVersion)
                          .arg(kProtocolVersion)};
    batch.center = object.value(QLatin1String("center")).toString();
    batch.station = object.value(QLatin1String("station")).toString();
    if (!isToken(batch.station, WireLimits::maxEntityLength))
        return Error {str("BAD_BATCH"), str("station must be up to 40 printable characters")};
    batch.batchId = object.value(QLatin1String("batch_id")).toString();
    batch.sentAt = object.value(QLatin1String("sent_at")).toString();
    if (batch.batchId.isEmpty() || batch.batchId.size() > 64)
        return Error {str("BAD_BATCH"), str("batch_id must be 1-64 characters")};
    const QJsonValue records = object.value(QLatin1String("records"));
    if (!records.isArray())
        return Error {str("BAD_BATCH"), str("records must be an array")};
    const QJsonArray array = records.toArray();
    if (array.size() > WireLimits::maxRecords)
        return Error {
            str("TOO_MANY_RECORDS"),
            QStringLiteral("a batch carries at most %1 records").arg(WireLimits::maxRecords)};
    batch.records.reserve(size_t(array.size()));
    for (const QJsonValue &value : array)
        batch.records.push_back(readRecord(value));
    return batch;
}

QByteArray encodeBatchResult(const BatchResult &result)
{
    QJsonArray results;
    for (const RecordResult &r : result.results) {
        QJsonObject object {
            {QStringLiteral("entity"), r.entity},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("status"), statusName(r.status)},
        };
        if (r.status == RecordStatus::Rejected)
            object.insert(QStringLiteral("error"),
                          QJsonObject {{QStringLiteral("code"), r.error.code},
                                       {QStringLiteral("message"), r.error.message}});
        results.append(object);
    }
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("protocol"), kProtocolVersion},
                             {QStringLiteral("batch_id"), result.batchId},
                             {QStringLiteral("replay"), result.replay},
                             {QStringLiteral("results"), results},
                         })
        .toJson(QJsonDocument::Compact);
}

Result<BatchResult> decodeBatchResult(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {str("BAD_RESPONSE"), str("HQ answered with something that is not JSON")};
    const QJsonObject object = document.object();
    const QJsonValue results = object.value(QLatin1String("results"));
    if (!results.isArray())
        return Error {str("BAD_RESPONSE"), str("HQ's answer has no results array")};
    BatchResult result;
    result.batchId = object.value(QLatin1String("batch_id")).toString();
    result.replay = object.value(QLatin1String("replay")).toBool();
    const QJsonArray array = results.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        RecordResult r;
        r.entity = o.value(QLatin1String("entity")).toString();
        r.id = o.value(QLatin1String("id")).toString();
        r.version = qint64(o.value(QLatin1String("version")).toDouble());
        const auto status = statusFromName(o.value(QLatin1String("status")).toString());
        if (!status)
            return Error {str("BAD_RESPONSE"), str("HQ's answer has an unknown record status")};
        r.status = *status;
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        r.error = {error.value(QLatin1String("code")).toString(),
                   error.value(QLatin1String("message")).toString()};
        if (r.status == RecordStatus::Rejected && r.error.code.isEmpty())
            r.error.code = str("REJECTED");
        result.results.append(r);
    }
    return result;
}

QByteArray encodeChangesPage(const ChangesPage &page)
{
    QJsonArray records;
    for (const WireRecord &record : page.records)
        records.append(recordObject(record));
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("protocol"), kProtocolVersion},
                             {QStringLiteral("cursor"), page.cursor},
                             {QStringLiteral("more"), page.more},
                             {QStringLiteral("behind"), page.behind},
                             {QStringLiteral("records"), records},
                         })
        .toJson(QJsonDocument::Compact);
}

Result<ChangesPage> decodeChangesPage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {str("BAD_RESPONSE"), str("HQ's feed page is not a JSON object")};
    const QJsonObject object = document.object();
    const QJsonValue records = object.value(QLatin1String("records"));
    const QJsonValue cursor = object.value(QLatin1String("cursor"));
    if (!records.isArray() || !cursor.isString())
        return Error {str("BAD_RESPONSE"), str("HQ's feed page has no records or no cursor")};
    ChangesPage page;
    page.cursor = cursor.toString();
    page.more = object.value(QLatin1String("more")).toBool();
    page.behind = qint64(object.value(QLatin1String("behind")).toDouble());
    const QJsonArray array = records.toArray();
    page.records.reserve(array.size());
    for (const QJsonValue &value : array) {
        IncomingRecord in = readRecord(value);
        if (!in.isValid())
            return Error {str("BAD_RESPONSE"),
                          QStringLiteral("HQ's feed page has a bad record: %1").arg(in.error.code)};
        page.records.append(std::move(in.record));
    }
    return page;
}

QByteArray encodeWhoami(const Whoami &whoami)
{
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("center"), whoami.center},
                             {QStringLiteral("station"), whoami.station},
                             {QStringLiteral("admin"), whoami.admin},
                         })
        .toJson(QJsonDocument::Compact);
}

Result<Whoami> decodeWhoami(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return Error {str("BAD_RESPONSE"), str("HQ's whoami answer is not a JSON object")};
    const QJsonObject object = document.object();
    return Whoami {object.value(QLatin1String("center")).toString(),
                   object.value(QLatin1String("station")).toString(),
                   object.value(QLatin1String("admin")).toBool()};
}

QByteArray encodeError(const Error &error)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                       QJsonObject {{QStringLiteral("code"), error.code},
                                                    {QStringLiteral("message"), error.message}}}})
        .toJson(QJsonDocument::Compact);
}

Error decodeError(const QByteArray &body)
{
    const QJsonObject error
        = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    return {error.value(QLatin1String("code")).toString(),
            error.value(QLatin1String("message")).toString()};
}

} // namespace rc::sync
