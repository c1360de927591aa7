#include "printsettings.h"

#include <QSettings>

namespace rc::print {

PrintSettings::PrintSettings(QSettings *settings)
    : m_owned(settings ? nullptr : std::make_shared<QSettings>())
    , m_settings(settings ? settings : m_owned.get())
{
}

QString PrintSettings::printerKey(PaperKind kind)
{
    return QStringLiteral("print/%1/printer").arg(kindName(kind));
}

QString PrintSettings::formatKey(PaperKind kind)
{
    return QStringLiteral("print/%1/format").arg(kindName(kind));
}

QString PrintSettings::autoPrintIntakeKey()
{
    return QStringLiteral("print/intake/auto");
}

QString PrintSettings::languageKey()
{
    return QStringLiteral("print/language");
}

QString PrintSettings::pdfOnly()
{
    return QStringLiteral("@pdf");
}

QString PrintSettings::printerName(PaperKind kind) const
{
    return m_settings->value(printerKey(kind)).toString();
}

void PrintSettings::setPrinterName(PaperKind kind, const QString &name)
{
    m_settings->setValue(printerKey(kind), name);
}

PaperFormat PrintSettings::format(PaperKind kind) const
{
    const auto stored = formatFromName(m_settings->value(formatKey(kind)).toString());
    if (stored)
        return *stored;
    // The counter hands the intake receipt over at once (roll printer beside the till); the
    // quote and pickup record are often filed, so A4.
    return kind == PaperKind::Intake || kind == PaperKind::Label ? PaperFormat::Thermal80
                                                                 : PaperFormat::A4;
}

void PrintSettings::setFormat(PaperKind kind, PaperFormat format)
{
    m_settings->setValue(formatKey(kind), formatName(format));
}

bool PrintSettings::autoPrintIntake() const
{
    return m_settings->value(autoPrintIntakeKey(), false).toBool();
}

void PrintSettings::setAutoPrintIntake(bool on)
{
    m_settings->setValue(autoPrintIntakeKey(), on);
}

std::optional<PaperLanguage> PrintSettings::language() const
{
    return languageFromName(m_settings->value(languageKey()).toString());
}

void PrintSettings::setLanguage(std::optional<PaperLanguage> language)
{
    m_settings->setValue(languageKey(), language ? languageName(*language) : QString());
}

} // namespace rc::print
