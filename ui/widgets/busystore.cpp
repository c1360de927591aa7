#include "busystore.h"

#include "workflow/workflows.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>

namespace rc::ui {

BusyStoreRetry::BusyStoreRetry(workflow::Workflows &workflows, QLabel *label, QWidget *parent)
    : QObject(parent)
    , m_workflows(workflows)
    , m_label(label)
{
    setObjectName(QStringLiteral("busyStoreRetry"));
    m_cancel = new QPushButton(tr("Stop waiting"), parent);
    m_cancel->setObjectName(QStringLiteral("busyStoreCancelButton"));
    m_cancel->setToolTip(tr("Stop retrying the save; what you typed stays in the form."));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &BusyStoreRetry::cancel);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRetryEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &BusyStoreRetry::retry);
}

int BusyStoreRetry::patienceMs() const
{
    const QVariant patience = parent() ? parent()->property("storeBusyPatienceMs") : QVariant();
    return patience.isValid() ? patience.toInt() : kDefaultPatienceMs;
}

bool BusyStoreRetry::attemptOnce()
{
    // A short wait for the lock, so one attempt never holds up the window for long; the
    // connection's own wait is put back for everything else.
    const int usual = m_workflows.lockWaitMs();
    const bool shortened = m_workflows.setLockWaitMs(kAttemptWaitMs).ok();
    const bool busy = m_tryOnce();
    if (shortened)
        static_cast<void>(m_workflows.setLockWaitMs(usual)); // as it was: nothing to undo
    return busy;
}

bool BusyStoreRetry::start(std::function<bool()> tryOnce, std::function<bool()> deliver)
{
    if (pending())
        return false; // one save at a time: the buttons are disabled meanwhile anyway
    m_tryOnce = std::move(tryOnce);
    m_deliver = std::move(deliver);
    m_retries = 0;
    m_waited.start();
    if (m_label)
        m_label->setProperty("busyRetries", 0);
    if (!attemptOnce() || patienceMs() <= 0) {
        auto deliverNow = std::move(m_deliver);
        m_tryOnce = {};
        return deliverNow();
    }
    for (QAbstractButton *button : std::as_const(m_buttons))
        button->setEnabled(false);
    m_cancel->show();
    m_timer.start();
    emit pendingChanged(true);
    retryingMessage();
    return false;
}

void BusyStoreRetry::retryingMessage()
{
    if (!m_label)
        return;
    // Escaped: the label may show rich text (the screens colour their messages).
    m_label->setText(tr("The store is busy (an upgrade or a seed is running); retrying… (%1 s) "
                        "— what you typed is kept.")
                         .arg(m_waited.elapsed() / 1000)
                         .toHtmlEscaped());
    m_label->setProperty("busyRetries", m_retries);
}

void BusyStoreRetry::retry()
{
    ++m_retries;
    const bool busy = attemptOnce();
    if (busy && m_waited.elapsed() < patienceMs()) {
        retryingMessage();
        m_timer.start();
        return;
    }
    finishWaiting();
    auto deliver = std::move(m_deliver);
    m_tryOnce = {};
    m_deliver = {};
    if (deliver)
        deliver();
}

void BusyStoreRetry::finishWaiting()
{
    m_timer.stop();
    m_cancel->hide();
    for (QAbstractButton *button : std::as_const(m_buttons))
        button->setEnabled(true);
    if (m_label)
        m_label->setProperty("busyRetries", m_retries);
    emit pendingChanged(false);
}

void BusyStoreRetry::cancel()
{
    if (!pending())
        return;
    finishWaiting();
    m_tryOnce = {};
    m_deliver = {};
    if (m_label)
        m_label->setText(
            tr("Not saved: you stopped waiting for the busy store. What you typed is still "
               "here; save again when the other program is done.")
                .toHtmlEscaped());
}

} // namespace rc::ui
