#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "store/loanerrepository.h"
#include "tickets/ticket.h"

#include <QCoreApplication>

#include <optional>

namespace rc {
class Database;
namespace warranty {
class WarrantyEngine;
}
} // namespace rc

namespace rc::workflow {

class Authority;
class Changes;

// A loaner phone for the center's list.
struct LoanerInput
{
    QString imei; // validated like an intake's (an IMEISV gives its IMEI)
    QString model;
    Money deposit; // asked when it is lent; 0 for none
    QString condition = QStringLiteral("ok"); // ok | damaged
};

// Lending a loaner to the customer of a ticket.
struct LendInput
{
    QString imei; // the loaner's
    QString method = QStringLiteral("cash"); // how the deposit is paid: cash | card | mobile
    QDate expectedReturn; // invalid: LoanerRepository::kDefaultLoanDays from today
};

// Taking a loaner back.
struct ReturnInput
{
    QString imei;
    QString condition; // ok | damaged, as checked at the counter
    bool keepDeposit = false; // the deposit is kept …
    QString keepReason; // … with a written reason (audited)
};

struct LoanResult
{
    Loan loan;
    Loaner loaner;
    QString ticketNumber;
};

// Whether a ticket offers a loaner phone now (CN-07): a covered repair open for more than the
// statutory policy's loaner days (cn-sanbao: 7), not yet ready, with no loaner out.
struct LoanerOffer
{
    bool offered = false;
    QString ruleId = QStringLiteral("CN-07");
    int daysOpen = 0;
    int loanerDays = 7;
};

// The loaner phones (备用机, CN-07; issue 20): the list, lending one to a ticket's customer
// with the deposit taken, taking it back with the condition checked and the deposit returned
// or kept with a reason, and a manager's write-off. Every step checks the acting user
// (Permission::Loaners, Payment when money moves, WriteOffLoaner), writes in one transaction
// with its outbox rows (entities "loaner" and "loan", the payments, the ticket), the audit
// entry and the ticket's event, and announces the ticket on Changes. A ticket's phone is not
// handed back while its loaner is out (PickupRepository::release, code LOANER_OUT).
class LoanerDesk
{
    Q_DECLARE_TR_FUNCTIONS(LoanerDesk)

public:
    LoanerDesk(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
               Authority &authority, Changes &changes);

    // Refusals: IMEI_INVALID, LOANER_MODEL, LOANER_DEPOSIT, LOANER_CONDITION, LOANER_EXISTS.
    Result<Loaner> add(const QString &userId, const LoanerInput &input);
    Result<QList<Loaner>> list();
    // Refusals: NOT_FOUND, TICKET_CLOSED, IMEI_INVALID, LOANER_UNKNOWN, LOANER_LENT,
    // LOANER_WRITTEN_OFF, LOAN_EXISTS (the ticket has one out), LOAN_METHOD, LOAN_RETURN_DATE.
    Result<LoanResult> lend(const QString &userId, const QString &ticketId, const LendInput &input);
    // Refusals: IMEI_INVALID, LOANER_UNKNOWN, LOANER_NOT_LENT, LOAN_CONDITION, LOAN_KEEP_REASON.
    Result<LoanResult> takeBack(const QString &userId, const ReturnInput &input);
    // A manager's (WriteOffLoaner); the deposit stays kept. Refusals: LOAN_WRITE_OFF_REASON,
    // IMEI_INVALID, LOANER_UNKNOWN, LOANER_NOT_LENT.
    Result<LoanResult> writeOff(const QString &userId, const QString &imei, const QString &reason);

    Result<std::optional<LoanOut>> outForTicket(const QString &ticketId);
    Result<QList<LoanOut>> loansOut();
    // CN-07: see LoanerOffer.
    LoanerOffer offer(const Ticket &ticket) const;
    // The loaner days of the statutory policy (CN-07).
    int loanerDays() const;

private:
    Result<std::pair<Loaner, Loan>> lentLoaner(const QString &imei);

    Database &m_db;
    const Clock &m_clock;
    const warranty::WarrantyEngine &m_engine;
    Authority &m_authority;
    Changes &m_changes;
};

} // namespace rc::workflow
