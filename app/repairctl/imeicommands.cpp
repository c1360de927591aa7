#include "commands.h"

#include "identifiers/deviceid.h"
#include "identifiers/tacdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace rc::cli {

int runImeiCheck(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 Cli::tr("IMEI, IMEISV, MEID or ESN as scanned or typed."),
                                 QStringLiteral("[INPUT…]"));
    const QCommandLineOption stdinOption(QStringLiteral("stdin"),
                                         Cli::tr("Read one input per line from standard input."));
    parser.addOption(stdinOption);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Check device identifiers: one JSON object per input. "
                                       "Exit 0 if all are valid, 1 if any is not.")))
        return *exit;

    QStringList inputs = parser.positionalArguments();
    if (parser.isSet(stdinOption)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Cli::usageError(Cli::tr("cannot read standard input"));
        while (!in.atEnd()) {
            QString line = QString::fromUtf8(in.readLine());
            while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                inputs.append(line);
        }
    }
    if (inputs.isEmpty())
        return Cli::usageError(Cli::tr("imei check needs at least one INPUT or --stdin"));

    const TacDatabase tacs;
    bool allValid = true;
    for (const QString &input : inputs) {
        DeviceId id = DeviceId::parse(input);
        id.lookUpTac(tacs);
        allValid = allValid && id.isValid();
        Cli::printJson(id.toJson());
    }
    return allValid ? Success : Negative;
}

} // namespace rc::cli
