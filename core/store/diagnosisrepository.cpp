#include "diagnosisrepository.h"

#include "database.h"
#include "outbox.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc {

namespace {

QString listJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

QJsonObject toJson(const Diagnosis &d)
{
    return {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("ticket_id"), d.ticketId},
        {QStringLiteral("technician_id"),
         d.technicianId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.technicianId)},
        {QStringLiteral("at"), sql::timestamp(d.at)},
        {QStringLiteral("findings"), d.findings},
        {QStringLiteral("fault_codes"), QJsonArray::fromStringList(d.faultCodes)},
        {QStringLiteral("damage"), QJsonArray::fromStringList(d.damage)},
        {QStringLiteral("cause"), d.cause},
        {QStringLiteral("outcome"), d.outcome},
        {QStringLiteral("updated_at"), sql::timestamp(d.updatedAt)},
    };
}

DiagnosisRepository::DiagnosisRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool DiagnosisRepository::isValidOutcome(const QString &outcome)
{
    return outcome == QLatin1String("repair") || outcome == QLatin1String("no_fault_found")
           || outcome == QLatin1String("cannot_repair");
}

Result<Diagnosis> DiagnosisRepository::record(const DiagnosisUpdate &update, const Actor &actor)
{
    Diagnosis d = update.diagnosis;
    if (!isValidOutcome(d.outcome))
        return Error {QStringLiteral("DIAGNOSIS_OUTCOME"),
                      tr("Unknown diagnosis outcome \"%1\".").arg(d.outcome)};
    if (d.findings.trimmed().isEmpty())
        return Error {QStringLiteral("DIAGNOSIS_FINDINGS"), tr("The findings are missing.")};
    Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto loaded = tickets.loadInTransaction(d.ticketId, std::nullopt);
        if (!loaded)
            return loaded.error();
        if (loaded->status == TicketStatus::Received) {
            loaded
                = tickets.transitionInTransaction(d.ticketId, TicketStatus::Diagnosing, actor, {});
            if (!loaded)
                return loaded.error();
        }
        Ticket t = *loaded;
        if (t.status != TicketStatus::Diagnosing)
            return Error {QStringLiteral("TRANSITION"),
                          tr("Ticket %1 is \"%2\": a diagnosis is recorded while it is \"%3\".")
                              .arg(t.number, TicketLifecycle::label(t.status),
                                   TicketLifecycle::label(TicketStatus::Diagnosing))};

        const QDateTime now = m_clock.nowUtc();
        auto existing = sql::run(
            m_db, QStringLiteral("SELECT id, version FROM diagnoses WHERE ticket_id = ?"),
            {d.ticketId}, QStringLiteral("diagnosis read"));
        if (!existing)
            return existing.error();
        d.at = now;
        d.updatedAt = now;
        d.technicianId = actor.userId;
        if (existing->next()) {
            d.id = existing->value(0).toString();
            d.version = existing->value(1).toInt() + 1;
            if (Status s = sql::exec(
                    m_db,
                    QStringLiteral("UPDATE diagnoses SET version = ?, technician_id = ?, at = ?, "
                                   "findings = ?, fault_codes = ?, damage = ?, cause = ?, "
                                   "updated_at = ? WHERE id = ?"),
                    {d.version, sql::nullable(d.technicianId), sql::timestamp(now), d.findings,
                     listJson(d.faultCodes), listJson(d.damage), d.cause, sql::timestamp(now),
                     d.id},
                    QStringLiteral("diagnosis update"));
                !s)
                return s;
        } else {
            d.id = sql::newId();
            d.version = 1;
            if (Status s = sql::exec(
                    m_db,
                    QStringLiteral("INSERT INTO diagnoses (id, version, ticket_id, technician_id, "
                                   "at, findings, fault_codes, damage, cause, updated_at) VALUES "
                                   "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {d.id, d.ticketId, sql::nullable(d.technicianId), sql::timestamp(now),
                     d.findings, listJson(d.faultCodes), listJson(d.damage), d.cause,
                     sql::timestamp(now)},
                    QStringLiteral("diagnosis insert"));
                !s)
                return s;
        }
        if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("diagnosis"),
                                      d.id, d.version, toJson(d), now);
            !s)
            return s;

        TicketEvent e;
        e.userId = actor.userId;
        e.actor = actor.name;
        e.kind = QStringLiteral("diagnosis");
        e.note = d.findings;
        QJsonObject data {{QStringLiteral("diagnosis_id"), d.id},
                          {QStringLiteral("outcome"), d.outcome},
                          {QStringLiteral("fault_codes"), QJsonArray::fromStringList(d.faultCodes)},
                          {QStringLiteral("damage"), QJsonArray::fromStringList(d.damage)},
                          {QStringLiteral("cause"), d.cause}};
        if (!update.warrantyVerdict.isEmpty()) {
            const bool before = t.warrantyVerdict.value(QStringLiteral("covered")).toBool();
            const bool after = update.warrantyVerdict.value(QStringLiteral("covered")).toBool();
            data.insert(QStringLiteral("previous_verdict"), t.warrantyVerdict);
            data.insert(QStringLiteral("verdict"), update.warrantyVerdict);
            data.insert(QStringLiteral("coverage_changed"),
                        !t.warrantyVerdict.isEmpty() && before != after);
            t.warrantyCase = update.warrantyCase;
            t.warrantyVerdict = update.warrantyVerdict;
        }
        e.data = data;
        auto saved = tickets.saveInTransaction(t, e);
        return saved ? Status() : Status(saved.error());
    });
    if (!status)
        return status.error();
    return d;
}

Result<std::optional<Diagnosis>> DiagnosisRepository::forTicket(const QString &ticketId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, version, ticket_id, technician_id, at, findings, "
                                     "fault_codes, damage, cause, updated_at FROM diagnoses "
                                     "WHERE ticket_id = ?"),
                      {ticketId}, QStringLiteral("diagnosis read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Diagnosis>();
    Diagnosis d;
    d.id = q->value(0).toString();
    d.version = q->value(1).toInt();
    d.ticketId = q->value(2).toString();
    d.technicianId = q->value(3).toString();
    d.at = sql::parseTimestamp(q->value(4).toString());
    d.findings = q->value(5).toString();
    d.faultCodes = listFrom(q->value(6));
    d.damage = listFrom(q->value(7));
    d.cause = q->value(8).toString();
    d.updatedAt = sql::parseTimestamp(q->value(9).toString());
    // The outcome travels on the diagnosis events (the schema keeps no column for it).
    auto outcome = sql::run(m_db,
                            QStringLiteral("SELECT json_extract(data, '$.outcome') FROM "
                                           "ticket_events WHERE ticket_id = ? AND kind = "
                                           "'diagnosis' ORDER BY rid DESC LIMIT 1"),
                            {ticketId}, QStringLiteral("diagnosis outcome read"));
    if (!outcome)
        return outcome.error();
    if (outcome->next() && isValidOutcome(outcome->value(0).toString()))
        d.outcome = outcome->value(0).toString();
    return std::optional<Diagnosis>(d);
}

} // namespace rc
