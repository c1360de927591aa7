// Reading and settling the outbox (docs/architecture.md) on a real store file.
#include "synctestsupport.h"

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rc;
using namespace rc::sync;
using namespace rc::synctest;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsInSeqOrderWithinLimits();
    void newerVersionsFoldOlderOnes();
    void boundedInBytes();
    void settleRemovesAndQuarantines();
    void ackOfNewerVersionClearsQuarantinedOlder();
    void brokenPayloadIsQuarantined();
    void releasePutsRowsBack();
    void stateIsPersisted();

private:
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Expected m_expected;
};

void TestOutbox::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(uuid())));
    QVERIFY(db);
    m_db = std::move(db).value();
    ensureOutbox(*m_db);
    m_expected = {};
}

void TestOutbox::cleanup()
{
    m_db.reset();
}

void TestOutbox::readsInSeqOrderWithinLimits()
{
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ids.append(uuid());
        addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), ids.last(), 1);
    }
    Outbox outbox(*m_db);
    auto batch = outbox.nextBatch(5, 1 << 20);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(batch->at(i).record.id, ids.at(i));
    QCOMPARE(batch->at(0).seqs, QList<qint64> {1});
    auto skipped = outbox.nextBatch(5, 1 << 20, {1, 2});
    QVERIFY(skipped);
    QCOMPARE(skipped->first().record.id, ids.at(2));
    QCOMPARE(*outbox.pendingCount(), 7);
}

void TestOutbox::newerVersionsFoldOlderOnes()
{
    const QString a = uuid();
    const QString b = uuid();
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), a, 1);
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), b, 1);
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), a, 2);
    addEvent(*m_db, m_expected, QStringLiteral("ticket_event"), uuid());
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), a, 3);
    Outbox outbox(*m_db);
    auto batch = outbox.nextBatch(10, 1 << 20);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 3);
    QCOMPARE(batch->at(0).record.id, a);
    QCOMPARE(batch->at(0).record.version, 3);
    QCOMPARE(batch->at(0).seqs, (QList<qint64> {1, 3, 5}));
    QCOMPARE(batch->at(1).record.id, b);
    QCOMPARE(batch->at(2).record.kind, RecordKind::Event);
    QVERIFY(outbox.settle(*batch, {}));
    QCOMPARE(*outbox.pendingCount(), 0);
}

void TestOutbox::boundedInBytes()
{
    for (int i = 0; i < 20; ++i)
        addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), uuid(), 1);
    Outbox outbox(*m_db);
    auto one = outbox.nextBatch(20, 1 << 20);
    QVERIFY(one);
    const qint64 recordBytes = one->first().encoded.size() + 1;
    auto batch = outbox.nextBatch(20, recordBytes * 3 + 2);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 3);
    // A record larger than the budget still goes, alone.
    auto tiny = outbox.nextBatch(20, 10);
    QVERIFY(tiny);
    QCOMPARE(tiny->size(), 1);
}

void TestOutbox::settleRemovesAndQuarantines()
{
    for (int i = 0; i < 4; ++i)
        addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), uuid(), 1);
    Outbox outbox(*m_db);
    auto batch = outbox.nextBatch(4, 1 << 20);
    QVERIFY(batch);
    QVERIFY(outbox.settle(batch->mid(0, 3), {{batch->at(3), Error {QStringLiteral("BAD_ID"),
                                                                   QStringLiteral("no")}}}));
    QCOMPARE(*outbox.pendingCount(), 0);
    QCOMPARE(*outbox.quarantinedCount(), 1);
    auto rows = outbox.quarantined();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().seq, 4);
    QCOMPARE(rows->first().lastError, QStringLiteral("BAD_ID: no"));
    QCOMPARE(rows->first().attempts, 1);
    // Quarantined rows are not read again.
    auto next = outbox.nextBatch(4, 1 << 20);
    QVERIFY(next);
    QVERIFY(next->isEmpty());
}

void TestOutbox::ackOfNewerVersionClearsQuarantinedOlder()
{
    const QString a = uuid();
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), a, 1);
    Outbox outbox(*m_db);
    auto first = outbox.nextBatch(1, 1 << 20);
    QVERIFY(first);
    QVERIFY(outbox.settle({}, {{first->first(), Error {QStringLiteral("X"), {}}}}));
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), a, 2);
    auto second = outbox.nextBatch(5, 1 << 20);
    QVERIFY(second);
    QCOMPARE(second->size(), 1);
    QVERIFY(outbox.settle(*second, {}));
    QCOMPARE(*outbox.quarantinedCount(), 0);
    QCOMPARE(outboxCount(*m_db), 0);
}

void TestOutbox::brokenPayloadIsQuarantined()
{
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), uuid(), 1);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET payload = '{broken' WHERE seq = 1")));
    addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), uuid(), 1);
    Outbox outbox(*m_db);
    auto batch = outbox.nextBatch(5, 1 << 20);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 1);
    QCOMPARE(batch->first().headSeq(), 2);
    QCOMPARE(*outbox.quarantinedCount(), 1);
    QVERIFY(outbox.quarantined()->first().lastError.startsWith(QLatin1String("LOCAL_BAD_PAYLOAD")));
}

void TestOutbox::releasePutsRowsBack()
{
    for (int i = 0; i < 3; ++i)
        addSnapshot(*m_db, m_expected, QStringLiteral("ticket"), uuid(), 1);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET quarantined = 1, attempts = 5")));
    Outbox outbox(*m_db);
    // Each release is audited (issue 21): its audit entry is queued for HQ as well.
    const QString tickets = QStringLiteral("quarantined = 0 AND entity = 'ticket'");
    QVERIFY(outbox.release(2));
    QCOMPARE(outboxCount(*m_db, tickets), 1);
    QVERIFY(outbox.release());
    QCOMPARE(outboxCount(*m_db, tickets), 3);
    QCOMPARE(outboxCount(*m_db, QStringLiteral("entity = 'audit_entry'")), 2);
    QCOMPARE(*outbox.pendingCount(), 5);
    QCOMPARE(outboxCount(*m_db, QStringLiteral("attempts = 0")), 5);
}

void TestOutbox::stateIsPersisted()
{
    SyncStateStore store(*m_db);
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    QVERIFY(store.recordError(when, QStringLiteral("HQ answered 503")));
    auto state = store.load();
    QVERIFY(state);
    QCOMPARE(state->lastError, QStringLiteral("HQ answered 503"));
    QCOMPARE(state->lastErrorAt, when);
    QVERIFY(store.recordSuccess(when.addSecs(60)));
    state = store.load();
    QCOMPARE(state->lastSuccess, when.addSecs(60));
    QVERIFY(state->lastError.isEmpty());
    QCOMPARE(state->toJson().value(QLatin1String("last_error")).type(), QJsonValue::Null);

    SyncSettings settings;
    settings.hqUrl = QUrl(QStringLiteral("https://hq.example.com"));
    settings.token = QStringLiteral("rc_abc");
    settings.intervalSeconds = 120;
    QVERIFY(store.saveSettings(settings, when));
    auto loaded = store.settings();
    QVERIFY(loaded);
    QCOMPARE(loaded->hqUrl, settings.hqUrl);
    QCOMPARE(loaded->token, settings.token);
    QCOMPARE(loaded->intervalSeconds, 120);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
