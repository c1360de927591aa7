#include "commands.h"
#include "storecontext.h"

#include "common/clock.h"
#include "identifiers/deviceid.h"
#include "identifiers/tacdatabase.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/diagnosisrepository.h"
#include "store/quoterepository.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "tickets/recordjson.h"
#include "warranty/warrantyengine.h"
#include "workflow/authority.h"
#include "workflow/changes.h"
#include "workflow/loanerdesk.h"
#include "workflow/ticketdossier.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace rc::cli {

int runTicketCreate(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption imei(QStringLiteral("imei"), Cli::tr("The IMEI (15 digits)."),
                                  QStringLiteral("IMEI"));
    const QCommandLineOption imei2(QStringLiteral("imei2"),
                                   Cli::tr("The second IMEI of a dual-SIM phone."),
                                   QStringLiteral("IMEI"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The customer's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"), Cli::tr("The customer's phone."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption fault(QStringLiteral("fault"), Cli::tr("The fault as described."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption component(
        QStringLiteral("component"),
        Cli::tr("The component at fault (main_unit, screen, battery, …). Default main_unit."),
        QStringLiteral("C"), QStringLiteral("main_unit"));
    const QCommandLineOption category(
        QStringLiteral("fault-kind"),
        Cli::tr("performance, cosmetic, software or none_found. Default performance."),
        QStringLiteral("KIND"), QStringLiteral("performance"));
    const QCommandLineOption faultCode(QStringLiteral("fault-code"),
                                       Cli::tr("The fault code from the 性能故障表."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption saleDate(QStringLiteral("sale-date"),
                                      Cli::tr("The sale date from the invoice (YYYY-MM-DD)."),
                                      QStringLiteral("D"));
    // The sale date counts for the warranty only with its proof named and the IMEI on the
    // papers checked (IntakeEvidence): nothing is assumed.
    const QCommandLineOption proof(
        QStringLiteral("proof"),
        Cli::tr("What proves the sale date: invoice, invoice_copy or warranty_card."),
        QStringLiteral("P"));
    const QCommandLineOption papersImei(
        QStringLiteral("imei-on-papers"),
        Cli::tr("The IMEI on the papers against the phone: match or mismatch."),
        QStringLiteral("M"));
    const QCommandLineOption factoryDate(QStringLiteral("factory-date"),
                                         Cli::tr("The factory date, when there is no sale date "
                                                 "(YYYY-MM-DD)."),
                                         QStringLiteral("D"));
    const QCommandLineOption condition(
        QStringLiteral("condition"),
        Cli::tr("A condition mark (screen_cracked, liquid_marks, opened_before, …); repeat."),
        QStringLiteral("MARK"));
    const QCommandLineOption conditionNote(QStringLiteral("condition-note"),
                                           Cli::tr("The condition in words."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption accessory(QStringLiteral("accessory"),
                                       Cli::tr("An accessory received (sim_tray, case, charger, "
                                               "…); repeat."),
                                       QStringLiteral("A"));
    const QCommandLineOption consent(
        QStringLiteral("backup-consent"),
        Cli::tr("The customer was told data may be lost and agreed (required)."));
    const QCommandLineOption passcode(
        QStringLiteral("passcode"),
        Cli::tr("no_lock, removed_by_customer, customer_will_unlock or not_needed."),
        QStringLiteral("H"), QStringLiteral("no_lock"));
    const QCommandLineOption brand(QStringLiteral("brand"), Cli::tr("The brand."),
                                   QStringLiteral("BRAND"));
    const QCommandLineOption model(QStringLiteral("model"), Cli::tr("The model."),
                                   QStringLiteral("MODEL"));
    parser.addOptions({imei, imei2, name, phone, fault, component, category, faultCode, saleDate,
                       proof, papersImei, factoryDate, condition, conditionNote, accessory, consent,
                       passcode, brand, model});
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Register a phone: prints the new ticket (JSON) once it "
                                       "is safely on disk.")))
        return *exit;
    for (const QCommandLineOption &required : {imei, name, phone, fault}) {
        if (parser.value(required).trimmed().isEmpty())
            return Cli::usageError(Cli::tr("--%1 is required").arg(required.names().constFirst()));
    }
    if (!parser.isSet(consent))
        return Cli::usageError(Cli::tr("--backup-consent is required: tell the customer data may "
                                       "be lost and ask them to back up first"));
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("ticket create takes options only"));
    workflow::IntakeRequest request;
    request.imei1 = parser.value(imei);
    request.imei2 = parser.value(imei2);
    request.brand = parser.value(brand);
    request.model = parser.value(model);
    request.customerName = parser.value(name);
    request.customerPhone = parser.value(phone);
    request.faultDescription = parser.value(fault);
    request.component = parser.value(component);
    request.faultCategory = parser.value(category);
    request.faultCode = parser.value(faultCode);
    for (const auto &[option, target] : {std::pair {&saleDate, &request.evidence.saleDate},
                                         std::pair {&factoryDate, &request.evidence.factoryDate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return Cli::usageError(Cli::tr("--%1 %2 is not a date (YYYY-MM-DD)")
                                       .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (parser.isSet(proof)) {
        request.evidence.proof = warranty::saleDateSourceFromName(parser.value(proof));
        if (!request.evidence.proof)
            return Cli::usageError(
                Cli::tr("--proof %1 is not invoice, invoice_copy or warranty_card")
                    .arg(parser.value(proof)));
    }
    if (parser.isSet(papersImei)) {
        const QString answer = parser.value(papersImei);
        if (answer != QLatin1String("match") && answer != QLatin1String("mismatch"))
            return Cli::usageError(
                Cli::tr("--imei-on-papers %1 is not match or mismatch").arg(answer));
        request.evidence.imeiMatches = answer == QLatin1String("match");
    }
    request.conditionMarks = parser.values(condition);
    request.conditionNote = parser.value(conditionNote);
    request.accessories = parser.values(accessory);
    request.backupConsent = true;
    const auto handling = passcodeHandlingFromId(parser.value(passcode));
    if (!handling)
        return Cli::usageError(Cli::tr("--passcode: unknown value %1").arg(parser.value(passcode)));
    request.passcode = *handling;
    // Input errors (a wrong IMEI, an unknown word) are usage errors; refusals of the store are
    // negative answers.
    if (const QList<Error> problems = workflow::IntakeDesk::problems(request); !problems.isEmpty())
        return Cli::usageError(problems.constFirst().message);

    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, true, true, &context))
        return *exit;
    // Head office's history of the phone counts too when a head office is set: asked before
    // the transaction, bounded (IntakeDesk::askHeadOffice), never instead of the store's own.
    if (const QString imei = workflow::IntakeDesk::historyImei(request.imei1); !imei.isEmpty())
        request.headOffice = context->workflows->intake.askHeadOffice(imei);
    auto created = context->workflows->intake.registerPhone(context->user.id, request);
    if (!created) {
        if (created.error().code == QLatin1String("CASE_INVALID"))
            return Cli::usageError(created.error().message);
        return Cli::refused(created.error());
    }
    // registerPhone() returned: the commit is durable (synchronous=FULL).
    Cli::printJson({{QStringLiteral("number"), created->ticket.number},
                    {QStringLiteral("id"), created->ticket.id},
                    {QStringLiteral("status"), TicketLifecycle::id(created->ticket.status)},
                    {QStringLiteral("warranty_case"), created->ticket.warrantyCase},
                    {QStringLiteral("warranty_verdict"), created->ticket.warrantyVerdict},
                    {QStringLiteral("learned_tac"), created->learnedTac},
                    {QStringLiteral("head_office"), created->historySource.toJson()}});
    return Success;
}

int runTicketShow(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NUMBER"), Cli::tr("The ticket number."));
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Print one ticket with its customer, device and timeline.")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("ticket show takes one NUMBER"));
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    const SystemClock clock;
    // The dossier: what the ticket view and the papers show.
    auto dossier = workflow::TicketDossier::loadByNumber(**store, clock,
                                                         parser.positionalArguments().constFirst());
    if (!dossier) {
        if (dossier.error().code == QLatin1String("NOT_FOUND"))
            return Cli::fail(Cli::tr("no ticket %1").arg(parser.positionalArguments().constFirst()),
                             Negative);
        return Cli::fail(dossier.error().message, Negative);
    }
    const workflow::TicketDossier &d = *dossier;
    const auto money = [](const Money &m) {
        return QJsonObject {{QStringLiteral("minor"), m.minor},
                            {QStringLiteral("amount"), m.toDecimalString()},
                            {QStringLiteral("currency"), m.currency}};
    };
    QJsonObject out = toJson(d.ticket);
    out.insert(QStringLiteral("customer"), toJson(d.customer));
    out.insert(QStringLiteral("device"), toJson(d.device));
    out.insert(QStringLiteral("technician_name"), d.assignedTechnicianName);
    out.insert(QStringLiteral("intake_by"), d.clerkName);
    QJsonArray timeline;
    for (const TicketEvent &event : d.timeline) {
        QJsonObject e = toJson(event);
        // A status move that lost to another station's (docs/sync-protocol.md, version 2).
        if (event.conflict)
            e.insert(QStringLiteral("conflict"), true);
        timeline.append(e);
    }
    out.insert(QStringLiteral("timeline"), timeline);
    out.insert(QStringLiteral("diagnosis"),
               d.diagnosis ? QJsonValue(toJson(*d.diagnosis)) : QJsonValue(QJsonValue::Null));
    QJsonArray lines;
    for (const QuoteLine &line : d.quoteLines)
        lines.append(toJson(line));
    out.insert(QStringLiteral("quote_lines"), lines);
    QJsonArray approvals;
    for (const Approval &a : d.approvals)
        approvals.append(toJson(a));
    out.insert(QStringLiteral("approvals"), approvals);
    QJsonArray payments;
    for (const Payment &p : d.payments)
        payments.append(toJson(p));
    out.insert(QStringLiteral("payments"), payments);
    out.insert(QStringLiteral("balance"),
               QJsonObject {{QStringLiteral("payable"), money(d.balance.payable)},
                            {QStringLiteral("paid"), money(d.balance.paid)},
                            {QStringLiteral("due"), money(d.balance.due)},
                            {QStringLiteral("diagnosis_fee"), d.balance.diagnosisFee.toJson()}});
    out.insert(QStringLiteral("repair_warranty_end"),
               d.repairWarrantyEnd.isValid() ? QJsonValue(d.repairWarrantyEnd.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
    // The loaner phone out on the ticket, and whether the ticket offers one now (CN-07).
    {
        const warranty::WarrantyEngine engine(
            warranty::PolicySet::load({warranty::PolicySet::userPolicyFolder()}));
        workflow::Changes changes;
        workflow::Authority authority(**store, clock);
        workflow::LoanerDesk loaners(**store, clock, engine, authority, changes);
        auto loan = loaners.outForTicket(d.ticket.id);
        if (!loan)
            return Cli::fail(loan.error().message, Negative);
        out.insert(QStringLiteral("loaner"),
                   *loan ? QJsonValue(toJson(**loan)) : QJsonValue(QJsonValue::Null));
        const workflow::LoanerOffer offer = loaners.offer(d.ticket);
        out.insert(QStringLiteral("loaner_offer"),
                   QJsonObject {{QStringLiteral("offered"), offer.offered},
                                {QStringLiteral("rule"), offer.ruleId},
                                {QStringLiteral("days_open"), offer.daysOpen},
                                {QStringLiteral("loaner_days"), offer.loanerDays}});
    }
    Cli::printJson(out);
    return Success;
}

int runTicketList(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
                                    Cli::tr("Only tickets in this status (e.g. waiting_parts)."),
                                    QStringLiteral("S"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({status, limit});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("List tickets, newest first, one JSON object per line.")))
        return *exit;
    TicketFilter filter;
    if (parser.isSet(status)) {
        filter.status = TicketLifecycle::fromId(parser.value(status));
        if (!filter.status)
            return Cli::usageError(Cli::tr("unknown status %1").arg(parser.value(status)));
    }
    qint64 n = 50;
    if (auto exit = Cli::numberOption(parser, limit, 1, 100000, &n))
        return *exit;
    filter.limit = int(n);
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    const SystemClock clock;
    auto list = TicketRepository(**store, clock).list(filter);
    if (!list)
        return Cli::fail(list.error().message, Negative);
    for (const TicketSummary &summary : *list)
        Cli::printJson(toJson(summary));
    return Success;
}

} // namespace rc::cli
