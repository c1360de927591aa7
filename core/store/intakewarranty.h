#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "warranty/intakeevidence.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace rc {

class Database;

// The warranty case for a phone at intake (the case JSON of docs/warranty.md), with its
// history taken from the store: earlier tickets of the same IMEI that were picked up are
// "our_repairs" (the repair warranty, RW-1), and those whose stored verdict was covered are
// also "covered_repairs" (they extend the period and count for CN-06). Policies and the
// repair-warranty days come from the settings (policy.statutory, policy.brand,
// repair_warranty.days).
// The warranty evidence as given (IntakeEvidence): the sale date counts only with its proof
// named and the IMEI on the papers checked; nothing unanswered is assumed.
struct IntakeWarrantyInput
{
    QString imei;
    QString component = QStringLiteral("main_unit");
    QString fault = QStringLiteral("performance");
    warranty::IntakeEvidence evidence;
};

class IntakeWarranty
{
    Q_DECLARE_TR_FUNCTIONS(IntakeWarranty)

public:
    static Result<QJsonObject> buildCase(Database &db, const Clock &clock,
                                         const IntakeWarrantyInput &input);
};

} // namespace rc
