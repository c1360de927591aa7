// Two stations of one center through a real repair-hq (issue 19): each with its station token,
// each running `repairctl sync run --once` (push, then pull until HQ has nothing more). A
// ticket registered at station 01 appears at station 02; the diagnosis made at 02 appears at
// 01; `sync status` reports the pull; the audit chains stay whole at HQ and at both stations.
#include "hqload.h"
#include "synctestsupport.h"
#include "workflowstore.h"

#include "store/auditchain.h"
#include "store/diagnosisrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

namespace {

// `repairctl sync run --once` for one station; its `sync status` JSON.
QJsonObject syncOnce(test::WorkflowStore &store, const QString &user, const QString &pin,
                     const QUrl &hq, const QString &token)
{
    return syncRunOnce(store.dir.filePath(QStringLiteral("store.sqlite")), user, pin, hq, token);
}

} // namespace

class TestStationPull : public QObject
{
    Q_OBJECT

private slots:
    void ticketAndDiagnosisCrossStations();
};

void TestStationPull::ticketAndDiagnosisCrossStations()
{
    test::WorkflowStore a;
    QVERIFY(a.setUp());
    test::WorkflowStore b;
    b.stationCode = QStringLiteral("02");
    b.userPrefix = QStringLiteral("s2_");
    b.withPrices = false;
    b.managerPin = QStringLiteral("654321");
    QVERIFY(b.setUp());

    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, a.dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString tokenA
        = addStationToken(hqDb->spec(), QStringLiteral("SZ01"), QStringLiteral("01"));
    const QString tokenB
        = addStationToken(hqDb->spec(), QStringLiteral("SZ01"), QStringLiteral("02"));
    QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
    QVERIFY(hq.start());

    // Registered at 01, seen at 02.
    const Ticket t = a.registered();
    QCOMPARE(syncOnce(a, QStringLiteral("boss"), a.managerPin, hq.url(), tokenA)
                 .value(QLatin1String("pending"))
                 .toInt(-1),
             0);
    const QJsonObject statusB
        = syncOnce(b, QStringLiteral("s2_boss"), b.managerPin, hq.url(), tokenB);
    QCOMPARE(statusB.value(QLatin1String("behind")).toInt(-1), 0);
    QCOMPARE(statusB.value(QLatin1String("parked")).toInt(-1), 0);
    QVERIFY(!statusB.value(QLatin1String("pull_cursor")).toString().isEmpty());
    QVERIFY(statusB.value(QLatin1String("last_pull")).isString());
    const Ticket there = b.reread(t.id);
    QCOMPARE(there.number, t.number);
    QCOMPARE(there.status, TicketStatus::Received);

    // Diagnosed at 02 (with the price list 01 imported), seen at 01.
    b.screenItem = a.screenItem;
    b.labourItem = a.labourItem;
    b.walkTo(there, TicketStatus::Quoted);
    QCOMPARE(syncOnce(b, QStringLiteral("s2_boss"), b.managerPin, hq.url(), tokenB)
                 .value(QLatin1String("pending"))
                 .toInt(-1),
             0);
    const QJsonObject statusA = syncOnce(a, QStringLiteral("boss"), a.managerPin, hq.url(), tokenA);
    QCOMPARE(statusA.value(QLatin1String("parked")).toInt(-1), 0);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM diagnoses WHERE ticket_id = ?"), {t.id}),
             1);
    QCOMPARE(a.reread(t.id).status, TicketStatus::Quoted);
    QCOMPARE(
        a.count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE ticket_id = ?"), {t.id}), 2);

    // The audit trail (docs/audit.md): 02 wrote its own entries after it had applied 01's,
    // and 01 after 02's; each station's own entries link only to its own, so HQ finds both
    // stations' chains whole (nothing missing, nothing forked: the setup's entries are in the
    // new station's chain too), and each store's chains check, the other station's included.
    const QJsonObject chains = auditChainStats(hq.port(), tokenA);
    QVERIFY2(chains.value(QLatin1String("verified")).toInt() > 0,
             QJsonDocument(chains).toJson().constData());
    for (const char *count : {"edits", "forks", "gaps_open"})
        QVERIFY2(chains.value(QLatin1String(count)).toInt(-1) == 0,
                 QJsonDocument(chains).toJson().constData());
    for (test::WorkflowStore *store : {&a, &b}) {
        auto report = auditchain::check(*store->db);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->problems.isEmpty(),
                 qPrintable(report->problems.isEmpty() ? QString()
                                                       : report->problems.constFirst().what));
    }
    QVERIFY(b.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE station = '01'")) > 0);
    QVERIFY(a.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE station = '02'")) > 0);
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE station = '01' AND "
                                    "kind = 'setting.change'")),
             a.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE station = '01' AND "
                                    "kind = 'setting.change'")));
}

QTEST_GUILESS_MAIN(TestStationPull)
#include "tst_stationpull.moc"
