#include "hqserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace rc::hq {

namespace {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool consume(int &counter)
{
    if (counter <= 0)
        return false;
    --counter;
    return true;
}

} // namespace

void QuickAckServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_LINUX
    if (!m_quickAck) {
        addPendingConnection(socket);
        return;
    }
    // Quick-ACK mode does not stick: set it again whenever data arrives. Connected before
    // the HTTP server's own readyRead handler, so the ACK leaves before the request is
    // parsed.
    const int fd = static_cast<int>(descriptor);
    auto quickAck = [fd] {
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    quickAck();
    connect(socket, &QTcpSocket::readyRead, socket, quickAck);
#endif
    addPendingConnection(socket);
}

Result<Faults> Faults::parse(const QString &text)
{
    Faults faults;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        const QStringList parts = value.split(QLatin1Char(':'));
        bool ok = true;
        const int n = parts.value(0).toInt(&ok);
        if (name == QLatin1String("fail-id")) {
            faults.failId = value;
            continue;
        }
        if (!ok)
            return Error {QStringLiteral("BAD_FAULT"),
                          QStringLiteral("bad fault %1 (see docs/sync-protocol.md)").arg(item)};
        if (name == QLatin1String("500-after-commit")) {
            faults.error500AfterCommit = n;
        } else if (name == QLatin1String("drop-after-commit")) {
            faults.dropAfterCommit = n;
        } else if (name == QLatin1String("delay-after-commit")) {
            faults.delayAfterCommit = n;
            faults.delayMs = parts.value(1, QStringLiteral("5000")).toInt();
        } else if (name == QLatin1String("429") || name == QLatin1String("429-date")) {
            faults.tooManyRequests = n;
            faults.retryAfterSeconds = parts.value(1, QStringLiteral("1")).toInt();
            faults.retryAfterAsDate = name == QLatin1String("429-date");
        } else {
            return Error {QStringLiteral("BAD_FAULT"),
                          QStringLiteral("unknown fault %1 (see docs/sync-protocol.md)").arg(name)};
        }
    }
    return faults;
}

bool Faults::any() const
{
    return error500AfterCommit || dropAfterCommit || delayAfterCommit || tooManyRequests
           || !failId.isEmpty();
}

HqServer::HqServer(HqStore &store, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_options(std::move(options))
{
}

HqServer::Reply HqServer::error(int status, const QString &code, const QString &message)
{
    return Reply {status, sync::encodeError({code, message}), {}};
}

void HqServer::send(QTcpSocket *socket, const Reply &reply, bool close)
{
    QByteArray out;
    out.reserve(reply.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
           + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(reply.body.size())
           + "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc())
           + (close ? "\r\nConnection: close" : "\r\nConnection: keep-alive");
    for (const auto &[key, value] : reply.headers)
        out += "\r\n" + key + ": " + value;
    out += "\r\n\r\n";
    out += reply.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

bool HqServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    bool handled = false;
    const Reply reply = route(request, socket, &handled);
    if (!handled) {
        const bool close
            = headerValue(request, "connection").compare("close", Qt::CaseInsensitive) == 0;
        send(socket, reply, close);
    }
    return true;
}

void HqServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such path")), true);
}

HqServer::Reply HqServer::route(const QHttpServerRequest &request, QTcpSocket *socket,
                                bool *handled)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (path == QLatin1String("/healthz")) {
        if (method != QHttpServerRequest::Method::Get)
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("use GET"));
        if (Status status = m_store.ping(); !status)
            return error(503, QStringLiteral("DB_UNAVAILABLE"), status.error().message);
        return Reply {
            200,
            QJsonDocument(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("protocol"), sync::kProtocolVersion}})
                .toJson(QJsonDocument::Compact),
            {}};
    }
    if (path == QLatin1String("/v1/stats")) {
        if (method != QHttpServerRequest::Method::Get)
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("use GET"));
        return stats(request);
    }
    if (path == QLatin1String(sync::kBatchesPath)) {
        if (method != QHttpServerRequest::Method::Post)
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("use POST"));
        return postBatch(request, socket, handled);
    }
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such path"));
}

Result<QString> HqServer::authenticate(const QHttpServerRequest &request, Reply *reply)
{
    const QByteArray authorization = headerValue(request, "authorization");
    if (!authorization.startsWith("Bearer ")) {
        *reply = error(401, QStringLiteral("UNAUTHENTICATED"),
                       QStringLiteral("send Authorization: Bearer <center token>"));
        reply->headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
        return Error {};
    }
    auto center = m_store.centerForToken(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!center) {
        *reply = error(503, QStringLiteral("DB_UNAVAILABLE"), center.error().message);
        return Error {};
    }
    if (center->isEmpty()) {
        *reply = error(401, QStringLiteral("BAD_TOKEN"), QStringLiteral("unknown token"));
        reply->headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate",
                                                                "Bearer error=\"invalid_token\""));
        return Error {};
    }
    return center;
}

HqServer::Reply HqServer::stats(const QHttpServerRequest &request)
{
    Reply reply;
    auto center = authenticate(request, &reply);
    if (!center)
        return reply;
    auto stats = m_store.stats();
    if (!stats)
        return error(503, QStringLiteral("DB_UNAVAILABLE"), stats.error().message);
    stats->insert(QStringLiteral("center"), *center);
    return Reply {200, QJsonDocument(*stats).toJson(QJsonDocument::Compact), {}};
}

HqServer::Reply HqServer::postBatch(const QHttpServerRequest &request, QTcpSocket *socket,
                                    bool *handled)
{
    Reply reply;
    auto center = authenticate(request, &reply);
    if (!center)
        return reply;
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes)
        return error(
            413, QStringLiteral("BODY_TOO_LARGE"),
            QStringLiteral("a batch body is at most %1 bytes").arg(m_options.maxBodyBytes));
    const QByteArray contentType = headerValue(request, "content-type");
    if (!contentType.startsWith("application/json"))
        return error(415, QStringLiteral("NOT_JSON"),
                     QStringLiteral("send Content-Type: application/json"));
    auto batch = sync::decodeBatch(body);
    if (!batch) {
        const int status = batch.error().code == QLatin1String("TOO_MANY_RECORDS") ? 413 : 400;
        return error(status, batch.error().code, batch.error().message);
    }
    if (!batch->center.isEmpty() && batch->center != *center)
        return error(403, QStringLiteral("CENTER_MISMATCH"),
                     QStringLiteral("the batch names center %1 but the token is for %2")
                         .arg(batch->center, *center));

    Faults &faults = m_options.faults;
    if (consume(faults.tooManyRequests)) {
        Reply busy = error(429, QStringLiteral("SLOW_DOWN"), QStringLiteral("try again later"));
        busy.headers.append(std::pair<QByteArray, QByteArray>(
            "Retry-After", faults.retryAfterAsDate ? httpDate(
                               QDateTime::currentDateTimeUtc().addSecs(faults.retryAfterSeconds))
                                                   : QByteArray::number(faults.retryAfterSeconds)));
        return busy;
    }
    if (!faults.failId.isEmpty()) {
        for (const auto &in : batch->records) {
            if (in.record.id == faults.failId)
                return error(500, QStringLiteral("INTERNAL"),
                             QStringLiteral("staged failure on record %1").arg(faults.failId));
        }
    }

    auto result = m_store.applyBatch(*center, *batch);
    if (!result)
        return error(503, QStringLiteral("DB_UNAVAILABLE"), result.error().message);

    // Everything below happens after the commit: the client must cope with not hearing.
    if (consume(faults.error500AfterCommit))
        return error(500, QStringLiteral("INTERNAL"),
                     QStringLiteral("staged failure after commit"));
    if (consume(faults.dropAfterCommit)) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000"
                      "\r\n\r\n{\"protocol\":1,\"res");
        socket->flush();
        socket->abort();
        *handled = true;
        return reply;
    }
    if (consume(faults.delayAfterCommit))
        QThread::msleep(static_cast<unsigned long>(faults.delayMs));
    return Reply {200, sync::encodeBatchResult(*result), {}};
}

} // namespace rc::hq
