#pragma once

#include "hqstore.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>

#include <QTcpServer>

class QTcpSocket;

namespace rc::hq {

// A listening socket whose connections answer fast: TCP_NODELAY on, and (Linux) an
// immediate ACK of every read. Qt's HTTP client does not set TCP_NODELAY and writes a POST
// body in 16 KiB pieces, so its last piece waits (Nagle) for the ACK of the one before;
// a receiver that delays that ACK (40 ms on Linux) stalls every request by that much.
class QuickAckServer : public QTcpServer
{
    Q_OBJECT

public:
    // quickAck false leaves the kernel's delayed ACKs alone (for measuring their cost).
    explicit QuickAckServer(bool quickAck, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_quickAck(quickAck)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool m_quickAck = true;
};

// Failures HQ can be told to stage, for testing clients only (REPAIR_HQ_FAULTS, see
// docs/sync-protocol.md). Each counter applies to the first N batch requests it matches.
struct Faults
{
    int error500AfterCommit = 0; // apply and commit, then answer 500
    int dropAfterCommit = 0; // apply and commit, then cut the connection mid-answer
    int delayAfterCommit = 0; // apply and commit, then wait delayMs before answering
    int delayMs = 0;
    int tooManyRequests = 0; // answer 429 with Retry-After, apply nothing
    int retryAfterSeconds = 1;
    bool retryAfterAsDate = false; // send Retry-After as an HTTP date instead of seconds
    QString failId; // any batch carrying this record id gets a 500 and nothing is applied

    static Result<Faults> parse(const QString &text);
    bool any() const;
};

struct ServerOptions
{
    qint64 maxBodyBytes = sync::WireLimits::maxBodyBytes;
    Faults faults;
};

// The HTTP side of repair-hq on QAbstractHttpServer. Every answer is written to the socket
// in one piece with TCP_NODELAY set: a status line, headers and body written separately
// wait on the peer's delayed ACK (Nagle), which costs ~40 ms per request on loopback.
class HqServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HqServer(HqStore &store, ServerOptions options, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    Reply route(const QHttpServerRequest &request, QTcpSocket *socket, bool *handled);
    Reply postBatch(const QHttpServerRequest &request, QTcpSocket *socket, bool *handled);
    Reply stats(const QHttpServerRequest &request);
    Result<QString> authenticate(const QHttpServerRequest &request, Reply *reply);
    static Reply error(int status, const QString &code, const QString &message);
    static void send(QTcpSocket *socket, const Reply &reply, bool close);

    HqStore &m_store;
    ServerOptions m_options;
};

} // namespace rc::hq
