#pragma once

#include "sync/syncstate.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <memory>

namespace rc {
class Database;
}

// Helpers for the sync tests: a real repair-hq process on loopback over a fresh SQLite
// file or a fresh PostgreSQL database, the outbox table of docs/architecture.md filled by hand,
// and a check that HQ holds exactly the newest local versions.
namespace rc::synctest {

enum class Backend { Sqlite, Postgres };

// The env var that names a PostgreSQL cluster for the tests (.ci/run sets it), e.g.
// postgres://postgres@/postgres?host=/tmp/rc-pg.X&port=54329
inline constexpr const char *kPgUrlVariable = "RC_TEST_PG_URL";

// A throwaway HQ database: a file in a temporary folder, or a database created in the
// cluster (and dropped again).
class HqDatabase
{
public:
    static std::unique_ptr<HqDatabase> create(Backend backend, const QString &folder,
                                              QString *error);
    ~HqDatabase();
    QString spec() const { return m_spec; }
    // A connection for inspecting what HQ stored.
    QSqlDatabase connection();

private:
    QString m_spec;
    QString m_dropName; // postgres: database to drop
    QString m_adminUrl;
    QString m_connectionName;
};

class HqProcess
{
public:
    explicit HqProcess(QString spec);
    ~HqProcess();

    QString addToken(const QString &center);
    // One token per center, in order (one repair-hq run); empty on failure.
    QStringList addTokens(const QStringList &centers);
    // Starts serving on port (0: any) with the given REPAIR_HQ_FAULTS; returns false on
    // failure.
    bool start(quint16 port = 0, const QString &faults = {});
    void stop();
    // Extra environment for the next start().
    void setEnvironment(const QString &name, const QString &value)
    {
        m_extraEnv.insert(name, value);
    }
    // Extra command-line arguments for the next start() (settings such as -o name=value).
    void setArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl url() const;
    // Everything it wrote to standard error (its log) since the first start().
    QByteArray stderrText();

private:
    QString m_spec;
    QProcess m_process;
    QProcessEnvironment m_extraEnv;
    QStringList m_extraArguments;
    QString m_logPath;
    quint16 m_port = 0;
};

// What the counter's outbox held, newest version per snapshot, for the final check.
struct Expected
{
    QHash<QString, qint64> snapshots; // entity/id → newest version
    QHash<QString, bool> events; // entity/id
};

// Creates the outbox table (the contract) if the store does not have it yet, and gives the
// store the center code DEMO (ensureCenterCode) unless it has one.
void ensureOutbox(Database &database);
// Sets the store's center code (the center.code setting) unless one is set: the engine refuses
// to sync a store without one.
void ensureCenterCode(Database &database, const QString &center = QStringLiteral("DEMO"));
// Inserts an outbox row; payload carries id, version, center and a note.
void addSnapshot(Database &database, Expected &expected, const QString &entity, const QString &id,
                 qint64 version, const QString &center = QStringLiteral("DEMO"));
void addEvent(Database &database, Expected &expected, const QString &entity, const QString &id,
              const QString &center = QStringLiteral("DEMO"));
// A mix of tickets with several versions, customers and events.
void fillOutbox(Database &database, Expected &expected, int entities, int versionsEach = 3);
qint64 outboxCount(Database &database, const QString &where = QStringLiteral("1 = 1"));
// `records` outbox rows of a set-up store of center SZ01, station 01, in groups of four: a
// customer, a device, a ticket and its "created" event, as the repositories write them.
bool fillTicketBacklog(Database &db, int records);

// Empty string when HQ (for center) equals expected exactly, else what differs.
QString compareHq(QSqlDatabase hq, const Expected &expected,
                  const QString &center = QStringLiteral("DEMO"));

// Sends records (sync::encodeRecord) to HQ as one protocol 2 batch of center from station
// "01" with token; HQ's HTTP status (0: no answer within 20 s).
int postRecords(const QUrl &hq, const QString &center, const QString &token,
                const QList<QByteArray> &records);

// A snapshot at version 1 from origin, encoded for postRecords.
QByteArray snapshotRecord(const QString &entity, const QString &id, const QJsonObject &payload,
                          const QString &origin);

// Settings for a station syncing with the HQ at url with token; its own timer waits an hour,
// so a test drives it.
sync::SyncSettings stationSettings(const QUrl &url, const QString &token);

// `repair-hq --db SPEC token add CENTER --station STATION`: the token, empty on failure.
QString addStationToken(const QString &spec, const QString &center, const QString &station);

// `repairctl --db STORE sync run --hq HQ --once` signed in as user (the token in
// RC_HQ_TOKEN): its `sync status` JSON, empty on failure.
QJsonObject syncRunOnce(const QString &storePath, const QString &user, const QString &pin,
                        const QUrl &hq, const QString &token);

QString repairHqPath();
QString repairHqFaultsPath(); // the test build, which can stage REPAIR_HQ_FAULTS
QString repairctlPath();

} // namespace rc::synctest
