#include "commands.h"

#include "common/clock.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/demodata.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "tickets/recordjson.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace rc::cli {

namespace {

// 15 digits with a valid check digit (domain.md §3), separators removed; empty otherwise.
QString checkedImei(const QString &text, QString *problem)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringLiteral(" -./").contains(c)) {
            *problem = Cli::tr("the IMEI %1 has characters other than digits").arg(text);
            return {};
        }
    }
    if (digits.size() != 15) {
        *problem = Cli::tr("the IMEI %1 has %2 digits, not 15").arg(text).arg(digits.size());
        return {};
    }
    const int expected = DemoData::luhnCheckDigit(digits.left(14));
    if (digits.at(14).digitValue() != expected) {
        *problem
            = Cli::tr("the IMEI %1 has a wrong check digit (expected %2)").arg(text).arg(expected);
        return {};
    }
    return digits;
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
    const QCommandLineOption brand(QStringLiteral("brand"), Cli::tr("The brand."),
                                   QStringLiteral("BRAND"));
    const QCommandLineOption model(QStringLiteral("model"), Cli::tr("The model."),
                                   QStringLiteral("MODEL"));
    parser.addOptions(
        {imei, imei2, name, phone, fault, component, category, saleDate, brand, model});
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
    draft.device.imei1 = checkedImei(parser.value(imei), &problem);
    if (draft.device.imei1.isEmpty())
        return Cli::usageError(problem);
    if (parser.isSet(imei2)) {
        draft.device.imei2 = checkedImei(parser.value(imei2), &problem);
        if (draft.device.imei2.isEmpty())
            return Cli::usageError(problem);
    }
    draft.device.brand = parser.value(brand);
    draft.device.model = parser.value(model);
    draft.customer.name = parser.value(name);
    draft.customer.phone = parser.value(phone);
    if (sql::digitsOnly(draft.customer.phone).size() < 5)
        return Cli::usageError(Cli::tr("the phone %1 has too few digits").arg(parser.value(phone)));
    draft.faultDescription = parser.value(fault);
    draft.component = parser.value(component);
    draft.faultCategory = parser.value(category);
    if (parser.isSet(saleDate)) {
        draft.saleDate = QDate::fromString(parser.value(saleDate), Qt::ISODate);
        if (!draft.saleDate.isValid())
            return Cli::usageError(
                Cli::tr("--sale-date %1 is not a date (YYYY-MM-DD)").arg(parser.value(saleDate)));
    }
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("ticket create takes options only"));

    auto store = Cli::openStore(parser, invocation, true);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    const SystemClock clock;
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
