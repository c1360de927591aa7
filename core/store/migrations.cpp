#include "migrations.h"

#include <QList>

#include <tuple>

namespace rc {

namespace {

// Seconds since the epoch of a stored instant (fraction dropped).
QString epoch(const QString &instant)
{
    return QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)").arg(instant);
}

// How a picked-up ticket counts (1 warranty, 2 paid, 0 unclassified): by its approved quote
// (nothing payable: warranty), else by the warranty verdict (covered: warranty).
QString repairKind(const QString &ticketId)
{
    return QStringLiteral(
               "(SELECT CASE WHEN EXISTS (SELECT 1 FROM quote_lines l WHERE l.ticket_id = t.id "
               "AND l.revision = t.approved_revision) THEN CASE WHEN (SELECT "
               "coalesce(sum(l.quantity * l.unit_price_minor), 0) FROM quote_lines l WHERE "
               "l.ticket_id = t.id AND l.revision = t.approved_revision AND l.covered = 0) = 0 "
               "THEN 1 ELSE 2 END WHEN t.warranty_verdict IS NULL OR t.warranty_verdict = '' OR "
               "NOT json_valid(t.warranty_verdict) THEN 0 WHEN "
               "CAST(json_extract(t.warranty_verdict, '$.covered') AS INTEGER) <> 0 THEN 1 ELSE 0 "
               "END FROM tickets t WHERE t.id = %1)")
        .arg(ticketId);
}

// The latest pickup of another ticket of the same device at or before this one came in.
QString previousPickup(const QString &facts)
{
    return QStringLiteral("(SELECT max(p.picked_up_at) FROM tickets p WHERE p.device_id = "
                          "%1.device_id AND p.id <> %1.ticket_id AND p.picked_up_at <= "
                          "%1.created_at)")
        .arg(facts);
}

const char *const kStages[] = {"received",  "diagnosing",          "quoted",        "approved",
                               "declined",  "repairing",           "waiting_parts", "ready",
                               "picked_up", "returned_unrepaired", "cancelled"};

QStringList reportFactsStatements()
{
    QStringList stageColumns;
    QStringList stageAccrual;
    for (const char *stage : kStages) {
        const QString name = QString::fromLatin1(stage);
        stageColumns << QStringLiteral(" s_%1 INTEGER").arg(name);
        stageAccrual << QStringLiteral("s_%1 = CASE WHEN last_status = '%1' THEN coalesce(s_%1, "
                                       "0) + %2 - last_s ELSE s_%1 END")
                            .arg(name, epoch(QStringLiteral("NEW.at")));
    }
    QStringList stageNames;
    for (const char *stage : kStages)
        stageNames << QStringLiteral("s_%1").arg(QString::fromLatin1(stage));
    QStringList statements {
        QStringLiteral("CREATE TABLE ticket_facts ("
                       " ticket_id TEXT PRIMARY KEY NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " created_s INTEGER NOT NULL,"
                       " device_id TEXT NOT NULL,"
                       " technician_id TEXT NOT NULL DEFAULT '',"
                       " last_status TEXT,"
                       " last_s INTEGER,"
                       " picked_s INTEGER,"
                       " kind INTEGER NOT NULL DEFAULT 0,"
                       " prev_pickup_at TEXT,")
            + stageColumns.join(QLatin1Char(',')) + QStringLiteral(") WITHOUT ROWID"),
    };
    // Existing stores: tickets, then their timeline, pickups and kinds.
    statements << reportFactsFill();
    statements << QStringList {
        // What a date-range report reads, in order: completed tickets by pickup, received
        // tickets coming back to a device by creation.
        QStringLiteral("CREATE INDEX ticket_facts_picked ON ticket_facts(picked_s, "
                       "technician_id, kind, created_s, %1) WHERE picked_s IS NOT NULL")
            .arg(stageNames.join(QStringLiteral(", "))),
        QStringLiteral("CREATE INDEX ticket_facts_repeat ON ticket_facts(created_at, "
                       "prev_pickup_at) WHERE prev_pickup_at IS NOT NULL"),
        // Kept current from here on.
        QStringLiteral("CREATE TRIGGER ticket_facts_ticket_insert AFTER INSERT ON tickets BEGIN "
                       "INSERT INTO ticket_facts (ticket_id, created_at, created_s, device_id, "
                       "technician_id) VALUES (NEW.id, NEW.created_at, %1, NEW.device_id, "
                       "coalesce(NEW.technician_id, '')); "
                       "UPDATE ticket_facts SET prev_pickup_at = %2 WHERE ticket_id IN (SELECT id "
                       "FROM tickets WHERE device_id = NEW.device_id) AND (ticket_id = NEW.id OR "
                       "NEW.picked_up_at IS NOT NULL); END")
            .arg(epoch(QStringLiteral("NEW.created_at")),
                 previousPickup(QStringLiteral("ticket_facts"))),
        QStringLiteral("CREATE TRIGGER ticket_facts_ticket_update AFTER UPDATE ON tickets BEGIN "
                       "UPDATE ticket_facts SET created_at = NEW.created_at, created_s = %1, "
                       "device_id = NEW.device_id, technician_id = coalesce(NEW.technician_id, "
                       "''), kind = CASE WHEN picked_s IS NULL THEN kind ELSE %2 END WHERE "
                       "ticket_id = NEW.id; "
                       "UPDATE ticket_facts SET prev_pickup_at = %3 WHERE (OLD.picked_up_at IS "
                       "NOT NEW.picked_up_at OR OLD.device_id IS NOT NEW.device_id OR "
                       "OLD.created_at IS NOT NEW.created_at) AND ticket_id IN (SELECT id FROM "
                       "tickets WHERE device_id IN (OLD.device_id, NEW.device_id)); END")
            .arg(epoch(QStringLiteral("NEW.created_at")), repairKind(QStringLiteral("NEW.id")),
                 previousPickup(QStringLiteral("ticket_facts"))),
        QStringLiteral("CREATE TRIGGER ticket_facts_ticket_delete AFTER DELETE ON tickets BEGIN "
                       "DELETE FROM ticket_facts WHERE ticket_id = OLD.id; "
                       "UPDATE ticket_facts SET prev_pickup_at = %1 WHERE ticket_id IN (SELECT id "
                       "FROM tickets WHERE device_id = OLD.device_id); END")
            .arg(previousPickup(QStringLiteral("ticket_facts"))),
        QStringLiteral("CREATE TRIGGER ticket_facts_event AFTER INSERT ON ticket_events WHEN "
                       "NEW.to_status IS NOT NULL BEGIN UPDATE ticket_facts SET %1, last_status = "
                       "NEW.to_status, last_s = %2, picked_s = CASE WHEN NEW.to_status = "
                       "'picked_up' THEN %2 ELSE picked_s END, kind = CASE WHEN NEW.to_status = "
                       "'picked_up' THEN %3 ELSE kind END WHERE ticket_id = NEW.ticket_id; END")
            .arg(stageAccrual.join(QStringLiteral(", ")), epoch(QStringLiteral("NEW.at")),
                 repairKind(QStringLiteral("NEW.ticket_id"))),
        QStringLiteral("CREATE TRIGGER ticket_facts_quote_insert AFTER INSERT ON quote_lines "
                       "BEGIN UPDATE ticket_facts SET kind = %1 WHERE ticket_id = NEW.ticket_id "
                       "AND picked_s IS NOT NULL; END")
            .arg(repairKind(QStringLiteral("NEW.ticket_id"))),
        QStringLiteral("CREATE TRIGGER ticket_facts_quote_update AFTER UPDATE ON quote_lines "
                       "BEGIN UPDATE ticket_facts SET kind = %1 WHERE ticket_id IN "
                       "(NEW.ticket_id, OLD.ticket_id) AND picked_s IS NOT NULL; END")
            .arg(repairKind(QStringLiteral("ticket_facts.ticket_id"))),
        QStringLiteral("CREATE TRIGGER ticket_facts_quote_delete AFTER DELETE ON quote_lines "
                       "BEGIN UPDATE ticket_facts SET kind = %1 WHERE ticket_id = OLD.ticket_id "
                       "AND picked_s IS NOT NULL; END")
            .arg(repairKind(QStringLiteral("OLD.ticket_id"))),
    };
    return statements;
}

} // namespace

QStringList reportFactsFill()
{
    QStringList stagePivot;
    QStringList stageCopy;
    for (const char *stage : kStages) {
        const QString name = QString::fromLatin1(stage);
        stagePivot
            << QStringLiteral("sum(CASE WHEN status = '%1' THEN seconds END) AS s_%1").arg(name);
        stageCopy << QStringLiteral("s_%1 = d.s_%1").arg(name);
    }
    return {
        QStringLiteral("INSERT INTO ticket_facts (ticket_id, created_at, created_s, device_id, "
                       "technician_id) SELECT id, created_at, %1, device_id, "
                       "coalesce(technician_id, '') FROM tickets")
            .arg(epoch(QStringLiteral("created_at"))),
        QStringLiteral("CREATE TEMP TABLE durations AS SELECT ticket_id, %2 FROM (SELECT "
                       "ticket_id, to_status AS status, lead(%1) OVER (PARTITION BY ticket_id "
                       "ORDER BY rid) - %1 AS seconds FROM ticket_events WHERE to_status IS NOT "
                       "NULL) WHERE seconds IS NOT NULL GROUP BY ticket_id")
            .arg(epoch(QStringLiteral("at")), stagePivot.join(QStringLiteral(", "))),
        QStringLiteral("UPDATE ticket_facts SET ") + stageCopy.join(QStringLiteral(", "))
            + QStringLiteral(" FROM temp.durations d WHERE d.ticket_id = ticket_facts.ticket_id"),
        QStringLiteral("DROP TABLE temp.durations"),
        QStringLiteral("UPDATE ticket_facts SET (last_status, last_s) = (SELECT e.to_status, %1 "
                       "FROM ticket_events e WHERE e.ticket_id = ticket_facts.ticket_id AND "
                       "e.to_status IS NOT NULL ORDER BY e.rid DESC LIMIT 1), picked_s = (SELECT "
                       "%1 FROM ticket_events e WHERE e.ticket_id = ticket_facts.ticket_id AND "
                       "e.to_status = 'picked_up' ORDER BY e.rid DESC LIMIT 1)")
            .arg(epoch(QStringLiteral("e.at"))),
        QStringLiteral("UPDATE ticket_facts SET kind = %1 WHERE picked_s IS NOT NULL")
            .arg(repairKind(QStringLiteral("ticket_facts.ticket_id"))),
        QStringLiteral("UPDATE ticket_facts SET prev_pickup_at = %1")
            .arg(previousPickup(QStringLiteral("ticket_facts"))),
    };
}

QStringList reportFactsInsertTriggers()
{
    return {QStringLiteral("ticket_facts_ticket_insert"), QStringLiteral("ticket_facts_event"),
            QStringLiteral("ticket_facts_quote_insert")};
}

QStringList ticketSearchFill()
{
    return {
        QStringLiteral("INSERT OR IGNORE INTO ticket_keys (key, rid)"
                       " SELECT 'P' || c.phone, t.rid FROM tickets t"
                       " JOIN customers c ON c.id = t.customer_id WHERE c.phone <> ''"
                       " UNION ALL SELECT 'p' || c.phone_rev, t.rid FROM tickets t"
                       " JOIN customers c ON c.id = t.customer_id WHERE c.phone_rev <> ''"
                       " UNION ALL SELECT 'i' || d.imei1_rev, t.rid FROM tickets t"
                       " JOIN devices d ON d.id = t.device_id WHERE d.imei1_rev <> ''"
                       " UNION ALL SELECT 'i' || d.imei2_rev, t.rid FROM tickets t"
                       " JOIN devices d ON d.id = t.device_id WHERE d.imei2_rev <> ''"
                       " ORDER BY 1, 2"),
        QStringLiteral("INSERT INTO ticket_names (rowid, tokens)"
                       " SELECT t.rid, n.tokens FROM tickets t"
                       " JOIN customers c ON c.id = t.customer_id"
                       " JOIN customer_names n ON n.rowid = c.rid ORDER BY t.rid"),
    };
}

QString ticketSearchInsertTrigger()
{
    return QStringLiteral("ticket_search_insert");
}

namespace {

// Schema step 15 (see there).
QStringList versionClockStatements()
{
    // table, entity, id column
    const QList<std::tuple<const char *, const char *, const char *>> records {
        {"customers", "customer", "id"},
        {"devices", "device", "id"},
        {"users", "user", "id"},
        {"tickets", "ticket", "id"},
        {"diagnoses", "diagnosis", "id"},
        {"price_items", "price_item", "id"},
        {"quote_lines", "quote_line", "id"},
        {"approvals", "approval", "id"},
        {"payments", "payment", "id"},
        {"learned_tacs", "tac", "id"},
        {"settings", "setting", "key"},
        {"device_exchanges", "device_exchange", "id"},
        {"remedies", "remedy", "id"},
        {"collect_notices", "collect_notice", "id"},
        {"loaners", "loaner", "id"},
        {"loans", "loan", "id"},
    };
    QStringList highest {QStringLiteral("SELECT max(version) FROM outbox")};
    QStringList statements {
        QStringLiteral("CREATE TABLE version_clock ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " clock INTEGER NOT NULL CHECK (clock >= 0),"
                       " incarnation TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE record_origins ("
                       " entity TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " origin TEXT NOT NULL,"
                       " PRIMARY KEY (entity, id)) WITHOUT ROWID"),
    };
    for (const auto &[table, entity, id] : records) {
        highest << QStringLiteral("SELECT max(version) FROM %1").arg(QLatin1String(table));
        statements << QStringLiteral("INSERT INTO record_origins (entity, id, version, origin) "
                                     "SELECT '%2', %3, version, '' FROM %1")
                          .arg(QLatin1String(table), QLatin1String(entity), QLatin1String(id));
    }
    // A version 4 UUID from SQLite's randomness.
    const QString uuid = QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || "
        "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
    statements << QStringLiteral("INSERT INTO version_clock (id, clock, incarnation) SELECT 1, "
                                 "coalesce(max(v), 0), %1 FROM (%2)")
                      .arg(uuid, highest.join(QStringLiteral(" UNION ALL "))
                                     .replace(QStringLiteral("max(version)"),
                                              QStringLiteral("max(version) AS v")));
    statements << QStringLiteral("ALTER TABLE outbox ADD COLUMN origin TEXT NOT NULL DEFAULT ''")
               << QStringLiteral(
                      "UPDATE outbox SET origin = (SELECT incarnation FROM version_clock)")
               << QStringLiteral("INSERT INTO record_origins (entity, id, version, origin) "
                                 "SELECT entity, entity_id, max(version), origin FROM outbox WHERE "
                                 "record_kind = 'snapshot' GROUP BY entity, entity_id "
                                 "ON CONFLICT (entity, id) DO UPDATE SET version = "
                                 "excluded.version, origin = excluded.origin "
                                 "WHERE excluded.version >= record_origins.version");
    return statements;
}

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> steps;
    steps.push_back({1,
                     "settings",
                     {
                         QStringLiteral("CREATE TABLE settings ("
                                        " key TEXT PRIMARY KEY NOT NULL,"
                                        " value TEXT NOT NULL,"
                                        " updated_at TEXT NOT NULL)"),
                     }});
    // The domain: customers, devices, tickets and their timeline, diagnosis, quotes,
    // approvals, payments, the price list, users, learned TACs and the outbox that sync
    // drains (docs/architecture.md). Mutable records carry a UUID `id` and a `version`; `rid` is
    // the local row order (newest ticket = highest rid), never sent anywhere.
    steps.push_back(
        {2,
         "domain schema",
         {
             QStringLiteral("CREATE TABLE customers ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " name TEXT NOT NULL,"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " phone_rev TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX customers_phone ON customers(phone)"),
             QStringLiteral("CREATE INDEX customers_phone_rev ON customers(phone_rev)"),
             QStringLiteral("CREATE VIRTUAL TABLE customer_names USING fts5(tokens, detail=none)"),
             QStringLiteral("CREATE TABLE devices ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " imei1 TEXT NOT NULL,"
                            " imei2 TEXT NOT NULL DEFAULT '',"
                            " imei1_rev TEXT NOT NULL,"
                            " imei2_rev TEXT NOT NULL DEFAULT '',"
                            " brand TEXT NOT NULL DEFAULT '',"
                            " model TEXT NOT NULL DEFAULT '',"
                            " serial TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX devices_imei1_rev ON devices(imei1_rev)"),
             QStringLiteral(
                 "CREATE INDEX devices_imei2_rev ON devices(imei2_rev) WHERE imei2_rev <> ''"),
             QStringLiteral("CREATE TABLE users ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " display_name TEXT NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN ('clerk','technician','manager')),"
                            " pin_hash TEXT NOT NULL,"
                            " pin_salt TEXT NOT NULL,"
                            " pin_iterations INTEGER NOT NULL,"
                            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                            " locked_until TEXT,"
                            " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE tickets ("
                 " rid INTEGER PRIMARY KEY,"
                 " id TEXT NOT NULL UNIQUE,"
                 " version INTEGER NOT NULL DEFAULT 1,"
                 " number TEXT NOT NULL UNIQUE,"
                 " center TEXT NOT NULL,"
                 " station TEXT NOT NULL,"
                 " customer_id TEXT NOT NULL REFERENCES customers(id),"
                 " device_id TEXT NOT NULL REFERENCES devices(id),"
                 " status TEXT NOT NULL CHECK (status IN "
                 "('received','diagnosing','quoted','approved','declined','repairing','waiting_"
                 "parts','ready','picked_up','returned_unrepaired','cancelled')),"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL,"
                 " status_changed_at TEXT NOT NULL,"
                 " intake_user_id TEXT REFERENCES users(id),"
                 " technician_id TEXT REFERENCES users(id),"
                 " fault_description TEXT NOT NULL,"
                 " fault_category TEXT NOT NULL DEFAULT '',"
                 " component TEXT NOT NULL DEFAULT '',"
                 " sale_date TEXT,"
                 " condition_json TEXT NOT NULL DEFAULT '{}',"
                 " accessories_json TEXT NOT NULL DEFAULT '[]',"
                 " backup_consent INTEGER NOT NULL DEFAULT 0 CHECK (backup_consent IN (0,1)),"
                 " passcode_handling TEXT NOT NULL DEFAULT 'no_lock' CHECK (passcode_handling IN "
                 "('no_lock','removed_by_customer','customer_will_unlock','not_needed')),"
                 " warranty_case TEXT,"
                 " warranty_verdict TEXT,"
                 " quote_revision INTEGER NOT NULL DEFAULT 0,"
                 " approved_revision INTEGER NOT NULL DEFAULT 0,"
                 " picked_up_at TEXT)"),
             QStringLiteral("CREATE INDEX tickets_customer ON tickets(customer_id, rid)"),
             QStringLiteral("CREATE INDEX tickets_device ON tickets(device_id, rid)"),
             QStringLiteral("CREATE INDEX tickets_status ON tickets(status, rid)"),
             QStringLiteral("CREATE INDEX tickets_technician ON tickets(technician_id, status) "
                            "WHERE technician_id IS NOT NULL"),
             QStringLiteral("CREATE TABLE ticket_sequences ("
                            " prefix TEXT PRIMARY KEY NOT NULL,"
                            " last INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE ticket_events ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " at TEXT NOT NULL,"
                            " user_id TEXT REFERENCES users(id),"
                            " actor TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL,"
                            " from_status TEXT,"
                            " to_status TEXT,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " data TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, rid)"),
             QStringLiteral("CREATE TABLE diagnoses ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " technician_id TEXT REFERENCES users(id),"
                            " at TEXT NOT NULL,"
                            " findings TEXT NOT NULL DEFAULT '',"
                            " fault_codes TEXT NOT NULL DEFAULT '[]',"
                            " damage TEXT NOT NULL DEFAULT '[]',"
                            " cause TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX diagnoses_ticket ON diagnoses(ticket_id)"),
             QStringLiteral("CREATE TABLE price_items ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " code TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('part','labour')),"
                            " name TEXT NOT NULL,"
                            " unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),"
                            " currency TEXT NOT NULL DEFAULT 'CNY',"
                            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE quote_lines ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " revision INTEGER NOT NULL CHECK (revision >= 1),"
                            " kind TEXT NOT NULL CHECK (kind IN ('part','labour')),"
                            " price_item_id TEXT REFERENCES price_items(id),"
                            " description TEXT NOT NULL,"
                            " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                            " unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),"
                            " currency TEXT NOT NULL DEFAULT 'CNY',"
                            " covered INTEGER NOT NULL DEFAULT 0 CHECK (covered IN (0,1)),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX quote_lines_ticket ON quote_lines(ticket_id, revision)"),
             QStringLiteral("CREATE TABLE approvals ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " revision INTEGER NOT NULL,"
                            " decision TEXT NOT NULL CHECK (decision IN ('approved','declined')),"
                            " payable_minor INTEGER NOT NULL DEFAULT 0,"
                            " currency TEXT NOT NULL DEFAULT 'CNY',"
                            " method TEXT NOT NULL DEFAULT 'in_person',"
                            " user_id TEXT REFERENCES users(id),"
                            " at TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX approvals_ticket ON approvals(ticket_id, revision)"),
             QStringLiteral("CREATE TABLE payments ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " kind TEXT NOT NULL CHECK (kind IN ('deposit','payment','refund')),"
                            " amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),"
                            " currency TEXT NOT NULL DEFAULT 'CNY',"
                            " method TEXT NOT NULL,"
                            " reference TEXT NOT NULL DEFAULT '',"
                            " user_id TEXT REFERENCES users(id),"
                            " at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX payments_ticket ON payments(ticket_id)"),
             QStringLiteral("CREATE TABLE learned_tacs ("
                            " tac TEXT PRIMARY KEY NOT NULL CHECK (length(tac) = 8),"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " brand TEXT NOT NULL,"
                            " model TEXT NOT NULL,"
                            " user_id TEXT REFERENCES users(id),"
                            " updated_at TEXT NOT NULL) WITHOUT ROWID"),
             QStringLiteral("ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral(
                 "CREATE TABLE outbox ("
                 " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " record_kind TEXT NOT NULL CHECK (record_kind IN ('snapshot','event')),"
                 " entity TEXT NOT NULL,"
                 " entity_id TEXT NOT NULL,"
                 " version INTEGER NOT NULL,"
                 " payload TEXT NOT NULL,"
                 " created_at TEXT NOT NULL,"
                 " attempts INTEGER NOT NULL DEFAULT 0,"
                 " next_attempt_at TEXT,"
                 " last_error TEXT,"
                 " quarantined INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX outbox_pending ON outbox(quarantined, seq)"),
         }});
    // The manager's desk (issue 8): bilingual names and stock for the price list, the audit
    // trail of changes that are not about one ticket (users, prices, settings), and the
    // indexes the reports and the audit view read by date.
    steps.push_back(
        {3,
         "price list, audit entries, report indexes",
         {
             QStringLiteral("ALTER TABLE price_items ADD COLUMN name_en TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE price_items ADD COLUMN stock INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE TABLE audit_entries ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " at TEXT NOT NULL,"
                            " user_id TEXT REFERENCES users(id),"
                            " actor TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " data TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX audit_entries_at ON audit_entries(at)"),
             QStringLiteral("CREATE INDEX tickets_created ON tickets(created_at)"),
             QStringLiteral("CREATE INDEX ticket_events_at ON ticket_events(at)"),
             QStringLiteral("CREATE INDEX ticket_events_to_status ON ticket_events(to_status, at) "
                            "WHERE to_status IS NOT NULL"),
             QStringLiteral("CREATE INDEX payments_at ON payments(at)"),
         }});
    // Sync (issue 7): when the outbox was last drained and the last error, for the status
    // bar and `repairctl sync status`. Counts come from the outbox itself.
    steps.push_back({4,
                     "sync state",
                     {
                         QStringLiteral("CREATE TABLE sync_state ("
                                        " key TEXT PRIMARY KEY NOT NULL,"
                                        " value TEXT NOT NULL)"),
                     }});
    // Report facts (issue 8): one row per ticket with what the KPI report reads (stage
    // times, pickup, warranty-or-paid, technician, the device's previous pickup), kept by
    // triggers inside the same transaction as every write to tickets, their timeline and
    // quote lines, and filled here from the event log for existing stores.
    steps.push_back({5, "report facts", reportFactsStatements()});
    // Search at scale (issue 4): every search kind reads ticket rows newest first from one
    // index keyed by what was typed, instead of going through customers or devices and
    // sorting their tickets. ticket_keys holds, per ticket, its customer's phone ('P' + digits,
    // "starts with") and reversed phone ('p', "ends with") and its device's reversed IMEIs
    // ('i'); ticket_names holds its customer's name tokens (NameTokens) under the ticket's
    // rid. Triggers keep both in step with tickets, customers and devices; a renamed
    // customer's tickets get their new name tokens from CustomerRepository::update.
    steps.push_back(
        {6,
         "ticket search keys",
         {
             QStringLiteral("CREATE TABLE ticket_keys ("
                            " key TEXT NOT NULL,"
                            " rid INTEGER NOT NULL,"
                            " PRIMARY KEY (key, rid)) WITHOUT ROWID"),
             ticketSearchFill().at(0),
             QStringLiteral("CREATE VIRTUAL TABLE ticket_names USING fts5(tokens, detail=none)"),
             ticketSearchFill().at(1),
             QStringLiteral(
                 "CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets BEGIN"
                 " INSERT OR IGNORE INTO ticket_keys (key, rid)"
                 "  SELECT 'P' || phone, NEW.rid FROM customers"
                 "   WHERE id = NEW.customer_id AND phone <> ''"
                 "  UNION ALL SELECT 'p' || phone_rev, NEW.rid FROM customers"
                 "   WHERE id = NEW.customer_id AND phone_rev <> ''"
                 "  UNION ALL SELECT 'i' || imei1_rev, NEW.rid FROM devices"
                 "   WHERE id = NEW.device_id AND imei1_rev <> ''"
                 "  UNION ALL SELECT 'i' || imei2_rev, NEW.rid FROM devices"
                 "   WHERE id = NEW.device_id AND imei2_rev <> '';"
                 " INSERT INTO ticket_names (rowid, tokens)"
                 "  SELECT NEW.rid, n.tokens FROM customers c"
                 "   JOIN customer_names n ON n.rowid = c.rid WHERE c.id = NEW.customer_id;"
                 " END"),
             QStringLiteral("CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets BEGIN"
                            " DELETE FROM ticket_keys WHERE rid = OLD.rid"
                            "  AND key IN (SELECT 'P' || phone FROM customers"
                            "   WHERE id = OLD.customer_id UNION ALL SELECT 'p' || phone_rev"
                            "   FROM customers WHERE id = OLD.customer_id UNION ALL"
                            "   SELECT 'i' || imei1_rev FROM devices WHERE id = OLD.device_id"
                            "   UNION ALL SELECT 'i' || imei2_rev FROM devices"
                            "   WHERE id = OLD.device_id);"
                            " DELETE FROM ticket_names WHERE rowid = OLD.rid;"
                            " END"),
             QStringLiteral(
                 "CREATE TRIGGER ticket_search_customer AFTER UPDATE OF customer_id ON tickets"
                 " WHEN NEW.customer_id <> OLD.customer_id BEGIN"
                 " DELETE FROM ticket_keys WHERE rid = OLD.rid"
                 "  AND key IN (SELECT 'P' || phone FROM customers WHERE id = OLD.customer_id"
                 "   UNION ALL SELECT 'p' || phone_rev FROM customers"
                 "   WHERE id = OLD.customer_id);"
                 " INSERT OR IGNORE INTO ticket_keys (key, rid)"
                 "  SELECT 'P' || phone, NEW.rid FROM customers"
                 "   WHERE id = NEW.customer_id AND phone <> ''"
                 "  UNION ALL SELECT 'p' || phone_rev, NEW.rid FROM customers"
                 "   WHERE id = NEW.customer_id AND phone_rev <> '';"
                 " DELETE FROM ticket_names WHERE rowid = OLD.rid;"
                 " INSERT INTO ticket_names (rowid, tokens)"
                 "  SELECT NEW.rid, n.tokens FROM customers c"
                 "   JOIN customer_names n ON n.rowid = c.rid WHERE c.id = NEW.customer_id;"
                 " END"),
             QStringLiteral(
                 "CREATE TRIGGER ticket_search_device AFTER UPDATE OF device_id ON tickets"
                 " WHEN NEW.device_id <> OLD.device_id BEGIN"
                 " DELETE FROM ticket_keys WHERE rid = OLD.rid"
                 "  AND key IN (SELECT 'i' || imei1_rev FROM devices WHERE id = OLD.device_id"
                 "   UNION ALL SELECT 'i' || imei2_rev FROM devices WHERE id = OLD.device_id);"
                 " INSERT OR IGNORE INTO ticket_keys (key, rid)"
                 "  SELECT 'i' || imei1_rev, NEW.rid FROM devices"
                 "   WHERE id = NEW.device_id AND imei1_rev <> ''"
                 "  UNION ALL SELECT 'i' || imei2_rev, NEW.rid FROM devices"
                 "   WHERE id = NEW.device_id AND imei2_rev <> '';"
                 " END"),
             QStringLiteral(
                 "CREATE TRIGGER ticket_search_phone AFTER UPDATE OF phone, phone_rev ON customers"
                 " WHEN NEW.phone <> OLD.phone OR NEW.phone_rev <> OLD.phone_rev BEGIN"
                 " DELETE FROM ticket_keys WHERE key IN ('P' || OLD.phone, 'p' || OLD.phone_rev)"
                 "  AND rid IN (SELECT rid FROM tickets WHERE customer_id = OLD.id);"
                 " INSERT OR IGNORE INTO ticket_keys (key, rid)"
                 "  SELECT 'P' || NEW.phone, rid FROM tickets"
                 "   WHERE customer_id = NEW.id AND NEW.phone <> ''"
                 "  UNION ALL SELECT 'p' || NEW.phone_rev, rid FROM tickets"
                 "   WHERE customer_id = NEW.id AND NEW.phone_rev <> '';"
                 " END"),
             QStringLiteral(
                 "CREATE TRIGGER ticket_search_imei AFTER UPDATE OF imei1_rev, imei2_rev ON devices"
                 " WHEN NEW.imei1_rev <> OLD.imei1_rev OR NEW.imei2_rev <> OLD.imei2_rev BEGIN"
                 " DELETE FROM ticket_keys WHERE key IN ('i' || OLD.imei1_rev, 'i' || "
                 "OLD.imei2_rev)"
                 "  AND rid IN (SELECT rid FROM tickets WHERE device_id = OLD.id);"
                 " INSERT OR IGNORE INTO ticket_keys (key, rid)"
                 "  SELECT 'i' || NEW.imei1_rev, rid FROM tickets"
                 "   WHERE device_id = NEW.id AND NEW.imei1_rev <> ''"
                 "  UNION ALL SELECT 'i' || NEW.imei2_rev, rid FROM tickets"
                 "   WHERE device_id = NEW.id AND NEW.imei2_rev <> '';"
                 " END"),
         }});
    // What the customer was told at intake, and intake drafts (issue 17). tickets.intake_verdict
    // keeps the verdict of the intake receipt once a diagnosis or an override replaces
    // warranty_verdict (the current one). Existing tickets get it from their first event that
    // replaced the verdict (warranty, diagnosis or override: its previous_verdict), else from
    // the verdict they still carry. intake_drafts holds each user's unsaved intake form, local
    // to this store (never in the outbox).
    steps.push_back(
        {7,
         "intake verdict and intake drafts",
         {
             QStringLiteral("ALTER TABLE tickets ADD COLUMN intake_verdict TEXT"),
             QStringLiteral(
                 "UPDATE tickets SET intake_verdict = coalesce("
                 " (SELECT CASE json_extract(e.data, '$.previous_verdict') WHEN '{}' THEN ''"
                 "  ELSE json_extract(e.data, '$.previous_verdict') END"
                 "  FROM ticket_events e WHERE e.ticket_id = tickets.id"
                 "   AND e.kind IN ('warranty', 'diagnosis', 'override') AND json_valid(e.data)"
                 "   AND json_type(e.data, '$.previous_verdict') = 'object'"
                 "  ORDER BY e.rid LIMIT 1),"
                 " warranty_verdict)"
                 " WHERE warranty_verdict IS NOT NULL OR EXISTS (SELECT 1 FROM ticket_events e"
                 "  WHERE e.ticket_id = tickets.id AND e.kind IN ('warranty', 'diagnosis', "
                 "'override'))"),
             QStringLiteral("UPDATE tickets SET intake_verdict = NULL WHERE intake_verdict = ''"),
             QStringLiteral("CREATE TABLE intake_drafts ("
                            " user_id TEXT PRIMARY KEY NOT NULL REFERENCES users(id),"
                            " saved_at TEXT NOT NULL,"
                            " form TEXT NOT NULL CHECK (json_valid(form))"
                            ") WITHOUT ROWID"),
         }});
    // The warranty history's exchanges (issue 18): an exchange (换货) restarts the warranty of
    // the phone it gives (CN-12, a main-unit exchange: device_id is the replacement phone) or
    // counts towards the refund of an accessory exchanged again (CN-13: device_id is the phone
    // whose accessory was exchanged). The warranty case of every later intake of that device
    // reads them (core/store/warrantyhistory.h); the remedy that records an exchange writes
    // them (issue 20).
    steps.push_back({8,
                     "device exchanges",
                     {
                         QStringLiteral("CREATE TABLE device_exchanges ("
                                        " rid INTEGER PRIMARY KEY,"
                                        " id TEXT NOT NULL UNIQUE,"
                                        " version INTEGER NOT NULL DEFAULT 1,"
                                        " device_id TEXT NOT NULL REFERENCES devices(id),"
                                        " ticket_id TEXT REFERENCES tickets(id),"
                                        " component TEXT NOT NULL,"
                                        " date TEXT NOT NULL,"
                                        " created_at TEXT NOT NULL)"),
                         QStringLiteral("CREATE INDEX device_exchanges_device ON "
                                        "device_exchanges(device_id, date)"),
                     }});
    // The append-only audit trail (issue 21, docs/audit.md): each audit entry and ticket
    // event carries the hash of the one before it in its table (prev_hash) and its own
    // (hash); the rows already there are chained now, in rid order, by the store's
    // rc_audit_hash() and rc_event_hash() (core/store/auditchain.h), and triggers refuse any
    // UPDATE or DELETE of either table from then on.
    steps.push_back(
        {9,
         "audit chain, append-only audit and ticket events",
         {
             QStringLiteral(
                 "ALTER TABLE audit_entries ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE audit_entries ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE ticket_events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE ticket_events ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TEMP TABLE rc_chain AS WITH RECURSIVE c(rid, prev, hash) AS ("
                            " SELECT rid, '', rc_audit_hash('', id, at, user_id, actor, kind, "
                            "entity, entity_id, note, data) FROM audit_entries"
                            " WHERE rid = (SELECT min(rid) FROM audit_entries)"
                            " UNION ALL SELECT e.rid, c.hash, rc_audit_hash(c.hash, e.id, e.at, "
                            "e.user_id, e.actor, e.kind, e.entity, e.entity_id, e.note, e.data)"
                            " FROM c JOIN audit_entries e"
                            " ON e.rid = (SELECT min(rid) FROM audit_entries WHERE rid > c.rid))"
                            " SELECT rid, prev, hash FROM c"),
             QStringLiteral(
                 "UPDATE audit_entries SET prev_hash = rc_chain.prev, hash = rc_chain.hash"
                 " FROM rc_chain WHERE rc_chain.rid = audit_entries.rid"),
             QStringLiteral("DROP TABLE rc_chain"),
             QStringLiteral(
                 "CREATE TEMP TABLE rc_chain AS WITH RECURSIVE c(rid, prev, hash) AS ("
                 " SELECT rid, '', rc_event_hash('', id, ticket_id, at, user_id, actor, kind, "
                 "from_status, to_status, note, data) FROM ticket_events"
                 " WHERE rid = (SELECT min(rid) FROM ticket_events)"
                 " UNION ALL SELECT e.rid, c.hash, rc_event_hash(c.hash, e.id, e.ticket_id, e.at, "
                 "e.user_id, e.actor, e.kind, e.from_status, e.to_status, e.note, e.data)"
                 " FROM c JOIN ticket_events e"
                 " ON e.rid = (SELECT min(rid) FROM ticket_events WHERE rid > c.rid))"
                 " SELECT rid, prev, hash FROM c"),
             QStringLiteral(
                 "UPDATE ticket_events SET prev_hash = rc_chain.prev, hash = rc_chain.hash"
                 " FROM rc_chain WHERE rc_chain.rid = ticket_events.rid"),
             QStringLiteral("DROP TABLE rc_chain"),
             QStringLiteral("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
                            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
                            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"),
             QStringLiteral("CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events "
                            "BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END"),
             QStringLiteral("CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events "
                            "BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END"),
         }});
    // The HQ token is kept out of the store and its backups (issue 21, store/tokenstore.h).
    // Database::moveTokenOut() has saved it to the token store before this step runs.
    steps.push_back({10,
                     "HQ token out of the store",
                     {
                         QStringLiteral("DELETE FROM settings WHERE key = 'sync.token'"),
                     }});
    // Remedies (issue 20): the remedy a ticket closed with — a refund (CN-04), an exchange
    // (CN-04/05/06/08/09, the new phone's warranty restarting by CN-12 through its
    // device_exchanges row) or an accessory replacement (CN-13) — with the rules that allowed
    // it, the manager's override reason when the verdict did not, and for an exchange the
    // conditions confirmed one by one (JSON {"box_complete": true, …}), the replacement device
    // and what became of the old phone; for an accessory, the component and its own warranty
    // end. A refund's money is its payments row (kind "refund"); payment_id points to it.
    steps.push_back(
        {11,
         "remedies",
         {
             // tickets.status gains the three remedy statuses. Widening a CHECK changes
             // nothing stored, so the table's definition is edited in place (SQLite's
             // documented procedure for constraint changes; every existing row satisfies the
             // wider check) and the schema reloaded; the CREATE TABLE below bumps the schema
             // cookie so every other connection reloads it too.
             QStringLiteral("PRAGMA writable_schema=ON"),
             QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, "
                            "'''picked_up'',''returned_unrepaired'',''cancelled'')', "
                            "'''picked_up'',''returned_unrepaired'',''cancelled'',''exchanged'',"
                            "''refunded'',''accessory_replaced'')')"
                            " WHERE type = 'table' AND name = 'tickets'"),
             QStringLiteral("PRAGMA writable_schema=RESET"),
             QStringLiteral("CREATE TABLE remedies ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " ticket_id TEXT NOT NULL UNIQUE REFERENCES tickets(id),"
                            " kind TEXT NOT NULL CHECK (kind IN ('refund','exchange','accessory')),"
                            " rules TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rules)),"
                            " override_reason TEXT NOT NULL DEFAULT '',"
                            " conditions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(conditions)),"
                            " new_device_id TEXT REFERENCES devices(id),"
                            " old_phone TEXT NOT NULL DEFAULT '',"
                            " component TEXT NOT NULL DEFAULT '',"
                            " warranty_end TEXT NOT NULL DEFAULT '',"
                            " payment_id TEXT REFERENCES payments(id),"
                            " amount_minor INTEGER NOT NULL DEFAULT 0,"
                            " method TEXT NOT NULL DEFAULT '',"
                            " user_id TEXT REFERENCES users(id),"
                            " date TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
         }});
    // Uncollected phones (issue 20): the notices to collect a ready phone (date, how: phone,
    // message or letter, who), and the status "disposed" a manager closes the ticket in
    // uncollected.days after the last notice, with a reason (the ticket event's note).
    // tickets.status is widened as in the remedies step: the definition edited in place,
    // the CREATE TABLE after it bumping the schema cookie.
    steps.push_back(
        {12,
         "notices to collect, disposed",
         {
             QStringLiteral("PRAGMA writable_schema=ON"),
             QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, "
                            "'''refunded'',''accessory_replaced'')', "
                            "'''refunded'',''accessory_replaced'',''disposed'')')"
                            " WHERE type = 'table' AND name = 'tickets'"),
             QStringLiteral("PRAGMA writable_schema=RESET"),
             QStringLiteral("CREATE TABLE collect_notices ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " how TEXT NOT NULL CHECK (how IN ('phone','message','letter')),"
                            " user_id TEXT REFERENCES users(id),"
                            " date TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX collect_notices_ticket ON collect_notices(ticket_id, "
                            "date)"),
         }});
    // Loaner phones (备用机, CN-07; issue 20). `loaners` is the center's stock: the phone's IMEI
    // (validated like an intake's), model, condition (ok | damaged), the deposit asked (minor
    // units) and its state (in_stock | lent | written_off). `loans` is one lending to a
    // ticket's customer: the deposit taken (its payments row, kind "deposit", reference
    // "loan:<id>"), the expected return date, and how it ended — returned (the condition
    // found, the deposit returned as a "refund" payment or kept with a written reason) or
    // written off by a manager with a reason. At most one loan is out per loaner and per
    // ticket (the partial unique indexes); a ticket's phone is not handed back while its loan
    // is out (PickupRepository::release).
    steps.push_back(
        {13,
         "loaners",
         {
             QStringLiteral("CREATE TABLE loaners ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " imei TEXT NOT NULL UNIQUE,"
                            " model TEXT NOT NULL,"
                            " condition TEXT NOT NULL DEFAULT 'ok' CHECK (condition IN "
                            "('ok','damaged')),"
                            " deposit_minor INTEGER NOT NULL CHECK (deposit_minor >= 0),"
                            " currency TEXT NOT NULL DEFAULT 'CNY',"
                            " state TEXT NOT NULL DEFAULT 'in_stock' CHECK (state IN "
                            "('in_stock','lent','written_off')),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE loans ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " loaner_id TEXT NOT NULL REFERENCES loaners(id),"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " state TEXT NOT NULL DEFAULT 'out' CHECK (state IN "
                            "('out','returned','written_off')),"
                            " condition_out TEXT NOT NULL,"
                            " deposit_minor INTEGER NOT NULL CHECK (deposit_minor >= 0),"
                            " currency TEXT NOT NULL DEFAULT 'CNY',"
                            " method TEXT NOT NULL DEFAULT '',"
                            " deposit_payment_id TEXT REFERENCES payments(id),"
                            " lent_by TEXT REFERENCES users(id),"
                            " lent_at TEXT NOT NULL,"
                            " expected_return TEXT NOT NULL,"
                            " condition_back TEXT NOT NULL DEFAULT '',"
                            " deposit_outcome TEXT NOT NULL DEFAULT '' CHECK (deposit_outcome IN "
                            "('','returned','kept')),"
                            " refund_payment_id TEXT REFERENCES payments(id),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " closed_by TEXT REFERENCES users(id),"
                            " closed_at TEXT)"),
             QStringLiteral("CREATE UNIQUE INDEX loans_out_loaner ON loans(loaner_id) "
                            "WHERE state = 'out'"),
             QStringLiteral("CREATE UNIQUE INDEX loans_out_ticket ON loans(ticket_id) "
                            "WHERE state = 'out'"),
             QStringLiteral("CREATE INDEX loans_ticket ON loans(ticket_id)"),
         }});
    // 14: the diagnosis fee (检测费, issue 20), fixed on each ticket when it is registered from
    // the fees.* settings (0: no fee), and a manager's waiver of it with a reason.
    steps.push_back(
        {14,
         "diagnosis fee",
         {
             QStringLiteral("ALTER TABLE tickets ADD COLUMN diagnosis_fee_minor INTEGER NOT NULL "
                            "DEFAULT 0 CHECK (diagnosis_fee_minor >= 0)"),
             QStringLiteral("ALTER TABLE tickets ADD COLUMN diagnosis_fee_waive_on_approval "
                            "INTEGER NOT NULL DEFAULT 1 CHECK (diagnosis_fee_waive_on_approval "
                            "IN (0, 1))"),
             QStringLiteral("ALTER TABLE tickets ADD COLUMN diagnosis_fee_waived_reason TEXT NOT "
                            "NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE tickets ADD COLUMN diagnosis_fee_waived_by TEXT "
                            "REFERENCES users(id)"),
         }});
    // Versions that never go backwards (issue 19, docs/sync-protocol.md "Version 2"): the
    // store's Lamport clock and incarnation (store/versionclock.h), one row. The clock starts
    // above every version this store has used (records and unsent outbox rows); the
    // incarnation is a random UUID. Unsent outbox rows take this incarnation as their origin.
    // record_origins holds the newest (version, origin) the store has for each snapshot:
    // existing records get their own version with origin '' (what protocol 1 sent them as),
    // then the unsent rows' pairs, which are newer.
    steps.push_back({15, "version clock, incarnation, record origins", versionClockStatements()});
    // Applying the other stations' records (issue 19, workflow/remotechanges.h): where the
    // pull of HQ's change feed stands (one row: the cursor, when a page was last applied, how
    // many records HQ had after it); the records that could not be applied yet (reason
    // 'parent': their parent row has not come; 'malformed': with the error), never dropped;
    // the (version, origin) every ticket event travelled with (a trigger records this store's
    // own as the outbox takes them), which orders two different status moves from the same
    // status; and the losing move of such a pair, marked for the ticket view's timeline
    // (ticket events are append-only, so the mark is a row of its own).
    steps.push_back(
        {16,
         "pull state, parked records, status conflicts",
         {
             QStringLiteral("CREATE TABLE pull_state ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " cursor TEXT NOT NULL DEFAULT '',"
                            " last_pull TEXT,"
                            " behind INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("INSERT INTO pull_state (id) VALUES (1)"),
             QStringLiteral("CREATE TABLE parked_records ("
                            " seq INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('snapshot','event')),"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " origin TEXT NOT NULL,"
                            " payload TEXT NOT NULL,"
                            " reason TEXT NOT NULL CHECK (reason IN ('parent','malformed')),"
                            " error TEXT NOT NULL DEFAULT '',"
                            " parked_at TEXT NOT NULL,"
                            " UNIQUE (entity, entity_id, version, origin))"),
             QStringLiteral("CREATE TABLE event_origins ("
                            " event_id TEXT PRIMARY KEY NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " origin TEXT NOT NULL) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO event_origins (event_id, version, origin)"
                            " SELECT entity_id, version, origin FROM outbox"
                            " WHERE entity = 'ticket_event'"),
             QStringLiteral("CREATE TRIGGER outbox_event_origin AFTER INSERT ON outbox"
                            " WHEN NEW.entity = 'ticket_event' BEGIN"
                            " INSERT OR IGNORE INTO event_origins (event_id, version, origin)"
                            " VALUES (NEW.entity_id, NEW.version, NEW.origin); END"),
             QStringLiteral("CREATE TABLE event_conflicts ("
                            " event_id TEXT PRIMARY KEY NOT NULL REFERENCES ticket_events(id),"
                            " ticket_id TEXT NOT NULL REFERENCES tickets(id),"
                            " winner_id TEXT NOT NULL REFERENCES ticket_events(id))"
                            " WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX event_conflicts_ticket ON event_conflicts(ticket_id)"),
         }});
    // A record's rows in the outbox (issue 19, backlogs of 100 k records): the applier looks
    // up the newest unsent change of a record it is about to overwrite, and a settled
    // snapshot removes the older quarantined rows of its record. Without this index both read
    // every quarantined (or every) row, once per record, so a push or a pull slowed down as
    // the outbox grew.
    steps.push_back({17,
                     "outbox rows by record",
                     {
                         QStringLiteral("CREATE INDEX outbox_record ON outbox(entity, entity_id, "
                                        "seq)"),
                     }});
    // One chain per station (issue 19, docs/audit.md): an entry pulled from another station
    // keeps that station's hashes, and this store's own entries link only to its own, so the
    // chain HQ verifies for this station has nothing in it HQ never receives. Every entry so
    // far was written here, by this station.
    steps.push_back(
        {18,
         "audit chains per station",
         {
             QStringLiteral(
                 "ALTER TABLE audit_entries ADD COLUMN station TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE ticket_events ADD COLUMN station TEXT NOT NULL DEFAULT ''"),
             // Append-only but for this one column, filled once here.
             QStringLiteral("DROP TRIGGER audit_entries_no_update"),
             QStringLiteral("DROP TRIGGER ticket_events_no_update"),
             QStringLiteral("UPDATE audit_entries SET station = COALESCE((SELECT value FROM "
                            "settings WHERE key = 'station.code'), '01')"),
             QStringLiteral("UPDATE ticket_events SET station = COALESCE((SELECT value FROM "
                            "settings WHERE key = 'station.code'), '01')"),
             QStringLiteral("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
                            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"),
             QStringLiteral("CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events "
                            "BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END"),
             QStringLiteral("CREATE INDEX audit_entries_station ON audit_entries(station, rid)"),
             QStringLiteral("CREATE INDEX ticket_events_station ON ticket_events(station, rid)"),
         }});
    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

} // namespace rc
