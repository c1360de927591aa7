#pragma once

#include "sync/wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>

namespace rc::hq {

// HQ's database: tokens, the newest snapshot of every record per center, the events, and
// the batches seen. SQLite (`sqlite:PATH`) or PostgreSQL (`postgres://…`) through Qt Sql,
// with the same SQL on both (INSERT … ON CONFLICT … RETURNING).
class HqStore
{
    Q_DECLARE_TR_FUNCTIONS(HqStore)

public:
    static Result<std::unique_ptr<HqStore>> open(const QString &spec);
    ~HqStore();
    HqStore(const HqStore &) = delete;
    HqStore &operator=(const HqStore &) = delete;

    bool isPostgres() const { return m_postgres; }

    // Creates a new random token for center and stores only its SHA-256.
    Result<QString> addToken(const QString &center);
    // The center a token belongs to; an empty string when the token is unknown or revoked.
    // A serving HQ remembers an answer for kTokenCacheMs, so a revocation made by another
    // process takes effect within that time.
    Result<QString> centerForToken(const QString &token);
    static constexpr qint64 kTokenCacheMs = 2000;

    struct TokenInfo
    {
        QString id; // the first 12 hex digits of the token's SHA-256
        QString center;
        QString createdAt;
        QString revokedAt; // empty while the token is valid
    };
    Result<QList<TokenInfo>> tokens();
    // Revokes the token given whole (rc_…) or by its id (at least 8 hex digits of the id
    // that `tokens()` shows). NOT_FOUND when nothing matches, AMBIGUOUS when an id prefix
    // matches several, ALREADY_REVOKED when it was revoked before.
    Result<TokenInfo> revokeToken(const QString &tokenOrId);

    // Applies every valid record of the batch for center in one transaction and commits
    // before returning. Snapshots replace the stored one only when their version is newer;
    // events are inserted once by (center, entity, id).
    Result<sync::BatchResult> applyBatch(const QString &center, const sync::IncomingBatch &batch);

    Result<QJsonObject> stats();
    Status ping();

private:
    HqStore(QString connectionName, bool postgres);
    Status createSchema();
    Status begin();
    Status exec(const QString &sql);
    QSqlDatabase db() const;

    QString m_connectionName;
    bool m_postgres = false;
    struct CachedToken
    {
        QString center;
        QElapsedTimer age;
    };
    QHash<QByteArray, CachedToken> m_tokenCache; // token hash → center
};

// Splits "sqlite:PATH" / "postgres://user:pass@host:port/db?host=/socket/dir".
struct DatabaseSpec
{
    bool postgres = false;
    QString path; // sqlite
    QString host, user, password, database;
    int port = 5432;
};
Result<DatabaseSpec> parseDatabaseSpec(const QString &spec);

} // namespace rc::hq
