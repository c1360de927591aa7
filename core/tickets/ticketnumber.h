#pragma once

#include <QDate>
#include <QString>

namespace rc {

// The human ticket number, e.g. "DEMO01-261123-0042": center code + station, the counter's
// date (yyMMdd), and that station's sequence for the day (4 digits, more after 9999).
// Unique across the chain without coordination because center codes are unique in the
// chain and station codes within a center; short enough to read aloud over the phone.
class TicketNumber
{
public:
    // "DEMO01-261123-" : what all numbers of that station and day start with.
    static QString prefix(const QString &center, const QString &station, const QDate &date);
    static QString format(const QString &center, const QString &station, const QDate &date,
                          int sequence);
    // Upper-cases and trims typed input ("demo01-261123-0042 " → "DEMO01-261123-0042").
    static QString normalize(const QString &text);
    // True when text has the shape of a ticket number (letters/digits, '-', 6 digits, '-',
    // at least 4 digits).
    static bool looksLike(const QString &text);
};

} // namespace rc
