#pragma once

#include "common/result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAbstractButton;
class QLabel;
class QPushButton;

namespace rc::workflow {
struct Workflows;
}

namespace rc::ui {

// A save that meets a busy store: another program (an upgrade, a seed) holds the store's
// write lock and the save fails with DB_BUSY. A screen's saves go through here (intake,
// diagnosis, quote answer, repair, pickup, remedy). Each attempt waits only kAttemptWaitMs
// for the lock (the store's busy timeout is lowered around it), and a busy attempt is tried
// again from a timer every kRetryEveryMs, so the window keeps painting and taking input
// meanwhile. While a retry is pending the message label says "the store is busy … retrying"
// with the seconds waited, the save buttons are disabled and a Cancel button shows; nothing
// the user typed is touched. What is saved is the form as it was when Save was pressed. The
// retries end when the save lands, when it fails otherwise, when the patience (2 minutes by
// default; the screen's dynamic property storeBusyPatienceMs shortens it) runs out (the last
// DB_BUSY is the result: the screen says it and keeps the form), or at Cancel.
class BusyStoreRetry : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAttemptWaitMs = 150;
    static constexpr int kRetryEveryMs = 400;
    static constexpr int kDefaultPatienceMs = 120000;

    // label: where the screen shows its save messages; the Cancel button is made here, a
    // child of `parent`, for the screen to place (cancelButton()).
    BusyStoreRetry(workflow::Workflows &workflows, QLabel *label, QWidget *parent);

    // Disabled while a retry is pending, enabled again after (the screen then sets them as
    // its own rules say).
    void setButtons(const QList<QAbstractButton *> &buttons) { m_buttons = buttons; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool pending() const { return m_timer.isActive(); }
    // The retries of the last save (0: it went through, or failed, at the first attempt).
    int retries() const { return m_retries; }

    // Tries `attempt` now. Done at once (saved, or failed for another reason than a busy
    // store): calls finish(result) and returns what it returns. Busy: returns false and calls
    // finish(result) later, once, from the event loop (not at all after Cancel).
    template<typename T>
    bool run(std::function<Result<T>()> attempt, std::function<bool(const Result<T> &)> finish)
    {
        auto holder = std::make_shared<std::optional<Result<T>>>();
        return start(
            [attempt, holder]() {
                *holder = attempt();
                return !holder->value() && holder->value().error().code == QLatin1String("DB_BUSY");
            },
            [finish, holder]() { return finish(holder->value()); });
    }

public slots:
    // Stops the retries; the form stays as typed and nothing is saved.
    void cancel();

signals:
    void pendingChanged(bool pending);

private:
    // tryOnce: one attempt, true when the store was busy; deliver: hands the last result to
    // the screen.
    bool start(std::function<bool()> tryOnce, std::function<bool()> deliver);
    bool attemptOnce();
    void retryingMessage();
    void retry();
    void finishWaiting();
    int patienceMs() const;

    workflow::Workflows &m_workflows;
    QPointer<QLabel> m_label;
    QPushButton *m_cancel = nullptr;
    QList<QAbstractButton *> m_buttons;
    QTimer m_timer;
    QElapsedTimer m_waited;
    int m_retries = 0;
    std::function<bool()> m_tryOnce;
    std::function<bool()> m_deliver;
};

} // namespace rc::ui
