// repair-hq: the reference head office for Repair Counter's sync protocol
// (docs/sync-protocol.md). A composition root: settings, the database, the server.
//
//   repair-hq [--config FILE] token add CENTER... | token add --admin
//   repair-hq [--config FILE] token add CENTER --station CODE
//   repair-hq [--config FILE] token list
//   repair-hq [--config FILE] token revoke ID | token revoke --token-file FILE
//   repair-hq [--config FILE] migrate
//   repair-hq [--config FILE] --listen 127.0.0.1:PORT
//   repair-hq [--config FILE] --listen ADDRESS:PORT --upstream URL --upstream-token-file FILE
//     (a hub: docs/sync-protocol.md, "Hub")
//   repair-hq [--config FILE] upstream status
//
// The database comes from --db, REPAIR_HQ_DB or the config file's `db`, so a password never
// has to be on a command line (or leave it out of the URL: libpq reads ~/.pgpass).
#include "config.h"
#include "http/httpserver.h"
#include "service/eventlog.h"
#include "service/faulthook.h"
#include "service/hqservice.h"
#include "service/maintenance.h"
#include "service/metrics.h"
#include "service/tokendirectory.h"
#include "service/upstream.h"
#include "service/workerpool.h"
#include "store/hqstore.h"
#ifdef RC_HQ_FAULTS
#include "service/faults.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <utility>

using namespace rc;
using namespace rc::hq;

namespace {

http::Server *g_server = nullptr;

extern "C" void onTerminate(int)
{
    if (g_server)
        g_server->stop(); // an atomic store and a write(2): safe in a signal handler
}

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "repair-hq: %s\n", qUtf8Printable(message));
    return code;
}

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString tokenJson(const TokenInfo &token)
{
    const QJsonObject o {
        {QStringLiteral("id"), token.id},
        {QStringLiteral("center"), token.admin ? QJsonValue() : QJsonValue(token.center)},
        {QStringLiteral("station"),
         token.station.isEmpty() ? QJsonValue() : QJsonValue(token.station)},
        {QStringLiteral("admin"), token.admin},
        {QStringLiteral("created_at"), token.createdAt},
        {QStringLiteral("revoked_at"),
         token.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(token.revokedAt)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Exit status of a failed store call: 1 for the database, 2 for what the user typed.
int storeFailure(const Error &error)
{
    const bool usage = error.code == QLatin1String("BAD_CENTER")
                       || error.code == QLatin1String("BAD_TOKEN_ID")
                       || error.code == QLatin1String("BAD_STATION")
                       || error.code == QLatin1String("STATION_TOKEN_EXISTS");
    return fail(error.message, usage ? 2 : 1);
}

int serve(const Config &config, const StoreOptions &storeOptions, bool postgres);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("repair-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Head office for Repair Counter sync (docs/sync-protocol.md).\n"
            "  repair-hq [--config FILE] token add CENTER... | token add --admin\n"
            "  repair-hq [--config FILE] token add CENTER --station CODE\n"
            "  repair-hq [--config FILE] token list\n"
            "  repair-hq [--config FILE] token revoke ID | token revoke --token-file FILE\n"
            "  repair-hq [--config FILE] migrate\n"
            "  repair-hq [--config FILE] --listen 127.0.0.1:PORT\n"
            "  repair-hq [--config FILE] --listen ADDRESS:PORT --upstream URL "
            "--upstream-token-file FILE   (a hub)\n"
            "  repair-hq [--config FILE] upstream status\n"
            "Settings (config file `name = value`, or -o name=value): %1.\n"
            "The database: --db, else REPAIR_HQ_DB, else the config file's db.")
            .arg(Config::names().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Read settings from FILE (default: $REPAIR_HQ_CONFIG, if set)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("sqlite:PATH (default sqlite:repair-hq.sqlite) or "
                       "postgres://USER@HOST:PORT/DB[?host=/socket/dir]. A password here is "
                       "visible to every user of the machine: use --config or REPAIR_HQ_DB."),
        QStringLiteral("SPEC"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Serve on ADDRESS:PORT (port 0: any free port). Only loopback unless "
                       "--allow-remote."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption remoteOption(
        QStringLiteral("allow-remote"),
        QStringLiteral("Allow a non-loopback --listen address (put a TLS proxy in front: "
                       "docs/deploy/nginx-repair-hq.conf)."));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Database workers (connections)."),
                                           QStringLiteral("N"));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body"),
                                           QStringLiteral("Largest request body, bytes (K/M)."),
                                           QStringLiteral("BYTES"));
    const QCommandLineOption accessLogOption(
        QStringLiteral("access-log"),
        QStringLiteral("Where a JSON line per request goes: FILE, - (stderr) or off."),
        QStringLiteral("FILE"));
    const QCommandLineOption setOption(QStringList {QStringLiteral("o"), QStringLiteral("set")},
                                       QStringLiteral("Any setting, e.g. -o queue-limit=512."),
                                       QStringLiteral("NAME=VALUE"));
    const QCommandLineOption adminOption(QStringLiteral("admin"),
                                         QStringLiteral("token add: an admin token (all "
                                                        "centers' statistics, /metrics)."));
    const QCommandLineOption stationOption(
        QStringLiteral("station"),
        QStringLiteral("token add: a token of one station of the center (one valid per station)."),
        QStringLiteral("CODE"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QStringLiteral("token revoke: read the whole token from FILE (- for standard input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption upstreamOption(
        QStringLiteral("upstream"),
        QStringLiteral("Run as a hub: forward this server's records to the HQ at URL and pull "
                       "the center's records from it (https://, or http:// to loopback or a "
                       "private address)."),
        QStringLiteral("URL"));
    const QCommandLineOption upstreamTokenOption(
        QStringLiteral("upstream-token"),
        QStringLiteral("The center's token at the upstream HQ. Visible to every user of the "
                       "machine: prefer --upstream-token-file or REPAIR_HQ_UPSTREAM_TOKEN."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption upstreamTokenFileOption(
        QStringLiteral("upstream-token-file"), QStringLiteral("Read the upstream token from FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption upstreamCaFileOption(
        QStringLiteral("upstream-ca-file"),
        QStringLiteral("Trust the PEM certificates in FILE (a private HQ's CA) for an https:// "
                       "upstream, beside the system's."),
        QStringLiteral("FILE"));
    parser.addOptions({configOption, dbOption, listenOption, remoteOption, workersOption,
                       maxBodyOption, accessLogOption, setOption, adminOption, stationOption,
                       tokenFileOption, upstreamOption, upstreamTokenOption,
                       upstreamTokenFileOption, upstreamCaFileOption});
    parser.process(app);

    Config config;
    QStringList warnings;
    const QString configPath = parser.isSet(configOption)
                                   ? parser.value(configOption)
                                   : qEnvironmentVariable("REPAIR_HQ_CONFIG");
    if (!configPath.isEmpty()) {
        if (Status status = config.loadFile(configPath, &warnings); !status)
            return fail(status.error().message);
    }
    if (const QString db = qEnvironmentVariable("REPAIR_HQ_DB"); !db.isEmpty())
        (void)config.set(QStringLiteral("db"), db, QStringLiteral("REPAIR_HQ_DB"));
    if (const QString token = qEnvironmentVariable("REPAIR_HQ_UPSTREAM_TOKEN"); !token.isEmpty())
        (void)config.set(QStringLiteral("upstream-token"), token,
                         QStringLiteral("REPAIR_HQ_UPSTREAM_TOKEN"));
    const std::pair<const QCommandLineOption *, const char *> direct[] = {
        {&dbOption, "db"},
        {&listenOption, "listen"},
        {&workersOption, "workers"},
        {&maxBodyOption, "max-body"},
        {&accessLogOption, "access-log"},
        {&upstreamOption, "upstream"},
        {&upstreamTokenOption, "upstream-token"},
        {&upstreamTokenFileOption, "upstream-token-file"},
        {&upstreamCaFileOption, "upstream-ca-file"},
    };
    for (const auto &[option, name] : direct) {
        if (parser.isSet(*option)) {
            if (Status status = config.set(QString::fromLatin1(name), parser.value(*option),
                                           QStringLiteral("command line"));
                !status)
                return fail(status.error().message);
        }
    }
    if (parser.isSet(remoteOption))
        config.allowRemote = true;
    const QStringList assignments = parser.values(setOption);
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return fail(QStringLiteral("-o needs NAME=VALUE, not %1").arg(assignment));
        if (Status status = config.set(assignment.left(equals), assignment.mid(equals + 1),
                                       QStringLiteral("command line"));
            !status)
            return fail(status.error().message);
    }

    auto spec = parseDatabaseSpec(config.db);
    if (!spec)
        return fail(spec.error().message);
    if (parser.isSet(dbOption) && !spec->password.isEmpty())
        warnings.append(QStringLiteral("the database password on the command line is visible to "
                                       "every user of this machine; use --config FILE (mode "
                                       "600), REPAIR_HQ_DB, or ~/.pgpass"));
    if (parser.isSet(upstreamTokenOption))
        warnings.append(QStringLiteral("the upstream token on the command line is visible to "
                                       "every user of this machine; use --upstream-token-file "
                                       "or REPAIR_HQ_UPSTREAM_TOKEN"));
    for (const QString &warning : std::as_const(warnings))
        std::fprintf(stderr, "repair-hq: warning: %s\n", qUtf8Printable(warning));

    StoreOptions storeOptions;
    storeOptions.partitions = config.partitions;
    storeOptions.statementTimeoutMs = static_cast<int>(config.statementTimeout * 1000);

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        if (config.listen.isEmpty())
            return fail(QStringLiteral("nothing to do: give --listen ADDRESS:PORT or a command "
                                       "(see --help)"));
        return serve(config, storeOptions, spec->postgres);
    }

    // Commands: one session, the schema brought up to date first.
    auto opened = openSession(config.db, storeOptions);
    if (!opened)
        return fail(opened.error().message);
    StoreSession &session = **opened;
    if (Status status = session.connect(); !status)
        return fail(QStringLiteral("cannot open HQ's database %1: %2")
                        .arg(spec->redacted, status.error().message),
                    1);
    if (Status status = session.migrate(storeOptions); !status)
        return fail(status.error().message, 1);

    const QString command = words.join(u' ');
    if (words.size() == 1 && words.at(0) == QLatin1String("migrate")) {
        auto version = session.schemaVersion();
        if (!version)
            return storeFailure(version.error());
        print(QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("schema_version"), *version}})
                .toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (words.value(0) == QLatin1String("token") && words.value(1) == QLatin1String("add")) {
        const bool admin = parser.isSet(adminOption);
        if (parser.isSet(stationOption)) {
            if (admin || words.size() != 3)
                return fail(QStringLiteral("token add --station needs exactly one CENTER"));
            auto token = session.addStationToken(words.at(2), parser.value(stationOption));
            if (!token)
                return storeFailure(token.error());
            print(*token);
            return 0;
        }
        if ((admin && words.size() != 2) || (!admin && words.size() < 3))
            return fail(QStringLiteral("token add needs one or more CENTERs, or --admin alone"));
        // Several centers at once: one token per line, in the order given.
        auto tokens = session.addTokens(admin ? QStringList {QString()} : words.mid(2));
        if (!tokens)
            return storeFailure(tokens.error());
        for (const QString &token : std::as_const(*tokens))
            print(token);
        return 0;
    }
    if (words.size() == 2 && words.at(0) == QLatin1String("token")
        && words.at(1) == QLatin1String("list")) {
        auto tokens = session.tokens();
        if (!tokens)
            return storeFailure(tokens.error());
        for (const TokenInfo &token : std::as_const(*tokens))
            print(tokenJson(token));
        return 0;
    }
    if (words.value(0) == QLatin1String("token") && words.value(1) == QLatin1String("revoke")) {
        QString which;
        if (parser.isSet(tokenFileOption) && words.size() == 2) {
            const QString path = parser.value(tokenFileOption);
            QFile file;
            const bool opened = path == QLatin1String("-")
                                    ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!opened)
                return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            which = QString::fromUtf8(file.read(4096)).trimmed();
        } else if (!parser.isSet(tokenFileOption) && words.size() == 3) {
            which = words.at(2);
        } else {
            return fail(QStringLiteral("token revoke needs an ID, or --token-file FILE"));
        }
        auto revoked = session.revokeToken(which);
        if (!revoked)
            return storeFailure(revoked.error());
        print(tokenJson(*revoked));
        return 0;
    }
    if (words.size() == 2 && words.at(0) == QLatin1String("upstream")
        && words.at(1) == QLatin1String("status")) {
        auto status = Upstream::statusJson(session);
        if (!status)
            return storeFailure(status.error());
        print(QString::fromUtf8(*status));
        return 0;
    }
    return fail(QStringLiteral("unknown command %1 (see --help)").arg(command));
}

namespace {

int serve(const Config &config, const StoreOptions &storeOptions, bool postgres)
{
    const QString listen = config.listen;
    const qsizetype colon = listen.lastIndexOf(u':');
    auto port = parseInteger(listen.mid(colon + 1), 0, 65535);
    const QHostAddress address(listen.left(colon).remove(u'[').remove(u']'));
    if (colon < 0 || !port || address.isNull())
        return fail(QStringLiteral("--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8420"));
    if (!address.isLoopback()) {
        if (!config.allowRemote)
            return fail(
                QStringLiteral(
                    "refusing to serve on %1, which is not a loopback address: put "
                    "repair-hq behind "
                    "a TLS reverse proxy (docs/deploy/nginx-repair-hq.conf) on 127.0.0.1, or say "
                    "--allow-remote (allow-remote = true) if something else protects it")
                    .arg(address.toString()));
        std::fprintf(stderr, "repair-hq: warning: serving plain HTTP on %s (allow-remote)\n",
                     qUtf8Printable(address.toString()));
    }

    Upstream::Options upstreamOptions;
    if (!config.upstream.isEmpty()) {
        upstreamOptions.url = QUrl(config.upstream);
        if (const QString problem = Upstream::urlProblem(upstreamOptions.url); !problem.isEmpty())
            return fail(QStringLiteral("--upstream %1: %2").arg(config.upstream, problem));
        QString token = config.upstreamToken;
        if (!config.upstreamTokenFile.isEmpty()) {
            QFile file(config.upstreamTokenFile);
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1: %2")
                                .arg(config.upstreamTokenFile, file.errorString()));
            token = QString::fromUtf8(file.read(4096)).trimmed();
        }
        if (token.isEmpty())
            return fail(QStringLiteral("--upstream needs the center's token at HQ: "
                                       "--upstream-token-file FILE, REPAIR_HQ_UPSTREAM_TOKEN or "
                                       "upstream-token in the config file"));
        upstreamOptions.token = token.toUtf8();
        upstreamOptions.intervalMs = static_cast<int>(config.upstreamInterval * 1000);
        upstreamOptions.retryMaxMs = static_cast<int>(config.upstreamRetryMax * 1000);
        if (!config.upstreamCaFile.isEmpty()) {
            auto certificates = Upstream::caCertificates(config.upstreamCaFile);
            if (!certificates)
                return fail(QStringLiteral("--upstream-ca-file %1: %2")
                                .arg(config.upstreamCaFile, certificates.error().message));
            upstreamOptions.caCertificates = *certificates;
        }
    } else if (!config.upstreamToken.isEmpty() || !config.upstreamTokenFile.isEmpty()
               || !config.upstreamCaFile.isEmpty()) {
        return fail(QStringLiteral("an upstream token or CA file without --upstream URL"));
    }

    auto log = EventLog::open(config.accessLog);
    if (!log)
        return fail(log.error().message);

    std::unique_ptr<FaultHook> faults;
    const QString faultText = qEnvironmentVariable("REPAIR_HQ_FAULTS");
#ifdef RC_HQ_FAULTS
    if (!faultText.isEmpty()) {
        auto staged = StagedFaults::parse(faultText);
        if (!staged)
            return fail(staged.error().message);
        faults = std::move(staged).value();
        std::fprintf(stderr, "repair-hq: TESTING ONLY: staging faults %s\n",
                     qUtf8Printable(faultText));
    }
#else
    if (!faultText.isEmpty())
        std::fprintf(stderr, "repair-hq: warning: REPAIR_HQ_FAULTS is ignored: this build cannot "
                             "stage faults (the tests use repair-hq-faults)\n");
#endif

    const QString db = config.db;
    auto factory = [db, storeOptions]() -> std::unique_ptr<StoreSession> {
        auto session = openSession(db, storeOptions);
        return session ? std::move(session).value() : nullptr;
    };
    TokenDirectory tokens;
    Maintenance::Options maintenanceOptions;
    maintenanceOptions.retentionSeconds = qint64(config.batchRetentionDays) * 86400;
    maintenanceOptions.store = storeOptions;
    Maintenance maintenance(factory(), tokens, **log, maintenanceOptions);
    // The schema and the tokens before the first request, when the database answers; when
    // it does not, repair-hq serves anyway (503 until it does) and keeps trying.
    maintenance.runOnce();

    WorkerPool::Limits poolLimits;
    poolLimits.workers = config.workers > 0 ? config.workers : postgres ? 8 : 3;
    poolLimits.queueLimit = config.queueLimit;
    poolLimits.keyLimit = config.centerQueueLimit;
    poolLimits.memoryBudget = config.bodyBudget;
    WorkerPool pool(poolLimits, factory);

    Metrics metrics;
    HqService::Options serviceOptions;
    serviceOptions.maxBodyBytes = config.maxBody;
    serviceOptions.tokenRequestsPerSecond = config.tokenRate;
    serviceOptions.tokenBurst = config.tokenBurst;
    serviceOptions.centerBytesPerSecond = config.centerByteRate;
    serviceOptions.centerBytesBurst = config.centerByteBurst;
    std::unique_ptr<Upstream> upstream;
    HqService service({tokens, pool, maintenance, metrics, **log, faults.get()}, serviceOptions);
    if (!upstreamOptions.url.isEmpty()) {
        upstream = std::make_unique<Upstream>(
            upstreamOptions, factory, **log,
            [&service](const QString &center) { service.notifyFeed(center); });
        service.setUpstream(upstream.get());
    }

    http::ServerLimits limits;
    limits.maxConnections = config.maxConnections;
    limits.listenBacklog = config.listenBacklog;
    // A body somewhat over the limit is read and dropped, so its sender reads the 413; one
    // far over it (or one without a token) is answered at once and the connection closed.
    limits.discardBodyBytes = 4 * config.maxBody;
    limits.lingerBytes = config.maxBody;
    limits.idleTimeoutMs = static_cast<int>(config.idleTimeout * 1000);
    limits.headTimeoutMs = static_cast<int>(config.headTimeout * 1000);
    limits.firstByteTimeoutMs = limits.headTimeoutMs;
    limits.bodyTimeoutMs = static_cast<int>(config.bodyTimeout * 1000);
    limits.writeTimeoutMs = static_cast<int>(config.writeTimeout * 1000);
    // REPAIR_HQ_QUICKACK=0 (benchmarks only) shows what the delayed ACKs cost.
    limits.quickAck = qEnvironmentVariable("REPAIR_HQ_QUICKACK") != QLatin1String("0");
    http::Server server(service, limits);
    service.setServer(&server);
    QString error;
    if (!server.listen(address, static_cast<quint16>(*port), &error))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listen, error), 1);

    pool.start();
    maintenance.start();
    if (upstream)
        upstream->start();
    g_server = &server;
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    std::signal(SIGPIPE, SIG_IGN);
    print(QStringLiteral("repair-hq listening on http://%1:%2 (%3)")
              .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                       ? QStringLiteral("[%1]").arg(address.toString())
                       : address.toString())
              .arg(server.port())
              .arg(postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite")));
    (*log)->event("started",
                  {{QStringLiteral("port"), server.port()},
                   {QStringLiteral("workers"), poolLimits.workers},
                   {QStringLiteral("max_connections"), server.limits().maxConnections},
                   {QStringLiteral("database"), parseDatabaseSpec(db).value().redacted}});
    server.run();
    g_server = nullptr;
    if (upstream)
        upstream->stop();
    service.stopFeed();
    pool.stop();
    maintenance.stop();
    (*log)->event("stopped", {});
    return 0;
}

} // namespace
