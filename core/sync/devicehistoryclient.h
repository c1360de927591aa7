#pragma once

#include "sync/syncstate.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rc::sync {

// One ticket of a phone at any center as head office tells it (GET /v1/devices/{imei}/history,
// docs/sync-protocol.md): no customer data.
struct HqDeviceTicket
{
    QString center;
    QString number;
    QString status;
    QString component; // empty: not stated
    QString faultCode;
    QDateTime createdAt; // UTC
    QDateTime closedAt; // the pickup, else when an ended ticket ended; invalid: open
    std::optional<bool> covered;
};

// One exchange (换货) recorded on the phone at any center: a main unit given in exchange
// (CN-12 restarts its warranty) or an accessory replaced (CN-13).
struct HqDeviceExchange
{
    QString id; // the exchange record's id: one this store holds is not counted twice
    QString center;
    QString component;
    QDate date;
};

// What asking head office for a phone's history gave.
struct HqDeviceHistory
{
    enum class Outcome {
        NotAsked, // no head office set, or no token: nothing was sent
        Answered, // tickets holds HQ's answer
        Failed, // sent, but no usable answer in time (reason says why)
    };
    QString imei;
    Outcome outcome = Outcome::NotAsked;
    // NotAsked / Failed: a short code (no_hq, no_token, timeout, unreachable, refused, http,
    // bad_answer) and the sentence for it.
    QString reasonCode = QStringLiteral("no_hq");
    QString reason;
    QList<HqDeviceTicket> tickets;
    QList<HqDeviceExchange> exchanges; // empty from an HQ that does not tell them
    qint64 elapsedMs = 0;
};

// Asks head office for one phone's history through Transport (its address rules, CA file and
// the station's token), bounded in time: finished() comes once per ask(), at the latest
// boundMs after it (connecting included), with the answer or why there is none. Nothing
// blocks the thread it lives on; askAndWait() is the blocking form for the command line.
class DeviceHistoryClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultBoundMs = 1500;

    explicit DeviceHistoryClient(QObject *parent = nullptr);
    ~DeviceHistoryClient() override;

    // Starts asking for imei (15 digits) and drops an ask still running (its finished() never
    // comes). Without an address or token, finished() comes from the event loop with
    // NotAsked.
    void ask(const SyncSettings &settings, const QString &imei, int boundMs = kDefaultBoundMs);
    // Drops the running ask, if any.
    void cancel();
    bool isAsking() const { return !m_reply.isNull(); }

    // ask() and a local event loop until the answer: at most boundMs.
    static HqDeviceHistory askAndWait(const SyncSettings &settings, const QString &imei,
                                      int boundMs = kDefaultBoundMs);
    // The answer (Answered, its tickets and exchanges), or why the body is not a history of
    // imei.
    static Result<HqDeviceHistory> decode(const QByteArray &body, const QString &imei);
    // Why settings cannot be asked (NotAsked), or nullopt when they can.
    static std::optional<HqDeviceHistory> notAsked(const SyncSettings &settings,
                                                   const QString &imei);

signals:
    void finished(const rc::sync::HqDeviceHistory &history);

private:
    void finish(HqDeviceHistory history);
    void onReplyFinished();
    void onTimeout();

    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    QString m_imei;
    int m_boundMs = kDefaultBoundMs;
    quint64 m_generation = 0; // bumped by cancel(): a late NotAsked of a dropped ask is dropped
    QElapsedTimer m_elapsed;
};

} // namespace rc::sync

Q_DECLARE_METATYPE(rc::sync::HqDeviceHistory)
