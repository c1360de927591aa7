#include "paperdata.h"

namespace rc::print {

const QString &Bilingual::in(PaperLanguage language) const
{
    if (language == PaperLanguage::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString PaperData::displayShortNumber() const
{
    if (!shortNumber.isEmpty())
        return shortNumber;
    // Ticket numbers end in a per-day sequence (CENTER-STATION-DATE-SEQ): that is what a
    // clerk reads aloud.
    const qsizetype dash = ticketNumber.lastIndexOf(QLatin1Char('-'));
    return dash >= 0 ? ticketNumber.mid(dash + 1) : ticketNumber.right(6);
}

qint64 PaperData::quoteTotal() const
{
    qint64 sum = 0;
    for (const QuoteLine &line : lines)
        sum += line.total();
    return sum;
}

qint64 PaperData::coveredTotal() const
{
    qint64 sum = 0;
    for (const QuoteLine &line : lines) {
        if (line.covered)
            sum += line.total();
    }
    return sum;
}

qint64 PaperData::paidTotal() const
{
    qint64 sum = 0;
    for (const Payment &payment : payments)
        sum += payment.amount;
    return sum;
}

QString maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return phone.isEmpty() ? QString() : QStringLiteral("****");
    // A leading country code (+86 …) is not part of what is masked.
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits = digits.mid(2);
    if (digits.size() >= 11)
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    if (digits.size() >= 7)
        return digits.left(2) + QString(digits.size() - 6, QLatin1Char('*')) + digits.right(4);
    if (digits.size() >= 3)
        return QString(digits.size() - 2, QLatin1Char('*')) + digits.right(2);
    return QString(digits.size(), QLatin1Char('*'));
}

QString kindName(PaperKind kind)
{
    switch (kind) {
    case PaperKind::Intake:
        return QStringLiteral("intake");
    case PaperKind::Quote:
        return QStringLiteral("quote");
    case PaperKind::Pickup:
        return QStringLiteral("pickup");
    case PaperKind::Label:
        return QStringLiteral("label");
    case PaperKind::Exchange:
        return QStringLiteral("exchange");
    case PaperKind::Refund:
        return QStringLiteral("refund");
    case PaperKind::Loan:
        return QStringLiteral("loan");
    case PaperKind::LoanReturn:
        return QStringLiteral("loan-return");
    }
    return {};
}

QString formatName(PaperFormat format)
{
    return format == PaperFormat::A4 ? QStringLiteral("a4") : QStringLiteral("thermal80");
}

QString languageName(PaperLanguage language)
{
    return language == PaperLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<PaperKind> kindFromName(const QString &name)
{
    for (PaperKind kind :
         {PaperKind::Intake, PaperKind::Quote, PaperKind::Pickup, PaperKind::Label,
          PaperKind::Exchange, PaperKind::Refund, PaperKind::Loan, PaperKind::LoanReturn}) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<PaperFormat> formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("thermal80"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("thermal"), Qt::CaseInsensitive) == 0)
        return PaperFormat::Thermal80;
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PaperFormat::A4;
    return std::nullopt;
}

std::optional<PaperLanguage> languageFromName(const QString &name)
{
    const QString lower = name.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower == QLatin1String("zh_cn") || lower == QLatin1String("zh"))
        return PaperLanguage::Chinese;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return PaperLanguage::English;
    return std::nullopt;
}

} // namespace rc::print
