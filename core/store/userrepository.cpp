#include "userrepository.h"

#include "auditlog.h"
#include "database.h"
#include "outbox.h"
#include "settingsrepository.h"
#include "sql.h"
#include "tickets/recordjson.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace rc {

namespace {

const QString kColumns = QStringLiteral("id, version, username, display_name, role, "
                                        "failed_attempts, locked_until, disabled, created_at, "
                                        "updated_at");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.version = q.value(1).toInt();
    u.username = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.role = roleFromId(q.value(4).toString()).value_or(Role::Clerk);
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntil = sql::parseTimestamp(q.value(6).toString());
    u.disabled = q.value(7).toInt() != 0;
    u.createdAt = sql::parseTimestamp(q.value(8).toString());
    u.updatedAt = sql::parseTimestamp(q.value(9).toString());
    return u;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, 32);
}

QByteArray randomSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    for (char &byte : salt)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return salt;
}

// Compares without an early exit, so timing says nothing about where they differ.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

UserRepository::UserRepository(Database &db, const Clock &clock, int iterations)
    : m_db(db)
    , m_clock(clock)
    , m_iterations(iterations)
{
}

Result<int> UserRepository::minimumPinLength(Role role)
{
    auto setting
        = SettingsRepository(m_db, m_clock).intValue(QStringLiteral("security.min_pin_length"));
    if (!setting)
        return setting.error();
    // A manager's PIN opens every screen, the price list and the users: never fewer than
    // kMinManagerPinLength digits, whatever the setting says (issue 21).
    const int floor = role == Role::Manager ? kMinManagerPinLength : kMinPinLength;
    return qBound(floor, *setting, 12);
}

Status UserRepository::validatePin(const QString &pin, Role role)
{
    auto minimum = minimumPinLength(role);
    if (!minimum)
        return minimum.error();
    if (pin.size() < *minimum || pin.size() > 12 || sql::digitsOnly(pin) != pin) {
        if (role == Role::Manager)
            return Error {QStringLiteral("PIN_FORMAT"),
                          tr("A manager's PIN is %1 to 12 digits (at least %2, or the center's "
                             "setting security.min_pin_length if higher).")
                              .arg(*minimum)
                              .arg(kMinManagerPinLength)};
        return Error {QStringLiteral("PIN_FORMAT"),
                      tr("A PIN is %1 to 12 digits (the center's setting "
                         "security.min_pin_length).")
                          .arg(*minimum)};
    }
    return {};
}

Result<User> UserRepository::create(const QString &username, const QString &displayName, Role role,
                                    const QString &pin, const Actor &actor)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return Error {QStringLiteral("USERNAME"), tr("The username is missing.")};
    if (Status s = validatePin(pin, role); !s)
        return s.error();
    User u;
    u.id = sql::newId();
    u.version = 1;
    u.username = name;
    u.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    u.role = role;
    u.createdAt = u.updatedAt = m_clock.nowUtc();
    const QByteArray salt = randomSalt();
    const QByteArray hash = derive(pin, salt, m_iterations);
    Status status = m_db.write([&]() -> Status {
        auto existing = sql::run(m_db, QStringLiteral("SELECT 1 FROM users WHERE username = ?"),
                                 {name}, QStringLiteral("user read"));
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error {QStringLiteral("USERNAME_TAKEN"),
                          tr("The username %1 is already taken.").arg(name)};
        if (Status s = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO users (id, version, username, display_name, role, "
                               "pin_hash, pin_salt, pin_iterations, created_at, updated_at) "
                               "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {u.id, u.username, u.displayName, roleId(role),
                 QString::fromLatin1(hash.toBase64()), QString::fromLatin1(salt.toBase64()),
                 m_iterations, sql::timestamp(u.createdAt), sql::timestamp(u.updatedAt)},
                QStringLiteral("user insert"));
            !s)
            return s;
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(actor, QStringLiteral("user.create"), QStringLiteral("user"),
                                      u.id, u.createdAt,
                                      {{QStringLiteral("username"), u.username},
                                       {QStringLiteral("role"), roleId(u.role)}}));
            !s)
            return s;
        return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("user"), u.id, u.version,
                              toJson(u), u.updatedAt);
    });
    if (!status)
        return status.error();
    return u;
}

Result<int> UserRepository::enabledManagers(const QString &exceptUserId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND "
                                     "disabled = 0 AND id <> ?"),
                      {exceptUserId}, QStringLiteral("manager count"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status UserRepository::keepsAManager(const User &before, const User &after)
{
    const bool wasManager = before.role == Role::Manager && !before.disabled;
    const bool isManager = after.role == Role::Manager && !after.disabled;
    if (!wasManager || isManager)
        return {};
    auto others = enabledManagers(before.id);
    if (!others)
        return others.error();
    if (*others == 0)
        return Error {QStringLiteral("LAST_MANAGER"),
                      tr("%1 is the last enabled manager: make someone else a manager first.")
                          .arg(before.displayName)};
    return {};
}

Result<User>
UserRepository::change(const QString &userId, const std::function<Status(User &)> &edit,
                       const QString &extraSet, const QVariantList &extraValues, const Actor *actor,
                       const std::function<AuditNote(const User &, const User &)> &audit)
{
    User u;
    Status status = m_db.write([&]() -> Status {
        auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns),
                          {userId}, QStringLiteral("user read"));
        if (!q)
            return q.error();
        if (!q->next())
            return Error {QStringLiteral("NOT_FOUND"), tr("No user %1.").arg(userId)};
        u = userFrom(*q);
        q->finish();
        const User before = u;
        if (Status s = edit(u); !s)
            return s;
        if (Status s = keepsAManager(before, u); !s)
            return s;
        u.version += 1;
        u.updatedAt = m_clock.nowUtc();
        QVariantList values {u.version,
                             u.displayName,
                             roleId(u.role),
                             u.failedAttempts,
                             sql::nullableTimestamp(u.lockedUntil),
                             u.disabled ? 1 : 0,
                             sql::timestamp(u.updatedAt)};
        values += extraValues;
        values.append(u.id);
        if (Status s = sql::exec(m_db,
                                 QStringLiteral("UPDATE users SET version = ?, display_name = ?, "
                                                "role = ?, failed_attempts = ?, locked_until = ?, "
                                                "disabled = ?, updated_at = ?%1 WHERE id = ?")
                                     .arg(extraSet),
                                 values, QStringLiteral("user update"));
            !s)
            return s;
        if (actor && audit) {
            const AuditNote note = audit(before, u);
            if (!note.kind.isEmpty()) {
                if (Status s = AuditLog::appendInTransaction(
                        m_db, AuditLog::entry(*actor, note.kind, QStringLiteral("user"), u.id,
                                              u.updatedAt, note.data));
                    !s)
                    return s;
            }
        }
        return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("user"), u.id, u.version,
                              toJson(u), u.updatedAt);
    });
    if (!status)
        return status.error();
    return u;
}

Result<User> UserRepository::authenticate(const QString &username, const QString &pin)
{
    auto q
        = sql::run(m_db,
                   QStringLiteral("SELECT %1, pin_hash, pin_salt, pin_iterations FROM users WHERE "
                                  "username = ?")
                       .arg(kColumns),
                   {username.trimmed()}, QStringLiteral("user read"));
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        // A sign-in for a name nobody has is audited too (issue 21), as pin_failed is: the name
        // typed (at most kMaxAuditedUsername characters: it is whatever was typed), never the
        // PIN.
        const QString typed = username.trimmed();
        QJsonObject data {{QStringLiteral("username"), typed.left(kMaxAuditedUsername)}};
        if (typed.size() > kMaxAuditedUsername)
            data.insert(QStringLiteral("username_length"), typed.size());
        if (Status s = m_db.write([&]() -> Status {
                return AuditLog::appendInTransaction(
                    m_db,
                    AuditLog::entry(Actor {}, QStringLiteral("user.unknown_sign_in"),
                                    QStringLiteral("user"), QString(), m_clock.nowUtc(), data));
            });
            !s)
            return s.error();
        return Error {QStringLiteral("NOT_FOUND"),
                      tr("No user named %1.").arg(typed.left(kMaxAuditedUsername))};
    }
    const User found = userFrom(*q);
    const QByteArray hash = QByteArray::fromBase64(q->value(10).toString().toLatin1());
    const QByteArray salt = QByteArray::fromBase64(q->value(11).toString().toLatin1());
    const int iterations = q->value(12).toInt();
    q->finish();

    if (found.disabled)
        return Error {QStringLiteral("USER_DISABLED"),
                      tr("The user %1 is disabled.").arg(found.username)};
    const QDateTime now = m_clock.nowUtc();
    if (found.lockedUntil.isValid() && found.lockedUntil > now)
        return Error {QStringLiteral("PIN_LOCKED"),
                      tr("Too many wrong PINs: %1 is locked until %2.")
                          .arg(found.username,
                               found.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))};
    const bool right = sameBytes(derive(pin, salt, iterations), hash);
    bool belowMinimum = false;
    if (right) {
        auto minimum = minimumPinLength(found.role);
        belowMinimum = minimum && pin.size() < *minimum;
    }
    // Every PIN checked is audited (issue 21): sign-ins, wrong PINs and the lockout they cause.
    const Actor self {found.id, found.displayName};
    if (right && found.failedAttempts == 0 && !found.lockedUntil.isValid()) {
        if (Status s = m_db.write([&]() -> Status {
                return AuditLog::appendInTransaction(
                    m_db, AuditLog::entry(self, QStringLiteral("user.sign_in"),
                                          QStringLiteral("user"), found.id, now));
            });
            !s)
            return s.error();
        User user = found;
        user.pinBelowMinimum = belowMinimum;
        return user;
    }
    Result<User> updated = change(
        found.id,
        [&](User &u) -> Status {
            if (right) {
                u.failedAttempts = 0;
                u.lockedUntil = QDateTime();
            } else {
                u.failedAttempts += 1;
                if (u.failedAttempts >= kMaxFailedAttempts) {
                    u.lockedUntil = now.addSecs(kLockMinutes * 60);
                    u.failedAttempts = 0;
                }
            }
            return {};
        },
        {}, {}, &self,
        [&](const User &, const User &after) {
            if (right)
                return AuditNote {QStringLiteral("user.sign_in"), {}};
            if (after.lockedUntil.isValid() && after.lockedUntil > now)
                return AuditNote {QStringLiteral("user.locked"),
                                  {{QStringLiteral("until"), sql::timestamp(after.lockedUntil)},
                                   {QStringLiteral("failed_attempts"), kMaxFailedAttempts}}};
            return AuditNote {QStringLiteral("user.pin_failed"),
                              {{QStringLiteral("failed_attempts"), after.failedAttempts}}};
        });
    if (!updated)
        return updated.error();
    if (!right)
        return Error {QStringLiteral("PIN_WRONG"), tr("Wrong PIN.")};
    updated->pinBelowMinimum = belowMinimum;
    return updated;
}

Result<User> UserRepository::setPin(const QString &userId, const QString &pin, const Actor &actor)
{
    auto target = byId(userId);
    if (!target)
        return target.error();
    if (!*target)
        return Error {QStringLiteral("NOT_FOUND"), tr("No such user.")};
    if (Status s = validatePin(pin, (*target)->role); !s)
        return s.error();
    const QByteArray salt = randomSalt();
    const QByteArray hash = derive(pin, salt, m_iterations);
    return change(
        userId,
        [](User &u) -> Status {
            u.failedAttempts = 0;
            u.lockedUntil = QDateTime();
            return {};
        },
        QStringLiteral(", pin_hash = ?, pin_salt = ?, pin_iterations = ?"),
        {QString::fromLatin1(hash.toBase64()), QString::fromLatin1(salt.toBase64()), m_iterations},
        &actor,
        [](const User &, const User &) {
            return AuditNote {QStringLiteral("user.pin"), {}};
        });
}

Result<User> UserRepository::setDisabled(const QString &userId, bool disabled, const Actor &actor)
{
    return change(
        userId,
        [&](User &u) -> Status {
            u.disabled = disabled;
            return {};
        },
        {}, {}, &actor,
        [](const User &before, const User &after) {
            if (before.disabled == after.disabled)
                return AuditNote {};
            return AuditNote {after.disabled ? QStringLiteral("user.disable")
                                             : QStringLiteral("user.enable"),
                              {}};
        });
}

Result<User> UserRepository::setRole(const QString &userId, Role role, const Actor &actor)
{
    return change(
        userId,
        [&](User &u) -> Status {
            u.role = role;
            return {};
        },
        {}, {}, &actor,
        [](const User &before, const User &after) {
            if (before.role == after.role)
                return AuditNote {};
            return AuditNote {QStringLiteral("user.role"),
                              {{QStringLiteral("from"), roleId(before.role)},
                               {QStringLiteral("to"), roleId(after.role)}}};
        });
}

Result<User> UserRepository::unlock(const QString &userId, const Actor &actor)
{
    return change(
        userId,
        [](User &u) -> Status {
            u.failedAttempts = 0;
            u.lockedUntil = QDateTime();
            return {};
        },
        {}, {}, &actor,
        [](const User &, const User &) {
            return AuditNote {QStringLiteral("user.unlock"), {}};
        });
}

Result<std::optional<User>> UserRepository::byId(const QString &id)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns), {id},
                      QStringLiteral("user read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(userFrom(*q));
}

Result<std::optional<User>> UserRepository::byUsername(const QString &username)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns),
                      {username.trimmed()}, QStringLiteral("user read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(userFrom(*q));
}

Result<QList<User>> UserRepository::list()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns),
                      {}, QStringLiteral("user read"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users.append(userFrom(*q));
    return users;
}

} // namespace rc
