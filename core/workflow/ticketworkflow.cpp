#include "ticketworkflow.h"

#include "authority.h"
#include "changes.h"
#include "store/database.h"
#include "store/diagnosisfees.h"
#include "store/diagnosisrepository.h"
#include "store/pricelistrepository.h"
#include "store/repairrepository.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "tickets/faultcodes.h"
#include "tickets/ticketsteps.h"
#include "warranty/intakeevidence.h"
#include "warranty/warrantyengine.h"

#include <QJsonArray>

namespace rc::workflow {

namespace {

bool isCovered(const QJsonObject &verdict)
{
    return verdict.value(QStringLiteral("covered")).toBool();
}

Error closedError(const Ticket &t)
{
    return Error {QStringLiteral("TICKET_CLOSED"),
                  TicketWorkflow::tr("Ticket %1 is \"%2\": it is closed.")
                      .arg(t.number, TicketLifecycle::label(t.status))};
}

} // namespace

TicketWorkflow::TicketWorkflow(Database &db, const Clock &clock,
                               const warranty::WarrantyEngine &engine, Authority &authority,
                               Changes &changes)
    : m_db(db)
    , m_clock(clock)
    , m_engine(engine)
    , m_authority(authority)
    , m_changes(changes)
{
}

void TicketWorkflow::changed(const QString &ticketId)
{
    emit m_changes.ticketChanged(ticketId);
}

Permission TicketWorkflow::permissionForMove(TicketStatus to)
{
    switch (to) {
    case TicketStatus::Received:
    case TicketStatus::Diagnosing:
    case TicketStatus::Quoted:
        return Permission::Diagnose;
    case TicketStatus::Approved:
    case TicketStatus::Declined:
        return Permission::Approval;
    case TicketStatus::Repairing:
    case TicketStatus::WaitingParts:
    case TicketStatus::Ready:
        return Permission::Repair;
    case TicketStatus::PickedUp:
    case TicketStatus::ReturnedUnrepaired:
        return Permission::Pickup;
    case TicketStatus::Cancelled:
        return Permission::Cancel;
    case TicketStatus::Exchanged:
    case TicketStatus::Refunded:
    case TicketStatus::AccessoryReplaced:
        return Permission::Remedy;
    case TicketStatus::Disposed:
        return Permission::Dispose;
    }
    return Permission::ManageCenter;
}

// ---- assignment ---------------------------------------------------------------------------

Result<Ticket> TicketWorkflow::assign(const QString &userId, const QString &ticketId,
                                      const QString &technicianId)
{
    const bool taking = !technicianId.isEmpty() && technicianId == userId;
    auto acting = m_authority.require(
        userId, taking ? Permission::TakeTicket : Permission::AssignTechnician,
        QStringLiteral("ticket.assign"), ticketId);
    if (!acting)
        return acting.error();
    Result<Ticket> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto t = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!t)
            return t.error();
        if (TicketLifecycle::isFinal(t->status))
            return closedError(*t);
        if (!technicianId.isEmpty()) {
            auto who = sql::run(
                m_db, QStringLiteral("SELECT display_name, role, disabled FROM users WHERE id = ?"),
                {technicianId}, QStringLiteral("user read"));
            if (!who)
                return who.error();
            if (!who->next())
                return Error {QStringLiteral("ASSIGNEE_UNKNOWN"),
                              tr("No user %1 to assign.").arg(technicianId)};
            const QString name = who->value(0).toString();
            const QString role = who->value(1).toString();
            const bool disabled = who->value(2).toInt() != 0;
            who->finish();
            if (disabled)
                return Error {QStringLiteral("ASSIGNEE_DISABLED"),
                              tr("%1 is disabled: the ticket cannot be given to them.").arg(name)};
            if (role != QLatin1String("technician") && role != QLatin1String("manager"))
                return Error {QStringLiteral("ASSIGNEE_ROLE"),
                              tr("%1 is not a technician: only a technician (or a manager) "
                                 "repairs.")
                                  .arg(name)};
        }
        if (t->technicianId == technicianId) {
            result = *t;
            return {};
        }
        result = tickets.assignTechnician(ticketId, technicianId, acting->actor());
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

Result<Ticket> TicketWorkflow::take(const QString &userId, const QString &ticketId)
{
    return assign(userId, ticketId, userId);
}

// ---- diagnosis and quote ------------------------------------------------------------------

Result<Reassessment> TicketWorkflow::reassessTicket(const Ticket &t,
                                                    const DiagnosisInput &input) const
{
    Reassessment out;
    if (t.warrantyCase.isEmpty())
        return out; // nothing was evaluated at intake: nothing to evaluate again
    QJsonObject caseJson = t.warrantyCase;
    if (input.damage)
        caseJson.insert(QStringLiteral("damage"), QJsonArray::fromStringList(*input.damage));
    if (input.outcome == QLatin1String("no_fault_found"))
        caseJson.insert(QStringLiteral("fault"), QStringLiteral("none_found"));
    else if (!input.faultCodes.isEmpty())
        caseJson.insert(QStringLiteral("fault"), QStringLiteral("performance"));
    auto verdict = m_engine.evaluate(caseJson);
    if (!verdict)
        return verdict.error();
    // The evidence is what the intake established and a diagnosis does not change it: what
    // was still missing then is still missing now (IntakeEvidence's warning, carried over).
    const QLatin1String missing(warranty::IntakeEvidence::missingWarningCode);
    for (const QJsonValue &value : t.warrantyVerdict.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject w = value.toObject();
        if (w.value(QStringLiteral("code")).toString() == missing)
            verdict->warnings.append({missing, w.value(QStringLiteral("zh")).toString(),
                                      w.value(QStringLiteral("en")).toString()});
    }
    out.warrantyCase = caseJson;
    out.verdict = verdict->toJson();
    out.coverageChanged
        = !t.warrantyVerdict.isEmpty() && isCovered(t.warrantyVerdict) != verdict->covered;
    return out;
}

Result<Reassessment> TicketWorkflow::reassess(const QString &ticketId, const DiagnosisInput &input)
{
    auto t = TicketRepository(m_db, m_clock).byId(ticketId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Error {QStringLiteral("NOT_FOUND"), tr("No ticket %1.").arg(ticketId)};
    return reassessTicket(**t, input);
}

Status TicketWorkflow::checkLines(QList<QuoteLine> &lines, const Ticket &t) const
{
    // What the warranty covers is the verdict's to say: without a covered verdict no line is
    // covered, whatever the form said (a damage found after the lines were written).
    if (!isCovered(t.warrantyVerdict)) {
        for (QuoteLine &line : lines)
            line.covered = false;
    }
    return {};
}

Result<DiagnosisResult> TicketWorkflow::diagnose(const QString &userId, const QString &ticketId,
                                                 const DiagnosisInput &input)
{
    auto acting = m_authority.require(userId, Permission::Diagnose,
                                      QStringLiteral("ticket.diagnose"), ticketId);
    if (!acting)
        return acting.error();
    if (input.findings.trimmed().isEmpty())
        return Error {QStringLiteral("DIAGNOSIS_FINDINGS"), tr("The findings are missing.")};
    if (!DiagnosisRepository::isValidOutcome(input.outcome))
        return Error {QStringLiteral("DIAGNOSIS_OUTCOME"),
                      tr("Unknown diagnosis outcome \"%1\" (repair, no_fault_found, "
                         "cannot_repair).")
                          .arg(input.outcome)};
    for (const QString &code : input.faultCodes) {
        if (!FaultCodes::isKnown(code))
            return Error {QStringLiteral("FAULT_CODE"), tr("Unknown fault code \"%1\".").arg(code)};
    }
    if (input.damage) {
        for (const QString &word : *input.damage) {
            if (!FaultCodes::damageWords().contains(word))
                return Error {QStringLiteral("DAMAGE_WORD"),
                              tr("Unknown damage \"%1\" (%2).")
                                  .arg(word, FaultCodes::damageWords().join(QStringLiteral(", ")))};
        }
    }
    const Actor actor = acting->actor();
    DiagnosisResult out;
    const Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto t = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!t)
            return t.error();
        auto reassessed = reassessTicket(*t, input);
        if (!reassessed)
            return reassessed.error();
        out.reassessment = *reassessed;
        DiagnosisUpdate update;
        update.diagnosis.ticketId = ticketId;
        update.diagnosis.findings = input.findings.trimmed();
        update.diagnosis.cause = input.cause.trimmed();
        update.diagnosis.faultCodes = input.faultCodes;
        update.diagnosis.damage
            = input.damage
                  ? *input.damage
                  : t->warrantyCase.value(QStringLiteral("damage")).toVariant().toStringList();
        update.diagnosis.outcome = input.outcome;
        update.warrantyCase = reassessed->warrantyCase;
        update.warrantyVerdict = reassessed->verdict;
        auto recorded = DiagnosisRepository(m_db, m_clock).record(update, actor);
        if (!recorded)
            return recorded.error();
        out.diagnosis = *recorded;
        // The technician who diagnoses an unassigned ticket takes it.
        if (t->technicianId.isEmpty() && acting->user.role == Role::Technician) {
            auto taken = tickets.assignTechnician(ticketId, acting->user.id, actor);
            if (!taken)
                return taken.error();
        }
        if (input.outcome == QLatin1String("repair") && !input.lines.isEmpty()) {
            auto current = tickets.loadInTransaction(ticketId, std::nullopt);
            if (!current)
                return current.error();
            QList<QuoteLine> lines = input.lines;
            if (Status s = checkLines(lines, *current); !s)
                return s;
            auto quoted = QuoteRepository(m_db, m_clock).issue(ticketId, lines, actor);
            if (!quoted)
                return quoted.error();
        }
        auto now = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!now)
            return now.error();
        out.ticket = *now;
        return {};
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return out;
}

Result<Ticket> TicketWorkflow::quote(const QString &userId, const QString &ticketId,
                                     QList<QuoteLine> lines, const QString &note)
{
    auto acting = m_authority.require(userId, Permission::Diagnose, QStringLiteral("ticket.quote"),
                                      ticketId);
    if (!acting)
        return acting.error();
    Result<Ticket> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        auto t = TicketRepository(m_db, m_clock).loadInTransaction(ticketId, std::nullopt);
        if (!t)
            return t.error();
        if (Status s = checkLines(lines, *t); !s)
            return s;
        result = QuoteRepository(m_db, m_clock).issue(ticketId, lines, acting->actor(), note);
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

Result<QuoteLine> TicketWorkflow::priceLine(const QString &ticketId, const QString &code,
                                            int quantity, std::optional<bool> covered)
{
    if (quantity < 1)
        return Error {QStringLiteral("QUOTE_LINE"),
                      tr("The quantity of %1 must be at least 1.").arg(code)};
    auto item = PriceListRepository(m_db, m_clock).byCode(code.trimmed());
    if (!item)
        return item.error();
    if (!item->has_value())
        return Error {QStringLiteral("PRICE_UNKNOWN"),
                      tr("No item %1 in the price list.").arg(code.trimmed())};
    const PriceItem &p = **item;
    if (!p.active)
        return Error {QStringLiteral("PRICE_INACTIVE"),
                      tr("%1 (%2) is no longer offered.").arg(p.code, p.name)};
    auto t = TicketRepository(m_db, m_clock).byId(ticketId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Error {QStringLiteral("NOT_FOUND"), tr("No ticket %1.").arg(ticketId)};
    QuoteLine line;
    line.kind = p.kind;
    line.priceItemId = p.id;
    line.description = p.name;
    line.quantity = quantity;
    line.unitPrice = p.unitPrice;
    line.covered = covered.value_or(isCovered((*t)->warrantyVerdict));
    return line;
}

Result<Approval> TicketWorkflow::answer(const QString &userId, const QString &ticketId,
                                        const QuoteAnswer &answer)
{
    auto acting = m_authority.require(userId, Permission::Approval, QStringLiteral("ticket.answer"),
                                      ticketId);
    if (!acting)
        return acting.error();
    auto recorded = QuoteRepository(m_db, m_clock).answer(ticketId, answer, acting->actor());
    if (recorded)
        changed(ticketId);
    return recorded;
}

Result<Payment> TicketWorkflow::pay(const QString &userId, const QString &ticketId,
                                    const PaymentInput &input)
{
    auto acting
        = m_authority.require(userId, Permission::Payment, QStringLiteral("ticket.pay"), ticketId);
    if (!acting)
        return acting.error();
    Result<Payment> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        auto t = TicketRepository(m_db, m_clock).loadInTransaction(ticketId, std::nullopt);
        if (!t)
            return t.error();
        if (TicketLifecycle::isFinal(t->status))
            return closedError(*t);
        Payment p;
        p.ticketId = ticketId;
        p.kind = input.deposit ? QStringLiteral("deposit") : QStringLiteral("payment");
        p.amount = input.amount;
        p.method = input.method;
        p.reference = input.reference;
        result = PaymentRepository(m_db, m_clock).record(p, acting->actor());
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

// ---- repair -------------------------------------------------------------------------------

Result<Ticket> TicketWorkflow::repairMove(const QString &userId, const QString &ticketId,
                                          TicketStatus to, const QList<TicketStatus> &from,
                                          const QString &note, const QString &operation)
{
    auto acting = m_authority.require(userId, Permission::Repair, operation, ticketId);
    if (!acting)
        return acting.error();
    Result<Ticket> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto t = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!t)
            return t.error();
        if (!from.contains(t->status)) {
            QStringList names;
            for (TicketStatus s : from)
                names.append(TicketLifecycle::label(s));
            return Error {
                QStringLiteral("TRANSITION"),
                tr("Ticket %1 is \"%2\": this step is for a ticket that is %3.")
                    .arg(t->number, TicketLifecycle::label(t->status), names.join(tr(" or ")))};
        }
        // Nothing is repaired before the customer approved the current quote.
        if (to == TicketStatus::Repairing && t->status == TicketStatus::Approved
            && (t->quoteRevision <= 0 || t->approvedRevision != t->quoteRevision))
            return Error {QStringLiteral("NOT_APPROVED"),
                          tr("Ticket %1: the customer has not approved quote revision %2.")
                              .arg(t->number)
                              .arg(t->quoteRevision)};
        result = tickets.stepInTransaction(ticketId, to, acting->actor(), note.trimmed(),
                                           std::nullopt, StepKey {});
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

Result<Ticket> TicketWorkflow::startRepair(const QString &userId, const QString &ticketId,
                                           const QString &note)
{
    return repairMove(userId, ticketId, TicketStatus::Repairing,
                      {TicketStatus::Approved, TicketStatus::WaitingParts, TicketStatus::Ready},
                      note, QStringLiteral("ticket.repair.start"));
}

Result<Ticket> TicketWorkflow::partsArrived(const QString &userId, const QString &ticketId,
                                            const QString &note)
{
    return repairMove(userId, ticketId, TicketStatus::Repairing, {TicketStatus::WaitingParts}, note,
                      QStringLiteral("ticket.repair.parts_arrived"));
}

Result<Ticket> TicketWorkflow::waitForParts(const QString &userId, const QString &ticketId,
                                            const QString &note)
{
    if (note.trimmed().isEmpty()) {
        // Checked after the permission, so that a refusal says who may not rather than what
        // is missing.
        auto acting = m_authority.require(userId, Permission::Repair,
                                          QStringLiteral("ticket.repair.wait_parts"), ticketId);
        if (!acting)
            return acting.error();
        return Error {QStringLiteral("PARTS_NOTE"),
                      tr("Write which part is awaited (it goes into the timeline).")};
    }
    return repairMove(userId, ticketId, TicketStatus::WaitingParts,
                      {TicketStatus::Approved, TicketStatus::Repairing}, note,
                      QStringLiteral("ticket.repair.wait_parts"));
}

Result<Ticket> TicketWorkflow::finishRepair(const QString &userId, const QString &ticketId,
                                            const RepairInput &input)
{
    auto acting = m_authority.require(userId, Permission::Repair,
                                      QStringLiteral("ticket.repair.finish"), ticketId);
    if (!acting)
        return acting.error();
    RepairRecord record;
    record.ticketId = ticketId;
    record.parts = input.parts;
    record.checks = input.checks;
    record.result = QStringLiteral("fixed");
    record.note = input.note;
    // RepairRepository refuses "ready" without every post-repair check (REPAIR_CHECKS).
    auto saved
        = RepairRepository(m_db, m_clock).record(record, acting->actor(), TicketStatus::Ready);
    if (saved)
        changed(ticketId);
    return saved;
}

Result<Ticket> TicketWorkflow::cannotFix(const QString &userId, const QString &ticketId,
                                         const RepairInput &input)
{
    auto acting = m_authority.require(userId, Permission::Repair,
                                      QStringLiteral("ticket.repair.cannot_fix"), ticketId);
    if (!acting)
        return acting.error();
    if (input.note.trimmed().isEmpty())
        return Error {QStringLiteral("REPAIR_NOTE"),
                      tr("Write why it cannot be fixed (the customer is told).")};
    RepairRecord record;
    record.ticketId = ticketId;
    record.parts = input.parts;
    record.checks = input.checks;
    record.result = QStringLiteral("not_fixed");
    record.note = input.note;
    auto saved = RepairRepository(m_db, m_clock).record(record, acting->actor());
    if (saved)
        changed(ticketId);
    return saved;
}

// ---- hand-back, cancel, override, generic moves -------------------------------------------

Result<PickupResult> TicketWorkflow::handBack(const QString &userId, const PickupRequest &request)
{
    auto acting = m_authority.require(userId, Permission::Pickup, QStringLiteral("ticket.pickup"),
                                      request.ticketId);
    if (!acting)
        return acting.error();
    if (request.payment) {
        auto paying = m_authority.require(userId, Permission::Payment, QStringLiteral("ticket.pay"),
                                          request.ticketId);
        if (!paying)
            return paying.error();
    }
    if (!request.deposit.waiveDiagnosisFee.isEmpty()) {
        // Waiving the stated fee is a manager's decision (OverrideVerdict), like an override.
        auto waiving
            = m_authority.require(userId, Permission::OverrideVerdict,
                                  QStringLiteral("ticket.waive_diagnosis_fee"), request.ticketId);
        if (!waiving)
            return waiving.error();
    }
    auto released = PickupRepository(m_db, m_clock).release(request, acting->actor());
    if (released)
        changed(request.ticketId);
    return released;
}

Result<Ticket> TicketWorkflow::cancel(const QString &userId, const QString &ticketId,
                                      const QString &reason, std::optional<int> expectedVersion,
                                      const DepositChoice &deposit, DepositOutcome *settled)
{
    auto acting = m_authority.require(userId, Permission::Cancel, QStringLiteral("ticket.cancel"),
                                      ticketId);
    if (!acting)
        return acting.error();
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("CANCEL_REASON"),
                      tr("Cancelling a ticket needs a reason (it goes into the timeline).")};
    if (Status checked = DepositSettlement::check(deposit); !checked)
        return checked.error();
    if (!deposit.waiveDiagnosisFee.isEmpty()) {
        auto waiving = m_authority.require(userId, Permission::OverrideVerdict,
                                           QStringLiteral("ticket.waive_diagnosis_fee"), ticketId);
        if (!waiving)
            return waiving.error();
    }
    Result<Ticket> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        result = TicketRepository(m_db, m_clock)
                     .stepInTransaction(ticketId, TicketStatus::Cancelled, acting->actor(),
                                        reason.trimmed(), expectedVersion, StepKey {});
        if (!result)
            return result.error();
        if (!deposit.waiveDiagnosisFee.isEmpty()) {
            if (Status s = DiagnosisFees::waiveInTransaction(
                    m_db, m_clock, *result, deposit.waiveDiagnosisFee, acting->actor());
                !s)
                return s;
        }
        auto outcome = DepositSettlement::settleInTransaction(m_db, m_clock, ticketId, deposit,
                                                              acting->actor());
        if (!outcome)
            return outcome.error();
        if (settled)
            *settled = *outcome;
        if (outcome->returned.minor > 0 || outcome->kept.minor > 0
            || outcome->diagnosisFee.minor > 0 || !deposit.waiveDiagnosisFee.isEmpty()) {
            // The settlement (or the waiver) wrote an event: the ticket as it is now.
            auto now = TicketRepository(m_db, m_clock).loadInTransaction(ticketId, std::nullopt);
            if (!now)
                return now.error();
            result = *now;
        }
        return Status();
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

QJsonObject TicketWorkflow::overriddenVerdict(const QJsonObject &previous, bool covered,
                                              const QString &reason)
{
    QJsonObject verdict = previous;
    const QString why = reason.trimmed();
    verdict.insert(QStringLiteral("covered"), covered);
    QString basis = verdict.value(QStringLiteral("basis")).toString();
    if (!covered)
        basis = QStringLiteral("none");
    else if (basis.isEmpty() || basis == QLatin1String("none"))
        basis = QStringLiteral("statutory");
    verdict.insert(QStringLiteral("basis"), basis);
    verdict.insert(QStringLiteral("remedies"),
                   covered ? QJsonArray {QStringLiteral("free_repair")} : QJsonArray {});
    QJsonArray rules = verdict.value(QStringLiteral("rules")).toArray();
    rules.append(QStringLiteral("OVERRIDE"));
    verdict.insert(QStringLiteral("rules"), rules);
    QJsonArray reasons = verdict.value(QStringLiteral("reasons")).toArray();
    // The verdict's sentences are data in both languages, not interface text.
    reasons.append(QJsonObject {
        {QStringLiteral("rule"), QStringLiteral("OVERRIDE")},
        {QStringLiteral("zh"),
         (covered ? QString::fromUtf8("店长改判为保修：") : QString::fromUtf8("店长改判为不保修："))
             + why},
        {QStringLiteral("en"), (covered ? QStringLiteral("Manager's override, covered: ")
                                        : QStringLiteral("Manager's override, not covered: "))
                                   + why}});
    verdict.insert(QStringLiteral("reasons"), reasons);
    return verdict;
}

Result<Ticket> TicketWorkflow::overrideVerdict(const QString &userId, const QString &ticketId,
                                               bool covered, const QString &reason)
{
    auto acting = m_authority.require(userId, Permission::OverrideVerdict,
                                      QStringLiteral("ticket.override"), ticketId);
    if (!acting)
        return acting.error();
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("OVERRIDE_REASON"),
                      tr("Overriding a warranty verdict needs a written reason.")};
    TicketRepository tickets(m_db, m_clock);
    Result<Ticket> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        auto t = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!t)
            return t.error();
        if (TicketLifecycle::isFinal(t->status))
            return closedError(*t);
        result = tickets.overrideWarranty(ticketId,
                                          overriddenVerdict(t->warrantyVerdict, covered, reason),
                                          reason, acting->actor());
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

Result<Ticket> TicketWorkflow::move(const QString &userId, const QString &ticketId, TicketStatus to,
                                    const QString &note, std::optional<int> expectedVersion)
{
    TicketRepository tickets(m_db, m_clock);
    auto t = tickets.byId(ticketId);
    if (!t)
        return t.error();
    if (!t->has_value())
        return Error {QStringLiteral("NOT_FOUND"), tr("No ticket %1.").arg(ticketId)};
    const Ticket &ticket = **t;
    // What the move is comes first: a step's move is refused to everyone, with the step.
    if (!TicketLifecycle::isAllowed(ticket.status, to))
        return Error {
            QStringLiteral("TRANSITION"),
            tr("Ticket %1: %2").arg(ticket.number, TicketLifecycle::refusal(ticket.status, to))};
    if (const QString refused = TicketSteps::refusal(ticket.status, to); !refused.isEmpty())
        return Error {QStringLiteral("WORKFLOW"), tr("Ticket %1: %2").arg(ticket.number, refused)};
    auto acting = m_authority.require(userId, permissionForMove(to), QStringLiteral("ticket.move"),
                                      ticketId);
    if (!acting)
        return acting.error();
    auto moved = tickets.transition(ticketId, to, acting->actor(), note.trimmed(), expectedVersion);
    if (moved)
        changed(ticketId);
    return moved;
}

Result<TicketEvent> TicketWorkflow::addNote(const QString &userId, const QString &ticketId,
                                            const QString &note)
{
    auto acting
        = m_authority.require(userId, Permission::AddNote, QStringLiteral("ticket.note"), ticketId);
    if (!acting)
        return acting.error();
    auto added = TicketRepository(m_db, m_clock).addNote(ticketId, acting->actor(), note);
    if (added)
        changed(ticketId);
    return added;
}

} // namespace rc::workflow
