#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QThread>

namespace rc::sync {

// Runs a SyncEngine on a thread of its own, with its own store connection, for the GUI:
// the counter never waits on the network. Calls are queued to the worker; its signals
// arrive on the caller's thread.
class SyncService : public QObject
{
    Q_OBJECT

public:
    SyncService(const QString &databasePath, const SyncSettings &settings, const Clock &clock,
                SyncTuning tuning = {}, QObject *parent = nullptr);
    ~SyncService() override;

    SyncState state() const { return m_state; }
    // Whether a change of these settings keys concerns the running sync.
    static bool concernsSync(const QStringList &keys);

public slots:
    void start();
    void stop();
    void syncNow();
    void setSettings(const rc::sync::SyncSettings &settings);
    // The engine reads its settings again from the store (after a Settings screen saved any
    // sync.* key).
    void reloadSettings();
    void retryQuarantined(qint64 seq = 0);

signals:
    void stateChanged(const rc::sync::SyncState &state);
    void drained();
    void authFailed(const QString &message);
    void fatalError(const QString &message);

private:
    QThread m_thread;
    SyncEngine *m_engine = nullptr; // lives on m_thread
    SyncState m_state;
};

} // namespace rc::sync
