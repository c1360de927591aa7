#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "translations.h"

namespace rc::ui {

namespace {
const QString settingsKey = QStringLiteral("ui/language");
}

Language::Language(QObject *parent)
    : QObject(parent)
{
}

Language::~Language()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    return QStringLiteral("English");
}

QString Language::resolve(const QString &language) const
{
    if (available().contains(language))
        return language;
    // Follow the system: Chinese locales get Chinese, everything else English.
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

QString Language::applyStored(const QString &overrideLanguage)
{
    const QString stored = QSettings().value(settingsKey).toString();
    install(resolve(overrideLanguage.isEmpty() ? stored : overrideLanguage));
    return m_current;
}

void Language::switchTo(const QString &language)
{
    QSettings().setValue(settingsKey, language);
    install(resolve(language));
}

void Language::install(const QString &language)
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());

    m_appTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(translationFile(language)))
        QCoreApplication::installTranslator(m_appTranslator.get());

    // Qt's own strings (standard buttons, dialogs), from Debian's qt6-translations-l10n.
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());

    QLocale::setDefault(QLocale(language));
    m_current = language;
}

} // namespace rc::ui
