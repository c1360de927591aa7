#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace rc {
class Database;
}

namespace rc::ui {

// The counter's frame: a navigation list on the left, the current screen on the right,
// Help → About, the language menu and a status bar that names the store in use.
// Screens are built by the composition root and handed in with addScreen().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const QString &language, QWidget *parent = nullptr);

    // Adds a screen to the navigation; the first one added is shown.
    void addScreen(QWidget *screen, const QString &title);
    void showScreen(QWidget *screen);
    int screenCount() const;

signals:
    // The user picked a language; an empty string means "follow the system".
    void languageChangeRequested(const QString &language);

public slots:
    void showAbout();

private:
    void buildMenus(const QString &language);

    Database &m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_storeLabel = nullptr;
};

} // namespace rc::ui
