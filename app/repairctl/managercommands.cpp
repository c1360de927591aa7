#include "commands.h"
#include "storecontext.h"

#include "common/clock.h"
#include "reports/kpireport.h"
#include "reports/remedyreport.h"
#include "reports/tillreport.h"
#include "store/database.h"
#include "store/pricelistrepository.h"
#include "store/settingsrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace rc::cli {

int runReportKpis(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), Cli::tr("First day of the range (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Last day of the range (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("csv"), Cli::tr("Print CSV instead of JSON.")});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Print the manager's figures for a date range: tickets "
                                       "received and completed, turnaround, repeat repairs, "
                                       "warranty vs paid, revenue, per technician.")))
        return *exit;
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return Cli::usageError(Cli::tr("report kpis needs --from and --to as YYYY-MM-DD"));
    if (to < from)
        return Cli::usageError(Cli::tr("--to is before --from"));

    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    SystemClock clock;
    SettingsRepository settings(**store, clock);
    auto days = settings.intValue(QStringLiteral("repair_warranty.days"));
    if (!days)
        return Cli::fail(days.error().message, Negative);
    auto figures = KpiReport::compute(**store, from, to, *days);
    if (!figures)
        return Cli::fail(figures.error().message, Negative);
    if (parser.isSet(QStringLiteral("csv"))) {
        const QByteArray csv = KpiReport::toCsv(*figures);
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
    } else {
        Cli::printJson(KpiReport::toJson(*figures));
    }
    return Success;
}

int runReportTill(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("date"), Cli::tr("The day (YYYY-MM-DD)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("csv"), Cli::tr("Print CSV instead of JSON.")});
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Print the till for one day (manager): per method (cash, "
                                       "card, mobile) the takings, refunds (negative), net and "
                                       "count.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("report till takes no arguments"));
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return Cli::usageError(Cli::tr("report till needs --date YYYY-MM-DD"));
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, true, &context))
        return *exit;
    auto figures = context->workflows->admin.tillReport(context->user.id, date);
    if (!figures)
        return Cli::refused(figures.error());
    if (parser.isSet(QStringLiteral("csv"))) {
        const QByteArray csv = TillReport::toCsv(*figures);
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
    } else {
        Cli::printJson(TillReport::toJson(*figures));
    }
    return Success;
}

namespace {

// report remedies / report refunds: the same range and output options as report kpis.
template<typename Compute>
int runRangeReport(const Invocation &invocation, const QString &name, const QString &description,
                   Compute compute)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), Cli::tr("First day of the range (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Last day of the range (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("csv"), Cli::tr("Print CSV instead of JSON.")});
    if (auto exit = Cli::parse(parser, invocation, description))
        return *exit;
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return Cli::usageError(Cli::tr("report %1 needs --from and --to as YYYY-MM-DD").arg(name));
    if (to < from)
        return Cli::usageError(Cli::tr("--to is before --from"));
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    auto figures = compute(**store, from, to);
    if (!figures)
        return Cli::fail(figures.error().message, Negative);
    if (parser.isSet(QStringLiteral("csv"))) {
        const QByteArray csv = RemedyReport::toCsv(*figures);
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
    } else {
        Cli::printJson(RemedyReport::toJson(*figures));
    }
    return Success;
}

} // namespace

int runReportRemedies(const Invocation &invocation)
{
    return runRangeReport(invocation, QStringLiteral("remedies"),
                          Cli::tr("Print the remedies of a date range by kind and rule ID: "
                                  "count and money gone back."),
                          &RemedyReport::remedies);
}

int runReportRefunds(const Invocation &invocation)
{
    return runRangeReport(invocation, QStringLiteral("refunds"),
                          Cli::tr("Print every refund payment of a date range: date, ticket, "
                                  "amount, method, who and why."),
                          &RemedyReport::refunds);
}

int runPriceExport(const Invocation &invocation)
{
    QCommandLineParser parser;
    if (auto exit
        = Cli::parse(parser, invocation, Cli::tr("Print the price list as CSV (UTF-8, RFC 4180).")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("price export takes no arguments"));
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    SystemClock clock;
    PriceListRepository prices(**store, clock);
    auto csv = prices.exportCsv();
    if (!csv)
        return Cli::fail(csv.error().message, Negative);
    std::fwrite(csv->constData(), 1, static_cast<size_t>(csv->size()), stdout);
    return Success;
}

int runPriceImport(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The CSV file to import."));
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Add and update price items from a CSV file, all or "
                                       "nothing (columns: code,kind,name_zh,name_en,"
                                       "unit_price,currency,stock,active).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("price import takes one file"));
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return Cli::usageError(
            Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray data = file.readAll();
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, true, &context))
        return *exit;
    auto summary = context->workflows->admin.importPrices(context->user.id, data);
    if (!summary) {
        if (summary.error().code.startsWith(QLatin1String("CSV")))
            return Cli::usageError(
                QString(summary.error().message).replace(QLatin1Char('\n'), QStringLiteral(" | ")));
        return Cli::refused(summary.error());
    }
    Cli::printJson({{QStringLiteral("added"), summary->added},
                    {QStringLiteral("updated"), summary->updated},
                    {QStringLiteral("unchanged"), summary->unchanged}});
    return Success;
}

} // namespace rc::cli
