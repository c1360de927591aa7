#pragma once

#include "http/message.h"
#include "sync/wire.h"

#include <optional>

namespace rc::hq {

// Where a test build stages failures in the batch path (REPAIR_HQ_FAULTS, see faults.h and
// docs/sync-protocol.md). A release build has no implementation: the service gets none.
class FaultHook
{
public:
    virtual ~FaultHook() = default;
    // Before anything is stored: an answer to give instead.
    virtual std::optional<http::Response> beforeApply(const sync::IncomingBatch &batch) = 0;
    // After the commit: may change the answer (an error, a cut-off answer, a delay).
    virtual void afterCommit(http::Response &response) = 0;
};

} // namespace rc::hq
