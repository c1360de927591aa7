#pragma once

#include <QHash>
#include <QString>

#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace rc::hq {

// Change-feed requests waiting for a center's next batch (GET /v1/changes?wait=S), parked
// here rather than in a database worker: a waiting request holds no thread and no
// connection to the database. A batch's commit wakes its center's waiters; a waiter whose
// time is up is resumed by this class's own timer thread. The number waiting is bounded in
// all and per center; beyond that a request is answered at once.
class FeedWaiters
{
public:
    // woken: a batch of the center committed (false: the time ran out, or the server stops).
    using Resume = std::function<void(bool woken)>;
    enum class Park { Parked, Full, Changed };

    FeedWaiters(int maxWaiting, int maxPerCenter);
    ~FeedWaiters();
    FeedWaiters(const FeedWaiters &) = delete;
    FeedWaiters &operator=(const FeedWaiters &) = delete;

    // Counts the center's committed batches: read before the feed's query, passed to park(),
    // so a batch that commits in between is not slept through.
    quint64 generation(const QString &center) const;
    // Changed: a batch committed since generation seen (query again); Full: over a bound.
    Park park(const QString &center, quint64 seen, qint64 deadlineMs, Resume resume);
    // After a batch of center committed: its waiters resume, on the calling thread.
    void notify(const QString &center);
    // Resumes every waiter (woken false) and stops the timer thread.
    void stop();
    int waiting() const;

    static qint64 nowMs(); // steady clock

private:
    struct Waiter
    {
        QString center;
        qint64 deadlineMs = 0;
        Resume resume;
    };
    void run();

    const int m_maxWaiting;
    const int m_maxPerCenter;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::list<Waiter> m_waiters;
    QHash<QString, quint64> m_generations;
    QHash<QString, int> m_perCenter;
    bool m_stopping = false;
    std::thread m_timer;
};

} // namespace rc::hq
