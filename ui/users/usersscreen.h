#pragma once

#include "tickets/user.h"

#include <QList>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rc::ui {

class Session;
class UserDialog;
struct Services;

// The manager's list of people: add, disable or enable, reset a PIN, unlock after too many
// wrong PINs, change the role. The store refuses to lock out the last manager; the refusal
// is shown here. Every change is audited with the logged-in manager as the actor.
class UsersScreen : public QWidget
{
    Q_OBJECT

public:
    UsersScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // The open dialog (new user or PIN), for tests; nullptr when none is open.
    UserDialog *dialog() const { return m_dialog; }
    QList<User> users() const { return m_users; }
    void selectUser(const QString &userId);

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<int(Role)> pinMinimum() const;
    void addUser();
    void resetPin();
    void toggleDisabled();
    void unlock();
    void changeRole();
    void updateButtons();
    const User *selected() const;
    void showResult(bool ok, const QString &message);

    Services &m_services;
    Session &m_session;
    QList<User> m_users;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_resetPin = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_unlock = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_changeRole = nullptr;
    QLabel *m_message = nullptr;
    UserDialog *m_dialog = nullptr;
};

} // namespace rc::ui
