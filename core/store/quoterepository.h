#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "ticketrepository.h"
#include "tickets/quote.h"
#include "tickets/quotetotals.h"

#include <QCoreApplication>
#include <QList>

namespace rc {

class Database;

// The customer's answer to the current quote revision.
struct QuoteAnswer
{
    bool approved = false;
    QString method; // in_person | phone | message
    QDateTime at; // when the customer answered (UTC); invalid: now
    QString note;
};

// Quotes (报价单) and the customer's answers. A quote is a numbered revision of lines;
// issuing lines makes a new revision and moves the ticket to "quoted", so a changed quote
// always needs a new approval before repair (维修前获得客户明确授权). Every change writes its
// rows, their outbox rows and the ticket's event in one transaction.
class QuoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuoteRepository)

public:
    QuoteRepository(Database &db, const Clock &clock);

    static bool isValidMethod(const QString &method);

    // Stores `lines` as the ticket's next revision and moves the ticket to "quoted"
    // (through the lifecycle: from diagnosing, approved, declined, repairing, waiting_parts;
    // a ticket already "quoted" stays so with the new revision). Lines are stored covered
    // only while the ticket's warranty verdict covers the repair (QuoteCoverage): under one
    // that does not, every line is payable (the event's data counts the lines turned).
    Result<Ticket> issue(const QString &ticketId, QList<QuoteLine> lines, const Actor &actor,
                         const QString &note = {});
    // The lines of one revision (0: the ticket's current revision), in order of entry.
    Result<QList<QuoteLine>> lines(const QString &ticketId, int revision = 0);
    // Records the customer's answer to the current revision and moves the ticket to
    // "approved" or "declined".
    Result<Approval> answer(const QString &ticketId, const QuoteAnswer &answer, const Actor &actor);
    // Every answer recorded for the ticket, oldest first.
    Result<QList<Approval>> approvals(const QString &ticketId);

private:
    Database &m_db;
    const Clock &m_clock;
};

QJsonObject toJson(const QuoteLine &line);
QJsonObject toJson(const Approval &approval);

} // namespace rc
