#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "depositsettlement.h"
#include "paymentrepository.h"
#include "ticketrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace rc {

class Database;

// What the clerk confirms when the phone goes back over the counter.
struct PickupRequest
{
    QString ticketId;
    QString scannedImei; // the IMEI read from the phone now (scanner or *#06#)
    QStringList accessoriesReturned; // ids as received at intake ("sim_tray", "charger", …)
    // Accessories received but not handed back need a written reason (e.g. "customer left
    // the case with us"); empty when everything is returned.
    QString missingAccessoriesNote;
    std::optional<Payment> payment; // the balance paid now, if any
    QString note;
    // A phone going back unrepaired: its deposit goes back, or is kept with a reason.
    DepositChoice deposit;
};

struct PickupResult
{
    Ticket ticket;
    Balance balance; // after the payment
    QDate repairWarrantyEnd; // invalid when nothing was repaired
    DepositOutcome deposit; // returned unrepaired: the deposit returned or kept
};

// The hand-back (取机): the phone's IMEI must match the ticket's device (either IMEI), the
// accessories received must be returned (or their absence explained), and the balance must
// be paid. Then, in one transaction, the payment is recorded and the ticket moves to
// "picked_up" (a repaired phone, from "ready") or "returned_unrepaired" (declined, no fault
// found, cannot repair). Anything that blocks the release is an error that says why.
class PickupRepository
{
    Q_DECLARE_TR_FUNCTIONS(PickupRepository)

public:
    PickupRepository(Database &db, const Clock &clock);

    // The status the ticket goes to when released now, or nothing (with the reason in
    // `why`) when it is not waiting to be handed back.
    Result<std::optional<TicketStatus>> releaseTarget(const QString &ticketId,
                                                      QString *why = nullptr);
    // The repair-warranty end for a phone picked up on `pickupDate`: the date plus the
    // `repair_warranty.days` setting.
    Result<QDate> repairWarrantyEnd(const QDate &pickupDate);
    // Digits only, so "3569 3803 5643 809" and "IMEI:356938035643809" match.
    static bool imeiMatches(const QString &scanned, const QString &imei1, const QString &imei2);

    Result<PickupResult> release(const PickupRequest &request, const Actor &actor);
    // Tickets whose phone may be waiting at the counter (ready, declined, diagnosing,
    // repairing, waiting for parts), found from what the clerk types as the queue and the
    // intake find them (TicketSearch: a ticket number, an IMEI or its last digits, a phone
    // number or its start or last four digits, a name), newest first, at most `limit`.
    // Whether each can go now is releaseTarget()'s answer.
    Result<QList<TicketSummary>> candidates(const QString &text, int limit = 50);
    static bool mayBeWaiting(TicketStatus status);

    // LOANER_OUT while the ticket's loaner phone (CN-07) is out: it comes back, or a manager
    // writes it off, before the customer's phone is handed back.
    Status loanerBackInTransaction(const Ticket &ticket);

private:
    // unrepaired: why the phone goes back unrepaired, when it does (the timeline's note).
    Result<std::optional<TicketStatus>>
    releaseTargetInTransaction(const Ticket &ticket, QString *why, QString *unrepaired = nullptr);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
