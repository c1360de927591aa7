#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace rc {
class Database;
}

namespace rc::cli {

// Exit status, as every command reports it.
enum ExitCode : int {
    Success = 0, // did what was asked; the answer is positive
    Negative = 1, // a negative answer: invalid, not found, check failed
    UsageError = 2, // wrong usage or unreadable input; one line on stderr says what
};

// What a command receives: its own arguments (after the command words) and the global
// options already resolved.
struct Invocation
{
    QString commandWords; // "imei check"
    QStringList arguments; // the command's own arguments, without the command words
    QString databaseOption; // --db as given (empty: default store)
};

using Handler = int (*)(const Invocation &);

struct Command
{
    QString words; // "imei check"
    QString summary; // one line for `repairctl --help`
    Handler run;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Prints "repairctl: MESSAGE" on stderr and returns UsageError.
    static int usageError(const QString &message);
    // Prints "repairctl: MESSAGE" on stderr and returns the given code.
    static int fail(const QString &message, int exitCode);
    // Parses a command's options. Returns an exit code if the command should stop
    // (help was asked for, or the options are wrong), nothing if it should go on.
    // --db and --help are added here, so every command accepts them.
    static std::optional<int> parse(QCommandLineParser &parser, const Invocation &invocation,
                                    const QString &description);
    // Opens the store named by --db / REPAIR_COUNTER_DB / the default location.
    static Result<std::unique_ptr<Database>>
    openStore(const QCommandLineParser &parser, const Invocation &invocation, bool createIfMissing);
    // Writes one compact JSON object and a newline to stdout.
    static void printJson(const QJsonObject &object);
    static void printLine(const QString &line);
};

} // namespace rc::cli
