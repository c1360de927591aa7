#include "syncstate.h"

#include "store/auditlog.h"

#include "store/database.h"
#include "store/outbox.h"
#include "store/settingsrepository.h"
#include "store/tokenstore.h"
#include "sync/outbox.h"

#include <QSqlQuery>
#include <QVariant>

namespace rc::sync {

QString phaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Stopped:
        return QStringLiteral("stopped");
    case SyncPhase::Idle:
        return QStringLiteral("idle");
    case SyncPhase::Sending:
        return QStringLiteral("sending");
    case SyncPhase::Waiting:
        return QStringLiteral("waiting");
    case SyncPhase::AuthFailed:
        return QStringLiteral("auth_failed");
    case SyncPhase::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("stopped");
}

QJsonObject SyncState::toJson() const
{
    return QJsonObject {
        {QStringLiteral("pending"), pending},
        {QStringLiteral("quarantined"), quarantined},
        {QStringLiteral("last_success"),
         lastSuccess.isValid() ? QJsonValue(lastSuccess.toUTC().toString(Qt::ISODateWithMs))
                               : QJsonValue()},
        {QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
        {QStringLiteral("last_error_at"),
         lastErrorAt.isValid() ? QJsonValue(lastErrorAt.toUTC().toString(Qt::ISODateWithMs))
                               : QJsonValue()},
        {QStringLiteral("phase"), phaseName(phase)},
    };
}

SyncStateStore::SyncStateStore(Database &database)
    : m_database(database)
{
}

Result<SyncState> SyncStateStore::load()
{
    SyncState state;
    Outbox outbox(m_database);
    auto pending = outbox.pendingCount();
    if (!pending)
        return pending.error();
    auto quarantined = outbox.quarantinedCount();
    if (!quarantined)
        return quarantined.error();
    state.pending = *pending;
    state.quarantined = *quarantined;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM sync_state")))
        return Database::queryError(query, QStringLiteral("reading the sync state"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("last_success"))
            state.lastSuccess = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("last_error"))
            state.lastError = value;
        else if (key == QLatin1String("last_error_at"))
            state.lastErrorAt = QDateTime::fromString(value, Qt::ISODateWithMs);
    }
    return state;
}

Status SyncStateStore::put(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, QStringLiteral("saving the sync state"));
    return {};
}

Status SyncStateStore::recordSuccess(const QDateTime &when)
{
    return m_database.write([&]() -> Status {
        if (Status status
            = put(QStringLiteral("last_success"), when.toUTC().toString(Qt::ISODateWithMs));
            !status)
            return status;
        return put(QStringLiteral("last_error"), QStringLiteral(""));
    });
}

Status SyncStateStore::recordError(const QDateTime &when, const QString &error)
{
    return m_database.write([&]() -> Status {
        if (Status status = put(QStringLiteral("last_error"), error); !status)
            return status;
        return put(QStringLiteral("last_error_at"), when.toUTC().toString(Qt::ISODateWithMs));
    });
}

Result<SyncSettings> SyncStateStore::settings()
{
    SyncSettings settings;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                   "('sync.hq_url', 'sync.interval_seconds', 'sync.ca_file', "
                                   "'sync.allow_http_lan')")))
        return Database::queryError(query, QStringLiteral("reading the sync settings"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("sync.hq_url"))
            settings.hqUrl = QUrl(value);
        else if (key == QLatin1String("sync.interval_seconds"))
            settings.intervalSeconds = qMax(5, value.toInt());
        else if (key == QLatin1String("sync.ca_file"))
            settings.caFile = value;
        else if (key == QLatin1String("sync.allow_http_lan"))
            settings.allowHttpLan = value == QLatin1String("1");
    }
    // The token is never in the store (its backups, its outbox): see store/tokenstore.h.
    auto token = TokenStore(m_database.path()).read();
    if (!token)
        return token.error();
    settings.token = *token;
    return settings;
}

Status SyncStateStore::saveSettings(const SyncSettings &settings, const QDateTime &now,
                                    const Actor &actor)
{
    return m_database.write([&]() -> Status {
        auto before = this->settings();
        if (!before)
            return before.error();
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                           "updated_at = excluded.updated_at"));
        const QList<std::pair<QString, QString>> values {
            {QStringLiteral("sync.hq_url"), settings.hqUrl.toString()},
            {QStringLiteral("sync.interval_seconds"), QString::number(settings.intervalSeconds)},
        };
        for (const auto &[key, value] : values) {
            query.bindValue(0, key);
            query.bindValue(1, value);
            query.bindValue(2, now.toUTC().toString(Qt::ISODateWithMs));
            if (!query.exec())
                return Database::queryError(query, QStringLiteral("saving the sync settings"));
        }
        if (Status s = TokenStore(m_database.path()).write(settings.token); !s)
            return s;
        const bool tokenChanged = before->token != settings.token;
        if (before->hqUrl == settings.hqUrl && before->intervalSeconds == settings.intervalSeconds
            && !tokenChanged)
            return {};
        return AuditLog::appendInTransaction(
            m_database, AuditLog::entry(actor, QStringLiteral("sync.settings"),
                                        QStringLiteral("setting"), QStringLiteral("sync"), now,
                                        {{QStringLiteral("hq_url_from"), before->hqUrl.toString()},
                                         {QStringLiteral("hq_url_to"), settings.hqUrl.toString()},
                                         {QStringLiteral("interval_from"), before->intervalSeconds},
                                         {QStringLiteral("interval_to"), settings.intervalSeconds},
                                         {QStringLiteral("token_changed"), tokenChanged}}));
    });
}

QString SyncStateStore::centerCode()
{
    auto center = rc::Outbox::centerCode(m_database);
    return center ? *center : QString();
}

Result<QString> SyncStateStore::stationCode()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'station.code'"));
    if (!query.exec())
        return Database::queryError(query, QStringLiteral("reading the station code"));
    return query.next() ? query.value(0).toString().trimmed()
                        : SettingsRepository::defaultValue(QStringLiteral("station.code"));
}

QString SyncStateStore::refusal()
{
    if (!centerCode().isEmpty())
        return {};
    return tr("This store has no center code (Settings, or repairctl setup): nothing is "
              "sent to head office until it has one.");
}

} // namespace rc::sync
