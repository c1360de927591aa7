#include "commands.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/ticketsearch.h"

#include <QCommandLineParser>

namespace rc::cli {

int runSearch(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(
        QStringLiteral("QUERY"),
        Cli::tr("A ticket number, an IMEI or its last 4–6 digits, a phone prefix or its last 4 "
                "digits, or any part of a customer's name."));
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Find tickets, newest first, one JSON object per line. "
                                       "Exit 1 when nothing is found.")))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("search needs a QUERY"));
    qint64 n = 20;
    if (auto exit = Cli::numberOption(parser, limit, 1, 100000, &n))
        return *exit;
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    auto found = TicketSearch(**store).search(parser.positionalArguments().join(u' '), int(n));
    if (!found)
        return Cli::fail(found.error().message, Negative);
    for (const TicketSummary &summary : *found)
        Cli::printJson(toJson(summary));
    return found->isEmpty() ? Negative : Success;
}

int runDeviceHistory(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IMEI"), Cli::tr("Either IMEI of the phone."));
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Every ticket of a phone, oldest first, with the "
                                       "repeat-repair flag (JSON lines).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("device history takes one IMEI"));
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    const SystemClock clock;
    auto days = SettingsRepository(**store, clock).intValue(QStringLiteral("repair_warranty.days"));
    if (!days)
        return Cli::fail(days.error().message, Negative);
    auto visits = DeviceHistory(**store).forImei(parser.positionalArguments().constFirst(), *days);
    if (!visits)
        return Cli::fail(visits.error().message, Negative);
    for (const DeviceVisit &visit : *visits) {
        QJsonObject line = toJson(visit.ticket);
        line.insert(QStringLiteral("repeat_repair"), visit.repeatRepair);
        line.insert(QStringLiteral("previous_number"), visit.previousNumber.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(visit.previousNumber));
        Cli::printJson(line);
    }
    return visits->isEmpty() ? Negative : Success;
}

} // namespace rc::cli
