#pragma once

#include "session.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace rc::ui {

class IdleWatcher;
class LoginScreen;
struct Services;

// The counter's frame. Until someone logs in (and again after a lock) it shows the login
// screen; then a navigation list on the left, the current screen on the right, the user
// and role in the status bar with Lock and Log out, the Language and Help menus. Locking
// (or logging out) closes every dialog open in the window, unapplied.
//
// Screens are built by the composition root (app/repair-counter/main.cpp) with the
// Services and the Session, and handed in with addScreen() together with the permission
// they need: a screen the logged-in role may not use is not in the navigation at all. See
// ui/README.md for how to add a screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services &services, Session &session, LoginScreen *login, const QString &language,
               QWidget *parent = nullptr);

    // Adds a screen to the navigation, offered only to roles with `permission`. The window
    // takes ownership. The first screen the user may see is shown after login.
    void addScreen(QWidget *screen, const QString &title, Permission permission);
    // Shows a screen if the user may see it; returns false otherwise.
    bool showScreen(QWidget *screen);
    QWidget *currentScreen() const;
    int screenCount() const;
    // The screens the logged-in user is offered, in navigation order.
    QList<QWidget *> offeredScreens() const;
    // Sizes and places the window inside the screen's available area (1280 × 800 at most).
    void fitToScreen();
    // Minutes without input before the session locks; 0 turns locking off.
    void setIdleLockMinutes(int minutes);
    IdleWatcher *idleWatcher() const { return m_idle; }

signals:
    // The user picked a language; an empty string means "follow the system".
    void languageChangeRequested(const QString &language);

public slots:
    void showAbout();
    void lockSession();
    void logOut();

private:
    struct Entry
    {
        QWidget *screen;
        Permission permission;
    };

    void buildMenus(const QString &language);
    void sessionChanged();
    // The keyboard to the current screen's first field, unless it is in the screen already.
    void focusScreen();
    // Rejects every open dialog of the window (the manager's dialogs, confirmations), so
    // nothing typed there before a lock can be applied after it.
    void closeOpenDialogs();

    Services &m_services;
    Session &m_session;
    LoginScreen *m_login = nullptr;
    QStackedWidget *m_pages = nullptr; // login | work
    QWidget *m_work = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QToolButton *m_lockButton = nullptr;
    QToolButton *m_logoutButton = nullptr;
    IdleWatcher *m_idle = nullptr;
    QList<Entry> m_entries;
    QString m_pageUserId; // whose screen the navigation shows
};

} // namespace rc::ui
