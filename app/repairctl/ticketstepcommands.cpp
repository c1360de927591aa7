// The ticket's steps after intake, each as the signed-in user through the workflow layer
// (core/workflow/ticketworkflow.h): the same checks as at the counter, the same refusals.
#include "commands.h"
#include "storecontext.h"

#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"
#include "tickets/recordjson.h"
#include "tickets/repairchecks.h"
#include "warranty/warrantytypes.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace rc::cli {

namespace {

QJsonObject moneyJson(const Money &money)
{
    return {{QStringLiteral("minor"), money.minor},
            {QStringLiteral("amount"), money.toDecimalString()},
            {QStringLiteral("currency"), money.currency}};
}

// The ticket as JSON, with what the step adds.
int printTicket(const Ticket &ticket, const QJsonObject &extra = {})
{
    QJsonObject out = toJson(ticket);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        out.insert(it.key(), it.value());
    Cli::printJson(out);
    return Success;
}

// Parses the options, takes the one NUMBER, opens the store and signs the user in.
struct Step
{
    std::unique_ptr<StoreContext> context;
    QString ticketId;
    QString number;
};

std::optional<int> begin(QCommandLineParser &parser, const Invocation &invocation,
                         const QString &description, Step *step)
{
    parser.addPositionalArgument(QStringLiteral("NUMBER"), Cli::tr("The ticket number."));
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation, description))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("%1 takes one ticket NUMBER").arg(invocation.commandWords));
    step->number = parser.positionalArguments().constFirst();
    return std::nullopt;
}

std::optional<int> open(QCommandLineParser &parser, const Invocation &invocation, Step *step)
{
    if (auto exit = StoreContext::open(parser, invocation, false, true, &step->context))
        return exit;
    return step->context->ticketId(step->number, &step->ticketId);
}

} // namespace

int runTicketAssign(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption technician(QStringLiteral("technician"),
                                        Cli::tr("The technician's user name."),
                                        QStringLiteral("USER"));
    const QCommandLineOption take(QStringLiteral("take"),
                                  Cli::tr("Take the ticket yourself (a technician)."));
    const QCommandLineOption unassign(QStringLiteral("unassign"),
                                      Cli::tr("Take the ticket away from its technician."));
    parser.addOptions({technician, take, unassign});
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Give a ticket to a technician (clerk, manager), or take it "
                                  "(technician)."),
                          &step))
        return *exit;
    const int choices
        = int(parser.isSet(technician)) + int(parser.isSet(take)) + int(parser.isSet(unassign));
    if (choices != 1)
        return Cli::usageError(Cli::tr("give one of --technician USER, --take, --unassign"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    QString assignee;
    if (parser.isSet(take)) {
        assignee = step.context->user.id;
    } else if (parser.isSet(technician)) {
        auto user = UserRepository(*step.context->db, step.context->clock)
                        .byUsername(parser.value(technician));
        if (!user)
            return Cli::refused(user.error());
        if (!user->has_value())
            return Cli::fail(Cli::tr("no user %1").arg(parser.value(technician)), Negative);
        assignee = (*user)->id;
    }
    auto assigned
        = step.context->workflows->tickets.assign(step.context->user.id, step.ticketId, assignee);
    if (!assigned)
        return Cli::refused(assigned.error());
    return printTicket(*assigned);
}

int runTicketDiagnose(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption findings(QStringLiteral("findings"),
                                      Cli::tr("What the tests showed (required)."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption cause(QStringLiteral("cause"), Cli::tr("The cause found."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption faultCode(QStringLiteral("fault-code"),
                                       Cli::tr("A fault code of the 性能故障表; repeat."),
                                       QStringLiteral("C"));
    const QCommandLineOption damage(QStringLiteral("damage"),
                                    Cli::tr("Damage found (liquid, drop, crush, cracked_screen, "
                                            "unauthorized_repair, tampered_label, force_majeure); "
                                            "repeat. Without it the damage noted at intake "
                                            "stands."),
                                    QStringLiteral("D"));
    const QCommandLineOption noDamage(QStringLiteral("no-damage"),
                                      Cli::tr("No damage at all (clears what intake noted)."));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     Cli::tr("repair (default), no_fault or cannot_repair."),
                                     QStringLiteral("O"), QStringLiteral("repair"));
    parser.addOptions({findings, cause, faultCode, damage, noDamage, outcome});
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Record the diagnosis (technician); the warranty is evaluated "
                                  "again with what was found."),
                          &step))
        return *exit;
    workflow::DiagnosisInput input;
    input.findings = parser.value(findings);
    if (input.findings.trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--findings is required"));
    input.cause = parser.value(cause);
    input.faultCodes = parser.values(faultCode);
    if (parser.isSet(damage) && parser.isSet(noDamage))
        return Cli::usageError(Cli::tr("give --damage or --no-damage, not both"));
    if (parser.isSet(damage))
        input.damage = parser.values(damage);
    else if (parser.isSet(noDamage))
        input.damage = QStringList();
    const QString o = parser.value(outcome);
    if (o == QLatin1String("repair") || o == QLatin1String("cannot_repair"))
        input.outcome = o;
    else if (o == QLatin1String("no_fault") || o == QLatin1String("no_fault_found"))
        input.outcome = QStringLiteral("no_fault_found");
    else
        return Cli::usageError(
            Cli::tr("--outcome is repair, no_fault or cannot_repair, not %1").arg(o));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto done
        = step.context->workflows->tickets.diagnose(step.context->user.id, step.ticketId, input);
    if (!done)
        return Cli::refused(done.error());
    return printTicket(done->ticket,
                       {{QStringLiteral("coverage_changed"), done->reassessment.coverageChanged}});
}

int runTicketQuote(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption line(
        QStringLiteral("line"),
        Cli::tr("A line from the price list: CODE[:QTY[:covered|payable]]; repeat. Without "
                "covered/payable the warranty verdict decides."),
        QStringLiteral("LINE"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("A note for the timeline."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({line, note});
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Issue the next quote revision (technician): the customer "
                                  "answers it before any repair."),
                          &step))
        return *exit;
    struct Wanted
    {
        QString code;
        int quantity = 1;
        std::optional<bool> covered;
    };
    QList<Wanted> wanted;
    for (const QString &text : parser.values(line)) {
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() > 3 || parts.constFirst().trimmed().isEmpty())
            return Cli::usageError(
                Cli::tr("--line %1: write CODE[:QTY[:covered|payable]]").arg(text));
        Wanted w;
        w.code = parts.at(0).trimmed();
        if (parts.size() >= 2) {
            QString problem;
            const auto n = Cli::parseNumber(parts.at(1), 1, 999, &problem);
            if (!n)
                return Cli::usageError(Cli::tr("--line %1: the quantity: %2").arg(text, problem));
            w.quantity = int(*n);
        }
        if (parts.size() == 3) {
            if (parts.at(2) == QLatin1String("covered"))
                w.covered = true;
            else if (parts.at(2) == QLatin1String("payable"))
                w.covered = false;
            else
                return Cli::usageError(
                    Cli::tr("--line %1: the last part is covered or payable").arg(text));
        }
        wanted.append(w);
    }
    if (wanted.isEmpty())
        return Cli::usageError(Cli::tr("give at least one --line CODE[:QTY[:covered|payable]]"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    QList<QuoteLine> lines;
    for (const Wanted &w : wanted) {
        auto l = step.context->workflows->tickets.priceLine(step.ticketId, w.code, w.quantity,
                                                            w.covered);
        if (!l)
            return Cli::refused(l.error());
        lines.append(*l);
    }
    auto quoted = step.context->workflows->tickets.quote(step.context->user.id, step.ticketId,
                                                         lines, parser.value(note));
    if (!quoted)
        return Cli::refused(quoted.error());
    auto stored = QuoteRepository(*step.context->db, step.context->clock).lines(step.ticketId);
    QJsonArray out;
    if (stored) {
        for (const QuoteLine &l : *stored)
            out.append(toJson(l));
    }
    const QuoteTotals totals = QuoteTotals::of(stored ? *stored : lines);
    return printTicket(*quoted, {{QStringLiteral("lines"), out},
                                 {QStringLiteral("total"), moneyJson(totals.total)},
                                 {QStringLiteral("covered"), moneyJson(totals.covered)},
                                 {QStringLiteral("payable"), moneyJson(totals.payable)}});
}

int runTicketAnswer(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     Cli::tr("The customer approves the current quote."));
    const QCommandLineOption decline(QStringLiteral("decline"),
                                     Cli::tr("The customer declines it."));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Cli::tr("How they answered: counter, phone or message."),
                                    QStringLiteral("M"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("A note (e.g. who called)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({approve, decline, method, note});
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Record the customer's answer to the current quote revision "
                                  "(clerk)."),
                          &step))
        return *exit;
    if (parser.isSet(approve) == parser.isSet(decline))
        return Cli::usageError(Cli::tr("give --approve or --decline"));
    QuoteAnswer answer;
    answer.approved = parser.isSet(approve);
    const QString m = parser.value(method);
    if (m == QLatin1String("counter") || m == QLatin1String("in_person"))
        answer.method = QStringLiteral("in_person");
    else if (m == QLatin1String("phone") || m == QLatin1String("message"))
        answer.method = m;
    else
        return Cli::usageError(Cli::tr("--method is counter, phone or message"));
    answer.note = parser.value(note);
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto recorded
        = step.context->workflows->tickets.answer(step.context->user.id, step.ticketId, answer);
    if (!recorded)
        return Cli::refused(recorded.error());
    auto t = TicketRepository(*step.context->db, step.context->clock).byId(step.ticketId);
    if (!t || !t->has_value())
        return Cli::fail(Cli::tr("no ticket %1").arg(step.number), Negative);
    return printTicket(**t, {{QStringLiteral("approval"), toJson(*recorded)}});
}

int runTicketPay(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption amount(QStringLiteral("amount"), Cli::tr("The amount, e.g. 12.50."),
                                    QStringLiteral("AMOUNT"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Cli::tr("cash, card or mobile (also wechat, alipay, other)."),
                                    QStringLiteral("M"));
    const QCommandLineOption deposit(QStringLiteral("deposit"),
                                     Cli::tr("A deposit (订金, credited against the bill)."));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       Cli::tr("The terminal or transfer reference."),
                                       QStringLiteral("REF"));
    parser.addOptions({amount, method, deposit, reference});
    Step step;
    if (auto exit
        = begin(parser, invocation, Cli::tr("Take a payment or a deposit (clerk)."), &step))
        return *exit;
    workflow::PaymentInput input;
    if (!Money::parseDecimal(parser.value(amount), &input.amount.minor) || input.amount.minor <= 0
        || input.amount.minor > qint64(100000000) * 100)
        return Cli::usageError(Cli::tr("--amount needs an amount such as 12.50, not \"%1\"")
                                   .arg(parser.value(amount)));
    input.method = parser.value(method);
    if (!PaymentRepository::isValidMethod(input.method))
        return Cli::usageError(Cli::tr("--method is cash, card or mobile (or wechat, alipay, "
                                       "other)"));
    input.deposit = parser.isSet(deposit);
    input.reference = parser.value(reference);
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto paid = step.context->workflows->tickets.pay(step.context->user.id, step.ticketId, input);
    if (!paid)
        return Cli::refused(paid.error());
    auto balance = PaymentRepository(*step.context->db, step.context->clock).balance(step.ticketId);
    auto t = TicketRepository(*step.context->db, step.context->clock).byId(step.ticketId);
    if (!balance || !t || !t->has_value())
        return Cli::fail(Cli::tr("the payment was taken, but the ticket could not be read"),
                         Negative);
    return printTicket(**t, {{QStringLiteral("payment"), toJson(*paid)},
                             {QStringLiteral("paid"), moneyJson(balance->paid)},
                             {QStringLiteral("due"), moneyJson(balance->due)}});
}

int runTicketRepair(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption start(QStringLiteral("start"), Cli::tr("Start the repair."));
    const QCommandLineOption finish(QStringLiteral("finish"),
                                    Cli::tr("Repaired: ready for pickup (with the checks done)."));
    const QCommandLineOption waitParts(QStringLiteral("wait-parts"),
                                       Cli::tr("Waiting for parts (--note names the part)."));
    const QCommandLineOption partsArrived(QStringLiteral("parts-arrived"),
                                          Cli::tr("The parts arrived: back to repairing."));
    const QCommandLineOption cannotFix(QStringLiteral("cannot-fix"),
                                       Cli::tr("It cannot be fixed (--note says why)."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Cli::tr("A post-repair check passed (%1); repeat.")
                                       .arg(RepairChecks::keys().join(QStringLiteral(", "))),
                                   QStringLiteral("NAME"));
    const QCommandLineOption allChecks(QStringLiteral("all-checks"),
                                       Cli::tr("Every post-repair check passed."));
    const QCommandLineOption part(QStringLiteral("part"),
                                  Cli::tr("A part fitted: CODE[:QTY] from the price list; "
                                          "repeat."),
                                  QStringLiteral("PART"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("A note for the timeline."),
                                  QStringLiteral("TEXT"));
    parser.addOptions(
        {start, finish, waitParts, partsArrived, cannotFix, check, allChecks, part, note});
    Step step;
    if (auto exit = begin(parser, invocation, Cli::tr("Repair steps (technician)."), &step))
        return *exit;
    const QList<const QCommandLineOption *> actions {&start, &finish, &waitParts, &partsArrived,
                                                     &cannotFix};
    int chosen = 0;
    for (const QCommandLineOption *a : actions)
        chosen += parser.isSet(*a) ? 1 : 0;
    if (chosen != 1)
        return Cli::usageError(Cli::tr("give one of --start, --finish, --wait-parts, "
                                       "--parts-arrived, --cannot-fix"));
    workflow::RepairInput input;
    input.note = parser.value(note);
    if (parser.isSet(allChecks))
        input.checks = RepairChecks::allPassed();
    for (const QString &name : parser.values(check)) {
        if (!RepairChecks::isKnown(name))
            return Cli::usageError(Cli::tr("--check %1: not a post-repair check (%2)")
                                       .arg(name, RepairChecks::keys().join(QStringLiteral(", "))));
        input.checks.insert(name, true);
    }
    QList<std::pair<QString, int>> parts;
    for (const QString &text : parser.values(part)) {
        const QStringList p = text.split(QLatin1Char(':'));
        QString problem;
        const auto n = p.size() == 2 ? Cli::parseNumber(p.at(1), 1, 999, &problem)
                                     : std::optional<qint64>(1);
        if (p.size() > 2 || p.constFirst().trimmed().isEmpty() || !n)
            return Cli::usageError(Cli::tr("--part %1: write CODE[:QTY]").arg(text));
        parts.append({p.constFirst().trimmed(), int(*n)});
    }
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    for (const auto &[code, quantity] : parts) {
        auto l = step.context->workflows->tickets.priceLine(step.ticketId, code, quantity, false);
        if (!l)
            return Cli::refused(l.error());
        input.parts.append(RepairPart {l->priceItemId, l->description, l->quantity});
    }
    const QString user = step.context->user.id;
    workflow::TicketWorkflow &tickets = step.context->workflows->tickets;
    Result<Ticket> done
        = parser.isSet(start)          ? tickets.startRepair(user, step.ticketId, input.note)
          : parser.isSet(partsArrived) ? tickets.partsArrived(user, step.ticketId, input.note)
          : parser.isSet(waitParts)    ? tickets.waitForParts(user, step.ticketId, input.note)
          : parser.isSet(finish)       ? tickets.finishRepair(user, step.ticketId, input)
                                       : tickets.cannotFix(user, step.ticketId, input);
    if (!done)
        return Cli::refused(done.error());
    return printTicket(*done);
}

namespace {

// --keep-deposit REASON / --deposit-method M: what happens to the customer's money when the
// ticket closes without a repair (issue 20).
QList<QCommandLineOption> depositOptions()
{
    return {QCommandLineOption(QStringLiteral("keep-deposit"),
                               Cli::tr("Keep the customer's deposit, with a written reason "
                                       "(audited); by default it goes back."),
                               QStringLiteral("REASON")),
            QCommandLineOption(QStringLiteral("deposit-method"),
                               Cli::tr("How the deposit goes back: cash, card, wechat, alipay, "
                                       "mobile or other (default: as it was paid)."),
                               QStringLiteral("M"))};
}

DepositChoice depositChoice(const QCommandLineParser &parser)
{
    DepositChoice choice;
    if (parser.isSet(QStringLiteral("keep-deposit"))) {
        choice.keepReason = parser.value(QStringLiteral("keep-deposit"));
        // "--keep-deposit ''" is no reason: DepositSettlement says so.
        if (choice.keepReason.isEmpty())
            choice.keepReason = QStringLiteral(" ");
    }
    choice.method = parser.value(QStringLiteral("deposit-method"));
    return choice;
}

// --waive-diagnosis-fee REASON: a manager waives the diagnosis fee the ticket owes (audited).
QCommandLineOption waiveFeeOption()
{
    return QCommandLineOption(QStringLiteral("waive-diagnosis-fee"),
                              Cli::tr("Waive the diagnosis fee the ticket owes (manager), with a "
                                      "written reason (audited)."),
                              QStringLiteral("REASON"));
}

void waiveFee(const QCommandLineParser &parser, DepositChoice *choice)
{
    if (parser.isSet(QStringLiteral("waive-diagnosis-fee"))) {
        choice->waiveDiagnosisFee = parser.value(QStringLiteral("waive-diagnosis-fee"));
        // "--waive-diagnosis-fee ''" is no reason: DiagnosisFees says so.
        if (choice->waiveDiagnosisFee.trimmed().isEmpty())
            choice->waiveDiagnosisFee = QStringLiteral(" ");
    }
}

QJsonObject depositJson(const DepositOutcome &outcome)
{
    QJsonObject o {{QStringLiteral("held"), moneyJson(outcome.held)},
                   {QStringLiteral("returned"), moneyJson(outcome.returned)},
                   {QStringLiteral("kept"), moneyJson(outcome.kept)},
                   {QStringLiteral("diagnosis_fee_kept"), moneyJson(outcome.diagnosisFee)}};
    if (!outcome.method.isEmpty())
        o.insert(QStringLiteral("method"), outcome.method);
    return o;
}

} // namespace

int runTicketPickup(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption imei(QStringLiteral("imei"),
                                  Cli::tr("The IMEI scanned from the phone now (required)."),
                                  QStringLiteral("IMEI"));
    const QCommandLineOption returned(QStringLiteral("accessories-returned"),
                                      Cli::tr("Every accessory received at intake goes back."));
    const QCommandLineOption accessory(QStringLiteral("accessory"),
                                       Cli::tr("One accessory that goes back; repeat."),
                                       QStringLiteral("A"));
    const QCommandLineOption missing(QStringLiteral("missing-note"),
                                     Cli::tr("Why an accessory stays with the center."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("A note for the timeline."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({imei, returned, accessory, missing, note});
    parser.addOptions(depositOptions());
    parser.addOption(waiveFeeOption());
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Hand the phone back (clerk): the IMEI must match, the balance "
                                  "be paid, the accessories be returned."),
                          &step))
        return *exit;
    if (parser.value(imei).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--imei is required: scan the phone's IMEI (*#06#)"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    PickupRequest request;
    request.ticketId = step.ticketId;
    request.scannedImei = parser.value(imei);
    if (parser.isSet(returned)) {
        auto t = TicketRepository(*step.context->db, step.context->clock).byId(step.ticketId);
        if (t && t->has_value())
            request.accessoriesReturned = (*t)->accessories;
    }
    request.accessoriesReturned += parser.values(accessory);
    request.missingAccessoriesNote = parser.value(missing);
    request.note = parser.value(note);
    request.deposit = depositChoice(parser);
    waiveFee(parser, &request.deposit);
    auto released = step.context->workflows->tickets.handBack(step.context->user.id, request);
    if (!released)
        return Cli::refused(released.error());
    return printTicket(released->ticket,
                       {{QStringLiteral("payable"), moneyJson(released->balance.payable)},
                        {QStringLiteral("paid"), moneyJson(released->balance.paid)},
                        {QStringLiteral("due"), moneyJson(released->balance.due)},
                        {QStringLiteral("diagnosis_fee"), released->balance.diagnosisFee.toJson()},
                        {QStringLiteral("repair_warranty_end"),
                         released->repairWarrantyEnd.isValid()
                             ? QJsonValue(released->repairWarrantyEnd.toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("deposit"), depositJson(released->deposit)}});
}

int runTicketMove(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("The status to move to."),
                                QStringLiteral("STATUS"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("Why (goes into the timeline)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({to, note});
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("A plain status change. The moves that are steps of their own "
                                  "(quote, answer, repair, pickup, cancel) are refused with the "
                                  "command to use."),
                          &step))
        return *exit;
    const auto status = TicketLifecycle::fromId(parser.value(to));
    if (!status)
        return Cli::usageError(Cli::tr("--to needs a status (received, diagnosing, quoted, …), "
                                       "not \"%1\"")
                                   .arg(parser.value(to)));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto moved = step.context->workflows->tickets.move(step.context->user.id, step.ticketId,
                                                       *status, parser.value(note));
    if (!moved)
        return Cli::refused(moved.error());
    return printTicket(*moved);
}

int runTicketOverride(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption covered(QStringLiteral("covered"),
                                     Cli::tr("The new verdict: yes (covered) or no."),
                                     QStringLiteral("yes|no"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Cli::tr("Why (required; goes into the audit trail)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({covered, reason});
    Step step;
    if (auto exit
        = begin(parser, invocation,
                Cli::tr("Override the warranty verdict (manager), with a reason."), &step))
        return *exit;
    const QString c = parser.value(covered);
    if (c != QLatin1String("yes") && c != QLatin1String("no"))
        return Cli::usageError(Cli::tr("--covered is yes or no"));
    if (parser.value(reason).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--reason is required"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto done = step.context->workflows->tickets.overrideVerdict(
        step.context->user.id, step.ticketId, c == QLatin1String("yes"), parser.value(reason));
    if (!done)
        return Cli::refused(done.error());
    return printTicket(*done);
}

int runTicketCancel(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Cli::tr("Why (required; goes into the timeline)."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    parser.addOptions(depositOptions());
    parser.addOption(waiveFeeOption());
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Cancel a ticket (clerk), with a reason. The customer's "
                                  "deposit goes back unless --keep-deposit says why not."),
                          &step))
        return *exit;
    if (parser.value(reason).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--reason is required"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    DepositOutcome settled;
    DepositChoice choice = depositChoice(parser);
    waiveFee(parser, &choice);
    auto done = step.context->workflows->tickets.cancel(
        step.context->user.id, step.ticketId, parser.value(reason), std::nullopt, choice, &settled);
    if (!done)
        return Cli::refused(done.error());
    return printTicket(*done, {{QStringLiteral("deposit"), depositJson(settled)}});
}

int runTicketRemedy(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption refund(QStringLiteral("refund"),
                                    Cli::tr("A refund (退货, CN-04): --amount and --method."));
    const QCommandLineOption exchange(
        QStringLiteral("exchange"),
        Cli::tr("An exchange of the phone (换货): --new-imei and --check or --all-checks."));
    const QCommandLineOption accessory(QStringLiteral("replace-accessory"),
                                       Cli::tr("Replace the faulty accessory (CN-13)."),
                                       QStringLiteral("COMPONENT"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    Cli::tr("The price on the invoice, e.g. 2999.00."),
                                    QStringLiteral("A"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Cli::tr("How the money goes back: cash, card or mobile."),
                                    QStringLiteral("M"));
    const QCommandLineOption newImei(QStringLiteral("new-imei"),
                                     Cli::tr("The replacement phone's IMEI."), QStringLiteral("X"));
    const QCommandLineOption newImei2(QStringLiteral("new-imei2"),
                                      Cli::tr("The replacement phone's second IMEI."),
                                      QStringLiteral("Y"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Cli::tr("An exchange condition confirmed (box_complete, "
                                           "no_wear, imei_label_intact, dates_agree, brand_N); "
                                           "repeat."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption allChecks(QStringLiteral("all-checks"),
                                       Cli::tr("Every exchange condition confirmed."));
    const QCommandLineOption oldPhone(QStringLiteral("old-phone"),
                                      Cli::tr("What becomes of the exchanged phone: to_maker "
                                              "(default) or kept."),
                                      QStringLiteral("FATE"));
    const QCommandLineOption reason(
        QStringLiteral("override-reason"),
        Cli::tr("A manager's reason for a remedy the verdict does not allow."),
        QStringLiteral("TEXT"));
    parser.addOptions({refund, exchange, accessory, amount, method, newImei, newImei2, check,
                       allChecks, oldPhone, reason});
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Close a ticket with the remedy its warranty verdict allows "
                                  "(clerk, manager)."),
                          &step))
        return *exit;
    const int choices
        = int(parser.isSet(refund)) + int(parser.isSet(exchange)) + int(parser.isSet(accessory));
    if (choices != 1)
        return Cli::usageError(
            Cli::tr("give one of --refund, --exchange, --replace-accessory COMPONENT"));
    workflow::RemedyInput input;
    input.overrideReason = parser.value(reason);
    if (parser.isSet(refund)) {
        input.kind = QStringLiteral("refund");
        if (!Money::parseDecimal(parser.value(amount), &input.amount.minor)
            || input.amount.minor <= 0 || input.amount.minor > qint64(100000000) * 100)
            return Cli::usageError(Cli::tr("--amount needs an amount such as 2999.00, not \"%1\"")
                                       .arg(parser.value(amount)));
        if (!parser.isSet(method))
            return Cli::usageError(Cli::tr("--method cash|card|mobile is required"));
        input.method = parser.value(method);
    } else if (parser.isSet(exchange)) {
        input.kind = QStringLiteral("exchange");
        if (parser.value(newImei).trimmed().isEmpty())
            return Cli::usageError(Cli::tr("--new-imei is required for an exchange"));
        if (!parser.isSet(check) && !parser.isSet(allChecks))
            return Cli::usageError(Cli::tr("confirm the exchange conditions: --check NAME "
                                           "(repeat) or --all-checks"));
        input.newImei = parser.value(newImei);
        input.newImei2 = parser.value(newImei2);
        input.checks = parser.values(check);
        input.allChecks = parser.isSet(allChecks);
        input.oldPhone = parser.value(oldPhone);
    } else {
        input.kind = QStringLiteral("accessory");
        input.component = parser.value(accessory);
    }
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto done
        = step.context->workflows->tickets.remedy(step.context->user.id, step.ticketId, input);
    if (!done)
        return Cli::refused(done.error());
    return printTicket(done->ticket, {{QStringLiteral("remedy"), done->remedy.toJson()}});
}

int runTicketNotify(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption how(QStringLiteral("how"),
                                 Cli::tr("How the customer was told: phone, message or letter."),
                                 QStringLiteral("HOW"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  Cli::tr("A note on the notice (optional)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({how, note});
    Step step;
    if (auto exit
        = begin(parser, invocation,
                Cli::tr("Record a notice to collect a ready phone (clerk, manager)."), &step))
        return *exit;
    if (!parser.isSet(how))
        return Cli::usageError(Cli::tr("--how phone|message|letter is required"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto done = step.context->workflows->tickets.noticeToCollect(
        step.context->user.id, step.ticketId, parser.value(how), parser.value(note));
    if (!done)
        return Cli::refused(done.error());
    auto ticket = TicketRepository(*step.context->db, step.context->clock).byId(step.ticketId);
    if (!ticket || !*ticket)
        return Cli::refused(ticket ? Error {QStringLiteral("NOT_FOUND"), step.ticketId}
                                   : ticket.error());
    auto state = step.context->workflows->tickets.uncollected(step.ticketId);
    QJsonObject extra {{QStringLiteral("notice"), done->toJson()}};
    if (state && state->disposableFrom)
        extra.insert(QStringLiteral("disposable_from"), warranty::isoDate(*state->disposableFrom));
    return printTicket(**ticket, extra);
}

int runTicketDispose(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        Cli::tr("Why the phone is disposed of (required; audited, in the timeline)."),
        QStringLiteral("TEXT"));
    parser.addOption(reason);
    Step step;
    if (auto exit = begin(parser, invocation,
                          Cli::tr("Close an uncollected ready ticket as disposed (manager), "
                                  "uncollected.days after the last notice to collect."),
                          &step))
        return *exit;
    if (!parser.isSet(reason))
        return Cli::usageError(Cli::tr("--reason is required"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto done = step.context->workflows->tickets.dispose(step.context->user.id, step.ticketId,
                                                         parser.value(reason));
    if (!done)
        return Cli::refused(done.error());
    return printTicket(*done);
}

int runTicketNote(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption text(QStringLiteral("text"), Cli::tr("The note."),
                                  QStringLiteral("TEXT"));
    parser.addOption(text);
    Step step;
    if (auto exit = begin(parser, invocation, Cli::tr("Add a note to a ticket's timeline."), &step))
        return *exit;
    if (parser.value(text).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--text is required"));
    if (auto exit = open(parser, invocation, &step))
        return *exit;
    auto added = step.context->workflows->tickets.addNote(step.context->user.id, step.ticketId,
                                                          parser.value(text));
    if (!added)
        return Cli::refused(added.error());
    Cli::printJson(toJson(*added));
    return Success;
}

} // namespace rc::cli
