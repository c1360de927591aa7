#include "checkdigit.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace rc {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

} // namespace

int luhnCheckDigit(const char (&digits)[14])
{
    // From the right, double every second digit starting with the rightmost of the 14.
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = digits[13 - i];
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

int imeiCheckDigit(QStringView body)
{
    if (body.size() != 14)
        return -1;
    char digits[14];
    for (int i = 0; i < 14; ++i) {
        const char16_t u = body[i].unicode();
        if (u < u'0' || u > u'9')
            return -1;
        digits[i] = static_cast<char>(u - u'0');
    }
    return luhnCheckDigit(digits);
}

int meidCheckDigit(QStringView meid)
{
    if (meid.size() != 14)
        return -1;
    // Luhn in base 16: double every second digit from the right, add the base-16 digits.
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = hexValue(meid[13 - i]);
        if (d < 0)
            return -1;
        if (i % 2 == 0) {
            d *= 2;
            d = d / 16 + d % 16;
        }
        sum += d;
    }
    return (16 - sum % 16) % 16;
}

QString meidPseudoEsn(QStringView meid)
{
    if (meid.size() != 14)
        return {};
    QByteArray bytes;
    bytes.reserve(7);
    for (int i = 0; i < 14; i += 2) {
        const int hi = hexValue(meid[i]);
        const int lo = hexValue(meid[i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        bytes.append(static_cast<char>(hi * 16 + lo));
    }
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    return QStringLiteral("80") + QString::fromLatin1(hash.right(3).toHex().toUpper());
}

} // namespace rc
