#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "ticketrepository.h"
#include "tickets/repairrecord.h"

#include <QCoreApplication>

#include <optional>

namespace rc {

class Database;

// The repair record (维修记录): parts used, checks after the repair, the result. Kept as
// "repair" events on the ticket's timeline (immutable; the newest is the current record),
// so the schema needs no table of its own and the record travels to HQ with the events.
class RepairRepository
{
    Q_DECLARE_TR_FUNCTIONS(RepairRepository)

public:
    RepairRepository(Database &db, const Clock &clock);

    // Records the repair while the ticket is "repairing"; with `moveTo` (ready, waiting_parts)
    // the ticket moves through the lifecycle in the same transaction. "ready" needs the result
    // "fixed".
    Result<Ticket> record(const RepairRecord &record, const Actor &actor,
                          std::optional<TicketStatus> moveTo = std::nullopt);
    Result<std::optional<RepairRecord>> latest(const QString &ticketId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
