// Intake asks head office for the phone's history (issue 19): `repairctl ticket create` at a
// station counts a repair another center made (RW-1), skips the tickets the store already
// holds, and, when head office is stopped or never answers, finishes within the bound with
// the store's own history and says so.
#include "synctestsupport.h"
#include "workflowstore.h"

#include "sync/wire.h"
#include "tickets/recordjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

namespace {

const QString kImei = QStringLiteral("490154203237518");

QByteArray snapshot(const QString &entity, const QString &id, const QJsonObject &payload)
{
    return synctest::snapshotRecord(entity, id, payload,
                                    QStringLiteral("5f0c2a8e-2222-4a2b-9c3d-000000000002"));
}

Device device(const QString &id)
{
    Device d;
    d.id = id;
    d.version = 1;
    d.imei1 = kImei;
    d.brand = QStringLiteral("Xiaomi");
    d.model = QStringLiteral("Redmi Note 13");
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc().addDays(-30);
    return d;
}

struct Created
{
    int exitCode = -1;
    qint64 wallMs = 0;
    QJsonObject json;
    QByteArray err;
};

} // namespace

class TestIntakeHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otherCentersRepairCounts();
    void silentOrStoppedHeadOffice();

private:
    Created create(test::WorkflowStore &store);
};

void TestIntakeHistory::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
}

// `repairctl ticket create` as the clerk for kImei: no sale date, so only a repair warranty
// can cover the main unit.
Created TestIntakeHistory::create(test::WorkflowStore &store)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), store.clerk.username);
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("1111"));
    p.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    p.start(repairctlPath(),
            {QStringLiteral("--db"), store.db->path(), QStringLiteral("ticket"),
             QStringLiteral("create"), QStringLiteral("--imei"), kImei, QStringLiteral("--name"),
             QStringLiteral("王小明"), QStringLiteral("--phone"), QStringLiteral("13812345678"),
             QStringLiteral("--fault"), QStringLiteral("不开机"),
             QStringLiteral("--backup-consent")});
    Created out;
    if (!p.waitForFinished(30000))
        return out;
    out.wallMs = wall.elapsed();
    out.exitCode = p.exitCode();
    out.err = p.readAllStandardError();
    out.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return out;
}

void TestIntakeHistory::otherCentersRepairCounts()
{
    test::WorkflowStore store;
    QVERIFY(store.setUp());
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, store.dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QStringList tokens = hq.addTokens({QStringLiteral("SZ01"), QStringLiteral("GZ02")});
    QCOMPARE(tokens.size(), 2);
    QVERIFY2(hq.start(), hq.stderrText().constData());

    // Another center (GZ02) repaired the main unit under warranty and handed it back 20 days
    // ago: within the 90 repair-warranty days.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Ticket repaired;
    repaired.id = QStringLiteral("t-gz-1");
    repaired.version = 1;
    repaired.number = QStringLiteral("GZ02-01-0001");
    repaired.center = QStringLiteral("GZ02");
    repaired.customerId = QStringLiteral("cust-gz-1");
    repaired.deviceId = QStringLiteral("d-gz-1");
    repaired.createdAt = repaired.updatedAt = now.addDays(-25);
    repaired.faultDescription = QStringLiteral("no power");
    repaired.faultCategory = QStringLiteral("performance");
    repaired.component = QStringLiteral("main_unit");
    repaired.status = TicketStatus::PickedUp;
    repaired.pickedUpAt = repaired.statusChangedAt = now.addDays(-20);
    repaired.warrantyVerdict = {{QStringLiteral("covered"), true}};
    QCOMPARE(postRecords(hq.url(), QStringLiteral("GZ02"), tokens.at(1),
                         {snapshot(QStringLiteral("device"), QStringLiteral("d-gz-1"),
                                   toJson(device(QStringLiteral("d-gz-1")))),
                          snapshot(QStringLiteral("ticket"), repaired.id, toJson(repaired)),
                          // GZ02 also replaced the phone's charger (CN-13 counts it).
                          snapshot(QStringLiteral("device_exchange"), QStringLiteral("x-gz-1"),
                                   {{QStringLiteral("device_id"), QStringLiteral("d-gz-1")},
                                    {QStringLiteral("component"), QStringLiteral("charger")},
                                    {QStringLiteral("date"),
                                     now.addDays(-22).date().toString(Qt::ISODate)}})}),
             200);

    // Without head office the phone is not covered: no sale date, no repair here.
    Created local = create(store);
    QVERIFY2(local.exitCode == 0, local.err.constData());
    QJsonObject headOffice = local.json.value(QLatin1String("head_office")).toObject();
    QCOMPARE(headOffice.value(QLatin1String("asked")).toBool(true), false);
    QCOMPARE(headOffice.value(QLatin1String("reason")).toString(), QStringLiteral("no_hq"));
    QJsonObject verdict = local.json.value(QLatin1String("warranty_verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("covered")).toBool(true), false);
    const QString localNumber = local.json.value(QLatin1String("number")).toString();
    QVERIFY(!localNumber.isEmpty());

    Status saved = store.wf->admin.setSettings(
        store.manager.id, {{QStringLiteral("sync.hq_url"), hq.url().toString()},
                           {QStringLiteral("sync.token"), tokens.at(0)},
                           {QStringLiteral("sync.interval_seconds"), QStringLiteral("3600")}});
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    // This store's own ticket reaches head office too: it is not counted a second time.
    Ticket own;
    own.id = QStringLiteral("t-own");
    own.version = 1;
    own.number = localNumber;
    own.center = QStringLiteral("SZ01");
    own.customerId = QStringLiteral("cust-own");
    own.deviceId = QStringLiteral("d-own");
    own.createdAt = own.updatedAt = own.statusChangedAt = now.addSecs(-60);
    own.faultDescription = QStringLiteral("不开机");
    own.faultCategory = QStringLiteral("performance");
    own.component = QStringLiteral("main_unit");
    QCOMPARE(postRecords(hq.url(), QStringLiteral("SZ01"), tokens.at(0),
                         {snapshot(QStringLiteral("device"), QStringLiteral("d-own"),
                                   toJson(device(QStringLiteral("d-own")))),
                          snapshot(QStringLiteral("ticket"), own.id, toJson(own))}),
             200);

    // With head office: GZ02's repair gives the repair warranty (RW-1).
    const Created asked = create(store);
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    headOffice = asked.json.value(QLatin1String("head_office")).toObject();
    QCOMPARE(headOffice.value(QLatin1String("asked")).toBool(), true);
    QCOMPARE(headOffice.value(QLatin1String("answered")).toBool(), true);
    QCOMPARE(headOffice.value(QLatin1String("tickets_received")).toInt(), 2);
    QCOMPARE(headOffice.value(QLatin1String("tickets_used")).toInt(), 1);
    QCOMPARE(headOffice.value(QLatin1String("repairs_counted")).toInt(), 1);
    QCOMPARE(headOffice.value(QLatin1String("exchanges_counted")).toInt(), 1);
    verdict = asked.json.value(QLatin1String("warranty_verdict")).toObject();
    QCOMPARE(verdict.value(QLatin1String("covered")).toBool(), true);
    QVERIFY2(verdict.value(QLatin1String("rules")).toArray().contains(QStringLiteral("RW-1")),
             QJsonDocument(verdict).toJson().constData());
    // The stored case holds the other center's repair, as every later reading of it sees it.
    const QJsonObject history = asked.json.value(QLatin1String("warranty_case"))
                                    .toObject()
                                    .value(QLatin1String("history"))
                                    .toObject();
    const QJsonArray ours = history.value(QLatin1String("our_repairs")).toArray();
    QCOMPARE(ours.size(), 1);
    QCOMPARE(history.value(QLatin1String("covered_repairs")).toArray().size(), 1);
    const QJsonArray exchanges = history.value(QLatin1String("exchanges")).toArray();
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.at(0).toObject().value(QLatin1String("component")).toString(),
             QStringLiteral("charger"));
}

void TestIntakeHistory::silentOrStoppedHeadOffice()
{
    test::WorkflowStore store;
    QVERIFY(store.setUp());
    // A listening socket that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Status saved = store.wf->admin.setSettings(
        store.manager.id, {{QStringLiteral("sync.hq_url"),
                            QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())},
                           {QStringLiteral("sync.token"), QStringLiteral("rc_station_token")},
                           {QStringLiteral("sync.interval_seconds"), QStringLiteral("3600")}});
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    const Created late = create(store);
    QVERIFY2(late.exitCode == 0, late.err.constData());
    QJsonObject headOffice = late.json.value(QLatin1String("head_office")).toObject();
    QCOMPARE(headOffice.value(QLatin1String("asked")).toBool(), true);
    QCOMPARE(headOffice.value(QLatin1String("answered")).toBool(true), false);
    QCOMPARE(headOffice.value(QLatin1String("reason")).toString(), QStringLiteral("timeout"));
    const qint64 waited = headOffice.value(QLatin1String("elapsed_ms")).toInteger();
    QVERIFY2(waited >= 1400 && waited <= 1800, qPrintable(QString::number(waited)));
    QVERIFY2(late.wallMs < 4000, qPrintable(QString::number(late.wallMs)));
    qInfo("silent head office: asked for %lld ms, repairctl ran %lld ms", waited, late.wallMs);
    QVERIFY(!late.json.value(QLatin1String("number")).toString().isEmpty());

    // Head office stopped: refused at once, the ticket saved with the store's history.
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, store.dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    QVERIFY(!hq.addToken(QStringLiteral("SZ01")).isEmpty());
    QVERIFY2(hq.start(), hq.stderrText().constData());
    const QUrl url = hq.url();
    hq.stop();
    saved = store.wf->admin.setSettings(store.manager.id,
                                        {{QStringLiteral("sync.hq_url"), url.toString()}});
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    const Created stopped = create(store);
    QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
    headOffice = stopped.json.value(QLatin1String("head_office")).toObject();
    QCOMPARE(headOffice.value(QLatin1String("asked")).toBool(), true);
    QCOMPARE(headOffice.value(QLatin1String("answered")).toBool(true), false);
    QCOMPARE(headOffice.value(QLatin1String("reason")).toString(), QStringLiteral("unreachable"));
    QVERIFY2(headOffice.value(QLatin1String("elapsed_ms")).toInteger() <= 1800,
             QJsonDocument(headOffice).toJson().constData());
    QVERIFY2(stopped.wallMs < 4000, qPrintable(QString::number(stopped.wallMs)));
    qInfo("stopped head office: repairctl ran %lld ms", stopped.wallMs);
    // The verdict was given from the store's own history.
    QVERIFY(stopped.json.value(QLatin1String("warranty_verdict"))
                .toObject()
                .contains(QLatin1String("covered")));
}

QTEST_GUILESS_MAIN(TestIntakeHistory)
#include "tst_intakehistory.moc"
