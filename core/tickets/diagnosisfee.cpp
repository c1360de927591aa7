#include "diagnosisfee.h"

#include <QJsonArray>

namespace rc {

DiagnosisFeeState DiagnosisFee::assess(const DiagnosisFeeTerms &terms, const Ticket &ticket,
                                       bool diagnosed, std::optional<TicketStatus> at)
{
    using S = TicketStatus;
    using F = DiagnosisFeeStatus;
    DiagnosisFeeState out;
    out.amount = terms.amount;
    out.waiveOnApproval = terms.waiveOnApproval;
    out.due.currency = terms.amount.currency;
    if (terms.amount.minor <= 0) {
        out.status = F::None;
        return out;
    }
    const QJsonObject verdict
        = ticket.warrantyVerdict.isEmpty() ? ticket.intakeVerdict : ticket.warrantyVerdict;
    if (verdict.value(QStringLiteral("covered")).toBool()) {
        out.status = F::Covered;
        for (const QJsonValue &rule : verdict.value(QStringLiteral("rules")).toArray())
            out.rules.append(rule.toString());
        return out;
    }
    if (!terms.waivedReason.isEmpty()) {
        out.status = F::WaivedByManager;
        out.waivedReason = terms.waivedReason;
        return out;
    }
    const S status = at.value_or(ticket.status);
    if (status == S::ReturnedUnrepaired || status == S::Cancelled || status == S::Declined) {
        out.status = diagnosed ? F::Owed : F::NotDiagnosed;
        if (diagnosed)
            out.due = terms.amount;
        return out;
    }
    if (ticket.approvedRevision > 0) {
        out.status = terms.waiveOnApproval ? F::WaivedOnApproval : F::Charged;
        if (!terms.waiveOnApproval)
            out.due = terms.amount;
        return out;
    }
    out.status = F::Pending;
    return out;
}

QString DiagnosisFee::id(DiagnosisFeeStatus status)
{
    using F = DiagnosisFeeStatus;
    switch (status) {
    case F::None:
        return QStringLiteral("none");
    case F::Covered:
        return QStringLiteral("covered");
    case F::Pending:
        return QStringLiteral("pending");
    case F::WaivedOnApproval:
        return QStringLiteral("waived_on_approval");
    case F::Charged:
        return QStringLiteral("charged");
    case F::Owed:
        return QStringLiteral("owed");
    case F::NotDiagnosed:
        return QStringLiteral("not_diagnosed");
    case F::WaivedByManager:
        return QStringLiteral("waived_by_manager");
    }
    return QStringLiteral("none");
}

QString DiagnosisFee::describe(const DiagnosisFeeState &state)
{
    using F = DiagnosisFeeStatus;
    const QString amount = state.amount.toDecimalString();
    switch (state.status) {
    case F::None:
        return {};
    case F::Covered:
        return tr("Diagnosis fee %1: not charged, the warranty covers the repair (%2).")
            .arg(amount, state.rules.join(QStringLiteral(", ")));
    case F::Pending:
        return tr("Diagnosis fee %1: payable if the phone goes back unrepaired.").arg(amount);
    case F::WaivedOnApproval:
        return tr("Diagnosis fee %1 waived: the quote was approved.").arg(amount);
    case F::Charged:
        return tr("Diagnosis fee %1: added to the amount to pay.").arg(amount);
    case F::Owed:
        return tr("Diagnosis fee %1: owed, the phone goes back unrepaired.").arg(amount);
    case F::NotDiagnosed:
        return tr("Diagnosis fee %1: not charged, no diagnosis was made.").arg(amount);
    case F::WaivedByManager:
        return tr("Diagnosis fee %1 waived by the manager: %2").arg(amount, state.waivedReason);
    }
    return {};
}

QString DiagnosisFee::terms(const Money &amount, bool waiveOnApproval)
{
    if (amount.minor <= 0)
        return {};
    return waiveOnApproval
               ? tr("Diagnosis fee %1, waived when you approve the quote; payable if the phone "
                    "goes back unrepaired. A repair the warranty covers never pays it.")
                     .arg(amount.toDecimalString())
               : tr("Diagnosis fee %1, added to the repair when you approve the quote; payable "
                    "if the phone goes back unrepaired. A repair the warranty covers never pays "
                    "it.")
                     .arg(amount.toDecimalString());
}

QJsonObject DiagnosisFeeState::toJson() const
{
    QJsonObject o {{QStringLiteral("status"), DiagnosisFee::id(status)},
                   {QStringLiteral("amount"), amount.toDecimalString()},
                   {QStringLiteral("amount_minor"), amount.minor},
                   {QStringLiteral("due"), due.toDecimalString()},
                   {QStringLiteral("due_minor"), due.minor},
                   {QStringLiteral("currency"), amount.currency}};
    if (!rules.isEmpty())
        o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(rules));
    if (!waivedReason.isEmpty())
        o.insert(QStringLiteral("waived_reason"), waivedReason);
    return o;
}

} // namespace rc
