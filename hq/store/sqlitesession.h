#pragma once

#include "hqstore.h"

#include <QHash>

#include <memory>
#include <mutex>

struct sqlite3;
struct sqlite3_stmt;

namespace rc::hq {

// A session on a SQLite file (sqlite3 C API), for small chains and tests. The schema has
// the same tables and keys as on PostgreSQL, without partitions. SQLite has one writer at
// a time: sessions of one process take turns on an in-process lock (no busy-wait), other
// processes on the file's lock (busy_timeout).
class SqliteSession final : public StoreSession
{
public:
    SqliteSession(DatabaseSpec spec, StoreOptions options);
    ~SqliteSession() override;

    bool isPostgres() const override { return false; }
    Status connect() override;
    bool isConnected() const override { return m_db != nullptr; }
    Status migrate(const StoreOptions &options) override;
    Result<int> schemaVersion() override;
    Result<ApplyOutcome> applyBatch(const QString &center, const BatchInput &batch) override;
    Result<HqStats> centerStats(const QString &center) override;
    Result<HqStats> chainStats() override;
    Result<std::vector<TokenChange>> tokenChanges(qint64 afterSeq, int limit) override;
    Result<QStringList> addTokens(const QStringList &centers) override;
    Result<QString> addStationToken(const QString &center, const QString &station) override;
    Result<QList<TokenInfo>> tokens() override;
    Result<TokenInfo> revokeToken(const QString &tokenOrId) override;
    Result<QByteArray> chainState(const QString &center) override;
    Status saveChainState(const QString &center, qint64 generation,
                          const QByteArray &state) override;
    Result<std::vector<DeviceTicketRow>> deviceTickets(const QString &imei, int limit) override;
    Result<std::vector<DeviceExchangeRow>> deviceExchanges(const QString &imei, int limit) override;
    Result<FeedRows> changes(const QString &center, qint64 afterSeq, const QString &excludeStation,
                             int limit) override;
    Result<QString> hubValue(const QString &name) override;
    Status setHubValue(const QString &name, const QString &value) override;
    Status ping() override;
    Result<qint64> pruneBatches(qint64 retentionSeconds, int limit) override;

    static int latestSchemaVersion();

private:
    class Query;
    sqlite3_stmt *statement(const char *sql);
    Status exec(const char *sql);
    Status exec(const QByteArray &sql) { return exec(sql.constData()); }
    Error failure(const QString &what) const;
    Status write(const std::function<Status()> &work);
    Status step1();
    bool hasTable(const char *name);
    bool hasColumn(const char *table, const char *column);

    DatabaseSpec m_spec;
    StoreOptions m_options;
    sqlite3 *m_db = nullptr;
    QHash<const char *, sqlite3_stmt *> m_statements;
    std::shared_ptr<std::mutex> m_writeLock;
};

} // namespace rc::hq
