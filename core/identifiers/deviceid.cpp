#include "deviceid.h"

#include "checkdigit.h"
#include "tacdatabase.h"

#include <QJsonArray>

#include <array>

namespace rc {

namespace {

constexpr int MaxNormalizedLength = 40;

bool isSeparator(char16_t u)
{
    switch (u) {
    case u' ':
    case u'-':
    case u'.':
    case u'/':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'\v':
    case u'\f':
    case 0x00A0: // no-break space
    case 0x3000: // ideographic space
    case 0x2010: // hyphen
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

// Full-width forms (what Chinese input methods produce) to ASCII.
char16_t toAscii(char16_t u)
{
    if (u >= 0xFF01 && u <= 0xFF5E)
        return static_cast<char16_t>(u - 0xFEE0);
    return u;
}

char16_t upper(char16_t u)
{
    return (u >= u'a' && u <= u'z') ? static_cast<char16_t>(u - 32) : u;
}

bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

bool isHex(char16_t u)
{
    return isDigit(u) || (u >= u'A' && u <= u'F');
}

int hexValue(char16_t u)
{
    return isDigit(u) ? u - u'0' : u - u'A' + 10;
}

QChar hexChar(int value)
{
    return QChar(static_cast<char16_t>(value < 10 ? u'0' + value : u'A' + value - 10));
}

// Length of a leading label such as "IMEI:", "imei 1:", "IMEISV", "MEID:", "ESN：" at the
// start of buffer (already upper-cased and full-width folded), or 0.
int labelLength(const char16_t *buffer, int length)
{
    static const std::array<QLatin1String, 4> labels {QLatin1String("IMEISV"),
                                                      QLatin1String("IMEI"), QLatin1String("MEID"),
                                                      QLatin1String("ESN")};
    for (const QLatin1String &label : labels) {
        const int n = static_cast<int>(label.size());
        if (length < n)
            continue;
        bool match = true;
        for (int i = 0; i < n && match; ++i)
            match = buffer[i] == static_cast<char16_t>(label[i].unicode());
        if (!match)
            continue;
        int end = n;
        // "IMEI1:", "IMEI 2:", "IMEI1 …" name the slot: strip the digit when a colon or a
        // space follows it (an identifier's own first digit is followed by more digits).
        int probe = end;
        while (probe < length && buffer[probe] == u' ')
            ++probe;
        if (probe + 1 < length && (buffer[probe] == u'1' || buffer[probe] == u'2')) {
            int next = probe + 1;
            while (next < length && buffer[next] == u' ')
                ++next;
            if (next < length && (buffer[next] == u':' || next > probe + 1))
                end = next;
        }
        while (end < length && (buffer[end] == u' ' || buffer[end] == u':' || buffer[end] == u'#'))
            ++end;
        return end;
    }
    return 0;
}

bool allSame(const char16_t *s, int n)
{
    for (int i = 1; i < n; ++i)
        if (s[i] != s[0])
            return false;
    return true;
}

bool sequential(const char16_t *s, int n)
{
    bool up = true;
    bool down = true;
    for (int i = 1; i < n; ++i) {
        const int a = s[i - 1] - u'0';
        const int b = s[i] - u'0';
        up = up && b == (a + 1) % 10;
        down = down && a == (b + 1) % 10;
    }
    return up || down;
}

} // namespace

DeviceId DeviceId::parse(const QString &raw)
{
    DeviceId id;
    id.m_raw = raw;

    // Fold, upper-case and drop separators into a small buffer; anything longer than any
    // identifier is a format error without further work.
    char16_t folded[MaxNormalizedLength + 8];
    int foldedLength = 0;
    const qsizetype rawLength = raw.size();
    const char16_t *chars = reinterpret_cast<const char16_t *>(raw.utf16());
    qsizetype start = 0;
    while (start < rawLength && isSeparator(toAscii(chars[start])))
        ++start;
    // Label detection looks at the first few characters (folded, upper-cased, spaces kept).
    char16_t head[16];
    int headLength = 0;
    for (qsizetype i = start; i < rawLength && headLength < 16; ++i)
        head[headLength++] = upper(toAscii(chars[i]));
    start += labelLength(head, headLength);

    bool tooLong = false;
    for (qsizetype i = start; i < rawLength; ++i) {
        const char16_t u = upper(toAscii(chars[i]));
        if (isSeparator(u))
            continue;
        if (foldedLength == MaxNormalizedLength) {
            tooLong = true;
            break;
        }
        folded[foldedLength++] = u;
    }
    id.m_normalized = QString(reinterpret_cast<const QChar *>(folded), foldedLength);
    if (tooLong || foldedLength == 0) {
        id.m_error = DeviceIdError::Format;
        return id;
    }

    bool decimal = true;
    bool hex = true;
    bool zero = true;
    for (int i = 0; i < foldedLength; ++i) {
        decimal = decimal && isDigit(folded[i]);
        hex = hex && isHex(folded[i]);
        zero = zero && folded[i] == u'0';
    }

    const auto imeiWarnings = [&id](const char16_t *body) {
        if (body[0] == u'0' && body[1] == u'0')
            id.m_warnings.append(DeviceIdWarning::TestRange);
        if (allSame(body, 14) || allSame(body + 8, 6))
            id.m_warnings.append(DeviceIdWarning::RepeatedDigits);
        if (sequential(body, 14) || sequential(body + 8, 6))
            id.m_warnings.append(DeviceIdWarning::SequentialDigits);
    };
    const auto luhn = [](const char16_t *body) {
        char digits[14];
        for (int i = 0; i < 14; ++i)
            digits[i] = static_cast<char>(body[i] - u'0');
        return luhnCheckDigit(digits);
    };
    const auto text = [](const char16_t *s, int n) {
        return QString(reinterpret_cast<const QChar *>(s), n);
    };

    if (decimal) {
        if (zero && foldedLength >= 8) {
            id.m_kind = foldedLength >= 14 && foldedLength <= 16 ? DeviceIdKind::Imei
                                                                 : DeviceIdKind::Unknown;
            id.m_error = DeviceIdError::AllZero;
            return id;
        }
        switch (foldedLength) {
        case 15: {
            id.m_kind = DeviceIdKind::Imei;
            const int expected = luhn(folded);
            id.m_checkDigit = hexChar(expected);
            if (folded[14] - u'0' != expected) {
                id.m_error = DeviceIdError::CheckDigit;
                return id;
            }
            id.m_error = DeviceIdError::None;
            id.m_imei = id.m_normalized;
            id.m_tac = text(folded, 8);
            imeiWarnings(folded);
            return id;
        }
        case 14: {
            id.m_kind = DeviceIdKind::Imei;
            const int computed = luhn(folded);
            id.m_checkDigit = hexChar(computed);
            id.m_suggestion = id.m_normalized + id.m_checkDigit;
            id.m_error = DeviceIdError::Incomplete;
            return id;
        }
        case 16: {
            id.m_kind = DeviceIdKind::ImeiSv;
            const int computed = luhn(folded);
            id.m_checkDigit = hexChar(computed);
            id.m_error = DeviceIdError::None;
            id.m_imei = text(folded, 14) + id.m_checkDigit;
            id.m_tac = text(folded, 8);
            id.m_svn = text(folded + 14, 2);
            imeiWarnings(folded);
            return id;
        }
        case 13:
            id.m_error = DeviceIdError::WrongBarcode;
            return id;
        case 18: {
            // Decimal MEID: 10 digits of manufacturer code (32 bits), 8 of serial (24 bits).
            quint64 manufacturer = 0;
            quint64 serial = 0;
            for (int i = 0; i < 10; ++i)
                manufacturer = manufacturer * 10 + static_cast<quint64>(folded[i] - u'0');
            for (int i = 10; i < 18; ++i)
                serial = serial * 10 + static_cast<quint64>(folded[i] - u'0');
            if (manufacturer < 0xA0000000ULL || manufacturer > 0xFFFFFFFFULL
                || serial > 0xFFFFFFULL) {
                id.m_error = DeviceIdError::Format;
                return id;
            }
            id.m_kind = DeviceIdKind::Meid;
            id.m_meid = QStringLiteral("%1%2")
                            .arg(manufacturer, 8, 16, QLatin1Char('0'))
                            .arg(serial, 6, 16, QLatin1Char('0'))
                            .toUpper();
            id.m_checkDigit = hexChar(meidCheckDigit(id.m_meid));
            id.m_esn = meidPseudoEsn(id.m_meid);
            id.m_error = DeviceIdError::None;
            return id;
        }
        case 11: {
            // Decimal ESN: 3 digits of manufacturer code (8 bits), 8 of serial (24 bits).
            uint manufacturer = 0;
            uint serial = 0;
            for (int i = 0; i < 3; ++i)
                manufacturer = manufacturer * 10 + static_cast<uint>(folded[i] - u'0');
            for (int i = 3; i < 11; ++i)
                serial = serial * 10 + static_cast<uint>(folded[i] - u'0');
            if (manufacturer > 0xFF || serial > 0xFFFFFF) {
                id.m_error = DeviceIdError::Format;
                return id;
            }
            id.m_kind = DeviceIdKind::Esn;
            id.m_esn = QStringLiteral("%1%2")
                           .arg(manufacturer, 2, 16, QLatin1Char('0'))
                           .arg(serial, 6, 16, QLatin1Char('0'))
                           .toUpper();
            id.m_error = DeviceIdError::None;
            return id;
        }
        default:
            break;
        }
    }
    if (hex) {
        if (foldedLength == 8) {
            id.m_kind = DeviceIdKind::Esn;
            id.m_esn = id.m_normalized;
            id.m_error = zero ? DeviceIdError::AllZero : DeviceIdError::None;
            return id;
        }
        const bool meidRange = foldedLength >= 2 && hexValue(folded[0]) >= 10;
        if ((foldedLength == 14 || foldedLength == 15) && meidRange) {
            id.m_kind = DeviceIdKind::Meid;
            const QString meid = text(folded, 14);
            const int expected = meidCheckDigit(meid);
            id.m_checkDigit = hexChar(expected);
            if (foldedLength == 15 && hexValue(folded[14]) != expected) {
                id.m_error = DeviceIdError::CheckDigit;
                return id;
            }
            id.m_meid = meid;
            id.m_esn = meidPseudoEsn(meid);
            id.m_error = DeviceIdError::None;
            return id;
        }
    }
    id.m_error = DeviceIdError::Format;
    return id;
}

void DeviceId::addWarning(DeviceIdWarning warning)
{
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

void DeviceId::setBrandModel(const QString &brand, const QString &model)
{
    m_brand = brand;
    m_model = model;
}

void DeviceId::lookUpTac(const TacDatabase &tacs)
{
    if (!isValid() || m_tac.isEmpty())
        return;
    if (const auto info = tacs.lookup(m_tac)) {
        m_brand = info->brand;
        m_model = info->model;
    } else {
        addWarning(DeviceIdWarning::UnknownTac);
    }
}

void DeviceId::applyIntakeContext(const IntakeContext &context)
{
    if (context.onOtherCustomersDevice)
        addWarning(DeviceIdWarning::OnOtherCustomersDevice);
    if (!context.otherImei.isEmpty() && isValid()) {
        const DeviceId other = parse(context.otherImei);
        const QString mine = m_imei.isEmpty() ? m_normalized : m_imei;
        const QString theirs = other.imei().isEmpty() ? other.normalized() : other.imei();
        if (mine == theirs)
            addWarning(DeviceIdWarning::DualImeiEqual);
    }
    if (!context.typedBrand.trimmed().isEmpty() && !m_brand.isEmpty()
        && !sameBrand(context.typedBrand, m_brand))
        addWarning(DeviceIdWarning::BrandMismatch);
}

bool DeviceId::sameBrand(const QString &a, const QString &b)
{
    static const std::array<std::pair<const char16_t *, const char *>, 22> aliases {{
        {u"苹果", "apple"},        {u"华为", "huawei"},  {u"荣耀", "honor"},
        {u"小米", "xiaomi"},       {u"红米", "xiaomi"},  {u"redmi", "xiaomi"},
        {u"三星", "samsung"},      {u"欧珀", "oppo"},    {u"维沃", "vivo"},
        {u"一加", "oneplus"},      {u"魅族", "meizu"},   {u"中兴", "zte"},
        {u"联想", "lenovo"},       {u"诺基亚", "nokia"}, {u"索尼", "sony"},
        {u"摩托罗拉", "motorola"}, {u"酷派", "coolpad"}, {u"金立", "gionee"},
        {u"真我", "realme"},       {u"努比亚", "nubia"}, {u"谷歌", "google"},
        {u"黑莓", "blackberry"},
    }};
    const auto canonical = [](const QString &brand) {
        QString s = brand.toLower();
        s.remove(QLatin1Char(' '));
        s.remove(QLatin1Char('-'));
        for (const auto &[zh, latin] : aliases) {
            if (s == QStringView(zh))
                return QString::fromLatin1(latin);
        }
        if (s == QLatin1String("honour"))
            return QStringLiteral("honor");
        if (s == QLatin1String("sonyericsson"))
            return QStringLiteral("sony");
        return s;
    };
    return canonical(a) == canonical(b);
}

QString DeviceId::kindName(DeviceIdKind kind)
{
    switch (kind) {
    case DeviceIdKind::Imei:
        return QStringLiteral("imei");
    case DeviceIdKind::ImeiSv:
        return QStringLiteral("imeisv");
    case DeviceIdKind::Meid:
        return QStringLiteral("meid");
    case DeviceIdKind::Esn:
        return QStringLiteral("esn");
    case DeviceIdKind::Unknown:
        break;
    }
    return {};
}

QString DeviceId::errorCode(DeviceIdError error)
{
    switch (error) {
    case DeviceIdError::Format:
        return QStringLiteral("IMEI_FORMAT");
    case DeviceIdError::CheckDigit:
        return QStringLiteral("IMEI_CHECK_DIGIT");
    case DeviceIdError::Incomplete:
        return QStringLiteral("IMEI_INCOMPLETE");
    case DeviceIdError::AllZero:
        return QStringLiteral("IMEI_ALL_ZERO");
    case DeviceIdError::WrongBarcode:
        return QStringLiteral("WRONG_BARCODE");
    case DeviceIdError::None:
        break;
    }
    return {};
}

QString DeviceId::warningCode(DeviceIdWarning warning)
{
    switch (warning) {
    case DeviceIdWarning::TestRange:
        return QStringLiteral("IMEI_TEST_RANGE");
    case DeviceIdWarning::RepeatedDigits:
        return QStringLiteral("IMEI_REPEATED_DIGITS");
    case DeviceIdWarning::SequentialDigits:
        return QStringLiteral("IMEI_SEQUENTIAL_DIGITS");
    case DeviceIdWarning::UnknownTac:
        return QStringLiteral("TAC_UNKNOWN");
    case DeviceIdWarning::OnOtherCustomersDevice:
        return QStringLiteral("IMEI_OTHER_CUSTOMER");
    case DeviceIdWarning::DualImeiEqual:
        return QStringLiteral("IMEI_DUAL_EQUAL");
    case DeviceIdWarning::BrandMismatch:
        return QStringLiteral("BRAND_MISMATCH");
    }
    return {};
}

QString DeviceId::errorMessage() const
{
    switch (m_error) {
    case DeviceIdError::None:
        return {};
    case DeviceIdError::Format:
        return tr("Not an IMEI, MEID or ESN: wrong length or characters (%n character(s) after "
                  "removing spaces and dashes).",
                  nullptr, static_cast<int>(m_normalized.size()));
    case DeviceIdError::CheckDigit:
        return tr("The check digit is wrong: the last digit should be %1. Scan again or check "
                  "for a swapped digit.")
            .arg(m_checkDigit);
    case DeviceIdError::Incomplete:
        return tr("Only 14 digits: with its check digit the IMEI is %1. Confirm against the "
                  "phone.")
            .arg(m_suggestion);
    case DeviceIdError::AllZero:
        return tr("An IMEI of all zeros is not a real device identifier.");
    case DeviceIdError::WrongBarcode:
        return tr("This is the box's product barcode (13-digit EAN), not the IMEI. Scan the "
                  "barcode labelled IMEI.");
    }
    return {};
}

QString DeviceId::warningMessage(DeviceIdWarning warning)
{
    switch (warning) {
    case DeviceIdWarning::TestRange:
        return tr("The IMEI starts with 00 (test range): check it is the phone's real IMEI.");
    case DeviceIdWarning::RepeatedDigits:
        return tr("The IMEI is mostly one repeated digit: check it is not a placeholder.");
    case DeviceIdWarning::SequentialDigits:
        return tr("The IMEI's digits run in sequence: check it is not a placeholder.");
    case DeviceIdWarning::UnknownTac:
        return tr("The model code (TAC) is not in the table: enter brand and model by hand.");
    case DeviceIdWarning::OnOtherCustomersDevice:
        return tr("This IMEI is already on another customer's device.");
    case DeviceIdWarning::DualImeiEqual:
        return tr("The phone's two IMEIs are the same.");
    case DeviceIdWarning::BrandMismatch:
        return tr("The brand from the IMEI differs from the brand entered.");
    }
    return {};
}

QJsonObject DeviceId::toJson() const
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    QJsonArray warnings;
    QJsonArray warningMessages;
    for (const DeviceIdWarning w : m_warnings) {
        warnings.append(warningCode(w));
        warningMessages.append(warningMessage(w));
    }
    QJsonObject o {
        {QStringLiteral("input"), m_raw},
        {QStringLiteral("normalized"), m_normalized},
        {QStringLiteral("valid"), isValid()},
        {QStringLiteral("kind"), orNull(kindName(m_kind))},
        {QStringLiteral("imei"), orNull(m_imei)},
        {QStringLiteral("tac"), orNull(m_tac)},
        {QStringLiteral("svn"), orNull(m_svn)},
        {QStringLiteral("check_digit"),
         m_checkDigit.isNull() ? QJsonValue() : QJsonValue(QString(m_checkDigit))},
        {QStringLiteral("error"), orNull(errorCode(m_error))},
        {QStringLiteral("error_message"), orNull(errorMessage())},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("warning_messages"), warningMessages},
        {QStringLiteral("brand"), orNull(m_brand)},
        {QStringLiteral("model"), orNull(m_model)},
    };
    if (!m_meid.isEmpty())
        o.insert(QStringLiteral("meid"), m_meid);
    if (!m_esn.isEmpty())
        o.insert(QStringLiteral("esn"), m_esn);
    if (!m_suggestion.isEmpty())
        o.insert(QStringLiteral("suggestion"), m_suggestion);
    if (m_error == DeviceIdError::CheckDigit)
        o.insert(QStringLiteral("expected_check_digit"), QString(m_checkDigit));
    return o;
}

} // namespace rc
