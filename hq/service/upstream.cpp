#include "upstream.h"

#include "eventlog.h"
#include "store/hqstore.h"
#include "sync/addresses.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslConfiguration>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <chrono>

namespace rc::hq {

namespace {

const QString kForwardedName = QString::fromLatin1(Upstream::kForwardedKey);
const QString kPullCursorName = QString::fromLatin1(Upstream::kPullCursorKey);

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isUpstreamRow(const FeedRow &row)
{
    return row.batchId.startsWith(QLatin1String(kUpstreamBatchPrefix));
}

void metric(QByteArray &out, const char *name, const char *type, const char *help, double value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name
           + ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

} // namespace

Upstream::Upstream(Options options, SessionFactory factory, EventLog &log, Pulled pulled)
    : m_options(std::move(options))
    , m_factory(std::move(factory))
    , m_log(log)
    , m_pulled(std::move(pulled))
{
}

Upstream::~Upstream()
{
    stop();
}

QString Upstream::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.query().isEmpty()
        || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return QStringLiteral("the upstream is a base address such as https://hq.example.com");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QStringLiteral("the upstream address must begin with https:// (or http:// to a "
                              "private address)");
    // The counter's rule for a hub on the LAN (sync/addresses.h).
    if (sync::isLoopbackHost(url.host()) || sync::isPrivateAddress(url.host()))
        return {};
    return QStringLiteral("plain http:// is refused for %1: the token and the tickets would "
                          "cross the network unencrypted; use https://, or http:// only to "
                          "loopback or a private address written as an address")
        .arg(url.host());
}

void Upstream::start()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

void Upstream::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_inFlight)
            QMetaObject::invokeMethod(m_inFlight, &QNetworkReply::abort, Qt::QueuedConnection);
    }
    m_wake.notify_all();
    m_thread->wait();
    m_thread.reset();
}

bool Upstream::waitFor(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
    return !m_stopping;
}

void Upstream::run()
{
    QNetworkAccessManager network;
    std::unique_ptr<StoreSession> session;
    int retryMs = 1000;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        if (!session)
            session = m_factory();
        Status status = session ? round(*session, network)
                                : Status(Error {QString::fromLatin1(kDbUnavailable),
                                                QStringLiteral("cannot open the hub's database")});
        int waitMs = m_options.intervalMs;
        if (status) {
            bool cameBack = false;
            {
                std::lock_guard lock(m_mutex);
                cameBack = !m_up;
                m_up = true;
                m_lastError.clear();
            }
            if (cameBack)
                m_log.event("upstream_up", {{QStringLiteral("url"), m_options.url.toString()}});
            retryMs = 1000;
        } else {
            noteFailure(status.error().message);
            waitMs = retryMs;
            retryMs = std::min(retryMs * 2, m_options.retryMaxMs);
        }
        if (!waitFor(waitMs))
            return;
    }
}

void Upstream::noteFailure(const QString &message)
{
    bool wentDown = false;
    {
        std::lock_guard lock(m_mutex);
        wentDown = m_up || m_lastError != message;
        m_up = false;
        m_lastError = message;
        ++m_failures;
    }
    // Logged when it changes, not on every retry of a link that stays down.
    if (wentDown)
        m_log.event("upstream_down", {{QStringLiteral("url"), m_options.url.toString()},
                                      {QStringLiteral("error"), message}});
}

Status Upstream::round(StoreSession &session, QNetworkAccessManager &network)
{
    if (Status status = session.connect(); !status)
        return status;
    QString center;
    {
        std::lock_guard lock(m_mutex);
        center = m_center;
    }
    if (center.isEmpty()) {
        const Reply reply = exchange(network, sync::kWhoamiPath, {}, nullptr);
        if (reply.status != 200)
            return replyError("whoami", reply);
        auto whoami = sync::decodeWhoami(reply.body);
        if (!whoami)
            return whoami.error();
        if (whoami->admin || !whoami->station.isEmpty() || whoami->center.isEmpty())
            return Error {QStringLiteral("UPSTREAM_TOKEN"),
                          QStringLiteral("the upstream token must be a center's token, without "
                                         "a station (repair-hq token add CENTER at HQ)")};
        if (Status status = session.setHubValue(QString::fromLatin1(kCenterKey), whoami->center);
            !status)
            return status;
        std::lock_guard lock(m_mutex);
        m_center = whoami->center;
    }
    if (Status status = forward(session, network); !status)
        return status;
    return pull(session, network);
}

Status Upstream::forward(StoreSession &session, QNetworkAccessManager &network)
{
    QString center;
    {
        std::lock_guard lock(m_mutex);
        center = m_center;
    }
    for (;;) {
        auto stored = session.hubValue(kForwardedName);
        if (!stored)
            return stored.error();
        const qint64 after = stored->toLongLong();
        auto page = session.changes(center, after, QString(), m_options.pageLimit);
        if (!page)
            return page.error();
        std::vector<const FeedRow *> own;
        for (const FeedRow &row : page->rows) {
            if (!isUpstreamRow(row))
                own.push_back(&row);
        }
        {
            std::lock_guard lock(m_mutex);
            m_pending = static_cast<qint64>(own.size()) + page->behind;
        }
        // One batch per run of one station's records, bounded like a station's batches.
        size_t next = 0;
        while (next < own.size()) {
            const QString station = own[next]->station;
            const QString batchId
                = QStringLiteral("hub-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            qint64 bytes = sync::batchOverheadBytes(center, batchId, station);
            QList<QByteArray> encoded;
            while (next < own.size() && own[next]->station == station
                   && encoded.size() < sync::WireLimits::maxRecords) {
                const FeedRow &row = *own[next];
                sync::WireRecord record;
                record.kind = row.event ? sync::RecordKind::Event : sync::RecordKind::Snapshot;
                record.entity = row.entity;
                record.id = row.id;
                record.version = row.version;
                record.payload = QJsonDocument::fromJson(row.payload).object();
                record.origin = row.origin;
                QByteArray one = sync::encodeRecord(record);
                if (!encoded.isEmpty() && bytes + one.size() + 1 > sync::WireLimits::maxBodyBytes)
                    break;
                bytes += one.size() + 1;
                encoded.append(std::move(one));
                ++next;
            }
            const QByteArray body = sync::encodeBatch(
                center, batchId, QDateTime::currentDateTimeUtc(), encoded, station);
            const Reply reply = exchange(network, sync::kBatchesPath, {}, &body);
            if (reply.status != 200)
                return replyError("forwarding a batch", reply);
            auto result = sync::decodeBatchResult(reply.body);
            if (!result)
                return result.error();
            for (const sync::RecordResult &one : std::as_const(result->results)) {
                if (one.status == sync::RecordStatus::Rejected)
                    m_log.event("upstream_rejected",
                                {{QStringLiteral("entity"), one.entity},
                                 {QStringLiteral("id"), one.id},
                                 {QStringLiteral("version"), one.version},
                                 {QStringLiteral("code"), one.error.code},
                                 {QStringLiteral("message"), one.error.message}});
            }
            std::lock_guard lock(m_mutex);
            m_forwarded += encoded.size();
            m_pending = std::max<qint64>(0, m_pending - encoded.size());
        }
        if (page->nextSeq > after) {
            if (Status status = session.setHubValue(kForwardedName, QString::number(page->nextSeq));
                !status)
                return status;
        }
        {
            std::lock_guard lock(m_mutex);
            m_lastForwardMs = nowMs();
            if (static_cast<int>(page->rows.size()) < m_options.pageLimit)
                m_pending = 0;
        }
        if (static_cast<int>(page->rows.size()) < m_options.pageLimit)
            return {};
    }
}

Status Upstream::pull(StoreSession &session, QNetworkAccessManager &network)
{
    QString center;
    {
        std::lock_guard lock(m_mutex);
        center = m_center;
    }
    for (;;) {
        auto cursor = session.hubValue(kPullCursorName);
        if (!cursor)
            return cursor.error();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), *cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageLimit));
        const Reply reply = exchange(network, sync::kChangesPath, query, nullptr);
        if (reply.status != 200)
            return replyError("pulling changes", reply);
        auto page = sync::decodeChangesPage(reply.body);
        if (!page)
            return page.error();
        bool stored = false;
        // Stored as batches of one station each: each record keeps the station it came from.
        qsizetype next = 0;
        while (next < page->records.size()) {
            BatchInput input;
            input.batchId = QLatin1String(kUpstreamBatchPrefix)
                            + QUuid::createUuid().toString(QUuid::WithoutBraces);
            input.sentAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            input.station = page->records.at(next).station;
            while (next < page->records.size() && page->records.at(next).station == input.station) {
                const sync::WireRecord &record = page->records.at(next);
                input.records.push_back(
                    {record.kind == sync::RecordKind::Event, record.entity, record.id,
                     record.version, QJsonDocument(record.payload).toJson(QJsonDocument::Compact),
                     record.origin});
                ++next;
            }
            input.recordsSent = static_cast<int>(input.records.size());
            auto outcome = session.applyBatch(center, input);
            if (!outcome)
                return outcome.error();
            const qint64 applied = std::count(outcome->statuses.begin(), outcome->statuses.end(),
                                              sync::RecordStatus::Applied);
            stored = stored || applied > 0;
            std::lock_guard lock(m_mutex);
            m_pulledCount += applied;
        }
        if (!page->cursor.isEmpty() && page->cursor != *cursor) {
            if (Status status = session.setHubValue(kPullCursorName, page->cursor); !status)
                return status;
        }
        if (stored && m_pulled)
            m_pulled(center);
        {
            std::lock_guard lock(m_mutex);
            m_lastPullMs = nowMs();
        }
        if (!page->more)
            return {};
    }
}

Result<QList<QSslCertificate>> Upstream::caCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("CA_FILE"),
                      QStringLiteral("cannot be read: %1").arg(file.errorString())};
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty())
        return Error {QStringLiteral("CA_FILE"),
                      QStringLiteral("holds no PEM certificate (-----BEGIN CERTIFICATE-----)")};
    return certificates;
}

Upstream::Reply Upstream::exchange(QNetworkAccessManager &network, const char *path,
                                   const QUrlQuery &query, const QByteArray *body)
{
    QUrl url = m_options.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QLatin1String(path));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.token);
    // The token goes to the upstream address and nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(60000);
    if (url.scheme() == QLatin1String("https") && !m_options.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = network.post(request, *body);
    } else {
        reply = network.get(request);
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            reply->abort();
        m_inFlight = reply;
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    {
        std::lock_guard lock(m_mutex);
        m_inFlight = nullptr;
    }
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.error = reply->errorString();
    delete reply; // its loop has returned: nothing of it runs any more
    return out;
}

Error Upstream::replyError(const char *what, const Reply &reply)
{
    if (reply.status == 0)
        return {QStringLiteral("UPSTREAM_DOWN"),
                QStringLiteral("%1: %2").arg(QLatin1String(what), reply.error)};
    const Error answered = sync::decodeError(reply.body);
    return {QStringLiteral("UPSTREAM_ERROR"), QStringLiteral("%1: HTTP %2 %3 %4")
                                                  .arg(QLatin1String(what))
                                                  .arg(reply.status)
                                                  .arg(answered.code, answered.message.left(200))};
}

Result<QByteArray> Upstream::statusJson(StoreSession &session)
{
    auto center = session.hubValue(QString::fromLatin1(kCenterKey));
    auto forwarded = session.hubValue(kForwardedName);
    auto cursor = session.hubValue(kPullCursorName);
    for (const auto *value : {&center, &forwarded, &cursor}) {
        if (!*value)
            return value->error();
    }
    // Before HQ was first reached the center is not known yet: the one center the hub's own
    // valid station tokens belong to is the one whose records wait.
    QString counted = *center;
    if (counted.isEmpty()) {
        auto tokens = session.tokens();
        if (!tokens)
            return tokens.error();
        QSet<QString> centers;
        for (const TokenInfo &token : *tokens) {
            if (!token.admin && token.revokedAt.isEmpty())
                centers.insert(token.center);
        }
        if (centers.size() == 1)
            counted = *centers.cbegin();
    }
    qint64 pending = 0;
    if (!counted.isEmpty()) {
        for (qint64 after = forwarded->toLongLong();;) {
            auto page = session.changes(counted, after, QString(), 1000);
            if (!page)
                return page.error();
            pending += std::count_if(page->rows.begin(), page->rows.end(),
                                     [](const FeedRow &row) { return !isUpstreamRow(row); });
            if (page->behind == 0)
                break;
            after = page->nextSeq;
        }
    }
    const QJsonObject status {
        {QStringLiteral("center"), center->isEmpty() ? QJsonValue() : QJsonValue(*center)},
        {QStringLiteral("forwarded_seq"), forwarded->toLongLong()},
        {QStringLiteral("pull_cursor"), *cursor},
        {QStringLiteral("pending"), pending},
    };
    return QJsonDocument(status).toJson(QJsonDocument::Compact);
}

QByteArray Upstream::metricsText() const
{
    std::lock_guard lock(m_mutex);
    QByteArray out;
    metric(out, "repair_hq_upstream_up", "gauge",
           "1 when the last round with the upstream HQ succeeded", m_up ? 1 : 0);
    metric(out, "repair_hq_upstream_last_forward_timestamp_seconds", "gauge",
           "When the hub's records were last all forwarded upstream", m_lastForwardMs / 1000.0);
    metric(out, "repair_hq_upstream_last_pull_timestamp_seconds", "gauge",
           "When upstream's changes were last pulled", m_lastPullMs / 1000.0);
    metric(out, "repair_hq_upstream_pending_records", "gauge",
           "The hub's records not yet forwarded (at most; as of the last look)", m_pending);
    metric(out, "repair_hq_upstream_forwarded_records_total", "counter",
           "Records forwarded upstream", m_forwarded);
    metric(out, "repair_hq_upstream_pulled_records_total", "counter",
           "Records pulled from upstream and stored", m_pulledCount);
    metric(out, "repair_hq_upstream_failures_total", "counter", "Rounds with upstream that failed",
           m_failures);
    QString error = m_lastError.left(200);
    error.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'"', QLatin1String("\\\""))
        .replace(u'\n', u' ');
    out += "# HELP repair_hq_upstream_last_error_info The last round's error, empty after a "
           "success\n# TYPE repair_hq_upstream_last_error_info gauge\n"
           "repair_hq_upstream_last_error_info{error=\""
           + error.toUtf8() + "\"} 1\n";
    return out;
}

} // namespace rc::hq
