#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace rc::ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_timer.isActive())
        start();
}

void IdleWatcher::start()
{
    if (m_timeoutMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_timeoutMs);
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rc::ui
