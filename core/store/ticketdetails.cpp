#include "ticketdetails.h"

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc {

namespace {

QStringList stringList(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

} // namespace

Result<TicketDetails> loadTicketDetails(const Database &db, const QString &ticketId,
                                        int quoteRevision)
{
    TicketDetails details;

    auto diagnosis
        = sql::run(db,
                   QStringLiteral("SELECT id, version, technician_id, at, findings, "
                                  "fault_codes, damage, cause, updated_at FROM diagnoses "
                                  "WHERE ticket_id = ? ORDER BY at DESC, rid DESC LIMIT 1"),
                   {ticketId}, QStringLiteral("read the diagnosis"));
    if (!diagnosis)
        return diagnosis.error();
    if (diagnosis->next()) {
        Diagnosis d;
        d.id = diagnosis->value(0).toString();
        d.version = diagnosis->value(1).toInt();
        d.ticketId = ticketId;
        d.technicianId = diagnosis->value(2).toString();
        d.at = sql::parseTimestamp(diagnosis->value(3).toString());
        d.findings = diagnosis->value(4).toString();
        d.faultCodes = stringList(diagnosis->value(5).toString());
        d.damage = stringList(diagnosis->value(6).toString());
        d.cause = diagnosis->value(7).toString();
        d.updatedAt = sql::parseTimestamp(diagnosis->value(8).toString());
        details.diagnosis = d;
    }

    if (quoteRevision > 0) {
        auto lines
            = sql::run(db,
                       QStringLiteral("SELECT id, version, kind, price_item_id, description, "
                                      "quantity, unit_price_minor, currency, covered, "
                                      "created_at FROM quote_lines WHERE ticket_id = ? AND "
                                      "revision = ? ORDER BY rid"),
                       {ticketId, quoteRevision}, QStringLiteral("read the quote"));
        if (!lines)
            return lines.error();
        while (lines->next()) {
            QuoteLine line;
            line.id = lines->value(0).toString();
            line.version = lines->value(1).toInt();
            line.ticketId = ticketId;
            line.revision = quoteRevision;
            line.kind = lines->value(2).toString() == QLatin1String("labour")
                            ? QuoteLineKind::Labour
                            : QuoteLineKind::Part;
            line.priceItemId = lines->value(3).toString();
            line.description = lines->value(4).toString();
            line.quantity = lines->value(5).toInt();
            line.unitPrice = Money {lines->value(6).toLongLong(), lines->value(7).toString()};
            line.covered = lines->value(8).toInt() != 0;
            line.createdAt = sql::parseTimestamp(lines->value(9).toString());
            details.quoteLines.append(line);
        }

        auto approval = sql::run(db,
                                 QStringLiteral("SELECT id, decision, payable_minor, currency, "
                                                "method, user_id, at, note FROM approvals WHERE "
                                                "ticket_id = ? AND revision = ? ORDER BY rid DESC "
                                                "LIMIT 1"),
                                 {ticketId, quoteRevision}, QStringLiteral("read the approval"));
        if (!approval)
            return approval.error();
        if (approval->next()) {
            Approval a;
            a.id = approval->value(0).toString();
            a.ticketId = ticketId;
            a.revision = quoteRevision;
            a.approved = approval->value(1).toString() == QLatin1String("approved");
            a.payable = Money {approval->value(2).toLongLong(), approval->value(3).toString()};
            a.method = approval->value(4).toString();
            a.userId = approval->value(5).toString();
            a.at = sql::parseTimestamp(approval->value(6).toString());
            a.note = approval->value(7).toString();
            details.approval = a;
        }
    }

    auto payments = sql::run(db,
                             QStringLiteral("SELECT id, kind, amount_minor, currency, method, "
                                            "reference, user_id, at FROM payments WHERE "
                                            "ticket_id = ? ORDER BY at, rid"),
                             {ticketId}, QStringLiteral("read the payments"));
    if (!payments)
        return payments.error();
    while (payments->next()) {
        Payment p;
        p.id = payments->value(0).toString();
        p.ticketId = ticketId;
        p.kind = payments->value(1).toString();
        p.amount = Money {payments->value(2).toLongLong(), payments->value(3).toString()};
        p.method = payments->value(4).toString();
        p.reference = payments->value(5).toString();
        p.userId = payments->value(6).toString();
        p.at = sql::parseTimestamp(payments->value(7).toString());
        details.payments.append(p);
    }
    return details;
}

} // namespace rc
