#pragma once

#include "tickets/user.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace rc::ui {

// What a person at the counter may do. Screens and buttons ask the session, never the
// role directly, so the rules below are the one place that decides (issue 5: "actions
// outside a role are not offered").
enum class Permission {
    ViewQueue, // queue, ticket view, search: everyone
    Intake, // register a phone: clerk, manager
    Approval, // record the customer's answer to a quote: clerk, manager
    Pickup, // hand the phone back: clerk, manager
    Payment, // take money: clerk, manager
    Diagnose, // 检测: technician, manager
    Repair, // 维修: technician, manager
    OverrideVerdict, // override a warranty verdict with a written reason: manager
    ManageCenter, // users, price list, settings: manager
};

bool roleAllows(Role role, Permission permission);
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
