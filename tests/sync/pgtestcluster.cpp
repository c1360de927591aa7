#include "pgtestcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc::synctest {

std::unique_ptr<PgTestCluster> PgTestCluster::create(QString *error, bool fsync, int maxConnections)
{
    std::unique_ptr<PgTestCluster> cluster(new PgTestCluster);
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    if (versions.isEmpty()) {
        *error = QStringLiteral("PostgreSQL is not installed");
        return nullptr;
    }
    cluster->m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
    if (!QFile::exists(cluster->m_bin + QStringLiteral("/initdb"))) {
        *error = QStringLiteral("no initdb in %1").arg(cluster->m_bin);
        return nullptr;
    }
    cluster->m_fsync = fsync;
    cluster->m_maxConnections = maxConnections;
    cluster->m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(20000));
    if (geteuid() == 0) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("running as root and there is no postgres user");
            return nullptr;
        }
        cluster->m_asPostgres = true;
        if (::chown(QFile::encodeName(cluster->m_dir.path()).constData(), postgres->pw_uid,
                    postgres->pw_gid)
            != 0) {
            *error = QStringLiteral("cannot give %1 to postgres").arg(cluster->m_dir.path());
            return nullptr;
        }
    }
    if (!cluster->run(cluster->m_bin + QStringLiteral("/initdb"),
                      {QStringLiteral("-D"), cluster->m_dir.filePath(QStringLiteral("data")),
                       QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                       QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8")},
                      error))
        return nullptr;
    if (!cluster->start(error))
        return nullptr;
    return cluster;
}

PgTestCluster::~PgTestCluster()
{
    if (m_running)
        stop();
}

bool PgTestCluster::run(const QString &program, const QStringList &arguments, QString *error,
                        int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgres)
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"),
                                   QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2")
                         .arg(program, QString::fromLocal8Bit(process.readAll()).right(500));
        return false;
    }
    return true;
}

bool PgTestCluster::start(QString *error)
{
    const QString options
        = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=%3 -c max_connections=%4")
              .arg(m_dir.path())
              .arg(m_port)
              .arg(m_fsync ? QStringLiteral("on") : QStringLiteral("off"))
              .arg(m_maxConnections);
    m_running = run(m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                     QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                     QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")},
                    error);
    return m_running;
}

bool PgTestCluster::stop(const QString &mode)
{
    const bool stopped
        = run(m_bin + QStringLiteral("/pg_ctl"),
              {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
               mode, QStringLiteral("-w"), QStringLiteral("stop")},
              nullptr);
    m_running = m_running && !stopped;
    return stopped;
}

QString PgTestCluster::url(const QString &database) const
{
    return QStringLiteral("postgres://postgres@/%1?host=%2&port=%3")
        .arg(database, m_dir.path())
        .arg(m_port);
}

} // namespace rc::synctest
