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

    Changes changes;
    Authority authority;
    IntakeDesk intake;
    TicketWorkflow tickets;
    CenterAdmin admin;
    LoanerDesk loaners;
};

} // namespace rc::workflow
