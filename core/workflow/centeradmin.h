#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "reports/tillreport.h"
#include "store/pricelistrepository.h"
#include "tickets/user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

namespace rc {
class Database;
namespace warranty {
class PolicySet;
}
} // namespace rc

namespace rc::workflow {

class Authority;
class Changes;

// The first run of a center: what the setup wizard and `repairctl setup` ask.
struct SetupRequest
{
    QString centerCode; // 2–8 capital letters or digits
    QString centerName;
    QString centerAddress;
    QString centerPhone;
    QString stationCode = QStringLiteral("01");
    QString statutoryPolicy = QStringLiteral("cn-sanbao");
    QString brandPolicy;
    QString managerUsername;
    QString managerName;
    QString managerPin;
};

// The manager's operations: users, the price list, the settings, and the first-run setup.
// Every one but setup takes the acting user's id and needs ManageCenter (a user may change
// their own PIN); refusals are the Authority's, audited. Settings are checked by SettingsRules
// (the Settings screen's rules) before anything is written.
class CenterAdmin
{
    Q_DECLARE_TR_FUNCTIONS(CenterAdmin)

public:
    // pinIterations: PBKDF2 rounds for new PINs (UserRepository; tests lower it).
    CenterAdmin(Database &db, const Clock &clock, const warranty::PolicySet &policies,
                Authority &authority, Changes &changes, int pinIterations = 120000);

    // True while the store has no user: nobody could sign in, setup has not run.
    Result<bool> needsSetup();
    // Fresh store only (STORE_NOT_FRESH otherwise): the center's settings and its first
    // manager, in one transaction. Needs no acting user: there is none yet.
    Result<User> setUp(const SetupRequest &request);

    Result<User> addUser(const QString &userId, const QString &username, const QString &displayName,
                         Role role, const QString &pin);
    Result<User> setPin(const QString &userId, const QString &targetId, const QString &pin);
    Result<User> setDisabled(const QString &userId, const QString &targetId, bool disabled);
    Result<User> setRole(const QString &userId, const QString &targetId, Role role);
    Result<User> unlock(const QString &userId, const QString &targetId);

    Result<PriceItem> savePrice(const QString &userId, const PriceItem &item);
    Result<PriceImportSummary> importPrices(const QString &userId, const QByteArray &csv);

    // The till for one day, per method (TillReport): the manager's (ManageCenter).
    Result<TillFigures> tillReport(const QString &userId, const QDate &date);

    // The first problem with these values (SettingsRules), empty when they may be saved.
    QString settingsProblem(const QMap<QString, QString> &values) const;
    // Saves the values that changed, each audited (setting.change; secrets without their
    // value). Refused whole with SETTING_INVALID when any value is wrong.
    Status setSettings(const QString &userId, const QMap<QString, QString> &values);

private:
    Database &m_db;
    const Clock &m_clock;
    const warranty::PolicySet &m_policies;
    Authority &m_authority;
    Changes &m_changes;
    int m_pinIterations;
};

} // namespace rc::workflow
