#include "dailybackup.h"

#include "backup.h"
#include "database.h"

#include <QMetaObject>
#include <QTimer>

namespace rc {

DailyBackup::DailyBackup(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("rc-backup"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DailyBackup::~DailyBackup()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void DailyBackup::start()
{
    const int interval = m_intervalMs;
    QMetaObject::invokeMethod(
        m_context,
        [this, interval] {
            if (!m_timer) {
                m_timer = new QTimer(m_context);
                connect(m_timer, &QTimer::timeout, m_context, [this] { check(); });
            }
            m_timer->start(interval);
            check();
        },
        Qt::QueuedConnection);
}

void DailyBackup::stop()
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

void DailyBackup::check()
{
    // Signals are emitted on the thread that owns this object, as the header promises.
    const auto report = [this](bool ok, const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [this, ok, text] {
                if (ok)
                    emit backupMade(text);
                else
                    emit failed(text);
            },
            Qt::QueuedConnection);
    };
    if (!m_db) {
        Database::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        auto opened = Database::open(m_path, options);
        if (!opened) {
            report(false, opened.error().message);
            return;
        }
        m_db = std::move(opened).value();
    }
    auto made = Backup::ensureDaily(*m_db, m_clock);
    if (!made) {
        report(false, made.error().message);
        return;
    }
    if (!made->isEmpty())
        report(true, *made);
}

} // namespace rc
