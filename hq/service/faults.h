#pragma once

#include "faulthook.h"

#include "common/result.h"

#include <QString>

#include <mutex>

namespace rc::hq {

// Failures staged for testing clients (REPAIR_HQ_FAULTS, docs/sync-protocol.md). Built only
// into repair-hq-faults, the binary the tests run; the released repair-hq cannot stage
// anything. Each counter applies to the first N batch requests it matches.
class StagedFaults final : public FaultHook
{
public:
    static Result<std::unique_ptr<StagedFaults>> parse(const QString &text);

    std::optional<http::Response> beforeApply(const sync::IncomingBatch &batch) override;
    void afterCommit(http::Response &response) override;

private:
    std::mutex m_mutex;
    int m_error500AfterCommit = 0; // apply and commit, then answer 500
    int m_dropAfterCommit = 0; // apply and commit, then cut the connection mid-answer
    int m_delayAfterCommit = 0; // apply and commit, then wait m_delayMs before answering
    int m_delayMs = 0;
    int m_tooManyRequests = 0; // answer 429 with Retry-After, apply nothing
    int m_retryAfterSeconds = 1;
    bool m_retryAfterAsDate = false;
    QString m_failId; // a batch carrying this record id: 500, nothing applied
};

} // namespace rc::hq
