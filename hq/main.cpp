// repair-hq: the reference head-office ingest service for Repair Counter's sync protocol
// (docs/sync-protocol.md).
//
//   repair-hq [--db SPEC] token add CENTER          prints a new token for CENTER
//   repair-hq [--db SPEC] token list                one JSON object per token (no secrets)
//   repair-hq [--db SPEC] token revoke ID|TOKEN     refuses the token from then on
//   repair-hq [--db SPEC] --listen 127.0.0.1:PORT   serves until stopped
//
// SPEC is sqlite:PATH (default sqlite:repair-hq.sqlite) or postgres://USER:PASS@HOST:PORT/DB.
// Qt HttpServer is a technical preview in Qt 6.4: keep repair-hq on loopback, or behind a
// reverse proxy that terminates TLS and limits request sizes.
#include "hqserver.h"
#include "hqstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <csignal>
#include <cstdio>
#include <utility>

namespace {

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

QString tokenJson(const rc::hq::HqStore::TokenInfo &token)
{
    const QJsonObject o {
        {QStringLiteral("id"), token.id},
        {QStringLiteral("center"), token.center},
        {QStringLiteral("created_at"), token.createdAt},
        {QStringLiteral("revoked_at"),
         token.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(token.revokedAt)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

extern "C" void onTerminate(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("repair-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference HQ for Repair Counter sync.\n"
        "  repair-hq [--db SPEC] token add CENTER\n"
        "  repair-hq [--db SPEC] token list\n"
        "  repair-hq [--db SPEC] token revoke ID|TOKEN\n"
        "  repair-hq [--db SPEC] --listen 127.0.0.1:PORT\n"
        "Qt HttpServer in Qt 6.4 is a technical preview: serve on loopback, or behind a "
        "reverse proxy that terminates TLS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("sqlite:PATH (default sqlite:repair-hq.sqlite) or "
                       "postgres://USER:PASS@HOST:PORT/DB[?host=/socket/dir]"),
        QStringLiteral("SPEC"), QStringLiteral("sqlite:repair-hq.sqlite"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), QStringLiteral("Serve on ADDRESS:PORT (port 0: any free port)."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body"),
                                           QStringLiteral("Largest request body in bytes."),
                                           QStringLiteral("BYTES"));
    parser.addOption(dbOption);
    parser.addOption(listenOption);
    parser.addOption(maxBodyOption);
    parser.process(app);

    auto store = rc::hq::HqStore::open(parser.value(dbOption));
    if (!store)
        return fail(store.error().message, 1);

    const QStringList words = parser.positionalArguments();
    if (words.size() == 3 && words.at(0) == QLatin1String("token")
        && words.at(1) == QLatin1String("add")) {
        auto token = (*store)->addToken(words.at(2));
        if (!token)
            return fail(token.error().message,
                        token.error().code == QLatin1String("BAD_CENTER") ? 2 : 1);
        print(*token);
        return 0;
    }
    if (words.size() == 2 && words.at(0) == QLatin1String("token")
        && words.at(1) == QLatin1String("list")) {
        auto tokens = (*store)->tokens();
        if (!tokens)
            return fail(tokens.error().message, 1);
        for (const auto &token : std::as_const(*tokens))
            print(tokenJson(token));
        return 0;
    }
    if (words.size() == 3 && words.at(0) == QLatin1String("token")
        && words.at(1) == QLatin1String("revoke")) {
        auto revoked = (*store)->revokeToken(words.at(2));
        if (!revoked)
            return fail(revoked.error().message,
                        revoked.error().code == QLatin1String("BAD_TOKEN_ID") ? 2 : 1);
        print(tokenJson(*revoked));
        return 0;
    }
    if (!words.isEmpty())
        return fail(QStringLiteral("unknown command %1 (see --help)").arg(words.join(u' ')));
    if (!parser.isSet(listenOption))
        return fail(QStringLiteral("nothing to do: give --listen ADDRESS:PORT or a command"));

    const QString listen = parser.value(listenOption);
    const int colon = static_cast<int>(listen.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8420"));
    if (!address.isLoopback())
        std::fprintf(stderr,
                     "repair-hq: warning: serving on %s; Qt HttpServer 6.4 is a "
                     "technical preview, put a TLS reverse proxy in front of it\n",
                     qUtf8Printable(address.toString()));

    rc::hq::ServerOptions options;
    if (parser.isSet(maxBodyOption))
        options.maxBodyBytes = parser.value(maxBodyOption).toLongLong();
    const QString faultText = qEnvironmentVariable("REPAIR_HQ_FAULTS");
    if (!faultText.isEmpty()) {
        auto faults = rc::hq::Faults::parse(faultText);
        if (!faults)
            return fail(faults.error().message);
        options.faults = *faults;
        std::fprintf(stderr, "repair-hq: TESTING ONLY: staging faults %s\n",
                     qUtf8Printable(faultText));
    }

    rc::hq::HqServer server(**store, options);
    // REPAIR_HQ_QUICKACK=0 (benchmarks only) shows what the delayed ACKs cost.
    auto *tcp = new rc::hq::QuickAckServer(
        qEnvironmentVariable("REPAIR_HQ_QUICKACK") != QLatin1String("0"), &server);
    if (!tcp->listen(address, static_cast<quint16>(port)))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listen, tcp->errorString()), 1);
    server.bind(tcp);
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    print(QStringLiteral("repair-hq listening on http://%1:%2 (%3)")
              .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                       ? QStringLiteral("[%1]").arg(address.toString())
                       : address.toString())
              .arg(tcp->serverPort())
              .arg((*store)->isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite")));
    return app.exec();
}
