#include "commands.h"

#include "warranty/warrantyengine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rc::cli {

namespace {

// A line of public.jsonl ({"case": …, "expect": …}) is accepted as its case.
QJsonObject caseOf(const QJsonObject &object)
{
    if (!object.contains(QStringLiteral("policy"))
        && object.value(QStringLiteral("case")).isObject())
        return object.value(QStringLiteral("case")).toObject();
    return object;
}

} // namespace

int runWarrantyEvaluate(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("A case (JSON), or one case per line; - or nothing "
                                         "reads standard input."),
                                 QStringLiteral("[FILE|-]"));
    const QCommandLineOption policiesOption(
        QStringLiteral("policies"),
        Cli::tr("An extra policy folder (default: the data folder's policies/)."),
        QStringLiteral("DIR"));
    parser.addOption(policiesOption);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Evaluate warranty cases: one verdict (JSON) per case, "
                                       "in the order given.")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Cli::usageError(Cli::tr("warranty evaluate takes at most one FILE"));

    QFile file;
    const QString path = positional.value(0, QStringLiteral("-"));
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Cli::usageError(Cli::tr("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Cli::usageError(Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray input = file.readAll();

    // One JSON object (pretty-printed or not), else one case per line.
    QList<QPair<int, QJsonObject>> cases;
    QJsonParseError whole;
    const QJsonDocument document = QJsonDocument::fromJson(input, &whole);
    if (whole.error == QJsonParseError::NoError && document.isObject()) {
        cases.append({0, caseOf(document.object())});
    } else {
        const QList<QByteArray> lines = input.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const int lineNumber = static_cast<int>(i + 1);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return Cli::usageError(Cli::tr("line %1: case: not a JSON object (%2)")
                                           .arg(lineNumber)
                                           .arg(error.error != QJsonParseError::NoError
                                                    ? error.errorString()
                                                    : Cli::tr("not an object")));
            cases.append({lineNumber, caseOf(doc.object())});
        }
    }
    if (cases.isEmpty())
        return Cli::usageError(Cli::tr("no case given"));

    const QString folder = parser.isSet(policiesOption) ? parser.value(policiesOption)
                                                        : warranty::PolicySet::userPolicyFolder();
    const warranty::WarrantyEngine engine(warranty::PolicySet::load({folder}));

    // Every case is checked before anything is printed: an input error gives exit 2, one
    // line on stderr and no partial output.
    QList<QJsonObject> verdicts;
    verdicts.reserve(cases.size());
    for (const auto &[lineNumber, caseObject] : std::as_const(cases)) {
        auto verdict = engine.evaluate(caseObject);
        if (!verdict) {
            QString message = verdict.error().message;
            if (message.startsWith(QLatin1String("policy:"))
                || message.startsWith(QLatin1String("brand_policy:"))) {
                for (const Error &problem : engine.policies().problems())
                    message += QStringLiteral(" [skipped %1]").arg(problem.message);
            }
            if (lineNumber > 0)
                message = Cli::tr("line %1: %2").arg(lineNumber).arg(message);
            return Cli::usageError(message);
        }
        verdicts.append(verdict->toJson());
    }
    for (const QJsonObject &verdict : std::as_const(verdicts))
        Cli::printJson(verdict);
    return Success;
}

} // namespace rc::cli
