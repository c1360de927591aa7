#pragma once

#include "quote.h"

#include <QList>

namespace rc {

// The sums a quote shows: everything, what the warranty covers, what the customer pays.
struct QuoteTotals
{
    Money total;
    Money covered;
    Money payable;

    static QuoteTotals of(const QList<QuoteLine> &lines);
};

} // namespace rc
