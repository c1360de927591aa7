#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

class QCommandLineOption;

namespace rc {
class Database;
struct User;
} // namespace rc

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

    // A whole number in [min, max], or nothing (with *problem set) for anything else: letters,
    // a fraction, an overflow. The one check every numeric option goes through.
    static std::optional<qint64> parseNumber(const QString &text, qint64 min, qint64 max,
                                             QString *problem);
    // The value of a numeric option (its default when not given) into *out; an exit code
    // (usage error naming the option and the range) when it is not a number in range.
    static std::optional<int> numberOption(const QCommandLineParser &parser,
                                           const QCommandLineOption &option, qint64 min, qint64 max,
                                           qint64 *out);

    // The acting user of a writing command: --user NAME (or $REPAIRCTL_USER), signed in with
    // $REPAIRCTL_PIN or a PIN asked on the terminal. Adds --user to the parser.
    static void addUserOption(QCommandLineParser &parser);
    // Signs the user in (a wrong PIN counts towards the lock, as at the counter). Returns an
    // exit code when it cannot: usage (no user, no PIN and no terminal) or negative (wrong
    // PIN, locked, disabled, unknown).
    static std::optional<int> signIn(const QCommandLineParser &parser, Database &db, User *user);
    // One line from standard input without its line end (a PIN for setup and user add);
    // echo is off while a terminal types it.
    static std::optional<QString> readSecretLine(const QString &prompt);
    // A core refusal: "repairctl: CODE: message" on stderr, exit 1.
    static int refused(const Error &error);
};

} // namespace rc::cli
