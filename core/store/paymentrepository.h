#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "ticketrepository.h"
#include "tickets/diagnosisfee.h"
#include "tickets/payment.h"

#include <QCoreApplication>
#include <QList>

namespace rc {

class Database;

// What the customer owes on a ticket: the payable total of the approved quote revision,
// what was paid (deposits and payments, less refunds) and the difference. A loaner phone's
// deposit and its return (reference "loan:<id>", LoanerRepository) are not the repair's money.
// The diagnosis fee (DiagnosisFee) is part of the payable amount when it is due: approved with
// the waiver off, or owed on a ticket closed without a repair (whose quote is then not owed).
struct Balance
{
    Money payable;
    Money paid;
    Money due; // payable − paid; negative when the customer paid too much
    DiagnosisFeeState diagnosisFee; // its due part is in payable
};

// Money taken or given back for a ticket. Recording writes the payment, its outbox
// snapshot (entity "payment") and a "payment" event on the ticket in one transaction.
class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)

public:
    PaymentRepository(Database &db, const Clock &clock);

    static bool isValidKind(const QString &kind);
    static bool isValidMethod(const QString &method);

    Result<Payment> record(Payment payment, const Actor &actor);
    // Oldest first.
    Result<QList<Payment>> forTicket(const QString &ticketId);
    Result<Balance> balance(const QString &ticketId);

    // For callers already inside Database::write().
    Result<Payment> recordInTransaction(Payment payment, const Actor &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

QJsonObject toJson(const Payment &payment);

} // namespace rc
