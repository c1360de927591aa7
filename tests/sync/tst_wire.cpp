// The wire format shared by the client and repair-hq (docs/sync-protocol.md).
#include "sync/wire.h"

#include <QJsonDocument>
#include <QTest>

using namespace rc::sync;

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void batchRoundTrip();
    void recordChecks_data();
    void recordChecks();
    void batchErrors_data();
    void batchErrors();
    void resultRoundTrip();
    void overheadMatchesEncoding();
    void protocolOneStillAccepted();
    void originAndStationRoundTrip();
    void changesPageRoundTrip();
    void changesPageRefusesBadRecord();
    void whoamiRoundTrip();
};

static const QString kId = QStringLiteral("0b6a8f6e-6a43-4b8e-9c59-8f6a5c1e8a11");

void TestWire::batchRoundTrip()
{
    const WireRecord snapshot {RecordKind::Snapshot, QStringLiteral("ticket"), kId, 7,
                               QJsonObject {{QStringLiteral("id"), kId},
                                            {QStringLiteral("version"), 7},
                                            {QStringLiteral("note"), QStringLiteral("屏幕碎裂")}}};
    const WireRecord event {RecordKind::Event, QStringLiteral("ticket_event"), kId, 1, {}};
    const QByteArray body = encodeBatch(QStringLiteral("DEMO"), QStringLiteral("b-1"),
                                        QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC),
                                        {encodeRecord(snapshot), encodeRecord(event)});
    auto batch = decodeBatch(body);
    QVERIFY(batch);
    QCOMPARE(batch->protocol, kProtocolVersion);
    QCOMPARE(batch->center, QStringLiteral("DEMO"));
    QCOMPARE(batch->batchId, QStringLiteral("b-1"));
    QCOMPARE(batch->sentAt, QStringLiteral("2026-05-01T08:00:00.000Z"));
    QCOMPARE(batch->records.size(), size_t(2));
    QVERIFY(batch->records[0].isValid());
    QCOMPARE(batch->records[0].record.version, 7);
    QCOMPARE(batch->records[0].record.payload.value(QLatin1String("note")).toString(),
             QStringLiteral("屏幕碎裂"));
    QCOMPARE(batch->records[1].record.kind, RecordKind::Event);
    QVERIFY(batch->records[1].isValid());
}

void TestWire::recordChecks_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("code");
    const QByteArray id = kId.toLatin1();
    QTest::newRow("good snapshot") << QByteArray(R"({"kind":"snapshot","entity":"ticket","id":")"
                                                 + id + R"(","version":3,"payload":{}})")
                                   << QString();
    // The remedies' records (issue 20): new entities need nothing new at HQ.
    QTest::newRow("remedy snapshot")
        << QByteArray(R"({"kind":"snapshot","entity":"remedy","id":")" + id
                      + R"(","version":1,"payload":{"id":")" + id
                      + R"(","version":1,"kind":"refund","rules":["CN-01","CN-04"],)"
                        R"("amount_minor":-299900,"method":"cash"}})")
        << QString();
    QTest::newRow("device exchange snapshot")
        << QByteArray(R"({"kind":"snapshot","entity":"device_exchange","id":")" + id
                      + R"(","version":1,"payload":{"component":"main_unit","date":"2026-11-23"}})")
        << QString();
    QTest::newRow("bad kind") << QByteArray(R"({"kind":"blob","entity":"ticket","id":")" + id
                                            + R"(","version":3,"payload":{}})")
                              << QStringLiteral("BAD_KIND");
    QTest::newRow("entity with capitals") << QByteArray(
        R"({"kind":"snapshot","entity":"Ticket","id":")" + id + R"(","version":3,"payload":{}})")
                                          << QStringLiteral("BAD_ENTITY");
    QTest::newRow("setting keyed by name") << QByteArray(
        R"({"kind":"snapshot","entity":"setting","id":"center.code","version":3,"payload":{}})")
                                           << QString();
    QTest::newRow("empty id") << QByteArray(
        R"({"kind":"snapshot","entity":"ticket","id":"","version":3,"payload":{}})")
                              << QStringLiteral("BAD_ID");
    QTest::newRow("id with a space") << QByteArray(
        R"({"kind":"snapshot","entity":"ticket","id":"a b","version":3,"payload":{}})")
                                     << QStringLiteral("BAD_ID");
    QTest::newRow("version zero") << QByteArray(R"({"kind":"snapshot","entity":"ticket","id":")"
                                                + id + R"(","version":0,"payload":{}})")
                                  << QStringLiteral("BAD_VERSION");
    QTest::newRow("version fractional") << QByteArray(
        R"({"kind":"snapshot","entity":"ticket","id":")" + id + R"(","version":1.5,"payload":{}})")
                                        << QStringLiteral("BAD_VERSION");
    QTest::newRow("event version 2") << QByteArray(R"({"kind":"event","entity":"audit","id":")" + id
                                                   + R"(","version":2,"payload":{}})")
                                     << QStringLiteral("BAD_VERSION");
    QTest::newRow("payload not object") << QByteArray(
        R"({"kind":"snapshot","entity":"ticket","id":")" + id + R"(","version":1,"payload":[1]})")
                                        << QStringLiteral("BAD_PAYLOAD");
    QTest::newRow("payload id differs")
        << QByteArray(R"({"kind":"snapshot","entity":"ticket","id":")" + id
                      + R"(","version":1,"payload":{"id":"other"}})")
        << QStringLiteral("PAYLOAD_ID_MISMATCH");
    QTest::newRow("payload version differs")
        << QByteArray(R"({"kind":"snapshot","entity":"ticket","id":")" + id
                      + R"(","version":2,"payload":{"version":1}})")
        << QStringLiteral("PAYLOAD_VERSION_MISMATCH");
    QTest::newRow("record not object") << QByteArray("17") << QStringLiteral("BAD_RECORD");
}

void TestWire::recordChecks()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, code);
    auto batch = decodeBatch(R"({"protocol":1,"batch_id":"b","records":[)" + record + "]}");
    QVERIFY(batch);
    QCOMPARE(batch->records.size(), size_t(1));
    QCOMPARE(batch->records[0].error.code, code);
}

void TestWire::batchErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("BAD_JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("BAD_BATCH");
    QTest::newRow("no protocol") << QByteArray(R"({"batch_id":"b","records":[]})")
                                 << QStringLiteral("BAD_BATCH");
    QTest::newRow("protocol 3") << QByteArray(R"({"protocol":3,"batch_id":"b","records":[]})")
                                << QStringLiteral("UNSUPPORTED_PROTOCOL");
    QTest::newRow("protocol 0") << QByteArray(R"({"protocol":0,"batch_id":"b","records":[]})")
                                << QStringLiteral("UNSUPPORTED_PROTOCOL");
    QTest::newRow("station with a space")
        << QByteArray(R"({"protocol":2,"batch_id":"b","station":"0 1","records":[]})")
        << QStringLiteral("BAD_BATCH");
    QTest::newRow("no batch id") << QByteArray(R"({"protocol":1,"records":[]})")
                                 << QStringLiteral("BAD_BATCH");
    QTest::newRow("records not array")
        << QByteArray(R"({"protocol":1,"batch_id":"b","records":{}})")
        << QStringLiteral("BAD_BATCH");
    QByteArray many = R"({"protocol":1,"batch_id":"b","records":[)";
    for (int i = 0; i <= WireLimits::maxRecords; ++i)
        many += i ? ",{}" : "{}";
    many += "]}";
    QTest::newRow("too many records") << many << QStringLiteral("TOO_MANY_RECORDS");
}

void TestWire::batchErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    auto batch = decodeBatch(body);
    QVERIFY(!batch);
    QCOMPARE(batch.error().code, code);
}

void TestWire::resultRoundTrip()
{
    BatchResult result;
    result.batchId = QStringLiteral("b-9");
    result.replay = true;
    result.results = {
        {QStringLiteral("ticket"), kId, 3, RecordStatus::Applied, {}},
        {QStringLiteral("ticket"), kId, 2, RecordStatus::Stale, {}},
        {QStringLiteral("audit"), kId, 1, RecordStatus::Duplicate, {}},
        {QStringLiteral("ticket"),
         QStringLiteral("x"),
         1,
         RecordStatus::Rejected,
         {QStringLiteral("BAD_ID"), QStringLiteral("id must be a UUID")}},
    };
    auto decoded = decodeBatchResult(encodeBatchResult(result));
    QVERIFY(decoded);
    QCOMPARE(decoded->batchId, result.batchId);
    QVERIFY(decoded->replay);
    QCOMPARE(decoded->results.size(), 4);
    QCOMPARE(decoded->results[1].status, RecordStatus::Stale);
    QCOMPARE(decoded->results[2].status, RecordStatus::Duplicate);
    QCOMPARE(decoded->results[3].error.code, QStringLiteral("BAD_ID"));
    QVERIFY(!decodeBatchResult(R"({"results":[{"status":"maybe"}]})"));
    QVERIFY(!decodeBatchResult("<html>"));
    const rc::Error error = decodeError(encodeError({QStringLiteral("X"), QStringLiteral("y")}));
    QCOMPARE(error.code, QStringLiteral("X"));
}

void TestWire::overheadMatchesEncoding()
{
    const QString batchId = QStringLiteral("0b6a8f6e-6a43-4b8e-9c59-8f6a5c1e8a11");
    const QByteArray empty
        = encodeBatch(QStringLiteral("DEMO"), batchId, QDateTime::currentDateTimeUtc(), {});
    QCOMPARE(qint64(empty.size()), batchOverheadBytes(QStringLiteral("DEMO"), batchId));
    QVERIFY(QJsonDocument::fromJson(empty).isObject());
}

void TestWire::protocolOneStillAccepted()
{
    auto batch = decodeBatch(R"({"protocol":1,"batch_id":"b","records":[]})");
    QVERIFY(batch);
    QCOMPARE(batch->protocol, 1);
    QVERIFY(batch->station.isEmpty());
}

void TestWire::originAndStationRoundTrip()
{
    WireRecord snapshot {RecordKind::Snapshot, QStringLiteral("ticket"), kId, 12, {}};
    snapshot.origin = QStringLiteral("3f2c9a10-inc");
    const QByteArray body = encodeBatch(QStringLiteral("SZ01"), QStringLiteral("b-2"),
                                        QDateTime::currentDateTimeUtc(), {encodeRecord(snapshot)},
                                        QStringLiteral("02"));
    QVERIFY(body.contains(R"("station":"02")"));
    auto batch = decodeBatch(body);
    QVERIFY(batch);
    QCOMPARE(batch->station, QStringLiteral("02"));
    QCOMPARE(batch->records[0].record.origin, QStringLiteral("3f2c9a10-inc"));
    QCOMPARE(batchOverheadBytes(QStringLiteral("SZ01"), QStringLiteral("b-2"), QStringLiteral("02"))
                 + encodeRecord(snapshot).size(),
             body.size());

    WireRecord spaced = snapshot;
    spaced.origin = QStringLiteral("a b");
    QCOMPARE(checkRecord(spaced).code, QStringLiteral("BAD_ORIGIN"));
    spaced.origin = QString(65, u'x');
    QCOMPARE(checkRecord(spaced).code, QStringLiteral("BAD_ORIGIN"));
}

void TestWire::changesPageRoundTrip()
{
    ChangesPage page;
    page.cursor = QStringLiteral("c:42");
    page.more = true;
    page.behind = 1234;
    WireRecord snapshot {RecordKind::Snapshot, QStringLiteral("ticket"), kId, 9,
                         QJsonObject {{QStringLiteral("note"), QStringLiteral("进水")}}};
    snapshot.origin = QStringLiteral("inc-1");
    snapshot.station = QStringLiteral("02");
    page.records.append(snapshot);
    page.records.append({RecordKind::Event, QStringLiteral("ticket_event"), kId, 1, {}});
    auto decoded = decodeChangesPage(encodeChangesPage(page));
    QVERIFY(decoded);
    QCOMPARE(decoded->cursor, QStringLiteral("c:42"));
    QVERIFY(decoded->more);
    QCOMPARE(decoded->behind, 1234);
    QCOMPARE(decoded->records.size(), 2);
    QCOMPARE(decoded->records[0].origin, QStringLiteral("inc-1"));
    QCOMPARE(decoded->records[0].station, QStringLiteral("02"));
    QCOMPARE(decoded->records[0].version, 9);
    QCOMPARE(decoded->records[0].payload.value(QLatin1String("note")).toString(),
             QStringLiteral("进水"));
    QCOMPARE(decoded->records[1].kind, RecordKind::Event);
    QVERIFY(decoded->records[1].station.isEmpty());

    ChangesPage empty;
    empty.cursor = QStringLiteral("c:42");
    auto none = decodeChangesPage(encodeChangesPage(empty));
    QVERIFY(none);
    QVERIFY(none->records.isEmpty());
    QVERIFY(!none->more);
}

void TestWire::changesPageRefusesBadRecord()
{
    QCOMPARE(decodeChangesPage("<html>").error().code, QStringLiteral("BAD_RESPONSE"));
    QCOMPARE(decodeChangesPage(R"({"records":[]})").error().code, QStringLiteral("BAD_RESPONSE"));
    const auto bad = decodeChangesPage(
        R"({"cursor":"x","records":[{"kind":"snapshot","entity":"Ticket","id":"a","version":1,"payload":{}}]})");
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QLatin1String("BAD_ENTITY")));
}

void TestWire::whoamiRoundTrip()
{
    auto me = decodeWhoami(encodeWhoami({QStringLiteral("SZ01"), QStringLiteral("02"), false}));
    QVERIFY(me);
    QCOMPARE(me->center, QStringLiteral("SZ01"));
    QCOMPARE(me->station, QStringLiteral("02"));
    QVERIFY(!me->admin);
    QVERIFY(!decodeWhoami("nope"));
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
