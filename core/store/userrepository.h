#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tickets/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace rc {

class Database;

// Users and their PINs. A PIN is kept only as PBKDF2-HMAC-SHA256 with a random 16-byte
// salt and a high iteration count; nothing can read it back. After kMaxFailedAttempts
// wrong PINs in a row the user is locked for kLockMinutes; a disabled user cannot sign in.
// Every change writes the user's outbox snapshot (without PIN material); every change a
// person makes (create, PIN, role, disable, unlock) also writes an audit entry naming the
// actor, in the same transaction. The store refuses any change that would leave no enabled
// manager (code LAST_MANAGER), whichever screen or command asks.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPinLength = 4;
    static constexpr int kMinManagerPinLength = 6;
    // The most of a typed user name an audit entry of a failed sign-in keeps.
    static constexpr int kMaxAuditedUsername = 64;

    // iterations: PBKDF2 rounds for new PINs (tests may lower it; the default is slow on
    // purpose: about a tenth of a second).
    UserRepository(Database &db, const Clock &clock, int iterations = 120000);

    // The fewest digits a new PIN of `role` may have: the setting security.min_pin_length
    // (4–12, default 4), and never fewer than kMinManagerPinLength for a manager. Older,
    // shorter PINs (set before, or a user later made a manager: the store cannot tell a
    // PIN's length from its hash) keep working until they are changed; authenticate() marks
    // them (User::pinBelowMinimum).
    Result<int> minimumPinLength(Role role);
    // A new user; the username is unique (case-insensitive), the PIN minimumPinLength()–12
    // digits.
    Result<User> create(const QString &username, const QString &displayName, Role role,
                        const QString &pin, const Actor &actor = {});
    // Signs in: the user if the PIN is right. Wrong PIN → code PIN_WRONG (and one more
    // failed attempt), PIN_LOCKED while locked (the message says until when),
    // USER_DISABLED, NOT_FOUND. A right PIN resets the failed attempts. Every attempt is
    // audited: user.sign_in, user.pin_failed, user.locked, and user.unknown_sign_in for a name
    // nobody has (the name typed, cut to kMaxAuditedUsername; never the PIN).
    Result<User> authenticate(const QString &username, const QString &pin);
    Result<User> setPin(const QString &userId, const QString &pin, const Actor &actor = {});
    // Disabling the last enabled manager fails with LAST_MANAGER.
    Result<User> setDisabled(const QString &userId, bool disabled, const Actor &actor = {});
    // Taking the manager role from the last enabled manager fails with LAST_MANAGER.
    Result<User> setRole(const QString &userId, Role role, const Actor &actor = {});
    // Clears failed attempts and the lock (a manager's action).
    Result<User> unlock(const QString &userId, const Actor &actor = {});
    // Enabled managers other than userId (all of them when userId is empty).
    Result<int> enabledManagers(const QString &exceptUserId = {});

    Result<std::optional<User>> byId(const QString &id);
    Result<std::optional<User>> byUsername(const QString &username);
    Result<QList<User>> list();

private:
    // The audit entry to write for a change: kind and data (empty kind: none).
    struct AuditNote
    {
        QString kind;
        QJsonObject data;
    };
    Result<User> change(const QString &userId, const std::function<Status(User &)> &edit,
                        const QString &extraSet = {}, const QVariantList &extraValues = {},
                        const Actor *actor = nullptr,
                        const std::function<AuditNote(const User &, const User &)> &audit = {});
    Status keepsAManager(const User &before, const User &after);
    Status validatePin(const QString &pin, Role role);

    Database &m_db;
    const Clock &m_clock;
    int m_iterations;
};

} // namespace rc
