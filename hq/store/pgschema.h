#pragma once

#include "hqstore.h"
#include "pgconnection.h"

namespace rc::hq::pg {

// The PostgreSQL schema as numbered steps; each runs in its own transaction, under an
// advisory lock so that two repair-hq processes starting together apply it once. A step
// that has been released is never edited: a change is a new step at the end.
int latestSchemaVersion();
Result<int> schemaVersion(Connection &connection);
Status migrate(Connection &connection, const StoreOptions &options);

} // namespace rc::hq::pg
