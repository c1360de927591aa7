// A notice to collect and a disposal (issue 20: uncollected phones) reach a real repair-hq:
// the collect_notice snapshots, the ticket at "disposed" and its events, through
// `repairctl sync run` — a new entity needs nothing new at HQ (docs/sync-protocol.md).
#include "synctestsupport.h"
#include "workflowstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

class TestCollectSync : public QObject
{
    Q_OBJECT

private slots:
    void noticesAndDisposalReachHq_data();
    void noticesAndDisposalReachHq();
};

void TestCollectSync::noticesAndDisposalReachHq_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestCollectSync::noticesAndDisposalReachHq()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    test::WorkflowStore store;
    QVERIFY(store.setUp());
    auto boss = store.wf->admin.addUser(store.manager.id, QStringLiteral("zhao"),
                                        QStringLiteral("赵经理"), Role::Manager,
                                        QStringLiteral("246810"));
    QVERIFY(boss);
    const Ticket t = store.walkTo(store.registered(), TicketStatus::Ready);
    auto phone = store.wf->tickets.noticeToCollect(store.clerk.id, t.id, QStringLiteral("phone"));
    QVERIFY(phone);
    store.clock.advanceSeconds(14 * 24 * 3600);
    auto letter = store.wf->tickets.noticeToCollect(store.clerk.id, t.id, QStringLiteral("letter"));
    QVERIFY(letter);
    store.clock.advanceSeconds(90 * 24 * 3600);
    auto disposed = store.wf->tickets.dispose(boss->id, t.id, QStringLiteral("客户失联，送回收"));
    QVERIFY2(disposed, disposed ? "" : qPrintable(disposed.error().message));
    // The version the ticket is sent at: the store's clock at its last write.
    const qint64 ticketVersion = store.count(
        QStringLiteral("SELECT version FROM record_origins WHERE entity = 'ticket' AND id = ?"),
        {t.id});
    const qint64 events = store.count(
        QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {t.id});

    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), store.dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("SZ01"));
    QVERIFY(hq.start());
    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("zhao"));
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("246810"));
    env.insert(QStringLiteral("RC_HQ_TOKEN"), token);
    sync.setProcessEnvironment(env);
    sync.start(repairctlPath(),
               {QStringLiteral("--db"), store.dir.filePath(QStringLiteral("store.sqlite")),
                QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--hq"),
                hq.url().toString(), QStringLiteral("--once")});
    QVERIFY(sync.waitForFinished(120000));
    const QByteArray out = sync.readAllStandardOutput();
    QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QLatin1String("pending")).toInt(-1), 0);
    QCOMPARE(status.value(QLatin1String("quarantined")).toInt(-1), 0);

    // HQ holds both notices as they were given, the ticket at "disposed", every event.
    QSqlQuery q(hqDb->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, payload FROM records WHERE center = 'SZ01' AND "
                                  "entity = 'collect_notice'")));
    QHash<QString, QJsonObject> notices;
    while (q.next())
        notices.insert(q.value(0).toString(),
                       QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.value(phone->id).value(QLatin1String("how")).toString(),
             QStringLiteral("phone"));
    QCOMPARE(notices.value(letter->id).value(QLatin1String("how")).toString(),
             QStringLiteral("letter"));
    QCOMPARE(notices.value(letter->id).value(QLatin1String("date")).toString(),
             letter->date.toString(Qt::ISODate));
    QCOMPARE(notices.value(letter->id).value(QLatin1String("ticket_id")).toString(), t.id);
    QVERIFY(q.exec(QStringLiteral("SELECT version, payload FROM records WHERE center = 'SZ01' "
                                  "AND entity = 'ticket' AND id = '%1'")
                       .arg(t.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), ticketVersion);
    QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                 .object()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("disposed"));
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events WHERE center = 'SZ01' AND "
                                  "entity = 'ticket_event'")));
    qint64 atHq = 0;
    while (q.next()) {
        const QJsonObject event = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (event.value(QLatin1String("ticket_id")).toString() == t.id)
            ++atHq;
    }
    QCOMPARE(atHq, events);
}

QTEST_GUILESS_MAIN(TestCollectSync)
#include "tst_collectsync.moc"
