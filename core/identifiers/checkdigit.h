#pragma once

#include <QStringView>

namespace rc {

// Check digits of device identifiers (domain.md §3). Pure functions over ASCII digits.

// The Luhn check digit (0–9) of a 14-digit IMEI body, or -1 if body is not 14 decimal digits.
int imeiCheckDigit(QStringView body);

// The Luhn check digit of 14 decimal digits given as values 0–9 (no validation).
int luhnCheckDigit(const char (&digits)[14]);

// The hex-Luhn check digit (0–15) of a 14-hex-digit MEID, or -1 if meid is not 14 hex digits.
int meidCheckDigit(QStringView meid);

// The pseudo-ESN of a 14-hex-digit MEID: "80" followed by the last 24 bits of SHA-1 over the
// MEID's 7 bytes, 8 upper-case hex digits. Empty if meid is not 14 hex digits.
QString meidPseudoEsn(QStringView meid);

} // namespace rc
