#include "warrantyhistory.h"

#include "database.h"
#include "sql.h"

namespace rc {

namespace {

QDate localDate(const QString &timestamp)
{
    return sql::parseTimestamp(timestamp).toLocalTime().date();
}

} // namespace

Result<WarrantyHistory> WarrantyHistoryReader::forImei(const Database &db, const QString &imei)
{
    using warranty::Component;
    WarrantyHistory history;
    const QString digits = sql::digitsOnly(imei);
    if (digits.size() < 14)
        return history;
    const QString reversed = sql::reversed(digits);

    // Earlier tickets of the phone that went back repaired: from the phone's IMEI key, never
    // from the status index (most tickets of a store are picked up: measured on 1 M tickets,
    // 700 ms against 0.1 ms), hence the CROSS JOIN and the unary +.
    auto tickets = sql::run(
        db,
        QStringLiteral("SELECT t.component, t.created_at, t.picked_up_at, "
                       "json_extract(t.warranty_verdict, '$.covered') FROM ticket_keys k "
                       "CROSS JOIN tickets t ON t.rid = k.rid WHERE k.key = ? AND +t.status = "
                       "'picked_up' AND t.picked_up_at IS NOT NULL ORDER BY k.rid"),
        {QStringLiteral("i") + reversed}, QStringLiteral("warranty history read"));
    if (!tickets)
        return tickets.error();
    while (tickets->next()) {
        const Component component = warranty::componentFromName(tickets->value(0).toString())
                                        .value_or(Component::MainUnit);
        const QDate droppedOff = localDate(tickets->value(1).toString());
        const QDate pickedUp = localDate(tickets->value(2).toString());
        if (!pickedUp.isValid())
            continue;
        history.ourRepairs.append({component, pickedUp});
        if (tickets->value(3).toInt() == 1 && droppedOff.isValid() && droppedOff <= pickedUp)
            history.coveredRepairs.append({component, droppedOff, pickedUp});
    }

    // Exchanges recorded for the phone (either IMEI).
    auto exchanges = sql::run(
        db,
        QStringLiteral("SELECT e.component, e.date, e.rid FROM device_exchanges e JOIN devices d "
                       "ON d.id = e.device_id WHERE d.imei1_rev = ? UNION SELECT e.component, "
                       "e.date, e.rid FROM device_exchanges e JOIN devices d ON d.id = "
                       "e.device_id WHERE d.imei2_rev = ? AND d.imei2_rev <> '' ORDER BY 2, 3"),
        {reversed, reversed}, QStringLiteral("warranty history read"));
    if (!exchanges)
        return exchanges.error();
    while (exchanges->next()) {
        const auto component = warranty::componentFromName(exchanges->value(0).toString());
        const QDate date = warranty::parseIsoDate(exchanges->value(1).toString());
        if (component && date.isValid())
            history.exchanges.append({*component, date});
    }
    return history;
}

} // namespace rc
