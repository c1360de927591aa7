#include "intakewarranty.h"

#include "settingsrepository.h"
#include "ticketrepository.h"
#include "ticketsearch.h"

#include <QJsonArray>

namespace rc {

namespace {

// The case's evidence: only what is established (IntakeEvidence::applyTo), an unchecked IMEI
// as null.
QJsonObject evidenceJson(const warranty::IntakeEvidence &given)
{
    warranty::WarrantyCase c;
    given.applyTo(c);
    QJsonObject caseJson {
        {QStringLiteral("evidence"), c.toJson().value(QStringLiteral("evidence"))}};
    given.annotate(caseJson);
    return caseJson.value(QStringLiteral("evidence")).toObject();
}

} // namespace

Result<QJsonObject> IntakeWarranty::buildCase(Database &db, const Clock &clock,
                                              const IntakeWarrantyInput &input)
{
    SettingsRepository settings(db, clock);
    auto policy = settings.value(QStringLiteral("policy.statutory"));
    auto brand = settings.value(QStringLiteral("policy.brand"));
    auto days = settings.intValue(QStringLiteral("repair_warranty.days"));
    if (!policy || !brand || !days)
        return !policy ? policy.error() : !brand ? brand.error() : days.error();

    QJsonArray covered;
    QJsonArray ours;
    if (!input.imei.isEmpty()) {
        auto visits = DeviceHistory(db).forImei(input.imei, *days);
        if (!visits)
            return visits.error();
        TicketRepository tickets(db, clock);
        for (const DeviceVisit &visit : *visits) {
            const TicketSummary &t = visit.ticket;
            if (t.status != TicketStatus::PickedUp || !t.pickedUpAt.isValid())
                continue;
            const QString component
                = t.component.isEmpty() ? QStringLiteral("main_unit") : t.component;
            const QString pickedUp = t.pickedUpAt.toLocalTime().date().toString(Qt::ISODate);
            ours.append(QJsonObject {{QStringLiteral("component"), component},
                                     {QStringLiteral("picked_up"), pickedUp}});
            auto full = tickets.byId(t.id);
            if (!full)
                return full.error();
            if (full->has_value()
                && (*full)->warrantyVerdict.value(QLatin1String("covered")).toBool())
                covered.append(
                    QJsonObject {{QStringLiteral("component"), component},
                                 {QStringLiteral("dropped_off"),
                                  t.createdAt.toLocalTime().date().toString(Qt::ISODate)},
                                 {QStringLiteral("picked_up"), pickedUp}});
        }
    }
    QJsonObject warrantyCase {
        {QStringLiteral("policy"), *policy},
        {QStringLiteral("today"), clock.today().toString(Qt::ISODate)},
        {QStringLiteral("component"), input.component},
        {QStringLiteral("fault"), input.fault},
        {QStringLiteral("evidence"), evidenceJson(input.evidence)},
        {QStringLiteral("damage"), QJsonArray()},
        {QStringLiteral("history"), QJsonObject {{QStringLiteral("covered_repairs"), covered},
                                                 {QStringLiteral("exchanges"), QJsonArray()},
                                                 {QStringLiteral("our_repairs"), ours}}},
        {QStringLiteral("repair_warranty_days"), *days},
    };
    if (!brand->isEmpty())
        warrantyCase.insert(QStringLiteral("brand_policy"), *brand);
    return warrantyCase;
}

} // namespace rc
