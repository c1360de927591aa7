#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

namespace rc {

class Database;

// Copies the store's write-ahead log back into the store on a thread of its own, so that the
// thread that saves (the counter's) never does. SQLite otherwise checkpoints inside the commit
// that fills the log past 1000 pages: every few dozen intakes one save copies those pages and
// fsyncs the store (10–20 ms on a 1 M-ticket store, the saves' 95th percentile). Here a
// PASSIVE checkpoint runs every interval on its own connection; it never blocks the writer.
// The writer's own automatic checkpoint stays as a safety net at a higher threshold
// (Database::setAutoCheckpoint), for when this thread is not running.
class Checkpointer : public QObject
{
    Q_OBJECT

public:
    // The writer's own automatic checkpoint while a Checkpointer runs: only if this thread
    // falls far behind (about 40 MB of log).
    static constexpr int kWriterAutoCheckpointPages = 10000;

    explicit Checkpointer(QString databasePath, QObject *parent = nullptr);
    ~Checkpointer() override;

    // Before start(); tests shorten it.
    void setInterval(int milliseconds) { m_intervalMs = milliseconds; }
    void start();
    void stop();
    // Checkpoints that copied something, for tests and benchmarks.
    int checkpoints() const { return m_checkpoints.load(); }

private:
    void checkpoint(); // on m_thread

    QString m_path;
    int m_intervalMs = 200;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread, parent of the timer
    QTimer *m_timer = nullptr;
    std::unique_ptr<Database> m_db; // opened, used and closed on m_thread only
    std::atomic<int> m_checkpoints {0};
};

} // namespace rc
