#include "hqload.h"

#include "sync/wire.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <optional>
#include <random>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rc::synctest {

namespace {

qint64 nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Client
{
    enum class Phase { Waiting, Connecting, Sending, Reading, Done, Failed };
    const LoadCenter *center = nullptr;
    quint16 port = 0;
    int fd = -1;
    Phase phase = Phase::Waiting;
    QByteArray out;
    qsizetype sent = 0;
    QByteArray in;
    qint64 wakeNs = 0;
    qint64 startNs = 0;
    qint64 deadlineNs = 0;
    int batch = 0;
    int backoffMs = 0;
    qint64 paceStartNs = 0; // when the current batch was due
};

QByteArray requestHead(const Client &c)
{
    return loadRequestHead(*c.center, c.batch, c.port);
}

} // namespace

// The head Qt's QNetworkAccessManager writes for the client's POST (SyncEngine::cycle).
QByteArray loadRequestHead(const LoadCenter &center, int batch, quint16 port)
{
    // Qt derives Accept-Language from the system locale (QHttpNetworkConnection).
    static const QByteArray acceptLanguage = [] {
        const QString name = QLocale::system().name().replace(u'_', u'-');
        if (name == QLatin1String("C"))
            return QByteArray("en,*");
        if (name.startsWith(QLatin1String("en-")))
            return name.toLatin1() + ",*";
        return name.toLatin1() + ",en,*";
    }();
    const QByteArray &body = center.bodies.at(batch);
    const qsizetype idAt = body.indexOf("\"batch_id\":\"");
    const QByteArray batchId
        = idAt < 0 ? QByteArray() : body.mid(idAt + 12, body.indexOf('"', idAt + 12) - idAt - 12);
    return "POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nAuthorization: Bearer " + center.token.toUtf8()
           + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + batchId
           + "\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: Keep-Alive\r\nAccept-Encoding: zstd, br, gzip, deflate\r\n"
           + "Accept-Language: " + acceptLanguage + "\r\nUser-Agent: Mozilla/5.0\r\n\r\n";
}

namespace {

struct Answer
{
    int status = 0;
    bool close = false;
    double retryAfter = -1;
    QByteArray body;
};

// A whole answer at the front of in, or nothing yet.
std::optional<Answer> takeAnswer(QByteArray &in)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Answer answer;
    const QList<QByteArray> lines = in.left(end).split('\n');
    answer.status = lines.value(0).mid(9, 3).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection")
            answer.close = value.toLower() == "close";
        else if (name == "retry-after")
            answer.retryAfter = value.toDouble();
    }
    if (in.size() < end + 4 + length)
        return std::nullopt;
    answer.body = in.mid(end + 4, length);
    in.remove(0, end + 4 + length);
    return answer;
}

} // namespace

double LoadReport::percentile(double p) const
{
    if (latencyMs.empty())
        return 0;
    std::vector<double> sorted = latencyMs;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1,
                                  static_cast<size_t>(std::ceil(p / 100.0 * sorted.size())) - 1);
    return sorted[index];
}

QString LoadReport::summary() const
{
    QStringList codes;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        codes.append(QStringLiteral("%1×%2").arg(it.key()).arg(it.value()));
    return QStringLiteral("%1 centers, %2 batches, %3 records in %4 s (%5 records/s), "
                          "p50 %6 ms, p95 %7 ms; answers %8; resets %9, connect failures %10, "
                          "timeouts %11%12")
        .arg(centers)
        .arg(batches)
        .arg(records)
        .arg(seconds, 0, 'f', 2)
        .arg(seconds > 0 ? records / seconds : 0, 0, 'f', 0)
        .arg(percentile(50), 0, 'f', 1)
        .arg(percentile(95), 0, 'f', 1)
        .arg(codes.join(u' '))
        .arg(resets)
        .arg(connectFailures)
        .arg(timeouts)
        .arg(firstError.isEmpty() ? QString() : QStringLiteral("; ") + firstError);
}

LoadReport runLoad(const QList<LoadCenter> &centers, const LoadOptions &options)
{
    LoadReport report;
    report.centers = static_cast<int>(centers.size());
    std::mt19937 random(options.seed);
    std::uniform_real_distribution<double> jitter(0, options.jitterSeconds * 1000);
    std::vector<Client> clients(static_cast<size_t>(centers.size()));
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    const qint64 started = nowNs();
    for (size_t i = 0; i < clients.size(); ++i) {
        clients[i].center = &centers.at(static_cast<qsizetype>(i));
        clients[i].port = options.ports.at(static_cast<qsizetype>(i % options.ports.size()));
        clients[i].wakeNs
            = options.paceMs > 0 ? started + qint64(random() % options.paceMs) * 1000000 : started;
        clients[i].paceStartNs = clients[i].wakeNs;
        if (centers.at(static_cast<qsizetype>(i)).bodies.isEmpty())
            clients[i].phase = Client::Phase::Done;
    }
    bool stop = false;

    auto closeFd = [&](Client &c) {
        if (c.fd >= 0) {
            ::close(c.fd);
            c.fd = -1;
        }
        c.in.clear();
    };
    auto retryLater = [&](Client &c, double ms) {
        c.phase = Client::Phase::Waiting;
        c.wakeNs = nowNs() + static_cast<qint64>(ms * 1e6);
    };
    auto lost = [&](Client &c) {
        closeFd(c);
        c.backoffMs = c.backoffMs == 0 ? options.backoffMs : qMin(5000, c.backoffMs * 2);
        retryLater(c, c.backoffMs);
    };
    auto watch = [&](Client &c, quint32 events, bool add) {
        epoll_event event {};
        event.events = events;
        event.data.u64 = static_cast<quint64>(&c - clients.data());
        epoll_ctl(epoll, add ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, c.fd, &event);
    };
    auto trySend = [&](Client &c) {
        while (c.sent < c.out.size()) {
            const ssize_t n = ::send(c.fd, c.out.constData() + c.sent,
                                     static_cast<size_t>(c.out.size() - c.sent), MSG_NOSIGNAL);
            if (n > 0) {
                c.sent += n;
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                watch(c, EPOLLOUT, false);
                return;
            }
            if (n < 0 && errno == EINTR)
                continue;
            ++report.resets;
            lost(c);
            return;
        }
        c.phase = Client::Phase::Reading;
        watch(c, EPOLLIN | EPOLLRDHUP, false);
    };
    auto startRequest = [&](Client &c) {
        c.out = requestHead(c) + c.center->bodies.at(c.batch);
        c.sent = 0;
        c.in.clear();
        c.startNs = nowNs();
        c.deadlineNs = c.startNs + qint64(options.requestTimeoutMs) * 1000000;
        c.phase = Client::Phase::Sending;
        trySend(c);
    };
    auto connectTo = [&](Client &c) {
        c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int on = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(c.port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        c.deadlineNs = nowNs() + qint64(options.requestTimeoutMs) * 1000000;
        const int rc = ::connect(c.fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        if (rc == 0) {
            watch(c, EPOLLOUT, true);
            startRequest(c);
            return;
        }
        if (errno != EINPROGRESS) {
            ++report.connectFailures;
            lost(c);
            return;
        }
        c.phase = Client::Phase::Connecting;
        watch(c, EPOLLOUT, true);
    };
    auto onAnswer = [&](Client &c, const Answer &answer) {
        ++report.statuses[answer.status];
        if (answer.close)
            closeFd(c);
        if (answer.status == 200) {
            const QJsonArray results = QJsonDocument::fromJson(answer.body)
                                           .object()
                                           .value(QLatin1String("results"))
                                           .toArray();
            const int expected = c.center->records.value(c.batch, -1);
            if (expected >= 0 && results.size() != expected) {
                report.firstError = QStringLiteral("%1: %2 results for %3 records")
                                        .arg(c.center->code)
                                        .arg(results.size())
                                        .arg(expected);
                c.phase = Client::Phase::Failed;
                stop = options.stopOnError;
                return;
            }
            for (const QJsonValue &result : results) {
                const QString status = result.toObject().value(QLatin1String("status")).toString();
                if (status == QLatin1String("applied"))
                    ++report.applied;
                else if (status == QLatin1String("duplicate"))
                    ++report.duplicate;
                else if (status == QLatin1String("stale"))
                    ++report.stale;
                else
                    ++report.rejected;
            }
            report.latencyMs.push_back((nowNs() - c.startNs) / 1e6);
            ++report.batches;
            report.records += results.size();
            c.backoffMs = 0;
            if (++c.batch >= c.center->bodies.size()) {
                c.phase = Client::Phase::Done;
                closeFd(c);
            } else if (options.paceMs > 0) {
                c.paceStartNs += qint64(options.paceMs) * 1000000;
                retryLater(c, qMax<qint64>(0, c.paceStartNs - nowNs()) / 1e6);
            } else if (c.fd >= 0) {
                startRequest(c);
            } else {
                retryLater(c, 0);
            }
            return;
        }
        if (answer.status == 429 || answer.status == 503) {
            const double wait = qMax(0.0, answer.retryAfter) * 1000 + jitter(random);
            c.wakeNs = nowNs() + static_cast<qint64>(wait * 1e6);
            c.phase = Client::Phase::Waiting;
            return;
        }
        if (report.firstError.isEmpty())
            report.firstError = QStringLiteral("%1: HTTP %2 %3")
                                    .arg(c.center->code)
                                    .arg(answer.status)
                                    .arg(QString::fromUtf8(answer.body.left(200)));
        closeFd(c);
        c.phase = Client::Phase::Failed;
        stop = options.stopOnError;
    };

    std::vector<epoll_event> events(512);
    const qint64 deadline = started + qint64(options.deadlineMs) * 1000000;
    for (;;) {
        const qint64 now = nowNs();
        bool busy = false;
        qint64 nextWake = now + 50000000;
        for (Client &c : clients) {
            switch (c.phase) {
            case Client::Phase::Waiting:
                busy = true;
                if (c.wakeNs <= now) {
                    if (c.fd >= 0)
                        startRequest(c);
                    else
                        connectTo(c);
                } else {
                    nextWake = qMin(nextWake, c.wakeNs);
                }
                break;
            case Client::Phase::Connecting:
            case Client::Phase::Sending:
            case Client::Phase::Reading:
                busy = true;
                if (c.deadlineNs <= now) {
                    ++report.timeouts;
                    lost(c);
                }
                break;
            case Client::Phase::Done:
            case Client::Phase::Failed:
                break;
            }
        }
        if (!busy || stop || now > deadline)
            break;
        const int timeout
            = static_cast<int>(qBound(qint64(0), (nextWake - now) / 1000000, qint64(50)));
        const int n = epoll_wait(epoll, events.data(), static_cast<int>(events.size()), timeout);
        for (int i = 0; i < n; ++i) {
            Client &c = clients[events[i].data.u64];
            if (c.fd < 0)
                continue;
            if (c.phase == Client::Phase::Connecting) {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0) {
                    ++report.connectFailures;
                    lost(c);
                } else {
                    startRequest(c);
                }
                continue;
            }
            if (c.phase == Client::Phase::Sending) {
                if (events[i].events & (EPOLLERR | EPOLLHUP)) {
                    ++report.resets;
                    lost(c);
                } else {
                    trySend(c);
                }
                continue;
            }
            if (c.phase == Client::Phase::Reading) {
                char buffer[65536];
                for (;;) {
                    const ssize_t r = ::recv(c.fd, buffer, sizeof buffer, 0);
                    if (r > 0) {
                        c.in.append(buffer, r);
                        continue;
                    }
                    if (r < 0 && errno == EINTR)
                        continue;
                    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                        break;
                    // EOF or an error before a whole answer: whatever it was, send again.
                    if (auto answer = takeAnswer(c.in)) {
                        answer->close = true; // the connection is gone either way
                        onAnswer(c, *answer);
                    } else {
                        ++report.resets;
                        lost(c);
                    }
                    break;
                }
                if (c.fd >= 0 && c.phase == Client::Phase::Reading) {
                    if (auto answer = takeAnswer(c.in))
                        onAnswer(c, *answer);
                }
                continue;
            }
            if (c.phase == Client::Phase::Waiting && (events[i].events & (EPOLLRDHUP | EPOLLHUP))) {
                // An idle keep-alive connection HQ closed: reconnect when it is time.
                closeFd(c);
            }
        }
    }
    for (Client &c : clients)
        closeFd(c);
    ::close(epoll);
    report.seconds = (nowNs() - started) / 1e9;
    report.drained = std::all_of(clients.cbegin(), clients.cend(),
                                 [](const Client &c) { return c.phase == Client::Phase::Done; });
    if (!report.drained && report.firstError.isEmpty())
        report.firstError = nowNs() > deadline ? QStringLiteral("the run's deadline passed")
                                               : QStringLiteral("stopped");
    return report;
}

LoadCenter makeCenter(const QString &code, const QString &token, int batches, int recordsEach,
                      Expected *expected, quint32 seed)
{
    LoadCenter center;
    center.code = code;
    center.token = token;
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> percent(0, 99);
    QList<std::pair<QString, qint64>> tickets; // id, last version sent
    // As a counter of protocol 2: its station code and one incarnation as every record's origin.
    const QString station = QStringLiteral("01");
    const QString origin
        = QUuid::fromRfc4122(QByteArray(16, char(seed % 251))).toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    int number = 0;
    for (int b = 0; b < batches; ++b) {
        QList<QByteArray> records;
        QSet<QString> inBatch;
        for (int r = 0; r < recordsEach; ++r) {
            const int roll = percent(random);
            sync::WireRecord record;
            record.origin = origin;
            if (roll < 25) {
                record.kind = sync::RecordKind::Event;
                record.entity = QStringLiteral("ticket_event");
                record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                record.version = 1;
                record.payload
                    = QJsonObject {{QStringLiteral("id"), record.id},
                                   {QStringLiteral("center"), code},
                                   {QStringLiteral("what"), QStringLiteral("status_changed")},
                                   {QStringLiteral("to"), QStringLiteral("diagnosed")},
                                   {QStringLiteral("at"), now}};
                if (expected)
                    expected->events.insert(record.entity + u'/' + record.id, true);
            } else {
                record.kind = sync::RecordKind::Snapshot;
                const bool update = roll < 45 && !tickets.isEmpty();
                if (update) {
                    auto &ticket = tickets[std::uniform_int_distribution<qsizetype>(
                        0, tickets.size() - 1)(random)];
                    if (inBatch.contains(ticket.first))
                        continue; // the client folds a record's versions into one per batch
                    record.id = ticket.first;
                    record.version = ++ticket.second;
                } else {
                    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    record.version = 1;
                    tickets.append({record.id, 1});
                }
                inBatch.insert(record.id);
                record.entity = roll % 7 == 0 && !update ? QStringLiteral("customer")
                                                         : QStringLiteral("ticket");
                if (record.entity == QLatin1String("customer"))
                    tickets.removeLast(); // customers are written once here
                record.payload = QJsonObject {
                    {QStringLiteral("id"), record.id},
                    {QStringLiteral("version"), record.version},
                    {QStringLiteral("center"), code},
                    {QStringLiteral("number"),
                     QStringLiteral("%1-01-261123-%2").arg(code).arg(++number, 5, 10, QChar(u'0'))},
                    {QStringLiteral("status"), QStringLiteral("received")},
                    {QStringLiteral("problem"),
                     QStringLiteral("屏幕碎裂，触摸失灵 / cracked screen, touch dead")},
                    {QStringLiteral("imei"),
                     QStringLiteral("35%1").arg(number, 13, 10, QChar(u'0'))},
                    {QStringLiteral("updated_at"), now},
                };
                if (expected) {
                    const QString key = record.entity + u'/' + record.id;
                    expected->snapshots[key] = qMax(expected->snapshots.value(key), record.version);
                }
            }
            records.append(sync::encodeRecord(record));
        }
        center.records.append(static_cast<int>(records.size()));
        center.bodies.append(sync::encodeBatch(code,
                                               QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               QDateTime::currentDateTimeUtc(), records, station));
    }
    return center;
}

namespace {

qint64 statusField(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(std::strlen(field)))
                .trimmed()
                .split(' ')
                .value(0)
                .toLongLong();
    }
    return -1;
}

} // namespace

qint64 peakRssKiB(qint64 pid)
{
    return statusField(pid, "VmHWM:");
}

qint64 rssKiB(qint64 pid)
{
    return statusField(pid, "VmRSS:");
}

namespace {

// The fields of /proc/PID/stat after the command name (which may hold spaces).
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ');
}

} // namespace

double cpuSeconds(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 13)
        return 0;
    // utime and stime are fields 14 and 15 of the whole line.
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / sysconf(_SC_CLK_TCK);
}

QList<qint64> childProcesses(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && statFields(pid).value(1).toLongLong() == parent)
            children.append(pid);
    }
    return children;
}

bool resetPeakRss(qint64 pid)
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

int connectLoopback(quint16 port, bool blocking)
{
    const int fd
        = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (blocking ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0)
        return -1;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent,
                                 static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

QByteArray RawAnswer::header(const QByteArray &lowerName) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawAnswer readAnswer(int fd, int timeoutMs, QByteArray *rest)
{
    RawAnswer answer;
    QByteArray in = rest ? *rest : QByteArray();
    const qint64 deadline = nowNs() + qint64(timeoutMs) * 1000000;
    for (;;) {
        QByteArray copy = in;
        if (auto whole = takeAnswer(copy)) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            answer.status = whole->status;
            answer.head = in.left(end);
            answer.body = whole->body;
            if (rest)
                *rest = copy;
            return answer;
        }
        const qint64 left = (deadline - nowNs()) / 1000000;
        if (left <= 0)
            break;
        pollfd p {fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0)
            break;
        char buffer[65536];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        in.append(buffer, n);
    }
    if (rest)
        *rest = in;
    return answer;
}

void raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QJsonObject auditChainStats(quint16 port, const QString &token)
{
    const int fd = connectLoopback(port);
    if (fd < 0)
        return {};
    sendAll(fd, "GET /v1/stats HTTP/1.1\r\nHost: hq\r\nAuthorization: Bearer " + token.toLatin1()
                    + "\r\n\r\n");
    const RawAnswer answer = readAnswer(fd, 10000);
    ::close(fd);
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QLatin1String("audit_chain"))
        .toObject();
}

} // namespace rc::synctest
