#pragma once

#include "sync/syncstate.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QToolButton;

namespace rc::ui {

// The status bar's sync indicator: pending and quarantined counts, when the last push went
// through, when the other stations' records were last pulled and how far behind HQ the
// station is, and the last error as a tooltip. Clicking it asks for the sync page.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    QString text() const;

public slots:
    void setState(const rc::sync::SyncState &state);
    void setPulled(const QDateTime &at, qint64 behind);

signals:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QToolButton *m_button = nullptr;
    sync::SyncState m_state;
    QDateTime m_lastPull;
    qint64 m_behind = 0;
};

} // namespace rc::ui
