// Fuzzes repair-hq's request-head parser (hq/http/requestparser.h) with arbitrary bytes,
// whole and split at every point the input chooses, and checks what the server relies on:
// a head is never longer than the bytes given or the limit, a refusal is a 4xx/5xx with a
// code, and reading the same bytes in pieces ends as reading them at once.
#include "http/requestparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace rc::hq::http;
    if (size < 1)
        return 0;
    // The first byte picks the size of the pieces the rest arrives in.
    const qsizetype piece = data[0] % 64 + 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = static_cast<qsizetype>(size - 1);
    ParseLimits limits;
    limits.maxHeadBytes = 2048;
    limits.maxHeaders = 16;
    limits.maxTargetBytes = 512;

    Request whole;
    const HeadResult once = parseRequestHead(bytes, length, limits, &whole);
    if (once.state == HeadResult::State::Complete) {
        require(once.headBytes > 0 && once.headBytes <= length);
        require(once.headBytes <= limits.maxHeadBytes + 16);
        require(whole.path.startsWith('/'));
        require(whole.contentLength >= 0);
        require(static_cast<int>(whole.headers.size()) <= limits.maxHeaders);
    } else if (once.state == HeadResult::State::Bad) {
        require(once.status >= 400 && once.status < 600);
        require(!once.code.isEmpty());
    } else {
        require(once.checked <= length);
    }

    qsizetype checked = 0;
    HeadResult last;
    for (qsizetype have = qMin(piece, length);; have = qMin(have + piece, length)) {
        Request request;
        last = parseRequestHead(bytes, have, limits, &request, checked);
        if (last.state != HeadResult::State::Incomplete) {
            if (last.state == HeadResult::State::Complete) {
                // Complete as soon as the blank line is in: the same head as read at once.
                require(once.state == HeadResult::State::Complete);
                require(last.headBytes == once.headBytes);
                require(request.headers == whole.headers);
            }
            break;
        }
        checked = last.checked;
        if (have == length)
            break;
    }
    if (once.state == HeadResult::State::Complete)
        require(last.state == HeadResult::State::Complete);
    return 0;
}
