#include "settingsrepository.h"

#include "auditlog.h"
#include "database.h"
#include "outbox.h"
#include "sql.h"
#include "tokenstore.h"

#include <algorithm>

namespace rc {

SettingsRepository::SettingsRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString SettingsRepository::defaultValue(const QString &key)
{
    static const QMap<QString, QString> defaults {
        {QStringLiteral("center.code"), QStringLiteral("DEMO")},
        {QStringLiteral("center.name"), QStringLiteral("Repair Counter Demo")},
        {QStringLiteral("station.code"), QStringLiteral("01")},
        {QStringLiteral("policy.statutory"), QStringLiteral("cn-sanbao")},
        {QStringLiteral("policy.brand"), QString()},
        {QStringLiteral("repair_warranty.days"), QStringLiteral("90")},
        {QStringLiteral("uncollected.days"), QStringLiteral("90")},
        {QStringLiteral("backup.keep_days"), QStringLiteral("30")},
        {QStringLiteral("security.min_pin_length"), QStringLiteral("4")},
        {QStringLiteral("fees.diagnosis"), QStringLiteral("0.00")},
        {QStringLiteral("fees.waive_diagnosis_on_approval"), QStringLiteral("1")},
        {QStringLiteral("sync.allow_http_lan"), QStringLiteral("0")},
    };
    return defaults.value(key);
}

bool SettingsRepository::isKeptOutOfStore(const QString &key)
{
    return key == QLatin1String("sync.token");
}

bool SettingsRepository::isStationLocal(const QString &key)
{
    static const QStringList prefixes {QStringLiteral("station."), QStringLiteral("sync."),
                                       QStringLiteral("ui."),      QStringLiteral("backup."),
                                       QStringLiteral("printer."), QStringLiteral("paper.")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&key](const QString &prefix) { return key.startsWith(prefix); });
}

Result<QString> SettingsRepository::valueInTransaction(const QString &key)
{
    if (isKeptOutOfStore(key))
        return TokenStore(m_db.path()).read();
    auto q = sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                      QStringLiteral("setting read"));
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0).toString();
    return defaultValue(key);
}

Result<QString> SettingsRepository::value(const QString &key)
{
    return valueInTransaction(key);
}

Result<int> SettingsRepository::intValue(const QString &key)
{
    auto text = value(key);
    if (!text)
        return text.error();
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok)
        return Error {QStringLiteral("SETTING_VALUE"),
                      tr("The setting %1 should be a number but is \"%2\".").arg(key, *text)};
    return number;
}

Status SettingsRepository::setInTransaction(const QString &key, const QString &value)
{
    if (isKeptOutOfStore(key))
        return TokenStore(m_db.path()).write(value);
    const QDateTime now = m_clock.nowUtc();
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO settings (key, value, updated_at, version) "
                                     "VALUES (?, ?, ?, 1) ON CONFLICT (key) DO UPDATE SET "
                                     "value = excluded.value, updated_at = excluded.updated_at, "
                                     "version = version + 1 RETURNING version"),
                      {key, value, sql::timestamp(now)}, QStringLiteral("setting write"));
    if (!q)
        return q.error();
    const int version = q->next() ? q->value(0).toInt() : 1;
    q->finish();
    if (isStationLocal(key))
        return {};
    return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("setting"), key, version,
                          {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, now);
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db.write([&] { return setInTransaction(key, value); });
}

Status SettingsRepository::setValues(const QMap<QString, QString> &values)
{
    return m_db.write([&]() -> Status {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (Status s = setInTransaction(it.key(), it.value()); !s)
                return s;
        }
        return {};
    });
}

Status SettingsRepository::setValues(const QMap<QString, QString> &values, const Actor &actor)
{
    // The station code first: the audit entries of the rest go in the chain of the station
    // this store is now (docs/audit.md), the first-run setup's included.
    QList<std::pair<QString, QString>> ordered;
    const QString stationKey = QStringLiteral("station.code");
    if (values.contains(stationKey))
        ordered.append({stationKey, values.value(stationKey)});
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != stationKey)
            ordered.append({it.key(), it.value()});
    }
    return m_db.write([&]() -> Status {
        for (const auto &entry : std::as_const(ordered)) {
            const QString &key = entry.first;
            const QString &value = entry.second;
            auto before = valueInTransaction(key);
            if (!before)
                return before.error();
            if (*before == value) {
                // The center code's default only stands in until one is chosen: choosing
                // DEMO stores it, so the store has a center code (sync refuses without one).
                if (key != QLatin1String("center.code"))
                    continue;
                auto stored = Outbox::centerCode(m_db);
                if (!stored)
                    return stored.error();
                if (!stored->isEmpty())
                    continue;
            }
            const bool secret = key.endsWith(QLatin1String("token"));
            if (isKeptOutOfStore(key)) {
                if (Status s = TokenStore(m_db.path()).write(value); !s)
                    return s;
            } else if (secret) {
                // A secret stays on this machine: no outbox snapshot carries it anywhere.
                if (Status s = sql::exec(
                        m_db,
                        QStringLiteral("INSERT INTO settings (key, value, updated_at, version) "
                                       "VALUES (?, ?, ?, 1) ON CONFLICT (key) DO UPDATE SET "
                                       "value = excluded.value, updated_at = "
                                       "excluded.updated_at, version = version + 1"),
                        {key, value, sql::timestamp(m_clock.nowUtc())},
                        QStringLiteral("setting write"));
                    !s)
                    return s;
            } else if (Status s = setInTransaction(key, value); !s) {
                return s;
            }
            QJsonObject data {{QStringLiteral("key"), key}};
            if (!secret) {
                data.insert(QStringLiteral("from"), *before);
                data.insert(QStringLiteral("to"), value);
            }
            if (Status s = AuditLog::appendInTransaction(
                    m_db, AuditLog::entry(actor, QStringLiteral("setting.change"),
                                          QStringLiteral("setting"), key, m_clock.nowUtc(), data));
                !s)
                return s;
        }
        return {};
    });
}

Result<QMap<QString, QString>> SettingsRepository::all()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT key, value FROM settings ORDER BY key"), {},
                      QStringLiteral("settings read"));
    if (!q)
        return q.error();
    QMap<QString, QString> map;
    while (q->next())
        map.insert(q->value(0).toString(), q->value(1).toString());
    return map;
}

} // namespace rc
