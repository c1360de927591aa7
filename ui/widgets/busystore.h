#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QThread>

#include <functional>

namespace rc::ui {

// A save that meets a busy store: another program (an upgrade, a seed) holds the store's write
// lock longer than the connection's busy timeout (5 s) and the save fails with DB_BUSY. The
// screens' saves go through here: the attempt is repeated for up to `patienceMs`, the label
// saying "the store is busy … retrying" meanwhile (painted at once: the save blocks), and
// nothing the user typed is touched. A last DB_BUSY (or any other error) is returned as it is.
// The label's property "busyRetries" counts the retries of the last save.
template<typename T>
Result<T> whileStoreBusy(QLabel *label, const std::function<Result<T>()> &attempt,
                         int patienceMs = 120000)
{
    QElapsedTimer waited;
    waited.start();
    int retries = 0;
    label->setProperty("busyRetries", 0);
    for (;;) {
        Result<T> result = attempt();
        if (result || result.error().code != QLatin1String("DB_BUSY")
            || waited.elapsed() >= patienceMs)
            return result;
        ++retries;
        label->setProperty("busyRetries", retries);
        // Escaped: the label may show rich text (the screens colour their messages).
        label->setText(QCoreApplication::translate(
                           "rc::ui::BusyStore",
                           "The store is busy (another program is writing: an upgrade, a "
                           "seed); retrying… (%1 s)")
                           .arg(waited.elapsed() / 1000)
                           .toHtmlEscaped());
        label->repaint();
        QThread::msleep(200);
    }
}

} // namespace rc::ui
