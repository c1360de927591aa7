#pragma once

#include "store/hqstore.h"

#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace rc::hq {

class TokenDirectory;
class EventLog;

// A thread with its own database session that keeps the rest of repair-hq honest about the
// database: it brings the schema up to date (once the database answers, however late),
// follows token changes into the TokenDirectory every second, which doubles as the
// readiness probe, and forgets batch ids past their retention.
class Maintenance
{
public:
    struct Options
    {
        int refreshMs = 1000;
        qint64 retentionSeconds = 30 * 86400;
        int pruneEveryMs = 10 * 60 * 1000;
        StoreOptions store;
    };
    Maintenance(std::unique_ptr<StoreSession> session, TokenDirectory &tokens, EventLog &log,
                Options options);
    ~Maintenance();

    void start();
    void stop();
    // Runs one round now, on the caller's thread (before start()).
    void runOnce();

    bool databaseUp() const;
    bool schemaReady() const { return m_schemaReady.load(); }

private:
    void loop();
    void round();

    std::unique_ptr<StoreSession> m_session;
    TokenDirectory &m_tokens;
    EventLog &m_log;
    Options m_options;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<bool> m_schemaReady {false};
    std::atomic<qint64> m_lastOkMs {-1};
    bool m_wasUp = true;
    QString m_lastError;
    QElapsedTimer m_sincePrune;
    QElapsedTimer m_clock;
};

} // namespace rc::hq
