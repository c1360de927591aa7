#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tickets/money.h"

#include <QCoreApplication>
#include <QString>

namespace rc {

class Database;

// What happens to the money a customer left on a ticket that closes without a repair (the phone
// goes back unrepaired, or the ticket is cancelled; issue 20): by default it goes back, as a
// payment of kind "refund" by the acting user; or it is kept, with a written reason.
struct DepositChoice
{
    QString keepReason; // empty: the money goes back
    QString method; // how it goes back; empty: as the newest deposit or payment was taken
    // A manager's reason to waive the diagnosis fee the ticket owes (audited); the caller
    // checks the permission. Empty: the fee, when owed, is kept from what the customer left.
    QString waiveDiagnosisFee = {};
};

// What was done: the amount returned (0 when kept or nothing was held) or kept.
struct DepositOutcome
{
    Money held; // deposits and payments less refunds before the settlement
    Money returned;
    Money kept;
    Money diagnosisFee; // kept as the diagnosis fee owed (part of neither returned nor kept)
    QString method;
    QString refundId; // the refund payment, when one was written
};

class DepositSettlement
{
    Q_DECLARE_TR_FUNCTIONS(DepositSettlement)

public:
    // The choice checked before anything is written: a reason that is only blanks is no
    // reason (DEPOSIT_REASON), a method must be one payments know (PAYMENT_METHOD).
    static Status check(const DepositChoice &choice);

    // Inside Database::write(), after the ticket's closing step: returns what the customer left
    // (a refund payment, its outbox row and payment event) or keeps it (an audit entry
    // "ticket.deposit_kept" with the amount and the reason, and a note in the timeline).
    // Nothing held: nothing written. When the ticket closed without a repair owes its diagnosis
    // fee (DiagnosisFee: declined, cannot fix, cancelled after diagnosis), that much stays as
    // the fee (no reason needed: it is the stated fee) and the rest goes back; less held than
    // the fee is DIAGNOSIS_FEE_DUE (take the rest first, or a manager waives it).
    static Result<DepositOutcome> settleInTransaction(Database &db, const Clock &clock,
                                                      const QString &ticketId,
                                                      const DepositChoice &choice,
                                                      const Actor &actor);
};

} // namespace rc
