#pragma once

#include "common/result.h"
#include "tickets/user.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rc::ui {

class Session;

// Log in with user and PIN; also the lock screen after idle (the user's name is filled in,
// anyone else may log in instead). Checking the PIN is the store's: the user repository
// keeps a slow salted hash and locks the account after repeated failures, and its error
// message (wrong PIN, locked until …) is shown as it comes.
class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    using Authenticate = std::function<Result<User>(const QString &username, const QString &pin)>;

    LoginScreen(Session &session, Authenticate authenticate, QWidget *parent = nullptr);

    // Prepares the form for the session's state: empty for a new login, the locked user's
    // name for an unlock.
    void prepare();
    // The keyboard to the field the user types next: the PIN when locked, else the user.
    void takeKeyboard();

signals:
    void loggedIn();

private:
    void submit();

    Session &m_session;
    Authenticate m_authenticate;
    QLabel *m_title = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_login = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rc::ui
