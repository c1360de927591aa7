#pragma once

#include "message.h"
#include "requestparser.h"

#include <QHostAddress>
#include <QString>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

// repair-hq's HTTP/1.1 server: one thread that owns every socket (epoll, non-blocking),
// and hands complete requests to a handler that may answer at once or later from another
// thread (a database worker).
//
// Why not Qt HttpServer (6.4): it reads a whole body into memory before the application
// sees the request, so a size limit or a missing token can only be answered after the
// bytes have arrived; it has no read or idle timeout and no connection limit; a request
// followed by a half-close is never answered; and it runs its handlers on its own thread,
// so one slow database call stalls every client. Here the head is read first, the handler
// decides (token, route, size, quota, queue) before any body byte is kept, every state of a
// connection has a deadline, and the server never waits on the database.
namespace rc::hq::http {

struct ServerLimits
{
    int maxConnections = 10000; // open connections; at the limit the oldest idle one goes
    int listenBacklog = 4096; // the kernel caps it at net.core.somaxconn
    // Bodies up to this size are read and dropped when the answer is known from the head
    // (so the connection stays usable); a larger one gets its answer at once and the
    // connection is closed.
    qint64 discardBodyBytes = 4 * 1024 * 1024;
    int firstByteTimeoutMs = 10000; // a new connection's first request byte
    int headTimeoutMs = 10000; // from a request's first byte to the end of its head
    int idleTimeoutMs = 30000; // keep-alive: between an answer and the next request
    int bodyTimeoutMs = 15000; // no body byte for this long
    int writeTimeoutMs = 15000; // the peer takes no answer byte for this long
    int lingerMs = 2000; // after a closing answer, later bytes are read and dropped this long
    qint64 lingerBytes = 1024 * 1024; // ... and at most this many; then the connection is reset
    int shutdownGraceMs = 10000; // on stop, time left to requests already in a worker
    // Acknowledge every read at once (TCP_QUICKACK); off only to measure what the kernel's
    // delayed ACKs cost a client that writes without TCP_NODELAY (bench_sync).
    bool quickAck = true;
    ParseLimits parse;
};

// One request on its way through the server.
struct Exchange
{
    quint64 id = 0;
    Request request;
    QByteArray peer; // address:port of the client
    qint64 startNs = 0; // steady clock, when the head was complete
    // Whatever the handler reserved for this request (queue slot, memory budget); released
    // when the exchange ends, whichever side lets go of it last.
    std::shared_ptr<void> hold;
    // Set by the handler: what the access log needs to know about the request.
    QString center;
    const char *route = "-";

    // Internal: the connection this exchange belongs to.
    int slot = -1;
    quint32 generation = 0;
};

class Handler
{
public:
    virtual ~Handler() = default;
    // On the server thread, when a request head has arrived: answer at once (a request
    // body, if any, is then dropped), or return nothing to have the body read (exactly
    // Content-Length bytes, which the handler has accepted) and body() called.
    virtual std::optional<Response> head(Exchange &exchange) = 0;
    // On the server thread, with the whole body: answer at once, or return nothing and
    // call Server::complete() later, from any thread.
    virtual std::optional<Response> body(const std::shared_ptr<Exchange> &exchange) = 0;
    // On the server thread, when an exchange ends: its answer written (delivered), or the
    // connection lost before that. response.status is 0 when there was no answer at all
    // (the client left mid-request).
    virtual void finished(const Exchange &exchange, const Response &response, bool delivered) = 0;
};

struct ServerCounters
{
    std::atomic<qint64> accepted {0};
    std::atomic<qint64> open {0};
    std::atomic<qint64> evictedIdle {0}; // closed to make room at the connection limit
    std::atomic<qint64> refusedFull {0}; // answered 503 at the connection limit
    std::atomic<qint64> timedOut {0};
    std::atomic<qint64> badRequests {0}; // heads that could not be read
    std::atomic<qint64> clientAborts {0}; // connections lost mid-request
    std::atomic<qint64> bytesIn {0};
    std::atomic<qint64> bytesOut {0};
};

class Server
{
public:
    Server(Handler &handler, ServerLimits limits);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Binds and listens; port 0 picks a free one. The file-descriptor limit is raised to
    // fit maxConnections, or maxConnections lowered to fit it (see limits()).
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    const ServerLimits &limits() const { return m_limits; }
    const ServerCounters &counters() const { return m_counters; }

    // Serves until stop(); returns after in-flight requests have been answered (or the
    // grace time has passed).
    void run();
    // From any thread, or a signal handler.
    void stop();
    // From any thread: the answer to an exchange body() left open.
    void complete(const std::shared_ptr<Exchange> &exchange, Response response);

private:
    enum class State { Idle, Head, Body, Discard, Held, Dispatched, Writing, Lingering };
    struct Connection
    {
        int fd = -1;
        quint32 generation = 0;
        State state = State::Idle;
        QByteArray in;
        qsizetype headChecked = 0;
        QByteArray out;
        qsizetype outSent = 0;
        qint64 resetAfter = -1;
        std::shared_ptr<Exchange> exchange;
        std::optional<Response> answer; // written, or waiting for a body to be dropped
        qint64 bodyLeft = 0;
        bool keepAlive = true;
        bool peerClosed = false;
        bool everRequested = false;
        qint64 deadlineMs = 0;
        qint64 lingered = 0;
        quint32 events = 0;
        std::list<int>::iterator idleIt;
        bool inIdleList = false;
        QByteArray peer;
    };
    struct Completion
    {
        std::shared_ptr<Exchange> exchange;
        Response response;
    };

    void acceptAll();
    void onEvent(int slot, quint32 generation, quint32 events);
    void onReadable(Connection &c, int slot);
    void consume(Connection &c, int slot);
    void startHead(Connection &c, int slot);
    void onHead(Connection &c, int slot);
    void onBodyComplete(Connection &c, int slot);
    void answerEarly(Connection &c, int slot, Response response);
    void answer(Connection &c, int slot, Response response);
    void flush(Connection &c, int slot);
    void afterAnswer(Connection &c, int slot);
    void becomeIdle(Connection &c, int slot);
    void startLinger(Connection &c, int slot);
    void closeConnection(int slot, bool reset = false);
    void setEvents(Connection &c, int slot, quint32 events);
    void leaveIdleList(Connection &c);
    void drainCompletions();
    void processPending();
    void sweep();
    static qint64 nowMs();
    const QByteArray &date();

    Handler &m_handler;
    ServerLimits m_limits;
    ServerCounters m_counters;
    int m_epoll = -1;
    int m_listen = -1;
    int m_wake = -1; // eventfd: completions and stop
    quint16 m_port = 0;
    bool m_acceptPaused = false;
    std::atomic<bool> m_stopping {false};
    quint64 m_nextExchange = 0;
    std::vector<Connection> m_slots;
    std::vector<int> m_freeSlots;
    std::list<int> m_idle; // slots of idle connections, oldest first
    // Connections holding pipelined requests not yet read: one each per round of the loop,
    // so a client that pipelines thousands takes its turn like everyone else.
    std::vector<std::pair<int, quint32>> m_pending;
    int m_open = 0;
    std::mutex m_completionMutex;
    std::vector<Completion> m_completions;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
};

} // namespace rc::hq::http
