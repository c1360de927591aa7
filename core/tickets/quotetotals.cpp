#include "quotetotals.h"

namespace rc {

QuoteTotals QuoteTotals::of(const QList<QuoteLine> &lines)
{
    QuoteTotals t;
    for (const QuoteLine &line : lines) {
        t.total.minor += line.total().minor;
        t.payable.minor += line.payable().minor;
    }
    t.covered.minor = t.total.minor - t.payable.minor;
    return t;
}

} // namespace rc
