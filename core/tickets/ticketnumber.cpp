#include "ticketnumber.h"

#include <QRegularExpression>

namespace rc {

QString TicketNumber::prefix(const QString &center, const QString &station, const QDate &date)
{
    return QStringLiteral("%1%2-%3-")
        .arg(center.toUpper(), station.toUpper(), date.toString(QStringLiteral("yyMMdd")));
}

QString TicketNumber::format(const QString &center, const QString &station, const QDate &date,
                             int sequence)
{
    return prefix(center, station, date)
           + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

QString TicketNumber::normalize(const QString &text)
{
    return text.trimmed().toUpper();
}

bool TicketNumber::looksLike(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{1,16}-\\d{6}-\\d{4,}$"));
    return shape.match(normalize(text)).hasMatch();
}

} // namespace rc
