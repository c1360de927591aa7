#include "cli.h"

#include "common/clock.h"
#include "common/paths.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

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

std::optional<qint64> Cli::parseNumber(const QString &text, qint64 min, qint64 max,
                                       QString *problem)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        *problem = tr("a whole number from %1 to %2 is needed, not \"%3\"")
                       .arg(min)
                       .arg(max)
                       .arg(text.left(40));
        return std::nullopt;
    }
    return n;
}

std::optional<int> Cli::numberOption(const QCommandLineParser &parser,
                                     const QCommandLineOption &option, qint64 min, qint64 max,
                                     qint64 *out)
{
    const QString text = parser.value(option);
    if (text.isEmpty() && !parser.isSet(option))
        return std::nullopt; // not given and no default: *out keeps its value
    QString problem;
    const auto n = parseNumber(text, min, max, &problem);
    if (!n)
        return usageError(QStringLiteral("--%1: %2").arg(option.names().constFirst(), problem));
    *out = *n;
    return std::nullopt;
}

void Cli::addUserOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("user"),
        tr("Who does it (default: $REPAIRCTL_USER). The PIN comes from $REPAIRCTL_PIN, else it "
           "is asked on the terminal."),
        QStringLiteral("NAME")));
}

namespace {

// Straight to the file descriptor: the terminal's FILE is also read from, and stdio does not
// allow reading and writing one stream without repositioning it in between.
void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fflush(stream);
    const ssize_t written = ::write(fileno(stream), bytes.constData(), size_t(bytes.size()));
    Q_UNUSED(written); // a prompt that cannot be shown changes nothing
}

// Reads one line from `stream`; when it is a terminal, echo is turned off first and the prompt
// then written to `promptTo`, so nothing typed after the prompt shows.
std::optional<QString> readLineQuietly(FILE *stream, FILE *promptTo, const QString &prompt)
{
    const int fd = fileno(stream);
    const bool terminal = isatty(fd);
    termios saved {};
    bool quietened = false;
    if (terminal) {
        if (tcgetattr(fd, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quietened = tcsetattr(fd, TCSANOW, &quiet) == 0; // keeps what was typed ahead
        }
        writeTo(promptTo, prompt.toUtf8());
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF && c != '\n')
        line.append(char(c));
    if (terminal) {
        if (quietened)
            tcsetattr(fd, TCSANOW, &saved);
        writeTo(promptTo, "\n");
    }
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    while (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

std::optional<QString> Cli::readSecretLine(const QString &prompt)
{
    return readLineQuietly(stdin, stderr, prompt);
}

std::optional<int> Cli::signIn(const QCommandLineParser &parser, Database &db, User *user)
{
    QString name = parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        name = qEnvironmentVariable("REPAIRCTL_USER");
    if (name.trimmed().isEmpty())
        return usageError(tr("this command changes the store: say who does it with --user NAME "
                             "(or REPAIRCTL_USER)"));
    QString pin = qEnvironmentVariable("REPAIRCTL_PIN");
    if (!qEnvironmentVariableIsSet("REPAIRCTL_PIN")) {
        // Asked on the terminal itself, so that standard input stays free for data.
        FILE *tty = std::fopen("/dev/tty", "r+");
        if (!tty)
            return usageError(tr("no PIN for %1: set REPAIRCTL_PIN, or run on a terminal to be "
                                 "asked")
                                  .arg(name));
        auto typed = readLineQuietly(tty, tty, tr("PIN for %1: ").arg(name));
        std::fclose(tty);
        if (!typed)
            return usageError(tr("no PIN for %1").arg(name));
        pin = *typed;
    }
    const SystemClock clock;
    auto signedIn = UserRepository(db, clock).authenticate(name.trimmed(), pin);
    if (!signedIn)
        return refused(signedIn.error());
    *user = *signedIn;
    if (signedIn->pinBelowMinimum)
        std::fprintf(
            stderr, "%s\n",
            qPrintable(signedIn->role == Role::Manager
                           ? tr("note: the PIN of %1 is shorter than a manager's PIN now has to "
                                "be (at least %2 digits); change it with `repairctl user set-pin "
                                "%1`.")
                                 .arg(signedIn->username)
                                 .arg(UserRepository::kMinManagerPinLength)
                           : tr("note: the PIN of %1 is shorter than the center now asks for "
                                "(security.min_pin_length); change it with `repairctl user "
                                "set-pin %1`.")
                                 .arg(signedIn->username)));
    return std::nullopt;
}

int Cli::refused(const Error &error)
{
    return fail(error.code.isEmpty() ? error.message
                                     : QStringLiteral("%1: %2").arg(error.code, error.message),
                Negative);
}

} // namespace rc::cli
