#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "permissions.h"
#include "store/actor.h"
#include "tickets/user.h"

#include <QCoreApplication>

namespace rc {
class Database;
}

namespace rc::workflow {

// The person a step is done for, as the store knows them (never as the caller says).
struct ActingUser
{
    User user;
    // For the timeline and the audit trail: the id and the display name.
    Actor actor() const;
};

// Authorization in core: every workflow step and manager operation names the acting user by
// id; the Authority reads the user's role and enabled flag from the store and checks the one
// role → permission table (permissions.h). A refusal is an Error with a stable code —
// USER_UNKNOWN, USER_DISABLED or FORBIDDEN — and a sentence saying who may not do what, and
// is written to the audit trail (kind "access.refused", with the operation, the permission
// and the code) in a transaction of its own, so it stays recorded although the step does not
// happen.
class Authority
{
    Q_DECLARE_TR_FUNCTIONS(Authority)

public:
    Authority(Database &db, const Clock &clock);

    // operation: what was attempted, for the audit trail ("ticket.answer"); ticketId: the
    // ticket it was about, if any.
    Result<ActingUser> require(const QString &userId, Permission permission,
                               const QString &operation, const QString &ticketId = {});
    // The user, enabled (USER_UNKNOWN / USER_DISABLED otherwise, audited), whatever the role.
    Result<ActingUser> enabledUser(const QString &userId, const QString &operation,
                                   const QString &ticketId = {});
    // Writes one refusal to the audit trail (for a step that refuses on other grounds than
    // the table, e.g. a technician assigning someone else).
    void auditRefusal(const QString &userId, const QString &operation, const QString &ticketId,
                      const Error &error, const QString &permission = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc::workflow
