#pragma once

#include "common/clock.h"

#include <QObject>
#include <QThread>

#include <memory>

class QTimer;

namespace rc {

class Database;

// The daily backup while the app stays open for days. On a thread of its own, with its own
// store connection, it checks now and then (every 10 minutes by default) whether today's
// backup exists and makes it if not (Backup::ensureDaily: VACUUM INTO a temporary file,
// checked, fsynced, renamed; then backups older than backup.keep_days are deleted). A
// backup reads one snapshot of the store (WAL), so the counter keeps writing meanwhile.
// Signals arrive on the thread that made the object.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    DailyBackup(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~DailyBackup() override;

    // Before start(); tests shorten it.
    void setCheckInterval(int milliseconds) { m_intervalMs = milliseconds; }

public slots:
    // Checks right away, then every interval.
    void start();
    void stop();

signals:
    void backupMade(const QString &path);
    // The check or the backup failed; it is tried again at the next check.
    void failed(const QString &message);

private:
    void check(); // on m_thread

    QString m_path;
    const Clock &m_clock;
    int m_intervalMs = 10 * 60 * 1000;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread, parent of the timer
    QTimer *m_timer = nullptr;
    std::unique_ptr<Database> m_db; // opened, used and closed on m_thread only
};

} // namespace rc
