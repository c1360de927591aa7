#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace rc {

class Database;

// The settings table (key/value text, docs/architecture.md). Reading a key that was never set
// gives its default: center.code DEMO, center.name, station.code 01, policy.statutory
// cn-sanbao, policy.brand (empty), repair_warranty.days 90, uncollected.days 90,
// backup.keep_days 30, security.min_pin_length 4. Setting a key writes its outbox snapshot (entity
// "setting", entity_id the key) in the same transaction.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    SettingsRepository(Database &db, const Clock &clock);

    static QString defaultValue(const QString &key);
    // sync.token: read from and written to the TokenStore (tokenstore.h), never the table.
    static bool isKeptOutOfStore(const QString &key);
    // A setting of this PC only (workflow::SettingsRules::isStationLocal says which): written
    // and audited here, never put in the outbox.
    static bool isStationLocal(const QString &key);

    Result<QString> value(const QString &key);
    Result<int> intValue(const QString &key);
    Status setValue(const QString &key, const QString &value);
    // Several keys in one transaction.
    Status setValues(const QMap<QString, QString> &values);
    // Several keys in one transaction, each one that changes audited for `actor`
    // (setting.change with the old and new value; secrets, keys ending in "token", are
    // recorded as changed without their values). Unchanged keys are not written
    // (center.code given while unset is a change: its default DEMO is only a stand-in).
    Status setValues(const QMap<QString, QString> &values, const Actor &actor);
    // Every stored key with its value (defaults not included).
    Result<QMap<QString, QString>> all();

    // For callers already inside Database::write().
    Result<QString> valueInTransaction(const QString &key);
    Status setInTransaction(const QString &key, const QString &value);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
