#include "commands.h"

#include "common/clock.h"
#include "demo/demodata.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace rc::cli {

int runDemoSeed(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption tickets(QStringLiteral("tickets"),
                                     Cli::tr("How many tickets (default 200)."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("The random seed: the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption center(QStringLiteral("center"),
                                    Cli::tr("The center code (default DEMO)."),
                                    QStringLiteral("CODE"), QStringLiteral("DEMO"));
    parser.addOptions({tickets, seed, center});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Fill an empty store with realistic synthetic data.")))
        return *exit;
    DemoOptions options;
    qint64 n = 200;
    if (auto exit = Cli::numberOption(parser, tickets, 0, 10000000, &n))
        return *exit;
    options.tickets = int(n);
    n = 1;
    if (auto exit = Cli::numberOption(parser, seed, 0, 4294967295LL, &n))
        return *exit;
    options.seed = quint32(n);
    options.center = parser.value(center).trimmed().toUpper();
    for (QChar c : options.center) {
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return Cli::usageError(Cli::tr("--center takes letters and digits only"));
    }
    if (options.center.isEmpty() || options.center.size() > 8)
        return Cli::usageError(Cli::tr("--center takes 1 to 8 letters and digits"));

    QElapsedTimer timer;
    timer.start();
    auto store = Cli::openStore(parser, invocation, true);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    const SystemClock clock;
    auto report = DemoData::seed(**store, clock, options);
    if (!report)
        return Cli::fail(report.error().message, Negative);
    Cli::printJson({{QStringLiteral("tickets"), report->tickets},
                    {QStringLiteral("customers"), report->customers},
                    {QStringLiteral("devices"), report->devices},
                    {QStringLiteral("events"), report->events},
                    {QStringLiteral("payments"), report->payments},
                    {QStringLiteral("users"), report->users},
                    {QStringLiteral("center"), options.center},
                    {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
    return Success;
}

} // namespace rc::cli
