#pragma once

#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace rc {
class Clock;
class Database;
} // namespace rc

namespace rc::sync {

// How the engine paces itself; the defaults suit a counter, tests shorten them.
struct SyncTuning
{
    int maxRecords = 500; // per batch
    qint64 maxBytes = 1024 * 1024; // per batch body
    int requestTimeoutMs = 30000;
    int backoffBaseMs = 1000; // first retry waits up to this (full jitter)
    int backoffMaxMs = 5 * 60 * 1000;
    int maxAttemptsAlone = 4; // a record failing alone this often becomes a suspect
    int maxRetryAfterMs = 60 * 60 * 1000; // a Retry-After longer than this is capped
};

// Pushes the outbox to HQ. Lives on the thread it is used from and opens its own store
// connection there (start()). One request at a time; acknowledged rows leave the outbox in
// one local transaction; failures are retried with exponential backoff and full jitter;
// records HQ rejects, or that keep failing alone while others go through, are quarantined.
// Only HQ's own answers can set a record aside: an error without HQ's JSON error body (a
// proxy's page, a wrong URL) or with a code that is not about the records only backs off.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(QString databasePath, SyncSettings settings, const Clock &clock,
               SyncTuning tuning = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncState state() const { return m_state; }

public slots:
    void start();
    void stop();
    // Tries now, cancelling a backoff wait (and an auth stop).
    void syncNow();
    void setSettings(const rc::sync::SyncSettings &settings);
    // Reads the settings again from the store (a Settings screen saved them) and applies them.
    void reloadSettings();
    // Puts a quarantined row (0: all of them) back in line and tries now.
    void retryQuarantined(qint64 seq = 0);

signals:
    void stateChanged(const rc::sync::SyncState &state);
    // Everything that can be sent has been acknowledged (quarantined rows may remain).
    void drained();
    // HQ refused the token: nothing more is sent until the settings change.
    void authFailed(const QString &message);
    // Nothing is sent (SyncPhase::Refused): the transport was refused (sync/transport.h) or
    // the store has no center code.
    void refused(const QString &message);
    void batchSettled(int acknowledged, int rejected);
    // The store could not be opened or read.
    void fatalError(const QString &message);

private:
    enum class Failure { Network, Server, Refused };
    void cycle();
    void onFinished(QNetworkReply *reply);
    void handleResults(QNetworkReply *reply, const QByteArray &body);
    // An answer that is not one of HQ's (no JSON error body): back off, set nothing aside.
    void notFromHq(QNetworkReply *reply, int status, const QByteArray &body);
    static bool isRecordLevel(int status, const QString &code);
    // The transport is refused (sync/transport.h): stopped until the settings change.
    void refuse(const QString &message);
    void handleFailure(Failure kind, const QString &error, int retryAfterMs);
    void scheduleCycle(int delayMs);
    int backoffDelayMs() const;
    int retryAfterMs(QNetworkReply *reply) const;
    void refreshCounts();
    void publish();
    void setError(const QString &error);
    // Reads the center and station codes again (they may change while running); false, with
    // the phase Refused, when the store may not sync.
    bool readIdentity();

    QString m_databasePath;
    SyncSettings m_settings;
    const Clock &m_clock;
    SyncTuning m_tuning;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncStateStore> m_stateStore;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr; // children, so that they move with the engine to its thread
    QTimer *m_timeout = nullptr;
    QPointer<QNetworkReply> m_reply;
    bool m_timedOut = false;
    bool m_running = false;
    QString m_center;
    QString m_station;
    bool m_refusedForIdentity = false; // Refused for want of a center code, not by the transport

    QList<PendingRecord> m_inFlight;
    QString m_batchId; // reused while the same rows are retried: HQ sees a replay
    QList<qint64> m_batchHeads;
    int m_batchLimit = 0; // shrinks on repeated failures (bisection), grows back on success
    int m_failures = 0; // consecutive failed requests
    qint64 m_lastHead = 0; // head seq of the last failed batch
    int m_headFailures = 0; // consecutive failures with that head
    QSet<qint64> m_suspects; // seqs of a record that failed alone; skipped while probing
    Error m_suspectError;
    SyncState m_state;
};

} // namespace rc::sync
