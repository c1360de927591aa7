#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rc {

enum class Role { Clerk, Technician, Manager };
QString roleId(Role role); // "clerk", "technician", "manager"
std::optional<Role> roleFromId(const QString &id);

// A person who signs in at the counter with a PIN. The PIN is kept only as a slow salted
// hash (PBKDF2), inside the store; this value never carries it.
struct User
{
    QString id; // UUID
    int version = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    bool disabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Set by a sign-in only: the PIN just typed is shorter than the center now asks for
    // (security.min_pin_length, managers 6). It keeps working until it is changed.
    bool pinBelowMinimum = false;
};

} // namespace rc
