// repairctl: Repair Counter on the command line. Output meant for programs is JSON, one
// object per line; exit status 0 success, 1 a negative answer, 2 a usage or input error.
#include "commands.h"

#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {

using rc::cli::Command;

const std::vector<Command> &commandTable()
{
    static const std::vector<Command> commands {
        {QStringLiteral("db info"),
         QStringLiteral("Print the store's path, schema version and size (JSON)"),
         rc::cli::runDbInfo},
        {QStringLiteral("imei check"),
         QStringLiteral("Check IMEI/IMEISV/MEID/ESN inputs, with brand and model (JSON)"),
         rc::cli::runImeiCheck},
        {QStringLiteral("warranty evaluate"),
         QStringLiteral("Evaluate warranty cases (JSON) into verdicts (JSON)"),
         rc::cli::runWarrantyEvaluate},
        {QStringLiteral("report kpis"),
         QStringLiteral("Print the manager's figures for --from D --to D (JSON, or --csv)"),
         rc::cli::runReportKpis},
        {QStringLiteral("report till"),
         QStringLiteral("Print one day's till per method for --date D (manager; JSON, or --csv)"),
         rc::cli::runReportTill},
        {QStringLiteral("report remedies"),
         QStringLiteral("Remedies by kind and rule ID for --from D --to D (JSON, or --csv)"),
         rc::cli::runReportRemedies},
        {QStringLiteral("report refunds"),
         QStringLiteral("Every refund payment for --from D --to D (JSON, or --csv)"),
         rc::cli::runReportRefunds},
        {QStringLiteral("report loaners"), QStringLiteral("Loaner phones out and overdue (JSON)"),
         rc::cli::runReportLoaners},
        {QStringLiteral("price export"), QStringLiteral("Print the price list as CSV"),
         rc::cli::runPriceExport},
        {QStringLiteral("price import"), QStringLiteral("Import a price list CSV, all or nothing"),
         rc::cli::runPriceImport},
        {QStringLiteral("db check"),
         QStringLiteral("Check the store for damage (exit 1 when damaged)"), rc::cli::runDbCheck},
        {QStringLiteral("db backup"), QStringLiteral("Write a checked copy of the store to FILE"),
         rc::cli::runDbBackup},
        {QStringLiteral("db restore"),
         QStringLiteral("Replace the store with a checked backup (--force to overwrite)"),
         rc::cli::runDbRestore},
        {QStringLiteral("setup"),
         QStringLiteral("Set up a fresh store: center and first manager (PIN on stdin)"),
         rc::cli::runSetup},
        {QStringLiteral("user add"),
         QStringLiteral("Add a user USER --name N --role R (manager; PIN on stdin)"),
         rc::cli::runUserAdd},
        {QStringLiteral("user disable"), QStringLiteral("Disable a user (manager)"),
         rc::cli::runUserDisable},
        {QStringLiteral("user enable"), QStringLiteral("Enable a user again (manager)"),
         rc::cli::runUserEnable},
        {QStringLiteral("user list"), QStringLiteral("The users (JSON lines)"),
         rc::cli::runUserList},
        {QStringLiteral("user set-pin"),
         QStringLiteral("Set USER's PIN (your own, or anyone's as a manager; PIN on stdin)"),
         rc::cli::runUserSetPin},
        {QStringLiteral("settings get"), QStringLiteral("One setting (JSON)"),
         rc::cli::runSettingsGet},
        {QStringLiteral("settings set"),
         QStringLiteral("Change a setting KEY VALUE (manager; checked, audited)"),
         rc::cli::runSettingsSet},
        {QStringLiteral("ticket create"),
         QStringLiteral("Register a phone; prints the ticket once it is on disk"),
         rc::cli::runTicketCreate},
        {QStringLiteral("ticket assign"),
         QStringLiteral("Give a ticket to a technician (--technician U), or --take it"),
         rc::cli::runTicketAssign},
        {QStringLiteral("ticket diagnose"),
         QStringLiteral("Record the diagnosis (--findings, --fault-code, --damage, --outcome)"),
         rc::cli::runTicketDiagnose},
        {QStringLiteral("ticket quote"),
         QStringLiteral("Issue a quote revision (--line CODE[:QTY[:covered|payable]]…)"),
         rc::cli::runTicketQuote},
        {QStringLiteral("ticket answer"),
         QStringLiteral("The customer's answer (--approve|--decline --method M)"),
         rc::cli::runTicketAnswer},
        {QStringLiteral("ticket pay"),
         QStringLiteral("Take money (--amount A --method M [--deposit])"), rc::cli::runTicketPay},
        {QStringLiteral("ticket repair"),
         QStringLiteral("--start|--finish|--wait-parts|--parts-arrived|--cannot-fix"),
         rc::cli::runTicketRepair},
        {QStringLiteral("ticket pickup"),
         QStringLiteral("Hand the phone back (--imei X [--accessories-returned])"),
         rc::cli::runTicketPickup},
        {QStringLiteral("ticket move"),
         QStringLiteral("A plain status change (--to S); steps are refused"),
         rc::cli::runTicketMove},
        {QStringLiteral("ticket override"),
         QStringLiteral("Override the verdict (--covered yes|no --reason T; manager)"),
         rc::cli::runTicketOverride},
        {QStringLiteral("ticket cancel"), QStringLiteral("Cancel a ticket (--reason T)"),
         rc::cli::runTicketCancel},
        {QStringLiteral("ticket remedy"),
         QStringLiteral("The remedy the verdict allows (--refund --amount A --method M | "
                        "--exchange --new-imei X --check NAME…|--all-checks | "
                        "--replace-accessory C)"),
         rc::cli::runTicketRemedy},
        {QStringLiteral("ticket notify"),
         QStringLiteral("A notice to collect a ready phone (--how phone|message|letter)"),
         rc::cli::runTicketNotify},
        {QStringLiteral("ticket dispose"),
         QStringLiteral("Dispose of an uncollected phone (manager, --reason T)"),
         rc::cli::runTicketDispose},
        {QStringLiteral("ticket note"), QStringLiteral("A note on the timeline (--text T)"),
         rc::cli::runTicketNote},
        {QStringLiteral("loaner add"),
         QStringLiteral("Put a loaner phone on the list (--imei X --model M --deposit A)"),
         rc::cli::runLoanerAdd},
        {QStringLiteral("loaner list"), QStringLiteral("The loaner phones [--out] (JSON lines)"),
         rc::cli::runLoanerList},
        {QStringLiteral("loaner lend"),
         QStringLiteral("Lend a loaner to a ticket's customer (NUMBER --imei X [--method M])"),
         rc::cli::runLoanerLend},
        {QStringLiteral("loaner return"),
         QStringLiteral("Take a loaner back (--imei X --condition ok|damaged [--keep-deposit R])"),
         rc::cli::runLoanerReturn},
        {QStringLiteral("loaner write-off"),
         QStringLiteral("Write off a loaner that is out (--imei X --reason T; manager)"),
         rc::cli::runLoanerWriteOff},
        {QStringLiteral("ticket show"),
         QStringLiteral("One ticket with customer, device, timeline"), rc::cli::runTicketShow},
        {QStringLiteral("ticket list"), QStringLiteral("Tickets, newest first [--status S]"),
         rc::cli::runTicketList},
        {QStringLiteral("search"), QStringLiteral("Find tickets by number, IMEI, phone or name"),
         rc::cli::runSearch},
        {QStringLiteral("device history"),
         QStringLiteral("Every ticket of a phone, with the repeat-repair flag"),
         rc::cli::runDeviceHistory},
        {QStringLiteral("demo seed"),
         QStringLiteral("Fill an empty store with synthetic data (--tickets N)"),
         rc::cli::runDemoSeed},
        {QStringLiteral("sync run"),
         QStringLiteral("Push the outbox to HQ (--hq URL --token T [--once])"),
         rc::cli::runSyncRun},
        {QStringLiteral("sync status"),
         QStringLiteral("Pending, quarantined, last success, last error (JSON)"),
         rc::cli::runSyncStatus},
        {QStringLiteral("sync quarantined"),
         QStringLiteral("Quarantined outbox rows with their errors (JSON lines)"),
         rc::cli::runSyncQuarantined},
        {QStringLiteral("sync retry"), QStringLiteral("Put quarantined rows back in line"),
         rc::cli::runSyncRetry},
        {QStringLiteral("receipt render"),
         QStringLiteral("Render a ticket's receipt, quote, pickup record or label to PDF"),
         rc::cli::runReceiptRender},
    };
    return commands;
}

QString generalHelp()
{
    QString text = QStringLiteral("Usage: repairctl [--db PATH] <command> [options]\n\n"
                                  "Repair Counter on the command line.\n\n"
                                  "Global options:\n"
                                  "  --db PATH    the store (default: $REPAIR_COUNTER_DB, else the "
                                  "application data folder)\n"
                                  "  --version    print the version\n"
                                  "  -h, --help   this help; `repairctl <command> --help` for one "
                                  "command\n\n"
                                  "Commands:\n");
    for (const Command &command : commandTable())
        text += QStringLiteral("  %1  %2\n").arg(command.words.leftJustified(22), command.summary);
    text += QStringLiteral("\nCommands that change the store act as a user: --user NAME (or "
                           "REPAIRCTL_USER) with the PIN in REPAIRCTL_PIN or asked on the "
                           "terminal.\n");
    text += QStringLiteral("\nExit status: 0 success, 1 a negative answer (invalid, not found, "
                           "check failed), 2 usage or input error.\n");
    return text;
}

// Rendering papers needs fonts, hence a QGuiApplication; it never opens a window, so it runs
// on the offscreen platform unless told otherwise. Other commands stay on QCoreApplication.
bool rendersPapers(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "receipt") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (rendersPapers(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("RepairCounter"));
    QCoreApplication::setApplicationName(QStringLiteral("repair-counter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QTranslator translator;
    const QString language
        = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (translator.load(rc::translationFile(language)))
        QCoreApplication::installTranslator(&translator);

    // Global options come before the command words; everything after belongs to the command.
    QStringList rest = QCoreApplication::arguments().mid(1);
    QString databaseOption;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            rc::cli::Cli::printLine(QStringLiteral("repairctl %1").arg(QStringLiteral(RC_VERSION)));
            return rc::cli::Success;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            rc::cli::Cli::printLine(generalHelp().trimmed());
            return rc::cli::Success;
        }
        if (option == QLatin1String("--db")) {
            if (rest.isEmpty())
                return rc::cli::Cli::usageError(QStringLiteral("--db needs a PATH"));
            databaseOption = rest.takeFirst();
            continue;
        }
        if (option.startsWith(QLatin1String("--db="))) {
            databaseOption = option.mid(5);
            continue;
        }
        return rc::cli::Cli::usageError(
            QStringLiteral("unknown option %1 (see repairctl --help)").arg(option));
    }
    if (rest.isEmpty())
        return rc::cli::Cli::usageError(QStringLiteral("no command given (see repairctl --help)"));

    // The longest run of command words that names a command wins ("imei check" over "imei").
    const Command *match = nullptr;
    int matchedWords = 0;
    for (const Command &command : commandTable()) {
        const QStringList words = command.words.split(QLatin1Char(' '));
        if (words.size() <= rest.size() && rest.mid(0, words.size()) == words
            && words.size() > matchedWords) {
            match = &command;
            matchedWords = static_cast<int>(words.size());
        }
    }
    if (!match)
        return rc::cli::Cli::usageError(
            QStringLiteral("unknown command \"%1\" (see repairctl --help)").arg(rest.join(u' ')));

    rc::cli::Invocation invocation {match->words, rest.mid(matchedWords), databaseOption};
    return match->run(invocation);
}
