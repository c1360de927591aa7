#include "syncengine.h"

#include "common/clock.h"
#include "demo/demodata.h"
#include "store/database.h"
#include "sync/transport.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace rc::sync {

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    return when;
}

} // namespace

SyncEngine::SyncEngine(QString databasePath, SyncSettings settings, const Clock &clock,
                       SyncTuning tuning, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_tuning(tuning)
{
    m_timer = new QTimer(this);
    m_timeout = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timeout->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::cycle);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    m_batchLimit = m_tuning.maxRecords;
}

SyncEngine::~SyncEngine()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // The outbox and state store refer to the database; drop them first.
    m_stateStore.reset();
    m_outbox.reset();
    m_database.reset();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    if (!m_database) {
        auto database = Database::open(m_databasePath);
        if (!database) {
            emit fatalError(database.error().message);
            return;
        }
        // A demo store's tickets are made up: they must never reach a real HQ.
        auto demo = DemoData::isDemoStore(**database);
        if (!demo || *demo) {
            const QString message
                = demo ? tr("This is a demo store (repairctl demo seed): it never syncs with "
                            "head office.")
                       : demo.error().message;
            m_state.phase = SyncPhase::Stopped;
            m_state.lastError = message;
            emit fatalError(message);
            publish();
            return;
        }
        m_database = std::move(database).value();
        m_outbox = std::make_unique<Outbox>(*m_database);
        m_stateStore = std::make_unique<SyncStateStore>(*m_database);
        m_network = new QNetworkAccessManager(this);
        if (auto loaded = m_stateStore->load(); loaded)
            m_state = *loaded;
    }
    m_running = true;
    m_state.phase = SyncPhase::Idle;
    cycle();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer->stop();
    m_timeout->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_inFlight.clear();
    m_state.phase = SyncPhase::Stopped;
    publish();
}

void SyncEngine::syncNow()
{
    if (!m_running || m_reply)
        return;
    m_timer->stop();
    if (m_state.phase == SyncPhase::AuthFailed || m_state.phase == SyncPhase::Refused)
        m_state.phase = SyncPhase::Idle;
    cycle();
}

void SyncEngine::setSettings(const SyncSettings &settings)
{
    m_settings = settings;
    // Connections made under the old settings (another address, another CA) are not reused.
    if (m_network)
        m_network->clearConnectionCache();
    if (m_state.phase == SyncPhase::AuthFailed || m_state.phase == SyncPhase::Refused)
        m_state.phase = SyncPhase::Idle;
    m_failures = 0;
    syncNow();
}

void SyncEngine::reloadSettings()
{
    if (!m_stateStore)
        return;
    auto settings = m_stateStore->settings();
    if (!settings) {
        setError(settings.error().message);
        publish();
        return;
    }
    m_center = m_stateStore->centerCode();
    setSettings(*settings);
}

void SyncEngine::refuse(const QString &message)
{
    m_inFlight.clear();
    m_state.phase = SyncPhase::Refused;
    m_refusedForIdentity = false;
    setError(message);
    refreshCounts();
    publish();
    emit refused(message);
}

void SyncEngine::retryQuarantined(qint64 seq)
{
    if (!m_outbox)
        return;
    if (Status status = m_outbox->release(seq); !status)
        setError(status.error().message);
    refreshCounts();
    publish();
    syncNow();
}

void SyncEngine::scheduleCycle(int delayMs)
{
    if (m_running)
        m_timer->start(qMax(0, delayMs));
}

void SyncEngine::refreshCounts()
{
    if (!m_outbox)
        return;
    if (auto pending = m_outbox->pendingCount(); pending)
        m_state.pending = *pending;
    if (auto quarantined = m_outbox->quarantinedCount(); quarantined)
        m_state.quarantined = *quarantined;
}

void SyncEngine::publish()
{
    emit stateChanged(m_state);
}

void SyncEngine::setError(const QString &error)
{
    m_state.lastError = error;
    m_state.lastErrorAt = m_clock.nowUtc();
    if (m_stateStore)
        (void)m_stateStore->recordError(m_state.lastErrorAt, error);
}

bool SyncEngine::readIdentity()
{
    if (const QString refusal = m_stateStore->refusal(); !refusal.isEmpty()) {
        const bool first = m_state.phase != SyncPhase::Refused;
        m_state.phase = SyncPhase::Refused;
        m_refusedForIdentity = true;
        m_state.retryInMs = 0;
        if (first)
            setError(refusal);
        refreshCounts();
        publish();
        if (first)
            emit refused(refusal);
        // The code may be set while this runs: look again at the next interval.
        scheduleCycle(m_settings.intervalSeconds * 1000);
        return false;
    }
    auto station = m_stateStore->stationCode();
    if (!station) {
        setError(station.error().message);
        m_state.phase = SyncPhase::Waiting;
        m_state.retryInMs = backoffDelayMs();
        publish();
        scheduleCycle(m_state.retryInMs);
        return false;
    }
    m_center = m_stateStore->centerCode();
    m_station = *station;
    m_outbox->setCenter(m_center);
    if (m_refusedForIdentity) {
        m_refusedForIdentity = false;
        m_state.phase = SyncPhase::Idle;
    }
    return true;
}

void SyncEngine::cycle()
{
    // A refused transport waits for new settings; a missing center code is looked at again.
    if (!m_running || m_reply || m_state.phase == SyncPhase::AuthFailed
        || (m_state.phase == SyncPhase::Refused && !m_refusedForIdentity))
        return;
    if (!m_settings.isConfigured()) {
        m_state.phase = SyncPhase::Stopped;
        refreshCounts();
        publish();
        return;
    }
    // Checked here as well as on the Settings screen: a hand-edited store is refused too.
    if (const QString problem = Transport::settingsProblem(m_settings); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    if (!readIdentity())
        return;
    const qint64 overhead
        = batchOverheadBytes(m_center, QStringLiteral("x").repeated(36), m_station);
    auto batch = m_outbox->nextBatch(m_batchLimit, m_tuning.maxBytes - overhead, m_suspects);
    if (!batch) {
        setError(batch.error().message);
        m_state.phase = SyncPhase::Waiting;
        m_state.retryInMs = backoffDelayMs();
        publish();
        scheduleCycle(m_state.retryInMs);
        return;
    }
    if (batch->isEmpty()) {
        if (!m_suspects.isEmpty()) {
            // Nothing else to probe HQ with: try the suspect again later, never quarantine
            // it on a guess.
            m_suspects.clear();
            m_state.phase = SyncPhase::Waiting;
            m_state.retryInMs = backoffDelayMs();
            publish();
            scheduleCycle(m_state.retryInMs);
            return;
        }
        m_state.phase = SyncPhase::Idle;
        m_state.retryInMs = 0;
        refreshCounts();
        publish();
        emit drained();
        scheduleCycle(m_settings.intervalSeconds * 1000);
        return;
    }

    m_inFlight = std::move(batch).value();
    QList<QByteArray> encoded;
    encoded.reserve(m_inFlight.size());
    for (const PendingRecord &pending : std::as_const(m_inFlight))
        encoded.append(pending.encoded);
    QList<qint64> heads;
    heads.reserve(m_inFlight.size());
    for (const PendingRecord &pending : std::as_const(m_inFlight))
        heads.append(pending.headSeq());
    if (heads != m_batchHeads || m_batchId.isEmpty()) {
        m_batchHeads = heads;
        m_batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QString batchId = m_batchId;
    const QByteArray body = encodeBatch(m_center, batchId, m_clock.nowUtc(), encoded, m_station);

    auto made = Transport::request(
        m_settings, Transport::endpoint(m_settings.hqUrl, QLatin1String(kBatchesPath)));
    if (!made) {
        refuse(made.error().message);
        return;
    }
    QNetworkRequest request = std::move(made).value();
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", batchId.toLatin1());
    m_timedOut = false;
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { onFinished(reply); });
    m_timeout->start(m_tuning.requestTimeoutMs);
    if (m_state.phase != SyncPhase::Sending) {
        m_state.phase = SyncPhase::Sending;
        publish();
    }
}

void SyncEngine::onFinished(QNetworkReply *reply)
{
    m_timeout->stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!m_running)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (m_timedOut) {
        handleFailure(Failure::Server,
                      tr("HQ did not answer within %1 s.").arg(m_tuning.requestTimeoutMs / 1000.0),
                      0);
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        // Not HQ being away: its certificate is not one this counter trusts (a private CA
        // without sync.ca_file, or someone in between). Nothing more is sent until the
        // settings change.
        refuse(tr("HQ's certificate is not trusted (%1): set sync.ca_file to the CA of a "
                  "private HQ, or check the HQ address.")
                   .arg(reply->errorString()));
        return;
    }
    if (Transport::isRedirect(status)) {
        refuse(Transport::redirectMessage(status, reply->rawHeader("Location")));
        return;
    }
    // Transport-level errors (connection refused, reset, closed mid-answer): whatever the
    // status line said, the answer did not arrive whole.
    if (error != QNetworkReply::NoError && (status == 0 || int(error) < 200)) {
        const bool unreachable = error == QNetworkReply::ConnectionRefusedError
                                 || error == QNetworkReply::HostNotFoundError
                                 || error == QNetworkReply::NetworkSessionFailedError
                                 || error == QNetworkReply::TemporaryNetworkFailureError
                                 || error == QNetworkReply::UnknownNetworkError;
        handleFailure(unreachable ? Failure::Network : Failure::Server,
                      tr("Network error: %1").arg(reply->errorString()), 0);
        return;
    }
    if (status == 200) {
        handleResults(reply, body);
        return;
    }
    const Error hqError = decodeError(body);
    const bool fromHq = !hqError.code.isEmpty();
    if (!fromHq && status >= 400 && status < 500 && status != 408 && status != 429) {
        // Not HQ's own error (every answer of HQ's carries {"error": {"code": …}}): a proxy,
        // a firewall or the wrong server answered. Nothing here says anything about a record,
        // so nothing is set aside; keep everything and try again later. (A proxy's 408, 429
        // and 5xx are HQ being slow or away, and are retried as HQ's own below.)
        notFromHq(reply, status, body);
        return;
    }
    const QString message
        = tr("HQ answered %1: %2")
              .arg(status)
              .arg(fromHq ? QStringLiteral("%1 %2").arg(hqError.code, hqError.message)
                          : QString::fromUtf8(body.left(200)));
    if (fromHq && (status == 401 || status == 403)) {
        // The token is wrong or revoked, or names another center: nothing is dropped and
        // nothing more is sent until the settings change.
        m_inFlight.clear();
        m_state.phase = SyncPhase::AuthFailed;
        setError(message);
        refreshCounts();
        publish();
        emit authFailed(message);
        return;
    }
    if (isRecordLevel(status, hqError.code)) {
        handleFailure(Failure::Refused, message, 0);
        return;
    }
    if (status == 408 || status == 429 || status >= 500) {
        handleFailure(Failure::Server, message, retryAfterMs(reply));
        return;
    }
    // 404, 405, 415, UNSUPPORTED_PROTOCOL …: the URL or the HQ is wrong, not the records.
    handleFailure(Failure::Network, message, retryAfterMs(reply));
}

bool SyncEngine::isRecordLevel(int status, const QString &code)
{
    // docs/sync-protocol.md, "Errors": only these say something in the batch is wrong, so
    // the batch is bisected and a record refused on its own is quarantined.
    if (status == 400)
        return code == QLatin1String("BAD_JSON") || code == QLatin1String("BAD_BATCH");
    if (status == 413)
        return code == QLatin1String("TOO_MANY_RECORDS") || code == QLatin1String("BODY_TOO_LARGE");
    return false;
}

void SyncEngine::notFromHq(QNetworkReply *reply, int status, const QByteArray &body)
{
    QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (type.isEmpty())
        type = tr("no content type");
    // A hint of what answered: the page's title, or its first words.
    QString text = QString::fromUtf8(body.left(2048));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    if (const auto match = title.match(text); match.hasMatch())
        text = match.captured(1);
    else
        text.remove(tags);
    text = text.simplified().left(80);

    QString cause;
    if (status == 200)
        cause = tr("the answer is not head office's (a sign-in page or a wrong address?)");
    else if (status == 413)
        cause = tr("the batch is too large for something between this counter and head office "
                   "(a proxy's body limit?)");
    else if (status == 404 || status == 405)
        cause = tr("nothing at that address answers like head office (check the HQ URL)");
    else if (status == 401 || status == 403 || status == 407)
        cause = tr("access refused by something that is not head office (a proxy or firewall?)");
    else
        cause = tr("refused by something that is not head office (a proxy?)");
    const QString message = tr("HTTP %1 from %2: %3 [%4%5]. Nothing was set aside; retrying.")
                                .arg(status)
                                .arg(m_settings.hqUrl.host(), cause, type,
                                     text.isEmpty() ? QString() : QStringLiteral(": ") + text);
    if (status == 413)
        m_batchLimit = qMax(1, static_cast<int>(m_inFlight.size() / 2)); // smaller may pass
    handleFailure(Failure::Network, message, retryAfterMs(reply));
}

void SyncEngine::handleResults(QNetworkReply *reply, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A 200 that is not JSON at all (a captive portal's page) did not come from HQ.
        notFromHq(reply, 200, body);
        return;
    }
    auto decoded = decodeBatchResult(body);
    if (decoded && decoded->results.size() != m_inFlight.size())
        decoded
            = Error {QStringLiteral("BAD_RESPONSE"), tr("HQ answered for %1 records, %2 were sent.")
                                                         .arg(decoded->results.size())
                                                         .arg(m_inFlight.size())};
    if (!decoded) {
        handleFailure(Failure::Server, decoded.error().message, 0);
        return;
    }
    QList<PendingRecord> acknowledged;
    QList<std::pair<PendingRecord, Error>> rejected;
    for (qsizetype i = 0; i < m_inFlight.size(); ++i) {
        const PendingRecord &pending = m_inFlight.at(i);
        const RecordResult &result = decoded->results.at(i);
        if (result.entity != pending.record.entity || result.id != pending.record.id) {
            handleFailure(Failure::Server, tr("HQ's answer does not match the batch."), 0);
            return;
        }
        if (result.status == RecordStatus::Rejected)
            rejected.append({pending, result.error});
        else
            acknowledged.append(pending);
    }
    if (!m_suspects.isEmpty()) {
        // HQ takes other records, so the suspect is the problem: set it aside.
        PendingRecord suspect;
        suspect.seqs = QList<qint64>(m_suspects.cbegin(), m_suspects.cend());
        rejected.append({suspect, m_suspectError});
        m_suspects.clear();
    }
    if (Status status = m_outbox->settle(acknowledged, rejected); !status) {
        // The rows stay; sending them again is harmless (HQ answers duplicate).
        handleFailure(Failure::Network, status.error().message, 0);
        return;
    }
    m_inFlight.clear();
    m_failures = 0;
    m_headFailures = 0;
    m_lastHead = 0;
    m_batchLimit = qMin(m_tuning.maxRecords, m_batchLimit * 2);
    m_state.lastSuccess = m_clock.nowUtc();
    m_state.lastError.clear();
    (void)m_stateStore->recordSuccess(m_state.lastSuccess);
    refreshCounts();
    publish();
    emit batchSettled(static_cast<int>(acknowledged.size()), static_cast<int>(rejected.size()));
    scheduleCycle(0);
}

void SyncEngine::handleFailure(Failure kind, const QString &error, int retryAfter)
{
    const QList<PendingRecord> failed = std::exchange(m_inFlight, {});
    ++m_failures;
    (void)m_outbox->noteFailure(failed, error);
    const qint64 head = failed.isEmpty() ? 0 : failed.first().headSeq();
    m_headFailures = head == m_lastHead ? m_headFailures + 1 : 1;
    m_lastHead = head;
    setError(error);

    if (!m_suspects.isEmpty() && !failed.isEmpty() && !m_suspects.contains(head)) {
        // The probe failed too: HQ itself is in trouble, the suspect is cleared.
        m_suspects.clear();
    }
    if (kind == Failure::Refused) {
        if (failed.size() > 1) {
            // Bisect: one of these records makes HQ refuse the whole request.
            m_batchLimit = qMax(1, static_cast<int>(failed.size() / 2));
        } else if (!failed.isEmpty()) {
            (void)m_outbox->settle({},
                                   {{failed.first(), Error {QStringLiteral("REFUSED"), error}}});
            m_headFailures = 0;
        }
        refreshCounts();
        publish();
        scheduleCycle(0);
        return;
    }
    if (kind == Failure::Server) {
        if (m_headFailures >= 2 && failed.size() > 1)
            m_batchLimit = qMax(1, static_cast<int>(failed.size() / 2));
        if (failed.size() == 1 && m_headFailures >= m_tuning.maxAttemptsAlone
            && m_suspects.isEmpty()) {
            // Probe HQ with the records behind it; if they go through, this one is poison.
            const QList<qint64> &seqs = failed.first().seqs;
            m_suspects = QSet<qint64>(seqs.cbegin(), seqs.cend());
            m_suspectError = Error {QStringLiteral("FAILS_ALONE"),
                                    tr("Failed %1 times on its own while other records went "
                                       "through; last error: %2")
                                        .arg(m_headFailures)
                                        .arg(error)};
            m_batchLimit = m_tuning.maxRecords;
        }
    }
    m_state.phase = SyncPhase::Waiting;
    m_state.retryInMs = qMax(backoffDelayMs(), retryAfter);
    refreshCounts();
    publish();
    scheduleCycle(m_state.retryInMs);
}

int SyncEngine::backoffDelayMs() const
{
    // Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^(n-1))].
    const int exponent = qBound(0, m_failures - 1, 20);
    const qint64 ceiling
        = qMin<qint64>(m_tuning.backoffMaxMs, qint64(m_tuning.backoffBaseMs) << exponent);
    return static_cast<int>(QRandomGenerator::global()->bounded(ceiling + 1));
}

int SyncEngine::retryAfterMs(QNetworkReply *reply) const
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    qint64 ms = 0;
    if (isNumber) {
        ms = seconds * 1000;
    } else {
        // An HTTP date is measured against HQ's own Date header, so a counter whose clock
        // is off still waits the time HQ meant.
        const QDateTime retryAt = parseHttpDate(value);
        QDateTime serverNow = parseHttpDate(reply->rawHeader("Date"));
        if (!serverNow.isValid())
            serverNow = m_clock.nowUtc();
        if (retryAt.isValid())
            ms = serverNow.msecsTo(retryAt);
    }
    return static_cast<int>(qBound(qint64(0), ms, qint64(m_tuning.maxRetryAfterMs)));
}

} // namespace rc::sync
