#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

// HTTP/1.1 messages as repair-hq's own server (httpserver.h) reads and writes them.
namespace rc::hq::http {

enum class Method { Get, Head, Post, Put, Delete, Options, Patch, Other };

struct Request
{
    Method method = Method::Other;
    QByteArray methodText;
    QByteArray target; // as sent: path and query
    QByteArray path; // the target up to '?', not decoded
    QByteArray query; // after '?', not decoded
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    // Names in lower case, values without surrounding blanks, in the order received.
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0; // 0 when absent
    bool hasContentLength = false;
    bool keepAlive = true;
    bool expectContinue = false;
    QByteArray body;

    // The first header of that (lower-case) name, or an empty array.
    QByteArray header(QByteArrayView lowerName) const;
};

// An extra header of an answer (Content-Type, Content-Length, Date and Connection are
// written by the server).
using Header = std::pair<QByteArray, QByteArray>;

// What the service tells the access log about a request, beyond what the server knows.
struct LogFields
{
    QByteArray code; // the error code of a non-2xx answer
    QString center;
    QString batchId;
    int records = -1;
    int applied = 0, duplicate = 0, stale = 0, rejected = 0;
    bool replay = false;
    double queueMs = -1; // time waiting for a worker
    double workMs = -1; // time in the worker (decode, database, encode)
    QByteArray detail; // for the log only (a database error text never reaches a caller)
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    std::vector<Header> headers;
    bool close = false; // end the connection after this answer
    // Write only the first resetAfterBytes bytes of the serialized answer, then reset the
    // connection (a cut-off answer, for staged faults). Negative: write it all.
    qint64 resetAfterBytes = -1;
    // An answer decided from the head may be held back this long before it is given (and
    // before the request's body is read): for a client that does not wait as it was told.
    int delayMs = 0;
    LogFields log;
};

const char *reasonPhrase(int status);
// The status line, headers and body in one piece, so that one write sends all of it.
QByteArray serialize(const Response &response, bool keepAlive, const QByteArray &date);
// RFC 9110 IMF-fixdate of the current time, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(qint64 unixSeconds);

} // namespace rc::hq::http
