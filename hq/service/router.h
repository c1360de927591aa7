#pragma once

#include "http/httpserver.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rc::hq {

class StoreSession;

// Who sent a request, from its bearer token.
struct Caller
{
    bool admin = false;
    QString center; // empty for an admin
    QString station; // a station token's station, else empty
    QByteArray tokenKey; // identifies the token for rate limits (never the token itself)
};

using PathParams = QHash<QByteArray, QString>;

enum class Access {
    Public, // no token
    Center, // a center's token
    Admin, // an admin token
    CenterOrAdmin,
};

// One endpoint. Adding one is a Route in HqService::routes(): the server reads the token,
// checks the access, the body's size and type, admits the request to the queue, and calls
// the handler on the right thread.
struct Route
{
    http::Method method = http::Method::Get;
    QByteArray pattern; // "/v1/batches"; a segment "{name}" matches any one segment
    const char *name = ""; // for metrics and logs
    Access access = Access::Public;
    qint64 maxBody = 0; // 0: the request takes no body
    bool jsonBody = false; // Content-Type must be application/json
    bool perCenter = false; // a center's requests run one at a time, in arrival order
    // Exactly one of these: answered on the server thread (cheap, no database), or by a
    // database worker, or by a worker that may leave the answer for later (nothing now:
    // Server::complete() is called when it is ready, e.g. a long-poll).
    std::function<http::Response(const http::Request &, const Caller &, const PathParams &)>
        onServer;
    std::function<http::Response(StoreSession &, const http::Request &, const Caller &,
                                 const PathParams &)>
        onWorker;
    std::function<std::optional<http::Response>(
        StoreSession &, const std::shared_ptr<http::Exchange> &, const Caller &)>
        onWorkerLater;
};

class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;
        bool pathExists = false; // with another method: 405
        PathParams params;
    };
    Match match(http::Method method, const QByteArray &path) const;

private:
    std::vector<Route> m_routes;
    std::vector<std::vector<QByteArray>> m_segments;
};

} // namespace rc::hq
