#include "sqlitesession.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QFileInfo>

#include <functional>
#include <map>

namespace rc::hq {

using sync::RecordStatus;

namespace {

// A phone's devices at every center, by either IMEI (?1): where device history's reads start.
constexpr char kPhoneDevices[]
    = "WITH devices AS (SELECT center, id FROM records WHERE entity = 'device'"
      " AND json_extract(payload, '$.imei1') = ?1 UNION SELECT center, id FROM records"
      " WHERE entity = 'device' AND json_extract(payload, '$.imei2') = ?1)";

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// One lock per database file and process: its sessions write one at a time.
std::shared_ptr<std::mutex> writeLockFor(const QString &path)
{
    static std::mutex registryMutex;
    static std::map<QString, std::weak_ptr<std::mutex>> registry;
    const QString key = QFileInfo(path).absoluteFilePath();
    std::lock_guard guard(registryMutex);
    std::shared_ptr<std::mutex> lock = registry[key].lock();
    if (!lock) {
        lock = std::make_shared<std::mutex>();
        registry[key] = lock;
    }
    return lock;
}

} // namespace

// A prepared statement, reset and unbound when the scope ends.
class SqliteSession::Query
{
public:
    Query(SqliteSession &session, const char *sql)
        : m_statement(session.statement(sql))
    {
    }
    ~Query()
    {
        if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    }
    bool ok() const { return m_statement != nullptr; }
    Query &bind(const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, ++m_index, text.constData(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Query &bind(const QString &text) { return bind(text.toUtf8()); }
    Query &bind(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    Query &bindNull()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return m_statement ? sqlite3_step(m_statement) : SQLITE_ERROR; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_index = 0;
};

SqliteSession::SqliteSession(DatabaseSpec spec, StoreOptions options)
    : m_spec(std::move(spec))
    , m_options(options)
    , m_writeLock(writeLockFor(m_spec.path))
{
}

SqliteSession::~SqliteSession()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    if (m_db)
        sqlite3_close_v2(m_db);
}

int SqliteSession::latestSchemaVersion()
{
    return 5;
}

Status SqliteSession::connect()
{
    if (m_db)
        return {};
    const QByteArray path = m_spec.path.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return Error {QString::fromLatin1(kDbUnavailable),
                      QStringLiteral("cannot open %1: %2").arg(m_spec.path, message)};
    }
    sqlite3_busy_timeout(m_db, 10000);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA cache_size=-16384", "PRAGMA foreign_keys=OFF"}) {
        if (Status status = exec(pragma); !status) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            return Error {QString::fromLatin1(kDbUnavailable), status.error().message};
        }
    }
    return {};
}

Error SqliteSession::failure(const QString &what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const bool busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
    return {QString::fromLatin1(busy ? kDbUnavailable : kDbError),
            QStringLiteral("%1 failed: %2")
                .arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open"))};
}

sqlite3_stmt *SqliteSession::statement(const char *sql)
{
    if (sqlite3_stmt *cached = m_statements.value(sql))
        return cached;
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        != SQLITE_OK)
        return nullptr;
    m_statements.insert(sql, prepared);
    return prepared;
}

Status SqliteSession::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error = failure(QString::fromUtf8(sql).left(60));
        sqlite3_free(message);
        return error;
    }
    return {};
}

Status SqliteSession::write(const std::function<Status()> &work)
{
    if (Status status = connect(); !status)
        return status;
    std::lock_guard guard(*m_writeLock);
    // Take the file's write lock up front, so two processes on one file queue here
    // instead of failing at COMMIT.
    if (Status status = exec("BEGIN IMMEDIATE"); !status)
        return status;
    Status status = work();
    if (status)
        status = exec("COMMIT");
    if (!status)
        (void)exec("ROLLBACK");
    return status;
}

bool SqliteSession::hasTable(const char *name)
{
    Query query(*this, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    return query.bind(QByteArray(name)).step() == SQLITE_ROW;
}

bool SqliteSession::hasColumn(const char *table, const char *column)
{
    Query query(*this, "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
    return query.bind(QByteArray(table)).bind(QByteArray(column)).step() == SQLITE_ROW;
}

Result<int> SqliteSession::schemaVersion()
{
    if (Status status = connect(); !status)
        return status.error();
    Query query(*this, "PRAGMA user_version");
    if (query.step() != SQLITE_ROW)
        return failure(QStringLiteral("reading the schema version"));
    return static_cast<int>(query.integer(0));
}

// Step 1: the tables of docs/sync-protocol.md. A file made before versioned schemas has
// its tables renamed, copied into the new ones and dropped.
Status SqliteSession::step1()
{
    const bool oldTokensRevocable = hasTable("tokens") && hasColumn("tokens", "revoked_at");
    QList<QByteArray> legacy;
    for (const char *table : {"centers", "tokens", "records", "events", "batches"}) {
        if (hasTable(table)) {
            legacy.append(table);
            if (Status status
                = exec(QByteArray("ALTER TABLE ") + table + " RENAME TO " + table + "_v0");
                !status)
                return status;
        }
    }
    QList<QByteArray> sql {
        "CREATE TABLE centers (code TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL,"
        " last_seq INTEGER NOT NULL DEFAULT 0, batches INTEGER NOT NULL DEFAULT 0,"
        " last_batch_at TEXT)",
        "CREATE TABLE tokens (token_sha256 TEXT PRIMARY KEY NOT NULL, center TEXT,"
        " admin INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, revoked_at TEXT,"
        " change_seq INTEGER NOT NULL UNIQUE, CHECK (admin = (center IS NULL)))",
        "CREATE TABLE records (center TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL,"
        " version INTEGER NOT NULL, seq INTEGER NOT NULL, payload TEXT NOT NULL,"
        " batch_id TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (center, entity, id))",
        "CREATE UNIQUE INDEX records_center_seq ON records (center, seq)",
        "CREATE TABLE events (center TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL,"
        " seq INTEGER NOT NULL, payload TEXT NOT NULL, batch_id TEXT NOT NULL,"
        " received_at TEXT NOT NULL, PRIMARY KEY (center, entity, id))",
        "CREATE UNIQUE INDEX events_center_seq ON events (center, seq)",
        "CREATE TABLE batches (center TEXT NOT NULL, batch_id TEXT NOT NULL,"
        " records INTEGER NOT NULL, sent_at TEXT NOT NULL, received_at TEXT NOT NULL,"
        " PRIMARY KEY (center, batch_id))",
        "CREATE INDEX batches_received_at ON batches (received_at)",
        "CREATE TABLE center_stats (center TEXT NOT NULL, entity TEXT NOT NULL,"
        " records INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (center, entity))",
    };
    if (legacy.contains("centers"))
        sql.append(
            "INSERT INTO centers (code, created_at) SELECT code, created_at FROM centers_v0");
    if (legacy.contains("tokens"))
        sql.append(
            QByteArray("INSERT INTO tokens (token_sha256, center, admin, created_at,"
                       " revoked_at, change_seq) SELECT token_sha256, center, 0, created_at, ")
            + (oldTokensRevocable ? "revoked_at" : "NULL")
            + ", row_number() OVER (ORDER BY created_at, token_sha256) FROM tokens_v0");
    if (legacy.contains("records"))
        sql.append("INSERT INTO records SELECT center, entity, id, version, row_number() OVER"
                   " (PARTITION BY center ORDER BY received_at, entity, id), payload, batch_id,"
                   " received_at FROM records_v0");
    if (legacy.contains("events"))
        sql.append("INSERT INTO events SELECT e.center, e.entity, e.id,"
                   " coalesce((SELECT max(seq) FROM records r WHERE r.center = e.center), 0)"
                   " + row_number() OVER (PARTITION BY e.center ORDER BY e.received_at,"
                   " e.entity, e.id), e.payload, e.batch_id, e.received_at FROM events_v0 e");
    if (legacy.contains("batches"))
        sql.append("INSERT INTO batches SELECT center, batch_id, records, sent_at, received_at"
                   " FROM batches_v0");
    if (!legacy.isEmpty()) {
        sql += {
            "INSERT OR IGNORE INTO centers (code, created_at) SELECT center, '' FROM records"
            " UNION SELECT center, '' FROM events UNION SELECT center, '' FROM batches",
            "INSERT INTO center_stats (center, entity, records, events)"
            " SELECT center, entity, sum(r), sum(e) FROM ("
            " SELECT center, entity, count(*) AS r, 0 AS e FROM records GROUP BY 1, 2"
            " UNION ALL SELECT center, entity, 0, count(*) FROM events GROUP BY 1, 2)"
            " GROUP BY 1, 2",
            "UPDATE centers SET last_seq = max("
            " (SELECT coalesce(max(seq), 0) FROM records r WHERE r.center = centers.code),"
            " (SELECT coalesce(max(seq), 0) FROM events e WHERE e.center = centers.code)),"
            " batches = (SELECT count(*) FROM batches b WHERE b.center = centers.code),"
            " last_batch_at = (SELECT max(received_at) FROM batches b"
            " WHERE b.center = centers.code)",
        };
        for (const QByteArray &table : std::as_const(legacy))
            sql.append("DROP TABLE " + table + "_v0");
    }
    for (const QByteArray &statement : std::as_const(sql)) {
        if (Status status = exec(statement); !status)
            return status;
    }
    return {};
}

Status SqliteSession::migrate(const StoreOptions &)
{
    auto version = schemaVersion();
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return Error {QStringLiteral("SCHEMA_NEWER"),
                      QStringLiteral("HQ's database has schema version %1; this repair-hq "
                                     "knows up to %2: upgrade repair-hq")
                          .arg(*version)
                          .arg(latestSchemaVersion())};
    if (*version == latestSchemaVersion())
        return {};
    return write([&]() -> Status {
        // Read again under the lock: another process may have just done it.
        auto current = schemaVersion();
        if (!current)
            return current.error();
        if (*current < 1) {
            if (Status status = step1(); !status)
                return status;
        }
        // Step 2: the audit-chain verifier's state per center, kept across restarts.
        if (*current < 2) {
            if (Status status = exec("CREATE TABLE IF NOT EXISTS chain_state (center TEXT"
                                     " PRIMARY KEY NOT NULL, generation INTEGER NOT NULL,"
                                     " state TEXT NOT NULL, updated_at TEXT NOT NULL)");
                !status)
                return status;
        }
        // Step 3: protocol 2. A record's origin and station, a token's station (one valid
        // token per station of a center).
        if (*current < 3) {
            for (const char *sql :
                 {"ALTER TABLE records ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE records ADD COLUMN station TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE events ADD COLUMN station TEXT NOT NULL DEFAULT ''",
                  "ALTER TABLE tokens ADD COLUMN station TEXT NOT NULL DEFAULT ''",
                  "CREATE UNIQUE INDEX tokens_station_valid ON tokens (center, station)"
                  " WHERE station <> '' AND revoked_at IS NULL",
                  // The feed counts what is behind a page from indexes alone.
                  "CREATE INDEX records_center_station_seq ON records (center, station, seq)",
                  "CREATE INDEX events_center_station_seq ON events (center, station, seq)"}) {
                if (Status status = exec(sql); !status)
                    return status;
            }
        }
        // Step 4: device history. A phone's devices by either IMEI, a device's tickets, a
        // ticket's diagnosis: partial expression indexes, so a lookup reads a few rows.
        if (*current < 4) {
            for (const char *sql :
                 {"CREATE INDEX records_device_imei1 ON records"
                  " (json_extract(payload, '$.imei1')) WHERE entity = 'device'",
                  "CREATE INDEX records_device_imei2 ON records"
                  " (json_extract(payload, '$.imei2')) WHERE entity = 'device'",
                  "CREATE INDEX records_ticket_device ON records"
                  " (json_extract(payload, '$.device_id')) WHERE entity = 'ticket'",
                  "CREATE INDEX records_diagnosis_ticket ON records"
                  " (json_extract(payload, '$.ticket_id')) WHERE entity = 'diagnosis'"}) {
                if (Status status = exec(sql); !status)
                    return status;
            }
        }
        // Step 5: a hub's state (the cursors of its forwarder and puller).
        if (*current < 5) {
            if (Status status = exec("CREATE TABLE IF NOT EXISTS hub_state (name TEXT PRIMARY"
                                     " KEY NOT NULL, value TEXT NOT NULL)");
                !status)
                return status;
        }
        return exec("PRAGMA user_version = " + QByteArray::number(latestSchemaVersion()));
    });
}

Result<ApplyOutcome> SqliteSession::applyBatch(const QString &center, const BatchInput &batch)
{
    ApplyOutcome outcome;
    const auto n = batch.records.size();
    outcome.statuses.assign(n, RecordStatus::Duplicate);
    // The copy of each record that is written: a snapshot's newest version (the first
    // such), an event's first copy; the others are answered from it.
    QHash<std::pair<QString, QString>, size_t> chosen;
    auto keyOf = [](const BatchRecord &record) {
        return std::pair<QString, QString>(
            QString(QChar(record.event ? u'e' : u's')) + record.entity, record.id);
    };
    // Snapshot order: (version, origin), the origin compared byte by byte.
    auto order = [](qint64 version, const QByteArray &origin, const BatchRecord &record) {
        if (version != record.version)
            return version < record.version ? -1 : 1;
        const int c = origin.compare(record.origin.toUtf8());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    };
    for (size_t i = 0; i < n; ++i) {
        const BatchRecord &record = batch.records[i];
        auto it = chosen.find(keyOf(record));
        if (it == chosen.end())
            chosen.insert(keyOf(record), i);
        else if (!record.event
                 && order(batch.records[*it].version, batch.records[*it].origin.toUtf8(), record)
                        < 0)
            *it = i;
    }
    const QByteArray station = batch.station.toUtf8();
    const QByteArray centerUtf8 = center.toUtf8();
    const QByteArray batchId = batch.batchId.toUtf8();
    const QByteArray now = nowIso().toUtf8();
    Status status = write([&]() -> Status {
        qint64 base = 0;
        {
            Query read(*this, "SELECT last_seq FROM centers WHERE code = ?");
            const int rc = read.bind(centerUtf8).step();
            if (rc == SQLITE_ROW)
                base = read.integer(0);
            else if (rc != SQLITE_DONE)
                return failure(QStringLiteral("reading the center"));
        }
        {
            Query make(*this, "INSERT OR IGNORE INTO centers (code, created_at) VALUES (?, ?)");
            if (make.bind(centerUtf8).bind(now).step() != SQLITE_DONE)
                return failure(QStringLiteral("adding the center"));
        }
        {
            Query seen(*this, "INSERT INTO batches (center, batch_id, records, sent_at,"
                              " received_at) VALUES (?, ?, ?, ?, ?)"
                              " ON CONFLICT (center, batch_id) DO NOTHING");
            if (seen.bind(centerUtf8)
                    .bind(batchId)
                    .bind(qint64(batch.recordsSent))
                    .bind(batch.sentAt)
                    .bind(now)
                    .step()
                != SQLITE_DONE)
                return failure(QStringLiteral("recording the batch"));
            outcome.replay = sqlite3_changes(m_db) == 0;
        }
        QHash<QString, EntityCount> added;
        for (size_t i = 0; i < n; ++i) {
            const BatchRecord &record = batch.records[i];
            const size_t first = chosen.value(keyOf(record));
            if (first != i) {
                const BatchRecord &kept = batch.records[first];
                const int c = record.event ? 0 : order(kept.version, kept.origin.toUtf8(), record);
                outcome.statuses[i] = c > 0 ? RecordStatus::Stale
                                      : record.event || kept.payload == record.payload
                                          ? RecordStatus::Duplicate
                                          : RecordStatus::Rejected;
                continue;
            }
            const QByteArray origin = record.origin.toUtf8();
            const QByteArray entity = record.entity.toUtf8();
            const QByteArray id = record.id.toUtf8();
            const qint64 seq = base + qint64(i) + 1;
            if (record.event) {
                Query insert(*this, "INSERT INTO events (center, entity, id, seq, payload,"
                                    " batch_id, received_at, origin, station)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (center, entity, id) DO NOTHING");
                if (insert.bind(centerUtf8)
                        .bind(entity)
                        .bind(id)
                        .bind(seq)
                        .bind(record.payload)
                        .bind(batchId)
                        .bind(now)
                        .bind(origin)
                        .bind(station)
                        .step()
                    != SQLITE_DONE)
                    return failure(QStringLiteral("inserting an event"));
                if (sqlite3_changes(m_db) == 1) {
                    outcome.statuses[i] = RecordStatus::Applied;
                    ++added[record.entity].events;
                }
                continue;
            }
            qint64 stored = 0;
            {
                Query read(*this, "SELECT version, origin, payload FROM records"
                                  " WHERE center = ? AND entity = ? AND id = ?");
                const int rc = read.bind(centerUtf8).bind(entity).bind(id).step();
                if (rc == SQLITE_ROW) {
                    stored = read.integer(0);
                    const int c = order(stored, read.text(1).toUtf8(), record);
                    if (c >= 0) {
                        outcome.statuses[i] = c > 0 ? RecordStatus::Stale
                                              : read.text(2).toUtf8() == record.payload
                                                  ? RecordStatus::Duplicate
                                                  : RecordStatus::Rejected;
                        continue;
                    }
                } else if (rc != SQLITE_DONE) {
                    return failure(QStringLiteral("reading a record"));
                }
            }
            Query upsert(*this, "INSERT INTO records (center, entity, id, version, seq, payload,"
                                " batch_id, received_at, origin, station)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (center, entity, id) DO UPDATE SET"
                                " version = excluded.version, seq = excluded.seq,"
                                " payload = excluded.payload, batch_id = excluded.batch_id,"
                                " received_at = excluded.received_at,"
                                " origin = excluded.origin, station = excluded.station");
            if (upsert.bind(centerUtf8)
                    .bind(entity)
                    .bind(id)
                    .bind(record.version)
                    .bind(seq)
                    .bind(record.payload)
                    .bind(batchId)
                    .bind(now)
                    .bind(origin)
                    .bind(station)
                    .step()
                != SQLITE_DONE)
                return failure(QStringLiteral("storing a record"));
            outcome.statuses[i] = RecordStatus::Applied;
            if (stored == 0)
                ++added[record.entity].records;
        }
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            Query count(*this, "INSERT INTO center_stats (center, entity, records, events)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (center, entity) DO UPDATE SET"
                               " records = records + excluded.records,"
                               " events = events + excluded.events");
            if (count.bind(centerUtf8).bind(it.key()).bind(it->records).bind(it->events).step()
                != SQLITE_DONE)
                return failure(QStringLiteral("counting"));
        }
        Query done(*this, "UPDATE centers SET last_seq = ?, batches = batches + ?,"
                          " last_batch_at = ? WHERE code = ?");
        if (done.bind(base + qint64(n))
                .bind(qint64(outcome.replay ? 0 : 1))
                .bind(now)
                .bind(centerUtf8)
                .step()
            != SQLITE_DONE)
            return failure(QStringLiteral("updating the center"));
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

Result<HqStats> SqliteSession::centerStats(const QString &center)
{
    if (Status status = connect(); !status)
        return status.error();
    Query query(*this, "SELECT c.batches, coalesce(c.last_batch_at, ''), s.entity, s.records,"
                       " s.events FROM centers c LEFT JOIN center_stats s ON s.center = c.code"
                       " WHERE c.code = ? ORDER BY s.entity");
    query.bind(center);
    HqStats stats;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        stats.centers = 1;
        stats.batches = query.integer(0);
        stats.lastBatchAt = query.text(1);
        if (query.isNull(2))
            continue;
        const EntityCount count {query.integer(3), query.integer(4)};
        stats.records += count.records;
        stats.events += count.events;
        stats.byEntity.insert(query.text(2), count);
    }
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("reading the statistics"));
    return stats;
}

Result<HqStats> SqliteSession::chainStats()
{
    if (Status status = connect(); !status)
        return status.error();
    HqStats stats;
    {
        Query centers(*this, "SELECT count(*), coalesce(sum(batches), 0),"
                             " coalesce(max(last_batch_at), '') FROM centers");
        if (centers.step() != SQLITE_ROW)
            return failure(QStringLiteral("reading the statistics"));
        stats.centers = centers.integer(0);
        stats.batches = centers.integer(1);
        stats.lastBatchAt = centers.text(2);
    }
    Query query(*this, "SELECT entity, sum(records), sum(events) FROM center_stats"
                       " GROUP BY entity ORDER BY entity");
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        const EntityCount count {query.integer(1), query.integer(2)};
        stats.records += count.records;
        stats.events += count.events;
        stats.byEntity.insert(query.text(0), count);
    }
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("reading the statistics"));
    return stats;
}

Result<std::vector<TokenChange>> SqliteSession::tokenChanges(qint64 afterSeq, int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    Query query(*this, "SELECT change_seq, token_sha256, coalesce(center, ''), admin,"
                       " revoked_at IS NOT NULL, station FROM tokens WHERE change_seq > ?"
                       " ORDER BY change_seq LIMIT ?");
    query.bind(afterSeq).bind(qint64(limit));
    std::vector<TokenChange> changes;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        changes.push_back({query.integer(0), QByteArray::fromHex(query.text(1).toLatin1()),
                           query.text(2), query.integer(3) != 0, query.integer(4) != 0,
                           query.text(5)});
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("reading the tokens"));
    return changes;
}

Result<QStringList> SqliteSession::addTokens(const QStringList &centers)
{
    for (const QString &center : centers) {
        if (!center.isEmpty() && !isCenterCode(center))
            return Error {QStringLiteral("BAD_CENTER"),
                          QStringLiteral("a center code is 1-32 letters, digits, - or _")};
    }
    QStringList made;
    Status status = write([&]() -> Status {
        for (const QString &center : centers) {
            const QString token = makeToken();
            if (!center.isEmpty()) {
                Query add(*this, "INSERT OR IGNORE INTO centers (code, created_at) VALUES (?, ?)");
                if (add.bind(center).bind(nowIso()).step() != SQLITE_DONE)
                    return failure(QStringLiteral("adding the center"));
            }
            Query insert(*this, "INSERT INTO tokens (token_sha256, center, admin, created_at,"
                                " change_seq) SELECT ?, ?, ?, ?, coalesce(max(change_seq), 0) + 1"
                                " FROM tokens");
            insert.bind(tokenSha256Hex(token));
            if (center.isEmpty())
                insert.bindNull();
            else
                insert.bind(center);
            insert.bind(qint64(center.isEmpty() ? 1 : 0)).bind(nowIso());
            if (insert.step() != SQLITE_DONE)
                return failure(QStringLiteral("adding the token"));
            made.append(token);
        }
        return {};
    });
    if (!status)
        return status.error();
    return made;
}

Result<QString> SqliteSession::addStationToken(const QString &center, const QString &station)
{
    if (!isCenterCode(center))
        return Error {QStringLiteral("BAD_CENTER"),
                      QStringLiteral("a center code is 1-32 letters, digits, - or _")};
    if (!isCenterCode(station))
        return Error {QStringLiteral("BAD_STATION"),
                      QStringLiteral("a station code is 1-32 letters, digits, - or _")};
    const QString token = makeToken();
    Status status = write([&]() -> Status {
        {
            Query valid(*this, "SELECT 1 FROM tokens WHERE center = ? AND station = ?"
                               " AND revoked_at IS NULL");
            const int rc = valid.bind(center).bind(station).step();
            if (rc == SQLITE_ROW)
                return Error {QStringLiteral("STATION_TOKEN_EXISTS"),
                              QStringLiteral("station %1 of center %2 has a valid token; "
                                             "revoke it first")
                                  .arg(station, center)};
            if (rc != SQLITE_DONE)
                return failure(QStringLiteral("finding the station's token"));
        }
        Query add(*this, "INSERT OR IGNORE INTO centers (code, created_at) VALUES (?, ?)");
        if (add.bind(center).bind(nowIso()).step() != SQLITE_DONE)
            return failure(QStringLiteral("adding the center"));
        Query insert(*this, "INSERT INTO tokens (token_sha256, center, admin, created_at,"
                            " change_seq, station) SELECT ?, ?, 0, ?,"
                            " coalesce(max(change_seq), 0) + 1, ? FROM tokens");
        if (insert.bind(tokenSha256Hex(token)).bind(center).bind(nowIso()).bind(station).step()
            != SQLITE_DONE)
            return failure(QStringLiteral("adding the token"));
        return {};
    });
    if (!status)
        return status.error();
    return token;
}

Result<QList<TokenInfo>> SqliteSession::tokens()
{
    if (Status status = connect(); !status)
        return status.error();
    Query query(*this, "SELECT token_sha256, coalesce(center, ''), admin, created_at,"
                       " coalesce(revoked_at, ''), station FROM tokens ORDER BY admin DESC,"
                       " center, station, created_at");
    QList<TokenInfo> list;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        list.append({query.text(0).left(12), query.text(1), query.text(5), query.integer(2) != 0,
                     query.text(3), query.text(4)});
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("listing the tokens"));
    return list;
}

Result<TokenInfo> SqliteSession::revokeToken(const QString &tokenOrId)
{
    const bool whole = tokenOrId.startsWith(QLatin1String("rc_"));
    if (!whole && !isTokenId(tokenOrId))
        return Error {QStringLiteral("BAD_TOKEN_ID"),
                      QStringLiteral("give the token's id from `token list` (at least 8 hex "
                                     "digits) or the whole token (--token-file)")};
    const QByteArray key = whole ? tokenSha256Hex(tokenOrId) : tokenOrId.toLatin1();
    TokenInfo info;
    Status status = write([&]() -> Status {
        QList<TokenInfo> found;
        QString hash;
        {
            Query find(*this, "SELECT token_sha256, coalesce(center, ''), admin, created_at,"
                              " coalesce(revoked_at, ''), station FROM tokens"
                              " WHERE substr(token_sha256, 1, ?) = ?");
            find.bind(qint64(key.size())).bind(key);
            int rc = SQLITE_ROW;
            while ((rc = find.step()) == SQLITE_ROW) {
                hash = find.text(0);
                found.append({hash.left(12), find.text(1), find.text(5), find.integer(2) != 0,
                              find.text(3), find.text(4)});
            }
            if (rc != SQLITE_DONE)
                return failure(QStringLiteral("finding the token"));
        }
        if (found.isEmpty())
            return Error {QStringLiteral("NOT_FOUND"), QStringLiteral("no such token")};
        if (found.size() > 1)
            return Error {QStringLiteral("AMBIGUOUS"),
                          QStringLiteral("%1 tokens start with %2: give more digits")
                              .arg(found.size())
                              .arg(tokenOrId)};
        info = found.first();
        if (!info.revokedAt.isEmpty())
            return Error {
                QStringLiteral("ALREADY_REVOKED"),
                QStringLiteral("token %1 was revoked at %2").arg(info.id, info.revokedAt)};
        info.revokedAt = nowIso();
        Query revoke(*this, "UPDATE tokens SET revoked_at = ?, change_seq ="
                            " (SELECT max(change_seq) + 1 FROM tokens) WHERE token_sha256 = ?");
        if (revoke.bind(info.revokedAt).bind(hash).step() != SQLITE_DONE)
            return failure(QStringLiteral("revoking the token"));
        return {};
    });
    if (!status)
        return status.error();
    return info;
}

Result<QByteArray> SqliteSession::chainState(const QString &center)
{
    if (Status status = connect(); !status)
        return status.error();
    Query query(*this, "SELECT state FROM chain_state WHERE center = ?");
    const int rc = query.bind(center.toUtf8()).step();
    if (rc == SQLITE_DONE)
        return QByteArray();
    if (rc != SQLITE_ROW)
        return failure(QStringLiteral("reading the audit-chain state"));
    return query.text(0).toUtf8();
}

Status SqliteSession::saveChainState(const QString &center, qint64 generation,
                                     const QByteArray &state)
{
    if (Status status = connect(); !status)
        return status;
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    return write([&]() -> Status {
        Query save(*this, "INSERT INTO chain_state (center, generation, state, updated_at)"
                          " VALUES (?, ?, ?, ?) ON CONFLICT (center) DO UPDATE SET"
                          " generation = excluded.generation, state = excluded.state,"
                          " updated_at = excluded.updated_at"
                          " WHERE chain_state.generation < excluded.generation");
        if (save.bind(center.toUtf8()).bind(generation).bind(state).bind(now).step() != SQLITE_DONE)
            return failure(QStringLiteral("storing the audit-chain state"));
        return {};
    });
}

Result<QString> SqliteSession::hubValue(const QString &name)
{
    if (Status status = connect(); !status)
        return status.error();
    Query query(*this, "SELECT value FROM hub_state WHERE name = ?");
    const int rc = query.bind(name.toUtf8()).step();
    if (rc == SQLITE_DONE)
        return QString();
    if (rc != SQLITE_ROW)
        return failure(QStringLiteral("reading the hub's state"));
    return query.text(0);
}

Status SqliteSession::setHubValue(const QString &name, const QString &value)
{
    if (Status status = connect(); !status)
        return status;
    return write([&]() -> Status {
        Query save(*this, "INSERT INTO hub_state (name, value) VALUES (?, ?)"
                          " ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        if (save.bind(name.toUtf8()).bind(value.toUtf8()).step() != SQLITE_DONE)
            return failure(QStringLiteral("storing the hub's state"));
        return {};
    });
}

Result<std::vector<DeviceTicketRow>> SqliteSession::deviceTickets(const QString &imei, int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    // The ids (UUIDs) find the rows through the partial indexes: "+center" keeps the primary
    // key (center, entity, …), which would read every ticket of the center, out of it, and
    // "+id" drops the column's TEXT affinity, which the expression index cannot compare with.
    static const QByteArray sql
        = QByteArray(kPhoneDevices)
          + " SELECT t.center, t.payload, d.payload, s.payload FROM devices v"
            " JOIN records t ON t.entity = 'ticket' AND +t.center = v.center"
            " AND json_extract(t.payload, '$.device_id') = +v.id"
            " LEFT JOIN records d ON d.entity = 'diagnosis' AND +d.center = t.center"
            " AND json_extract(d.payload, '$.ticket_id') = +t.id"
            " LEFT JOIN records s ON s.center = t.center AND s.entity = 'setting'"
            " AND s.id = 'repair_warranty.days'"
            " ORDER BY json_extract(t.payload, '$.created_at'), t.center, t.id LIMIT ?2";
    Query query(*this, sql.constData());
    query.bind(imei.toUtf8()).bind(qint64(limit));
    std::vector<DeviceTicketRow> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        out.push_back({query.text(0), query.text(1).toUtf8(), query.text(2).toUtf8(),
                       query.text(3).toUtf8()});
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("reading a device's history"));
    return out;
}

Result<std::vector<DeviceExchangeRow>> SqliteSession::deviceExchanges(const QString &imei,
                                                                      int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    // The phone's devices as for its tickets; each center's exchanges through the primary
    // key's (center, entity) prefix.
    static const QByteArray sql
        = QByteArray(kPhoneDevices)
          + " SELECT x.center, x.id, x.payload FROM devices v"
            " JOIN records x ON x.center = v.center AND x.entity = 'device_exchange'"
            " AND json_extract(x.payload, '$.device_id') = +v.id"
            " ORDER BY json_extract(x.payload, '$.date'), x.center, x.id LIMIT ?2";
    Query query(*this, sql.constData());
    query.bind(imei.toUtf8()).bind(qint64(limit));
    std::vector<DeviceExchangeRow> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        out.push_back({query.text(0), query.text(1), query.text(2).toUtf8()});
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("reading a device's exchanges"));
    return out;
}

Result<FeedRows> SqliteSession::changes(const QString &center, qint64 afterSeq,
                                        const QString &excludeStation, int limit)
{
    if (Status status = connect(); !status)
        return status.error();
    // One read transaction: the rows, the count behind them and the center's last number
    // from the same committed state.
    if (Status status = exec("BEGIN"); !status)
        return status.error();
    auto result = [&]() -> Result<FeedRows> {
        FeedRows out;
        {
            Query last(*this, "SELECT last_seq FROM centers WHERE code = ?");
            const int rc = last.bind(center).step();
            if (rc == SQLITE_ROW)
                out.nextSeq = last.integer(0);
            else if (rc != SQLITE_DONE)
                return failure(QStringLiteral("reading the center"));
        }
        const QByteArray station = excludeStation.toUtf8();
        Query rows(
            *this,
            "SELECT * FROM (SELECT 0, entity, id, version, origin, station, seq, payload,"
            " batch_id FROM records WHERE center = ?1 AND seq > ?2"
            " AND (?3 = '' OR station <> ?3) ORDER BY seq LIMIT ?4) UNION ALL"
            " SELECT * FROM (SELECT 1, entity, id, 1, origin, station, seq, payload,"
            " batch_id FROM events WHERE center = ?1 AND seq > ?2 AND (?3 = '' OR station <> ?3)"
            " ORDER BY seq LIMIT ?4) ORDER BY 7 LIMIT ?4");
        rows.bind(center).bind(afterSeq).bind(station).bind(qint64(limit));
        int rc = SQLITE_ROW;
        qint64 bytes = 0;
        bool full = false;
        while ((rc = rows.step()) == SQLITE_ROW) {
            out.rows.push_back({rows.integer(0) != 0, rows.text(1), rows.text(2), rows.integer(3),
                                rows.text(4), rows.text(5), rows.integer(6), rows.text(7).toUtf8(),
                                rows.text(8)});
            bytes += out.rows.back().payload.size();
            if (bytes >= sync::WireLimits::maxChangesPageBytes) {
                full = true;
                break;
            }
        }
        if (!full && rc != SQLITE_DONE)
            return failure(QStringLiteral("reading the changes"));
        if (!full && static_cast<int>(out.rows.size()) < limit)
            return out;
        out.nextSeq = out.rows.back().seq;
        // All after the page, less the asking station's own: two index-only counts each, where
        // a filter on the station would read every row behind the page.
        Query behind(
            *this,
            "SELECT (SELECT count(*) FROM records WHERE center = ?1 AND seq > ?2)"
            " + (SELECT count(*) FROM events WHERE center = ?1 AND seq > ?2)"
            " - (SELECT count(*) FROM records WHERE center = ?1 AND ?3 <> '' AND station = ?3"
            " AND seq > ?2) - (SELECT count(*) FROM events WHERE center = ?1"
            " AND ?3 <> '' AND station = ?3 AND seq > ?2)");
        if (behind.bind(center).bind(out.nextSeq).bind(station).step() != SQLITE_ROW)
            return failure(QStringLiteral("counting the changes"));
        out.behind = behind.integer(0);
        return out;
    }();
    (void)exec("COMMIT");
    return result;
}

Status SqliteSession::ping()
{
    if (Status status = connect(); !status)
        return status;
    Query query(*this, "SELECT 1");
    if (query.step() != SQLITE_ROW)
        return failure(QStringLiteral("ping"));
    return {};
}

Result<qint64> SqliteSession::pruneBatches(qint64 retentionSeconds, int limit)
{
    const QByteArray before = QDateTime::currentDateTimeUtc()
                                  .addSecs(-retentionSeconds)
                                  .toString(Qt::ISODateWithMs)
                                  .toUtf8();
    qint64 deleted = 0;
    Status status = write([&]() -> Status {
        Query prune(*this, "DELETE FROM batches WHERE rowid IN (SELECT rowid FROM batches"
                           " WHERE received_at < ? LIMIT ?)");
        if (prune.bind(before).bind(qint64(limit)).step() != SQLITE_DONE)
            return failure(QStringLiteral("pruning batch ids"));
        deleted = sqlite3_changes(m_db);
        return {};
    });
    if (!status)
        return status.error();
    return deleted;
}

} // namespace rc::hq
