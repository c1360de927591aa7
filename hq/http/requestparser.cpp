#include "requestparser.h"

#include <cstring>

namespace rc::hq::http {

namespace {

// RFC 9110 tchar.
bool isTokenChar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != 0;
}

// field-vchar, SP and HTAB; obs-text (0x80-0xff) is allowed as opaque data.
bool isFieldValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

bool isTargetChar(unsigned char c)
{
    return c > 0x20 && c < 0x7f;
}

HeadResult bad(int status, const char *code, const char *message)
{
    HeadResult result;
    result.state = HeadResult::State::Bad;
    result.status = status;
    result.code = QByteArray(code);
    result.message = QByteArray(message);
    return result;
}

Method methodOf(QByteArrayView text)
{
    if (text == "GET")
        return Method::Get;
    if (text == "POST")
        return Method::Post;
    if (text == "HEAD")
        return Method::Head;
    if (text == "PUT")
        return Method::Put;
    if (text == "DELETE")
        return Method::Delete;
    if (text == "OPTIONS")
        return Method::Options;
    if (text == "PATCH")
        return Method::Patch;
    return Method::Other;
}

QByteArrayView trimmed(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmed(comma < 0 ? list : list.first(comma));
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        if (comma < 0)
            break;
        list = list.sliced(comma + 1);
    }
    return false;
}

} // namespace

QByteArray Request::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

HeadResult parseRequestHead(const char *data, qsizetype size, const ParseLimits &limits,
                            Request *request, qsizetype from)
{
    // Empty lines before a request line are ignored (RFC 9112 §2.2), a few of them.
    qsizetype start = 0;
    while (start + 1 < size && start < 8 && data[start] == '\r' && data[start + 1] == '\n')
        start += 2;
    const QByteArrayView all(data + start, size - start);
    from = qBound(qsizetype(0), from - start, all.size());
    const qsizetype end = all.indexOf("\r\n\r\n", qMax(qsizetype(0), from - 3));
    if (end < 0) {
        // Reject what can no longer become a valid head early, so a client cannot make
        // HQ wait for the limit with bytes that are already wrong.
        if (all.size() > limits.maxHeadBytes)
            return bad(431, "HEADERS_TOO_LARGE", "the request head is too large");
        for (qsizetype i = from; i < all.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(all[i]);
            if (c == 0 || (c == '\n' && (i == 0 || all[i - 1] != '\r')))
                return bad(400, "BAD_REQUEST", "malformed request head");
        }
        HeadResult incomplete;
        incomplete.checked = start + all.size();
        return incomplete;
    }
    if (end + 4 > limits.maxHeadBytes)
        return bad(431, "HEADERS_TOO_LARGE", "the request head is too large");
    const QByteArrayView head = all.first(end + 2); // every line ends with CRLF

    // Request line: method SP request-target SP HTTP-version.
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView line = head.first(lineEnd);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return bad(400, "BAD_REQUEST", "malformed request line");
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    for (const char c : method) {
        if (!isTokenChar(static_cast<unsigned char>(c)))
            return bad(400, "BAD_REQUEST", "malformed method");
    }
    if (version == "HTTP/1.1") {
        request->minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        request->minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.') {
        return bad(505, "HTTP_VERSION", "only HTTP/1.1 and HTTP/1.0 are served");
    } else {
        return bad(400, "BAD_REQUEST", "malformed HTTP version");
    }
    if (target.isEmpty() || target.front() != '/')
        return bad(400, "BAD_REQUEST", "the request target must be a path");
    if (target.size() > limits.maxTargetBytes)
        return bad(414, "URI_TOO_LONG", "the request target is too long");
    for (const char c : target) {
        if (!isTargetChar(static_cast<unsigned char>(c)))
            return bad(400, "BAD_REQUEST", "malformed request target");
    }
    request->methodText = method.toByteArray();
    request->method = methodOf(method);
    request->target = target.toByteArray();
    const qsizetype question = target.indexOf('?');
    request->path = (question < 0 ? target : target.first(question)).toByteArray();
    request->query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();

    // Header fields.
    request->headers.clear();
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        lineEnd = head.indexOf("\r\n", pos);
        const QByteArrayView field = head.sliced(pos, lineEnd - pos);
        pos = lineEnd + 2;
        if (field.front() == ' ' || field.front() == '\t')
            return bad(400, "BAD_REQUEST", "folded header lines are not accepted");
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0)
            return bad(400, "BAD_REQUEST", "malformed header field");
        const QByteArrayView name = field.first(colon);
        for (const char c : name) {
            if (!isTokenChar(static_cast<unsigned char>(c)))
                return bad(400, "BAD_REQUEST", "malformed header name");
        }
        const QByteArrayView value = trimmed(field.sliced(colon + 1));
        for (const char c : value) {
            if (!isFieldValueChar(static_cast<unsigned char>(c)))
                return bad(400, "BAD_REQUEST", "malformed header value");
        }
        if (static_cast<int>(request->headers.size()) >= limits.maxHeaders)
            return bad(431, "HEADERS_TOO_LARGE", "too many header fields");
        request->headers.emplace_back(name.toByteArray().toLower(), value.toByteArray());
        const QByteArray &lower = request->headers.back().first;
        if (lower == "content-length") {
            if (value.isEmpty() || value.size() > 15)
                return bad(400, "BAD_REQUEST", "malformed Content-Length");
            qint64 length = 0;
            for (const char c : value) {
                if (c < '0' || c > '9')
                    return bad(400, "BAD_REQUEST", "malformed Content-Length");
                length = length * 10 + (c - '0');
            }
            if (request->hasContentLength && request->contentLength != length)
                return bad(400, "BAD_REQUEST", "conflicting Content-Length fields");
            request->hasContentLength = true;
            request->contentLength = length;
        } else if (lower == "transfer-encoding") {
            return bad(411, "LENGTH_REQUIRED",
                       "send the body with a Content-Length; transfer codings are not accepted");
        } else if (lower == "connection") {
            connectionClose = connectionClose || hasToken(value, "close");
            connectionKeepAlive = connectionKeepAlive || hasToken(value, "keep-alive");
        } else if (lower == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return bad(417, "EXPECTATION_FAILED", "only Expect: 100-continue is understood");
            request->expectContinue = true;
        }
    }
    request->keepAlive = !connectionClose && (request->minorVersion == 1 || connectionKeepAlive);
    HeadResult result;
    result.state = HeadResult::State::Complete;
    result.headBytes = start + end + 4;
    return result;
}

} // namespace rc::hq::http
