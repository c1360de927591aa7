#pragma once

#include "sync/syncstate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rc {
class Clock;
namespace sync {
class Outbox;
}
} // namespace rc

namespace rc::ui {

// The sync page: state (pending, quarantined, last success, last error), the quarantined
// records with their errors and a retry button, and the settings (HQ URL, token, interval).
// It reads the outbox and reads and writes the sync settings through the objects it is
// given (over the GUI thread's connection); the SyncService does the work and feeds
// setState().
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(sync::Outbox &outbox, sync::SyncStateStore &stateStore, const Clock &clock,
             QWidget *parent = nullptr);

public slots:
    void setState(const rc::sync::SyncState &state);
    // Rereads the quarantined rows and the settings from the store.
    void reload();

signals:
    void syncNowRequested();
    // seq 0: every quarantined row.
    void retryRequested(qint64 seq);
    void settingsSaved(const rc::sync::SyncSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retry();
    void saveSettings();

    sync::Outbox &m_outbox;
    sync::SyncStateStore &m_stateStore;
    const Clock &m_clock;
    QLabel *m_phase = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_quarantined = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_settingsStatus = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_retry = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_save = nullptr;
    QList<QLabel *> m_captions;
    sync::SyncState m_state;
};

} // namespace rc::ui
