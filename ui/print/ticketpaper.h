#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "paperdata.h"
#include "store/ticketdetails.h"
#include "tickets/customer.h"
#include "tickets/device.h"
#include "tickets/ticket.h"

namespace rc {
class Database;
}

// The one place where a stored ticket becomes what its papers say.
namespace rc::print {

// Everything about a ticket a paper can show, as read from the store.
struct TicketPaperSource
{
    Ticket ticket;
    Customer customer;
    Device device;
    TicketDetails details;
    CenterInfo center; // settings center.name, center.address, center.phone
    int repairWarrantyDays = 90;
    int uncollectedDays = 90;
    QString clerkName; // who registered it
    QString technicianName;
    QString workDone; // the note of the move to "ready", when one was written
};

// Reads the ticket with this human number (case-insensitive) and all its paper needs.
// Error code NOT_FOUND when there is no such ticket.
Result<TicketPaperSource> loadTicketPaperSource(Database &db, const Clock &clock,
                                                const QString &number);

// printedAt: now (or the reprint time); reprint: this ticket's paper was printed before.
PaperData paperFromTicket(const TicketPaperSource &source, const QDateTime &printedAt,
                          bool reprint);

} // namespace rc::print
