#include "hqservice.h"

#include "eventlog.h"
#include "faulthook.h"
#include "identifiers/checkdigit.h"
#include "maintenance.h"
#include "store/hqstore.h"
#include "tokendirectory.h"
#include "upstream.h"
#include "workerpool.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <zlib.h>

#include <ctime>

namespace rc::hq {

using http::Request;
using http::Response;

namespace {

qint64 nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A batch id is stored and echoed: printable characters only (no NUL, no controls).
bool isPrintable(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate() || !c.isPrint())
            return false;
    }
    return true;
}

// The client's clock, kept for diagnostics: short printable ASCII or nothing.
QString sanitizedSentAt(const QString &sentAt)
{
    if (sentAt.size() > 40)
        return {};
    for (const QChar c : sentAt) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return {};
    }
    return sentAt;
}

// Compact JSON escapes U+0000 as \u0000, which PostgreSQL's jsonb refuses; an escaped
// backslash before "u0000" is not one.
bool containsNulEscape(const QByteArray &json)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = json.indexOf("u0000", from);
        if (at < 0)
            return false;
        qsizetype backslashes = 0;
        for (qsizetype i = at - 1; i >= 0 && json.at(i) == '\\'; --i)
            ++backslashes;
        if (backslashes % 2 == 1)
            return true;
        from = at + 5;
    }
}

QJsonObject statsObject(const HqStats &stats)
{
    QJsonObject byEntity;
    for (auto it = stats.byEntity.cbegin(); it != stats.byEntity.cend(); ++it)
        byEntity.insert(it.key(), it->records + it->events);
    return {
        {QStringLiteral("records"), stats.records},
        {QStringLiteral("events"), stats.events},
        {QStringLiteral("batches"), stats.batches},
        {QStringLiteral("by_entity"), byEntity},
        {QStringLiteral("last_batch_at"),
         stats.lastBatchAt.isEmpty() ? QJsonValue() : QJsonValue(stats.lastBatchAt)},
    };
}

// Accept-Encoding names gzip (or *) without q=0.
bool acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.value(0).trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (!refused)
            return true;
    }
    return false;
}

// The gzip format (RFC 1952) of data, or nothing when zlib fails.
QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// The feed's cursor: "s:" and the last change number seen; empty: from the start.
std::optional<qint64> parseCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    static const QRegularExpression re(QStringLiteral("^s:[0-9]{1,18}$"));
    if (!re.match(cursor).hasMatch())
        return std::nullopt;
    return cursor.mid(2).toLongLong();
}

// An IMEI as a path segment: 15 digits whose last is the Luhn check digit of the first 14.
bool isImei(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{15}$"));
    return re.match(text).hasMatch()
           && imeiCheckDigit(QStringView(text).first(14)) == text.at(14).digitValue();
}

// One ticket of a phone's history, without anything about its customer. closed_at: the
// pickup, else the last status change of a ticket that has ended; repair_warranty_until: the
// last day of our repair warranty (RW-1) after a pickup, with the center's
// repair_warranty.days (90 unless it sent another).
QJsonObject historyTicket(const DeviceTicketRow &row)
{
    static const QStringList ended {
        QStringLiteral("picked_up"), QStringLiteral("returned_unrepaired"),
        QStringLiteral("cancelled"), QStringLiteral("exchanged"),
        QStringLiteral("refunded"),  QStringLiteral("accessory_replaced"),
        QStringLiteral("disposed"),
    };
    const QJsonObject ticket = QJsonDocument::fromJson(row.ticket).object();
    const QJsonObject diagnosis = QJsonDocument::fromJson(row.diagnosis).object();
    const QString status = ticket.value(QStringLiteral("status")).toString();
    const QJsonValue pickedUp = ticket.value(QStringLiteral("picked_up_at"));
    QJsonValue closedAt;
    if (pickedUp.isString())
        closedAt = pickedUp;
    else if (ended.contains(status))
        closedAt = ticket.value(QStringLiteral("status_changed_at"));
    QJsonValue repairWarrantyUntil;
    const QDateTime pickedUpAt = QDateTime::fromString(pickedUp.toString(), Qt::ISODateWithMs);
    if (status == QLatin1String("picked_up") && pickedUpAt.isValid()) {
        bool ok = false;
        const int days = QJsonDocument::fromJson(row.repairWarrantyDays)
                             .object()
                             .value(QStringLiteral("value"))
                             .toString()
                             .toInt(&ok);
        repairWarrantyUntil
            = pickedUpAt.toUTC().date().addDays(ok && days >= 0 ? days : 90).toString(Qt::ISODate);
    }
    const QJsonValue verdict = ticket.value(QStringLiteral("warranty_verdict"));
    const QJsonArray faultCodes = diagnosis.value(QStringLiteral("fault_codes")).toArray();
    const QJsonValue component = ticket.value(QStringLiteral("component"));
    return {
        {QStringLiteral("center"), row.center},
        {QStringLiteral("number"), ticket.value(QStringLiteral("number"))},
        {QStringLiteral("created_at"), ticket.value(QStringLiteral("created_at"))},
        {QStringLiteral("closed_at"), closedAt},
        {QStringLiteral("status"), status},
        {QStringLiteral("component"), component.isString() ? component : QJsonValue()},
        {QStringLiteral("fault_code"), faultCodes.isEmpty() ? QJsonValue() : faultCodes.first()},
        {QStringLiteral("covered"),
         verdict.isObject() ? verdict.toObject().value(QStringLiteral("covered")) : QJsonValue()},
        {QStringLiteral("repair_warranty_until"), repairWarrantyUntil},
    };
}

// An exchange of the phone as device history tells it: where, when and what was exchanged
// (CN-12 restarts the warranty of a phone given in exchange, CN-13 counts accessory exchanges).
QJsonObject historyExchange(const DeviceExchangeRow &row)
{
    const QJsonObject exchange = QJsonDocument::fromJson(row.exchange).object();
    return {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("center"), row.center},
        {QStringLiteral("date"), exchange.value(QStringLiteral("date"))},
        {QStringLiteral("component"), exchange.value(QStringLiteral("component"))},
    };
}

// A phone with more tickets than this is answered with its oldest ones.
constexpr int kMaxHistoryTickets = 1000; // and as many exchanges

const QString kDbUnavailableMessage
    = QStringLiteral("HQ's database is not available; nothing was stored, try again later");

} // namespace

// A change-feed request, as read from its query.
struct HqService::FeedAsk
{
    QString center;
    QString station; // excluded from the answer
    qint64 afterSeq = 0;
    int limit = sync::WireLimits::defaultChangesLimit;
    qint64 deadlineMs = 0; // steady clock; until then an empty answer waits
    bool gzip = false;
};

// What the server thread decided about a request, for the worker that runs it.
struct HqService::Pending
{
    std::shared_ptr<WorkerPool::Reservation> reservation;
    const Route *route = nullptr;
    Caller caller;
    PathParams params;
};

HqService::HqService(Parts parts, Options options)
    : m_parts(parts)
    , m_options(options)
    , m_tokenRate(options.tokenRequestsPerSecond, options.tokenBurst)
    , m_centerBytes(options.centerBytesPerSecond, options.centerBytesBurst)
{
    addRoutes();
}

void HqService::addRoutes()
{
    Route batches;
    batches.method = http::Method::Post;
    batches.pattern = sync::kBatchesPath;
    batches.name = "batches";
    batches.access = Access::Center;
    batches.maxBody = m_options.maxBodyBytes;
    batches.jsonBody = true;
    batches.perCenter = true;
    batches.onWorker = [this](StoreSession &session, const Request &request, const Caller &caller,
                              const PathParams &) {
        return postBatch(session, request, caller);
    };
    m_router.add(batches);

    Route stats;
    stats.pattern = "/v1/stats";
    stats.name = "stats";
    stats.access = Access::CenterOrAdmin;
    stats.onWorker = [this](StoreSession &session, const Request &request, const Caller &caller,
                            const PathParams &) {
        return this->stats(session, request, caller);
    };
    m_router.add(stats);

    Route changes;
    changes.pattern = sync::kChangesPath;
    changes.name = "changes";
    changes.access = Access::Center;
    changes.onWorkerLater
        = [this](StoreSession &session, const std::shared_ptr<http::Exchange> &exchange,
                 const Caller &caller) {
              return this->changes(session, exchange, caller);
          };
    m_router.add(changes);

    Route whoami;
    whoami.pattern = sync::kWhoamiPath;
    whoami.name = "whoami";
    whoami.access = Access::CenterOrAdmin;
    whoami.onServer = [](const Request &, const Caller &caller, const PathParams &) {
        Response response;
        response.body = sync::encodeWhoami({caller.center, caller.station, caller.admin});
        return response;
    };
    m_router.add(whoami);

    // Every center's tickets of one phone, for any valid token (docs/sync-protocol.md).
    Route history;
    history.pattern = "/v1/devices/{imei}/history";
    history.name = "device_history";
    history.access = Access::CenterOrAdmin;
    history.onWorker
        = [](StoreSession &session, const Request &, const Caller &, const PathParams &params) {
              const QString imei = params.value("imei");
              if (!isImei(imei))
                  return error(400, "BAD_IMEI",
                               QStringLiteral("an IMEI is 15 digits, the last a Luhn check digit"));
              auto rows = session.deviceTickets(imei, kMaxHistoryTickets);
              if (!rows) {
                  Response unavailable = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
                  unavailable.log.detail = rows.error().message.toUtf8();
                  return unavailable;
              }
              auto exchangeRows = session.deviceExchanges(imei, kMaxHistoryTickets);
              if (!exchangeRows) {
                  Response unavailable = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
                  unavailable.log.detail = exchangeRows.error().message.toUtf8();
                  return unavailable;
              }
              QJsonArray tickets;
              for (const DeviceTicketRow &row : *rows)
                  tickets.append(historyTicket(row));
              QJsonArray exchanges;
              for (const DeviceExchangeRow &row : *exchangeRows)
                  exchanges.append(historyExchange(row));
              Response response;
              response.body = json({{QStringLiteral("imei"), imei},
                                    {QStringLiteral("tickets"), tickets},
                                    {QStringLiteral("exchanges"), exchanges}});
              return response;
          };
    m_router.add(history);

    Route health;
    health.pattern = "/healthz";
    health.name = "healthz";
    health.onServer = [this](const Request &, const Caller &, const PathParams &) {
        return healthz();
    };
    m_router.add(health);

    Route ready;
    ready.pattern = "/readyz";
    ready.name = "readyz";
    ready.onServer = [this](const Request &, const Caller &, const PathParams &) {
        return readyz();
    };
    m_router.add(ready);

    Route prometheus;
    prometheus.pattern = "/metrics";
    prometheus.name = "metrics";
    prometheus.access = Access::Admin;
    prometheus.onServer = [this](const Request &, const Caller &, const PathParams &) {
        return metrics();
    };
    m_router.add(prometheus);
}

Response HqService::error(int status, const char *code, const QString &message)
{
    Response response;
    response.status = status;
    response.body = sync::encodeError({QString::fromLatin1(code), message});
    response.log.code = QByteArray(code);
    return response;
}

Response HqService::tooBusy(const char *reason, const QString &message, int retryAfterSeconds,
                            const QByteArray &tokenKey, qint64 nowMs)
{
    m_parts.metrics.countRefusal(reason);
    Response busy = error(429, "SLOW_DOWN", message);
    retryAfterSeconds = qMax(1, retryAfterSeconds);
    busy.headers.push_back({"Retry-After", QByteArray::number(retryAfterSeconds)});
    busy.log.detail = QByteArray(reason);
    if (tokenKey.isEmpty())
        return busy;
    if (nowMs - m_lastWaitPruneMs > 10000) {
        m_lastWaitPruneMs = nowMs;
        m_toldToWaitUntil.removeIf([nowMs](const auto &entry) { return entry.value() < nowMs; });
    }
    const qint64 until = m_toldToWaitUntil.value(tokenKey, 0);
    if (until > nowMs) {
        // Back before the time it was given: this answer waits for the rest of it.
        busy.delayMs = static_cast<int>(qMin<qint64>(until - nowMs, 5000));
        m_parts.metrics.countRefusal("held_back");
    }
    m_toldToWaitUntil.insert(tokenKey,
                             qMax(until, nowMs + busy.delayMs + qint64(retryAfterSeconds) * 1000));
    return busy;
}

std::optional<Response> HqService::authenticate(const Request &request, const Route &route,
                                                Caller *caller)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() < 8 || authorization.left(7).compare("Bearer ", Qt::CaseInsensitive)) {
        Response response
            = error(401, "UNAUTHENTICATED", QStringLiteral("send Authorization: Bearer <token>"));
        response.headers.push_back({"WWW-Authenticate", "Bearer"});
        return response;
    }
    TokenDirectory::Entry entry;
    switch (m_parts.tokens.find(QByteArrayView(authorization).sliced(7).trimmed(), &entry,
                                &caller->tokenKey)) {
    case TokenDirectory::Lookup::NotLoaded: {
        m_parts.metrics.countRefusal("tokens_not_loaded");
        Response response = error(503, "DB_UNAVAILABLE",
                                  QStringLiteral("HQ cannot check tokens until its database "
                                                 "answers; try again later"));
        response.headers.push_back({"Retry-After", "2"});
        return response;
    }
    case TokenDirectory::Lookup::Unknown: {
        Response response = error(401, "BAD_TOKEN", QStringLiteral("unknown or revoked token"));
        response.headers.push_back({"WWW-Authenticate", "Bearer error=\"invalid_token\""});
        return response;
    }
    case TokenDirectory::Lookup::Found:
        break;
    }
    caller->admin = entry.admin;
    caller->center = entry.center;
    caller->station = entry.station;
    if (route.access == Access::Center && entry.admin)
        return error(403, "FORBIDDEN", QStringLiteral("this request needs a center's token"));
    if (route.access == Access::Admin && !entry.admin)
        return error(403, "FORBIDDEN", QStringLiteral("this request needs an admin token"));
    return std::nullopt;
}

std::optional<Response> HqService::head(http::Exchange &exchange)
{
    const Request &request = exchange.request;
    Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (match.pathExists)
            return error(405, "METHOD_NOT_ALLOWED",
                         QStringLiteral("this path does not take %1")
                             .arg(QString::fromLatin1(request.methodText.left(16))));
        return error(404, "NOT_FOUND", QStringLiteral("no such path"));
    }
    const Route &route = *match.route;
    exchange.route = route.name;
    Caller caller;
    if (route.access != Access::Public) {
        if (auto refused = authenticate(request, route, &caller))
            return refused;
        exchange.center = caller.center;
    }
    if (route.maxBody == 0 && request.contentLength > 0)
        return error(413, "BODY_TOO_LARGE", QStringLiteral("this request takes no body"));
    if (route.maxBody > 0 && !request.hasContentLength)
        return error(411, "LENGTH_REQUIRED", QStringLiteral("send a Content-Length"));
    if (request.contentLength > route.maxBody)
        return error(413, "BODY_TOO_LARGE",
                     QStringLiteral("a request body is at most %1 bytes").arg(route.maxBody));
    if (route.jsonBody && !request.header("content-type").startsWith("application/json"))
        return error(415, "NOT_JSON", QStringLiteral("send Content-Type: application/json"));

    if (route.onServer)
        return route.onServer(request, caller, match.params);

    // Limits for callers who proved who they are; a flood from one center is answered
    // here, before its bodies are read, and never reaches the database.
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    const qint64 nowMs = qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    if (!caller.tokenKey.isEmpty()) {
        if (const qint64 wait = m_tokenRate.take(caller.tokenKey, 1, nowMs); wait > 0)
            return tooBusy("token_rate", QStringLiteral("too many requests for this token"),
                           static_cast<int>((wait + 999) / 1000), caller.tokenKey, nowMs);
    }
    if (route.perCenter && !caller.center.isEmpty()) {
        if (const qint64 wait = m_centerBytes.take(
                caller.center.toUtf8(), static_cast<double>(request.contentLength), nowMs);
            wait > 0)
            return tooBusy("center_quota", QStringLiteral("this center is over its data rate"),
                           static_cast<int>((wait + 999) / 1000), caller.tokenKey, nowMs);
    }
    if (!m_parts.maintenance.schemaReady()) {
        m_parts.metrics.countRefusal("not_ready");
        Response response = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
        response.headers.push_back({"Retry-After", "2"});
        return response;
    }
    WorkerPool::Refusal why = WorkerPool::Refusal::None;
    auto reservation = m_parts.pool.reserve(route.perCenter ? caller.center : QString(),
                                            request.contentLength, &why);
    if (!reservation) {
        switch (why) {
        case WorkerPool::Refusal::KeyBusy:
            return tooBusy("center_busy",
                           QStringLiteral("one request at a time per center; try again later"), 1,
                           caller.tokenKey, nowMs);
        case WorkerPool::Refusal::MemoryFull:
            return tooBusy("memory", QStringLiteral("HQ is busy; try again later"),
                           m_parts.pool.retryAfterSeconds(), caller.tokenKey, nowMs);
        case WorkerPool::Refusal::QueueFull:
        case WorkerPool::Refusal::None:
            return tooBusy("queue_full", QStringLiteral("HQ is busy; try again later"),
                           m_parts.pool.retryAfterSeconds(), caller.tokenKey, nowMs);
        }
    }
    auto pending = std::make_shared<Pending>();
    pending->reservation = std::move(reservation);
    pending->route = &route;
    pending->caller = std::move(caller);
    pending->params = std::move(match.params);
    exchange.hold = pending;
    return std::nullopt;
}

std::optional<Response> HqService::body(const std::shared_ptr<http::Exchange> &exchange)
{
    auto pending = std::static_pointer_cast<Pending>(exchange->hold);
    m_parts.pool.submit(pending->reservation, [this, exchange, pending](StoreSession &session,
                                                                        qint64 queuedNs) {
        if (pending->route->onWorkerLater) {
            // A long-poll may wait past this job: it holds no queue slot.
            pending->reservation.reset();
            if (auto response = pending->route->onWorkerLater(session, exchange, pending->caller))
                m_server->complete(exchange, std::move(*response));
            return;
        }
        const qint64 started = nowNs();
        Response response = pending->route->onWorker(session, exchange->request, pending->caller,
                                                     pending->params);
        response.log.queueMs = queuedNs / 1e6;
        response.log.workMs = (nowNs() - started) / 1e6;
        // The body is not needed any more; the rest of the exchange lives until
        // the answer is written.
        exchange->request.body = QByteArray();
        m_server->complete(exchange, std::move(response));
    });
    return std::nullopt;
}

void HqService::finished(const http::Exchange &exchange, const Response &response, bool delivered)
{
    const double ms = exchange.startNs > 0 ? (nowNs() - exchange.startNs) / 1e6 : 0;
    m_parts.metrics.countRequest(exchange.route, response.status);
    m_parts.log.request(exchange, response, delivered, ms, exchange.route);
}

Response HqService::postBatch(StoreSession &session, const Request &request, const Caller &caller)
{
    const qint64 started = nowNs();
    auto batch = sync::decodeBatch(request.body);
    if (!batch) {
        const QByteArray code = batch.error().code.toLatin1();
        return error(code == "TOO_MANY_RECORDS" ? 413 : 400, code.constData(),
                     batch.error().message);
    }
    if (!isPrintable(batch->batchId))
        return error(400, "BAD_BATCH", QStringLiteral("batch_id must be printable characters"));
    if (batch->batchId.startsWith(QLatin1String(kUpstreamBatchPrefix)))
        return error(400, "BAD_BATCH",
                     QStringLiteral("batch_id must not begin with %1 (a hub's pulled records)")
                         .arg(QLatin1String(kUpstreamBatchPrefix)));
    if (!batch->center.isEmpty() && batch->center != caller.center)
        return error(403, "CENTER_MISMATCH",
                     QStringLiteral("the batch names another center than its token"));
    if (!caller.station.isEmpty() && !batch->station.isEmpty() && batch->station != caller.station)
        return error(403, "STATION_MISMATCH",
                     QStringLiteral("the batch names another station than its token"));
    if (m_parts.faults) {
        if (auto staged = m_parts.faults->beforeApply(*batch))
            return *staged;
    }

    sync::BatchResult result;
    result.batchId = batch->batchId;
    BatchInput input;
    input.batchId = batch->batchId;
    input.sentAt = sanitizedSentAt(batch->sentAt);
    input.recordsSent = static_cast<int>(batch->records.size());
    input.station = caller.station.isEmpty() ? batch->station : caller.station;
    input.records.reserve(batch->records.size());
    std::vector<int> stored(batch->records.size(), -1);
    for (size_t i = 0; i < batch->records.size(); ++i) {
        const sync::IncomingRecord &in = batch->records[i];
        const sync::WireRecord &record = in.record;
        sync::RecordResult r {record.entity, record.id, record.version,
                              sync::RecordStatus::Rejected, in.error};
        if (in.isValid()) {
            const QString payloadCenter = record.payload.value(QLatin1String("center")).toString();
            // An empty claim is no claim (a store writes its first settings before it
            // knows its center code); the token decides the center either way.
            if (!payloadCenter.isEmpty() && payloadCenter != caller.center) {
                r.error = {QStringLiteral("CENTER_MISMATCH"),
                           QStringLiteral("payload.center is not the center of the token")};
            } else {
                QByteArray payload = in.payloadJson;
                if (containsNulEscape(payload)) {
                    r.error = {QStringLiteral("BAD_PAYLOAD"),
                               QStringLiteral("payload text must not contain U+0000")};
                } else {
                    stored[i] = static_cast<int>(input.records.size());
                    input.records.push_back({record.kind == sync::RecordKind::Event, record.entity,
                                             record.id, record.version, std::move(payload),
                                             record.origin});
                }
            }
        }
        result.results.append(r);
    }

    auto outcome = session.applyBatch(caller.center, input);
    if (!outcome) {
        m_parts.metrics.countDatabaseError();
        m_parts.metrics.observeBatch(0, false);
        Response unavailable = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
        unavailable.headers.push_back({"Retry-After", "2"});
        unavailable.log.center = caller.center;
        unavailable.log.batchId = batch->batchId;
        unavailable.log.detail = outcome.error().message.toUtf8();
        return unavailable;
    }
    result.replay = outcome->replay;
    int counts[4] = {};
    for (size_t i = 0; i < stored.size(); ++i) {
        sync::RecordResult &r = result.results[static_cast<qsizetype>(i)];
        if (stored[i] >= 0)
            r.status = outcome->statuses[stored[i]];
        if (stored[i] >= 0 && r.status == sync::RecordStatus::Rejected)
            r.error = {QStringLiteral("VERSION_CONFLICT"),
                       QStringLiteral("HQ holds this version from this origin with another "
                                      "payload")};
        ++counts[static_cast<int>(result.results[static_cast<qsizetype>(i)].status)];
    }
    // The audit chains (docs/audit.md): entries stored for the first time, in batch order;
    // an edit, a fork or a gap goes to the log and to /v1/stats of the center.
    // The verifier's state of the center is read from HQ's database before its first batch
    // after a start and stored after each batch, so a restart hides no gap and no fork.
    QList<ChainVerifier::Finding> findings;
    QString chainProblem;
    if (m_chains.load(
            caller.center, [&] { return session.chainState(caller.center); }, &chainProblem)) {
        for (size_t i = 0; i < stored.size(); ++i) {
            const sync::WireRecord &record = batch->records[i].record;
            if (stored[i] >= 0 && outcome->statuses[stored[i]] == sync::RecordStatus::Applied
                && record.kind == sync::RecordKind::Event
                && ChainVerifier::isChained(record.entity))
                findings += m_chains.add(caller.center, record.entity, record.payload);
        }
        findings += m_chains.endBatch(caller.center);
        const auto [generation, state] = m_chains.state(caller.center);
        if (Status saved = session.saveChainState(caller.center, generation, state); !saved)
            chainProblem = saved.error().message;
    }
    if (!chainProblem.isEmpty())
        m_parts.log.event("audit_chain_state", {{QStringLiteral("center"), caller.center},
                                                {QStringLiteral("detail"), chainProblem}});
    for (const ChainVerifier::Finding &f : findings)
        m_parts.log.event("audit_chain", {{QStringLiteral("center"), f.center},
                                          {QStringLiteral("station"), f.station},
                                          {QStringLiteral("chain"), f.chain},
                                          {QStringLiteral("finding"), f.kind},
                                          {QStringLiteral("id"), f.id},
                                          {QStringLiteral("detail"), f.detail}});
    m_parts.metrics.countRecords(counts[0], counts[1], counts[2], counts[3]);
    if (counts[0] > 0)
        m_feed.notify(caller.center); // committed: the center's waiting feeds read it
    m_parts.metrics.observeBatch((nowNs() - started) / 1e9, true);

    Response response;
    response.body = sync::encodeBatchResult(result);
    response.log.batchId = batch->batchId;
    response.log.records = input.recordsSent;
    response.log.applied = counts[0];
    response.log.duplicate = counts[1];
    response.log.stale = counts[2];
    response.log.rejected = counts[3];
    response.log.replay = result.replay;
    // Everything after this line happens after the commit: a client must cope with not
    // hearing the answer.
    if (m_parts.faults)
        m_parts.faults->afterCommit(response);
    return response;
}

Response HqService::stats(StoreSession &session, const Request &request, const Caller &caller)
{
    QString center = caller.center;
    if (caller.admin) {
        const QUrlQuery query(QString::fromLatin1(request.query));
        center = query.queryItemValue(QStringLiteral("center"), QUrl::FullyDecoded);
    }
    QJsonObject out;
    if (center.isEmpty()) {
        auto stats = session.chainStats();
        if (!stats) {
            Response unavailable = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
            unavailable.log.detail = stats.error().message.toUtf8();
            return unavailable;
        }
        out = statsObject(*stats);
        out.insert(QStringLiteral("centers"), stats->centers);
        out.insert(QStringLiteral("scope"), QStringLiteral("chain"));
    } else {
        auto stats = session.centerStats(center);
        if (!stats) {
            Response unavailable = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
            unavailable.log.detail = stats.error().message.toUtf8();
            return unavailable;
        }
        if (stats->centers == 0 && caller.admin)
            return error(404, "NOT_FOUND", QStringLiteral("no such center"));
        out = statsObject(*stats);
        out.insert(QStringLiteral("center"), center);
        out.insert(QStringLiteral("scope"), QStringLiteral("center"));
        out.insert(QStringLiteral("audit_chain"), m_chains.status(center));
    }
    Response response;
    response.body = json(out);
    return response;
}

std::optional<Response> HqService::changes(StoreSession &session,
                                           const std::shared_ptr<http::Exchange> &exchange,
                                           const Caller &caller)
{
    const QUrlQuery query(QString::fromLatin1(exchange->request.query));
    FeedAsk ask;
    ask.center = caller.center;
    ask.station = caller.station;
    const auto after
        = parseCursor(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
    if (!after)
        return error(400, "BAD_CURSOR", QStringLiteral("send back a cursor this HQ gave, or none"));
    ask.afterSeq = *after;
    auto number
        = [&query](const char *name, int fallback, int low, int high) -> std::optional<int> {
        const QString text = query.queryItemValue(QLatin1String(name));
        if (!query.hasQueryItem(QLatin1String(name)))
            return fallback;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < low || value > high)
            return std::nullopt;
        return value;
    };
    const auto limit = number("limit", sync::WireLimits::defaultChangesLimit, 1,
                              sync::WireLimits::maxChangesLimit);
    if (!limit)
        return error(400, "BAD_LIMIT",
                     QStringLiteral("limit is 1 to %1").arg(sync::WireLimits::maxChangesLimit));
    const auto wait = number("wait", 0, 0, sync::WireLimits::maxChangesWaitSeconds);
    if (!wait)
        return error(
            400, "BAD_WAIT",
            QStringLiteral("wait is 0 to %1 seconds").arg(sync::WireLimits::maxChangesWaitSeconds));
    ask.limit = *limit;
    ask.deadlineMs = FeedWaiters::nowMs() + qint64(*wait) * 1000;
    ask.gzip = acceptsGzip(exchange->request.header("accept-encoding"));
    return feed(session, exchange, ask);
}

std::optional<Response> HqService::feed(StoreSession &session,
                                        const std::shared_ptr<http::Exchange> &exchange,
                                        const FeedAsk &ask)
{
    for (;;) {
        const quint64 generation = m_feed.generation(ask.center);
        auto rows = session.changes(ask.center, ask.afterSeq, ask.station, ask.limit);
        if (!rows) {
            m_parts.metrics.countDatabaseError();
            Response unavailable = error(503, "DB_UNAVAILABLE", kDbUnavailableMessage);
            unavailable.headers.push_back({"Retry-After", "2"});
            unavailable.log.detail = rows.error().message.toUtf8();
            return unavailable;
        }
        sync::ChangesPage page;
        page.cursor = QStringLiteral("s:%1").arg(rows->nextSeq);
        page.more = rows->behind > 0;
        page.behind = rows->behind;
        for (const FeedRow &row : rows->rows) {
            sync::WireRecord record;
            record.kind = row.event ? sync::RecordKind::Event : sync::RecordKind::Snapshot;
            record.entity = row.entity;
            record.id = row.id;
            record.version = row.version;
            record.payload = QJsonDocument::fromJson(row.payload).object();
            record.origin = row.origin;
            record.station = row.station;
            page.records.append(record);
        }
        Response response;
        response.body = sync::encodeChangesPage(page);
        response.log.center = ask.center;
        response.log.records = static_cast<int>(page.records.size());
        if (ask.gzip) {
            if (QByteArray packed = gzip(response.body); !packed.isEmpty()) {
                response.body = std::move(packed);
                response.headers.push_back({"Content-Encoding", "gzip"});
            }
        }
        response.headers.push_back({"Vary", "Accept-Encoding"});
        if (!page.records.isEmpty() || FeedWaiters::nowMs() >= ask.deadlineMs)
            return response;
        // Nothing yet: wait for the center's next batch without holding this worker.
        auto resume = [this, exchange, ask, response](bool woken) {
            WorkerPool::Refusal why = WorkerPool::Refusal::None;
            auto reservation = woken ? m_parts.pool.reserve(QString(), 0, &why) : nullptr;
            if (!reservation) {
                m_server->complete(exchange, response);
                return;
            }
            m_parts.pool.submit(reservation, [this, exchange, ask](StoreSession &again, qint64) {
                if (auto answer = feed(again, exchange, ask))
                    m_server->complete(exchange, std::move(*answer));
            });
        };
        switch (m_feed.park(ask.center, generation, ask.deadlineMs, resume)) {
        case FeedWaiters::Park::Parked:
            return std::nullopt;
        case FeedWaiters::Park::Full:
            m_parts.metrics.countRefusal("feed_waiting_full");
            return response;
        case FeedWaiters::Park::Changed:
            continue; // a batch committed during the query: read again
        }
    }
}

Response HqService::healthz()
{
    Response response;
    response.body = json({{QStringLiteral("status"), QStringLiteral("ok")},
                          {QStringLiteral("protocol"), sync::kProtocolVersion}});
    return response;
}

Response HqService::readyz()
{
    const bool up = m_parts.maintenance.databaseUp() && m_parts.maintenance.schemaReady();
    if (!up) {
        Response response
            = error(503, "DB_UNAVAILABLE", QStringLiteral("HQ's database does not answer"));
        response.headers.push_back({"Retry-After", "2"});
        return response;
    }
    Response response;
    response.body = json({{QStringLiteral("status"), QStringLiteral("ready")},
                          {QStringLiteral("protocol"), sync::kProtocolVersion}});
    return response;
}

Response HqService::metrics()
{
    Metrics::Sources sources;
    sources.server = m_server ? &m_server->counters() : nullptr;
    sources.pool = &m_parts.pool;
    sources.tokens = &m_parts.tokens;
    sources.databaseUp = m_parts.maintenance.databaseUp();
    sources.schemaReady = m_parts.maintenance.schemaReady();
    sources.rssBytes = residentBytes();
    sources.logLinesDropped = m_parts.log.dropped();
    sources.feedWaiting = m_feed.waiting();
    Response response;
    response.contentType = "text/plain; version=0.0.4; charset=utf-8";
    response.body = m_parts.metrics.render(sources);
    if (m_upstream)
        response.body += m_upstream->metricsText();
    return response;
}

} // namespace rc::hq
