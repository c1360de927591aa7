#pragma once

#include "common/result.h"
#include "warrantytypes.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rc::warranty {

// One warranty question: which phone part, what fault, what evidence, what history, on
// which day. The case JSON of shared/warranty-cases/README.md (copied in docs/warranty.md),
// plus three optional fields documented there: evidence.sale_date_source, current_repair and
// repair_warranty_days. A value: the engine reads nothing else, so a ticket can store the
// case as its evidence and evaluate it again years later to the same verdict.
struct WarrantyCase
{
    struct CoveredRepair
    {
        Component component = Component::MainUnit;
        QDate droppedOff;
        QDate pickedUp;
    };
    struct Exchange
    {
        Component component = Component::MainUnit;
        QDate date;
    };
    struct OurRepair
    {
        Component component = Component::MainUnit;
        QDate pickedUp;
    };
    // A covered repair still in progress (CN-07/08/09). Its drop-off date is the day the
    // claim was made: windows and periods are judged on that day, delays up to `today`.
    struct CurrentRepair
    {
        QDate droppedOff;
        RepairDelay delay = RepairDelay::None;
    };

    QString id; // free text
    QString policy; // statutory policy id: cn-sanbao | eu-2019-771 | …
    QString brandPolicy; // "" = none
    QDate today; // the evaluation date
    Component component = Component::MainUnit;
    Fault fault = Fault::Performance;

    QDate saleDate; // invalid = none
    SaleDateSource saleDateSource = SaleDateSource::Invoice;
    bool imeiMatches = true;
    QDate factoryDate; // invalid = none; used only without a sale date (CN-03)

    QList<Damage> damage;
    QList<CoveredRepair> coveredRepairs;
    QList<Exchange> exchanges;
    QList<OurRepair> ourRepairs;
    std::optional<CurrentRepair> currentRepair;
    std::optional<int> repairWarrantyDays; // overrides the repair-warranty policy's days

    // The day the claim is judged on: the current repair's drop-off, else today.
    QDate claimDate() const;

    // Parses and checks a case. An error's code is "CASE_INVALID" and its message starts
    // with the field's path: "evidence.sale_date: not a date (YYYY-MM-DD): \"2026-2-30\"".
    // Unknown policy ids are not checked here (the engine knows the policies).
    static Result<WarrantyCase> fromJson(const QJsonObject &object);
    static Result<WarrantyCase> fromJson(const QByteArray &json);
    QJsonObject toJson() const;
};

} // namespace rc::warranty
