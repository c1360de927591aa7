// HQ's check of the audit chains as entries arrive (hq/service/chainverifier.h, issue 21):
// in order, out of order within and across batches, an edit, a missing entry, a fork, and two
// stations of one center side by side.
#include "service/chainverifier.h"
#include "sync/chainhash.h"

#include <QJsonArray>
#include <QTest>

using namespace rc;
using namespace rc::hq;

class TestChainVerifier : public QObject
{
    Q_OBJECT

private slots:
    void inOrderChainVerifies();
    void outOfOrderWithinBatchIsNoGap();
    void missingEntryIsGapUntilItArrives();
    void editIsReported();
    void deletedEntryStaysAGap();
    void forkIsReported();
    void stationsAreSeparateChains();
    void entriesWithoutHashAreIgnored();

private:
    // A station's ticket-event chain of n entries, as its store writes them to the outbox.
    static QList<QJsonObject> chain(int n, const QString &station = QStringLiteral("01"))
    {
        QList<QJsonObject> entries;
        QString prev = QStringLiteral("");
        for (int i = 0; i < n; ++i) {
            QJsonObject e {
                {QStringLiteral("id"), QStringLiteral("%1-e%2").arg(station).arg(i)},
                {QStringLiteral("ticket_id"), QStringLiteral("t1")},
                {QStringLiteral("at"), QStringLiteral("2026-12-04T10:00:0%1.000Z").arg(i % 10)},
                {QStringLiteral("user_id"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("actor"), QStringLiteral("王芳")},
                {QStringLiteral("kind"), QStringLiteral("note")},
                {QStringLiteral("from"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("to"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("note"), QStringLiteral("第%1条").arg(i)},
                {QStringLiteral("data"), QJsonObject {{QStringLiteral("n"), i}}},
                {QStringLiteral("station"), station},
                {QStringLiteral("prev_hash"), prev}};
            const QString hash = chainhash::hashOfPayload(QStringLiteral("ticket_event"), e);
            e.insert(QStringLiteral("hash"), hash);
            prev = hash;
            entries.append(e);
        }
        return entries;
    }
    static QList<ChainVerifier::Finding> feed(ChainVerifier &v, const QList<QJsonObject> &batch)
    {
        QList<ChainVerifier::Finding> found;
        for (const QJsonObject &e : batch)
            found += v.add(QStringLiteral("SH01"), QStringLiteral("ticket_event"), e);
        found += v.endBatch(QStringLiteral("SH01"));
        return found;
    }
    static qint64 stat(const ChainVerifier &v, const char *key)
    {
        return v.status(QStringLiteral("SH01")).value(QLatin1String(key)).toInteger();
    }
};

void TestChainVerifier::inOrderChainVerifies()
{
    ChainVerifier v;
    const auto entries = chain(10);
    QVERIFY(feed(v, entries.mid(0, 4)).isEmpty());
    QVERIFY(feed(v, entries.mid(4)).isEmpty());
    QCOMPARE(stat(v, "verified"), 10);
    QCOMPARE(stat(v, "edits") + stat(v, "forks") + stat(v, "gaps_open"), 0);
}

void TestChainVerifier::outOfOrderWithinBatchIsNoGap()
{
    ChainVerifier v;
    const auto e = chain(5);
    QVERIFY(feed(v, {e[0], e[2], e[1], e[4], e[3]}).isEmpty());
    QCOMPARE(stat(v, "verified"), 5);
    QCOMPARE(stat(v, "gaps_open"), 0);
}

void TestChainVerifier::missingEntryIsGapUntilItArrives()
{
    // e2 and e3 were quarantined at the station; e4 and e5 went on. Released later, they come.
    ChainVerifier v;
    const auto e = chain(6);
    const auto first = feed(v, {e[0], e[1], e[4], e[5]});
    QCOMPARE(first.size(), 1); // one gap, not one per waiting entry
    QCOMPARE(first[0].kind, QStringLiteral("gap"));
    QCOMPARE(first[0].id, e[4].value(QLatin1String("id")).toString());
    QCOMPARE(first[0].station, QStringLiteral("01"));
    QCOMPARE(stat(v, "gaps_open"), 1);
    QVERIFY(feed(v, {e[2]}).isEmpty()); // e3 still missing: the same gap, not reported again
    QCOMPARE(stat(v, "gaps_open"), 1);
    const auto filled = feed(v, {e[3]});
    QCOMPARE(filled.size(), 1);
    QCOMPARE(filled[0].kind, QStringLiteral("gap_filled"));
    QCOMPARE(stat(v, "gaps_open"), 0);
    QCOMPARE(stat(v, "gaps_filled"), 1);
    QCOMPARE(stat(v, "verified"), 6);
}

void TestChainVerifier::editIsReported()
{
    ChainVerifier v;
    auto e = chain(3);
    e[1].insert(QStringLiteral("note"), QStringLiteral("改过的"));
    const auto found = feed(v, e);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, QStringLiteral("edit"));
    QCOMPARE(found[0].id, e[1].value(QLatin1String("id")).toString());
    QCOMPARE(stat(v, "edits"), 1);
    const QJsonArray findings
        = v.status(QStringLiteral("SH01")).value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].toObject().value(QLatin1String("chain")).toString(),
             QStringLiteral("ticket_event"));
}

void TestChainVerifier::deletedEntryStaysAGap()
{
    ChainVerifier v;
    const auto e = chain(6);
    QVERIFY(feed(v, e.mid(0, 2)).isEmpty());
    const auto found = feed(v, e.mid(3)); // e2 deleted at the station before it was sent
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, QStringLiteral("gap"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(feed(v, {}).isEmpty());
    QCOMPARE(stat(v, "gaps_open"), 1);
    QCOMPARE(stat(v, "verified"), 2);
}

void TestChainVerifier::forkIsReported()
{
    // e1 was sent, then replaced at the station by another entry chained after e0.
    ChainVerifier v;
    const auto e = chain(3);
    QVERIFY(feed(v, e).isEmpty());
    QJsonObject replaced = e[1];
    replaced.insert(QStringLiteral("id"), QStringLiteral("other"));
    replaced.insert(QStringLiteral("hash"),
                    chainhash::hashOfPayload(QStringLiteral("ticket_event"), replaced));
    const auto found = feed(v, {replaced});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, QStringLiteral("fork"));
    QCOMPARE(stat(v, "forks"), 1);
}

void TestChainVerifier::stationsAreSeparateChains()
{
    ChainVerifier v;
    const auto a = chain(4, QStringLiteral("01"));
    const auto b = chain(4, QStringLiteral("02"));
    QVERIFY(feed(v, {a[0], b[0], b[1], a[1]}).isEmpty());
    QVERIFY(feed(v, {b[2], a[2], a[3], b[3]}).isEmpty());
    QCOMPARE(stat(v, "verified"), 8);
    // Another center's status is its own.
    QCOMPARE(v.status(QStringLiteral("BJ01")).value(QLatin1String("verified")).toInteger(), 0);
}

void TestChainVerifier::entriesWithoutHashAreIgnored()
{
    ChainVerifier v;
    auto e = chain(2);
    e[0].remove(QStringLiteral("hash"));
    QVERIFY(v.add(QStringLiteral("SH01"), QStringLiteral("ticket_event"), e[0]).isEmpty());
    QVERIFY(v.add(QStringLiteral("SH01"), QStringLiteral("customer"), e[1]).isEmpty());
    QCOMPARE(stat(v, "verified"), 0);
}

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
