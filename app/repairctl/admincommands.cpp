// The center's setup and the manager's operations: users and settings, as the signed-in user
// through the workflow layer (core/workflow/centeradmin.h).
#include "commands.h"
#include "storecontext.h"

#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "tickets/recordjson.h"
#include "workflow/settingsrules.h"

using rc::workflow::SettingsRules;

#include <QCommandLineParser>

namespace rc::cli {

int runSetup(const Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption center(QStringLiteral("center"),
                                    Cli::tr("The center code (2–8 capital letters or digits)."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption centerName(QStringLiteral("center-name"),
                                        Cli::tr("The center's name, printed on receipts."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption address(QStringLiteral("address"), Cli::tr("The center's address."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption phone(QStringLiteral("phone"), Cli::tr("The center's phone."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption station(QStringLiteral("station"),
                                     Cli::tr("This counter's station code (two digits)."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    Cli::tr("The statutory policy (default cn-sanbao)."),
                                    QStringLiteral("ID"), QStringLiteral("cn-sanbao"));
    const QCommandLineOption brandPolicy(QStringLiteral("brand-policy"),
                                         Cli::tr("A brand policy (default none)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption manager(QStringLiteral("manager"),
                                     Cli::tr("The first manager's user name."),
                                     QStringLiteral("USER"));
    const QCommandLineOption managerName(QStringLiteral("manager-name"),
                                         Cli::tr("The first manager's name."),
                                         QStringLiteral("NAME"));
    parser.addOptions(
        {center, centerName, address, phone, station, policy, brandPolicy, manager, managerName});
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Set up a fresh store: the center and its first manager, "
                                       "whose PIN is read from standard input (one line).")))
        return *exit;
    for (const QCommandLineOption &required : {center, centerName, station, manager, managerName}) {
        if (parser.value(required).trimmed().isEmpty())
            return Cli::usageError(Cli::tr("--%1 is required").arg(required.names().constFirst()));
    }
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("setup takes options only"));
    workflow::SetupRequest request;
    request.centerCode = parser.value(center);
    request.centerName = parser.value(centerName);
    request.centerAddress = parser.value(address);
    request.centerPhone = parser.value(phone);
    request.stationCode = parser.value(station);
    request.statutoryPolicy = parser.value(policy);
    request.brandPolicy = parser.value(brandPolicy);
    request.managerUsername = parser.value(manager);
    request.managerName = parser.value(managerName);
    const auto pin = Cli::readSecretLine(Cli::tr("PIN for %1: ").arg(request.managerUsername));
    if (!pin || pin->isEmpty())
        return Cli::usageError(Cli::tr("give the manager's PIN on standard input (one line)"));
    request.managerPin = *pin;

    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, true, false, &context))
        return *exit;
    auto created = context->workflows->admin.setUp(request);
    if (!created)
        return Cli::refused(created.error());
    auto settings = SettingsRepository(*context->db, context->clock).all();
    QJsonObject values;
    if (settings) {
        for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
            if (!SettingsRules::isSecret(it.key()))
                values.insert(it.key(), it.value());
        }
    }
    Cli::printJson(
        {{QStringLiteral("manager"), toJson(*created)}, {QStringLiteral("settings"), values}});
    return Success;
}

int runUserAdd(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), Cli::tr("The new user name."));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The person's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("clerk, technician or manager."),
                                  QStringLiteral("ROLE"));
    parser.addOptions({name, role});
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Add a user (manager); the new PIN is read from standard "
                                       "input (one line).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("user add takes one USER"));
    const auto r = roleFromId(parser.value(role));
    if (!r)
        return Cli::usageError(Cli::tr("--role is clerk, technician or manager"));
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, true, &context))
        return *exit;
    const QString username = parser.positionalArguments().constFirst();
    const auto pin = Cli::readSecretLine(Cli::tr("New PIN for %1: ").arg(username));
    if (!pin || pin->isEmpty())
        return Cli::usageError(Cli::tr("give the new user's PIN on standard input (one line)"));
    auto created = context->workflows->admin.addUser(context->user.id, username, parser.value(name),
                                                     *r, *pin);
    if (!created)
        return Cli::refused(created.error());
    Cli::printJson(toJson(*created));
    return Success;
}

namespace {

int setDisabled(const Invocation &invocation, bool disabled)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), Cli::tr("The user name."));
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               disabled ? Cli::tr("Disable a user (manager): they can do nothing "
                                                  "until enabled again.")
                                        : Cli::tr("Enable a disabled user again (manager).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("%1 takes one USER").arg(invocation.commandWords));
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, true, &context))
        return *exit;
    auto target = UserRepository(*context->db, context->clock)
                      .byUsername(parser.positionalArguments().constFirst());
    if (!target)
        return Cli::refused(target.error());
    if (!target->has_value())
        return Cli::fail(Cli::tr("no user %1").arg(parser.positionalArguments().constFirst()),
                         Negative);
    auto changed = context->workflows->admin.setDisabled(context->user.id, (*target)->id, disabled);
    if (!changed)
        return Cli::refused(changed.error());
    Cli::printJson(toJson(*changed));
    return Success;
}

} // namespace

int runUserDisable(const Invocation &invocation)
{
    return setDisabled(invocation, true);
}

int runUserEnable(const Invocation &invocation)
{
    return setDisabled(invocation, false);
}

int runUserSetPin(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("USER"), Cli::tr("The user name."));
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Set a user's PIN (your own, or anyone's as a manager); "
                                       "the new PIN is read from standard input (one line).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("user set-pin takes one USER"));
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, true, &context))
        return *exit;
    const QString username = parser.positionalArguments().constFirst();
    auto target = UserRepository(*context->db, context->clock).byUsername(username);
    if (!target)
        return Cli::refused(target.error());
    if (!target->has_value())
        return Cli::fail(Cli::tr("no user %1").arg(username), Negative);
    const auto pin = Cli::readSecretLine(Cli::tr("New PIN for %1: ").arg(username));
    if (!pin || pin->isEmpty())
        return Cli::usageError(Cli::tr("give the new PIN on standard input (one line)"));
    auto changed = context->workflows->admin.setPin(context->user.id, (*target)->id, *pin);
    if (!changed)
        return Cli::refused(changed.error());
    Cli::printJson(toJson(*changed));
    return Success;
}

int runUserList(const Invocation &invocation)
{
    QCommandLineParser parser;
    if (auto exit
        = Cli::parse(parser, invocation, Cli::tr("List the users, one JSON object per line.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(Cli::tr("user list takes no arguments"));
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, false, &context))
        return *exit;
    auto users = UserRepository(*context->db, context->clock).list();
    if (!users)
        return Cli::refused(users.error());
    for (const User &u : *users)
        Cli::printJson(toJson(u));
    return Success;
}

int runSettingsGet(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEY"), Cli::tr("The setting, e.g. center.name."));
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Print one setting (its default when never set).")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(Cli::tr("settings get takes one KEY"));
    const QString key = parser.positionalArguments().constFirst();
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, false, &context))
        return *exit;
    auto value = SettingsRepository(*context->db, context->clock).value(key);
    if (!value)
        return Cli::refused(value.error());
    QJsonObject out {{QStringLiteral("key"), key}};
    // A secret is never printed: only whether it is set.
    if (SettingsRules::isSecret(key))
        out.insert(QStringLiteral("set"), !value->isEmpty());
    else
        out.insert(QStringLiteral("value"), *value);
    Cli::printJson(out);
    return Success;
}

int runSettingsSet(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEY"), Cli::tr("The setting, e.g. center.name."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), Cli::tr("Its new value."));
    Cli::addUserOption(parser);
    if (auto exit = Cli::parse(parser, invocation,
                               Cli::tr("Change one setting (manager; audited), checked as the "
                                       "Settings screen checks it.")))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return Cli::usageError(Cli::tr("settings set takes KEY and VALUE"));
    const QString key = parser.positionalArguments().at(0);
    const QString value = parser.positionalArguments().at(1);
    if (!SettingsRules::isKnown(key))
        return Cli::usageError(Cli::tr("%1 is not a setting (known: %2)")
                                   .arg(key, SettingsRules::keys().join(QStringLiteral(", "))));
    std::unique_ptr<StoreContext> context;
    if (auto exit = StoreContext::open(parser, invocation, false, true, &context))
        return *exit;
    if (Status saved = context->workflows->admin.setSettings(context->user.id, {{key, value}});
        !saved)
        return Cli::refused(saved.error());
    QJsonObject out {{QStringLiteral("key"), key}};
    if (SettingsRules::isSecret(key))
        out.insert(QStringLiteral("set"), !value.isEmpty());
    else
        out.insert(QStringLiteral("value"), value);
    Cli::printJson(out);
    return Success;
}

} // namespace rc::cli
