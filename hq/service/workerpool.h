#pragma once

#include "store/hqstore.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace rc::hq {

// Database workers, each with its own session (one connection), fed by a bounded queue.
//
// A request is admitted on the server thread as soon as its head is read (reserve()):
// against the queue limit, the memory its body will take, and its key. Jobs of one key (a
// center) run one at a time and in order; different keys run in parallel and take turns,
// so a center that sends a lot waits behind itself, not in front of the others. A request
// that cannot be admitted is answered 429 without its body being kept.
class WorkerPool
{
public:
    struct Limits
    {
        int workers = 4;
        int queueLimit = 256; // admitted and not yet running
        int keyLimit = 2; // per key, admitted or running
        qint64 memoryBudget = 128 * 1024 * 1024; // request bodies held at once
    };
    using SessionFactory = std::function<std::unique_ptr<StoreSession>()>;
    // Runs on a worker; queuedNs is how long the job waited for it.
    using Job = std::function<void(StoreSession &session, qint64 queuedNs)>;

    enum class Refusal { None, QueueFull, KeyBusy, MemoryFull };

    class Reservation;

    WorkerPool(Limits limits, SessionFactory factory);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void start();
    // Runs what is queued, then joins the workers.
    void stop();

    // Room for one more request of key (empty: no ordering with others), holding bytes of
    // memory, or nullptr and why not. Released when the last copy is destroyed.
    std::shared_ptr<Reservation> reserve(const QString &key, qint64 bytes, Refusal *why);
    void submit(const std::shared_ptr<Reservation> &reservation, Job job);

    int workers() const { return m_limits.workers; }
    int waiting() const;
    int running() const;
    qint64 memoryHeld() const;
    int connectedSessions() const { return m_connected.load(); }
    // Seconds a refused client should wait: the queue's length times recent job time.
    int retryAfterSeconds() const;

private:
    struct Queued
    {
        std::shared_ptr<Reservation> reservation;
        Job job;
        qint64 enqueuedNs = 0;
    };
    struct KeyQueue
    {
        std::deque<Queued> jobs;
        bool running = false;
        int admitted = 0;
    };
    void work();
    void release(const QString &key, qint64 bytes, bool started);

    Limits m_limits;
    SessionFactory m_factory;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unordered_map<QString, KeyQueue> m_keys;
    std::deque<QString> m_ready;
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
    int m_waiting = 0;
    int m_running = 0;
    qint64 m_memory = 0;
    quint64 m_unkeyed = 0;
    double m_jobMsAverage = 20;
    std::atomic<int> m_connected {0};
};

class WorkerPool::Reservation
{
public:
    Reservation(WorkerPool &pool, QString key, qint64 bytes)
        : m_pool(pool)
        , m_key(std::move(key))
        , m_bytes(bytes)
    {
    }
    ~Reservation() { m_pool.release(m_key, m_bytes, m_started); }

private:
    friend class WorkerPool;
    WorkerPool &m_pool;
    QString m_key;
    qint64 m_bytes;
    bool m_started = false;
};

} // namespace rc::hq
