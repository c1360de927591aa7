#include "workerpool.h"

#include <cmath>
#include <ctime>

namespace rc::hq {

namespace {

qint64 nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

WorkerPool::WorkerPool(Limits limits, SessionFactory factory)
    : m_limits(limits)
    , m_factory(std::move(factory))
{
    m_limits.workers = qMax(1, m_limits.workers);
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::start()
{
    for (int i = 0; i < m_limits.workers; ++i)
        m_threads.emplace_back([this] { work(); });
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

std::shared_ptr<WorkerPool::Reservation> WorkerPool::reserve(const QString &key, qint64 bytes,
                                                             Refusal *why)
{
    std::lock_guard lock(m_mutex);
    if (m_waiting >= m_limits.queueLimit) {
        *why = Refusal::QueueFull;
        return nullptr;
    }
    if (m_memory + bytes > m_limits.memoryBudget && m_memory > 0) {
        *why = Refusal::MemoryFull;
        return nullptr;
    }
    const QString k = key.isEmpty() ? QStringLiteral("\x01%1").arg(++m_unkeyed) : key;
    KeyQueue &queue = m_keys[k];
    if (!key.isEmpty() && queue.admitted >= m_limits.keyLimit) {
        *why = Refusal::KeyBusy;
        return nullptr;
    }
    ++queue.admitted;
    ++m_waiting;
    m_memory += bytes;
    *why = Refusal::None;
    return std::make_shared<Reservation>(*this, k, bytes);
}

void WorkerPool::submit(const std::shared_ptr<Reservation> &reservation, Job job)
{
    {
        std::lock_guard lock(m_mutex);
        KeyQueue &queue = m_keys[reservation->m_key];
        queue.jobs.push_back({reservation, std::move(job), nowNs()});
        if (!queue.running && queue.jobs.size() == 1)
            m_ready.push_back(reservation->m_key);
    }
    m_wake.notify_one();
}

void WorkerPool::release(const QString &key, qint64 bytes, bool started)
{
    std::lock_guard lock(m_mutex);
    if (!started)
        --m_waiting;
    m_memory -= bytes;
    auto it = m_keys.find(key);
    if (it == m_keys.end())
        return;
    if (--it->second.admitted <= 0 && !it->second.running && it->second.jobs.empty())
        m_keys.erase(it);
}

void WorkerPool::work()
{
    std::unique_ptr<StoreSession> session = m_factory();
    bool connected = false;
    for (;;) {
        Queued item;
        QString key;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_ready.empty(); });
            if (m_ready.empty())
                break; // stopping, and nothing left
            key = m_ready.front();
            m_ready.pop_front();
            KeyQueue &queue = m_keys[key];
            item = std::move(queue.jobs.front());
            queue.jobs.pop_front();
            queue.running = true;
            item.reservation->m_started = true;
            --m_waiting;
            ++m_running;
        }
        const qint64 started = nowNs();
        item.job(*session, started - item.enqueuedNs);
        const double ms = (nowNs() - started) / 1e6;
        item = Queued();
        if (session->isConnected() != connected) {
            connected = session->isConnected();
            m_connected.fetch_add(connected ? 1 : -1);
        }
        std::lock_guard lock(m_mutex);
        --m_running;
        m_jobMsAverage = 0.9 * m_jobMsAverage + 0.1 * ms;
        auto it = m_keys.find(key);
        if (it != m_keys.end()) {
            it->second.running = false;
            if (!it->second.jobs.empty())
                m_ready.push_back(key); // behind every other center that is waiting
            else if (it->second.admitted <= 0)
                m_keys.erase(it);
        }
    }
    if (connected)
        m_connected.fetch_sub(1);
}

int WorkerPool::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_waiting;
}

int WorkerPool::running() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

qint64 WorkerPool::memoryHeld() const
{
    std::lock_guard lock(m_mutex);
    return m_memory;
}

int WorkerPool::retryAfterSeconds() const
{
    std::lock_guard lock(m_mutex);
    const double seconds = (m_waiting + m_running) * m_jobMsAverage / m_limits.workers / 1000.0;
    return static_cast<int>(qBound(1.0, std::ceil(seconds), 30.0));
}

} // namespace rc::hq
