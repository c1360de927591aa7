#include "quotecoverage.h"

namespace rc {

bool QuoteCoverage::verdictCovers(const QJsonObject &verdict)
{
    return verdict.value(QLatin1String("covered")).toBool(false);
}

QList<QuoteLine> QuoteCoverage::enforce(QList<QuoteLine> lines, bool covers, int *uncovered)
{
    int turned = 0;
    if (!covers) {
        for (QuoteLine &line : lines) {
            if (line.covered) {
                line.covered = false;
                ++turned;
            }
        }
    }
    if (uncovered)
        *uncovered = turned;
    return lines;
}

QList<QuoteLine> QuoteCoverage::follow(QList<QuoteLine> lines, bool before, bool after)
{
    if (before == after)
        return lines;
    for (QuoteLine &line : lines)
        line.covered = after;
    return lines;
}

} // namespace rc
