#pragma once

#include "tickets/user.h"
#include "workflow/permissions.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace rc::ui {

// What a role may do is core's table (core/workflow/permissions.h); the session answers it
// for the person at the keyboard, and the workflow layer checks it again for every step.
using Permission = rc::Permission;
QString roleLabel(Role role); // translated: "Clerk" / "前台"

// Who is at the keyboard. Built once in main() and handed to the window and every screen.
// Logging in replaces the user; locking keeps the user but hides the work until the PIN is
// entered again (or someone else logs in).
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);

    bool isLoggedIn() const { return m_user.has_value(); }
    bool isLocked() const { return m_locked; }
    // The logged-in user; only meaningful while isLoggedIn().
    const User &user() const { return *m_user; }
    QString userId() const { return m_user ? m_user->id : QString(); }
    QString displayName() const;
    Role role() const { return m_user ? m_user->role : Role::Clerk; }
    // False while nobody is logged in or the session is locked.
    bool can(Permission permission) const;

    void logIn(const User &user);
    void logOut();
    void lock();

signals:
    // The user, their role or the lock changed: screens re-read what they may offer.
    void changed();

private:
    std::optional<User> m_user;
    bool m_locked = false;
};

} // namespace rc::ui
