#include "repairrepository.h"

#include "database.h"
#include "sql.h"
#include "tickets/repairchecks.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc {

RepairRepository::RepairRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Ticket> RepairRepository::record(const RepairRecord &record, const Actor &actor,
                                        std::optional<TicketStatus> moveTo)
{
    if (record.result != QLatin1String("fixed") && record.result != QLatin1String("not_fixed"))
        return Error {QStringLiteral("REPAIR_RESULT"),
                      tr("Unknown repair result \"%1\".").arg(record.result)};
    if (moveTo && *moveTo != TicketStatus::Ready && *moveTo != TicketStatus::WaitingParts)
        return Error {QStringLiteral("TRANSITION"),
                      tr("A repair record moves the ticket only to \"%1\" or \"%2\".")
                          .arg(TicketLifecycle::label(TicketStatus::Ready),
                               TicketLifecycle::label(TicketStatus::WaitingParts))};
    if (moveTo == TicketStatus::Ready && record.result != QLatin1String("fixed"))
        return Error {QStringLiteral("REPAIR_RESULT"),
                      tr("Only a phone that passed the repair is ready for pickup.")};
    // Ready needs every post-repair check passed, whoever records it.
    if (moveTo == TicketStatus::Ready) {
        if (const QStringList missing = RepairChecks::missing(record.checks); !missing.isEmpty())
            return Error {QStringLiteral("REPAIR_CHECKS"),
                          tr("Not ready for pickup: these post-repair checks are not recorded as "
                             "passed: %1.")
                              .arg(missing.join(QStringLiteral(", ")))};
    }
    for (const RepairPart &part : record.parts) {
        if (part.description.trimmed().isEmpty() || part.quantity <= 0)
            return Error {QStringLiteral("REPAIR_PART"),
                          tr("Every part used needs a description and a quantity of at least 1.")};
    }
    Result<Ticket> result = Error {};
    Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto loaded = tickets.loadInTransaction(record.ticketId, std::nullopt);
        if (!loaded)
            return loaded.error();
        if (loaded->status != TicketStatus::Repairing)
            return Error {QStringLiteral("TRANSITION"),
                          tr("Ticket %1 is \"%2\": the repair is recorded while it is \"%3\".")
                              .arg(loaded->number, TicketLifecycle::label(loaded->status),
                                   TicketLifecycle::label(TicketStatus::Repairing))};
        QJsonArray parts;
        for (const RepairPart &part : record.parts)
            parts.append(QJsonObject {{QStringLiteral("price_item_id"), part.priceItemId},
                                      {QStringLiteral("description"), part.description.trimmed()},
                                      {QStringLiteral("quantity"), part.quantity}});
        TicketEvent e;
        e.userId = actor.userId;
        e.actor = actor.name;
        e.kind = QStringLiteral("repair");
        e.note = record.note.trimmed();
        e.data = {{QStringLiteral("parts"), parts},
                  {QStringLiteral("checks"), record.checks},
                  {QStringLiteral("result"), record.result}};
        result = tickets.saveInTransaction(*loaded, e);
        if (!result)
            return result.error();
        if (moveTo)
            result = tickets.stepInTransaction(record.ticketId, *moveTo, actor,
                                               record.note.trimmed(), std::nullopt, StepKey {});
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<std::optional<RepairRecord>> RepairRepository::latest(const QString &ticketId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT at, user_id, note, data FROM ticket_events WHERE "
                                     "ticket_id = ? AND kind = 'repair' ORDER BY rid DESC "
                                     "LIMIT 1"),
                      {ticketId}, QStringLiteral("repair record read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RepairRecord>();
    RepairRecord r;
    r.ticketId = ticketId;
    r.at = sql::parseTimestamp(q->value(0).toString());
    r.technicianId = q->value(1).toString();
    r.note = q->value(2).toString();
    const QJsonObject data = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
    const QJsonArray parts = data.value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject o = value.toObject();
        r.parts.append(RepairPart {o.value(QStringLiteral("price_item_id")).toString(),
                                   o.value(QStringLiteral("description")).toString(),
                                   o.value(QStringLiteral("quantity")).toInt(1)});
    }
    r.checks = data.value(QStringLiteral("checks")).toObject();
    r.result = data.value(QStringLiteral("result")).toString();
    return std::optional<RepairRecord>(r);
}

} // namespace rc
