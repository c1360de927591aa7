#include "ticketdossier.h"

#include "store/database.h"
#include "store/diagnosisfees.h"
#include "store/quoterepository.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "store/ticketrows.h"
#include "tickets/ticketnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

namespace rc::workflow {

namespace {

QStringList listFrom(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

RepairRecord repairFrom(const TicketEvent &e)
{
    RepairRecord r;
    r.ticketId = e.ticketId;
    r.at = e.at;
    r.technicianId = e.userId;
    r.note = e.note;
    const QJsonArray parts = e.data.value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject o = value.toObject();
        r.parts.append(RepairPart {o.value(QStringLiteral("price_item_id")).toString(),
                                   o.value(QStringLiteral("description")).toString(),
                                   o.value(QStringLiteral("quantity")).toInt(1)});
    }
    r.checks = e.data.value(QStringLiteral("checks")).toObject();
    r.result = e.data.value(QStringLiteral("result")).toString();
    return r;
}

Result<TicketDossier> loadWhere(Database &db, const Clock &clock, const QString &condition,
                                const QString &value, const QString &asked)
{
    // One snapshot for every query below (unless a write already holds one).
    const bool ownTransaction = !db.inWrite();
    if (ownTransaction) {
        if (Status begin = db.exec(QStringLiteral("BEGIN")); !begin)
            return begin.error();
    }
    auto end = qScopeGuard([&] {
        // A read: nothing to lose when the end fails.
        if (ownTransaction && !db.exec(QStringLiteral("COMMIT")))
            qWarning("ticket dossier: the read transaction did not end cleanly");
    });

    TicketDossier d;
    // 1. The ticket, its customer and device, and the names of who took it in and who has it.
    const int t0 = 0;
    const int c0 = kTicketColumnCount;
    const int d0 = c0 + 7;
    const int n0 = d0 + 9;
    auto q = sql::run(
        db,
        QStringLiteral("SELECT %1, c.id, c.version, c.name, c.phone, c.note, c.created_at, "
                       "c.updated_at, d.id, d.version, d.imei1, d.imei2, d.brand, d.model, "
                       "d.serial, d.created_at, d.updated_at, ui.display_name, ut.display_name "
                       "FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN devices d ON "
                       "d.id = t.device_id LEFT JOIN users ui ON ui.id = t.intake_user_id LEFT "
                       "JOIN users ut ON ut.id = t.technician_id WHERE %2")
            .arg(ticketColumns(), condition),
        {value}, QStringLiteral("ticket read"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error {QStringLiteral("NOT_FOUND"),
                      TicketDossier::tr("No ticket %1.").arg(asked.trimmed())};
    Q_UNUSED(t0);
    d.ticket = ticketFrom(*q);
    d.customer.id = q->value(c0).toString();
    d.customer.version = q->value(c0 + 1).toInt();
    d.customer.name = q->value(c0 + 2).toString();
    d.customer.phone = q->value(c0 + 3).toString();
    d.customer.note = q->value(c0 + 4).toString();
    d.customer.createdAt = sql::parseTimestamp(q->value(c0 + 5).toString());
    d.customer.updatedAt = sql::parseTimestamp(q->value(c0 + 6).toString());
    d.device.id = q->value(d0).toString();
    d.device.version = q->value(d0 + 1).toInt();
    d.device.imei1 = q->value(d0 + 2).toString();
    d.device.imei2 = q->value(d0 + 3).toString();
    d.device.brand = q->value(d0 + 4).toString();
    d.device.model = q->value(d0 + 5).toString();
    d.device.serial = q->value(d0 + 6).toString();
    d.device.createdAt = sql::parseTimestamp(q->value(d0 + 7).toString());
    d.device.updatedAt = sql::parseTimestamp(q->value(d0 + 8).toString());
    d.clerkName = q->value(n0).toString();
    d.assignedTechnicianName = q->value(n0 + 1).toString();
    q->finish();
    const QString id = d.ticket.id;

    // 2. The timeline, with the name of each event's user: the repair record, the diagnosis
    //    outcome and the note of the move to "ready" come from it.
    auto events = sql::run(db,
                           QStringLiteral("SELECT %1, u.display_name FROM ticket_events e LEFT "
                                          "JOIN users u ON u.id = e.user_id WHERE e.ticket_id = "
                                          "? ORDER BY e.rid")
                               .arg(ticketEventColumns()),
                           {id}, QStringLiteral("timeline read"));
    if (!events)
        return events.error();
    QString outcome;
    QString repairedBy;
    while (events->next()) {
        const TicketEvent e = ticketEventFrom(*events);
        d.timeline.append(e);
        if (e.kind == QLatin1String("created") && d.clerkName.isEmpty())
            d.clerkName = e.actor;
        if (e.kind == QLatin1String("repair")) {
            d.repair = repairFrom(e);
            repairedBy = events->value(10).toString();
        }
        if (e.kind == QLatin1String("diagnosis"))
            outcome = e.data.value(QStringLiteral("outcome")).toString();
        if (e.toStatus == TicketStatus::Ready && !e.note.trimmed().isEmpty())
            d.readyNote = e.note.trimmed();
    }
    d.technicianName = !repairedBy.isEmpty() ? repairedBy : d.assignedTechnicianName;

    // 3. The diagnosis.
    auto diagnosis = sql::run(db,
                              QStringLiteral("SELECT id, version, technician_id, at, findings, "
                                             "fault_codes, damage, cause, updated_at FROM "
                                             "diagnoses WHERE ticket_id = ?"),
                              {id}, QStringLiteral("diagnosis read"));
    if (!diagnosis)
        return diagnosis.error();
    if (diagnosis->next()) {
        Diagnosis g;
        g.id = diagnosis->value(0).toString();
        g.version = diagnosis->value(1).toInt();
        g.ticketId = id;
        g.technicianId = diagnosis->value(2).toString();
        g.at = sql::parseTimestamp(diagnosis->value(3).toString());
        g.findings = diagnosis->value(4).toString();
        g.faultCodes = listFrom(diagnosis->value(5));
        g.damage = listFrom(diagnosis->value(6));
        g.cause = diagnosis->value(7).toString();
        g.updatedAt = sql::parseTimestamp(diagnosis->value(8).toString());
        if (!outcome.isEmpty())
            g.outcome = outcome;
        d.diagnosis = g;
    }

    // 4. The quote: the current revision's lines and every answer.
    QuoteRepository quotes(db, clock);
    QList<QuoteLine> approvedLines;
    if (d.ticket.quoteRevision > 0) {
        auto lines = quotes.lines(id, d.ticket.quoteRevision);
        if (!lines)
            return lines.error();
        d.quoteLines = *lines;
        auto approvals = quotes.approvals(id);
        if (!approvals)
            return approvals.error();
        d.approvals = *approvals;
        for (const Approval &a : d.approvals) {
            if (a.revision == d.ticket.quoteRevision)
                d.approval = a;
        }
        if (d.ticket.approvedRevision == d.ticket.quoteRevision) {
            approvedLines = d.quoteLines;
        } else if (d.ticket.approvedRevision > 0) {
            auto earlier = quotes.lines(id, d.ticket.approvedRevision);
            if (!earlier)
                return earlier.error();
            approvedLines = *earlier;
        }
    }

    // 5. Payments, and the balance they leave.
    auto payments = PaymentRepository(db, clock).forTicket(id);
    if (!payments)
        return payments.error();
    d.payments = *payments;
    for (const QuoteLine &line : approvedLines)
        d.balance.payable.minor += line.payable().minor;
    for (const Payment &p : d.payments)
        d.balance.paid.minor
            += p.kind == QLatin1String("refund") ? -p.amount.minor : p.amount.minor;
    auto fee = DiagnosisFees::state(db, d.ticket);
    if (!fee)
        return fee.error();
    d.balance.diagnosisFee = *fee;
    // Closed without a repair: only the diagnosis fee can be owed (PaymentRepository::balance).
    if (fee->isSet()
        && (d.ticket.status == TicketStatus::ReturnedUnrepaired
            || d.ticket.status == TicketStatus::Cancelled))
        d.balance.payable.minor = 0;
    d.balance.payable.minor += fee->due.minor;
    d.balance.due.minor = d.balance.payable.minor - d.balance.paid.minor;

    // 6. The settings the papers print.
    auto settings = sql::run(db,
                             QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                            "('center.name', 'center.address', 'center.phone', "
                                            "'repair_warranty.days', 'uncollected.days')"),
                             {}, QStringLiteral("settings read"));
    if (!settings)
        return settings.error();
    d.center.name = SettingsRepository::defaultValue(QStringLiteral("center.name"));
    while (settings->next()) {
        const QString key = settings->value(0).toString();
        const QString text = settings->value(1).toString();
        bool ok = false;
        const int days = text.toInt(&ok);
        if (key == QLatin1String("center.name"))
            d.center.name = text;
        else if (key == QLatin1String("center.address"))
            d.center.address = text;
        else if (key == QLatin1String("center.phone"))
            d.center.phone = text;
        else if (key == QLatin1String("repair_warranty.days") && ok && days > 0)
            d.repairWarrantyDays = days;
        else if (key == QLatin1String("uncollected.days") && ok && days > 0)
            d.uncollectedDays = days;
    }
    // 7. The remedy that closed it, if one did (issue 20).
    auto remedy = sql::run(
        db,
        QStringLiteral("SELECT r.kind, r.rules, r.override_reason, r.conditions, r.old_phone, "
                       "r.component, r.warranty_end, r.amount_minor, r.method, r.date, "
                       "r.created_at, u.display_name, nd.imei1, nd.imei2, p.currency "
                       "FROM remedies r LEFT JOIN users u ON u.id = r.user_id "
                       "LEFT JOIN devices nd ON nd.id = r.new_device_id "
                       "LEFT JOIN payments p ON p.id = r.payment_id WHERE r.ticket_id = ?"),
        {id}, QStringLiteral("remedy read"));
    if (!remedy)
        return remedy.error();
    if (remedy->next()) {
        RemedyDetails r;
        r.kind = remedy->value(0).toString();
        r.rules = listFrom(remedy->value(1));
        r.overrideReason = remedy->value(2).toString();
        // The conditions in the order they are asked: the seeds' four, then the brand's.
        const QJsonObject conditions
            = QJsonDocument::fromJson(remedy->value(3).toString().toUtf8()).object();
        QStringList keys;
        for (const char *key : {"box_complete", "no_wear", "imei_label_intact", "dates_agree"}) {
            if (conditions.contains(QLatin1String(key)))
                keys.append(QString::fromLatin1(key));
        }
        for (auto it = conditions.begin(); it != conditions.end(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        for (const QString &key : keys)
            r.conditions.append({key, conditions.value(key).toBool()});
        r.oldPhone = remedy->value(4).toString();
        r.component = remedy->value(5).toString();
        r.warrantyEnd = QDate::fromString(remedy->value(6).toString(), Qt::ISODate);
        r.amountMinor = -remedy->value(7).toLongLong(); // stored negative: money going back
        r.method = remedy->value(8).toString();
        r.date = QDate::fromString(remedy->value(9).toString(), Qt::ISODate);
        r.at = sql::parseTimestamp(remedy->value(10).toString());
        r.userName = remedy->value(11).toString();
        r.newImei1 = remedy->value(12).toString();
        r.newImei2 = remedy->value(13).toString();
        if (!remedy->value(14).toString().isEmpty())
            r.currency = remedy->value(14).toString();
        d.remedy = r;
    }

    if (d.repair && d.repair->result == QLatin1String("fixed")) {
        // Counted from the pickup, or from today while the phone is still here.
        const QDate from = (d.ticket.pickedUpAt.isValid() ? d.ticket.pickedUpAt : clock.nowUtc())
                               .toLocalTime()
                               .date();
        d.repairWarrantyEnd = from.addDays(d.repairWarrantyDays);
    }
    return d;
}

} // namespace

Result<TicketDossier> TicketDossier::load(Database &db, const Clock &clock, const QString &ticketId)
{
    return loadWhere(db, clock, QStringLiteral("t.id = ?"), ticketId, ticketId);
}

Result<TicketDossier> TicketDossier::loadByNumber(Database &db, const Clock &clock,
                                                  const QString &number)
{
    return loadWhere(db, clock, QStringLiteral("t.number = ?"), TicketNumber::normalize(number),
                     number);
}

} // namespace rc::workflow
