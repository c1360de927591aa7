#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "paperdata.h"
#include "tickets/customer.h"
#include "tickets/device.h"
#include "tickets/diagnosis.h"
#include "tickets/payment.h"
#include "tickets/quote.h"
#include "tickets/repairrecord.h"
#include "tickets/ticket.h"

#include <QList>

#include <optional>

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
    std::optional<Diagnosis> diagnosis;
    QList<rc::QuoteLine> quoteLines; // of the current revision
    std::optional<Approval> approval; // the newest answer to the current revision
    QList<rc::Payment> payments; // oldest first
    std::optional<rc::RepairRecord> repair; // the newest repair record
    QDate repairWarrantyEnd; // from the pickup date and repair_warranty.days
    CenterInfo center; // settings center.name, center.address, center.phone
    int repairWarrantyDays = 90;
    int uncollectedDays = 90;
    QString clerkName; // who registered it
    QString technicianName; // who repaired it (else the assigned technician)
    QString readyNote; // the note of the move to "ready", when one was written
};

// What papers print for the ids the intake form stores, in both languages: a condition mark
// (screen_cracked, …), an accessory (sim_tray, …), a performance fault of the 性能故障表
// (function_fails, …). An id none of them knows is printed as stored.
Bilingual conditionWord(const QString &key);
Bilingual accessoryWord(const QString &key);
Bilingual faultCodeWord(const QString &code);

// Reads the ticket with this human number (case-insensitive) and all its paper needs.
// Error code NOT_FOUND when there is no such ticket.
Result<TicketPaperSource> loadTicketPaperSource(Database &db, const Clock &clock,
                                                const QString &number);

// printedAt: now (or the reprint time); reprint: this ticket's paper was printed before.
PaperData paperFromTicket(const TicketPaperSource &source, const QDateTime &printedAt,
                          bool reprint);

} // namespace rc::print
