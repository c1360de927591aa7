#include "commands.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncpuller.h"
#include "sync/syncstate.h"
#include "workflow/remotechanges.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <limits>

namespace rc::cli {

namespace {

int printStatus(Database &database)
{
    sync::SyncStateStore store(database);
    auto state = store.load();
    if (!state)
        return Cli::fail(state.error().message, Negative);
    QJsonObject json = state->toJson();
    json.remove(QStringLiteral("phase"));
    // Why nothing is sent, when the store may not sync at all.
    if (const QString refusal = store.refusal(); !refusal.isEmpty())
        json.insert(QStringLiteral("refused"), refusal);
    // The pull of the other stations' records (docs/sync-protocol.md, version 2).
    auto pull = workflow::RemoteChanges::state(database);
    if (!pull)
        return Cli::fail(pull.error().message, Negative);
    auto parked = workflow::RemoteChanges::parkedCount(database);
    if (!parked)
        return Cli::fail(parked.error().message, Negative);
    json.insert(QStringLiteral("pull_cursor"), pull->cursor);
    json.insert(QStringLiteral("last_pull"),
                pull->lastPull.isValid() ? QJsonValue(pull->lastPull.toString(Qt::ISODateWithMs))
                                         : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("behind"), pull->behind);
    json.insert(QStringLiteral("parked"), *parked);
    Cli::printJson(json);
    return Success;
}

} // namespace

int runSyncRun(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption hq(QStringLiteral("hq"),
                                Cli::tr("HQ's base URL, e.g. https://hq.example.com (default: "
                                        "the sync.hq_url setting)."),
                                QStringLiteral("URL"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        Cli::tr("The center's token (visible to every user of the machine: prefer --token-file "
                "or RC_HQ_TOKEN; default: the sync.token setting)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       Cli::tr("Read the center's token from FILE (its first "
                                               "line)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption once(
        QStringLiteral("once"),
        Cli::tr("Push what is pending, pull what the other stations sent, then "
                "exit (0: all sent and applied)."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      Cli::tr("Seconds between passes when idle."),
                                      QStringLiteral("S"));
    const QCommandLineOption giveUp(QStringLiteral("give-up-after"),
                                    Cli::tr("With --once: stop retrying after S seconds "
                                            "(default 300)."),
                                    QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), Cli::tr("Records per batch (default 500)."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     Cli::tr("Request timeout in milliseconds."),
                                     QStringLiteral("MS"));
    const QCommandLineOption backoff(QStringLiteral("backoff-ms"),
                                     Cli::tr("First retry delay ceiling in milliseconds."),
                                     QStringLiteral("MS"));
    parser.addOptions({hq, token, tokenFile, once, interval, giveUp, batch, timeout, backoff});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Push the outbox to HQ. Runs until stopped, or with "
                                       "--once until nothing is left to send.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("sync run takes no arguments"));

    auto opened = Cli::openStore(parser, invocation, false);
    if (!opened)
        return Cli::fail(opened.error().message, Negative);
    std::unique_ptr<Database> database = std::move(opened).value();
    sync::SyncStateStore stateStore(*database);
    auto loaded = stateStore.settings();
    if (!loaded)
        return Cli::fail(loaded.error().message, Negative);
    sync::SyncSettings settings = *loaded;
    if (parser.isSet(hq))
        settings.hqUrl = QUrl(parser.value(hq));
    // The token: --token-file, else --token, else RC_HQ_TOKEN, else the stored one.
    if (parser.isSet(token) && parser.isSet(tokenFile))
        return Cli::usageError(Cli::tr("give --token or --token-file, not both"));
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly))
            return Cli::usageError(
                Cli::tr("cannot read the token file %1").arg(parser.value(tokenFile)));
        settings.token = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (settings.token.isEmpty())
            return Cli::usageError(
                Cli::tr("the token file %1 is empty").arg(parser.value(tokenFile)));
    } else if (parser.isSet(token)) {
        settings.token = parser.value(token);
    } else if (const QString fromEnvironment = qEnvironmentVariable("RC_HQ_TOKEN").trimmed();
               !fromEnvironment.isEmpty()) {
        settings.token = fromEnvironment;
    }
    qint64 n = 0;
    if (parser.isSet(interval)) {
        if (auto exit = Cli::numberOption(parser, interval, 1, 86400, &n))
            return *exit;
        settings.intervalSeconds = int(n);
    }
    if (!settings.hqUrl.isValid() || settings.hqUrl.scheme().isEmpty()
        || !settings.hqUrl.scheme().startsWith(QLatin1String("http")))
        return Cli::usageError(Cli::tr("give --hq http(s)://HOST[:PORT] (or set sync.hq_url)"));
    if (settings.token.isEmpty())
        return Cli::usageError(
            Cli::tr("give --token-file FILE or RC_HQ_TOKEN (or set sync.token)"));

    sync::SyncTuning tuning;
    if (parser.isSet(batch)) {
        if (auto exit = Cli::numberOption(parser, batch, 1, sync::WireLimits::maxRecords, &n))
            return *exit;
        tuning.maxRecords = int(n);
    }
    if (parser.isSet(timeout)) {
        if (auto exit = Cli::numberOption(parser, timeout, 100, 3600000, &n))
            return *exit;
        tuning.requestTimeoutMs = int(n);
    }
    if (parser.isSet(backoff)) {
        if (auto exit = Cli::numberOption(parser, backoff, 1, 3600000, &n))
            return *exit;
        tuning.backoffBaseMs = int(n);
    }
    qint64 giveUpSeconds = 300;
    if (auto exit = Cli::numberOption(parser, giveUp, 1, 86400 * 7, &giveUpSeconds))
        return *exit;

    SystemClock clock;
    sync::SyncEngine engine(database->path(), settings, clock, tuning);
    int exitCode = Success;
    QObject::connect(&engine, &sync::SyncEngine::fatalError, &engine, [&](const QString &message) {
        exitCode = Cli::fail(message, Negative);
        QCoreApplication::exit(0);
    });
    QObject::connect(&engine, &sync::SyncEngine::authFailed, &engine, [&](const QString &message) {
        exitCode = Cli::fail(message, Negative);
        QCoreApplication::exit(0);
    });
    // Anything this run could not deliver (refused to send, rejected by HQ, set aside) makes
    // it fail, so that a script sees it.
    QObject::connect(&engine, &sync::SyncEngine::refused, &engine, [&](const QString &message) {
        exitCode = Cli::fail(message, Negative);
        QCoreApplication::exit(0);
    });
    qint64 quarantinedBefore = 0;
    {
        sync::Outbox outbox(*database);
        auto count = outbox.quarantinedCount();
        if (!count)
            return Cli::fail(count.error().message, Negative);
        quarantinedBefore = *count;
    }
    // Pushing first, then pulling: after each push, the puller asks at once.
    sync::SyncPuller puller(database->path(), settings, clock);
    QObject::connect(&puller, &sync::SyncPuller::fatalError, &engine, [&](const QString &message) {
        exitCode = Cli::fail(message, Negative);
        QCoreApplication::exit(0);
    });
    QObject::connect(&puller, &sync::SyncPuller::authFailed, &engine, [&](const QString &message) {
        exitCode = Cli::fail(message, Negative);
        QCoreApplication::exit(0);
    });
    QObject::connect(&engine, &sync::SyncEngine::drained, &puller, &sync::SyncPuller::pullNow);
    QTimer deadline;
    if (parser.isSet(once)) {
        QObject::connect(&puller, &sync::SyncPuller::caughtUp, &engine,
                         [] { QCoreApplication::exit(0); });
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &engine, [&] {
            const QString error = engine.state().lastError.isEmpty() ? puller.lastError()
                                                                     : engine.state().lastError;
            exitCode = Cli::fail(Cli::tr("gave up: %1").arg(error), Negative);
            QCoreApplication::exit(0);
        });
        deadline.start(int(giveUpSeconds) * 1000);
    }
    QTimer::singleShot(0, &engine, &sync::SyncEngine::start);
    QCoreApplication::exec();
    puller.stop();
    engine.stop();
    const int statusCode = printStatus(*database);
    if (exitCode == Success && statusCode == Success) {
        sync::Outbox outbox(*database);
        auto quarantinedAfter = outbox.quarantinedCount();
        if (!quarantinedAfter)
            return Cli::fail(quarantinedAfter.error().message, Negative);
        if (*quarantinedAfter > quarantinedBefore)
            return Cli::fail(Cli::tr("%n record(s) refused by head office and set aside "
                                     "(repairctl sync quarantined lists them).",
                                     nullptr, int(*quarantinedAfter - quarantinedBefore)),
                             Negative);
    }
    return exitCode != Success ? exitCode : statusCode;
}

int runSyncStatus(const Invocation &invocation)
{
    QCommandLineParser parser;
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Print the sync state: pending, quarantined, last_success, "
                                       "last_error (JSON).")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("sync status takes no arguments"));
    auto database = Cli::openStore(parser, invocation, false);
    if (!database)
        return Cli::fail(database.error().message, Negative);
    return printStatus(**database);
}

int runSyncQuarantined(const Invocation &invocation)
{
    QCommandLineParser parser;
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("List quarantined outbox rows with their errors (one JSON "
                                       "object per line).")))
        return *exit;
    auto database = Cli::openStore(parser, invocation, false);
    if (!database)
        return Cli::fail(database.error().message, Negative);
    sync::Outbox outbox(**database);
    auto rows = outbox.quarantined(100000);
    if (!rows)
        return Cli::fail(rows.error().message, Negative);
    for (const sync::QuarantinedRecord &row : *rows) {
        Cli::printJson({{QStringLiteral("seq"), row.seq},
                        {QStringLiteral("kind"), row.kind},
                        {QStringLiteral("entity"), row.entity},
                        {QStringLiteral("id"), row.entityId},
                        {QStringLiteral("version"), row.version},
                        {QStringLiteral("attempts"), row.attempts},
                        {QStringLiteral("error"), row.lastError}});
    }
    return Success;
}

int runSyncRetry(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption seq(QStringLiteral("seq"),
                                 Cli::tr("Only this outbox row (default: all quarantined)."),
                                 QStringLiteral("SEQ"));
    parser.addOption(seq);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Put quarantined rows back in line for the next sync.")))
        return *exit;
    auto database = Cli::openStore(parser, invocation, false);
    if (!database)
        return Cli::fail(database.error().message, Negative);
    sync::Outbox outbox(**database);
    qint64 seqNumber = 0;
    if (auto exit
        = Cli::numberOption(parser, seq, 1, std::numeric_limits<qint64>::max(), &seqNumber))
        return *exit;
    const QString osUser = qEnvironmentVariable("USER");
    const Actor actor {{},
                       osUser.isEmpty() ? QStringLiteral("repairctl sync retry")
                                        : QStringLiteral("repairctl sync retry (%1)").arg(osUser)};
    if (Status status = outbox.release(seqNumber, actor); !status)
        return Cli::fail(status.error().message, Negative);
    return printStatus(**database);
}

} // namespace rc::cli
