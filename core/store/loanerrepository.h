#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "tickets/money.h"
#include "tickets/ticketstatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rc {

class Database;

// A loaner phone of the center (备用机, CN-07): synced as entity "loaner".
struct Loaner
{
    QString id;
    int version = 1;
    QString imei; // 15 digits, validated like an intake's
    QString model;
    QString condition = QStringLiteral("ok"); // ok | damaged
    Money deposit; // the deposit asked when it is lent
    QString state = QStringLiteral("in_stock"); // in_stock | lent | written_off
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One lending of a loaner to a ticket's customer: synced as entity "loan".
struct Loan
{
    QString id;
    int version = 1;
    QString loanerId;
    QString ticketId;
    QString state = QStringLiteral("out"); // out | returned | written_off
    QString conditionOut; // the loaner's condition when it went out
    Money deposit; // taken at lend (payment kind "deposit", reference "loan:<id>")
    QString method;
    QString depositPaymentId;
    QString lentBy;
    QDateTime lentAt;
    QDate expectedReturn;
    QString conditionBack; // ok | damaged, at return
    QString depositOutcome; // "" | returned | kept
    QString refundPaymentId;
    QString reason; // why the deposit was kept, or why it was written off
    QString closedBy;
    QDateTime closedAt;
};

// A loan that is out, with what the queue, the ticket view and the report show of it.
struct LoanOut
{
    Loan loan;
    Loaner loaner;
    QString ticketNumber;
    TicketStatus ticketStatus = TicketStatus::Received;
    QString customerName;
    bool overdue = false;
    QString overdueWhy; // ticket_done | past_expected_return
};

QJsonObject toJson(const Loaner &loaner);
QJsonObject toJson(const Loan &loan);
QJsonObject toJson(const LoanOut &out);

// The loaner phones and their loans. The writes are for callers inside Database::write()
// (the workflow's LoanerDesk); each writes its row and its outbox snapshot.
class LoanerRepository
{
    Q_DECLARE_TR_FUNCTIONS(LoanerRepository)

public:
    LoanerRepository(Database &db, const Clock &clock);

    // How long a loan is expected to last when the lender does not say (days).
    static constexpr int kDefaultLoanDays = 14;
    // Overdue (docs/loaners.md): the loan is out and either its ticket is ready or closed
    // (the customer could bring the loaner back) or today is past the expected return date.
    static bool isOverdue(const Loan &loan, TicketStatus ticketStatus, const QDate &today,
                          QString *why = nullptr);

    Result<QList<Loaner>> list();
    Result<std::optional<Loaner>> byImei(const QString &imei);
    Result<std::optional<Loaner>> byId(const QString &id);
    Result<std::optional<Loan>> outForTicket(const QString &ticketId);
    Result<std::optional<Loan>> outForLoaner(const QString &loanerId);
    Result<QList<LoanOut>> loansOut();
    // The ticket's latest loan (returned: the latest one that came back), for its papers.
    Result<std::optional<Loan>> latestForTicket(const QString &ticketId, bool returned);

    Status insertLoanerInTransaction(Loaner &loaner);
    // version + 1, updated_at now.
    Status updateLoanerInTransaction(Loaner &loaner);
    Status insertLoanInTransaction(Loan &loan);
    Status updateLoanInTransaction(Loan &loan);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
