#include "pgschema.h"

#include <QDebug>

namespace rc::hq::pg {

namespace {

constexpr const char *kLockKey = "7261001"; // pg_advisory_lock key of schema changes

// Step 1: the layout of docs/sync-protocol.md ("PostgreSQL"). Works on an empty database
// and on one made by repair-hq before versioned schemas (plain tables, text payloads):
// those tables are renamed, copied into the partitioned ones and dropped.
Status step1(Connection &c, const StoreOptions &options)
{
    auto legacy = c.exec("SELECT to_regclass('records') IS NOT NULL");
    if (!legacy)
        return legacy.error();
    const bool fromLegacy = Connection::value(*legacy, 0, 0) == "t";
    const int partitions = qBound(1, options.partitions, 1024);

    QList<QByteArray> sql {
        "CREATE TABLE IF NOT EXISTS centers (code text COLLATE \"C\" PRIMARY KEY NOT NULL,"
        " created_at text NOT NULL)",
        // Per center: the last change sequence number handed out, and counters kept as
        // batches apply (GET /v1/stats reads these, never counts rows).
        "ALTER TABLE centers ADD COLUMN IF NOT EXISTS last_seq bigint NOT NULL DEFAULT 0,"
        " ADD COLUMN IF NOT EXISTS batches bigint NOT NULL DEFAULT 0,"
        " ADD COLUMN IF NOT EXISTS last_batch_at timestamptz",
        "CREATE TABLE IF NOT EXISTS tokens (token_sha256 text PRIMARY KEY NOT NULL,"
        " center text, created_at text NOT NULL, revoked_at text)",
        "ALTER TABLE tokens ADD COLUMN IF NOT EXISTS revoked_at text,"
        " ADD COLUMN IF NOT EXISTS admin boolean NOT NULL DEFAULT false,"
        " ADD COLUMN IF NOT EXISTS change_seq bigint",
        // Tokens become a reference table on Citus, centers a distributed one: no foreign
        // key between them. An admin token has no center.
        "ALTER TABLE tokens DROP CONSTRAINT IF EXISTS tokens_center_fkey",
        "ALTER TABLE tokens ALTER COLUMN center DROP NOT NULL",
        "UPDATE tokens t SET change_seq = s.n FROM (SELECT token_sha256, row_number() OVER"
        " (ORDER BY created_at, token_sha256) AS n FROM tokens) s"
        " WHERE t.token_sha256 = s.token_sha256",
        "ALTER TABLE tokens ALTER COLUMN change_seq SET NOT NULL",
        "CREATE UNIQUE INDEX tokens_change_seq ON tokens (change_seq)",
        "ALTER TABLE tokens ADD CONSTRAINT tokens_center_or_admin"
        " CHECK (admin = (center IS NULL))",
    };
    if (fromLegacy) {
        sql += {
            "ALTER TABLE records RENAME TO records_v0",
            "ALTER TABLE events RENAME TO events_v0",
            "ALTER TABLE batches RENAME TO batches_v0",
        };
    }
    // Every key starts with the center, the partition (and Citus distribution) column;
    // seq orders a center's changes for a change feed, (center, seq) finds them. Keys are
    // identifiers, compared byte by byte (COLLATE "C"): a database created with a
    // language's collation would otherwise sort them through strcoll, several times slower
    // on every index insert and sort.
    sql += {
        "CREATE TABLE records (center text COLLATE \"C\" NOT NULL,"
        " entity text COLLATE \"C\" NOT NULL, id text COLLATE \"C\" NOT NULL,"
        " version bigint NOT NULL, seq bigint NOT NULL, payload jsonb NOT NULL,"
        " batch_id text NOT NULL, received_at timestamptz NOT NULL,"
        " PRIMARY KEY (center, entity, id)) PARTITION BY HASH (center)",
        "CREATE UNIQUE INDEX records_center_seq ON records (center, seq)",
        "CREATE TABLE events (center text COLLATE \"C\" NOT NULL,"
        " entity text COLLATE \"C\" NOT NULL, id text COLLATE \"C\" NOT NULL,"
        " seq bigint NOT NULL, payload jsonb NOT NULL, batch_id text NOT NULL,"
        " received_at timestamptz NOT NULL,"
        " PRIMARY KEY (center, entity, id)) PARTITION BY HASH (center)",
        "CREATE UNIQUE INDEX events_center_seq ON events (center, seq)",
        "CREATE TABLE batches (center text COLLATE \"C\" NOT NULL,"
        " batch_id text COLLATE \"C\" NOT NULL, records integer NOT NULL,"
        " sent_at text NOT NULL, received_at timestamptz NOT NULL,"
        " PRIMARY KEY (center, batch_id)) PARTITION BY HASH (center)",
        "CREATE INDEX batches_received_at ON batches (received_at)",
    };
    for (const char *table : {"records", "events", "batches"}) {
        for (int i = 0; i < partitions; ++i)
            sql.append(QByteArray("CREATE TABLE ") + table + "_p" + QByteArray::number(i)
                       + " PARTITION OF " + table + " FOR VALUES WITH (MODULUS "
                       + QByteArray::number(partitions) + ", REMAINDER " + QByteArray::number(i)
                       + ")");
    }
    sql += {
        "CREATE TABLE center_stats (center text COLLATE \"C\" NOT NULL,"
        " entity text COLLATE \"C\" NOT NULL,"
        " records bigint NOT NULL DEFAULT 0, events bigint NOT NULL DEFAULT 0,"
        " PRIMARY KEY (center, entity))",
        "CREATE TABLE hq_settings (key text PRIMARY KEY NOT NULL, value text NOT NULL)",
        "INSERT INTO hq_settings VALUES ('partitions', '" + QByteArray::number(partitions) + "')",
    };
    if (fromLegacy) {
        sql += {
            "INSERT INTO centers (code, created_at) SELECT DISTINCT center, '' FROM records_v0"
            " UNION SELECT DISTINCT center, '' FROM events_v0 ON CONFLICT (code) DO NOTHING",
            "INSERT INTO records SELECT center, entity, id, version, row_number() OVER"
            " (PARTITION BY center ORDER BY received_at, entity, id), payload::jsonb, batch_id,"
            " received_at::timestamptz FROM records_v0",
            "INSERT INTO events SELECT e.center, e.entity, e.id, coalesce(r.n, 0) + row_number()"
            " OVER (PARTITION BY e.center ORDER BY e.received_at, e.entity, e.id),"
            " e.payload::jsonb, e.batch_id, e.received_at::timestamptz FROM events_v0 e"
            " LEFT JOIN (SELECT center, count(*) AS n FROM records_v0 GROUP BY center) r"
            " ON r.center = e.center",
            "INSERT INTO batches SELECT center, batch_id, records, sent_at,"
            " received_at::timestamptz FROM batches_v0",
            "INSERT INTO center_stats (center, entity, records, events)"
            " SELECT center, entity, sum(r), sum(e) FROM ("
            " SELECT center, entity, count(*) AS r, 0 AS e FROM records GROUP BY 1, 2"
            " UNION ALL SELECT center, entity, 0, count(*) FROM events GROUP BY 1, 2) x"
            " GROUP BY 1, 2",
            "UPDATE centers c SET last_seq = greatest("
            " (SELECT coalesce(max(seq), 0) FROM records r WHERE r.center = c.code),"
            " (SELECT coalesce(max(seq), 0) FROM events e WHERE e.center = c.code)),"
            " batches = (SELECT count(*) FROM batches b WHERE b.center = c.code),"
            " last_batch_at = (SELECT max(received_at) FROM batches b WHERE b.center = c.code)",
            "DROP TABLE records_v0, events_v0, batches_v0",
        };
    }
    for (const QByteArray &statement : std::as_const(sql)) {
        if (Status status = c.run(statement); !status)
            return status;
    }
    return {};
}

// Step 2: a batch in one round trip. The whole batch arrives as arrays; one call takes the
// center's row lock, records the batch id, upserts snapshots and inserts events in key
// order, keeps the counters, and answers a status letter per record.
Status step2(Connection &c, const StoreOptions &)
{
    return c.run(R"SQL(
CREATE FUNCTION hq_apply_batch(
    p_center text, p_batch_id text, p_sent_at text, p_sent integer,
    p_event boolean[], p_entity text[], p_id text[], p_version bigint[], p_payload jsonb[],
    OUT replay boolean, OUT statuses text)
LANGUAGE plpgsql AS $fn$
DECLARE
    v_n integer := coalesce(cardinality(p_entity), 0);
    v_base bigint;
BEGIN
    -- The center's row first, in every process: one center's batches commit one after
    -- the other (so change numbers are handed out in commit order and two first inserts
    -- of one record never race), and batches of different centers never wait on each
    -- other. Rows below are then taken in key order.
    SELECT last_seq INTO v_base FROM centers WHERE code = p_center FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO centers (code, created_at)
        VALUES (p_center, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ON CONFLICT (code) DO NOTHING;
        SELECT last_seq INTO v_base FROM centers WHERE code = p_center FOR UPDATE;
    END IF;

    INSERT INTO batches (center, batch_id, records, sent_at, received_at)
    VALUES (p_center, p_batch_id, p_sent, p_sent_at, now())
    ON CONFLICT (center, batch_id) DO NOTHING;
    replay := NOT FOUND;

    WITH input AS (
        SELECT u.ord::integer AS ord, u.is_event, u.entity, u.id, u.version, u.payload
          FROM unnest(p_event, p_entity, p_id, p_version, p_payload)
               WITH ORDINALITY AS u(is_event, entity, id, version, payload, ord)
    ),
    -- The copy of each snapshot that is written: its newest version, the first such, with
    -- what HQ held before this batch (exact: this center's writers wait for its row), looked
    -- up by key.
    snap AS (
        SELECT s.*, (SELECT r.version FROM records r
                      WHERE r.center = p_center AND r.entity = s.entity AND r.id = s.id)
                   AS stored
          FROM (SELECT DISTINCT ON (entity, id) ord, entity, id, version, payload
                  FROM input WHERE NOT is_event
                 ORDER BY entity, id, version DESC, ord) s
    ),
    snap_written AS (
        INSERT INTO records AS r (center, entity, id, version, seq, payload, batch_id,
                                  received_at)
        SELECT p_center, s.entity, s.id, s.version, v_base + s.ord, s.payload, p_batch_id,
               now()
          FROM snap s WHERE s.stored IS NULL OR s.stored < s.version
         ORDER BY s.entity, s.id
        ON CONFLICT (center, entity, id) DO UPDATE
           SET version = excluded.version, seq = excluded.seq, payload = excluded.payload,
               batch_id = excluded.batch_id, received_at = excluded.received_at
         WHERE r.version < excluded.version
        RETURNING r.entity, r.id
    ),
    ev AS (
        SELECT DISTINCT ON (entity, id) ord, entity, id, payload
          FROM input WHERE is_event ORDER BY entity, id, ord
    ),
    ev_written AS (
        INSERT INTO events (center, entity, id, seq, payload, batch_id, received_at)
        SELECT p_center, e.entity, e.id, v_base + e.ord, e.payload, p_batch_id, now()
          FROM ev e ORDER BY e.entity, e.id
        ON CONFLICT (center, entity, id) DO NOTHING
        RETURNING entity, id
    ),
    result AS (
        SELECT i.ord, i.entity, i.is_event,
               CASE
                   WHEN i.is_event THEN
                       CASE WHEN e.ord = i.ord AND w.id IS NOT NULL THEN 'a' ELSE 'd' END
                   WHEN s.ord = i.ord THEN
                       CASE WHEN sw.id IS NOT NULL THEN 'a'
                            WHEN s.stored = i.version THEN 'd'
                            ELSE 's' END
                   WHEN i.version < s.version THEN 's'
                   ELSE 'd'
               END AS status,
               (NOT i.is_event AND s.ord = i.ord AND sw.id IS NOT NULL AND s.stored IS NULL)
                   AS new_record
          FROM input i
          LEFT JOIN snap s ON NOT i.is_event AND s.entity = i.entity AND s.id = i.id
          LEFT JOIN snap_written sw
                 ON NOT i.is_event AND sw.entity = i.entity AND sw.id = i.id
          LEFT JOIN ev e ON i.is_event AND e.entity = i.entity AND e.id = i.id
          LEFT JOIN ev_written w ON i.is_event AND w.entity = i.entity AND w.id = i.id
    ),
    counted AS (
        INSERT INTO center_stats AS cs (center, entity, records, events)
        SELECT p_center, entity, count(*) FILTER (WHERE new_record),
               count(*) FILTER (WHERE is_event AND status = 'a')
          FROM result WHERE new_record OR (is_event AND status = 'a')
         GROUP BY entity ORDER BY entity
        ON CONFLICT (center, entity) DO UPDATE
           SET records = cs.records + excluded.records, events = cs.events + excluded.events
    )
    SELECT coalesce(string_agg(status, '' ORDER BY ord), '') INTO statuses FROM result;

    UPDATE centers
       SET last_seq = v_base + v_n,
           batches = batches + CASE WHEN replay THEN 0 ELSE 1 END,
           last_batch_at = now()
     WHERE code = p_center;
END
$fn$)SQL");
}

// Step 3: the audit-chain verifier's state per center, kept across restarts of repair-hq.
Status step3(Connection &c, const StoreOptions &)
{
    return c.run("CREATE TABLE IF NOT EXISTS chain_state (center text COLLATE \"C\" PRIMARY KEY"
                 " NOT NULL, generation bigint NOT NULL, state text NOT NULL,"
                 " updated_at timestamptz NOT NULL DEFAULT now())");
}

// Step 4: protocol 2. A record's origin and station, a token's station (one valid token per
// station of a center), and hq_apply_batch ordering snapshots by (version, origin).
Status step4(Connection &c, const StoreOptions &)
{
    for (const char *sql : {
             "ALTER TABLE records ADD COLUMN origin text COLLATE \"C\" NOT NULL DEFAULT '',"
             " ADD COLUMN station text COLLATE \"C\" NOT NULL DEFAULT ''",
             "ALTER TABLE events ADD COLUMN origin text COLLATE \"C\" NOT NULL DEFAULT '',"
             " ADD COLUMN station text COLLATE \"C\" NOT NULL DEFAULT ''",
             "ALTER TABLE tokens ADD COLUMN station text NOT NULL DEFAULT ''",
             "CREATE UNIQUE INDEX tokens_station_valid ON tokens (center, station)"
             " WHERE station <> '' AND revoked_at IS NULL",
             // The feed counts what is behind a page from indexes alone.
             "CREATE INDEX records_center_station_seq ON records (center, station, seq)",
             "CREATE INDEX events_center_station_seq ON events (center, station, seq)",
             "DROP FUNCTION hq_apply_batch(text, text, text, integer, boolean[], text[], text[],"
             " bigint[], jsonb[])",
         }) {
        if (Status status = c.run(sql); !status)
            return status;
    }
    return c.run(R"SQL(
CREATE FUNCTION hq_apply_batch(
    p_center text, p_batch_id text, p_sent_at text, p_sent integer,
    p_event boolean[], p_entity text[], p_id text[], p_version bigint[], p_payload jsonb[],
    p_origin text[], p_station text,
    OUT replay boolean, OUT statuses text)
LANGUAGE plpgsql AS $fn$
DECLARE
    v_n integer := coalesce(cardinality(p_entity), 0);
    v_base bigint;
BEGIN
    -- The center's row first, in every process: one center's batches commit one after
    -- the other (so change numbers are handed out in commit order and two first inserts
    -- of one record never race), and batches of different centers never wait on each
    -- other. Rows below are then taken in key order.
    SELECT last_seq INTO v_base FROM centers WHERE code = p_center FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO centers (code, created_at)
        VALUES (p_center, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ON CONFLICT (code) DO NOTHING;
        SELECT last_seq INTO v_base FROM centers WHERE code = p_center FOR UPDATE;
    END IF;

    INSERT INTO batches (center, batch_id, records, sent_at, received_at)
    VALUES (p_center, p_batch_id, p_sent, p_sent_at, now())
    ON CONFLICT (center, batch_id) DO NOTHING;
    replay := NOT FOUND;

    WITH input AS (
        SELECT u.ord::integer AS ord, u.is_event, u.entity, u.id, u.version, u.payload,
               u.origin COLLATE "C" AS origin
          FROM unnest(p_event, p_entity, p_id, p_version, p_payload, p_origin)
               WITH ORDINALITY AS u(is_event, entity, id, version, payload, origin, ord)
    ),
    -- The copy of each snapshot that is written: its greatest (version, origin), the first
    -- such, with what HQ held before this batch (exact: this center's writers wait for its
    -- row), looked up by key.
    snap AS (
        SELECT s.*, r.version AS stored, r.origin AS stored_origin,
               r.payload AS stored_payload
          FROM (SELECT DISTINCT ON (entity, id) ord, entity, id, version, origin, payload
                  FROM input WHERE NOT is_event
                 ORDER BY entity, id, version DESC, origin DESC, ord) s
          LEFT JOIN records r ON r.center = p_center AND r.entity = s.entity AND r.id = s.id
    ),
    snap_written AS (
        INSERT INTO records AS r (center, entity, id, version, seq, payload, batch_id,
                                  received_at, origin, station)
        SELECT p_center, s.entity, s.id, s.version, v_base + s.ord, s.payload, p_batch_id,
               now(), s.origin, p_station
          FROM snap s WHERE s.stored IS NULL OR (s.stored, s.stored_origin) < (s.version, s.origin)
         ORDER BY s.entity, s.id
        ON CONFLICT (center, entity, id) DO UPDATE
           SET version = excluded.version, seq = excluded.seq, payload = excluded.payload,
               batch_id = excluded.batch_id, received_at = excluded.received_at,
               origin = excluded.origin, station = excluded.station
         WHERE (r.version, r.origin) < (excluded.version, excluded.origin)
        RETURNING r.entity, r.id
    ),
    ev AS (
        SELECT DISTINCT ON (entity, id) ord, entity, id, payload, origin
          FROM input WHERE is_event ORDER BY entity, id, ord
    ),
    ev_written AS (
        INSERT INTO events (center, entity, id, seq, payload, batch_id, received_at, origin,
                            station)
        SELECT p_center, e.entity, e.id, v_base + e.ord, e.payload, p_batch_id, now(),
               e.origin, p_station
          FROM ev e ORDER BY e.entity, e.id
        ON CONFLICT (center, entity, id) DO NOTHING
        RETURNING entity, id
    ),
    result AS (
        SELECT i.ord, i.entity, i.is_event,
               CASE
                   WHEN i.is_event THEN
                       CASE WHEN e.ord = i.ord AND w.id IS NOT NULL THEN 'a' ELSE 'd' END
                   WHEN s.ord = i.ord THEN
                       CASE WHEN sw.id IS NOT NULL THEN 'a'
                            WHEN (s.stored, s.stored_origin) > (i.version, i.origin) THEN 's'
                            WHEN s.stored_payload = i.payload THEN 'd'
                            ELSE 'r' END
                   WHEN (i.version, i.origin) < (s.version, s.origin) THEN 's'
                   WHEN i.payload = s.payload THEN 'd'
                   ELSE 'r'
               END AS status,
               (NOT i.is_event AND s.ord = i.ord AND sw.id IS NOT NULL AND s.stored IS NULL)
                   AS new_record
          FROM input i
          LEFT JOIN snap s ON NOT i.is_event AND s.entity = i.entity AND s.id = i.id
          LEFT JOIN snap_written sw
                 ON NOT i.is_event AND sw.entity = i.entity AND sw.id = i.id
          LEFT JOIN ev e ON i.is_event AND e.entity = i.entity AND e.id = i.id
          LEFT JOIN ev_written w ON i.is_event AND w.entity = i.entity AND w.id = i.id
    ),
    counted AS (
        INSERT INTO center_stats AS cs (center, entity, records, events)
        SELECT p_center, entity, count(*) FILTER (WHERE new_record),
               count(*) FILTER (WHERE is_event AND status = 'a')
          FROM result WHERE new_record OR (is_event AND status = 'a')
         GROUP BY entity ORDER BY entity
        ON CONFLICT (center, entity) DO UPDATE
           SET records = cs.records + excluded.records, events = cs.events + excluded.events
    )
    SELECT coalesce(string_agg(status, '' ORDER BY ord), '') INTO statuses FROM result;

    UPDATE centers
       SET last_seq = v_base + v_n,
           batches = batches + CASE WHEN replay THEN 0 ELSE 1 END,
           last_batch_at = now()
     WHERE code = p_center;
END
$fn$)SQL");
}

// Step 5: device history. A phone's devices by either IMEI, a device's tickets, a ticket's
// diagnosis: partial expression indexes (made on every partition), so a lookup reads a few
// rows however many records HQ holds.
Status step5(Connection &c, const StoreOptions &)
{
    for (const char *sql : {
             "CREATE INDEX records_device_imei1 ON records ((payload->>'imei1'))"
             " WHERE entity = 'device'",
             "CREATE INDEX records_device_imei2 ON records ((payload->>'imei2'))"
             " WHERE entity = 'device'",
             // COLLATE "C" like the ids they are compared with, or the index is not used.
             "CREATE INDEX records_ticket_device ON records"
             " (center, (payload->>'device_id') COLLATE \"C\") WHERE entity = 'ticket'",
             "CREATE INDEX records_diagnosis_ticket ON records"
             " (center, (payload->>'ticket_id') COLLATE \"C\") WHERE entity = 'diagnosis'",
         }) {
        if (Status status = c.run(sql); !status)
            return status;
    }
    return {};
}

// Step 6: a hub's state (the cursors of its forwarder and puller).
Status step6(Connection &c, const StoreOptions &)
{
    return c.run("CREATE TABLE hub_state (name text PRIMARY KEY, value text NOT NULL)");
}

using Step = Status (*)(Connection &, const StoreOptions &);
struct Migration
{
    Step run;
    const char *description;
};
const Migration kSteps[] = {
    {step1, "partitioned records, events, batches; change sequence; counters; admin tokens"},
    {step2, "hq_apply_batch: a batch in one round trip"},
    {step3, "chain_state: the audit-chain verifier's state per center"},
    {step4, "protocol 2: origin and station of records and events, station tokens"},
    {step5, "device history: records by IMEI, tickets by device, diagnoses by ticket"},
    {step6, "hub_state: a hub's forwarder and puller cursors"},
};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(std::size(kSteps));
}

Result<int> schemaVersion(Connection &c)
{
    auto exists = c.exec("SELECT to_regclass('hq_schema') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (Connection::value(*exists, 0, 0) != "t")
        return 0;
    auto version = c.exec("SELECT coalesce(max(version), 0) FROM hq_schema");
    if (!version)
        return version.error();
    return Connection::value(*version, 0, 0).toInt();
}

Status migrate(Connection &c, const StoreOptions &options)
{
    if (Status status = c.run(QByteArray("SELECT pg_advisory_lock(") + kLockKey + ")"); !status)
        return status;
    auto unlock = [&c](Status status) {
        if (c.isOpen())
            (void)c.run(QByteArray("SELECT pg_advisory_unlock(") + kLockKey + ")");
        return status;
    };
    if (Status status = c.run("CREATE TABLE IF NOT EXISTS hq_schema (version integer PRIMARY KEY,"
                              " description text NOT NULL,"
                              " applied_at timestamptz NOT NULL DEFAULT now())");
        !status)
        return unlock(status);
    auto current = schemaVersion(c);
    if (!current)
        return unlock(current.error());
    if (*current > latestSchemaVersion())
        return unlock(Error {QStringLiteral("SCHEMA_NEWER"),
                             QStringLiteral("HQ's database has schema version %1; this repair-hq "
                                            "knows up to %2: upgrade repair-hq")
                                 .arg(*current)
                                 .arg(latestSchemaVersion())});
    for (int version = *current + 1; version <= latestSchemaVersion(); ++version) {
        const Migration &step = kSteps[version - 1];
        if (Status status = c.run("BEGIN"); !status)
            return unlock(status);
        Status status = step.run(c, options);
        if (status) {
            Params params;
            params.text(QByteArray::number(version));
            params.text(QByteArray(step.description));
            auto recorded
                = c.exec("INSERT INTO hq_schema (version, description) VALUES ($1, $2)", params);
            if (!recorded)
                status = recorded.error();
        }
        if (!status) {
            (void)c.run("ROLLBACK");
            return unlock(Error {status.error().code, QStringLiteral("schema step %1 failed: %2")
                                                          .arg(version)
                                                          .arg(status.error().message)});
        }
        if (Status committed = c.run("COMMIT"); !committed)
            return unlock(committed);
    }
    // The partition count is fixed when the tables are made; say so if asked for another.
    auto partitions = c.exec("SELECT value FROM hq_settings WHERE key = 'partitions'");
    if (partitions && Connection::rows(*partitions) == 1
        && Connection::value(*partitions, 0, 0).toInt() != options.partitions)
        qWarning("repair-hq: the database has %d partitions per table; partitions = %d applies "
                 "only to a new database",
                 Connection::value(*partitions, 0, 0).toInt(), options.partitions);
    return unlock({});
}

} // namespace rc::hq::pg
