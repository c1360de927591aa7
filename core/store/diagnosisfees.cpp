#include "diagnosisfees.h"

#include "auditlog.h"
#include "database.h"
#include "settingsrepository.h"
#include "sql.h"
#include "ticketrepository.h"

namespace rc {

Result<DiagnosisFeeTerms> DiagnosisFees::currentTerms(Database &db, const Clock &clock)
{
    SettingsRepository settings(db, clock);
    auto amount = settings.valueInTransaction(QStringLiteral("fees.diagnosis"));
    if (!amount)
        return amount.error();
    auto waive = settings.valueInTransaction(QStringLiteral("fees.waive_diagnosis_on_approval"));
    if (!waive)
        return waive.error();
    DiagnosisFeeTerms t;
    if (!Money::parseDecimal(amount->trimmed(), &t.amount.minor) || t.amount.minor < 0)
        return Error {
            QStringLiteral("SETTING_VALUE"),
            tr("The setting fees.diagnosis should be an amount but is \"%1\".").arg(*amount)};
    t.waiveOnApproval = waive->trimmed() != QLatin1String("0");
    return t;
}

Status DiagnosisFees::fixInTransaction(Database &db, const Clock &clock, const QString &ticketId)
{
    auto t = currentTerms(db, clock);
    if (!t)
        return t.error();
    if (t->amount.minor == 0)
        return {};
    return sql::exec(db,
                     QStringLiteral("UPDATE tickets SET diagnosis_fee_minor = ?, "
                                    "diagnosis_fee_waive_on_approval = ? WHERE id = ?"),
                     {t->amount.minor, t->waiveOnApproval ? 1 : 0, ticketId},
                     QStringLiteral("diagnosis fee write"));
}

Result<DiagnosisFeeTerms> DiagnosisFees::terms(Database &db, const QString &ticketId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT diagnosis_fee_minor, diagnosis_fee_waive_on_approval, "
                                     "diagnosis_fee_waived_reason, diagnosis_fee_waived_by FROM "
                                     "tickets WHERE id = ?"),
                      {ticketId}, QStringLiteral("diagnosis fee read"));
    if (!q)
        return q.error();
    DiagnosisFeeTerms t;
    if (q->next()) {
        t.amount.minor = q->value(0).toLongLong();
        t.waiveOnApproval = q->value(1).toInt() != 0;
        t.waivedReason = q->value(2).toString();
        t.waivedBy = q->value(3).toString();
    }
    return t;
}

Result<DiagnosisFeeState> DiagnosisFees::state(Database &db, const Ticket &ticket,
                                               std::optional<TicketStatus> at)
{
    auto t = terms(db, ticket.id);
    if (!t)
        return t.error();
    if (t->amount.minor == 0)
        return DiagnosisFee::assess(*t, ticket, false, at);
    auto diagnosed = sql::run(db, QStringLiteral("SELECT 1 FROM diagnoses WHERE ticket_id = ?"),
                              {ticket.id}, QStringLiteral("diagnosis read"));
    if (!diagnosed)
        return diagnosed.error();
    return DiagnosisFee::assess(*t, ticket, diagnosed->next(), at);
}

Status DiagnosisFees::waiveInTransaction(Database &db, const Clock &clock, const Ticket &ticket,
                                         const QString &reason, const Actor &actor,
                                         std::optional<TicketStatus> at)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error {QStringLiteral("FEE_WAIVER_REASON"),
                      tr("Waiving the diagnosis fee needs a written reason.")};
    auto before = state(db, ticket, at);
    if (!before)
        return before.error();
    if (before->due.minor <= 0)
        return Error {QStringLiteral("FEE_NOT_DUE"),
                      tr("Ticket %1 owes no diagnosis fee to waive (%2).")
                          .arg(ticket.number, DiagnosisFee::id(before->status))};
    if (Status s
        = sql::exec(db,
                    QStringLiteral("UPDATE tickets SET diagnosis_fee_waived_reason = ?, "
                                   "diagnosis_fee_waived_by = ? WHERE id = ?"),
                    {why, actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId), ticket.id},
                    QStringLiteral("diagnosis fee waiver"));
        !s)
        return s;
    const QDateTime now = clock.nowUtc();
    const QJsonObject data {{QStringLiteral("amount_minor"), before->amount.minor},
                            {QStringLiteral("amount"), before->amount.toDecimalString()},
                            {QStringLiteral("currency"), before->amount.currency},
                            {QStringLiteral("reason"), why}};
    if (Status s = AuditLog::appendInTransaction(
            db, AuditLog::entry(actor, QStringLiteral("ticket.diagnosis_fee_waived"),
                                QStringLiteral("ticket"), ticket.id, now, data, why));
        !s)
        return s;
    TicketRepository tickets(db, clock);
    auto saved = tickets.recordInTransaction(
        ticket.id, actor, QStringLiteral("note"),
        tr("Diagnosis fee of %1 waived: %2").arg(before->amount.toDecimalString(), why), data);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace rc
