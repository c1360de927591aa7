#include "migrations.h"

namespace rc {

namespace {

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
