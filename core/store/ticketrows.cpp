#include "ticketrows.h"

#include "database.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rc {

namespace {

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString kSummaryColumns = QStringLiteral(
    "t.id, t.number, t.status, t.created_at, t.updated_at, c.id, c.name, c.phone, d.id, "
    "d.imei1, d.imei2, d.brand, d.model, t.fault_description, t.technician_id, t.component, "
    "t.picked_up_at, t.status_changed_at");

TicketSummary summaryFrom(const QSqlQuery &q)
{
    TicketSummary s;
    s.id = q.value(0).toString();
    s.number = q.value(1).toString();
    s.status = TicketLifecycle::fromId(q.value(2).toString()).value_or(TicketStatus::Received);
    s.createdAt = sql::parseTimestamp(q.value(3).toString());
    s.updatedAt = sql::parseTimestamp(q.value(4).toString());
    s.customerId = q.value(5).toString();
    s.customerName = q.value(6).toString();
    s.customerPhone = q.value(7).toString();
    s.deviceId = q.value(8).toString();
    s.imei1 = q.value(9).toString();
    s.imei2 = q.value(10).toString();
    s.brand = q.value(11).toString();
    s.model = q.value(12).toString();
    s.faultDescription = q.value(13).toString();
    s.technicianId = q.value(14).toString();
    s.component = q.value(15).toString();
    s.pickedUpAt = sql::parseTimestamp(q.value(16).toString());
    s.statusChangedAt = sql::parseTimestamp(q.value(17).toString());
    return s;
}

} // namespace

QString ticketColumns()
{
    return QStringLiteral(
        "t.id, t.version, t.number, t.center, t.station, t.customer_id, t.device_id, t.status, "
        "t.created_at, t.updated_at, t.status_changed_at, t.intake_user_id, t.technician_id, "
        "t.fault_description, t.fault_category, t.component, t.sale_date, t.condition_json, "
        "t.accessories_json, t.backup_consent, t.passcode_handling, t.warranty_case, "
        "t.warranty_verdict, t.quote_revision, t.approved_revision, t.picked_up_at, "
        "t.intake_verdict");
}

Ticket ticketFrom(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toString();
    t.version = q.value(1).toInt();
    t.number = q.value(2).toString();
    t.center = q.value(3).toString();
    t.station = q.value(4).toString();
    t.customerId = q.value(5).toString();
    t.deviceId = q.value(6).toString();
    t.status = TicketLifecycle::fromId(q.value(7).toString()).value_or(TicketStatus::Received);
    t.createdAt = sql::parseTimestamp(q.value(8).toString());
    t.updatedAt = sql::parseTimestamp(q.value(9).toString());
    t.statusChangedAt = sql::parseTimestamp(q.value(10).toString());
    t.intakeUserId = q.value(11).toString();
    t.technicianId = q.value(12).toString();
    t.faultDescription = q.value(13).toString();
    t.faultCategory = q.value(14).toString();
    t.component = q.value(15).toString();
    t.saleDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    t.condition = objectFrom(q.value(17));
    const QJsonArray accessories = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).array();
    for (const QJsonValue &value : accessories)
        t.accessories.append(value.toString());
    t.backupConsent = q.value(19).toInt() != 0;
    t.passcode = passcodeHandlingFromId(q.value(20).toString()).value_or(PasscodeHandling::NoLock);
    t.warrantyCase = objectFrom(q.value(21));
    t.warrantyVerdict = objectFrom(q.value(22));
    t.quoteRevision = q.value(23).toInt();
    t.approvedRevision = q.value(24).toInt();
    t.pickedUpAt = sql::parseTimestamp(q.value(25).toString());
    t.intakeVerdict = objectFrom(q.value(26));
    return t;
}

QString ticketEventColumns()
{
    return QStringLiteral("e.id, e.ticket_id, e.at, e.user_id, e.actor, e.kind, e.from_status, "
                          "e.to_status, e.note, e.data");
}

TicketEvent ticketEventFrom(const QSqlQuery &q, int first)
{
    TicketEvent e;
    e.id = q.value(first).toString();
    e.ticketId = q.value(first + 1).toString();
    e.at = sql::parseTimestamp(q.value(first + 2).toString());
    e.userId = q.value(first + 3).toString();
    e.actor = q.value(first + 4).toString();
    e.kind = q.value(first + 5).toString();
    if (!q.value(first + 6).isNull())
        e.fromStatus = TicketLifecycle::fromId(q.value(first + 6).toString());
    if (!q.value(first + 7).isNull())
        e.toStatus = TicketLifecycle::fromId(q.value(first + 7).toString());
    e.note = q.value(first + 8).toString();
    e.data = objectFrom(q.value(first + 9));
    return e;
}

Result<QList<TicketSummary>> selectSummaries(const Database &db, const QString &condition,
                                             const QVariantList &values, int limit, int offset,
                                             const QString &order)
{
    auto q
        = sql::run(db,
                   QStringLiteral("SELECT %1 FROM tickets t JOIN customers c ON c.id = "
                                  "t.customer_id JOIN devices d ON d.id = t.device_id WHERE %2 "
                                  "ORDER BY %5 LIMIT %3 OFFSET %4")
                       .arg(kSummaryColumns, condition.isEmpty() ? QStringLiteral("1") : condition)
                       .arg(qMax(0, limit))
                       .arg(qMax(0, offset))
                       .arg(order.isEmpty() ? QStringLiteral("t.rid DESC") : order),
                   values, QStringLiteral("ticket list"));
    if (!q)
        return q.error();
    QList<TicketSummary> list;
    while (q->next())
        list.append(summaryFrom(*q));
    return list;
}

QJsonObject toJson(const TicketSummary &s)
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("number"), s.number},
        {QStringLiteral("status"), TicketLifecycle::id(s.status)},
        {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("customer_id"), s.customerId},
        {QStringLiteral("customer_name"), s.customerName},
        {QStringLiteral("customer_phone"), s.customerPhone},
        {QStringLiteral("device_id"), s.deviceId},
        {QStringLiteral("imei1"), s.imei1},
        {QStringLiteral("imei2"), s.imei2},
        {QStringLiteral("brand"), s.brand},
        {QStringLiteral("model"), s.model},
        {QStringLiteral("fault_description"), s.faultDescription},
        {QStringLiteral("component"), s.component},
        {QStringLiteral("technician_id"), s.technicianId},
        {QStringLiteral("picked_up_at"), s.pickedUpAt.isValid()
                                             ? QJsonValue(s.pickedUpAt.toString(Qt::ISODateWithMs))
                                             : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace rc
