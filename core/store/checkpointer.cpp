#include "checkpointer.h"

#include "database.h"

#include <QMetaObject>
#include <QSqlQuery>
#include <QTimer>

namespace rc {

Checkpointer::Checkpointer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("rc-checkpoint"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Checkpointer::~Checkpointer()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void Checkpointer::start()
{
    const int interval = m_intervalMs;
    QMetaObject::invokeMethod(
        m_context,
        [this, interval] {
            if (!m_timer) {
                m_timer = new QTimer(m_context);
                connect(m_timer, &QTimer::timeout, m_context, [this] { checkpoint(); });
            }
            m_timer->start(interval);
        },
        Qt::QueuedConnection);
}

void Checkpointer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_timer)
                m_timer->stop();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
}

void Checkpointer::checkpoint()
{
    if (!m_db) {
        Database::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        auto opened = Database::open(m_path, options);
        if (!opened)
            return; // tried again at the next tick; the writer's own checkpoint still works
        m_db = std::move(opened).value();
    }
    // PASSIVE: copies what no reader still needs, never waits for the writer. The result row
    // is (busy, frames in the log, frames copied).
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next()
        && q.value(2).toInt() > 0)
        ++m_checkpoints;
}

} // namespace rc
