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
    void stateOutlivesARestart();

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

// What HQ stores after a batch (state()) and reads back after a restart (load()): a verifier
// started again from it still sees a gap, a gap filled, and a fork that straddle the restart,
// and keeps its counts; a center with nothing stored starts empty; an unreadable state leaves
// the center unloaded, to be tried again.
void TestChainVerifier::stateOutlivesARestart()
{
    const QString center = QStringLiteral("SH01");
    const auto e = chain(8);
    ChainVerifier before;
    QVERIFY(before.load(center, [] { return Result<QByteArray>(QByteArray()); }));
    QVERIFY(feed(before, {e[0], e[1], e[2]}).isEmpty());
    QVERIFY(feed(before, {e[4]}).size() == 1); // e3 missing: a gap
    const auto [generation, state] = before.state(center);
    QVERIFY(generation >= 2);
    QVERIFY(!state.isEmpty());

    ChainVerifier after;
    QString problem;
    QVERIFY(!after.load(
        center,
        [] {
            return Result<QByteArray>(Error {QStringLiteral("DB_ERROR"), QStringLiteral("down")});
        },
        &problem));
    QCOMPARE(problem, QStringLiteral("down"));
    QVERIFY(after.load(center, [&state] { return Result<QByteArray>(state); }));
    QVERIFY(after.load(center, [] { return Result<QByteArray>(QByteArray("ignored")); }));
    QCOMPARE(after.status(center).value(QLatin1String("verified")).toInteger(), 3);
    QCOMPARE(after.status(center).value(QLatin1String("gaps_open")).toInteger(), 1);
    QCOMPARE(after.state(center).first, generation);
    // The missing entry arrives after the restart: the gap is filled, e4 follows.
    auto found = feed(after, {e[3], e[5]});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, QStringLiteral("gap_filled"));
    QCOMPARE(after.status(center).value(QLatin1String("verified")).toInteger(), 6);
    // A replaced entry after e2 (seen before the restart) is a fork, not a new anchor.
    QJsonObject replaced = e[3];
    replaced.insert(QStringLiteral("id"), QStringLiteral("other"));
    replaced.insert(QStringLiteral("hash"),
                    chainhash::hashOfPayload(QStringLiteral("ticket_event"), replaced));
    found = feed(after, {replaced});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, QStringLiteral("fork"));
    // A new entry that skips e6 after yet another restart is a gap.
    ChainVerifier third;
    QVERIFY(third.load(
        center, [&after, &center] { return Result<QByteArray>(after.state(center).second); }));
    found = feed(third, {e[7]});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, QStringLiteral("gap"));
    QCOMPARE(third.status(center).value(QLatin1String("forks")).toInteger(), 1);
    QVERIFY(third.state(center).first > after.state(center).first);
}

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
