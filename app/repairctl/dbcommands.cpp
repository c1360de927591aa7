#include "commands.h"

#include "common/clock.h"
#include "common/paths.h"
#include "store/auditchain.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
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

namespace rc::cli {

int runDbCheck(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"),
                                  Cli::tr("PRAGMA integrity_check instead of quick_check "
                                          "(slower, also checks index contents)."));
    parser.addOption(full);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Check the store for damage. Exit 1 when it is damaged.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("db check takes no arguments"));
    Database::Options options;
    options.createIfMissing = false;
    options.migrate = false;
    const QString option = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : invocation.databaseOption;
    auto store = Database::open(resolveDatabasePath(option), options);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    QSqlQuery query((*store)->connection());
    QStringList problems;
    const QString pragma = parser.isSet(full) ? QStringLiteral("PRAGMA integrity_check")
                                              : QStringLiteral("PRAGMA quick_check");
    if (!query.exec(pragma)) {
        problems.append(query.lastError().text());
    } else {
        while (query.next()) {
            if (query.value(0).toString() != QLatin1String("ok"))
                problems.append(query.value(0).toString());
        }
    }
    qint64 foreignKeyProblems = 0;
    if (problems.isEmpty()) {
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            problems.append(query.lastError().text());
        while (query.next())
            ++foreignKeyProblems;
        if (foreignKeyProblems > 0)
            problems.append(
                Cli::tr("%1 rows refer to records that do not exist").arg(foreignKeyProblems));
    }
    // The audit trail's hash chains (docs/audit.md): the first edit or gap of each table.
    QJsonObject chain;
    if (problems.isEmpty()) {
        auto report = auditchain::check(**store);
        if (!report) {
            problems.append(report.error().message);
        } else {
            chain.insert(QStringLiteral("chained"), report->chained);
            chain.insert(QStringLiteral("audit_entries"), report->auditEntries);
            chain.insert(QStringLiteral("ticket_events"), report->ticketEvents);
            QJsonArray found;
            for (const auditchain::ChainProblem &p : report->problems) {
                found.append(QJsonObject {{QStringLiteral("table"), p.table},
                                          {QStringLiteral("rid"), p.rid},
                                          {QStringLiteral("id"), p.id},
                                          {QStringLiteral("problem"), p.what}});
                problems.append(Cli::tr("audit chain broken in %1 at row %2 (id %3): %4")
                                    .arg(p.table)
                                    .arg(p.rid)
                                    .arg(p.id, p.what));
            }
            chain.insert(QStringLiteral("problems"), found);
        }
    }
    // The backups may live where the manager set them (backup.folder); on a damaged store
    // the setting may be unreadable, and the folder beside the store is looked in.
    if (QSqlQuery folder((*store)->connection());
        folder.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'backup.folder'"))
        && folder.next())
        Backup::setFolder((*store)->path(), folder.value(0).toString().trimmed());
    const QString latest = Backup::latest((*store)->path());
    Cli::printJson({{QStringLiteral("path"), (*store)->path()},
                    {QStringLiteral("ok"), problems.isEmpty()},
                    {QStringLiteral("check"), parser.isSet(full) ? QStringLiteral("integrity_check")
                                                                 : QStringLiteral("quick_check")},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(problems.mid(0, 20))},
                    {QStringLiteral("audit_chain"), chain},
                    {QStringLiteral("latest_backup"),
                     latest.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(latest)}});
    if (problems.isEmpty())
        return Success;
    return Cli::fail(
        Cli::tr("the store %1 is damaged: %2. %3")
            .arg((*store)->path(), problems.constFirst(),
                 latest.isEmpty()
                     ? Cli::tr("There is no automatic backup.")
                     : Cli::tr("The latest backup is %1 (repairctl db restore).").arg(latest)),
        Negative);
}

int runDbBackup(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Where to write the copy."));
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Write a checked copy of the store to FILE (which must not "
                                       "exist).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("db backup takes one FILE"));
    const QString target = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (QFileInfo::exists(target))
        return Cli::usageError(Cli::tr("%1 exists already").arg(target));
    auto store = Cli::openStore(parser, invocation, false);
    if (!store)
        return Cli::fail(store.error().message, Negative);
    if (Status s = Backup::writeTo(**store, target); !s)
        return Cli::fail(s.error().message, Negative);
    Cli::printJson({{QStringLiteral("backup"), target},
                    {QStringLiteral("size_bytes"), QFileInfo(target).size()},
                    {QStringLiteral("verified"), true}});
    return Success;
}

int runDbRestore(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"),
                                   Cli::tr("Replace an existing store (it is kept in the backup "
                                           "folder)."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The backup to restore."));
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Replace the store with a backup, after checking the "
                                       "backup. Refused while another program has the store "
                                       "open: close the counter first.")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("db restore takes one FILE"));
    const QString option = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : invocation.databaseOption;
    const QString storePath = resolveDatabasePath(option);
    const SystemClock clock;
    // No one signs in to restore (the store may be unreadable): the audit names the system
    // account that ran it.
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("LOGNAME");
    const Actor actor {QString(), Cli::tr("%1 (command line)").arg(account)};
    if (Status s = Backup::restore(parser.positionalArguments().constFirst(), storePath,
                                   parser.isSet(force), clock, actor);
        !s)
        return Cli::fail(s.error().message,
                         s.error().code == QLatin1String("EXISTS") ? UsageError : Negative);
    Cli::printJson({{QStringLiteral("restored"), storePath},
                    {QStringLiteral("from"),
                     QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath()}});
    return Success;
}

} // namespace rc::cli
