#include "cli.h"

#include "common/paths.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace rc::cli {

namespace {

void writeOut(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
}

} // namespace

int Cli::usageError(const QString &message)
{
    return fail(message, UsageError);
}

int Cli::fail(const QString &message, int exitCode)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    writeOut(stderr, QStringLiteral("repairctl: %1\n").arg(line).toUtf8());
    std::fflush(stderr);
    return exitCode;
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const Invocation &invocation,
                              const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        tr("The store (SQLite file). Default: $REPAIR_COUNTER_DB, else the application data "
           "folder."),
        QStringLiteral("PATH")));

    QStringList arguments {QStringLiteral("repairctl %1").arg(invocation.commandWords)};
    arguments += invocation.arguments;
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(stdout, parser.helpText().toUtf8());
        return Success;
    }
    return std::nullopt;
}

Result<std::unique_ptr<Database>> Cli::openStore(const QCommandLineParser &parser,
                                                 const Invocation &invocation, bool createIfMissing)
{
    const QString option = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : invocation.databaseOption;
    Database::Options options;
    options.createIfMissing = createIfMissing;
    return Database::open(resolveDatabasePath(option), options);
}

void Cli::printJson(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    writeOut(stdout, bytes);
}

void Cli::printLine(const QString &line)
{
    writeOut(stdout, (line + QLatin1Char('\n')).toUtf8());
}

} // namespace rc::cli
