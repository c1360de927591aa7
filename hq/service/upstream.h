#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;
class QUrlQuery;

namespace rc::hq {

class EventLog;
class StoreSession;

// A hub's link to its head office (repair-hq --upstream URL): one thread beside the server
// that, in rounds, forwards the hub's own records upstream and pulls HQ's records of the
// hub's center down, with the same protocol the stations speak (docs/sync-protocol.md, "Hub").
//
// - Forwarding: the hub's change feed after the persisted "forwarded" number, without what
//   was pulled from upstream, as protocol 2 batches of one station each (the records as
//   received: same station, version, origin, payload). The number moves only after HQ
//   answered every batch of a page, so a restart re-sends at most a page, which HQ answers as
//   duplicates.
// - Pulling: upstream's GET /v1/changes with the center token, from the persisted cursor,
//   stored as batches whose id begins with kUpstreamBatchPrefix (so they are not forwarded
//   back), with the same rules as any batch; the hub's stations read them from the hub's feed.
// A failed round is tried again after a backoff (1 s doubling up to retryMaxMs); the server
// never waits for upstream.
class Upstream
{
public:
    struct Options
    {
        QUrl url;
        QByteArray token;
        int intervalMs = 2000; // between rounds while upstream answers
        int retryMaxMs = 30000; // the longest wait after failures
        int pageLimit = 500; // feed rows per page, both ways
        QList<QSslCertificate> caCertificates; // trusted beside the system's (https://)
    };
    using SessionFactory = std::function<std::unique_ptr<StoreSession>()>;
    // Called on the link's thread after pulled records were stored, with the center.
    using Pulled = std::function<void(const QString &center)>;

    Upstream(Options options, SessionFactory factory, EventLog &log, Pulled pulled);
    // The PEM certificates of a CA file, or why it cannot be used.
    static Result<QList<QSslCertificate>> caCertificates(const QString &path);
    ~Upstream();
    Upstream(const Upstream &) = delete;
    Upstream &operator=(const Upstream &) = delete;

    void start();
    // Ends the current round (an exchange in flight is aborted) and joins the thread.
    void stop();

    // Its state in the hub's store (StoreSession::hubValue): the center (from whoami), the
    // feed number forwarded up to, the upstream feed's cursor.
    static constexpr const char *kCenterKey = "upstream.center";
    static constexpr const char *kForwardedKey = "upstream.forwarded_seq";
    static constexpr const char *kPullCursorKey = "upstream.pull_cursor";
    // `repair-hq upstream status`: that state and how many of the hub's own records are not
    // forwarded yet, as one JSON object.
    static Result<QByteArray> statusJson(StoreSession &session);

    // Prometheus lines for /metrics: up, last forward and pull, pending, totals.
    QByteArray metricsText() const;

    // Why url may not be an upstream, empty when it may: https:// anywhere; plain http://
    // only to loopback or to a private-range address (10/8, 172.16/12, 192.168/16,
    // fc00::/7) written as an address (the counter's rule for a LAN hub, sync::Transport).
    static QString urlProblem(const QUrl &url);

private:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString error;
    };

    void run();
    Status round(StoreSession &session, QNetworkAccessManager &network);
    Status forward(StoreSession &session, QNetworkAccessManager &network);
    Status pull(StoreSession &session, QNetworkAccessManager &network);
    Reply exchange(QNetworkAccessManager &network, const char *path, const QUrlQuery &query,
                   const QByteArray *body);
    static Error replyError(const char *what, const Reply &reply);
    bool waitFor(int ms); // false: stopping
    void noteFailure(const QString &message);

    Options m_options;
    SessionFactory m_factory;
    EventLog &m_log;
    Pulled m_pulled;
    std::unique_ptr<QThread> m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    QNetworkReply *m_inFlight = nullptr; // guarded by m_mutex; aborted by stop()

    // What /metrics shows, guarded by m_mutex.
    QString m_center;
    bool m_up = false;
    qint64 m_lastForwardMs = 0;
    qint64 m_lastPullMs = 0;
    qint64 m_pending = 0;
    qint64 m_forwarded = 0;
    qint64 m_pulledCount = 0;
    qint64 m_failures = 0;
    QString m_lastError;
};

} // namespace rc::hq
