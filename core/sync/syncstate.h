#pragma once

#include "common/result.h"
#include "store/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

namespace rc {
class Database;
}

namespace rc::sync {

enum class SyncPhase {
    Stopped, // not running (or not configured)
    Idle, // nothing left to send; waiting for the next interval or a change
    Sending, // a batch is on its way
    Waiting, // backing off after a failure
    AuthFailed, // HQ refused the token (401/403): stopped until the settings change
    // Refused: this counter will not send: the transport is refused (plain http to a remote HQ,
    // an untrusted certificate, an unusable CA file, a redirect: stopped until the settings
    // change, sync/transport.h), or the store has no center code (looked at again each
    // interval). lastError says why.
    Refused,
};

QString phaseName(SyncPhase phase);

// What the status bar and `repairctl sync status` show.
struct SyncState
{
    SyncPhase phase = SyncPhase::Stopped;
    qint64 pending = 0;
    qint64 quarantined = 0;
    QDateTime lastSuccess; // UTC, by the counter's clock
    QString lastError; // empty after a success
    QDateTime lastErrorAt;
    int retryInMs = 0; // Waiting: when the next attempt is due

    QJsonObject toJson() const;
};

// Where and how to sync, kept in the settings table (keys sync.hq_url,
// sync.interval_seconds, sync.ca_file, sync.allow_http_lan) but for the token, kept out of
// the store (store/tokenstore.h). sync/transport.h says what the address may be.
struct SyncSettings
{
    QUrl hqUrl;
    QString token;
    int intervalSeconds = 60;
    QString caFile; // PEM CA certificates trusted for HQ besides the system's
    bool allowHttpLan = false; // plain http:// to a private address (a hub on the LAN)

    bool isConfigured() const { return hqUrl.isValid() && !hqUrl.isEmpty() && !token.isEmpty(); }
};

// Reading and writing the sync state (sync_state table) and settings of one store.
class SyncStateStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateStore)

public:
    explicit SyncStateStore(Database &database);

    // The persisted part (last success, last error) plus the outbox counts.
    Result<SyncState> load();
    Status recordSuccess(const QDateTime &when);
    Status recordError(const QDateTime &when, const QString &error);

    Result<SyncSettings> settings();
    // Audited as sync.settings by actor (empty: the counter itself): the URL and interval
    // before and after, and whether the token changed, never the token.
    Status saveSettings(const SyncSettings &settings, const QDateTime &now,
                        const Actor &actor = {});
    // The center code (settings key center.code, rc::Outbox::centerCode), empty if not set.
    QString centerCode();
    // The station code (settings key station.code) a batch is sent from.
    Result<QString> stationCode();
    // Why this store must not sync at all (no center code: its records would reach HQ with
    // no center or the DEMO placeholder), or empty when it may.
    QString refusal();

private:
    Status put(const QString &key, const QString &value);
    Database &m_database;
};

} // namespace rc::sync

Q_DECLARE_METATYPE(rc::sync::SyncState)
Q_DECLARE_METATYPE(rc::sync::SyncSettings)
