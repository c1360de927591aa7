#pragma once

#include "common/result.h"
#include "reports/kpireport.h"
#include "reports/remedyreport.h"
#include "ticketdossier.h"

#include <QDate>
#include <QString>

namespace rc {
class Clock;
class Database;
} // namespace rc

namespace rc::workflow {

// What the screens read that no single repository answers: a ticket's dossier, the report
// figures (also on a connection of their own, for a worker thread) and the facts about the
// store file itself. Built once in each main() over the store, handed to the screens, so
// that they never hold the Database.
class Records
{
public:
    Records(Database &db, const Clock &clock);

    // TicketDossier::load / loadByNumber. NOT_FOUND when there is no such ticket.
    Result<TicketDossier> dossier(const QString &ticketId) const;
    Result<TicketDossier> dossierByNumber(const QString &number) const;

    // KpiReport::compute on this connection (REPORT_RANGE for a bad range).
    Result<KpiFigures> figures(const QDate &from, const QDate &to, int repairWarrantyDays) const;
    // The same on a connection of its own to the same store file, opened and closed here:
    // safe to call from a worker thread while this thread keeps the store busy.
    Result<KpiFigures> figuresApart(const QDate &from, const QDate &to,
                                    int repairWarrantyDays) const;
    // The remedies by rule and the refund payments of a range (core/reports/remedyreport.h).
    Result<RemedyFigures> remedies(const QDate &from, const QDate &to) const;
    Result<RefundFigures> refunds(const QDate &from, const QDate &to) const;

    // The store file, for what lives beside it (backups) and for the status bar.
    QString storePath() const;
    // The SQLite library the store runs on, as "3.40.1" ("" when it cannot be asked).
    QString sqliteVersion() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc::workflow
