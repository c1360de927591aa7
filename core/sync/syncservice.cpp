#include "syncservice.h"

#include <QMetaObject>

#include <algorithm>

namespace rc::sync {

SyncService::SyncService(const QString &databasePath, const SyncSettings &settings,
                         const Clock &clock, SyncTuning tuning, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rc::sync::SyncState>();
    qRegisterMetaType<rc::sync::SyncSettings>();
    m_thread.setObjectName(QStringLiteral("rc-sync"));
    m_engine = new SyncEngine(databasePath, settings, clock, tuning);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::stateChanged, this, [this](const SyncState &state) {
        m_state = state;
        emit stateChanged(state);
    });
    connect(m_engine, &SyncEngine::drained, this, &SyncService::drained);
    connect(m_engine, &SyncEngine::authFailed, this, &SyncService::authFailed);
    connect(m_engine, &SyncEngine::fatalError, this, &SyncService::fatalError);
    m_puller = new SyncPuller(databasePath, settings, clock);
    m_puller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_puller, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::drained, m_puller, &SyncPuller::pullNow);
    connect(m_puller, &SyncPuller::pulled, this, &SyncService::pulled);
    connect(m_puller, &SyncPuller::authFailed, this, &SyncService::authFailed);
    connect(m_puller, &SyncPuller::fatalError, this, &SyncService::fatalError);
    m_thread.start();
}

SyncService::~SyncService()
{
    // The engine stops and is deleted on its own thread (QThread::finished), closing its
    // store connection there.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_puller, &SyncPuller::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_puller, &SyncPuller::start, Qt::QueuedConnection);
}

void SyncService::stop()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_puller, &SyncPuller::stop, Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncService::setSettings(const SyncSettings &settings)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, settings] { engine->setSettings(settings); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_puller, [puller = m_puller, settings] { puller->setSettings(settings); },
        Qt::QueuedConnection);
}

void SyncService::reloadSettings()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::reloadSettings, Qt::QueuedConnection);
}

bool SyncService::concernsSync(const QStringList &keys)
{
    return std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        return key.startsWith(QLatin1String("sync.")) || key == QLatin1String("center.code");
    });
}

void SyncService::retryQuarantined(qint64 seq)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, seq] { engine->retryQuarantined(seq); },
        Qt::QueuedConnection);
}

} // namespace rc::sync
