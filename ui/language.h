#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace rc::ui {

// Installs the application's and Qt's own translations for one language. The choice is
// kept in QSettings ("ui/language"): empty follows the system locale, "zh_CN" or "en"
// pins it.
class Language : public QObject
{
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // The languages the UI is translated into, as locale names.
    static QStringList available();
    // Display name of a language in that language ("中文", "English").
    static QString nativeName(const QString &language);

    QString current() const { return m_current; }
    // Applies the stored choice (or the override, e.g. from --lang) and returns the
    // language in force.
    QString applyStored(const QString &overrideLanguage = {});
    // Switches and stores the choice; an empty language means "follow the system".
    void switchTo(const QString &language);

private:
    QString resolve(const QString &language) const;
    void install(const QString &language);

    QString m_current;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace rc::ui
