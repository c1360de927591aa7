#include "maintenance.h"

#include "eventlog.h"
#include "tokendirectory.h"

namespace rc::hq {

namespace {
constexpr int kTokenPage = 10000;
constexpr qint64 kUpWithinMs = 3000;
constexpr int kPrunePage = 10000;
} // namespace

Maintenance::Maintenance(std::unique_ptr<StoreSession> session, TokenDirectory &tokens,
                         EventLog &log, Options options)
    : m_session(std::move(session))
    , m_tokens(tokens)
    , m_log(log)
    , m_options(options)
{
    m_clock.start();
}

Maintenance::~Maintenance()
{
    stop();
}

void Maintenance::start()
{
    m_thread = std::thread([this] { loop(); });
}

void Maintenance::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool Maintenance::databaseUp() const
{
    const qint64 last = m_lastOkMs.load();
    return last >= 0 && m_clock.elapsed() - last <= kUpWithinMs;
}

void Maintenance::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        round();
        lock.lock();
        m_wake.wait_for(lock, std::chrono::milliseconds(m_options.refreshMs),
                        [this] { return m_stopping; });
    }
}

void Maintenance::runOnce()
{
    round();
}

void Maintenance::round()
{
    auto failed = [this](const Error &error) {
        if (m_wasUp || error.message != m_lastError)
            m_log.event("database_unavailable", {{QStringLiteral("detail"), error.message}});
        m_wasUp = false;
        m_lastError = error.message;
    };
    if (!m_schemaReady.load()) {
        if (Status status = m_session->migrate(m_options.store); !status) {
            failed(status.error());
            return;
        }
        m_schemaReady.store(true);
    }
    for (;;) {
        auto changes = m_session->tokenChanges(m_tokens.lastSeq(), kTokenPage);
        if (!changes) {
            failed(changes.error());
            return;
        }
        m_tokens.apply(*changes);
        if (static_cast<int>(changes->size()) < kTokenPage)
            break;
    }
    m_tokens.markLoaded();
    m_lastOkMs.store(m_clock.elapsed());
    if (!m_wasUp) {
        m_log.event("database_available", {});
        m_wasUp = true;
        m_lastError.clear();
    }
    // Once at the start, then every pruneEveryMs.
    if (m_options.retentionSeconds > 0
        && (!m_sincePrune.isValid() || m_sincePrune.hasExpired(m_options.pruneEveryMs))) {
        m_sincePrune.start();
        qint64 total = 0;
        for (int round = 0; round < 100; ++round) {
            auto pruned = m_session->pruneBatches(m_options.retentionSeconds, kPrunePage);
            if (!pruned) {
                failed(pruned.error());
                return;
            }
            total += *pruned;
            if (*pruned < kPrunePage)
                break;
        }
        if (total > 0)
            m_log.event("batches_pruned", {{QStringLiteral("count"), total}});
    }
}

} // namespace rc::hq
