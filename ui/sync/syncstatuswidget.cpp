#include "syncstatuswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace rc::ui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("syncStatusButton"));
    m_button->setAutoRaise(true);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncStatusWidget::clicked);
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_button->text();
}

void SyncStatusWidget::setState(const sync::SyncState &state)
{
    m_state = state;
    refresh();
}

void SyncStatusWidget::setPulled(const QDateTime &at, qint64 behind)
{
    m_lastPull = at;
    m_behind = behind;
    refresh();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::refresh()
{
    QString phase;
    switch (m_state.phase) {
    case sync::SyncPhase::Stopped:
        phase = tr("Sync off");
        break;
    case sync::SyncPhase::Idle:
        phase = tr("Synced");
        break;
    case sync::SyncPhase::Sending:
        phase = tr("Syncing");
        break;
    case sync::SyncPhase::Waiting:
        phase = tr("Sync retrying");
        break;
    case sync::SyncPhase::AuthFailed:
        phase = tr("Sync refused: check the token");
        break;
    case sync::SyncPhase::Refused:
        phase = tr("Sync refused: see the Sync page");
        break;
    }
    QStringList parts {phase};
    if (m_state.pending > 0)
        parts.append(tr("%n pending", nullptr, int(qMin<qint64>(m_state.pending, 1 << 30))));
    if (m_state.quarantined > 0)
        parts.append(tr("%n quarantined", nullptr, int(m_state.quarantined)));
    if (m_state.lastSuccess.isValid())
        parts.append(tr("last %1").arg(
            QLocale().toString(m_state.lastSuccess.toLocalTime().time(), QLocale::ShortFormat)));
    if (m_lastPull.isValid())
        parts.append(
            tr("pulled %1")
                .arg(QLocale().toString(m_lastPull.toLocalTime().time(), QLocale::ShortFormat)));
    if (m_behind > 0)
        parts.append(tr("%n behind", nullptr, int(qMin<qint64>(m_behind, 1 << 30))));
    m_button->setText(parts.join(QStringLiteral(" · ")));
    m_button->setToolTip(m_state.lastError.isEmpty() ? tr("No sync error")
                                                     : tr("Last error: %1").arg(m_state.lastError));
    const bool alarm = m_state.phase == sync::SyncPhase::AuthFailed
                       || m_state.phase == sync::SyncPhase::Refused || m_state.quarantined > 0;
    m_button->setStyleSheet(alarm ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QString());
}

} // namespace rc::ui
