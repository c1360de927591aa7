#pragma once

#include "common/result.h"
#include "warranty/warrantycase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rc {

class Database;

// What the store knows about one phone that the warranty engine weighs (docs/warranty.md,
// the case's "history"), read the same way for every door so that the same phone gets the
// same case at the counter, on the command line and in a later pull:
//   - covered repairs: earlier tickets of this IMEI that were picked up with a covered
//     verdict (they extend the period and count for CN-06 / EU-05), with their drop-off and
//     pickup dates;
//   - exchanges: the device_exchanges of the phone (a main-unit exchange restarts the
//     warranty of the phone it gave, CN-12; an accessory exchange counts for CN-13's refund);
//   - our repairs: every earlier ticket of this IMEI that was picked up repaired, for the
//     repair warranty (RW-1).
// Dates are calendar dates at the counter (local time), oldest first.
struct WarrantyHistory
{
    QList<warranty::WarrantyCase::CoveredRepair> coveredRepairs;
    QList<warranty::WarrantyCase::Exchange> exchanges;
    QList<warranty::WarrantyCase::OurRepair> ourRepairs;

    bool isEmpty() const
    {
        return coveredRepairs.isEmpty() && exchanges.isEmpty() && ourRepairs.isEmpty();
    }
};

class WarrantyHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(WarrantyHistoryReader)

public:
    // By either IMEI of the phone (15 digits; anything else finds nothing). Two indexed
    // queries: the phone's tickets through ticket_keys, its exchanges through the devices'
    // IMEI indexes.
    static Result<WarrantyHistory> forImei(const Database &db, const QString &imei);
};

} // namespace rc
