// Versions that never go backwards (issue 19, docs/sync-protocol.md "Version 2"): the store's
// Lamport clock strictly increases and survives a reopen; `db restore` gives the store a new
// incarnation and a clock no lower than the store it replaced, so an edit after a restore is
// applied at a real repair-hq instead of being dropped as stale; the engine sends protocol 2
// (each record's origin, the batch's station); a store without a center code refuses to sync,
// and `repairctl sync run --once` exits 1 when anything was refused or set aside.
#include "synctestsupport.h"

#include "common/clock.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/versionclock.h"
#include "sync/syncengine.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rc;
using namespace rc::synctest;

namespace {

// As the store's manager (boss, PIN 432100: see setUpStore); `input` on standard input.
QByteArray run(const QStringList &arguments, int *exitCode, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("432100"));
    process.setProcessEnvironment(env);
    process.start(repairctlPath(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return process.readAllStandardError();
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

// A store set up for center DEMO, station 02, with its manager.
bool setUpStore(const QString &store, QByteArray *out)
{
    int exitCode = 0;
    *out = run({QStringLiteral("--db"), store, QStringLiteral("setup"), QStringLiteral("--center"),
                QStringLiteral("DEMO"), QStringLiteral("--center-name"), QStringLiteral("示范中心"),
                QStringLiteral("--station"), QStringLiteral("02"), QStringLiteral("--manager"),
                QStringLiteral("boss"), QStringLiteral("--manager-name"), QStringLiteral("王店长")},
               &exitCode, "432100\n");
    return exitCode == 0;
}

QString clockOrigin(const QString &store, qint64 *clock)
{
    auto db = Database::open(store);
    if (!db)
        return {};
    auto value = VersionClock::current(**db);
    auto origin = VersionClock::origin(**db);
    *clock = value ? *value : -1;
    return origin ? *origin : QString();
}

// A minimal head office on loopback: keeps every batch body it receives and answers each
// record as applied.
class CapturingHq : public QObject
{
public:
    CapturingHq()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QList<QByteArray> bodies;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        bodies.append(body);
        auto batch = sync::decodeBatch(body);
        sync::BatchResult result;
        if (batch) {
            result.batchId = batch->batchId;
            for (const sync::IncomingRecord &in : batch->records)
                result.results.append({in.record.entity,
                                       in.record.id,
                                       in.record.version,
                                       sync::RecordStatus::Applied,
                                       {}});
        }
        const QByteArray answer = sync::encodeBatchResult(result);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

sync::SyncSettings settingsFor(const QUrl &url)
{
    sync::SyncSettings settings;
    settings.hqUrl = url;
    settings.token = QStringLiteral("t0ken");
    settings.intervalSeconds = 3600;
    return settings;
}

} // namespace

class TestSyncVersions : public QObject
{
    Q_OBJECT

private slots:
    void clockIncreasesAndSurvivesReopen();
    void observeOnlyRaises();
    void restoreRenewsIncarnationAboveReplacedClock();
    void editAfterRestoreIsAppliedAtHq();
    void protocolTwoOnTheWire();
    void refusedWithoutCenterCode();
    void syncRunFailsWhenRecordsAreSetAside();
};

void TestSyncVersions::clockIncreasesAndSurvivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    SystemClock clock;
    QString origin;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        auto first = VersionClock::origin(**db);
        QVERIFY(first);
        origin = *first;
        QVERIFY(!QUuid::fromString(origin).isNull());
        SettingsRepository settings(**db, clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("A%1").arg(i)));
    }
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE(*VersionClock::origin(**db), origin);
    SettingsRepository settings(**db, clock);
    QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("after reopen")));
    QSqlQuery query((*db)->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT version, origin, payload FROM outbox WHERE record_kind = "
                                  "'snapshot' ORDER BY seq")));
    qint64 previous = 0;
    int rows = 0;
    while (query.next()) {
        ++rows;
        const qint64 version = query.value(0).toLongLong();
        QVERIFY2(version > previous,
                 qPrintable(QStringLiteral("%1 after %2").arg(version).arg(previous)));
        previous = version;
        QCOMPARE(query.value(1).toString(), origin);
        QCOMPARE(QJsonDocument::fromJson(query.value(2).toByteArray())
                     .object()
                     .value(QLatin1String("version"))
                     .toInteger(),
                 version);
    }
    QCOMPARE(rows, 6);
    QCOMPARE(*VersionClock::current(**db), previous);
    // The setting's own version is its local counter; the wire version is the clock's.
    QVERIFY(query.exec(QStringLiteral("SELECT s.version, r.version, r.origin FROM settings s JOIN "
                                      "record_origins r ON r.entity = 'setting' AND r.id = s.key "
                                      "WHERE s.key = 'center.name'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 6);
    QCOMPARE(query.value(1).toLongLong(), previous);
    QCOMPARE(query.value(2).toString(), origin);
}

void TestSyncVersions::observeOnlyRaises()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(db);
    const qint64 start = *VersionClock::current(**db);
    QVERIFY((*db)->write([&] { return VersionClock::observe(**db, start + 40); }));
    QCOMPARE(*VersionClock::current(**db), start + 40);
    QVERIFY((*db)->write([&] { return VersionClock::observe(**db, 3); }));
    QCOMPARE(*VersionClock::current(**db), start + 40);
    qint64 next = 0;
    QVERIFY((*db)->write([&]() -> Status {
        auto value = VersionClock::next(**db);
        if (!value)
            return value.error();
        next = *value;
        return {};
    }));
    QCOMPARE(next, start + 41);
}

void TestSyncVersions::restoreRenewsIncarnationAboveReplacedClock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("old.sqlite"));
    SystemClock clock;
    QString origin;
    qint64 replacedClock = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        SettingsRepository settings(**db, clock);
        QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("before")));
        QVERIFY(Backup::writeTo(**db, backup));
        for (int i = 0; i < 7; ++i)
            QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("B%1").arg(i)));
        origin = *VersionClock::origin(**db);
        replacedClock = *VersionClock::current(**db);
    }
    const Status restored = Backup::restore(backup, path, true, clock);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    auto db = Database::open(path);
    QVERIFY(db);
    const QString renewed = *VersionClock::origin(**db);
    QVERIFY(renewed != origin);
    QVERIFY(!QUuid::fromString(renewed).isNull());
    QVERIFY(*VersionClock::current(**db) >= replacedClock);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE origin = '%1' AND "
                                      "record_kind = 'snapshot' AND version <= %2")
                           .arg(renewed)
                           .arg(replacedClock))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestSyncVersions::editAfterRestoreIsAppliedAtHq()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("counter.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    QByteArray out;
    QVERIFY2(setUpStore(store, &out), out.constData());
    int exitCode = 0;
    const QStringList db {QStringLiteral("--db"), store};
    auto setName = [&](const QString &name) {
        out = run(db
                      + QStringList {QStringLiteral("settings"), QStringLiteral("set"),
                                     QStringLiteral("center.name"), name},
                  &exitCode);
        return exitCode == 0;
    };
    QVERIFY2(setName(QStringLiteral("周一")), out.constData());
    out = run(db + QStringList {QStringLiteral("db"), QStringLiteral("backup"), backup}, &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    QVERIFY2(setName(QStringLiteral("周二")), out.constData());

    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(hq.start());
    const QStringList push = db + QStringList {QStringLiteral("sync"),    QStringLiteral("run"),
                                               QStringLiteral("--hq"),    hq.url().toString(),
                                               QStringLiteral("--token"), token,
                                               QStringLiteral("--once")};
    out = run(push, &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    auto hqName = [&](qint64 *version) {
        QSqlQuery query(hqDb->connection());
        if (!query.exec(QStringLiteral("SELECT version, payload FROM records WHERE entity = "
                                       "'setting' AND id = 'center.name'"))
            || !query.next())
            return QString();
        *version = query.value(0).toLongLong();
        return QJsonDocument::fromJson(query.value(1).toByteArray())
            .object()
            .value(QLatin1String("value"))
            .toString();
    };
    qint64 tuesdayVersion = 0;
    QCOMPARE(hqName(&tuesdayVersion), QStringLiteral("周二"));
    qint64 clockBefore = 0;
    const QString originBefore = clockOrigin(store, &clockBefore);

    // Monday's backup comes back; the next edit must not reuse a version HQ holds.
    out = run(db
                  + QStringList {QStringLiteral("db"), QStringLiteral("restore"),
                                 QStringLiteral("--force"), backup},
              &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    qint64 clockAfter = 0;
    const QString originAfter = clockOrigin(store, &clockAfter);
    QVERIFY(!originAfter.isEmpty());
    QVERIFY(originAfter != originBefore);
    QVERIFY(clockAfter >= clockBefore);
    QVERIFY2(setName(QStringLiteral("周三")), out.constData());
    out = run(push, &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    qint64 wednesdayVersion = 0;
    QCOMPARE(hqName(&wednesdayVersion), QStringLiteral("周三"));
    QVERIFY(wednesdayVersion > tuesdayVersion);
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QLatin1String("pending")).toInt(-1), 0);
    QCOMPARE(status.value(QLatin1String("quarantined")).toInt(-1), 0);
}

void TestSyncVersions::protocolTwoOnTheWire()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    SystemClock clock;
    QString origin;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        SettingsRepository settings(**db, clock);
        QVERIFY(settings.setValues({{QStringLiteral("center.code"), QStringLiteral("SH01")},
                                    {QStringLiteral("station.code"), QStringLiteral("03")}}));
        QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("上海一店")));
        origin = *VersionClock::origin(**db);
    }
    CapturingHq hq;
    QVERIFY(hq.listen());
    sync::SyncEngine engine(path, settingsFor(hq.url()), clock);
    QSignalSpy drained(&engine, &sync::SyncEngine::drained);
    engine.start();
    QVERIFY(drained.wait(20000));
    QVERIFY(!hq.bodies.isEmpty());
    QStringList sent;
    for (const QByteArray &body : std::as_const(hq.bodies)) {
        auto batch = sync::decodeBatch(body);
        QVERIFY(batch);
        QCOMPARE(batch->protocol, 2);
        QCOMPARE(batch->station, QStringLiteral("03"));
        QCOMPARE(batch->center, QStringLiteral("SH01"));
        for (const sync::IncomingRecord &in : batch->records) {
            sent.append(in.record.id);
            QVERIFY(in.isValid());
            QCOMPARE(in.record.origin, origin);
            QCOMPARE(in.record.payload.value(QLatin1String("center")).toString(),
                     QStringLiteral("SH01"));
            QCOMPARE(in.record.payload.value(QLatin1String("version")).toInteger(),
                     in.record.version);
        }
    }
    QVERIFY(sent.contains(QStringLiteral("center.name")));
    QVERIFY(sent.contains(QStringLiteral("center.code")));
}

void TestSyncVersions::refusedWithoutCenterCode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    SystemClock clock;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        SettingsRepository settings(**db, clock);
        QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("无代码")));
    }
    CapturingHq hq;
    QVERIFY(hq.listen());
    {
        sync::SyncEngine engine(path, settingsFor(hq.url()), clock);
        QSignalSpy refused(&engine, &sync::SyncEngine::refused);
        QSignalSpy drained(&engine, &sync::SyncEngine::drained);
        engine.start();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(engine.state().phase, sync::SyncPhase::Refused);
        QVERIFY(engine.state().lastError.contains(QStringLiteral("center code")));
        QCOMPARE(engine.state().pending, 1);
        QTest::qWait(300);
        QVERIFY(hq.bodies.isEmpty());
        QCOMPARE(drained.size(), 0);
    }

    int exitCode = 0;
    QByteArray out
        = run({QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("run"),
               QStringLiteral("--hq"), hq.url().toString(), QStringLiteral("--token"),
               QStringLiteral("t0ken"), QStringLiteral("--once")},
              &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(out.contains("center code"), out.constData());
    out = run({QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("status")},
              &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QVERIFY2(
        status.value(QLatin1String("refused")).toString().contains(QStringLiteral("center code")),
        out.constData());
    QCOMPARE(status.value(QLatin1String("pending")).toInt(-1), 1);
    QVERIFY(hq.bodies.isEmpty());
}

void TestSyncVersions::syncRunFailsWhenRecordsAreSetAside()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("counter.sqlite"));
    QByteArray out;
    QVERIFY2(setUpStore(store, &out), out.constData());
    {
        // A row HQ refuses on its own (payload text with U+0000), among good ones.
        auto db = Database::open(store);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO outbox (record_kind, entity, entity_id, version, origin, payload, "
            "created_at) VALUES ('snapshot', 'customer', 'c-nul', 1, '', "
            "'{\"id\":\"c-nul\",\"version\":1,\"name\":\"a\\u0000b\"}', "
            "'2026-12-01T00:00:00.000Z')")));
    }
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(hq.start());
    int exitCode = 0;
    out = run({QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("run"),
               QStringLiteral("--hq"), hq.url().toString(), QStringLiteral("--token"), token,
               QStringLiteral("--once")},
              &exitCode);
    QVERIFY2(exitCode == 1, out.constData());
    QVERIFY2(out.contains("\"quarantined\":1") || out.contains("\"quarantined\": 1"),
             out.constData());
    QVERIFY2(out.contains("\"pending\":0") || out.contains("\"pending\": 0"), out.constData());
}

QTEST_GUILESS_MAIN(TestSyncVersions)
#include "tst_syncversions.moc"
