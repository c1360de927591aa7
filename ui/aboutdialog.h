#pragma once

#include <QDialog>

namespace rc::ui {

// Version, the libraries and data we ship with their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // sqliteVersion: the SQLite library the store runs on (workflow::Records).
    explicit AboutDialog(const QString &sqliteVersion, QWidget *parent = nullptr);

    // The licence text shown, for tests and for the CLI's --version output.
    QString licencesHtml() const;

private:
    QString m_sqliteVersion;
};

} // namespace rc::ui
