#include "devicehistoryclient.h"

#include "transport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace rc::sync {

namespace {

QDateTime instant(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC()
                            : QDateTime();
}

QString devicePath(const QString &imei)
{
    return QStringLiteral("/v1/devices/%1/history").arg(imei);
}

} // namespace

DeviceHistoryClient::DeviceHistoryClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire 5 % early or late: the bound is the bound.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DeviceHistoryClient::onTimeout);
}

DeviceHistoryClient::~DeviceHistoryClient()
{
    cancel();
}

std::optional<HqDeviceHistory> DeviceHistoryClient::notAsked(const SyncSettings &settings,
                                                             const QString &imei)
{
    HqDeviceHistory out;
    out.imei = imei;
    out.outcome = HqDeviceHistory::Outcome::NotAsked;
    if (settings.hqUrl.isEmpty()) {
        out.reasonCode = QStringLiteral("no_hq");
        out.reason = tr("No head office is set.");
        return out;
    }
    if (settings.token.isEmpty()) {
        out.reasonCode = QStringLiteral("no_token");
        out.reason = tr("This station has no head office token.");
        return out;
    }
    return std::nullopt;
}

void DeviceHistoryClient::ask(const SyncSettings &settings, const QString &imei, int boundMs)
{
    cancel();
    m_imei = imei;
    m_boundMs = boundMs;
    m_elapsed.start();
    if (auto skipped = notAsked(settings, imei)) {
        QTimer::singleShot(0, this, [this, history = *skipped, generation = m_generation] {
            if (generation == m_generation)
                emit finished(history);
        });
        return;
    }
    auto request
        = Transport::request(settings, Transport::endpoint(settings.hqUrl, devicePath(imei)));
    if (!request) {
        HqDeviceHistory refused;
        refused.imei = imei;
        refused.outcome = HqDeviceHistory::Outcome::Failed;
        refused.reasonCode = QStringLiteral("refused");
        refused.reason = request.error().message;
        QTimer::singleShot(0, this, [this, refused, generation = m_generation] {
            if (generation == m_generation)
                emit finished(refused);
        });
        return;
    }
    // The bound covers everything (name lookup, connect, TLS, answer): one timer, not
    // Qt's transfer timeout, which restarts with every byte.
    m_reply = m_network->get(*request);
    connect(m_reply, &QNetworkReply::finished, this, &DeviceHistoryClient::onReplyFinished);
    m_timer->start(boundMs);
}

void DeviceHistoryClient::cancel()
{
    ++m_generation;
    m_timer->stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DeviceHistoryClient::finish(HqDeviceHistory history)
{
    history.imei = m_imei;
    history.elapsedMs = m_elapsed.elapsed();
    emit finished(history);
}

void DeviceHistoryClient::onTimeout()
{
    cancel();
    HqDeviceHistory late;
    late.outcome = HqDeviceHistory::Outcome::Failed;
    late.reasonCode = QStringLiteral("timeout");
    late.reason = tr("Head office did not answer within %1 s.")
                      .arg(QLocale().toString(m_boundMs / 1000.0, 'f', 1));
    finish(late);
}

void DeviceHistoryClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_timer->stop();
    m_reply.clear();
    reply->deleteLater();
    HqDeviceHistory out;
    out.outcome = HqDeviceHistory::Outcome::Failed;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        out.reasonCode = QStringLiteral("unreachable");
        out.reason = tr("Head office cannot be reached: %1").arg(reply->errorString());
    } else if (Transport::isRedirect(status)) {
        out.reasonCode = QStringLiteral("refused");
        out.reason = Transport::redirectMessage(status, reply->rawHeader("Location"));
    } else if (status != 200) {
        out.reasonCode = QStringLiteral("http");
        out.reason = tr("Head office answered %1.").arg(status);
    } else if (auto answer = decode(reply->readAll(), m_imei); !answer) {
        out.reasonCode = QStringLiteral("bad_answer");
        out.reason = answer.error().message;
    } else {
        out = *answer;
    }
    finish(out);
}

Result<HqDeviceHistory> DeviceHistoryClient::decode(const QByteArray &body, const QString &imei)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("imei")).toString() != imei
        || !root.value(QLatin1String("tickets")).isArray())
        return Error {QStringLiteral("BAD_ANSWER"),
                      tr("Head office's answer is not the history of %1.").arg(imei)};
    HqDeviceHistory out;
    out.imei = imei;
    out.outcome = HqDeviceHistory::Outcome::Answered;
    out.reasonCode.clear();
    for (const QJsonValue &value : root.value(QLatin1String("tickets")).toArray()) {
        const QJsonObject t = value.toObject();
        HqDeviceTicket ticket;
        ticket.center = t.value(QLatin1String("center")).toString();
        ticket.number = t.value(QLatin1String("number")).toString();
        ticket.status = t.value(QLatin1String("status")).toString();
        ticket.component = t.value(QLatin1String("component")).toString();
        ticket.faultCode = t.value(QLatin1String("fault_code")).toString();
        ticket.createdAt = instant(t.value(QLatin1String("created_at")));
        ticket.closedAt = instant(t.value(QLatin1String("closed_at")));
        if (const QJsonValue covered = t.value(QLatin1String("covered")); covered.isBool())
            ticket.covered = covered.toBool();
        if (ticket.number.isEmpty())
            return Error {
                QStringLiteral("BAD_ANSWER"),
                tr("Head office's history of %1 holds a ticket without a number.").arg(imei)};
        out.tickets.append(ticket);
    }
    for (const QJsonValue &value : root.value(QLatin1String("exchanges")).toArray()) {
        const QJsonObject e = value.toObject();
        HqDeviceExchange exchange;
        exchange.id = e.value(QLatin1String("id")).toString();
        exchange.center = e.value(QLatin1String("center")).toString();
        exchange.component = e.value(QLatin1String("component")).toString();
        exchange.date = QDate::fromString(e.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (exchange.id.isEmpty() || !exchange.date.isValid())
            return Error {QStringLiteral("BAD_ANSWER"),
                          tr("Head office's history of %1 holds an exchange without its id or "
                             "date.")
                              .arg(imei)};
        out.exchanges.append(exchange);
    }
    return out;
}

HqDeviceHistory DeviceHistoryClient::askAndWait(const SyncSettings &settings, const QString &imei,
                                                int boundMs)
{
    DeviceHistoryClient client;
    HqDeviceHistory out;
    QEventLoop loop;
    connect(&client, &DeviceHistoryClient::finished, &loop, [&](const HqDeviceHistory &history) {
        out = history;
        loop.quit();
    });
    client.ask(settings, imei, boundMs);
    loop.exec();
    return out;
}

} // namespace rc::sync
