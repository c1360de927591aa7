#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rc {

class TacDatabase;

// What kind of identifier the text turned out to be.
enum class DeviceIdKind {
    Unknown, // not recognised (see DeviceId::error)
    Imei, // 15 digits with a Luhn check digit (or 14 without: IMEI_INCOMPLETE)
    ImeiSv, // 16 digits: 14-digit IMEI body + 2-digit software version number, no check digit
    Meid, // 14 hex digits (first two A0–FF), optional hex-Luhn check digit; or 18 decimal digits
    Esn, // 8 hex digits or 11 decimal digits
};

// Why the text is refused (domain.md §3). Codes are stable: programs compare them.
enum class DeviceIdError {
    None,
    Format, // IMEI_FORMAT: wrong length or characters
    CheckDigit, // IMEI_CHECK_DIGIT: the check digit is wrong; expectedCheckDigit says which is
                // right
    Incomplete, // IMEI_INCOMPLETE: 14 digits; suggestion holds the IMEI with its computed digit
    AllZero, // IMEI_ALL_ZERO
    WrongBarcode, // WRONG_BARCODE: a 13-digit EAN (the box's product barcode)
};

// Accepted, but shown to the clerk. The first four come from the identifier itself (and the
// TAC table); the last three need facts only the caller has: see DeviceId::applyIntakeContext.
enum class DeviceIdWarning {
    TestRange, // IMEI_TEST_RANGE: first two digits 00 (test/reserved range)
    RepeatedDigits, // IMEI_REPEATED_DIGITS: the body or the serial is one digit repeated
    SequentialDigits, // IMEI_SEQUENTIAL_DIGITS: the body or the serial counts up or down
    UnknownTac, // TAC_UNKNOWN: the TAC is in neither the built-in nor the learned table
    OnOtherCustomersDevice, // IMEI_OTHER_CUSTOMER: the store has it on another customer's device
    DualImeiEqual, // IMEI_DUAL_EQUAL: the phone's two IMEIs are the same
    BrandMismatch, // BRAND_MISMATCH: the brand from the TAC differs from the brand typed
};

// Facts about the intake that only the caller (the store, the intake screen) knows.
struct IntakeContext
{
    bool onOtherCustomersDevice = false; // the store found this IMEI on another customer's device
    QString otherImei; // the second IMEI of a dual-SIM phone, raw or normalized ("" = none)
    QString typedBrand; // the brand the clerk typed ("" = none); compared with the TAC's
};

// One device identifier as read from a scanner or typed: the raw text, what it normalizes
// to, and everything derived from it. A value: copy it freely. Pure: parse() never touches
// files, clocks or the store.
//
//     DeviceId id = DeviceId::parse(QStringLiteral("IMEI: 49-015420-323751-8\r\n"));
//     id.isValid();        // true
//     id.imei();           // "490154203237518"
//     id.lookUpTac(tacs);  // fills brand()/model() or adds TAC_UNKNOWN
class DeviceId
{
    Q_DECLARE_TR_FUNCTIONS(DeviceId)

public:
    // Strips spaces, dashes, dots, slashes, tabs, CR/LF, a leading label (IMEI:, IMEI1:,
    // IMEISV:, MEID:, ESN:, case-insensitive) and turns full-width characters into ASCII,
    // then classifies and validates what is left.
    static DeviceId parse(const QString &raw);

    bool isValid() const { return m_error == DeviceIdError::None; }
    DeviceIdKind kind() const { return m_kind; }
    DeviceIdError error() const { return m_error; }

    QString raw() const { return m_raw; }
    // What remained after stripping: upper-case digits / hex digits, as typed (no conversion).
    QString normalized() const { return m_normalized; }
    // The 15-digit IMEI (for IMEISV: the first 14 digits + computed check digit). Empty for
    // MEID/ESN and when invalid.
    QString imei() const { return m_imei; }
    QString tac() const { return m_tac; } // first 8 digits of the IMEI (IMEI/IMEISV)
    QString svn() const { return m_svn; } // IMEISV only
    QString meid() const { return m_meid; } // 14 upper-case hex digits (MEID only)
    QString esn() const { return m_esn; } // 8 hex digits: the ESN, or the MEID's pseudo-ESN
    // The check digit as one character: the IMEI's (valid), the MEID's computed one, the
    // expected one (IMEI_CHECK_DIGIT) or the computed one (IMEI_INCOMPLETE). Null if none.
    QChar checkDigit() const { return m_checkDigit; }
    // IMEI_INCOMPLETE: the 15-digit IMEI with the computed check digit, for the clerk to confirm.
    QString suggestion() const { return m_suggestion; }

    QList<DeviceIdWarning> warnings() const { return m_warnings; }
    bool hasWarning(DeviceIdWarning warning) const { return m_warnings.contains(warning); }
    void addWarning(DeviceIdWarning warning);

    QString brand() const { return m_brand; }
    QString model() const { return m_model; }
    void setBrandModel(const QString &brand, const QString &model);

    // Fills brand and model from the TAC table, or adds UnknownTac. IMEI/IMEISV only.
    void lookUpTac(const TacDatabase &tacs);
    // Adds the warnings that need the caller's facts (other customer, dual IMEIs, typed brand).
    void applyIntakeContext(const IntakeContext &context);

    // The stable codes and the translated sentences.
    static QString kindName(DeviceIdKind kind); // imei | imeisv | meid | esn | "" (unknown)
    static QString errorCode(DeviceIdError error); // "" for None
    static QString warningCode(DeviceIdWarning warning);
    QString errorMessage() const; // tr(); "" when valid
    static QString warningMessage(DeviceIdWarning warning); // tr()

    // Brands compared the way a clerk would: case and spacing ignored, common Chinese names
    // (华为, 苹果, 小米, …) equal to their Latin ones.
    static bool sameBrand(const QString &a, const QString &b);

    // The shape `repairctl imei check` prints: input, valid, kind, imei, tac, svn,
    // check_digit, error, warnings, brand, model (+ normalized, meid, esn, suggestion,
    // error_message, warning_messages).
    QJsonObject toJson() const;

private:
    QString m_raw;
    QString m_normalized;
    QString m_imei;
    QString m_tac;
    QString m_svn;
    QString m_meid;
    QString m_esn;
    QString m_suggestion;
    QString m_brand;
    QString m_model;
    QList<DeviceIdWarning> m_warnings;
    DeviceIdKind m_kind = DeviceIdKind::Unknown;
    DeviceIdError m_error = DeviceIdError::Format;
    QChar m_checkDigit;
};

} // namespace rc
