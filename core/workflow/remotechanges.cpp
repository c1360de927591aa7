#include "remotechanges.h"

#include "common/clock.h"
#include "settingsrules.h"
#include "store/auditchain.h"
#include "store/database.h"
#include "store/searchtokens.h"
#include "store/sql.h"
#include "store/statusmoves.h"
#include "store/versionclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace rc::workflow {

namespace {

// How a payload value becomes a column value.
enum class Conv {
    Text, // a string; null or missing: ''
    NullText, // a string; null, missing or empty: NULL
    Int,
    NegatedInt, // a remedy's refund travels negative, the row keeps it positive
    Bool,
    Json, // an object or array as compact JSON text
    NullJson, // the same, null or missing: NULL
};

struct Column
{
    const char *key; // in the payload
    const char *column; // in the table
    Conv conv;
    bool required = false; // a reference or identity a row cannot do without
    const char *fallback = ""; // for a missing Json value
};

// One entity the counter pushes (grep Outbox::append) and the table its snapshots or events
// fill. The rule for each is in docs/sync-protocol.md, "Version 2: how a station applies".
struct Spec
{
    const char *entity;
    const char *table;
    bool event;
    std::vector<Column> columns;
};

const std::vector<Spec> &specs()
{
    static const std::vector<Spec> all {
        {"customer",
         "customers",
         false,
         {{"name", "name", Conv::Text, true},
          {"phone", "phone", Conv::Text},
          {"note", "note", Conv::Text},
          {"created_at", "created_at", Conv::Text, true},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"device",
         "devices",
         false,
         {{"imei1", "imei1", Conv::Text, true},
          {"imei2", "imei2", Conv::Text},
          {"brand", "brand", Conv::Text},
          {"model", "model", Conv::Text},
          {"serial", "serial", Conv::Text},
          {"created_at", "created_at", Conv::Text, true},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"user",
         "users",
         false,
         {{"username", "username", Conv::Text, true},
          {"display_name", "display_name", Conv::Text, true},
          {"role", "role", Conv::Text, true},
          {"disabled", "disabled", Conv::Bool},
          {"created_at", "created_at", Conv::Text, true},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"ticket",
         "tickets",
         false,
         {{"number", "number", Conv::Text, true},
          {"center", "center", Conv::Text, true},
          {"station", "station", Conv::Text, true},
          {"customer_id", "customer_id", Conv::Text, true},
          {"device_id", "device_id", Conv::Text, true},
          {"status", "status", Conv::Text, true},
          {"created_at", "created_at", Conv::Text, true},
          {"updated_at", "updated_at", Conv::Text, true},
          {"status_changed_at", "status_changed_at", Conv::Text, true},
          {"intake_user_id", "intake_user_id", Conv::NullText},
          {"technician_id", "technician_id", Conv::NullText},
          {"fault_description", "fault_description", Conv::Text, true},
          {"fault_category", "fault_category", Conv::Text},
          {"component", "component", Conv::Text},
          {"sale_date", "sale_date", Conv::NullText},
          {"condition", "condition_json", Conv::Json, false, "{}"},
          {"accessories", "accessories_json", Conv::Json, false, "[]"},
          {"backup_consent", "backup_consent", Conv::Bool},
          {"passcode_handling", "passcode_handling", Conv::Text, true},
          {"warranty_case", "warranty_case", Conv::NullJson},
          {"warranty_verdict", "warranty_verdict", Conv::NullJson},
          {"intake_verdict", "intake_verdict", Conv::NullJson},
          {"quote_revision", "quote_revision", Conv::Int},
          {"approved_revision", "approved_revision", Conv::Int},
          {"picked_up_at", "picked_up_at", Conv::NullText},
          {"diagnosis_fee_minor", "diagnosis_fee_minor", Conv::Int},
          {"diagnosis_fee_waive_on_approval", "diagnosis_fee_waive_on_approval", Conv::Bool},
          {"diagnosis_fee_waived_reason", "diagnosis_fee_waived_reason", Conv::Text},
          {"diagnosis_fee_waived_by", "diagnosis_fee_waived_by", Conv::NullText}}},
        {"diagnosis",
         "diagnoses",
         false,
         {{"ticket_id", "ticket_id", Conv::Text, true},
          {"technician_id", "technician_id", Conv::NullText},
          {"at", "at", Conv::Text, true},
          {"findings", "findings", Conv::Text},
          {"fault_codes", "fault_codes", Conv::Json, false, "[]"},
          {"damage", "damage", Conv::Json, false, "[]"},
          {"cause", "cause", Conv::Text},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"price_item",
         "price_items",
         false,
         {{"code", "code", Conv::Text, true},
          {"kind", "kind", Conv::Text, true},
          {"name", "name", Conv::Text, true},
          {"name_en", "name_en", Conv::Text},
          {"unit_price_minor", "unit_price_minor", Conv::Int},
          {"currency", "currency", Conv::Text, true},
          {"stock", "stock", Conv::Int},
          {"active", "active", Conv::Bool},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"quote_line",
         "quote_lines",
         false,
         {{"ticket_id", "ticket_id", Conv::Text, true},
          {"revision", "revision", Conv::Int},
          {"kind", "kind", Conv::Text, true},
          {"price_item_id", "price_item_id", Conv::NullText},
          {"description", "description", Conv::Text, true},
          {"quantity", "quantity", Conv::Int},
          {"unit_price_minor", "unit_price_minor", Conv::Int},
          {"currency", "currency", Conv::Text, true},
          {"covered", "covered", Conv::Bool},
          {"created_at", "created_at", Conv::Text, true},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"approval",
         "approvals",
         false,
         {{"ticket_id", "ticket_id", Conv::Text, true},
          {"revision", "revision", Conv::Int},
          {"decision", "decision", Conv::Text, true},
          {"payable_minor", "payable_minor", Conv::Int},
          {"currency", "currency", Conv::Text, true},
          {"method", "method", Conv::Text},
          {"user_id", "user_id", Conv::NullText},
          {"at", "at", Conv::Text, true},
          {"note", "note", Conv::Text}}},
        {"payment",
         "payments",
         false,
         {{"ticket_id", "ticket_id", Conv::Text, true},
          {"kind", "kind", Conv::Text, true},
          {"amount_minor", "amount_minor", Conv::Int},
          {"currency", "currency", Conv::Text, true},
          {"method", "method", Conv::Text, true},
          {"reference", "reference", Conv::Text},
          {"user_id", "user_id", Conv::NullText},
          {"at", "at", Conv::Text, true}}},
        {"tac",
         "learned_tacs",
         false,
         {{"tac", "tac", Conv::Text, true},
          {"brand", "brand", Conv::Text, true},
          {"model", "model", Conv::Text, true},
          {"user_id", "user_id", Conv::NullText},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"device_exchange",
         "device_exchanges",
         false,
         {{"device_id", "device_id", Conv::Text, true},
          {"ticket_id", "ticket_id", Conv::NullText},
          {"component", "component", Conv::Text, true},
          {"date", "date", Conv::Text, true},
          {"updated_at", "created_at", Conv::Text, true}}},
        {"remedy",
         "remedies",
         false,
         {{"ticket_id", "ticket_id", Conv::Text, true},
          {"kind", "kind", Conv::Text, true},
          {"rules", "rules", Conv::Json, false, "[]"},
          {"override_reason", "override_reason", Conv::Text},
          {"conditions", "conditions", Conv::Json, false, "{}"},
          {"new_device_id", "new_device_id", Conv::NullText},
          {"old_phone", "old_phone", Conv::Text},
          {"component", "component", Conv::Text},
          {"warranty_end", "warranty_end", Conv::Text},
          {"payment_id", "payment_id", Conv::NullText},
          {"amount_minor", "amount_minor", Conv::NegatedInt},
          {"method", "method", Conv::Text},
          {"user_id", "user_id", Conv::NullText},
          {"date", "date", Conv::Text, true},
          {"updated_at", "created_at", Conv::Text, true}}},
        {"collect_notice",
         "collect_notices",
         false,
         {{"ticket_id", "ticket_id", Conv::Text, true},
          {"how", "how", Conv::Text, true},
          {"user_id", "user_id", Conv::NullText},
          {"date", "date", Conv::Text, true},
          {"note", "note", Conv::Text},
          {"updated_at", "created_at", Conv::Text, true}}},
        {"loaner",
         "loaners",
         false,
         {{"imei", "imei", Conv::Text, true},
          {"model", "model", Conv::Text, true},
          {"condition", "condition", Conv::Text, true},
          {"deposit_minor", "deposit_minor", Conv::Int},
          {"currency", "currency", Conv::Text, true},
          {"state", "state", Conv::Text, true},
          {"updated_at", "created_at", Conv::Text, true},
          {"updated_at", "updated_at", Conv::Text, true}}},
        {"loan",
         "loans",
         false,
         {{"loaner_id", "loaner_id", Conv::Text, true},
          {"ticket_id", "ticket_id", Conv::Text, true},
          {"state", "state", Conv::Text, true},
          {"condition_out", "condition_out", Conv::Text, true},
          {"deposit_minor", "deposit_minor", Conv::Int},
          {"currency", "currency", Conv::Text, true},
          {"method", "method", Conv::Text},
          {"deposit_payment_id", "deposit_payment_id", Conv::NullText},
          {"lent_by", "lent_by", Conv::NullText},
          {"lent_at", "lent_at", Conv::Text, true},
          {"expected_return", "expected_return", Conv::Text, true},
          {"condition_back", "condition_back", Conv::Text},
          {"deposit_outcome", "deposit_outcome", Conv::Text},
          {"refund_payment_id", "refund_payment_id", Conv::NullText},
          {"reason", "reason", Conv::Text},
          {"closed_by", "closed_by", Conv::NullText},
          {"closed_at", "closed_at", Conv::NullText}}},
        {"ticket_event", "ticket_events", true, {}},
        {"audit_entry", "audit_entries", true, {}},
        {"setting", "settings", false, {}},
    };
    return all;
}

const Spec *specFor(const QString &entity)
{
    for (const Spec &spec : specs()) {
        if (entity == QLatin1String(spec.entity))
            return &spec;
    }
    return nullptr;
}

QString compact(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// The column value of one payload field, or the reason it cannot be one.
Result<QVariant> columnValue(const QJsonObject &payload, const Column &c)
{
    const QJsonValue v = payload.value(QLatin1String(c.key));
    const bool absent = v.isUndefined() || v.isNull();
    if (c.required && (absent || (v.isString() && v.toString().isEmpty())))
        return Error {QStringLiteral("MALFORMED"),
                      QStringLiteral("\"%1\" is missing").arg(QLatin1String(c.key))};
    switch (c.conv) {
    case Conv::Text:
        if (absent)
            return QVariant(QString());
        if (!v.isString())
            break;
        return QVariant(v.toString());
    case Conv::NullText:
        if (absent || (v.isString() && v.toString().isEmpty()))
            return QVariant();
        if (!v.isString())
            break;
        return QVariant(v.toString());
    case Conv::Int:
    case Conv::NegatedInt:
        if (absent)
            return QVariant(qint64(0));
        if (!v.isDouble())
            break;
        return QVariant(c.conv == Conv::Int ? v.toInteger() : -v.toInteger());
    case Conv::Bool:
        if (absent)
            return QVariant(0);
        if (!v.isBool() && !v.isDouble())
            break;
        return QVariant(v.isBool() ? (v.toBool() ? 1 : 0) : (v.toInteger() != 0 ? 1 : 0));
    case Conv::Json:
    case Conv::NullJson:
        if (absent)
            return c.conv == Conv::Json ? QVariant(QString::fromLatin1(c.fallback)) : QVariant();
        if (!v.isObject() && !v.isArray())
            break;
        return QVariant(compact(v));
    }
    return Error {QStringLiteral("MALFORMED"),
                  QStringLiteral("\"%1\" has the wrong type").arg(QLatin1String(c.key))};
}

bool isMissingParent(const Error &error)
{
    return error.message.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive);
}

QString text(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString();
}

class Applier
{
public:
    Applier(Database &db, const Clock &clock, PageOutcome &out)
        : m_db(db)
        , m_clock(clock)
        , m_out(out)
        , m_statements(db)
    {
    }

    Status init()
    {
        auto origin = VersionClock::origin(m_db);
        if (!origin)
            return origin.error();
        m_ownOrigin = *origin;
        return {};
    }

    enum class Result_ { Applied, Duplicate, Stale, Ignored };

    // One record without a savepoint of its own, for a pass whose enclosing savepoint is
    // undone when any record fails: a failure is returned, not parked.
    Status applyUnguarded(const sync::WireRecord &record)
    {
        auto done = applyOne(record);
        if (!done)
            return done.error();
        count(*done);
        return {};
    }

    // One record in its own savepoint: a failure leaves nothing of it behind and is parked.
    Status applyOrPark(const sync::WireRecord &record, bool *parked)
    {
        Result_ result = Result_::Applied;
        Error failure;
        Status s = m_db.write([&]() -> Status {
            auto done = applyOne(record);
            if (!done) {
                failure = done.error();
                return done.error();
            }
            result = *done;
            return {};
        });
        if (parked)
            *parked = !s;
        if (!s) {
            if (failure.code.isEmpty())
                return s; // the savepoint itself failed: the store, not the record
            return park(record, failure);
        }
        count(result);
        return {};
    }

    void count(Result_ result)
    {
        switch (result) {
        case Result_::Applied:
            ++m_out.applied;
            break;
        case Result_::Duplicate:
            ++m_out.duplicates;
            break;
        case Result_::Stale:
            ++m_out.stale;
            break;
        case Result_::Ignored:
            ++m_out.ignored;
            break;
        }
    }

    // Parked records waiting for a parent, tried again until none more applies.
    Status retryParked()
    {
        for (;;) {
            auto q = run(QStringLiteral("SELECT seq, kind, entity, entity_id, version, "
                                        "origin, payload FROM parked_records "
                                        "WHERE reason = 'parent' ORDER BY seq"),
                         {}, QStringLiteral("parked records"));
            if (!q)
                return q.error();
            struct Row
            {
                qint64 seq;
                sync::WireRecord record;
            };
            std::vector<Row> rows;
            while ((*q)->next()) {
                sync::WireRecord r;
                r.kind = (*q)->value(1).toString() == QLatin1String("event")
                             ? sync::RecordKind::Event
                             : sync::RecordKind::Snapshot;
                r.entity = (*q)->value(2).toString();
                r.id = (*q)->value(3).toString();
                r.version = (*q)->value(4).toLongLong();
                r.origin = (*q)->value(5).toString();
                r.payload = QJsonDocument::fromJson((*q)->value(6).toString().toUtf8()).object();
                rows.push_back({(*q)->value(0).toLongLong(), r});
            }
            (*q)->finish();
            bool progress = false;
            for (const Row &row : rows) {
                bool stillParked = true;
                if (Status s = applyOrPark(row.record, &stillParked); !s)
                    return s;
                if (stillParked)
                    continue;
                if (Status s = exec(QStringLiteral("DELETE FROM parked_records WHERE seq = ?"),
                                    {row.seq}, QStringLiteral("unpark"));
                    !s)
                    return s;
                if (!m_parkedNow.contains(key(row.record)))
                    ++m_out.unparked;
                progress = true;
            }
            if (!progress)
                return {};
        }
    }

    // The status of every ticket whose snapshot or moves came, derived from its moves
    // (store/statusmoves.h), once per page.
    Status settleStatuses()
    {
        for (const QString &ticketId : std::as_const(m_toSettle)) {
            auto settled = StatusMoves::settle(m_statements, ticketId);
            if (!settled)
                return settled.error();
            m_out.conflicts += settled->conflicts;
        }
        m_toSettle.clear();
        return {};
    }

private:
    // A page runs the same few statements for thousands of records: each is prepared once.
    Result<QSqlQuery *> run(const QString &statement, const QVariantList &values,
                            const QString &what)
    {
        return m_statements.run(statement, values, what);
    }

    Status exec(const QString &statement, const QVariantList &values, const QString &what)
    {
        return m_statements.exec(statement, values, what);
    }

    static QString key(const sync::WireRecord &r)
    {
        return r.entity + u'/' + r.id + u'/' + QString::number(r.version) + u'/' + r.origin;
    }

    Status park(const sync::WireRecord &record, const Error &why)
    {
        m_parkedNow.insert(key(record));
        const QString reason
            = isMissingParent(why) ? QStringLiteral("parent") : QStringLiteral("malformed");
        auto q = run(
            QStringLiteral("INSERT INTO parked_records (kind, entity, entity_id, version, origin, "
                           "payload, reason, error, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (entity, entity_id, version, origin) DO UPDATE SET "
                           "reason = excluded.reason, error = excluded.error"),
            {sync::kindName(record.kind), record.entity, record.id, record.version, record.origin,
             QString::fromUtf8(QJsonDocument(record.payload).toJson(QJsonDocument::Compact)),
             reason, why.message, sql::timestamp(m_clock.nowUtc())},
            QStringLiteral("park record"));
        if (!q)
            return q.error();
        ++m_out.parked;
        return {};
    }

    Result<Result_> applyOne(const sync::WireRecord &r)
    {
        const Spec *spec = specFor(r.entity);
        if (!spec)
            return Error {QStringLiteral("MALFORMED"),
                          QStringLiteral("unknown entity \"%1\"").arg(r.entity)};
        if (spec->event != (r.kind == sync::RecordKind::Event))
            return Error {QStringLiteral("MALFORMED"),
                          QStringLiteral("%1 is not a %2").arg(r.entity, sync::kindName(r.kind))};
        if (r.id.isEmpty())
            return Error {QStringLiteral("MALFORMED"), QStringLiteral("the record has no id")};
        if (r.entity == QLatin1String("ticket_event"))
            return applyTicketEvent(r);
        if (r.entity == QLatin1String("audit_entry"))
            return applyAuditEntry(r);
        if (r.entity == QLatin1String("setting")
            && SettingsRules::isStationLocal(text(r.payload, "key")))
            return Result_::Ignored;

        // Snapshots: last writer wins by (version, origin) against what the store holds.
        auto held = run(QStringLiteral("SELECT version, origin FROM record_origins "
                                       "WHERE entity = ? AND id = ?"),
                        {r.entity, r.id}, QStringLiteral("record origin"));
        if (!held)
            return held.error();
        if ((*held)->next()) {
            const qint64 heldVersion = (*held)->value(0).toLongLong();
            const QString heldOrigin = (*held)->value(1).toString();
            (*held)->finish();
            const int order = VersionClock::compare(r.version, r.origin, heldVersion, heldOrigin);
            if (order == 0)
                return Result_::Duplicate;
            if (order < 0) {
                // A loser from another origin was written without having seen the held
                // version (it would be greater): a real clash, kept in the audit trail.
                if (r.origin != heldOrigin) {
                    if (Status s = auditConflict(r, heldVersion, heldOrigin, r.payload); !s)
                        return s.error();
                }
                return Result_::Stale;
            }
            if (heldOrigin == m_ownOrigin) {
                // The local change loses; when it is still unsent, nobody has seen it.
                auto pending = run(QStringLiteral("SELECT payload FROM outbox WHERE entity = "
                                                  "? AND entity_id = ? ORDER BY seq DESC "
                                                  "LIMIT 1"),
                                   {r.entity, r.id}, QStringLiteral("pending change"));
                if (!pending)
                    return pending.error();
                if ((*pending)->next()) {
                    const QJsonObject mine
                        = QJsonDocument::fromJson((*pending)->value(0).toString().toUtf8())
                              .object();
                    (*pending)->finish();
                    if (Status s = auditConflict(r, heldVersion, heldOrigin, mine); !s)
                        return s.error();
                }
            }
        }
        if (Status s = writeRow(*spec, r); !s)
            return s.error();
        if (Status s = exec(QStringLiteral("INSERT INTO record_origins (entity, id, version, "
                                           "origin) VALUES (?, ?, ?, ?) ON CONFLICT "
                                           "(entity, id) DO UPDATE SET version = "
                                           "excluded.version, origin = excluded.origin"),
                            {r.entity, r.id, r.version, r.origin}, QStringLiteral("record origin"));
            !s)
            return s.error();
        return Result_::Applied;
    }

    // The upsert of an entity's row, built once per page.
    const QString &upsert(const Spec &spec)
    {
        if (auto it = m_upserts.find(&spec); it != m_upserts.end())
            return it->second;
        QStringList columns {QStringLiteral("id")};
        QStringList marks {QStringLiteral("?")};
        QStringList updates;
        for (const Column &c : spec.columns) {
            const QString column = QLatin1String(c.column);
            columns << column;
            marks << QStringLiteral("?");
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
        }
        const QLatin1String entity(spec.entity);
        if (entity == QLatin1String("customer")) {
            columns << QStringLiteral("phone_rev");
            updates << QStringLiteral("phone_rev = excluded.phone_rev");
            marks << QStringLiteral("?");
        } else if (entity == QLatin1String("device")) {
            columns << QStringLiteral("imei1_rev") << QStringLiteral("imei2_rev");
            updates << QStringLiteral("imei1_rev = excluded.imei1_rev")
                    << QStringLiteral("imei2_rev = excluded.imei2_rev");
            marks << QStringLiteral("?") << QStringLiteral("?");
        } else if (entity == QLatin1String("user")) {
            // The PIN never leaves its store: a user from another station signs in there
            // until a manager here gives them a PIN.
            columns << QStringLiteral("pin_hash") << QStringLiteral("pin_salt")
                    << QStringLiteral("pin_iterations");
            marks << QStringLiteral("''") << QStringLiteral("''") << QStringLiteral("0");
        }
        // The table's own version is the local optimistic-concurrency counter: a replaced row
        // counts as a change, so that an edit begun before it is refused as stale.
        const QString statement
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4, "
                             "version = %1.version + 1")
                  .arg(QLatin1String(spec.table), columns.join(u','), marks.join(u','),
                       updates.join(QStringLiteral(", ")));
        return m_upserts.emplace(&spec, statement).first->second;
    }

    Status writeRow(const Spec &spec, const sync::WireRecord &r)
    {
        if (r.entity == QLatin1String("setting"))
            return writeSetting(r);
        QVariantList values {r.id};
        for (const Column &c : spec.columns) {
            auto value = columnValue(r.payload, c);
            if (!value)
                return value.error();
            values << *value;
        }
        if (r.entity == QLatin1String("customer")) {
            values << sql::reversed(text(r.payload, "phone"));
        } else if (r.entity == QLatin1String("device")) {
            values << sql::reversed(text(r.payload, "imei1"))
                   << sql::reversed(text(r.payload, "imei2"));
        }
        if (Status s = exec(upsert(spec), values, QStringLiteral("remote %1").arg(r.entity)); !s)
            return s;
        if (r.entity == QLatin1String("customer"))
            return indexCustomerName(r.id, text(r.payload, "name"));
        if (r.entity == QLatin1String("ticket")) {
            m_out.ticketIds.insert(r.id);
            m_toSettle.insert(r.id); // the snapshot carried its writer's status
            return {};
        }
        const QString ticketId = text(r.payload, "ticket_id");
        if (!ticketId.isEmpty())
            m_out.ticketIds.insert(ticketId);
        return {};
    }

    Status writeSetting(const sync::WireRecord &r)
    {
        const QString key = text(r.payload, "key");
        const QJsonValue value = r.payload.value(QLatin1String("value"));
        if (key.isEmpty() || key != r.id || !value.isString())
            return Error {QStringLiteral("MALFORMED"),
                          QStringLiteral("a setting needs its key and a text value")};
        return exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, "
                                   "?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                                   "excluded.value, updated_at = excluded.updated_at, "
                                   "version = settings.version + 1"),
                    {key, value.toString(), text(r.payload, "updated_at")},
                    QStringLiteral("remote setting"));
    }

    Status indexCustomerName(const QString &customerId, const QString &name)
    {
        auto rid = run(QStringLiteral("SELECT rid FROM customers WHERE id = ?"), {customerId},
                       QStringLiteral("customer rid"));
        if (!rid)
            return rid.error();
        if (!(*rid)->next())
            return Error {QStringLiteral("DB_ERROR"), QStringLiteral("customer row missing")};
        const QVariant row = (*rid)->value(0);
        (*rid)->finish();
        const QString tokens = NameTokens::forName(name);
        if (Status s = exec(QStringLiteral("DELETE FROM customer_names WHERE rowid = ?"), {row},
                            QStringLiteral("customer name index"));
            !s)
            return s;
        if (Status s = exec(QStringLiteral("INSERT INTO customer_names (rowid, tokens) "
                                           "VALUES (?, ?)"),
                            {row, tokens}, QStringLiteral("customer name index"));
            !s)
            return s;
        // The customer's tickets, one by one: an UPDATE of the full-text table with a
        // subquery in its WHERE reads the whole table, and a new customer has none.
        auto tickets = run(QStringLiteral("SELECT rid FROM tickets WHERE customer_id = ?"),
                           {customerId}, QStringLiteral("customer tickets"));
        if (!tickets)
            return tickets.error();
        QVariantList ticketRows;
        while ((*tickets)->next())
            ticketRows << (*tickets)->value(0);
        (*tickets)->finish();
        for (const QVariant &ticketRow : std::as_const(ticketRows)) {
            if (Status s
                = exec(QStringLiteral("UPDATE ticket_names SET tokens = ? WHERE rowid = ?"),
                       {tokens, ticketRow}, QStringLiteral("ticket name index"));
                !s)
                return s;
        }
        return {};
    }

    Result<Result_> applyTicketEvent(const sync::WireRecord &r)
    {
        auto seen = run(QStringLiteral("SELECT 1 FROM ticket_events WHERE id = ?"), {r.id},
                        QStringLiteral("event seen"));
        if (!seen)
            return seen.error();
        const bool held = (*seen)->next();
        (*seen)->finish();
        if (held)
            return Result_::Duplicate;
        const QJsonObject &p = r.payload;
        const Column ticket {"ticket_id", "ticket_id", Conv::Text, true};
        const Column at {"at", "at", Conv::Text, true};
        const Column kind {"kind", "kind", Conv::Text, true};
        for (const Column &c : {ticket, at, kind}) {
            if (auto v = columnValue(p, c); !v)
                return v.error();
        }
        const QJsonValue data = p.value(QLatin1String("data"));
        const QString userId = text(p, "user_id");
        const QString from = text(p, "from");
        const QString to = text(p, "to");
        // The event stays in its station's chain (docs/audit.md), with that station's hashes.
        auto link = chainLink(p, QStringLiteral("ticket_events"), [&](const QString &prev) {
            return auditchain::eventHash(prev, r.id, text(p, "ticket_id"), text(p, "at"), userId,
                                         text(p, "actor"), text(p, "kind"), from, to,
                                         text(p, "note"), data);
        });
        if (!link)
            return link.error();
        if (Status s
            = exec(QStringLiteral("INSERT INTO ticket_events (id, ticket_id, at, user_id, actor, "
                                  "kind, from_status, to_status, note, data, prev_hash, hash, "
                                  "station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {r.id, text(p, "ticket_id"), text(p, "at"), sql::nullable(userId),
                    text(p, "actor"), text(p, "kind"), sql::nullable(from), sql::nullable(to),
                    text(p, "note"), data.isObject() ? compact(data) : QStringLiteral("{}"),
                    link->prev, link->hash, link->station},
                   QStringLiteral("remote ticket event"));
            !s)
            return s.error();
        if (Status s = exec(QStringLiteral("INSERT OR IGNORE INTO event_origins (event_id, "
                                           "version, origin) VALUES (?, ?, ?)"),
                            {r.id, r.version, r.origin}, QStringLiteral("event origin"));
            !s)
            return s.error();
        m_out.ticketIds.insert(text(p, "ticket_id"));
        if (!to.isEmpty())
            m_toSettle.insert(text(p, "ticket_id"));
        return Result_::Applied;
    }

    Result<Result_> applyAuditEntry(const sync::WireRecord &r)
    {
        auto seen = run(QStringLiteral("SELECT 1 FROM audit_entries WHERE id = ?"), {r.id},
                        QStringLiteral("audit seen"));
        if (!seen)
            return seen.error();
        const bool held = (*seen)->next();
        (*seen)->finish();
        if (held)
            return Result_::Duplicate;
        const QJsonObject &p = r.payload;
        for (const char *key : {"at", "kind", "entity"}) {
            if (text(p, key).isEmpty())
                return Error {QStringLiteral("MALFORMED"),
                              QStringLiteral("\"%1\" is missing").arg(QLatin1String(key))};
        }
        if (Status s = insertAudit(r.id, text(p, "at"), text(p, "user_id"), text(p, "actor"),
                                   text(p, "kind"), text(p, "entity"), text(p, "entity_id"),
                                   text(p, "note"), p.value(QLatin1String("data")).toObject(), &p);
            !s)
            return s.error();
        return Result_::Applied;
    }

    // Where a pulled entry goes in the chains (docs/audit.md): its station's chain, linked as
    // its station linked it. An entry from before the chains carries no hash: it is chained
    // after that station's newest entry here. `hash` computes an entry's hash from a prev_hash.
    struct ChainLink
    {
        QString station;
        QString prev;
        QString hash;
    };
    Result<ChainLink> chainLink(const QJsonObject &payload, const QString &table,
                                const std::function<QString(const QString &)> &hash)
    {
        ChainLink link {text(payload, "station"), text(payload, "prev_hash"),
                        text(payload, "hash")};
        if (!link.hash.isEmpty())
            return link;
        auto prev = auditchain::lastHash(m_db, table, link.station);
        if (!prev)
            return prev.error();
        link.prev = *prev;
        link.hash = hash(link.prev);
        return link;
    }

    // An audit entry pulled (payload: as its station sent it) or, without one, an entry kept
    // only in this store (auditchain::kLocalChain).
    Status insertAudit(const QString &id, const QString &at, const QString &userId,
                       const QString &actor, const QString &kind, const QString &entity,
                       const QString &entityId, const QString &note, const QJsonObject &data,
                       const QJsonObject *payload = nullptr)
    {
        const auto hash = [&](const QString &prev) {
            return auditchain::auditHash(prev, id, at, userId, actor, kind, entity, entityId, note,
                                         data);
        };
        QJsonObject local {{QStringLiteral("station"), QLatin1String(auditchain::kLocalChain)}};
        auto link = chainLink(payload ? *payload : local, QStringLiteral("audit_entries"), hash);
        if (!link)
            return link.error();
        return exec(QStringLiteral("INSERT INTO audit_entries (id, at, user_id, actor, kind, "
                                   "entity, entity_id, note, data, prev_hash, hash, station) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, at, sql::nullable(userId), actor, kind, entity, entityId, note,
                     QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                     link->prev, link->hash, link->station},
                    QStringLiteral("audit entry insert"));
    }

    // The losing side of a clash, kept in this store's audit trail (not sent: every station
    // that sees the clash records it).
    Status auditConflict(const sync::WireRecord &r, qint64 heldVersion, const QString &heldOrigin,
                         const QJsonObject &loser)
    {
        ++m_out.conflicts;
        const QJsonObject data {{QStringLiteral("incoming_version"), r.version},
                                {QStringLiteral("incoming_origin"), r.origin},
                                {QStringLiteral("held_version"), heldVersion},
                                {QStringLiteral("held_origin"), heldOrigin},
                                {QStringLiteral("losing_payload"), loser}};
        return insertAudit(sql::newId(), sql::timestamp(m_clock.nowUtc()), QString(),
                           QStringLiteral("sync"), QStringLiteral("sync.conflict"), r.entity, r.id,
                           QString(), data);
    }

    Database &m_db;
    const Clock &m_clock;
    PageOutcome &m_out;
    QString m_ownOrigin;
    QSet<QString> m_parkedNow; // parked by this page (entity/id/version/origin)
    QSet<QString> m_toSettle; // tickets whose status is to be derived again
    sql::StatementCache m_statements;
    std::map<const Spec *, QString> m_upserts;
};

} // namespace

RemoteChanges::RemoteChanges(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<PageOutcome> RemoteChanges::apply(const sync::ChangesPage &page)
{
    PageOutcome out;
    Status status = m_db.write([&]() -> Status {
        auto before = parkedCount(m_db);
        if (!before)
            return before.error();
        Applier applier(m_db, m_clock, out);
        if (Status s = applier.init(); !s)
            return s;
        // Most pages apply every record: they go in one savepoint. When a record fails, that
        // savepoint is undone and the page goes again record by record, each in a savepoint
        // of its own, so that the failing ones are parked and the others applied.
        bool recordFailed = false;
        const Status whole = m_db.write([&]() -> Status {
            for (const sync::WireRecord &record : page.records) {
                if (Status s = applier.applyUnguarded(record); !s) {
                    recordFailed = true;
                    return s;
                }
            }
            return {};
        });
        if (!whole) {
            if (!recordFailed)
                return whole; // the savepoint itself failed: the store, not a record
            out = PageOutcome();
            for (const sync::WireRecord &record : page.records) {
                if (Status s = applier.applyOrPark(record, nullptr); !s)
                    return s;
            }
        }
        // The clock goes past every version met, applied or not, once per page: the
        // station's next write orders after all of them.
        qint64 newest = 0;
        for (const sync::WireRecord &record : page.records)
            newest = qMax(newest, record.version);
        if (Status s = VersionClock::observe(m_db, newest); !s)
            return s;
        // Parked records are tried again only when something they may wait for came, and
        // only when there are any.
        if (out.applied > 0 && (*before > 0 || out.parked > 0)) {
            if (Status s = applier.retryParked(); !s)
                return s;
        }
        if (Status s = applier.settleStatuses(); !s)
            return s;
        // What this page leaves parked: its children that found their parent later in the
        // same page are applied already.
        auto after = parkedCount(m_db);
        if (!after)
            return after.error();
        out.parked = int(*after - *before) + out.unparked;
        return sql::exec(m_db,
                         QStringLiteral("UPDATE pull_state SET cursor = ?, last_pull = ?, "
                                        "behind = ? WHERE id = 1"),
                         {page.cursor, sql::timestamp(m_clock.nowUtc()), page.behind},
                         QStringLiteral("pull cursor"));
    });
    if (!status)
        return status.error();
    return out;
}

Result<PullState> RemoteChanges::state(const Database &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT cursor, last_pull, behind FROM pull_state"), {},
                      QStringLiteral("pull state"));
    if (!q)
        return q.error();
    PullState s;
    if (q->next()) {
        s.cursor = q->value(0).toString();
        if (!q->value(1).isNull())
            s.lastPull = sql::parseTimestamp(q->value(1).toString());
        s.behind = q->value(2).toLongLong();
    }
    return s;
}

Result<qint64> RemoteChanges::parkedCount(const Database &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT count(*) FROM parked_records"), {},
                      QStringLiteral("parked count"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace rc::workflow
