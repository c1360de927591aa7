#include "feedwaiters.h"

#include <ctime>
#include <vector>

namespace rc::hq {

FeedWaiters::FeedWaiters(int maxWaiting, int maxPerCenter)
    : m_maxWaiting(maxWaiting)
    , m_maxPerCenter(maxPerCenter)
    , m_timer([this] { run(); })
{
}

FeedWaiters::~FeedWaiters()
{
    stop();
}

qint64 FeedWaiters::nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

quint64 FeedWaiters::generation(const QString &center) const
{
    std::lock_guard lock(m_mutex);
    return m_generations.value(center, 0);
}

FeedWaiters::Park FeedWaiters::park(const QString &center, quint64 seen, qint64 deadlineMs,
                                    Resume resume)
{
    std::lock_guard lock(m_mutex);
    if (m_generations.value(center, 0) != seen)
        return Park::Changed;
    if (m_stopping || static_cast<int>(m_waiters.size()) >= m_maxWaiting
        || m_perCenter.value(center, 0) >= m_maxPerCenter)
        return Park::Full;
    m_waiters.push_back({center, deadlineMs, std::move(resume)});
    ++m_perCenter[center];
    m_changed.notify_one();
    return Park::Parked;
}

void FeedWaiters::notify(const QString &center)
{
    std::vector<Resume> woken;
    {
        std::lock_guard lock(m_mutex);
        ++m_generations[center];
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (it->center == center) {
                woken.push_back(std::move(it->resume));
                it = m_waiters.erase(it);
            } else {
                ++it;
            }
        }
        if (!woken.empty())
            m_perCenter.remove(center);
    }
    for (const Resume &resume : woken)
        resume(true);
}

void FeedWaiters::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_changed.notify_all();
    m_timer.join();
}

int FeedWaiters::waiting() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_waiters.size());
}

void FeedWaiters::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const qint64 now = nowMs();
        std::vector<Resume> due;
        qint64 next = -1;
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (m_stopping || it->deadlineMs <= now) {
                if (--m_perCenter[it->center] <= 0)
                    m_perCenter.remove(it->center);
                due.push_back(std::move(it->resume));
                it = m_waiters.erase(it);
            } else {
                next = next < 0 ? it->deadlineMs : qMin(next, it->deadlineMs);
                ++it;
            }
        }
        if (!due.empty()) {
            lock.unlock();
            for (const Resume &resume : due)
                resume(false);
            lock.lock();
            continue;
        }
        if (m_stopping)
            return;
        if (next < 0)
            m_changed.wait(lock);
        else
            m_changed.wait_for(lock, std::chrono::milliseconds(next - now));
    }
}

} // namespace rc::hq
