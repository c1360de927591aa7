#include "hqstore.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace rc::hq {

using sync::IncomingBatch;
using sync::IncomingRecord;
using sync::RecordKind;
using sync::RecordResult;
using sync::RecordStatus;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rc-hq-%1").arg(counter.fetchAndAddRelaxed(1));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error queryError(const QSqlQuery &query, const QString &what)
{
    return {QStringLiteral("DB_ERROR"),
            QStringLiteral("%1 failed: %2").arg(what, query.lastError().text())};
}

} // namespace

Result<DatabaseSpec> parseDatabaseSpec(const QString &spec)
{
    DatabaseSpec out;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        out.path = spec.mid(7);
        if (out.path.isEmpty())
            return Error {QStringLiteral("BAD_DB"), HqStore::tr("sqlite: needs a path")};
        return out;
    }
    if (spec.startsWith(QLatin1String("postgres://"))
        || spec.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(spec);
        if (!url.isValid())
            return Error {QStringLiteral("BAD_DB"), HqStore::tr("%1 is not a valid URL").arg(spec)};
        out.postgres = true;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName();
        out.password = url.password();
        out.database = url.path().mid(1);
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host")))
            out.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("port")))
            out.port = query.queryItemValue(QStringLiteral("port")).toInt();
        if (out.database.isEmpty())
            return Error {QStringLiteral("BAD_DB"),
                          HqStore::tr("postgres:// needs a database name")};
        return out;
    }
    return Error {QStringLiteral("BAD_DB"),
                  HqStore::tr("--db must be sqlite:PATH or postgres://USER:PASS@HOST:PORT/DB")};
}

HqStore::HqStore(QString connectionName, bool postgres)
    : m_connectionName(std::move(connectionName))
    , m_postgres(postgres)
{
}

HqStore::~HqStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase HqStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<HqStore>> HqStore::open(const QString &specText)
{
    auto spec = parseDatabaseSpec(specText);
    if (!spec)
        return spec.error();
    std::unique_ptr<HqStore> store(new HqStore(nextConnectionName(), spec->postgres));
    QSqlDatabase database = QSqlDatabase::addDatabase(spec->postgres ? QStringLiteral("QPSQL")
                                                                     : QStringLiteral("QSQLITE"),
                                                      store->m_connectionName);
    if (!database.isValid())
        return Error {
            QStringLiteral("DB_DRIVER"),
            tr("The Qt SQL driver for %1 is not installed (Debian: %2)")
                .arg(spec->postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                     spec->postgres ? QStringLiteral("libqt6sql6-psql")
                                    : QStringLiteral("libqt6sql6-sqlite"))};
    if (spec->postgres) {
        database.setHostName(spec->host);
        database.setPort(spec->port);
        database.setUserName(spec->user);
        database.setPassword(spec->password);
        database.setDatabaseName(spec->database);
    } else {
        database.setDatabaseName(spec->path);
    }
    if (!database.open())
        return Error {QStringLiteral("DB_OPEN"),
                      tr("Cannot open HQ's database: %1").arg(database.lastError().text())};
    if (spec->postgres) {
        if (Status status = store->exec(QStringLiteral("SET client_min_messages = warning"));
            !status)
            return status.error();
    } else {
        for (const char *pragma :
             {"PRAGMA busy_timeout=10000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
            if (Status status = store->exec(QString::fromLatin1(pragma)); !status)
                return status.error();
        }
    }
    if (Status status = store->createSchema(); !status)
        return status.error();
    return store;
}

Status HqStore::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return queryError(query, sql.left(60));
    return {};
}

Status HqStore::begin()
{
    // SQLite: take the write lock up front, so two HQ processes on one file serialize
    // instead of failing at COMMIT.
    return exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

Status HqStore::createSchema()
{
    const QStringList statements {
        QStringLiteral("CREATE TABLE IF NOT EXISTS centers ("
                       " code TEXT PRIMARY KEY NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tokens ("
                       " token_sha256 TEXT PRIMARY KEY NOT NULL,"
                       " center TEXT NOT NULL REFERENCES centers(code),"
                       " created_at TEXT NOT NULL,"
                       " revoked_at TEXT)"),
        // The newest snapshot of each record; the key leads with the center, which is
        // also the partitioning / distribution key when HQ outgrows one machine.
        QStringLiteral("CREATE TABLE IF NOT EXISTS records ("
                       " center TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " version BIGINT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " batch_id TEXT NOT NULL,"
                       " received_at TEXT NOT NULL,"
                       " PRIMARY KEY (center, entity, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                       " center TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " batch_id TEXT NOT NULL,"
                       " received_at TEXT NOT NULL,"
                       " PRIMARY KEY (center, entity, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS batches ("
                       " center TEXT NOT NULL,"
                       " batch_id TEXT NOT NULL,"
                       " records INTEGER NOT NULL,"
                       " sent_at TEXT NOT NULL,"
                       " received_at TEXT NOT NULL,"
                       " PRIMARY KEY (center, batch_id))"),
    };
    if (Status status = begin(); !status)
        return status;
    for (const QString &statement : statements) {
        if (Status status = exec(statement); !status) {
            QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
            return status;
        }
    }
    if (Status status = exec(QStringLiteral("COMMIT")); !status)
        return status;
    // HQ databases made before tokens could be revoked lack the column. The probe runs
    // outside a transaction: on PostgreSQL a failed statement would abort the transaction.
    if (!QSqlQuery(db()).exec(QStringLiteral("SELECT revoked_at FROM tokens WHERE 1 = 0")))
        return exec(QStringLiteral("ALTER TABLE tokens ADD COLUMN revoked_at TEXT"));
    return {};
}

Status HqStore::ping()
{
    return exec(QStringLiteral("SELECT 1"));
}

Result<QString> HqStore::addToken(const QString &center)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codeRe.match(center).hasMatch())
        return Error {QStringLiteral("BAD_CENTER"),
                      tr("A center code is 1-32 letters, digits, - or _")};
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    const QString token = QStringLiteral("rc_")
                          + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding
                                                                | QByteArray::OmitTrailingEquals));
    if (Status status = begin(); !status)
        return status.error();
    QSqlQuery center_(db());
    center_.prepare(QStringLiteral("INSERT INTO centers (code, created_at) VALUES (?, ?) "
                                   "ON CONFLICT (code) DO NOTHING"));
    center_.addBindValue(center);
    center_.addBindValue(nowIso());
    QSqlQuery insert(db());
    insert.prepare(
        QStringLiteral("INSERT INTO tokens (token_sha256, center, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(QString::fromLatin1(tokenHash(token)));
    insert.addBindValue(center);
    insert.addBindValue(nowIso());
    if (!center_.exec() || !insert.exec()) {
        const Error error = queryError(center_.lastError().isValid() ? center_ : insert,
                                       QStringLiteral("adding the token"));
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    if (Status status = exec(QStringLiteral("COMMIT")); !status)
        return status.error();
    return token;
}

Result<QString> HqStore::centerForToken(const QString &token)
{
    const QByteArray hash = tokenHash(token);
    if (const auto it = m_tokenCache.constFind(hash);
        it != m_tokenCache.constEnd() && !it->age.hasExpired(kTokenCacheMs))
        return it->center;
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("SELECT center FROM tokens WHERE token_sha256 = ? AND revoked_at IS NULL"));
    query.addBindValue(QString::fromLatin1(hash));
    if (!query.exec())
        return queryError(query, QStringLiteral("looking up the token"));
    const QString center = query.next() ? query.value(0).toString() : QString();
    CachedToken cached {center, {}};
    cached.age.start();
    m_tokenCache.insert(hash, cached);
    return center;
}

Result<QList<HqStore::TokenInfo>> HqStore::tokens()
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT token_sha256, center, created_at, revoked_at "
                                   "FROM tokens ORDER BY center, created_at")))
        return queryError(query, QStringLiteral("listing the tokens"));
    QList<TokenInfo> list;
    while (query.next())
        list.append({query.value(0).toString().left(12), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString()});
    return list;
}

Result<HqStore::TokenInfo> HqStore::revokeToken(const QString &tokenOrId)
{
    static const QRegularExpression idRe(QStringLiteral("^[0-9a-f]{8,64}$"));
    const bool whole = tokenOrId.startsWith(QLatin1String("rc_"));
    if (!whole && !idRe.match(tokenOrId).hasMatch())
        return Error {QStringLiteral("BAD_TOKEN_ID"),
                      tr("Give the whole token (rc_…) or its id from `token list` "
                         "(at least 8 hex digits)")};
    const QString key = whole ? QString::fromLatin1(tokenHash(tokenOrId)) : tokenOrId;
    if (Status status = begin(); !status)
        return status.error();
    auto rollback = [this](Error error) {
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    QSqlQuery find(db());
    find.prepare(QStringLiteral("SELECT token_sha256, center, created_at, revoked_at FROM tokens "
                                "WHERE substr(token_sha256, 1, ?) = ?"));
    find.addBindValue(key.size());
    find.addBindValue(key);
    if (!find.exec())
        return rollback(queryError(find, QStringLiteral("finding the token")));
    QList<TokenInfo> found;
    QString hash;
    while (find.next()) {
        hash = find.value(0).toString();
        found.append({hash.left(12), find.value(1).toString(), find.value(2).toString(),
                      find.value(3).toString()});
    }
    if (found.isEmpty())
        return rollback({QStringLiteral("NOT_FOUND"), tr("No such token")});
    if (found.size() > 1)
        return rollback(
            {QStringLiteral("AMBIGUOUS"), tr("%n tokens start with %1: give more digits", nullptr,
                                             static_cast<int>(found.size()))
                                              .arg(tokenOrId)});
    TokenInfo info = found.first();
    if (!info.revokedAt.isEmpty())
        return rollback(
            {QStringLiteral("ALREADY_REVOKED"), tr("Token %1 of center %2 was revoked at %3")
                                                    .arg(info.id, info.center, info.revokedAt)});
    info.revokedAt = nowIso();
    QSqlQuery revoke(db());
    revoke.prepare(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE token_sha256 = ?"));
    revoke.addBindValue(info.revokedAt);
    revoke.addBindValue(hash);
    if (!revoke.exec())
        return rollback(queryError(revoke, QStringLiteral("revoking the token")));
    if (Status status = exec(QStringLiteral("COMMIT")); !status)
        return status.error();
    m_tokenCache.remove(hash.toLatin1());
    return info;
}

Result<sync::BatchResult> HqStore::applyBatch(const QString &center, const IncomingBatch &batch)
{
    sync::BatchResult result;
    result.batchId = batch.batchId;
    const QString receivedAt = nowIso();

    if (Status status = begin(); !status)
        return status.error();
    auto fail = [this](const Error &error) -> Result<sync::BatchResult> {
        QSqlQuery rollback(db());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    QSqlQuery seen(db());
    seen.prepare(QStringLiteral("INSERT INTO batches (center, batch_id, records, sent_at, "
                                "received_at) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (center, batch_id) DO NOTHING RETURNING batch_id"));
    seen.addBindValue(center);
    seen.addBindValue(batch.batchId);
    seen.addBindValue(qint64(batch.records.size()));
    seen.addBindValue(batch.sentAt.isNull() ? QStringLiteral("") : batch.sentAt);
    seen.addBindValue(receivedAt);
    if (!seen.exec())
        return fail(queryError(seen, QStringLiteral("recording the batch")));
    result.replay = !seen.next();
    seen.finish();

    QSqlQuery upsert(db());
    upsert.prepare(QStringLiteral(
        "INSERT INTO records (center, entity, id, version, payload, batch_id, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (center, entity, id) DO UPDATE SET version = excluded.version, "
        "payload = excluded.payload, batch_id = excluded.batch_id, "
        "received_at = excluded.received_at "
        "WHERE records.version < excluded.version RETURNING version"));
    QSqlQuery current(db());
    current.prepare(
        QStringLiteral("SELECT version FROM records WHERE center = ? AND entity = ? AND id = ?"));
    QSqlQuery event(db());
    event.prepare(QStringLiteral(
        "INSERT INTO events (center, entity, id, payload, batch_id, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (center, entity, id) DO NOTHING RETURNING id"));

    for (const IncomingRecord &in : batch.records) {
        const sync::WireRecord &record = in.record;
        RecordResult r {record.entity, record.id, record.version, RecordStatus::Rejected, {}};
        if (!in.isValid()) {
            r.error = in.error;
            result.results.append(r);
            continue;
        }
        const QJsonValue payloadCenter = record.payload.value(QLatin1String("center"));
        // An empty claim is no claim (a store writes its first settings before it knows
        // its center code); the token decides the center either way.
        if (!payloadCenter.toString().isEmpty() && payloadCenter.toString() != center) {
            r.error = {QStringLiteral("CENTER_MISMATCH"),
                       QStringLiteral("payload.center is not the center of the token")};
            result.results.append(r);
            continue;
        }
        const QString payload
            = QString::fromUtf8(QJsonDocument(record.payload).toJson(QJsonDocument::Compact));
        if (record.kind == RecordKind::Event) {
            event.bindValue(0, center);
            event.bindValue(1, record.entity);
            event.bindValue(2, record.id);
            event.bindValue(3, payload);
            event.bindValue(4, batch.batchId);
            event.bindValue(5, receivedAt);
            if (!event.exec())
                return fail(queryError(event, QStringLiteral("inserting an event")));
            r.status = event.next() ? RecordStatus::Applied : RecordStatus::Duplicate;
            event.finish();
        } else {
            upsert.bindValue(0, center);
            upsert.bindValue(1, record.entity);
            upsert.bindValue(2, record.id);
            upsert.bindValue(3, record.version);
            upsert.bindValue(4, payload);
            upsert.bindValue(5, batch.batchId);
            upsert.bindValue(6, receivedAt);
            if (!upsert.exec())
                return fail(queryError(upsert, QStringLiteral("upserting a record")));
            const bool applied = upsert.next();
            upsert.finish();
            if (applied) {
                r.status = RecordStatus::Applied;
            } else {
                current.bindValue(0, center);
                current.bindValue(1, record.entity);
                current.bindValue(2, record.id);
                if (!current.exec() || !current.next())
                    return fail(queryError(current, QStringLiteral("reading a record")));
                const qint64 stored = current.value(0).toLongLong();
                current.finish();
                r.status = stored == record.version ? RecordStatus::Duplicate : RecordStatus::Stale;
            }
        }
        result.results.append(r);
    }
    if (Status status = exec(QStringLiteral("COMMIT")); !status)
        return fail(status.error());
    return result;
}

Result<QJsonObject> HqStore::stats()
{
    QJsonObject out;
    QJsonObject byEntity;
    const QList<std::pair<QString, QString>> counts {
        {QStringLiteral("records"), QStringLiteral("SELECT COUNT(*) FROM records")},
        {QStringLiteral("events"), QStringLiteral("SELECT COUNT(*) FROM events")},
        {QStringLiteral("centers"), QStringLiteral("SELECT COUNT(*) FROM centers")},
        {QStringLiteral("batches"), QStringLiteral("SELECT COUNT(*) FROM batches")},
    };
    for (const auto &[key, sql] : counts) {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return queryError(query, key);
        out.insert(key, query.value(0).toLongLong());
    }
    QSqlQuery query(db());
    if (!query.exec(
            QStringLiteral("SELECT entity, COUNT(*) FROM records GROUP BY entity "
                           "UNION ALL SELECT entity, COUNT(*) FROM events GROUP BY entity")))
        return queryError(query, QStringLiteral("counting by entity"));
    while (query.next()) {
        const QString entity = query.value(0).toString();
        byEntity.insert(entity, byEntity.value(entity).toInteger() + query.value(1).toLongLong());
    }
    out.insert(QStringLiteral("by_entity"), byEntity);
    return out;
}

} // namespace rc::hq
