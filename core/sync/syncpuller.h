#pragma once

#include "sync/syncstate.h"
#include "sync/wire.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace rc {
class Clock;
class Database;
} // namespace rc

namespace rc::sync {

// How the puller paces itself; the defaults suit a counter, tests shorten them.
struct PullTuning
{
    // Records per page: a page is applied in one transaction, which holds the store's write
    // lock, so its size follows how fast pages apply here: from firstLimit, towards a page
    // that takes about pageTargetMs, never more than limit.
    int limit = WireLimits::maxChangesLimit;
    int firstLimit = 500;
    int pageTargetMs = 500;
    int waitSeconds = 25; // a long-poll's wait when the station is caught up
    int requestTimeoutMs = 30000; // beyond the long-poll's wait
    int backoffBaseMs = 1000; // first retry waits up to this (full jitter)
    int backoffMaxMs = 5 * 60 * 1000;
    // The page cache of the puller's own connection, in KiB. A page of records writes to a
    // dozen indexes at random places (ids are UUIDs); with SQLite's default 2 MiB the pages
    // fall out of the cache and the transaction spills as the store grows.
    int cacheKiB = 32 * 1024;
};

// Pulls the other stations' records from HQ's change feed (GET /v1/changes,
// docs/sync-protocol.md) and applies each page with workflow::RemoteChanges, in one local
// transaction with the new cursor. Lives on the sync thread beside the SyncEngine, with its
// own store connection. While HQ says more is ready it asks again at once; caught up, it
// long-polls. Errors back off like the engine's; HQ refusing the token stops it until the
// settings change.
class SyncPuller : public QObject
{
    Q_OBJECT

public:
    SyncPuller(QString databasePath, SyncSettings settings, const Clock &clock,
               PullTuning tuning = {}, QObject *parent = nullptr);
    ~SyncPuller() override;

    bool isCaughtUp() const { return m_caughtUp; }
    QString lastError() const { return m_lastError; }

public slots:
    void start();
    void stop();
    // Asks now without waiting (after a push), cancelling a long-poll or a backoff wait;
    // starts the puller when it is not running.
    void pullNow();
    void setSettings(const rc::sync::SyncSettings &settings);

signals:
    // A page was applied: the tickets whose rows or timeline it touched, and how many
    // records HQ still had after it.
    void pulled(const QStringList &ticketIds, qint64 behind);
    // The last page said nothing more was ready.
    void caughtUp();
    void authFailed(const QString &message);
    void fatalError(const QString &message);
    void failed(const QString &message);

private:
    void cycle();
    void request(const QString &cursor, int wait);
    void abortReply();
    void adaptLimit(qsizetype records, int asked, qint64 elapsedMs);
    void onFinished(QNetworkReply *reply);
    void handleFailure(const QString &message);
    int backoffDelayMs() const;

    QString m_databasePath;
    SyncSettings m_settings;
    const Clock &m_clock;
    PullTuning m_tuning;
    std::unique_ptr<Database> m_database;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_timeout = nullptr;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    bool m_stopped = false; // by HQ refusing the token
    bool m_timedOut = false;
    bool m_waitNext = false; // the next request long-polls
    bool m_caughtUp = false;
    int m_failures = 0;
    int m_limit = 0; // records the next page asks for
    int m_asked = 0; // records the page on its way was asked for
    QString m_lastError;
};

} // namespace rc::sync
