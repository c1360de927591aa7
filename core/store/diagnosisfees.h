#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tickets/diagnosisfee.h"

#include <QCoreApplication>

#include <optional>

namespace rc {

class Database;

// The diagnosis fee stored on a ticket (schema step "diagnosis fee"): fixed at registration from
// the fees.* settings, read for the balance, the settlement and the papers, and waived by a
// manager with a reason (audited as "ticket.diagnosis_fee_waived").
class DiagnosisFees
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisFees)

public:
    // The center's settings now: fees.diagnosis (an amount, "0" for none) and
    // fees.waive_diagnosis_on_approval ("1" or "0").
    static Result<DiagnosisFeeTerms> currentTerms(Database &db, const Clock &clock);
    // Inside the registration's transaction: the ticket keeps the settings' terms.
    static Status fixInTransaction(Database &db, const Clock &clock, const QString &ticketId);
    static Result<DiagnosisFeeTerms> terms(Database &db, const QString &ticketId);
    // The fee's state for the ticket as stored, judged at `at` (see DiagnosisFee::assess).
    static Result<DiagnosisFeeState> state(Database &db, const Ticket &ticket,
                                           std::optional<TicketStatus> at = {});
    // A manager's waiver (the caller checked the permission): FEE_WAIVER_REASON without a
    // reason, FEE_NOT_DUE when there is nothing to waive. Audited, and a note in the timeline.
    static Status waiveInTransaction(Database &db, const Clock &clock, const Ticket &ticket,
                                     const QString &reason, const Actor &actor,
                                     std::optional<TicketStatus> at = {});
};

} // namespace rc
