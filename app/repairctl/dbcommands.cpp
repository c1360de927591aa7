#include "commands.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace rc::cli {

int runDbInfo(const Invocation &invocation)
{
    QCommandLineParser parser;
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Print the store's path, schema version and size.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("db info takes no arguments"));

    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);

    QString sqliteVersion;
    QSqlQuery query((*store)->connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        sqliteVersion = query.value(0).toString();

    Cli::printJson({
        {QStringLiteral("path"), (*store)->path()},
        {QStringLiteral("schema_version"), (*store)->schemaVersion()},
        {QStringLiteral("size_bytes"), QFileInfo((*store)->path()).size()},
        {QStringLiteral("sqlite_version"), sqliteVersion},
    });
    return Success;
}

} // namespace rc::cli
