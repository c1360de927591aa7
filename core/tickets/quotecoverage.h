#pragma once

#include "quote.h"

#include <QJsonObject>
#include <QList>

namespace rc {

// Which lines of a quote the warranty pays. A line is covered only while the ticket's
// warranty verdict covers the repair (domain.md §2: any exclusion, EX-1…EX-6, makes the repair
// paid), so a quote never charges 0 for a repair the customer pays. When the verdict turns
// (damage found at diagnosis, a manager's override) the lines follow it at once: every
// covered line becomes payable, or, when the warranty covers again, every line covered (the
// default for a covered repair; single lines are changed by hand after).
class QuoteCoverage
{
public:
    // A stored verdict (the verdict JSON) covers the repair. No verdict covers nothing.
    static bool verdictCovers(const QJsonObject &verdict);
    // The lines as a verdict allows them: under one that does not cover, no line is covered.
    // `uncovered` (if given) receives how many lines were turned payable.
    static QList<QuoteLine> enforce(QList<QuoteLine> lines, bool covers, int *uncovered = nullptr);
    // The lines after the verdict turned from `before` to `after` (unchanged when it did not).
    static QList<QuoteLine> follow(QList<QuoteLine> lines, bool before, bool after);
};

} // namespace rc
