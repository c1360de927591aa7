#include "money.h"

namespace rc {

QString Money::toDecimalString() const
{
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool Money::parseDecimal(const QString &text, qint64 *minor)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return false;
    for (QChar c : whole + fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    if (whole.size() > 15)
        return false;
    qint64 value = whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        value += fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    *minor = negative ? -value : value;
    return true;
}

} // namespace rc
