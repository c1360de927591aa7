#pragma once

// Internal to the store: reading ticket rows. Not for views.

#include "common/result.h"
#include "ticketrepository.h"

#include <QVariantList>

class QSqlQuery;

namespace rc {

class Database;

// "t.id, t.version, …": the columns ticketFrom() reads, for a query on `tickets t`; a query
// that selects more columns after them reads those from index kTicketColumnCount on.
QString ticketColumns();
inline constexpr int kTicketColumnCount = 27;
Ticket ticketFrom(const QSqlQuery &query);

// "e.id, e.ticket_id, …": the columns ticketEventFrom() reads from `ticket_events e`, starting
// at column `first`.
QString ticketEventColumns();
TicketEvent ticketEventFrom(const QSqlQuery &query, int first = 0);

// Summaries of tickets `t` matching `condition` (SQL over t, c = customers, d = devices),
// newest first (highest rid), at most `limit`.
Result<QList<TicketSummary>> selectSummaries(const Database &db, const QString &condition,
                                             const QVariantList &values, int limit, int offset = 0,
                                             const QString &order = {});

} // namespace rc
