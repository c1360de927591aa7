#include "syncpuller.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/transport.h"
#include "sync/wire.h"
#include "workflow/remotechanges.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace rc::sync {

namespace {

QUrl changesUrl(const QUrl &hq, const QString &cursor, int limit, int wait)
{
    QUrl url = Transport::endpoint(hq, QLatin1String(kChangesPath));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("wait"), QString::number(wait));
    url.setQuery(query);
    return url;
}

} // namespace

SyncPuller::SyncPuller(QString databasePath, SyncSettings settings, const Clock &clock,
                       PullTuning tuning, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_tuning(tuning)
    , m_limit(qBound(1, tuning.firstLimit, qMax(1, tuning.limit)))
{
    m_timer = new QTimer(this);
    m_timeout = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timeout->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncPuller::cycle);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

SyncPuller::~SyncPuller()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_database.reset();
}

void SyncPuller::start()
{
    if (m_running)
        return;
    if (!m_database) {
        auto database = Database::open(m_databasePath);
        if (!database) {
            emit fatalError(database.error().message);
            return;
        }
        if (Status cache = (*database)->exec(
                QStringLiteral("PRAGMA cache_size=-%1").arg(qMax(0, m_tuning.cacheKiB)));
            !cache) {
            emit fatalError(cache.error().message);
            return;
        }
        m_database = std::move(database).value();
        m_network = new QNetworkAccessManager(this);
    }
    m_running = true;
    m_waitNext = false;
    cycle();
}

void SyncPuller::stop()
{
    m_running = false;
    m_timer->stop();
    abortReply();
}

void SyncPuller::abortReply()
{
    m_timeout->stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void SyncPuller::pullNow()
{
    if (!m_running) {
        start();
        return;
    }
    m_stopped = false;
    m_waitNext = false;
    m_timer->stop();
    // A long-poll in progress is dropped for a request that answers at once.
    abortReply();
    cycle();
}

void SyncPuller::setSettings(const SyncSettings &settings)
{
    m_settings = settings;
    m_failures = 0;
    pullNow();
}

void SyncPuller::cycle()
{
    if (!m_running || m_reply || m_stopped || !m_settings.isConfigured())
        return;
    auto state = workflow::RemoteChanges::state(*m_database);
    if (!state) {
        handleFailure(state.error().message);
        return;
    }
    request(state->cursor, m_waitNext ? m_tuning.waitSeconds : 0);
}

void SyncPuller::request(const QString &cursor, int wait)
{
    // The same checks as the engine's batches: https or a LAN hub, the CA file, no redirects.
    m_asked = m_limit;
    auto made = Transport::request(m_settings, changesUrl(m_settings.hqUrl, cursor, m_asked, wait));
    if (!made) {
        handleFailure(made.error().message);
        return;
    }
    QNetworkRequest request = std::move(made).value();
    m_timedOut = false;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { onFinished(reply); });
    m_timeout->start(wait * 1000 + m_tuning.requestTimeoutMs);
}

void SyncPuller::onFinished(QNetworkReply *reply)
{
    m_timeout->stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (m_timedOut) {
        handleFailure(tr("HQ did not answer within %1 s.").arg(m_tuning.requestTimeoutMs / 1000));
        return;
    }
    if (status == 0) {
        handleFailure(tr("Network error: %1").arg(reply->errorString()));
        return;
    }
    if (status != 200) {
        const Error hqError = decodeError(body);
        const QString message
            = tr("HQ answered %1: %2")
                  .arg(status)
                  .arg(hqError.code.isEmpty()
                           ? QString::fromUtf8(body.left(200))
                           : QStringLiteral("%1 %2").arg(hqError.code, hqError.message));
        if (!hqError.code.isEmpty() && (status == 401 || status == 403)) {
            // Nothing more is asked until the settings change.
            m_stopped = true;
            m_lastError = message;
            emit authFailed(message);
            return;
        }
        if (status == 404 && !hqError.code.isEmpty()) {
            // An HQ of protocol 1 has no change feed: nothing to pull from it.
            m_stopped = true;
            m_caughtUp = true;
            m_lastError = message;
            emit caughtUp();
            return;
        }
        handleFailure(message);
        return;
    }
    auto page = decodeChangesPage(body);
    if (!page) {
        handleFailure(page.error().message);
        return;
    }
    // More is ready: the next page is asked for now, from this page's cursor, and HQ reads it
    // while this one is written. Should this page fail, that request is dropped and the pull
    // goes on from the stored cursor.
    const int asked = m_asked;
    if (page->more)
        request(page->cursor, 0);
    QElapsedTimer applying;
    applying.start();
    auto applied = workflow::RemoteChanges(*m_database, m_clock).apply(*page);
    if (!applied) {
        abortReply();
        handleFailure(applied.error().message);
        return;
    }
    adaptLimit(page->records.size(), asked, applying.elapsed());
    m_failures = 0;
    m_lastError.clear();
    m_caughtUp = !page->more;
    const QStringList touched(applied->ticketIds.cbegin(), applied->ticketIds.cend());
    if (!page->records.isEmpty())
        emit pulled(touched, page->behind);
    // More ready: ask at once; caught up: long-poll.
    m_waitNext = !page->more;
    if (m_caughtUp)
        emit caughtUp();
    if (m_running && !m_reply)
        m_timer->start(0);
}

void SyncPuller::adaptLimit(qsizetype records, int asked, qint64 elapsedMs)
{
    // Only a full page tells how long a page of the asked size takes.
    if (records < asked)
        return;
    const qint64 fitting = qint64(records) * m_tuning.pageTargetMs / qMax<qint64>(1, elapsedMs);
    // Grows at most fourfold a page, shrinks to no fewer than 100 records.
    const qint64 next = qBound(qint64(qMin(asked, 100)), fitting, qint64(asked) * 4);
    m_limit = static_cast<int>(qBound(qint64(1), next, qint64(qMax(1, m_tuning.limit))));
}

void SyncPuller::handleFailure(const QString &message)
{
    ++m_failures;
    m_lastError = message;
    m_waitNext = false;
    emit failed(message);
    if (m_running)
        m_timer->start(backoffDelayMs());
}

int SyncPuller::backoffDelayMs() const
{
    // Exponential backoff with full jitter, as the engine's.
    const int exponent = qBound(0, m_failures - 1, 20);
    const qint64 ceiling
        = qMin<qint64>(m_tuning.backoffMaxMs, qint64(m_tuning.backoffBaseMs) << exponent);
    return static_cast<int>(QRandomGenerator::global()->bounded(ceiling + 1));
}

} // namespace rc::sync
