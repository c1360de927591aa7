// The puller against a real repair-hq (issue 19, docs/sync-protocol.md "Version 2: how a
// station applies"): its pages grow while they apply quickly, the next page is asked for
// while one is written, and a page that cannot be written drops the page asked for after it,
// so that the pull goes on from the stored cursor and nothing is skipped.
#include "synctestsupport.h"
#include "workflowstore.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncpuller.h"
#include "workflow/remotechanges.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

namespace {

constexpr int kRecords = 6000; // 1 500 tickets with their customers, devices and events

} // namespace

class TestSyncPuller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesGrowAndNothingIsSkipped();
    void failedPageDropsTheNextOne();
    void cleanupTestCase();

private:
    // A fresh station 02 store, and the puller's count of what it holds from station 01.
    bool freshStation(test::WorkflowStore &b);
    qint64 fromStation01(test::WorkflowStore &b, const QString &table);

    test::WorkflowStore m_a;
    std::unique_ptr<HqDatabase> m_hqDb;
    std::unique_ptr<HqProcess> m_hq;
    QString m_tokenB;
    SystemClock m_clock;
};

void TestSyncPuller::initTestCase()
{
    QVERIFY(m_a.setUp());
    QString error;
    m_hqDb = HqDatabase::create(Backend::Sqlite, m_a.dir.path(), &error);
    QVERIFY2(m_hqDb, qPrintable(error));
    m_hq = std::make_unique<HqProcess>(m_hqDb->spec());
    const QString tokenA
        = addStationToken(m_hqDb->spec(), QStringLiteral("SZ01"), QStringLiteral("01"));
    m_tokenB = addStationToken(m_hqDb->spec(), QStringLiteral("SZ01"), QStringLiteral("02"));
    QVERIFY(!tokenA.isEmpty() && !m_tokenB.isEmpty());
    QVERIFY2(m_hq->start(), m_hq->stderrText().constData());

    // Station 01's backlog, pushed to HQ once for both tests.
    QVERIFY(fillTicketBacklog(*m_a.db, kRecords));
    sync::SyncTuning push;
    push.maxRecords = sync::WireLimits::maxRecords;
    push.maxBytes = 3 * 1024 * 1024;
    sync::SyncEngine engine(m_a.dir.filePath(QStringLiteral("store.sqlite")),
                            stationSettings(m_hq->url(), tokenA), m_clock, push);
    QSignalSpy drained(&engine, &sync::SyncEngine::drained);
    engine.start();
    QVERIFY(drained.wait(120000));
    engine.stop();
    QCOMPARE(outboxCount(*m_a.db), qint64(0));
}

void TestSyncPuller::cleanupTestCase()
{
    if (m_hq)
        m_hq->stop();
}

bool TestSyncPuller::freshStation(test::WorkflowStore &b)
{
    b.stationCode = QStringLiteral("02");
    b.userPrefix = QStringLiteral("s2_");
    b.withPrices = false;
    b.managerPin = QStringLiteral("654321");
    return b.setUp();
}

qint64 TestSyncPuller::fromStation01(test::WorkflowStore &b, const QString &table)
{
    if (table == QLatin1String("ticket_events"))
        return b.count(QStringLiteral("SELECT count(*) FROM ticket_events e JOIN tickets t ON "
                                      "t.id = e.ticket_id WHERE t.station = '01'"));
    return b.count(QStringLiteral("SELECT count(*) FROM %1 WHERE station = '01'").arg(table));
}

void TestSyncPuller::pagesGrowAndNothingIsSkipped()
{
    test::WorkflowStore b;
    QVERIFY(freshStation(b));
    // Pages that apply well within the target grow fourfold each. The next page is asked for
    // before this one is written, so each size is asked for twice: 500, 500, 2 000, 2 000,
    // then what is left (up to 5 000).
    sync::PullTuning tuning;
    tuning.firstLimit = 500;
    tuning.pageTargetMs = 60000;
    sync::SyncPuller puller(b.dir.filePath(QStringLiteral("store.sqlite")),
                            stationSettings(m_hq->url(), m_tokenB), m_clock, tuning);
    QSignalSpy pulled(&puller, &sync::SyncPuller::pulled);
    QSignalSpy caughtUp(&puller, &sync::SyncPuller::caughtUp);
    puller.start();
    QVERIFY(caughtUp.wait(120000));
    puller.stop();
    QList<qint64> behind;
    for (const QList<QVariant> &args : std::as_const(pulled))
        behind << args.at(1).toLongLong();
    // Station 01's own setup (users, settings, audit entries) comes with the backlog.
    QVERIFY(!behind.isEmpty());
    const qint64 total = behind.first() + 500;
    QVERIFY(total > kRecords && total < kRecords + 5000);
    QCOMPARE(behind, (QList<qint64> {total - 500, total - 1000, total - 3000, total - 5000, 0}));
    QCOMPARE(fromStation01(b, QStringLiteral("tickets")), qint64(kRecords / 4));
    QCOMPARE(fromStation01(b, QStringLiteral("ticket_events")), qint64(kRecords / 4));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM parked_records")), qint64(0));
}

void TestSyncPuller::failedPageDropsTheNextOne()
{
    test::WorkflowStore b;
    QVERIFY(freshStation(b));
    sync::PullTuning tuning;
    tuning.firstLimit = 1000;
    tuning.limit = 1000;
    tuning.backoffBaseMs = 200;
    tuning.backoffMaxMs = 400;
    sync::SyncPuller puller(b.dir.filePath(QStringLiteral("store.sqlite")),
                            stationSettings(m_hq->url(), m_tokenB), m_clock, tuning);
    QSignalSpy failed(&puller, &sync::SyncPuller::failed);
    QSignalSpy caughtUp(&puller, &sync::SyncPuller::caughtUp);

    // Another connection holds the store's write lock: the first page cannot be written
    // (busy beyond the store's wait) while the second one, asked for at once, arrives.
    auto blocker = Database::open(b.dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(blocker);
    QVERIFY((*blocker)->exec(QStringLiteral("BEGIN IMMEDIATE")));
    puller.start();
    QVERIFY(failed.wait(30000));
    QVERIFY2(
        failed.at(0).at(0).toString().contains(QLatin1String("busy"), Qt::CaseInsensitive)
            || failed.at(0).at(0).toString().contains(QLatin1String("locked"), Qt::CaseInsensitive),
        qPrintable(failed.at(0).at(0).toString()));
    QVERIFY((*blocker)->exec(QStringLiteral("ROLLBACK")));

    // Released: the pull starts again from the stored cursor, which is still the empty one.
    QVERIFY(caughtUp.wait(120000));
    puller.stop();
    QCOMPARE(fromStation01(b, QStringLiteral("tickets")), qint64(kRecords / 4));
    QCOMPARE(fromStation01(b, QStringLiteral("ticket_events")), qint64(kRecords / 4));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM parked_records")), qint64(0));
    auto state = workflow::RemoteChanges::state(*b.db);
    QVERIFY(state);
    QCOMPARE(state->behind, qint64(0));
}

QTEST_GUILESS_MAIN(TestSyncPuller)
#include "tst_syncpuller.moc"
