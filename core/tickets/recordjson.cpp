#include "recordjson.h"

#include <QJsonArray>

namespace rc {

namespace {

QJsonValue instant(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject toJson(const Customer &customer)
{
    return {
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("version"), customer.version},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("phone"), customer.phone},
        {QStringLiteral("note"), customer.note},
        {QStringLiteral("created_at"), instant(customer.createdAt)},
        {QStringLiteral("updated_at"), instant(customer.updatedAt)},
    };
}

QJsonObject toJson(const Device &device)
{
    return {
        {QStringLiteral("id"), device.id},
        {QStringLiteral("version"), device.version},
        {QStringLiteral("imei1"), device.imei1},
        {QStringLiteral("imei2"), text(device.imei2)},
        {QStringLiteral("brand"), device.brand},
        {QStringLiteral("model"), device.model},
        {QStringLiteral("serial"), device.serial},
        {QStringLiteral("created_at"), instant(device.createdAt)},
        {QStringLiteral("updated_at"), instant(device.updatedAt)},
    };
}

QJsonObject toJson(const Ticket &ticket)
{
    return {
        {QStringLiteral("id"), ticket.id},
        {QStringLiteral("version"), ticket.version},
        {QStringLiteral("number"), ticket.number},
        {QStringLiteral("center"), ticket.center},
        {QStringLiteral("station"), ticket.station},
        {QStringLiteral("customer_id"), ticket.customerId},
        {QStringLiteral("device_id"), ticket.deviceId},
        {QStringLiteral("status"), TicketLifecycle::id(ticket.status)},
        {QStringLiteral("created_at"), instant(ticket.createdAt)},
        {QStringLiteral("updated_at"), instant(ticket.updatedAt)},
        {QStringLiteral("status_changed_at"), instant(ticket.statusChangedAt)},
        {QStringLiteral("intake_user_id"), text(ticket.intakeUserId)},
        {QStringLiteral("technician_id"), text(ticket.technicianId)},
        {QStringLiteral("fault_description"), ticket.faultDescription},
        {QStringLiteral("fault_category"), text(ticket.faultCategory)},
        {QStringLiteral("component"), text(ticket.component)},
        {QStringLiteral("sale_date"), date(ticket.saleDate)},
        {QStringLiteral("condition"), ticket.condition},
        {QStringLiteral("accessories"), QJsonArray::fromStringList(ticket.accessories)},
        {QStringLiteral("backup_consent"), ticket.backupConsent},
        {QStringLiteral("passcode_handling"), passcodeHandlingId(ticket.passcode)},
        {QStringLiteral("warranty_case"), ticket.warrantyCase.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(ticket.warrantyCase)},
        {QStringLiteral("warranty_verdict"), ticket.warrantyVerdict.isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(ticket.warrantyVerdict)},
        {QStringLiteral("intake_verdict"), ticket.intakeVerdict.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(ticket.intakeVerdict)},
        {QStringLiteral("quote_revision"), ticket.quoteRevision},
        {QStringLiteral("approved_revision"), ticket.approvedRevision},
        {QStringLiteral("picked_up_at"), instant(ticket.pickedUpAt)},
    };
}

QJsonObject toJson(const TicketEvent &event)
{
    return {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("ticket_id"), event.ticketId},
        {QStringLiteral("at"), instant(event.at)},
        {QStringLiteral("user_id"), text(event.userId)},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("from"), event.fromStatus
                                     ? QJsonValue(TicketLifecycle::id(*event.fromStatus))
                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("to"), event.toStatus ? QJsonValue(TicketLifecycle::id(*event.toStatus))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), event.note},
        {QStringLiteral("data"), event.data},
    };
}

QJsonObject toJson(const User &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("version"), user.version},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("role"), roleId(user.role)},
        {QStringLiteral("failed_attempts"), user.failedAttempts},
        {QStringLiteral("locked_until"), instant(user.lockedUntil)},
        {QStringLiteral("disabled"), user.disabled},
        {QStringLiteral("created_at"), instant(user.createdAt)},
        {QStringLiteral("updated_at"), instant(user.updatedAt)},
    };
}

} // namespace rc
