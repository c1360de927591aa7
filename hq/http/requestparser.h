#pragma once

#include "message.h"

// Reads the head of an HTTP/1.1 request (request line and header fields) from the bytes
// received so far. Strict where leniency lets two parsers disagree about where a request
// ends (RFC 9112 §11.2): CRLF line ends only, no folded lines, no blank before a colon, one
// Content-Length, no Transfer-Encoding. Nothing here allocates more than the head it reads.
namespace rc::hq::http {

struct ParseLimits
{
    int maxHeadBytes = 16 * 1024; // request line and all header fields
    int maxHeaders = 64;
    int maxTargetBytes = 4 * 1024;
};

struct HeadResult
{
    enum class State { Incomplete, Complete, Bad };
    State state = State::Incomplete;
    qsizetype headBytes = 0; // Complete: where the body starts
    int status = 400; // Bad: the status to answer
    QByteArray code; // Bad: the error code, e.g. BAD_REQUEST
    QByteArray message; // Bad: what was wrong
    qsizetype checked = 0; // Incomplete: bytes already looked at (pass back as from)
};

// data holds everything received for this request so far. Incomplete until the blank line
// that ends the head arrives; Bad as soon as the bytes can no longer be a valid request.
// from: the checked count of the previous Incomplete answer for the same bytes, so that a
// head arriving a byte at a time costs linear, not quadratic, time.
HeadResult parseRequestHead(const char *data, qsizetype size, const ParseLimits &limits,
                            Request *request, qsizetype from = 0);

} // namespace rc::hq::http
