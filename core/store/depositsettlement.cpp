#include "depositsettlement.h"

#include "auditlog.h"
#include "database.h"
#include "diagnosisfees.h"
#include "paymentrepository.h"
#include "sql.h"
#include "ticketrepository.h"

namespace rc {

Status DepositSettlement::check(const DepositChoice &choice)
{
    if (!choice.keepReason.isEmpty() && choice.keepReason.trimmed().isEmpty())
        return Error {QStringLiteral("DEPOSIT_REASON"),
                      tr("Keeping the customer's advance payment needs a written reason.")};
    if (!choice.method.isEmpty() && !PaymentRepository::isValidMethod(choice.method))
        return Error {QStringLiteral("PAYMENT_METHOD"),
                      tr("Unknown way to give the advance payment back \"%1\": cash, card, wechat, "
                         "alipay, mobile or other.")
                          .arg(choice.method)};
    return {};
}

Result<DepositOutcome> DepositSettlement::settleInTransaction(Database &db, const Clock &clock,
                                                              const QString &ticketId,
                                                              const DepositChoice &choice,
                                                              const Actor &actor)
{
    if (Status checked = check(choice); !checked)
        return checked.error();
    // What the customer left: deposits and payments less refunds (other kinds of money on the
    // ticket, such as a loaner's, are settled on their own).
    auto q = sql::run(db,
                      QStringLiteral("SELECT kind, amount_minor, currency, method FROM payments "
                                     "WHERE ticket_id = ? AND kind IN ('deposit', 'payment', "
                                     "'refund') AND reference NOT LIKE 'loan:%' ORDER BY rid"),
                      {ticketId}, QStringLiteral("deposit read"));
    if (!q)
        return q.error();
    DepositOutcome out;
    QString lastMethod;
    while (q->next()) {
        const bool refund = q->value(0).toString() == QLatin1String("refund");
        const qint64 minor = q->value(1).toLongLong();
        out.held.minor += refund ? -minor : minor;
        out.held.currency = q->value(2).toString();
        if (!refund)
            lastMethod = q->value(3).toString();
    }
    out.returned.currency = out.held.currency;
    out.kept.currency = out.held.currency;
    out.diagnosisFee.currency = out.held.currency;

    TicketRepository tickets(db, clock);
    const QString reason = choice.keepReason.trimmed();
    qint64 owed = 0;
    {
        auto ticket = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!ticket)
            return ticket.error();
        if (ticket->status == TicketStatus::ReturnedUnrepaired
            || ticket->status == TicketStatus::Cancelled) {
            auto fee = DiagnosisFees::state(db, *ticket);
            if (!fee)
                return fee.error();
            owed = fee->due.minor;
            if (owed > out.held.minor && reason.isEmpty())
                return Error {
                    QStringLiteral("DIAGNOSIS_FEE_DUE"),
                    tr("Ticket %1 owes the diagnosis fee of %2 and %3 was paid: take "
                       "the remaining %4 first, or a manager waives the fee with a "
                       "reason.")
                        .arg(ticket->number, fee->amount.toDecimalString(),
                             Money {std::max<qint64>(out.held.minor, 0)}.toDecimalString(),
                             Money {owed - std::max<qint64>(out.held.minor, 0)}.toDecimalString())};
        }
    }
    if (out.held.minor <= 0)
        return out;

    if (reason.isEmpty() && owed > 0) {
        // The stated fee stays; the rest goes back below.
        out.diagnosisFee.minor = owed;
        out.held.minor -= owed;
        auto saved = tickets.recordInTransaction(
            ticketId, actor, QStringLiteral("note"),
            tr("Diagnosis fee of %1 kept from the advance payment.")
                .arg(out.diagnosisFee.toDecimalString()),
            QJsonObject {{QStringLiteral("diagnosis_fee_minor"), owed},
                         {QStringLiteral("diagnosis_fee"), out.diagnosisFee.toDecimalString()}});
        if (!saved)
            return saved.error();
        if (out.held.minor <= 0) {
            out.held.minor += owed;
            return out;
        }
    }

    if (!reason.isEmpty()) {
        out.kept = out.held;
        const QDateTime now = clock.nowUtc();
        const QJsonObject data {{QStringLiteral("amount_minor"), out.kept.minor},
                                {QStringLiteral("amount"), out.kept.toDecimalString()},
                                {QStringLiteral("currency"), out.kept.currency},
                                {QStringLiteral("reason"), reason}};
        if (Status s = AuditLog::appendInTransaction(
                db, AuditLog::entry(actor, QStringLiteral("ticket.deposit_kept"),
                                    QStringLiteral("ticket"), ticketId, now, data, reason));
            !s)
            return s.error();
        auto saved = tickets.recordInTransaction(
            ticketId, actor, QStringLiteral("note"),
            tr("Advance payment of %1 kept: %2").arg(out.kept.toDecimalString(), reason), data);
        if (!saved)
            return saved.error();
        return out;
    }

    Payment refund;
    refund.ticketId = ticketId;
    refund.kind = QStringLiteral("refund");
    refund.amount = out.held;
    refund.method = !choice.method.isEmpty()
                        ? choice.method
                        : (PaymentRepository::isValidMethod(lastMethod) ? lastMethod
                                                                        : QStringLiteral("cash"));
    refund.reference = QStringLiteral("deposit returned");
    auto paid = PaymentRepository(db, clock).recordInTransaction(refund, actor);
    if (!paid)
        return paid.error();
    out.returned = out.held;
    out.held.minor += out.diagnosisFee.minor;
    out.method = paid->method;
    out.refundId = paid->id;
    return out;
}

} // namespace rc
