#pragma once

#include "authority.h"
#include "centeradmin.h"
#include "changes.h"
#include "intakedesk.h"
#include "loanerdesk.h"
#include "ticketworkflow.h"

namespace rc {
class Database;
class Clock;
class TacDatabase;
namespace warranty {
class WarrantyEngine;
}
} // namespace rc

namespace rc::workflow {

// The workflow layer of one process, built once in each main() over the store, the clock,
// the warranty engine and the TAC table, and handed to every door (the screens, the command
// line, later the sync pull):
//
//     rc::workflow::Workflows workflows(*database, clock, engine, tacs);
//     auto created = workflows.intake.registerPhone(userId, request);
//     QObject::connect(&workflows.changes, &Changes::ticketChanged, queue, &Queue::refresh);
//
// Members refer to each other; a Workflows is neither copied nor moved.
struct Workflows
{
    Workflows(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
              TacDatabase &tacs, int pinIterations = 120000);
    Workflows(const Workflows &) = delete;
    Workflows &operator=(const Workflows &) = delete;

    // How long a step waits for another program's write lock before it fails with DB_BUSY
    // (the store's busy timeout, 5 s by default). The counter's screens shorten it around
    // each attempt of a save they retry from the event loop, so the window never freezes
    // for long (ui/widgets/busystore.h).
    int lockWaitMs() const;
    Status setLockWaitMs(int ms);

    Changes changes;
    Authority authority;
    IntakeDesk intake;
    TicketWorkflow tickets;
    CenterAdmin admin;
    LoanerDesk loaners;

private:
    Database &m_db;
};

} // namespace rc::workflow
