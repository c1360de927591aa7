#pragma once

#include <QString>
#include <QtGlobal>

namespace rc {

// An amount in minor units (分, cents) with its ISO 4217 currency. Never floating point.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("CNY");

    // "123.45" (two decimals, a leading minus when negative), for papers and JSON.
    QString toDecimalString() const;
    // Parses "123", "123.4", "123.45", "-5.00" into minor units. Returns false on anything
    // else (more than two decimals, letters).
    static bool parseDecimal(const QString &text, qint64 *minor);

    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace rc
