#pragma once

#include "hqstore.h"
#include "pgconnection.h"

#include <QElapsedTimer>

namespace rc::hq {

// A session on PostgreSQL through libpq: prepared statements, a batch as array parameters
// of one call (hq_apply_batch, see pgschema.cpp), re-connection with backoff.
class PgSession final : public StoreSession
{
public:
    PgSession(DatabaseSpec spec, StoreOptions options);

    bool isPostgres() const override { return true; }
    Status connect() override;
    bool isConnected() const override { return m_connection.isOpen(); }
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

private:
    Result<pg::ResultPtr> prepared(const QByteArray &name, const QByteArray &sql,
                                   const pg::Params &params);
    Status inTransaction(const std::function<Status()> &work);

    DatabaseSpec m_spec;
    StoreOptions m_options;
    pg::Connection m_connection;
    QElapsedTimer m_sinceFailure;
    qint64 m_backoffMs = 0;
};

} // namespace rc::hq
