// The loaner phones (备用机, CN-07) on the command line, through the workflow layer
// (core/workflow/loanerdesk.h): the same checks and refusals as at the counter.
#include "commands.h"
#include "storecontext.h"

#include "store/loanerrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace rc::cli {

namespace {

std::optional<int> openSignedIn(const QCommandLineParser &parser, const Invocation &invocation,
                                std::unique_ptr<StoreContext> *context)
{
    return StoreContext::open(parser, invocation, false, true, context);
}

QJsonObject loanJson(const workflow::LoanResult &r)
{
    QJsonObject o = toJson(r.loan);
    o.insert(QStringLiteral("loaner"), toJson(r.loaner));
    o.insert(QStringLiteral("ticket"), r.ticketNumber);
    return o;
}

} // namespace

int runLoanerAdd(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption imei(QStringLiteral("imei"), Cli::tr("The loaner phone's IMEI."),
                                  QStringLiteral("X"));
    const QCommandLineOption model(QStringLiteral("model"), Cli::tr("Its model."),
                                   QStringLiteral("M"));
    const QCommandLineOption deposit(QStringLiteral("deposit"),
                                     Cli::tr("The deposit asked when it is lent, e.g. 200.00."),
                                     QStringLiteral("A"));
    const QCommandLineOption condition(QStringLiteral("condition"),
                                       Cli::tr("Its condition: ok (default) or damaged."),
                                       QStringLiteral("C"));
    parser.addOptions({imei, model, deposit, condition});
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Put a loaner phone on the list (clerk, manager).")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("%1 takes no arguments").arg(invocation.commandWords));
    if (parser.value(imei).trimmed().isEmpty() || parser.value(model).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--imei and --model are required"));
    workflow::LoanerInput input;
    input.imei = parser.value(imei);
    input.model = parser.value(model);
    if (!parser.isSet(deposit))
        return Cli::usageError(Cli::tr("--deposit is required (0 for none)"));
    if (!Money::parseDecimal(parser.value(deposit), &input.deposit.minor)
        || input.deposit.minor < 0)
        return Cli::usageError(Cli::tr("--deposit needs an amount such as 200.00, not \"%1\"")
                                   .arg(parser.value(deposit)));
    if (parser.isSet(condition))
        input.condition = parser.value(condition);
    std::unique_ptr<StoreContext> context;
    if (auto exit = openSignedIn(parser, invocation, &context))
        return *exit;
    auto added = context->workflows->loaners.add(context->user.id, input);
    if (!added)
        return Cli::refused(added.error());
    Cli::printJson(toJson(*added));
    return Success;
}

int runLoanerList(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("Only the loans out, with their tickets and whether "
                                         "they are overdue."));
    parser.addOptions({out});
    if (auto exit
        = Cli::parse(parser, invocation, Cli::tr("The loaner phones, one JSON object per line.")))
        return *exit;
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, false, &context))
        return *exit;
    auto loans = context->workflows->loaners.loansOut();
    if (!loans)
        return Cli::fail(loans.error().message, Negative);
    if (parser.isSet(out)) {
        for (const LoanOut &o : *loans)
            Cli::printJson(toJson(o));
        return Success;
    }
    auto list = context->workflows->loaners.list();
    if (!list)
        return Cli::fail(list.error().message, Negative);
    for (const Loaner &loaner : *list) {
        QJsonObject o = toJson(loaner);
        for (const LoanOut &l : *loans) {
            if (l.loan.loanerId != loaner.id)
                continue;
            o.insert(QStringLiteral("ticket"), l.ticketNumber);
            o.insert(QStringLiteral("expected_return"),
                     l.loan.expectedReturn.toString(Qt::ISODate));
            o.insert(QStringLiteral("overdue"), l.overdue);
        }
        Cli::printJson(o);
    }
    return Success;
}

int runLoanerLend(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption imei(QStringLiteral("imei"), Cli::tr("The loaner phone's IMEI."),
                                  QStringLiteral("X"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Cli::tr("How the deposit is paid: cash (default), card or "
                                            "mobile."),
                                    QStringLiteral("M"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   Cli::tr("The expected return date (default: in 14 days)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({imei, method, until});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), Cli::tr("The ticket number."));
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Lend a loaner phone to a ticket's customer, the deposit "
                                       "taken (clerk, manager).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("%1 takes one ticket NUMBER").arg(invocation.commandWords));
    if (parser.value(imei).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--imei is required"));
    workflow::LendInput input;
    input.imei = parser.value(imei);
    if (parser.isSet(method))
        input.method = parser.value(method);
    if (parser.isSet(until)) {
        input.expectedReturn = QDate::fromString(parser.value(until), Qt::ISODate);
        if (!input.expectedReturn.isValid())
            return Cli::usageError(
                Cli::tr("--until needs a date YYYY-MM-DD, not \"%1\"").arg(parser.value(until)));
    }
    std::unique_ptr<StoreContext> context;
    if (auto exit = openSignedIn(parser, invocation, &context))
        return *exit;
    QString ticketId;
    if (auto exit = context->ticketId(parser.positionalArguments().constFirst(), &ticketId))
        return *exit;
    auto lent = context->workflows->loaners.lend(context->user.id, ticketId, input);
    if (!lent)
        return Cli::refused(lent.error());
    Cli::printJson(loanJson(*lent));
    return Success;
}

int runLoanerReturn(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption imei(QStringLiteral("imei"), Cli::tr("The loaner phone's IMEI."),
                                  QStringLiteral("X"));
    const QCommandLineOption condition(QStringLiteral("condition"),
                                       Cli::tr("Its condition as checked: ok or damaged."),
                                       QStringLiteral("C"));
    const QCommandLineOption keep(QStringLiteral("keep-deposit"),
                                  Cli::tr("Keep the deposit, for this written reason."),
                                  QStringLiteral("REASON"));
    parser.addOptions({imei, condition, keep});
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Take a loaner phone back: the condition checked, the "
                                       "deposit returned or kept with a reason (clerk, "
                                       "manager).")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("%1 takes no arguments").arg(invocation.commandWords));
    if (parser.value(imei).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--imei is required"));
    if (!parser.isSet(condition))
        return Cli::usageError(Cli::tr("--condition ok|damaged is required"));
    workflow::ReturnInput input;
    input.imei = parser.value(imei);
    input.condition = parser.value(condition);
    input.keepDeposit = parser.isSet(keep);
    input.keepReason = parser.value(keep);
    std::unique_ptr<StoreContext> context;
    if (auto exit = openSignedIn(parser, invocation, &context))
        return *exit;
    auto back = context->workflows->loaners.takeBack(context->user.id, input);
    if (!back)
        return Cli::refused(back.error());
    Cli::printJson(loanJson(*back));
    return Success;
}

int runLoanerWriteOff(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption imei(QStringLiteral("imei"), Cli::tr("The loaner phone's IMEI."),
                                  QStringLiteral("X"));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why it is written off."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({imei, reason});
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Write off a loaner phone that is out, with a reason "
                                       "(manager).")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("%1 takes no arguments").arg(invocation.commandWords));
    if (parser.value(imei).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--imei is required"));
    if (parser.value(reason).trimmed().isEmpty())
        return Cli::usageError(Cli::tr("--reason is required"));
    std::unique_ptr<StoreContext> context;
    if (auto exit = openSignedIn(parser, invocation, &context))
        return *exit;
    auto done = context->workflows->loaners.writeOff(context->user.id, parser.value(imei),
                                                     parser.value(reason));
    if (!done)
        return Cli::refused(done.error());
    Cli::printJson(loanJson(*done));
    return Success;
}

int runReportLoaners(const Invocation &invocation)
{
    QCommandLineParser parser;
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Loaner phones out and overdue (JSON): the totals, then "
                                       "each loan.")))
        return *exit;
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, false, &context))
        return *exit;
    auto loans = context->workflows->loaners.loansOut();
    if (!loans)
        return Cli::fail(loans.error().message, Negative);
    QJsonArray items;
    int overdue = 0;
    qint64 deposits = 0;
    for (const LoanOut &o : *loans) {
        items.append(toJson(o));
        overdue += o.overdue ? 1 : 0;
        deposits += o.loan.deposit.minor;
    }
    Cli::printJson({{QStringLiteral("report"), QStringLiteral("loaners")},
                    {QStringLiteral("date"), context->clock.today().toString(Qt::ISODate)},
                    {QStringLiteral("out"), int(loans->size())},
                    {QStringLiteral("overdue"), overdue},
                    {QStringLiteral("deposits_held_minor"), deposits},
                    {QStringLiteral("deposits_held"),
                     Money {deposits, QStringLiteral("CNY")}.toDecimalString()},
                    {QStringLiteral("loans"), items}});
    return Success;
}

} // namespace rc::cli
