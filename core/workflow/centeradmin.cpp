#include "centeradmin.h"

#include "authority.h"
#include "changes.h"
#include "settingsrules.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "store/userrepository.h"
#include "warranty/policy.h"

namespace rc::workflow {

CenterAdmin::CenterAdmin(Database &db, const Clock &clock, const warranty::PolicySet &policies,
                         Authority &authority, Changes &changes, int pinIterations)
    : m_db(db)
    , m_clock(clock)
    , m_policies(policies)
    , m_authority(authority)
    , m_changes(changes)
    , m_pinIterations(pinIterations)
{
}

Result<bool> CenterAdmin::needsSetup()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"), {},
                      QStringLiteral("users read"));
    if (!q)
        return q.error();
    return !(q->next() && q->value(0).toInt() == 1);
}

Result<User> CenterAdmin::setUp(const SetupRequest &r)
{
    const QMap<QString, QString> values {
        {QStringLiteral("center.code"), r.centerCode.trimmed().toUpper()},
        {QStringLiteral("center.name"), r.centerName.trimmed()},
        {QStringLiteral("center.address"), r.centerAddress.trimmed()},
        {QStringLiteral("center.phone"), r.centerPhone.trimmed()},
        {QStringLiteral("station.code"), r.stationCode.trimmed()},
        {QStringLiteral("policy.statutory"), r.statutoryPolicy},
        {QStringLiteral("policy.brand"), r.brandPolicy},
    };
    if (const QString problem = SettingsRules::problem(values, m_policies); !problem.isEmpty())
        return Error {QStringLiteral("SETTING_INVALID"), problem};
    const Actor setup {QString(), QStringLiteral("setup")};
    Result<User> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        auto fresh = needsSetup();
        if (!fresh)
            return fresh.error();
        if (!*fresh)
            return Error {QStringLiteral("STORE_NOT_FRESH"),
                          tr("This store is set up already (it has users): sign in as a manager "
                             "to change its settings.")};
        if (Status s = SettingsRepository(m_db, m_clock).setValues(values, setup); !s)
            return s;
        result = UserRepository(m_db, m_clock, m_pinIterations)
                     .create(r.managerUsername, r.managerName, Role::Manager, r.managerPin, setup);
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    emit m_changes.settingsChanged(values.keys());
    emit m_changes.usersChanged();
    return result;
}

Result<User> CenterAdmin::addUser(const QString &userId, const QString &username,
                                  const QString &displayName, Role role, const QString &pin)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("user.create"));
    if (!acting)
        return acting.error();
    auto created = UserRepository(m_db, m_clock, m_pinIterations)
                       .create(username, displayName, role, pin, acting->actor());
    if (created)
        emit m_changes.usersChanged();
    return created;
}

Result<User> CenterAdmin::setPin(const QString &userId, const QString &targetId, const QString &pin)
{
    // Anyone may change their own PIN; someone else's is a manager's operation.
    auto acting = userId == targetId ? m_authority.enabledUser(userId, QStringLiteral("user.pin"))
                                     : m_authority.require(userId, Permission::ManageCenter,
                                                           QStringLiteral("user.pin"));
    if (!acting)
        return acting.error();
    auto changed
        = UserRepository(m_db, m_clock, m_pinIterations).setPin(targetId, pin, acting->actor());
    if (changed)
        emit m_changes.usersChanged();
    return changed;
}

Result<User> CenterAdmin::setDisabled(const QString &userId, const QString &targetId, bool disabled)
{
    auto acting = m_authority.require(userId, Permission::ManageCenter,
                                      disabled ? QStringLiteral("user.disable")
                                               : QStringLiteral("user.enable"));
    if (!acting)
        return acting.error();
    auto changed = UserRepository(m_db, m_clock, m_pinIterations)
                       .setDisabled(targetId, disabled, acting->actor());
    if (changed)
        emit m_changes.usersChanged();
    return changed;
}

Result<User> CenterAdmin::setRole(const QString &userId, const QString &targetId, Role role)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("user.role"));
    if (!acting)
        return acting.error();
    auto changed
        = UserRepository(m_db, m_clock, m_pinIterations).setRole(targetId, role, acting->actor());
    if (changed)
        emit m_changes.usersChanged();
    return changed;
}

Result<User> CenterAdmin::unlock(const QString &userId, const QString &targetId)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("user.unlock"));
    if (!acting)
        return acting.error();
    auto changed = UserRepository(m_db, m_clock, m_pinIterations).unlock(targetId, acting->actor());
    if (changed)
        emit m_changes.usersChanged();
    return changed;
}

Result<PriceItem> CenterAdmin::savePrice(const QString &userId, const PriceItem &item)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("price.edit"));
    if (!acting)
        return acting.error();
    auto saved = PriceListRepository(m_db, m_clock).edit(item, acting->actor());
    if (saved)
        emit m_changes.priceListChanged();
    return saved;
}

Result<PriceImportSummary> CenterAdmin::importPrices(const QString &userId, const QByteArray &csv)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("price.import"));
    if (!acting)
        return acting.error();
    auto summary = PriceListRepository(m_db, m_clock).importCsv(csv, acting->actor());
    if (summary)
        emit m_changes.priceListChanged();
    return summary;
}

Result<TillFigures> CenterAdmin::tillReport(const QString &userId, const QDate &date)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("report.till"));
    if (!acting)
        return acting.error();
    return TillReport::compute(m_db, date);
}

QString CenterAdmin::settingsProblem(const QMap<QString, QString> &values) const
{
    // The HQ address and the LAN switch are checked together: the one not being changed is
    // the stored one.
    QMap<QString, QString> checked = values;
    const QString url = QStringLiteral("sync.hq_url");
    const QString lan = QStringLiteral("sync.allow_http_lan");
    if (values.contains(url) != values.contains(lan)) {
        const QString missing = values.contains(url) ? lan : url;
        if (auto stored = SettingsRepository(m_db, m_clock).value(missing); stored)
            checked.insert(missing, *stored);
    }
    return SettingsRules::problem(checked, m_policies);
}

Status CenterAdmin::setSettings(const QString &userId, const QMap<QString, QString> &values)
{
    auto acting
        = m_authority.require(userId, Permission::ManageCenter, QStringLiteral("setting.change"));
    if (!acting)
        return acting.error();
    if (const QString problem = settingsProblem(values); !problem.isEmpty())
        return Error {QStringLiteral("SETTING_INVALID"), problem};
    if (Status saved = SettingsRepository(m_db, m_clock).setValues(values, acting->actor()); !saved)
        return saved;
    if (!values.isEmpty())
        emit m_changes.settingsChanged(values.keys());
    return {};
}

} // namespace rc::workflow
