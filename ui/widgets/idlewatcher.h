#pragma once

#include <QObject>
#include <QTimer>

namespace rc::ui {

// Watches the application for user input (keys, mouse, wheel, touch) and emits idle()
// after the configured minutes without any. Installed as an application event filter by
// the main window; the timeout comes from the store's settings (ui.lock_minutes).
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    // 0 turns locking off.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
};

} // namespace rc::ui
