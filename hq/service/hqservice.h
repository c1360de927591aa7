#pragma once

#include "chainverifier.h"
#include "feedwaiters.h"
#include "http/httpserver.h"
#include "metrics.h"
#include "ratelimiter.h"
#include "router.h"

#include <QHash>

namespace rc::hq {

class EventLog;
class FaultHook;
class Maintenance;
class TokenDirectory;
class Upstream;
class WorkerPool;

// What repair-hq answers: the routes, and for each request the checks that happen before
// its body is read (route, token, access, size, type, rate and queue), on the server thread.
class HqService final : public http::Handler
{
public:
    struct Options
    {
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        double tokenRequestsPerSecond = 100; // per token; 0: no limit
        double tokenBurst = 200;
        double centerBytesPerSecond = 16 * 1024 * 1024; // per center; 0: no limit
        double centerBytesBurst = 64 * 1024 * 1024;
    };
    struct Parts
    {
        TokenDirectory &tokens;
        WorkerPool &pool;
        Maintenance &maintenance;
        Metrics &metrics;
        EventLog &log;
        FaultHook *faults = nullptr; // test builds only
    };

    HqService(Parts parts, Options options);
    void setServer(http::Server *server) { m_server = server; }
    // A hub's link to its HQ, whose state /metrics shows.
    void setUpstream(const Upstream *upstream) { m_upstream = upstream; }
    // Answers the change-feed long-polls still waiting (after the server stopped).
    void stopFeed() { m_feed.stop(); }
    // Wakes center's change-feed long-polls: records were stored other than by a batch (a
    // hub's puller). Any thread.
    void notifyFeed(const QString &center) { m_feed.notify(center); }

    std::optional<http::Response> head(http::Exchange &exchange) override;
    std::optional<http::Response> body(const std::shared_ptr<http::Exchange> &exchange) override;
    void finished(const http::Exchange &exchange, const http::Response &response,
                  bool delivered) override;

    // {"error":{"code":…,"message":…}}; message is fixed text, never a database's.
    static http::Response error(int status, const char *code, const QString &message);

private:
    struct Pending;
    void addRoutes();
    std::optional<http::Response> authenticate(const http::Request &request, const Route &route,
                                               Caller *caller);
    http::Response tooBusy(const char *reason, const QString &message, int retryAfterSeconds,
                           const QByteArray &tokenKey, qint64 nowMs);

    http::Response postBatch(StoreSession &session, const http::Request &request,
                             const Caller &caller);
    http::Response stats(StoreSession &session, const http::Request &request, const Caller &caller);
    struct FeedAsk;
    std::optional<http::Response> changes(StoreSession &session,
                                          const std::shared_ptr<http::Exchange> &exchange,
                                          const Caller &caller);
    std::optional<http::Response> feed(StoreSession &session,
                                       const std::shared_ptr<http::Exchange> &exchange,
                                       const FeedAsk &ask);
    http::Response healthz();
    http::Response readyz();
    http::Response metrics();

    Parts m_parts;
    Options m_options;
    Router m_router;
    RateLimiter m_tokenRate;
    RateLimiter m_centerBytes;
    // Per token: until when it was told to wait (Retry-After). A client back before then
    // has its next 429 held back for the rest of that time: a flood costs it time, not HQ.
    QHash<QByteArray, qint64> m_toldToWaitUntil;
    qint64 m_lastWaitPruneMs = 0;
    http::Server *m_server = nullptr;
    const Upstream *m_upstream = nullptr;
    // The audit chains of every center, verified as their entries arrive (docs/audit.md).
    ChainVerifier m_chains;
    // Change-feed long-polls waiting for their center's next batch.
    FeedWaiters m_feed {2000, 100};
};

} // namespace rc::hq
