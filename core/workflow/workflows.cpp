#include "workflows.h"

#include "store/database.h"
#include "warranty/warrantyengine.h"

namespace rc::workflow {

Workflows::Workflows(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
                     TacDatabase &tacs, int pinIterations)
    : authority(db, clock)
    , intake(db, clock, engine, tacs, authority, changes)
    , tickets(db, clock, engine, authority, changes)
    , admin(db, clock, engine.policies(), authority, changes, pinIterations)
    , loaners(db, clock, engine, authority, changes)
    , m_db(db)
{
}

int Workflows::lockWaitMs() const
{
    return m_db.busyTimeout();
}

Status Workflows::setLockWaitMs(int ms)
{
    return m_db.setBusyTimeout(ms);
}

} // namespace rc::workflow
