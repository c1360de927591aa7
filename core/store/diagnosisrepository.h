#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "ticketrepository.h"
#include "tickets/diagnosis.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rc {

class Database;

// What the technician records at diagnosis (检测), with the warranty re-evaluated from it.
struct DiagnosisUpdate
{
    Diagnosis diagnosis; // ticketId, findings, faultCodes, damage, cause, outcome
    // The re-evaluated warranty evidence; empty when the engine was not run again.
    QJsonObject warrantyCase;
    QJsonObject warrantyVerdict;
};

// One diagnosis per ticket, updated in place (version + 1) when the technician looks again.
// Recording writes the diagnosis row, its outbox snapshot (entity "diagnosis"), the ticket's
// new warranty verdict when given, and a "diagnosis" event (with the previous verdict and
// whether the coverage changed) in one transaction. A ticket still "received" moves to
// "diagnosing" in the same transaction; other statuses than received/diagnosing are refused.
class DiagnosisRepository
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisRepository)

public:
    DiagnosisRepository(Database &db, const Clock &clock);

    static bool isValidOutcome(const QString &outcome);

    Result<Diagnosis> record(const DiagnosisUpdate &update, const Actor &actor);
    Result<std::optional<Diagnosis>> forTicket(const QString &ticketId);

private:
    Database &m_db;
    const Clock &m_clock;
};

QJsonObject toJson(const Diagnosis &diagnosis);

} // namespace rc
