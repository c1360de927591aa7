#pragma once

#include "common/result.h"
#include "tickets/diagnosis.h"
#include "tickets/payment.h"
#include "tickets/quote.h"

#include <QList>

#include <optional>

namespace rc {

class Database;

// What else a paper needs about a ticket besides the ticket itself: the newest diagnosis, the
// lines of the current quote revision, the customer's answer to it and the payments. Read
// only; the screens that record these write them through their own repositories.
struct TicketDetails
{
    std::optional<Diagnosis> diagnosis;
    QList<QuoteLine> quoteLines; // of the ticket's current quote revision, in order
    std::optional<Approval> approval; // for that revision
    QList<Payment> payments; // oldest first
};

Result<TicketDetails> loadTicketDetails(const Database &db, const QString &ticketId,
                                        int quoteRevision);

} // namespace rc
