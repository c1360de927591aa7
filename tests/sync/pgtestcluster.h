#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A PostgreSQL cluster of the test's own (initdb, pg_ctl), for tests that must kill and
// restart the database under a running repair-hq without disturbing the shared cluster of
// RC_TEST_PG_URL. Listens on a Unix socket in its own folder only; runs as the postgres
// user when the test runs as root (PostgreSQL refuses root).
namespace rc::synctest {

class PgTestCluster
{
public:
    // nullptr (and why) when PostgreSQL's programs are not installed or initdb fails.
    static std::unique_ptr<PgTestCluster> create(QString *error, bool fsync = false,
                                                 int maxConnections = 100);
    ~PgTestCluster();

    bool start(QString *error);
    // mode: "immediate" is a crash (recovery on the next start), "fast" a clean stop.
    bool stop(const QString &mode = QStringLiteral("immediate"));
    // postgres://postgres@/postgres?host=DIR&port=PORT
    QString url(const QString &database = QStringLiteral("postgres")) const;
    QString directory() const { return m_dir.path(); }

private:
    PgTestCluster() = default;
    bool run(const QString &program, const QStringList &arguments, QString *error,
             int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_fsync = false;
    int m_maxConnections = 100;
    bool m_running = false;
};

} // namespace rc::synctest
