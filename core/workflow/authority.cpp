#include "authority.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sql.h"

namespace rc::workflow {

Actor ActingUser::actor() const
{
    return Actor {user.id, user.displayName.isEmpty() ? user.username : user.displayName};
}

Authority::Authority(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

void Authority::auditRefusal(const QString &userId, const QString &operation,
                             const QString &ticketId, const Error &error, const QString &permission)
{
    // Inside a transaction that is about to roll back nothing written here would stay:
    // callers check before they open one.
    if (m_db.inWrite())
        return;
    // The refused user may not exist: the claimed id goes into the data, the user column
    // (a reference to users) only when it is a real user.
    auto known = sql::run(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"),
                          {userId}, QStringLiteral("user read"));
    const bool exists = known && known->next();
    const QString name = exists ? known->value(0).toString() : QString();
    if (known)
        known->finish();
    QJsonObject data {{QStringLiteral("operation"), operation},
                      {QStringLiteral("code"), error.code},
                      {QStringLiteral("user_id"), userId}};
    if (!permission.isEmpty())
        data.insert(QStringLiteral("permission"), permission);
    const Actor actor {exists ? userId : QString(), name};
    const QString entity
        = ticketId.isEmpty() ? QStringLiteral("operation") : QStringLiteral("ticket");
    AuditEntry entry = AuditLog::entry(actor, QStringLiteral("access.refused"), entity,
                                       ticketId.isEmpty() ? operation : ticketId, m_clock.nowUtc(),
                                       data, error.message);
    // Best effort: the refusal is what the caller must see, even when the disk cannot take
    // the audit entry.
    const Status written
        = m_db.write([&]() -> Status { return AuditLog::appendInTransaction(m_db, entry); });
    Q_UNUSED(written);
}

Result<ActingUser> Authority::enabledUser(const QString &userId, const QString &operation,
                                          const QString &ticketId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, version, username, display_name, role, disabled "
                                     "FROM users WHERE id = ?"),
                      {userId}, QStringLiteral("user read"));
    if (!q)
        return q.error();
    if (userId.isEmpty() || !q->next()) {
        const Error error {QStringLiteral("USER_UNKNOWN"),
                           tr("No user is signed in (or the user %1 does not exist): nothing is "
                              "done without a known user.")
                               .arg(userId)};
        if (q)
            q->finish();
        auditRefusal(userId, operation, ticketId, error);
        return error;
    }
    ActingUser acting;
    acting.user.id = q->value(0).toString();
    acting.user.version = q->value(1).toInt();
    acting.user.username = q->value(2).toString();
    acting.user.displayName = q->value(3).toString();
    acting.user.role = roleFromId(q->value(4).toString()).value_or(Role::Clerk);
    acting.user.disabled = q->value(5).toInt() != 0;
    q->finish();
    if (acting.user.disabled) {
        const Error error {
            QStringLiteral("USER_DISABLED"),
            tr("%1 is disabled and can do nothing at this center.").arg(acting.actor().name)};
        auditRefusal(userId, operation, ticketId, error);
        return error;
    }
    return acting;
}

Result<ActingUser> Authority::require(const QString &userId, Permission permission,
                                      const QString &operation, const QString &ticketId)
{
    auto acting = enabledUser(userId, operation, ticketId);
    if (!acting)
        return acting;
    if (!Permissions::roleAllows(acting->user.role, permission)) {
        const Error error {QStringLiteral("FORBIDDEN"),
                           tr("%1 (%2) may not %3.")
                               .arg(acting->actor().name, Permissions::roleName(acting->user.role),
                                    Permissions::label(permission))};
        auditRefusal(userId, operation, ticketId, error, Permissions::id(permission));
        return error;
    }
    return acting;
}

} // namespace rc::workflow
