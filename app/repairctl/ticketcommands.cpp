#include "commands.h"

#include "common/clock.h"
#include "identifiers/deviceid.h"
#include "identifiers/tacdatabase.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/intakewarranty.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "tickets/recordjson.h"
#include "warranty/warrantyengine.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace rc::cli {

namespace {

// The IMEI (or MEID/ESN) as core/identifiers reads it; empty with *problem set when it is
// refused (wrong check digit, wrong length, an EAN instead of an IMEI, …).
QString checkedImei(const QString &text, QString *problem, QString *brand, QString *model)
{
    DeviceId id = DeviceId::parse(text);
    if (!id.isValid()) {
        *problem = QStringLiteral("%1: %2").arg(text, id.errorMessage());
        return {};
    }
    if (brand && model && brand->isEmpty() && model->isEmpty()) {
        id.lookUpTac(TacDatabase());
        *brand = id.brand();
        *model = id.model();
    }
    return id.imei().isEmpty() ? id.normalized() : id.imei();
}

const Actor kCliActor {QString(), QStringLiteral("repairctl")};

} // namespace

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
    const QCommandLineOption brand(QStringLiteral("brand"), Cli::tr("The brand."),
                                   QStringLiteral("BRAND"));
    const QCommandLineOption model(QStringLiteral("model"), Cli::tr("The model."),
                                   QStringLiteral("MODEL"));
    parser.addOptions({imei, imei2, name, phone, fault, component, category, saleDate, proof,
                       papersImei, brand, model});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Register a phone: prints the new ticket (JSON) once it "
                                       "is safely on disk.")))
        return *exit;
    for (const QCommandLineOption &required : {imei, name, phone, fault}) {
        if (parser.value(required).trimmed().isEmpty())
            return Cli::usageError(Cli::tr("--%1 is required").arg(required.names().constFirst()));
    }
    QString problem;
    NewTicket draft;
    draft.device.brand = parser.value(brand);
    draft.device.model = parser.value(model);
    draft.device.imei1
        = checkedImei(parser.value(imei), &problem, &draft.device.brand, &draft.device.model);
    if (draft.device.imei1.isEmpty())
        return Cli::usageError(problem);
    if (parser.isSet(imei2)) {
        draft.device.imei2 = checkedImei(parser.value(imei2), &problem, nullptr, nullptr);
        if (draft.device.imei2.isEmpty())
            return Cli::usageError(problem);
    }
    draft.customer.name = parser.value(name);
    draft.customer.phone = parser.value(phone);
    if (sql::digitsOnly(draft.customer.phone).size() < 5)
        return Cli::usageError(Cli::tr("the phone %1 has too few digits").arg(parser.value(phone)));
    draft.faultDescription = parser.value(fault);
    draft.component = parser.value(component);
    draft.faultCategory = parser.value(category);
    warranty::IntakeEvidence evidence;
    if (parser.isSet(saleDate)) {
        evidence.saleDate = QDate::fromString(parser.value(saleDate), Qt::ISODate);
        if (!evidence.saleDate.isValid())
            return Cli::usageError(
                Cli::tr("--sale-date %1 is not a date (YYYY-MM-DD)").arg(parser.value(saleDate)));
    }
    if (parser.isSet(proof)) {
        evidence.proof = warranty::saleDateSourceFromName(parser.value(proof));
        if (!evidence.proof)
            return Cli::usageError(
                Cli::tr("--proof %1 is not invoice, invoice_copy or warranty_card")
                    .arg(parser.value(proof)));
    }
    if (parser.isSet(papersImei)) {
        const QString answer = parser.value(papersImei);
        if (answer != QLatin1String("match") && answer != QLatin1String("mismatch"))
            return Cli::usageError(
                Cli::tr("--imei-on-papers %1 is not match or mismatch").arg(answer));
        evidence.imeiMatches = answer == QLatin1String("match");
    }
    // Stored only when it counts; a date alone is not evidence of a sale.
    if (evidence.saleDateEstablished())
        draft.saleDate = evidence.saleDate;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("ticket create takes options only"));

    auto store = Cli::openStore(parser, invocation, true);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    const SystemClock clock;
    // The warranty position at intake, stored on the ticket as evidence (case + verdict).
    IntakeWarrantyInput input;
    input.imei = draft.device.imei1;
    input.component = draft.component;
    input.fault = draft.faultCategory;
    input.evidence = evidence;
    auto warrantyCase = IntakeWarranty::buildCase(**store, clock, input);
    if (!warrantyCase)
        return Cli::fail(warrantyCase.error().message, Negative);
    const warranty::WarrantyEngine engine(
        warranty::PolicySet::load({warranty::PolicySet::userPolicyFolder()}));
    auto verdict = engine.evaluate(*warrantyCase);
    if (!verdict)
        return Cli::usageError(verdict.error().message);
    warranty::Verdict judged = verdict.value();
    evidence.annotate(judged); // what is still missing, when anything is
    draft.warrantyCase = *warrantyCase;
    draft.warrantyVerdict = judged.toJson();

    TicketRepository tickets(**store, clock);
    auto created = tickets.create(draft, kCliActor);
    if (!created)
        return Cli::fail(created.error().message, Negative);
    // create() returned: the commit is durable (synchronous=FULL).
    Cli::printJson({{QStringLiteral("number"), created->number},
                    {QStringLiteral("id"), created->id},
                    {QStringLiteral("status"), TicketLifecycle::id(created->status)},
                    {QStringLiteral("warranty_verdict"),
                     created->warrantyVerdict.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(created->warrantyVerdict)}});
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
    TicketRepository tickets(**store, clock);
    auto ticket = tickets.byNumber(parser.positionalArguments().constFirst());
    if (!ticket)
        return Cli::fail(ticket.error().message, Negative);
    if (!ticket->has_value())
        return Cli::fail(Cli::tr("no ticket %1").arg(parser.positionalArguments().constFirst()),
                         Negative);
    const Ticket &t = **ticket;
    auto customer = CustomerRepository(**store, clock).byId(t.customerId);
    auto device = DeviceRepository(**store, clock).byId(t.deviceId);
    auto events = tickets.timeline(t.id);
    if (!customer || !device || !events)
        return Cli::fail(!customer ? customer.error().message
                         : !device ? device.error().message
                                   : events.error().message,
                         Negative);
    QJsonObject out = toJson(t);
    if (customer->has_value())
        out.insert(QStringLiteral("customer"), toJson(**customer));
    if (device->has_value())
        out.insert(QStringLiteral("device"), toJson(**device));
    QJsonArray timeline;
    for (const TicketEvent &event : *events)
        timeline.append(toJson(event));
    out.insert(QStringLiteral("timeline"), timeline);
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
    bool ok = false;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit < 1)
        return Cli::usageError(Cli::tr("--limit needs a positive number"));
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
