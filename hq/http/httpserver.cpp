#include "httpserver.h"

#include <QDebug>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rc::hq::http {

namespace {

// epoll keys: a connection's slot and generation; these two are not connections.
constexpr quint64 kListenKey = ~quint64(0);
constexpr quint64 kWakeKey = ~quint64(0) - 1;
// Connections beyond maxConnections that are answered 503 and closed, when no idle
// connection can make room; past that the server stops accepting for a moment.
constexpr int kRefuseHeadroom = 64;
constexpr int kReadChunk = 64 * 1024;
// Bytes read from one connection per wake-up, so one fast sender cannot starve the rest.
constexpr qint64 kReadBudget = 512 * 1024;
constexpr int kSweepMs = 200;
// Bytes of requests not yet processed that a connection may hold (pipelined ones); beyond
// it nothing more is read from it until they are.
constexpr qsizetype kMaxBuffered = 64 * 1024;

quint64 key(int slot, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(slot);
}

QByteArray peerName(const sockaddr_storage &address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&address);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        return QByteArray(text) + ':' + QByteArray::number(ntohs(in->sin_port));
    }
    if (address.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        return '[' + QByteArray(text) + "]:" + QByteArray::number(ntohs(in6->sin6_port));
    }
    return QByteArrayLiteral("?");
}

Response errorResponse(int status, const QByteArray &code, const QByteArray &message)
{
    Response response;
    response.status = status;
    response.body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    response.log.code = code;
    return response;
}

} // namespace

Server::Server(Handler &handler, ServerLimits limits)
    : m_handler(handler)
    , m_limits(limits)
{
}

Server::~Server()
{
    for (int slot = 0; slot < static_cast<int>(m_slots.size()); ++slot) {
        if (m_slots[slot].fd >= 0)
            ::close(m_slots[slot].fd);
    }
    if (m_listen >= 0)
        ::close(m_listen);
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

qint64 Server::nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

const QByteArray &Server::date()
{
    const qint64 second = static_cast<qint64>(std::time(nullptr));
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = httpDate(second);
    }
    return m_date;
}

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Room for every connection, the database connections and the files around them.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        const rlim_t want = rlim_t(m_limits.maxConnections) + kRefuseHeadroom + 256;
        if (limit.rlim_cur < want) {
            limit.rlim_cur = std::min(want, limit.rlim_max);
            setrlimit(RLIMIT_NOFILE, &limit);
            getrlimit(RLIMIT_NOFILE, &limit);
        }
        const qint64 fit = qint64(limit.rlim_cur) - kRefuseHeadroom - 256;
        if (fit < m_limits.maxConnections) {
            qWarning("repair-hq: the open-file limit (%lld) allows %lld connections, not %d",
                     static_cast<long long>(limit.rlim_cur), static_cast<long long>(fit),
                     m_limits.maxConnections);
            m_limits.maxConnections = static_cast<int>(qMax<qint64>(16, fit));
        }
    }

    sockaddr_storage storage {};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, 16);
        length = sizeof(sockaddr_in6);
    } else {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    m_listen = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listen < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int on = 1;
    setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(m_listen, m_limits.listenBacklog) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    getsockname(m_listen, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                               : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);

    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = kListenKey;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &event);
    event.data.u64 = kWakeKey;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);

    const int slotCount = m_limits.maxConnections + kRefuseHeadroom;
    m_slots.resize(static_cast<size_t>(slotCount));
    m_freeSlots.reserve(static_cast<size_t>(slotCount));
    for (int slot = slotCount - 1; slot >= 0; --slot)
        m_freeSlots.push_back(slot);
    return true;
}

void Server::stop()
{
    m_stopping.store(true);
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

void Server::complete(const std::shared_ptr<Exchange> &exchange, Response response)
{
    {
        std::lock_guard lock(m_completionMutex);
        m_completions.push_back({exchange, std::move(response)});
    }
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

void Server::run()
{
    std::vector<epoll_event> events(256);
    qint64 nextSweep = nowMs() + kSweepMs;
    qint64 stopDeadline = -1;
    for (;;) {
        if (m_stopping.load() && stopDeadline < 0) {
            stopDeadline = nowMs() + m_limits.shutdownGraceMs;
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listen, nullptr);
            ::close(m_listen);
            m_listen = -1;
            // Idle connections go now; requests under way get their answers.
            for (int slot = 0; slot < static_cast<int>(m_slots.size()); ++slot) {
                Connection &c = m_slots[slot];
                if (c.fd >= 0 && (c.state == State::Idle || c.state == State::Lingering))
                    closeConnection(slot);
            }
        }
        if (stopDeadline >= 0) {
            bool busy = false;
            for (const Connection &c : m_slots)
                busy
                    = busy
                      || (c.fd >= 0 && (c.state == State::Dispatched || c.state == State::Writing));
            if (!busy || nowMs() > stopDeadline)
                break;
        }
        const int timeout
            = m_pending.empty()
                  ? static_cast<int>(qBound(qint64(0), nextSweep - nowMs(), qint64(kSweepMs)))
                  : 0;
        const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), timeout);
        if (n < 0 && errno != EINTR) {
            qWarning("repair-hq: epoll_wait failed: %s", std::strerror(errno));
            break;
        }
        for (int i = 0; i < n; ++i) {
            const quint64 k = events[i].data.u64;
            if (k == kListenKey) {
                acceptAll();
            } else if (k == kWakeKey) {
                quint64 count = 0;
                [[maybe_unused]] const ssize_t r = ::read(m_wake, &count, sizeof count);
                drainCompletions();
            } else {
                onEvent(static_cast<int>(k & 0xffffffffu), static_cast<quint32>(k >> 32),
                        events[i].events);
            }
        }
        processPending();
        if (nowMs() >= nextSweep) {
            sweep();
            nextSweep = nowMs() + kSweepMs;
        }
    }
    for (int slot = 0; slot < static_cast<int>(m_slots.size()); ++slot) {
        if (m_slots[slot].fd >= 0)
            closeConnection(slot);
    }
    drainCompletions();
}

void Server::setEvents(Connection &c, int slot, quint32 events)
{
    if (c.events == events)
        return;
    c.events = events;
    epoll_event event {};
    event.events = events;
    event.data.u64 = key(slot, c.generation);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &event);
}

void Server::acceptAll()
{
    for (int accepted = 0; accepted < 256; ++accepted) {
        if (m_open >= m_limits.maxConnections && !m_idle.empty()) {
            // Make room: the connection that has waited longest without a request goes.
            m_counters.evictedIdle.fetch_add(1, std::memory_order_relaxed);
            closeConnection(m_idle.front());
        }
        if (m_freeSlots.empty()) {
            // Even the headroom is used: leave the rest in the listen queue for a moment.
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listen, nullptr);
            m_acceptPaused = true;
            return;
        }
        sockaddr_storage address {};
        socklen_t length = sizeof address;
        const int fd = accept4(m_listen, reinterpret_cast<sockaddr *>(&address), &length,
                               SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE) {
                qWarning("repair-hq: out of file descriptors; accepting paused");
                epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listen, nullptr);
                m_acceptPaused = true;
            }
            return;
        }
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        const int slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        Connection &c = m_slots[slot];
        c.fd = fd;
        ++c.generation;
        c.state = State::Idle;
        c.in.clear();
        c.headChecked = 0;
        c.out.clear();
        c.outSent = 0;
        c.resetAfter = -1;
        c.exchange.reset();
        c.answer.reset();
        c.bodyLeft = 0;
        c.keepAlive = true;
        c.peerClosed = false;
        c.everRequested = false;
        c.events = EPOLLIN | EPOLLRDHUP;
        c.deadlineMs = nowMs() + m_limits.firstByteTimeoutMs;
        c.peer = peerName(address);
        epoll_event event {};
        event.events = c.events;
        event.data.u64 = key(slot, c.generation);
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
        ++m_open;
        m_counters.accepted.fetch_add(1, std::memory_order_relaxed);
        m_counters.open.store(m_open, std::memory_order_relaxed);
        if (m_open > m_limits.maxConnections) {
            // Over the limit with nothing idle to close: say so and close.
            m_counters.refusedFull.fetch_add(1, std::memory_order_relaxed);
            c.state = State::Head;
            c.everRequested = true;
            Response full = errorResponse(503, "TOO_MANY_CONNECTIONS",
                                          "HQ has too many open connections; try again later");
            full.headers.push_back({"Retry-After", "1"});
            full.close = true;
            answer(c, slot, std::move(full));
            continue;
        }
        c.idleIt = m_idle.insert(m_idle.end(), slot);
        c.inIdleList = true;
    }
}

void Server::leaveIdleList(Connection &c)
{
    if (c.inIdleList) {
        m_idle.erase(c.idleIt);
        c.inIdleList = false;
    }
}

void Server::closeConnection(int slot, bool reset)
{
    Connection &c = m_slots[slot];
    if (c.fd < 0)
        return;
    leaveIdleList(c);
    if (reset) {
        const linger hard {1, 0};
        setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    ::close(c.fd); // also leaves the epoll set
    c.fd = -1;
    ++c.generation;
    if (c.exchange) {
        // The client is gone before its answer: a dispatched request still completes in
        // its worker; its completion finds no connection and is reported then.
        if (c.state != State::Dispatched) {
            Response none;
            none.status = 0;
            none.log.code = "CLIENT_CLOSED";
            m_counters.clientAborts.fetch_add(1, std::memory_order_relaxed);
            if (c.state == State::Writing && c.answer)
                m_handler.finished(*c.exchange, *c.answer, false);
            else
                m_handler.finished(*c.exchange, none, false);
        }
        c.exchange.reset();
    }
    c.answer.reset();
    c.in = QByteArray();
    c.out = QByteArray();
    m_freeSlots.push_back(slot);
    --m_open;
    m_counters.open.store(m_open, std::memory_order_relaxed);
    if (m_acceptPaused && m_listen >= 0 && !m_stopping.load()) {
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.u64 = kListenKey;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &event);
        m_acceptPaused = false;
    }
}

void Server::onEvent(int slot, quint32 generation, quint32 events)
{
    if (slot < 0 || slot >= static_cast<int>(m_slots.size()))
        return;
    Connection &c = m_slots[slot];
    if (c.fd < 0 || c.generation != generation)
        return; // closed earlier in this round
    if (events & EPOLLERR) {
        closeConnection(slot);
        return;
    }
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP)) {
        if (c.state == State::Dispatched || c.state == State::Writing || c.state == State::Held) {
            if (events & EPOLLHUP) {
                closeConnection(slot); // reset by the peer: nobody to answer
                return;
            }
        } else {
            onReadable(c, slot);
            if (c.fd < 0 || c.generation != generation)
                return;
        }
    }
    if ((events & EPOLLOUT) && c.state == State::Writing)
        flush(c, slot);
}

void Server::onReadable(Connection &c, int slot)
{
    static thread_local char buffer[kReadChunk];
    qint64 budget = kReadBudget;
    bool eof = false;
    while (budget > 0 && (c.state == State::Lingering || c.in.size() < kMaxBuffered)) {
        if (c.state == State::Body && c.in.isEmpty() && c.bodyLeft > 0) {
            // Straight into the body: no copy through the connection's buffer.
            QByteArray &body = c.exchange->request.body;
            const qsizetype have = body.size();
            body.resize(have + c.bodyLeft);
            const ssize_t n = ::recv(c.fd, body.data() + have, static_cast<size_t>(c.bodyLeft), 0);
            const int error = errno;
            body.resize(have + qMax<ssize_t>(n, 0));
            if (n > 0) {
                budget -= n;
                m_counters.bytesIn.fetch_add(n, std::memory_order_relaxed);
                c.bodyLeft -= n;
                c.deadlineMs = nowMs() + m_limits.bodyTimeoutMs;
                if (c.bodyLeft == 0) {
                    onBodyComplete(c, slot);
                    return;
                }
                continue;
            }
            if (n == 0) {
                eof = true;
                break;
            }
            if (error == EINTR)
                continue;
            if (error == EAGAIN || error == EWOULDBLOCK)
                break;
            closeConnection(slot);
            return;
        }
        const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            budget -= n;
            m_counters.bytesIn.fetch_add(n, std::memory_order_relaxed);
            if (c.state == State::Lingering) {
                c.lingered += n;
                if (c.lingered > m_limits.lingerBytes) {
                    closeConnection(slot); // a body far over the limit is not read to its end
                    return;
                }
                continue; // read and forgotten
            }
            c.in.append(buffer, n);
            // The head (or a dropped body) is taken in as it comes, so the buffer never
            // holds more than one read beyond what the request may have.
            consume(c, slot);
            if (c.fd < 0 || c.state == State::Dispatched || c.state == State::Writing
                || (c.state == State::Idle && !c.in.isEmpty()))
                return;
            if (n < static_cast<ssize_t>(sizeof buffer))
                break;
            continue;
        }
        if (n == 0) {
            eof = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        closeConnection(slot); // ECONNRESET and the like
        return;
    }
#ifdef TCP_QUICKACK
    // Acknowledge at once: a client that writes a body in pieces without TCP_NODELAY
    // (Qt's) otherwise waits for the delayed ACK of one piece before sending the next.
    if (m_limits.quickAck) {
        const int on = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
    if (c.state == State::Lingering) {
        if (eof)
            closeConnection(slot);
        return;
    }
    if (eof) {
        c.peerClosed = true;
        switch (c.state) {
        case State::Idle:
        case State::Lingering:
            closeConnection(slot);
            break;
        case State::Head:
        case State::Body:
        case State::Discard:
        case State::Held:
            // A request that cannot be complete any more: nobody waits for an answer.
            closeConnection(slot);
            break;
        case State::Dispatched:
        case State::Writing:
            // Half-closed after a whole request: the answer is still written, then the
            // connection closes.
            setEvents(c, slot, c.state == State::Writing ? quint32(EPOLLOUT) : 0u);
            break;
        }
    }
}

void Server::startHead(Connection &c, int slot)
{
    Q_UNUSED(slot);
    leaveIdleList(c);
    c.state = State::Head;
    c.headChecked = 0;
    c.everRequested = true;
    c.deadlineMs = nowMs() + m_limits.headTimeoutMs;
}

void Server::consume(Connection &c, int slot)
{
    bool tookOne = false; // at most one request per call: the rest waits its turn
    for (;;) {
        if (c.fd < 0)
            return;
        switch (c.state) {
        case State::Idle:
            if (c.in.isEmpty())
                return;
            if (tookOne)
                return; // afterAnswer() put it in m_pending

            startHead(c, slot);
            break;
        case State::Head: {
            auto exchange = std::make_shared<Exchange>();
            const HeadResult head = parseRequestHead(c.in.constData(), c.in.size(), m_limits.parse,
                                                     &exchange->request, c.headChecked);
            if (head.state == HeadResult::State::Incomplete) {
                c.headChecked = head.checked;
                return;
            }
            tookOne = true;
            exchange->id = ++m_nextExchange;
            exchange->peer = c.peer;
            exchange->slot = slot;
            exchange->generation = c.generation;
            timespec ts {};
            clock_gettime(CLOCK_MONOTONIC, &ts);
            exchange->startNs = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
            c.exchange = exchange;
            if (head.state == HeadResult::State::Bad) {
                m_counters.badRequests.fetch_add(1, std::memory_order_relaxed);
                Response bad = errorResponse(head.status, head.code, head.message);
                bad.close = true;
                c.in.clear();
                answer(c, slot, std::move(bad));
                return;
            }
            c.in.remove(0, head.headBytes);
            c.keepAlive = exchange->request.keepAlive;
            onHead(c, slot);
            if (c.state == State::Head)
                return;
            break;
        }
        case State::Body: {
            Request &request = c.exchange->request;
            const qint64 take = qMin<qint64>(c.bodyLeft, c.in.size());
            if (take > 0) {
                request.body.append(c.in.constData(), take);
                c.in.remove(0, take);
                c.bodyLeft -= take;
                c.deadlineMs = nowMs() + m_limits.bodyTimeoutMs;
            }
            if (c.bodyLeft > 0)
                return;
            onBodyComplete(c, slot);
            return; // pipelined bytes wait for the answer
        }
        case State::Discard: {
            const qint64 take = qMin<qint64>(c.bodyLeft, c.in.size());
            c.in.remove(0, take);
            c.bodyLeft -= take;
            if (take > 0)
                c.deadlineMs = nowMs() + m_limits.bodyTimeoutMs;
            if (c.bodyLeft > 0)
                return;
            Response response = std::move(*c.answer);
            c.answer.reset();
            answer(c, slot, std::move(response));
            return;
        }
        case State::Held:
        case State::Dispatched:
        case State::Writing:
        case State::Lingering:
            return;
        }
    }
}

void Server::onHead(Connection &c, int slot)
{
    Exchange &exchange = *c.exchange;
    const Request &request = exchange.request;
    std::optional<Response> early = m_handler.head(exchange);
    if (c.fd < 0)
        return;
    if (early) {
        if (early->delayMs > 0) {
            // Held: nothing is read from it meanwhile; a reset still ends it.
            c.state = State::Held;
            c.deadlineMs = nowMs() + early->delayMs;
            early->delayMs = 0;
            c.answer = std::move(*early);
            setEvents(c, slot, 0);
            return;
        }
        answerEarly(c, slot, std::move(*early));
        return;
    }
    if (request.expectContinue && request.contentLength > 0 && c.in.isEmpty()) {
        static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
        [[maybe_unused]] const ssize_t n
            = ::send(c.fd, kContinue, sizeof kContinue - 1, MSG_NOSIGNAL);
    }
    c.bodyLeft = request.contentLength;
    c.exchange->request.body.reserve(request.contentLength);
    c.state = State::Body;
    c.deadlineMs = nowMs() + m_limits.bodyTimeoutMs;
    if (c.bodyLeft == 0)
        onBodyComplete(c, slot);
}

void Server::answerEarly(Connection &c, int slot, Response response)
{
    const qint64 body = c.exchange ? c.exchange->request.contentLength : 0;
    if (body == 0) {
        answer(c, slot, std::move(response));
    } else if (body <= m_limits.discardBodyBytes && !response.close && c.keepAlive) {
        // Drop the body, then answer: the client reads its answer after sending, as it
        // expects, and the connection stays usable.
        c.answer = std::move(response);
        c.bodyLeft = body;
        c.state = State::Discard;
        c.deadlineMs = nowMs() + m_limits.bodyTimeoutMs;
        setEvents(c, slot, EPOLLIN | EPOLLRDHUP);
    } else {
        response.close = true;
        answer(c, slot, std::move(response));
    }
}

void Server::onBodyComplete(Connection &c, int slot)
{
    c.state = State::Dispatched;
    // Nothing more is read until the answer is out (pipelined requests wait in the
    // kernel); a reset still shows as EPOLLHUP/EPOLLERR.
    setEvents(c, slot, 0);
    std::shared_ptr<Exchange> exchange = c.exchange;
    std::optional<Response> response = m_handler.body(exchange);
    if (response && c.fd >= 0 && c.exchange == exchange)
        answer(c, slot, std::move(*response));
}

void Server::drainCompletions()
{
    std::vector<Completion> completions;
    {
        std::lock_guard lock(m_completionMutex);
        completions.swap(m_completions);
    }
    for (Completion &done : completions) {
        const int slot = done.exchange->slot;
        Connection *c
            = slot >= 0 && slot < static_cast<int>(m_slots.size()) ? &m_slots[slot] : nullptr;
        if (!c || c->fd < 0 || c->generation != done.exchange->generation
            || c->exchange != done.exchange || c->state != State::Dispatched) {
            m_handler.finished(*done.exchange, done.response, false);
            continue;
        }
        answer(*c, slot, std::move(done.response));
    }
}

void Server::answer(Connection &c, int slot, Response response)
{
    const bool keepAlive = c.keepAlive && !response.close && !c.peerClosed && !m_stopping.load();
    c.keepAlive = keepAlive;
    c.out = serialize(response, keepAlive, date());
    c.outSent = 0;
    c.resetAfter = response.resetAfterBytes;
    response.body = QByteArray(); // the log needs only the rest
    c.answer = std::move(response);
    c.state = State::Writing;
    c.deadlineMs = nowMs() + m_limits.writeTimeoutMs;
    flush(c, slot);
}

void Server::flush(Connection &c, int slot)
{
    const qint64 limit
        = c.resetAfter >= 0 ? qMin<qint64>(c.resetAfter, c.out.size()) : c.out.size();
    while (c.outSent < limit) {
        const ssize_t n = ::send(c.fd, c.out.constData() + c.outSent,
                                 static_cast<size_t>(limit - c.outSent), MSG_NOSIGNAL);
        if (n > 0) {
            c.outSent += n;
            m_counters.bytesOut.fetch_add(n, std::memory_order_relaxed);
            c.deadlineMs = nowMs() + m_limits.writeTimeoutMs;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            setEvents(c, slot, EPOLLOUT);
            return;
        }
        closeConnection(slot); // EPIPE, ECONNRESET: the answer cannot be delivered
        return;
    }
    if (c.resetAfter >= 0) {
        if (c.exchange && c.answer)
            m_handler.finished(*c.exchange, *c.answer, false);
        c.exchange.reset();
        closeConnection(slot, true);
        return;
    }
    afterAnswer(c, slot);
}

void Server::afterAnswer(Connection &c, int slot)
{
    if (c.exchange && c.answer)
        m_handler.finished(*c.exchange, *c.answer, true);
    c.exchange.reset();
    c.answer.reset();
    c.out = QByteArray();
    c.outSent = 0;
    if (c.peerClosed) {
        closeConnection(slot);
        return;
    }
    if (!c.keepAlive) {
        startLinger(c, slot);
        return;
    }
    becomeIdle(c, slot);
    if (!c.in.isEmpty())
        m_pending.emplace_back(slot, c.generation); // a pipelined request, next round
}

void Server::processPending()
{
    std::vector<std::pair<int, quint32>> pending;
    pending.swap(m_pending);
    for (const auto &[slot, generation] : pending) {
        Connection &c = m_slots[slot];
        if (c.fd >= 0 && c.generation == generation && c.state == State::Idle && !c.in.isEmpty())
            consume(c, slot);
    }
}

void Server::becomeIdle(Connection &c, int slot)
{
    c.state = State::Idle;
    c.deadlineMs = nowMs() + m_limits.idleTimeoutMs;
    c.idleIt = m_idle.insert(m_idle.end(), slot);
    c.inIdleList = true;
    setEvents(c, slot, EPOLLIN | EPOLLRDHUP);
}

void Server::startLinger(Connection &c, int slot)
{
    // Close only our side, then read and drop what the client still sends (the rest of a
    // refused body) for a short while: closing with unread bytes would answer them with a
    // reset, which can destroy the answer before the client has read it.
    ::shutdown(c.fd, SHUT_WR);
    c.in = QByteArray();
    c.lingered = 0;
    c.state = State::Lingering;
    c.deadlineMs = nowMs() + m_limits.lingerMs;
    setEvents(c, slot, EPOLLIN | EPOLLRDHUP);
}

void Server::sweep()
{
    const qint64 now = nowMs();
    for (int slot = 0; slot < static_cast<int>(m_slots.size()); ++slot) {
        Connection &c = m_slots[slot];
        if (c.fd < 0 || c.state == State::Dispatched || c.deadlineMs > now)
            continue;
        switch (c.state) {
        case State::Held: {
            Response held = std::move(*c.answer);
            c.answer.reset();
            c.state = State::Head; // as if just decided
            answerEarly(c, slot, std::move(held));
            if (c.fd >= 0 && c.state == State::Discard && !c.in.isEmpty())
                consume(c, slot); // body bytes that came with the head
            break;
        }
        case State::Idle:
        case State::Lingering:
        case State::Writing:
            if (c.state != State::Lingering)
                m_counters.timedOut.fetch_add(1, std::memory_order_relaxed);
            closeConnection(slot);
            break;
        case State::Head:
        case State::Body:
        case State::Discard: {
            m_counters.timedOut.fetch_add(1, std::memory_order_relaxed);
            Response late
                = errorResponse(408, "REQUEST_TIMEOUT", "the request did not arrive in time");
            late.close = true;
            if (!c.exchange) {
                auto exchange = std::make_shared<Exchange>();
                exchange->id = ++m_nextExchange;
                exchange->peer = c.peer;
                exchange->slot = slot;
                exchange->generation = c.generation;
                c.exchange = exchange;
            }
            c.answer.reset();
            answer(c, slot, std::move(late));
            break;
        }
        case State::Dispatched:
            break;
        }
    }
}

} // namespace rc::hq::http
