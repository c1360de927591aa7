#include "pickuprepository.h"

#include "database.h"
#include "diagnosisfees.h"
#include "diagnosisrepository.h"
#include "loanerrepository.h"
#include "repairrepository.h"
#include "settingsrepository.h"
#include "sql.h"
#include "ticketrows.h"
#include "tickets/accessories.h"
#include "ticketsearch.h"

#include <QJsonArray>

namespace rc {

PickupRepository::PickupRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool PickupRepository::imeiMatches(const QString &scanned, const QString &imei1,
                                   const QString &imei2)
{
    const QString digits = sql::digitsOnly(scanned);
    if (digits.size() < 14)
        return false;
    // An IMEISV (16 digits) names the same phone as its IMEI's first 14 digits.
    auto same = [&digits](const QString &imei) {
        const QString known = sql::digitsOnly(imei);
        if (known.isEmpty())
            return false;
        if (digits == known)
            return true;
        return digits.size() == 16 && known.size() == 15 && digits.left(14) == known.left(14);
    };
    return same(imei1) || same(imei2);
}

Result<std::optional<TicketStatus>>
PickupRepository::releaseTargetInTransaction(const Ticket &t, QString *why, QString *unrepaired)
{
    using S = TicketStatus;
    // An unrepaired hand-back closes the ticket; the timeline says why, from what was recorded.
    const auto returned = [unrepaired](const QString &reason) {
        if (unrepaired)
            *unrepaired = reason;
        return std::optional<S>(S::ReturnedUnrepaired);
    };
    switch (t.status) {
    case S::Ready:
        return std::optional<S>(S::PickedUp);
    case S::Declined:
        return returned(tr("Returned unrepaired: the customer declined the quote."));
    case S::Diagnosing: {
        DiagnosisRepository diagnoses(m_db, m_clock);
        auto d = diagnoses.forTicket(t.id);
        if (!d)
            return d.error();
        if (*d && (*d)->outcome == QLatin1String("no_fault_found"))
            return returned(tr("Returned unrepaired: no fault found."));
        if (*d && (*d)->outcome != QLatin1String("repair"))
            return returned(tr("Returned unrepaired: it cannot be repaired."));
        break;
    }
    case S::Repairing:
    case S::WaitingParts: {
        RepairRepository repairs(m_db, m_clock);
        auto r = repairs.latest(t.id);
        if (!r)
            return r.error();
        if (*r && (*r)->result == QLatin1String("not_fixed"))
            return returned(tr("Returned unrepaired: the repair did not fix it."));
        break;
    }
    default:
        break;
    }
    if (why)
        *why = TicketLifecycle::isFinal(t.status)
                   ? tr("Ticket %1 is \"%2\": the phone was already handed back or the ticket is "
                        "closed.")
                         .arg(t.number, TicketLifecycle::label(t.status))
                   : tr("Ticket %1 is \"%2\": the phone is not ready to be handed back.")
                         .arg(t.number, TicketLifecycle::label(t.status));
    return std::optional<S>();
}

Status PickupRepository::loanerBackInTransaction(const Ticket &t)
{
    LoanerRepository loaners(m_db, m_clock);
    auto out = loaners.outForTicket(t.id);
    if (!out)
        return out.error();
    if (!*out)
        return Status();
    auto loaner = loaners.byId((*out)->loanerId);
    if (!loaner)
        return loaner.error();
    const QString model = *loaner ? (**loaner).model : QString();
    const QString imei = *loaner ? (**loaner).imei : QString();
    return Error {QStringLiteral("LOANER_OUT"),
                  tr("Ticket %1: the loaner phone %2 (IMEI %3) is still out. Take it back (or "
                     "have a manager write it off) before handing the phone back (CN-07).")
                      .arg(t.number, model, imei)};
}

Result<std::optional<TicketStatus>> PickupRepository::releaseTarget(const QString &ticketId,
                                                                    QString *why)
{
    TicketRepository tickets(m_db, m_clock);
    auto t = tickets.byId(ticketId);
    if (!t)
        return t.error();
    if (!*t)
        return Error {QStringLiteral("NOT_FOUND"), tr("No ticket %1.").arg(ticketId)};
    return releaseTargetInTransaction(**t, why);
}

Result<QDate> PickupRepository::repairWarrantyEnd(const QDate &pickupDate)
{
    SettingsRepository settings(m_db, m_clock);
    auto days = settings.intValue(QStringLiteral("repair_warranty.days"));
    if (!days)
        return days.error();
    return pickupDate.addDays(*days);
}

Result<PickupResult> PickupRepository::release(const PickupRequest &request, const Actor &actor)
{
    PickupResult out;
    Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto loaded = tickets.loadInTransaction(request.ticketId, std::nullopt);
        if (!loaded)
            return loaded.error();
        const Ticket &t = *loaded;
        QString why;
        QString unrepaired;
        auto target = releaseTargetInTransaction(t, &why, &unrepaired);
        if (!target)
            return target.error();
        if (!*target)
            return Error {QStringLiteral("TRANSITION"), why};
        // CN-07: the customer's phone goes back only once the loaner phone is back (or a
        // manager wrote it off).
        if (Status s = loanerBackInTransaction(t); !s)
            return s;

        auto device
            = sql::run(m_db, QStringLiteral("SELECT imei1, imei2 FROM devices WHERE id = ?"),
                       {t.deviceId}, QStringLiteral("device read"));
        if (!device)
            return device.error();
        QString imei1;
        QString imei2;
        if (device->next()) {
            imei1 = device->value(0).toString();
            imei2 = device->value(1).toString();
        }
        if (request.scannedImei.trimmed().isEmpty())
            return Error {QStringLiteral("IMEI_MISSING"),
                          tr("Scan the phone's IMEI before handing it back.")};
        if (!imeiMatches(request.scannedImei, imei1, imei2))
            return Error {
                QStringLiteral("IMEI_MISMATCH"),
                tr("The scanned IMEI %1 is not the phone of ticket %2 (IMEI %3). Do "
                   "not hand this phone back.")
                    .arg(sql::digitsOnly(request.scannedImei), t.number,
                         imei2.isEmpty() ? imei1 : imei1 + QStringLiteral(" / ") + imei2)};

        QStringList missing;
        for (const QString &accessory : t.accessories) {
            if (!request.accessoriesReturned.contains(accessory))
                missing.append(accessory);
        }
        if (!missing.isEmpty() && request.missingAccessoriesNote.trimmed().isEmpty())
            return Error {QStringLiteral("ACCESSORIES_MISSING"),
                          tr("Not returned: %1. Return them, or write why they stay.")
                              .arg(Accessories::labels(missing))};

        if (Status checked = DepositSettlement::check(request.deposit); !checked)
            return checked;
        // A manager's waiver of the diagnosis fee (the workflow checked who), before the
        // balance is read.
        if (!request.deposit.waiveDiagnosisFee.isEmpty()) {
            if (Status s = DiagnosisFees::waiveInTransaction(
                    m_db, m_clock, t, request.deposit.waiveDiagnosisFee, actor, **target);
                !s)
                return s;
        }
        PaymentRepository payments(m_db, m_clock);
        if (request.payment) {
            Payment p = *request.payment;
            p.ticketId = t.id;
            auto paid = payments.recordInTransaction(p, actor);
            if (!paid)
                return paid.error();
        }
        auto balance = payments.balance(t.id);
        if (!balance)
            return balance.error();
        if (*target == TicketStatus::PickedUp && balance->due.minor > 0)
            return Error {QStringLiteral("BALANCE_DUE"),
                          tr("%1 is still to pay before the phone is handed back.")
                              .arg(balance->due.toDecimalString())};
        out.balance = *balance;

        QString note = request.note.trimmed();
        if (note.isEmpty())
            note = unrepaired;
        if (!missing.isEmpty())
            note = (note.isEmpty() ? QString() : note + QStringLiteral("\n"))
                   + tr("Accessories not returned: %1 (%2)")
                         .arg(Accessories::labels(missing),
                              request.missingAccessoriesNote.trimmed());
        auto moved
            = tickets.stepInTransaction(t.id, **target, actor, note, std::nullopt, StepKey {});
        if (!moved)
            return moved.error();
        out.ticket = *moved;
        if (**target == TicketStatus::ReturnedUnrepaired) {
            // Nothing repaired, nothing owed: the deposit goes back unless a reason keeps it.
            auto settled = DepositSettlement::settleInTransaction(m_db, m_clock, t.id,
                                                                  request.deposit, actor);
            if (!settled)
                return settled.error();
            out.deposit = *settled;
            if (settled->returned.minor > 0 || settled->kept.minor > 0
                || settled->diagnosisFee.minor > 0
                || !request.deposit.waiveDiagnosisFee.isEmpty()) {
                auto now = tickets.loadInTransaction(t.id, std::nullopt);
                if (!now)
                    return now.error();
                out.ticket = *now;
            }
            auto after = payments.balance(t.id);
            if (!after)
                return after.error();
            out.balance = *after;
        }
        if (**target == TicketStatus::PickedUp && out.balance.due.minor < 0) {
            // Paid more than the approved amount (a deposit on a repair the warranty then
            // covered): the difference goes back with the phone.
            Payment change;
            change.ticketId = t.id;
            change.kind = QStringLiteral("refund");
            change.amount = Money {-out.balance.due.minor, out.balance.due.currency};
            change.method = request.deposit.method;
            if (change.method.isEmpty()) {
                auto paidBy = sql::run(m_db,
                                       QStringLiteral("SELECT method FROM payments WHERE "
                                                      "ticket_id = ? AND kind <> 'refund' "
                                                      "ORDER BY rid DESC LIMIT 1"),
                                       {t.id}, QStringLiteral("payment method read"));
                if (!paidBy)
                    return paidBy.error();
                change.method = paidBy->next() ? paidBy->value(0).toString() : QString();
                if (!PaymentRepository::isValidMethod(change.method))
                    change.method = QStringLiteral("cash");
            }
            change.reference = QStringLiteral("overpayment returned");
            auto returned = payments.recordInTransaction(change, actor);
            if (!returned)
                return returned.error();
            out.deposit.held = out.balance.paid;
            out.deposit.returned = change.amount;
            out.deposit.method = change.method;
            out.deposit.refundId = returned->id;
            auto after = payments.balance(t.id);
            if (!after)
                return after.error();
            out.balance = *after;
            auto now = tickets.loadInTransaction(t.id, std::nullopt);
            if (!now)
                return now.error();
            out.ticket = *now;
        }
        if (**target == TicketStatus::PickedUp) {
            auto end = repairWarrantyEnd(m_clock.today());
            if (!end)
                return end.error();
            out.repairWarrantyEnd = *end;
        }
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

bool PickupRepository::mayBeWaiting(TicketStatus status)
{
    using S = TicketStatus;
    return status == S::Ready || status == S::Declined || status == S::Diagnosing
           || status == S::Repairing || status == S::WaitingParts;
}

Result<QList<TicketSummary>> PickupRepository::candidates(const QString &text, int limit)
{
    // The search reads newest first across every status; closed tickets are skipped page by
    // page (a few pages at most: a customer's waiting phone is among their newest tickets).
    TicketSearch search(m_db);
    constexpr int page = 100;
    constexpr int pages = 10;
    QList<TicketSummary> waiting;
    for (int offset = 0; offset < page * pages && waiting.size() < limit; offset += page) {
        auto found = search.search(text, page, offset);
        if (!found)
            return found.error();
        for (const TicketSummary &s : std::as_const(*found)) {
            if (mayBeWaiting(s.status) && waiting.size() < limit)
                waiting.append(s);
        }
        if (found->size() < page)
            break;
    }
    return waiting;
}

} // namespace rc
