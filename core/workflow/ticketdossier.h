#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "store/paymentrepository.h"
#include "tickets/customer.h"
#include "tickets/device.h"
#include "tickets/diagnosis.h"
#include "tickets/payment.h"
#include "tickets/quote.h"
#include "tickets/repairrecord.h"
#include "tickets/ticket.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

namespace rc {
class Database;
}

namespace rc::workflow {

// The center's details as its papers print them (settings center.*).
struct CenterDetails
{
    QString name;
    QString address;
    QString phone;
};

// The remedy that closed the ticket (the remedies row, issue 20), as its paper prints it.
struct RemedyDetails
{
    QString kind; // refund, exchange or accessory
    QStringList rules; // the verdict's rule IDs (CN-04 …), OVERRIDE when a manager overrode it
    QString overrideReason;
    QList<QPair<QString, bool>> conditions; // the exchange conditions, as confirmed, in order
    QString newImei1; // the replacement phone (exchange)
    QString newImei2;
    QString oldPhone; // to_maker or kept
    QString component; // the accessory replaced
    QDate warrantyEnd; // the new accessory's
    qint64 amountMinor = 0; // the refund, positive (money going back)
    QString currency = QStringLiteral("CNY");
    QString method; // cash, card, mobile
    QString userName; // who recorded (approved) it
    QDate date; // the remedy's day: the new phone's warranty starts on it (CN-12)
    QDateTime at; // UTC
};

// Everything about one ticket that the ticket view and the papers show: the read model they
// share. Loaded in one read transaction with a handful of queries (ticket with customer,
// device and names; the timeline; diagnosis; quote lines and answers; payments; settings),
// not through the repositories one by one.
struct TicketDossier
{
    Q_DECLARE_TR_FUNCTIONS(TicketDossier)

public:
    Ticket ticket;
    Customer customer;
    Device device;
    QString clerkName; // who registered it (else the actor of the "created" event)
    QString assignedTechnicianName; // the ticket's technician, "" when unassigned
    QString technicianName; // who repaired it (else the assigned technician)
    QList<TicketEvent> timeline; // oldest first
    std::optional<Diagnosis> diagnosis;
    QList<QuoteLine> quoteLines; // of the current revision
    QList<Approval> approvals; // every answer, oldest first
    std::optional<Approval> approval; // the newest answer to the current revision
    QList<Payment> payments; // oldest first
    Balance balance; // the approved revision's payable total less what was paid
    std::optional<RepairRecord> repair; // the newest repair record
    QString readyNote; // the note of the move to "ready", when one was written
    CenterDetails center;
    int repairWarrantyDays = 90;
    int uncollectedDays = 90;
    QDate repairWarrantyEnd; // from the pickup (or today while here), when it was repaired
    std::optional<RemedyDetails> remedy; // when a remedy closed it

    // By id, or by the human number (case-insensitive). NOT_FOUND when there is none.
    static Result<TicketDossier> load(Database &db, const Clock &clock, const QString &ticketId);
    static Result<TicketDossier> loadByNumber(Database &db, const Clock &clock,
                                              const QString &number);
};

} // namespace rc::workflow
