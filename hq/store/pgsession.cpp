#include "pgsession.h"

#include "pgschema.h"

#include <QDateTime>

#include <functional>

namespace rc::hq {

using pg::Connection;
using sync::RecordStatus;

namespace {

// A phone's devices at every center, by either IMEI ($1): where device history's reads start.
constexpr char kPhoneDevices[] = "WITH devices AS (SELECT center, id FROM records"
                                 " WHERE entity = 'device' AND payload->>'imei1' = $1"
                                 " UNION SELECT center, id FROM records"
                                 " WHERE entity = 'device' AND payload->>'imei2' = $1)";

constexpr qint64 kFirstBackoffMs = 250;
constexpr qint64 kMaxBackoffMs = 5000;
// A serialization failure or deadlock (neither should happen: see hq_apply_batch) is
// retried this many times before the caller hears of it.
constexpr int kTransientRetries = 2;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QByteArray kIsoUtc = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'";

} // namespace

PgSession::PgSession(DatabaseSpec spec, StoreOptions options)
    : m_spec(std::move(spec))
    , m_options(options)
{
}

Status PgSession::connect()
{
    if (m_connection.isOpen())
        return {};
    if (m_backoffMs > 0 && !m_sinceFailure.hasExpired(m_backoffMs))
        return Error {QString::fromLatin1(kDbUnavailable),
                      QStringLiteral("the database did not answer; next attempt in %1 ms")
                          .arg(m_backoffMs - m_sinceFailure.elapsed())};
    std::vector<std::pair<QByteArray, QByteArray>> parameters {
        {"dbname", m_spec.database.toUtf8()},
        {"application_name", "repair-hq"},
        {"connect_timeout", QByteArray::number(m_options.connectTimeoutSeconds)},
        {"keepalives", "1"},
        {"keepalives_idle", "30"},
        {"options", "-c statement_timeout=" + QByteArray::number(m_options.statementTimeoutMs)
                        + " -c client_min_messages=warning -c TimeZone=UTC"},
    };
    if (!m_spec.host.isEmpty())
        parameters.push_back({"host", m_spec.host.toUtf8()});
    parameters.push_back({"port", QByteArray::number(m_spec.port)});
    if (!m_spec.user.isEmpty())
        parameters.push_back({"user", m_spec.user.toUtf8()});
    // Without a password in the URL, libpq reads PGPASSWORD or ~/.pgpass (PGPASSFILE).
    if (!m_spec.password.isEmpty())
        parameters.push_back({"password", m_spec.password.toUtf8()});
    Status opened = m_connection.open(parameters);
    if (!opened) {
        m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : qMin(kMaxBackoffMs, m_backoffMs * 2);
        m_sinceFailure.start();
        return opened;
    }
    m_backoffMs = 0;
    return {};
}

Result<pg::ResultPtr> PgSession::prepared(const QByteArray &name, const QByteArray &sql,
                                          const pg::Params &params)
{
    if (Status status = connect(); !status)
        return status.error();
    for (int attempt = 0;; ++attempt) {
        auto result = m_connection.execPrepared(name, sql, params);
        if (result)
            return result;
        const QString state = m_connection.sqlState();
        const bool transient = state == QLatin1String("40001") || state == QLatin1String("40P01");
        if (!transient || attempt >= kTransientRetries) {
            if (result.error().code == QLatin1String(kDbUnavailable)) {
                // Lost: the next call reconnects at once; a failing reconnect backs off.
                m_backoffMs = 0;
            }
            return result;
        }
    }
}

Status PgSession::inTransaction(const std::function<Status()> &work)
{
    if (Status status = connect(); !status)
        return status;
    if (Status status = m_connection.run("BEGIN"); !status)
        return status;
    Status status = work();
    if (!status) {
        if (m_connection.isOpen())
            (void)m_connection.run("ROLLBACK");
        return status;
    }
    return m_connection.run("COMMIT");
}

Status PgSession::migrate(const StoreOptions &options)
{
    if (Status status = connect(); !status)
        return status;
    return pg::migrate(m_connection, options);
}

Result<int> PgSession::schemaVersion()
{
    if (Status status = connect(); !status)
        return status.error();
    return pg::schemaVersion(m_connection);
}

Result<ApplyOutcome> PgSession::applyBatch(const QString &center, const BatchInput &batch)
{
    const auto n = batch.records.size();
    pg::BinaryArray events(pg::BinaryArray::Type::Bool);
    pg::BinaryArray entities(pg::BinaryArray::Type::Text);
    pg::BinaryArray ids(pg::BinaryArray::Type::Text);
    pg::BinaryArray versions(pg::BinaryArray::Type::Int8);
    pg::BinaryArray payloads(pg::BinaryArray::Type::Jsonb);
    pg::BinaryArray origins(pg::BinaryArray::Type::Text);
    qsizetype payloadBytes = 0;
    for (const BatchRecord &record : batch.records)
        payloadBytes += record.payload.size() + 5;
    payloads.reserve(payloadBytes);
    ids.reserve(static_cast<qsizetype>(n) * 40);
    for (const BatchRecord &record : batch.records) {
        events.add(record.event);
        entities.add(record.entity.toUtf8());
        ids.add(record.id.toUtf8());
        versions.add(record.version);
        payloads.add(record.payload);
        origins.add(record.origin.toUtf8());
    }
    pg::Params params;
    params.text(center.toUtf8());
    params.text(batch.batchId.toUtf8());
    params.text(batch.sentAt.toUtf8());
    params.text(QByteArray::number(batch.recordsSent));
    params.binary(events.bytes());
    params.binary(entities.bytes());
    params.binary(ids.bytes());
    params.binary(versions.bytes());
    params.binary(payloads.bytes());
    params.binary(origins.bytes());
    params.text(batch.station.toUtf8());
    auto result = prepared("apply_batch",
                           "SELECT replay, statuses FROM hq_apply_batch($1, $2, $3, $4::integer, "
                           "$5, $6, $7, $8, $9, $10, $11)",
                           params);
    if (!result)
        return result.error();
    ApplyOutcome outcome;
    outcome.replay = Connection::value(*result, 0, 0) == "t";
    const QByteArray statuses = Connection::value(*result, 0, 1);
    if (statuses.size() != static_cast<qsizetype>(n))
        return Error {QString::fromLatin1(kDbError),
                      QStringLiteral("hq_apply_batch answered %1 statuses for %2 records")
                          .arg(statuses.size())
                          .arg(n)};
    outcome.statuses.reserve(n);
    for (const char status : statuses)
        outcome.statuses.push_back(status == 'a'   ? RecordStatus::Applied
                                   : status == 'd' ? RecordStatus::Duplicate
                                   : status == 'r' ? RecordStatus::Rejected
                                                   : RecordStatus::Stale);
    return outcome;
}

Result<HqStats> PgSession::centerStats(const QString &center)
{
    pg::Params params;
    params.text(center.toUtf8());
    auto result = prepared("center_stats",
                           "SELECT c.batches, to_char(c.last_batch_at, " + kIsoUtc
                               + "), s.entity, s.records, s.events FROM centers c"
                                 " LEFT JOIN center_stats s ON s.center = c.code"
                                 " WHERE c.code = $1 ORDER BY s.entity",
                           params);
    if (!result)
        return result.error();
    HqStats stats;
    for (int row = 0; row < Connection::rows(*result); ++row) {
        stats.centers = 1;
        stats.batches = Connection::value(*result, row, 0).toLongLong();
        stats.lastBatchAt = QString::fromUtf8(Connection::value(*result, row, 1));
        if (Connection::isNull(*result, row, 2))
            continue;
        EntityCount count {Connection::value(*result, row, 3).toLongLong(),
                           Connection::value(*result, row, 4).toLongLong()};
        stats.records += count.records;
        stats.events += count.events;
        stats.byEntity.insert(QString::fromUtf8(Connection::value(*result, row, 2)), count);
    }
    return stats;
}

Result<HqStats> PgSession::chainStats()
{
    auto result = prepared(
        "chain_stats",
        "WITH c AS (SELECT count(*) AS n, coalesce(sum(batches), 0) AS b,"
        " max(last_batch_at) AS t FROM centers),"
        " e AS (SELECT entity, sum(records) AS r, sum(events) AS v FROM center_stats"
        " GROUP BY entity)"
        " SELECT c.n, c.b, to_char(c.t, "
            + kIsoUtc + "), e.entity, e.r, e.v FROM c LEFT JOIN e ON true ORDER BY e.entity",
        {});
    if (!result)
        return result.error();
    HqStats stats;
    for (int row = 0; row < Connection::rows(*result); ++row) {
        stats.centers = Connection::value(*result, row, 0).toLongLong();
        stats.batches = Connection::value(*result, row, 1).toLongLong();
        stats.lastBatchAt = QString::fromUtf8(Connection::value(*result, row, 2));
        if (Connection::isNull(*result, row, 3))
            continue;
        EntityCount count {Connection::value(*result, row, 4).toLongLong(),
                           Connection::value(*result, row, 5).toLongLong()};
        stats.records += count.records;
        stats.events += count.events;
        stats.byEntity.insert(QString::fromUtf8(Connection::value(*result, row, 3)), count);
    }
    return stats;
}

Result<std::vector<TokenChange>> PgSession::tokenChanges(qint64 afterSeq, int limit)
{
    pg::Params params;
    params.text(QByteArray::number(afterSeq));
    params.text(QByteArray::number(limit));
    auto result = prepared("token_changes",
                           "SELECT change_seq, token_sha256, coalesce(center, ''), admin,"
                           " revoked_at IS NOT NULL, station FROM tokens"
                           " WHERE change_seq > $1::bigint"
                           " ORDER BY change_seq LIMIT $2::integer",
                           params);
    if (!result)
        return result.error();
    std::vector<TokenChange> changes;
    for (int row = 0; row < Connection::rows(*result); ++row) {
        changes.push_back({Connection::value(*result, row, 0).toLongLong(),
                           QByteArray::fromHex(Connection::value(*result, row, 1)),
                           QString::fromUtf8(Connection::value(*result, row, 2)),
                           Connection::value(*result, row, 3) == "t",
                           Connection::value(*result, row, 4) == "t",
                           QString::fromUtf8(Connection::value(*result, row, 5))});
    }
    return changes;
}

Result<QStringList> PgSession::addTokens(const QStringList &centers)
{
    for (const QString &center : centers) {
        if (!center.isEmpty() && !isCenterCode(center))
            return Error {QStringLiteral("BAD_CENTER"),
                          QStringLiteral("a center code is 1-32 letters, digits, - or _")};
    }
    QStringList made;
    Status status = inTransaction([&]() -> Status {
        // Token changes are numbered in commit order: writers take turns (readers do not
        // wait), so a server that has read up to number N never misses a change below it.
        if (Status locked = m_connection.run("LOCK TABLE tokens IN EXCLUSIVE MODE"); !locked)
            return locked;
        for (const QString &center : centers) {
            const QString token = makeToken();
            if (!center.isEmpty()) {
                pg::Params centerParams;
                centerParams.text(center.toUtf8());
                centerParams.text(nowIso().toUtf8());
                auto added = m_connection.exec("INSERT INTO centers (code, created_at)"
                                               " VALUES ($1, $2) ON CONFLICT (code) DO NOTHING",
                                               centerParams);
                if (!added)
                    return added.error();
            }
            pg::Params params;
            params.text(tokenSha256Hex(token));
            params.text(center.toUtf8());
            params.text(nowIso().toUtf8());
            auto inserted = m_connection.exec(
                "INSERT INTO tokens (token_sha256, center, admin, created_at, change_seq)"
                " SELECT $1, nullif($2, ''), $2 = '', $3, coalesce(max(change_seq), 0) + 1"
                " FROM tokens",
                params);
            if (!inserted)
                return inserted.error();
            made.append(token);
        }
        return {};
    });
    if (!status)
        return status.error();
    return made;
}

Result<QString> PgSession::addStationToken(const QString &center, const QString &station)
{
    if (!isCenterCode(center))
        return Error {QStringLiteral("BAD_CENTER"),
                      QStringLiteral("a center code is 1-32 letters, digits, - or _")};
    if (!isCenterCode(station))
        return Error {QStringLiteral("BAD_STATION"),
                      QStringLiteral("a station code is 1-32 letters, digits, - or _")};
    const QString token = makeToken();
    Status status = inTransaction([&]() -> Status {
        if (Status locked = m_connection.run("LOCK TABLE tokens IN EXCLUSIVE MODE"); !locked)
            return locked;
        pg::Params key;
        key.text(center.toUtf8());
        key.text(station.toUtf8());
        auto valid = m_connection.exec("SELECT 1 FROM tokens WHERE center = $1 AND station = $2"
                                       " AND revoked_at IS NULL",
                                       key);
        if (!valid)
            return valid.error();
        if (Connection::rows(*valid) > 0)
            return Error {
                QStringLiteral("STATION_TOKEN_EXISTS"),
                QStringLiteral("station %1 of center %2 has a valid token; revoke it first")
                    .arg(station, center)};
        pg::Params centerParams;
        centerParams.text(center.toUtf8());
        centerParams.text(nowIso().toUtf8());
        auto added = m_connection.exec("INSERT INTO centers (code, created_at)"
                                       " VALUES ($1, $2) ON CONFLICT (code) DO NOTHING",
                                       centerParams);
        if (!added)
            return added.error();
        pg::Params params;
        params.text(tokenSha256Hex(token));
        params.text(center.toUtf8());
        params.text(nowIso().toUtf8());
        params.text(station.toUtf8());
        auto inserted = m_connection.exec(
            "INSERT INTO tokens (token_sha256, center, admin, created_at, change_seq, station)"
            " SELECT $1, $2, false, $3, coalesce(max(change_seq), 0) + 1, $4 FROM tokens",
            params);
        if (!inserted)
            return inserted.error();
        return {};
    });
    if (!status)
        return status.error();
    return token;
}

Result<QList<TokenInfo>> PgSession::tokens()
{
    if (Status status = connect(); !status)
        return status.error();
    auto result = m_connection.exec("SELECT token_sha256, coalesce(center, ''), admin, created_at,"
                                    " coalesce(revoked_at, ''), station FROM tokens"
                                    " ORDER BY admin DESC, center, station, created_at");
    if (!result)
        return result.error();
    QList<TokenInfo> list;
    for (int row = 0; row < Connection::rows(*result); ++row)
        list.append({QString::fromLatin1(Connection::value(*result, row, 0).left(12)),
                     QString::fromUtf8(Connection::value(*result, row, 1)),
                     QString::fromUtf8(Connection::value(*result, row, 5)),
                     Connection::value(*result, row, 2) == "t",
                     QString::fromUtf8(Connection::value(*result, row, 3)),
                     QString::fromUtf8(Connection::value(*result, row, 4))});
    return list;
}

Result<TokenInfo> PgSession::revokeToken(const QString &tokenOrId)
{
    const bool whole = tokenOrId.startsWith(QLatin1String("rc_"));
    if (!whole && !isTokenId(tokenOrId))
        return Error {QStringLiteral("BAD_TOKEN_ID"),
                      QStringLiteral("give the token's id from `token list` (at least 8 hex "
                                     "digits) or the whole token (--token-file)")};
    const QByteArray key = whole ? tokenSha256Hex(tokenOrId) : tokenOrId.toLatin1();
    TokenInfo info;
    Status status = inTransaction([&]() -> Status {
        if (Status locked = m_connection.run("LOCK TABLE tokens IN EXCLUSIVE MODE"); !locked)
            return locked;
        pg::Params params;
        params.text(key);
        auto found = m_connection.exec(
            "SELECT token_sha256, coalesce(center, ''), admin, created_at,"
            " coalesce(revoked_at, ''), station FROM tokens WHERE starts_with(token_sha256, $1)",
            params);
        if (!found)
            return found.error();
        const int rows = Connection::rows(*found);
        if (rows == 0)
            return Error {QStringLiteral("NOT_FOUND"), QStringLiteral("no such token")};
        if (rows > 1)
            return Error {QStringLiteral("AMBIGUOUS"),
                          QStringLiteral("%1 tokens start with %2: give more digits")
                              .arg(rows)
                              .arg(tokenOrId)};
        const QByteArray hash = Connection::value(*found, 0, 0);
        info = {QString::fromLatin1(hash.left(12)),
                QString::fromUtf8(Connection::value(*found, 0, 1)),
                QString::fromUtf8(Connection::value(*found, 0, 5)),
                Connection::value(*found, 0, 2) == "t",
                QString::fromUtf8(Connection::value(*found, 0, 3)),
                QString::fromUtf8(Connection::value(*found, 0, 4))};
        if (!info.revokedAt.isEmpty())
            return Error {
                QStringLiteral("ALREADY_REVOKED"),
                QStringLiteral("token %1 was revoked at %2").arg(info.id, info.revokedAt)};
        info.revokedAt = nowIso();
        pg::Params revoke;
        revoke.text(info.revokedAt.toUtf8());
        revoke.text(hash);
        auto done = m_connection.exec("UPDATE tokens SET revoked_at = $1, change_seq ="
                                      " (SELECT max(change_seq) + 1 FROM tokens)"
                                      " WHERE token_sha256 = $2",
                                      revoke);
        if (!done)
            return done.error();
        return {};
    });
    if (!status)
        return status.error();
    return info;
}

Result<QByteArray> PgSession::chainState(const QString &center)
{
    pg::Params params;
    params.text(center.toUtf8());
    auto result
        = prepared("chain_state", "SELECT state FROM chain_state WHERE center = $1", params);
    if (!result)
        return result.error();
    if (Connection::rows(*result) == 0)
        return QByteArray();
    return Connection::value(*result, 0, 0);
}

Status PgSession::saveChainState(const QString &center, qint64 generation, const QByteArray &state)
{
    pg::Params params;
    params.text(center.toUtf8());
    params.text(QByteArray::number(generation));
    params.text(state);
    auto result = prepared("save_chain_state",
                           "INSERT INTO chain_state AS s (center, generation, state, updated_at)"
                           " VALUES ($1, $2::bigint, $3, now()) ON CONFLICT (center) DO UPDATE"
                           " SET generation = excluded.generation, state = excluded.state,"
                           " updated_at = excluded.updated_at"
                           " WHERE s.generation < excluded.generation",
                           params);
    if (!result)
        return result.error();
    return {};
}

Result<std::vector<DeviceTicketRow>> PgSession::deviceTickets(const QString &imei, int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    // Without JIT: the planner's guess for a few index lookups across every partition can pass
    // jit_above_cost, and compiling then takes seconds for a query that runs in milliseconds.
    if (Status status = m_connection.run("BEGIN READ ONLY"); !status)
        return status.error();
    auto result = [&]() -> Result<std::vector<DeviceTicketRow>> {
        if (Status status = m_connection.run("SET LOCAL jit = off"); !status)
            return status.error();
        pg::Params params;
        params.text(imei.toUtf8());
        params.text(QByteArray::number(limit));
        // LATERAL with OFFSET 0 / LIMIT: one index lookup per device and per ticket (a hash
        // join would read every ticket and diagnosis).
        auto rows = prepared(
            "device_tickets",
            QByteArray(kPhoneDevices)
                + " SELECT t.center, t.payload, d.payload, s.payload FROM devices v"
                  " CROSS JOIN LATERAL (SELECT center, id, payload FROM records"
                  " WHERE entity = 'ticket' AND center = v.center"
                  " AND payload->>'device_id' = v.id OFFSET 0) t"
                  " LEFT JOIN LATERAL (SELECT payload FROM records WHERE entity = 'diagnosis'"
                  " AND center = t.center AND payload->>'ticket_id' = t.id LIMIT 1) d ON true"
                  " LEFT JOIN LATERAL (SELECT payload FROM records WHERE center = t.center"
                  " AND entity = 'setting' AND id = 'repair_warranty.days' LIMIT 1) s ON true"
                  " ORDER BY t.payload->>'created_at', t.center, t.id LIMIT $2::integer",
            params);
        if (!rows)
            return rows.error();
        std::vector<DeviceTicketRow> out;
        for (int row = 0; row < Connection::rows(*rows); ++row)
            out.push_back({QString::fromUtf8(Connection::value(*rows, row, 0)),
                           Connection::value(*rows, row, 1), Connection::value(*rows, row, 2),
                           Connection::value(*rows, row, 3)});
        return out;
    }();
    (void)m_connection.run(result ? "COMMIT" : "ROLLBACK");
    return result;
}

Result<std::vector<DeviceExchangeRow>> PgSession::deviceExchanges(const QString &imei, int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    if (Status status = m_connection.run("BEGIN READ ONLY"); !status)
        return status.error();
    auto result = [&]() -> Result<std::vector<DeviceExchangeRow>> {
        if (Status status = m_connection.run("SET LOCAL jit = off"); !status)
            return status.error();
        pg::Params params;
        params.text(imei.toUtf8());
        params.text(QByteArray::number(limit));
        // The phone's devices as for its tickets; each center's exchanges through the primary
        // key's (center, entity) prefix.
        auto rows = prepared("device_exchanges",
                             QByteArray(kPhoneDevices)
                                 + " SELECT x.center, x.id, x.payload FROM devices v"
                                   " CROSS JOIN LATERAL (SELECT center, id, payload FROM records"
                                   " WHERE entity = 'device_exchange' AND center = v.center"
                                   " AND payload->>'device_id' = v.id OFFSET 0) x"
                                   " ORDER BY x.payload->>'date', x.center, x.id LIMIT $2::integer",
                             params);
        if (!rows)
            return rows.error();
        std::vector<DeviceExchangeRow> out;
        for (int row = 0; row < Connection::rows(*rows); ++row)
            out.push_back({QString::fromUtf8(Connection::value(*rows, row, 0)),
                           QString::fromUtf8(Connection::value(*rows, row, 1)),
                           Connection::value(*rows, row, 2)});
        return out;
    }();
    (void)m_connection.run(result ? "COMMIT" : "ROLLBACK");
    return result;
}

Result<FeedRows> PgSession::changes(const QString &center, qint64 afterSeq,
                                    const QString &excludeStation, int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    // One snapshot: the rows, the count behind them and the center's last number agree.
    if (Status status = m_connection.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        !status)
        return status.error();
    auto result = [&]() -> Result<FeedRows> {
        FeedRows out;
        pg::Params params;
        params.text(center.toUtf8());
        params.text(QByteArray::number(afterSeq));
        params.text(excludeStation.toUtf8());
        params.text(QByteArray::number(limit));
        auto rows = prepared(
            "changes",
            "SELECT * FROM (SELECT false, entity, id, version, origin, station, seq, payload,"
            " batch_id FROM records WHERE center = $1 AND seq > $2::bigint"
            " AND ($3::text = '' OR station <> $3::text) ORDER BY seq LIMIT $4::integer) r UNION "
            "ALL"
            " SELECT * FROM (SELECT true, entity, id, 1::bigint, origin, station, seq, payload,"
            " batch_id FROM events WHERE center = $1 AND seq > $2::bigint"
            " AND ($3::text = '' OR station <> $3::text) ORDER BY seq LIMIT $4::integer) e"
            " ORDER BY 7 LIMIT $4::integer",
            params);
        if (!rows)
            return rows.error();
        qint64 bytes = 0;
        bool full = false;
        for (int row = 0; row < Connection::rows(*rows) && !full; ++row) {
            out.rows.push_back({Connection::value(*rows, row, 0) == "t",
                                QString::fromUtf8(Connection::value(*rows, row, 1)),
                                QString::fromUtf8(Connection::value(*rows, row, 2)),
                                Connection::value(*rows, row, 3).toLongLong(),
                                QString::fromUtf8(Connection::value(*rows, row, 4)),
                                QString::fromUtf8(Connection::value(*rows, row, 5)),
                                Connection::value(*rows, row, 6).toLongLong(),
                                Connection::value(*rows, row, 7),
                                QString::fromUtf8(Connection::value(*rows, row, 8))});
            bytes += out.rows.back().payload.size();
            full = bytes >= sync::WireLimits::maxChangesPageBytes;
        }
        if (!full && static_cast<int>(out.rows.size()) < limit) {
            pg::Params last;
            last.text(center.toUtf8());
            auto seq
                = prepared("center_last_seq",
                           "SELECT coalesce(max(last_seq), 0) FROM centers WHERE code = $1", last);
            if (!seq)
                return seq.error();
            out.nextSeq = Connection::value(*seq, 0, 0).toLongLong();
            return out;
        }
        out.nextSeq = out.rows.back().seq;
        pg::Params after;
        after.text(center.toUtf8());
        after.text(QByteArray::number(out.nextSeq));
        after.text(excludeStation.toUtf8());
        // All after the page, less the asking station's own: counts on indexes, where a filter
        // on the station would read every row behind the page.
        auto behind = prepared("changes_behind",
                               "SELECT (SELECT count(*) FROM records WHERE center = $1"
                               " AND seq > $2::bigint) + (SELECT count(*) FROM events"
                               " WHERE center = $1 AND seq > $2::bigint)"
                               " - (SELECT count(*) FROM records WHERE center = $1"
                               " AND $3::text <> '' AND station = $3::text AND seq > $2::bigint)"
                               " - (SELECT count(*) FROM events WHERE center = $1"
                               " AND $3::text <> '' AND station = $3::text AND seq > $2::bigint)",
                               after);
        if (!behind)
            return behind.error();
        out.behind = Connection::value(*behind, 0, 0).toLongLong();
        return out;
    }();
    if (m_connection.isOpen())
        (void)m_connection.run("COMMIT");
    return result;
}

Result<QString> PgSession::hubValue(const QString &name)
{
    pg::Params params;
    params.text(name.toUtf8());
    auto result = prepared("hub_value", "SELECT value FROM hub_state WHERE name = $1", params);
    if (!result)
        return result.error();
    if (Connection::rows(*result) == 0)
        return QString();
    return QString::fromUtf8(Connection::value(*result, 0, 0));
}

Status PgSession::setHubValue(const QString &name, const QString &value)
{
    pg::Params params;
    params.text(name.toUtf8());
    params.text(value.toUtf8());
    auto result = prepared("set_hub_value",
                           "INSERT INTO hub_state (name, value) VALUES ($1, $2)"
                           " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                           params);
    if (!result)
        return result.error();
    return {};
}

Status PgSession::ping()
{
    auto result = prepared("ping", "SELECT 1", {});
    if (!result)
        return result.error();
    return {};
}

Result<qint64> PgSession::pruneBatches(qint64 retentionSeconds, int limit)
{
    qint64 deleted = 0;
    Status status = inTransaction([&]() -> Status {
        // One pruner at a time across every repair-hq process of this database.
        auto locked = m_connection.exec("SELECT pg_try_advisory_xact_lock(7261002)");
        if (!locked)
            return locked.error();
        if (Connection::value(*locked, 0, 0) != "t")
            return {};
        pg::Params params;
        params.text(QByteArray::number(retentionSeconds));
        params.text(QByteArray::number(limit));
        auto result = m_connection.exec(
            "DELETE FROM batches WHERE (center, batch_id) IN (SELECT center, batch_id"
            " FROM batches WHERE received_at < now() - make_interval(secs => $1::bigint)"
            " LIMIT $2::integer)",
            params);
        if (!result)
            return result.error();
        deleted = Connection::affected(*result);
        return {};
    });
    if (!status)
        return status.error();
    return deleted;
}

} // namespace rc::hq
