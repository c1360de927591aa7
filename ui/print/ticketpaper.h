#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "paperdata.h"
#include "store/loanerrepository.h"
#include "tickets/customer.h"
#include "tickets/device.h"
#include "tickets/diagnosis.h"
#include "tickets/payment.h"
#include "tickets/quote.h"
#include "tickets/repairrecord.h"
#include "tickets/ticket.h"
#include "workflow/ticketdossier.h"

#include <QList>

#include <optional>

namespace rc {
class Database;
}

// The one place where a stored ticket becomes what its papers say.
namespace rc::print {

// Everything about a ticket a paper can show: the ticket dossier, the read model the ticket
// view and the papers share (core/workflow/ticketdossier.h).
using TicketPaperSource = workflow::TicketDossier;

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

// The ticket's loaner loan on its papers (CN-07): the latest loan for the agreement
// (PaperKind::Loan), the latest returned one for the return slip. NOT_FOUND when none.
void addLoanToPaper(PaperData &data, const Loan &loan, const Loaner &loaner);
Status addLoanToPaper(PaperData &data, Database &db, const Clock &clock, const QString &ticketId,
                      PaperKind kind);

} // namespace rc::print
