// repair-hq as a chain's head office (issue "Head office for a chain"): the load generator
// checked against the real client, PostgreSQL killed and restarted under load, two
// processes taking one center's batches at once, a thousand centers reconnecting at the
// same moment, and statistics and metrics read while centers push. Real processes on
// loopback; PostgreSQL from RC_TEST_PG_URL, or a cluster of the test's own where it must
// be killed. RC_HQ_SCALE=N makes the loads N times larger (longer runs by hand).
#include "hqload.h"
#include "pgtestcluster.h"
#include "synctestsupport.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace rc;
using namespace rc::synctest;

namespace {

QList<QByteArray> headerNames(const QByteArray &head)
{
    QList<QByteArray> names;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            names.append(lines.at(i).left(colon).trimmed().toLower());
    }
    return names;
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawAnswer get(quint16 port, const QByteArray &path, const QString &token = {})
{
    const int fd = connectLoopback(port);
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: hq\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    sendAll(fd, request + "\r\n");
    RawAnswer answer = readAnswer(fd, 10000);
    ::close(fd);
    return answer;
}

QString compareAll(HqDatabase &db, const QStringList &codes, const QList<Expected> &expected)
{
    QSqlDatabase check = db.connection();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString difference = compareHq(check, expected.at(i), codes.at(i));
        if (!difference.isEmpty())
            return codes.at(i) + QStringLiteral(": ") + difference;
    }
    return {};
}

QStringList centerCodes(int count, const char *prefix)
{
    QStringList codes;
    for (int i = 0; i < count; ++i)
        codes.append(QStringLiteral("%1%2").arg(QString::fromLatin1(prefix)).arg(i + 1));
    return codes;
}

int scale()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("RC_HQ_SCALE", &ok);
    return ok && n > 1 ? n : 1;
}

Backend preferredBackend()
{
    return qEnvironmentVariableIsEmpty(kPgUrlVariable) ? Backend::Sqlite : Backend::Postgres;
}

} // namespace

class TestHqScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatorSpeaksLikeTheClient();
    void postgresRestartUnderLoad();
    void twoProcessesOneCenter_data();
    void twoProcessesOneCenter();
    void thousandCentersReconnect();
    void statsAndMetricsDoNotSlowPushes();

private:
    QTemporaryDir m_dir;
};

void TestHqScale::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
    raiseFileLimit();
}

void TestHqScale::generatorSpeaksLikeTheClient()
{
    // What the real client (SyncEngine, through Qt's network stack) writes, captured by a
    // listening socket, against what the generator writes.
    QTcpServer capture;
    QVERIFY(capture.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&capture, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = capture.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            received += socket->readAll();
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end > 0
                && received.size()
                       >= end + 4
                              + headerValue(received.left(end), "content-length").toLongLong()) {
                socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                              "Retry-After: 60\r\n\r\n");
            }
        });
    });
    const QString path = m_dir.filePath(QStringLiteral("capture.sqlite"));
    {
        auto store = Database::open(path);
        QVERIFY(store);
        Expected expected;
        fillOutbox(**store, expected, 3);
    }
    SystemClock clock;
    sync::SyncSettings settings;
    settings.hqUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(capture.serverPort()));
    settings.token = QStringLiteral("rc_capturecapturecapture");
    settings.intervalSeconds = 3600;
    sync::SyncEngine engine(path, settings, clock);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n") && received.endsWith("]}"), 10000);
    engine.stop();

    const qsizetype end = received.indexOf("\r\n\r\n");
    const QByteArray clientHead = received.left(end);
    const QByteArray clientBody = received.mid(end + 4);
    LoadCenter center = makeCenter(QStringLiteral("DEMO"), settings.token, 1, 3, nullptr, 1);
    const QByteArray generated = loadRequestHead(center, 0, capture.serverPort());
    const QByteArray generatedHead = generated.left(generated.indexOf("\r\n\r\n"));
    QCOMPARE(generatedHead.left(generatedHead.indexOf('\n')),
             clientHead.left(clientHead.indexOf('\n')));
    QCOMPARE(headerNames(generatedHead), headerNames(clientHead));
    for (const QByteArray &name :
         {QByteArray("content-type"), QByteArray("authorization"), QByteArray("connection"),
          QByteArray("accept-encoding"), QByteArray("accept-language"), QByteArray("user-agent"),
          QByteArray("host")})
        QCOMPARE(headerValue(generatedHead, name), headerValue(clientHead, name));
    QCOMPARE(headerValue(clientHead, "idempotency-key").size(), 36);
    // The same body layout: the batch's keys in one order, each record's in one order.
    const QByteArray generatedBody = center.bodies.at(0);
    auto keys = [](const QByteArray &json) {
        QList<QByteArray> out;
        qsizetype at = 0;
        while ((at = json.indexOf("\":", at)) > 0) {
            const qsizetype start = json.lastIndexOf('"', at - 1);
            out.append(json.mid(start + 1, at - start - 1));
            at += 2;
        }
        return out;
    };
    QCOMPARE(keys(generatedBody).mid(0, 6), keys(clientBody).mid(0, 6));
    const QJsonObject clientRecord = QJsonDocument::fromJson(clientBody)
                                         .object()
                                         .value(QLatin1String("records"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
    const QJsonObject generatedRecord = QJsonDocument::fromJson(generatedBody)
                                            .object()
                                            .value(QLatin1String("records"))
                                            .toArray()
                                            .at(0)
                                            .toObject();
    QCOMPARE(generatedRecord.keys(), clientRecord.keys());
}

void TestHqScale::postgresRestartUnderLoad()
{
    QString error;
    auto cluster = PgTestCluster::create(&error);
    if (!cluster)
        QSKIP(qPrintable(error));
    const QByteArray shared = qgetenv(kPgUrlVariable);
    qputenv(kPgUrlVariable, cluster->url().toUtf8());
    auto db = HqDatabase::create(Backend::Postgres, m_dir.path(), &error);
    qputenv(kPgUrlVariable, shared);
    QVERIFY2(db, qPrintable(error));

    HqProcess hq(db->spec());
    const QStringList codes = centerCodes(20, "R");
    const QStringList tokens = hq.addTokens(codes);
    QCOMPARE(tokens.size(), codes.size());
    QVERIFY(hq.start());
    const qint64 pid = hq.pid();
    QList<LoadCenter> load;
    QList<Expected> expected(codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i)
        load.append(makeCenter(codes.at(i), tokens.at(i), 40 * scale(), 50, &expected[i],
                               static_cast<quint32>(i + 1)));
    LoadOptions options;
    options.ports = {hq.port()};
    options.paceMs = 150; // keep pushing through the outage, not all before it
    LoadReport report;
    std::thread pushing([&] { report = runLoad(load, options); });

    QTest::qWait(1500);
    QVERIFY(cluster->stop(QStringLiteral("immediate"))); // a crash: recovery on start
    QElapsedTimer outage;
    outage.start();
    RawAnswer ready;
    do {
        ready = get(hq.port(), "/readyz");
    } while (ready.status != 503 && !outage.hasExpired(10000) && (QTest::qWait(100), true));
    QCOMPARE(ready.status, 503);
    // What a center hears while the database is down: a stable code, no database text.
    const int fd = connectLoopback(hq.port());
    const QByteArray body
        = sync::encodeBatch(codes.at(0), QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QDateTime::currentDateTimeUtc(), {});
    sendAll(fd, "POST /v1/batches HTTP/1.1\r\nHost: hq\r\nContent-Type: application/json\r\n"
                "Authorization: Bearer "
                    + tokens.at(0).toLatin1()
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const RawAnswer down = readAnswer(fd, 10000);
    ::close(fd);
    QCOMPARE(down.status, 503);
    QVERIFY(!down.header("retry-after").isEmpty());
    const QJsonObject problem
        = QJsonDocument::fromJson(down.body).object().value(QLatin1String("error")).toObject();
    QCOMPARE(problem.value(QLatin1String("code")).toString(), QStringLiteral("DB_UNAVAILABLE"));
    for (const char *leak : {"server", "connection", "socket", "PQ", "SQL", "rc-pg", "postgres"})
        QVERIFY2(!down.body.contains(leak), down.body.constData());

    QTest::qWait(2000);
    QVERIFY2(cluster->start(&error), qPrintable(error));
    QElapsedTimer back;
    back.start();
    do {
        ready = get(hq.port(), "/readyz");
    } while (ready.status != 200 && !back.hasExpired(20000) && (QTest::qWait(100), true));
    QCOMPARE(ready.status, 200);
    qInfo("database down %.1f s; repair-hq ready again %.1f s after it restarted",
          (outage.elapsed() - back.elapsed()) / 1000.0, back.elapsed() / 1000.0);
    pushing.join();

    qInfo("%s", qPrintable(report.summary()));
    QVERIFY2(report.drained, qPrintable(report.summary()));
    QVERIFY(report.statuses.value(503) > 0); // the outage was felt...
    QCOMPARE(hq.pid(), pid); // ...and repair-hq never restarted
    const QString difference = compareAll(*db, codes, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestHqScale::twoProcessesOneCenter_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestHqScale::twoProcessesOneCenter()
{
    // Two stations of each center push through different repair-hq processes, at once,
    // versions of the same records and the same events: no error, every record at its
    // newest version, every event once.
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto db = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    HqProcess first(db->spec());
    HqProcess second(db->spec());
    const QStringList codes = centerCodes(4, "T");
    const QStringList tokens = first.addTokens(codes);
    QCOMPARE(tokens.size(), codes.size());
    QVERIFY(first.start());
    QVERIFY(second.start());

    constexpr int kBatches = 25;
    constexpr int kIds = 60;
    QList<LoadCenter> load;
    QList<Expected> expected(codes.size());
    for (qsizetype c = 0; c < codes.size(); ++c) {
        QStringList ids;
        for (int i = 0; i < kIds; ++i)
            ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        for (int station = 0; station < 2; ++station) {
            LoadCenter center;
            center.code = codes.at(c);
            center.token = tokens.at(c);
            for (int b = 0; b < kBatches; ++b) {
                QList<QByteArray> records;
                for (int i = 0; i < kIds; ++i) {
                    // Station 0 sends even versions, station 1 odd ones, of every record.
                    const qint64 version = 2 * b + 1 + station;
                    const QString &id = ids.at((i + 7 * b) % kIds);
                    records.append(sync::encodeRecord(
                        {sync::RecordKind::Snapshot, QStringLiteral("ticket"), id, version,
                         QJsonObject {{QStringLiteral("id"), id},
                                      {QStringLiteral("version"), version},
                                      {QStringLiteral("center"), codes.at(c)},
                                      {QStringLiteral("station"), station}}}));
                    const QString key = QStringLiteral("ticket/") + id;
                    expected[c].snapshots[key] = qMax(expected[c].snapshots.value(key), version);
                }
                // The same event from both stations, and one of each station's own.
                for (const QString &eventId : {QStringLiteral("shared-%1").arg(b),
                                               QStringLiteral("own-%1-%2").arg(station).arg(b)}) {
                    records.append(sync::encodeRecord(
                        {sync::RecordKind::Event, QStringLiteral("ticket_event"), eventId, 1,
                         QJsonObject {{QStringLiteral("id"), eventId}}}));
                    expected[c].events.insert(QStringLiteral("ticket_event/") + eventId, true);
                }
                center.records.append(static_cast<int>(records.size()));
                center.bodies.append(sync::encodeBatch(
                    codes.at(c), QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QDateTime::currentDateTimeUtc(), records));
            }
            load.append(center); // station 0 → first process, station 1 → second
        }
    }
    LoadOptions options;
    options.ports = {first.port(), second.port()};
    const LoadReport report = runLoad(load, options);
    qInfo("%s", qPrintable(report.summary()));
    QVERIFY2(report.drained, qPrintable(report.summary()));
    QCOMPARE(report.statuses.keys(), QList<int> {200});
    QCOMPARE(report.rejected, 0);
    const QString difference = compareAll(*db, codes, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Change numbers: unique per center, and the center's counter is past all of them.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT c.code, c.last_seq, max(r.seq), count(*), "
                                  "count(DISTINCT r.seq) FROM centers c JOIN records r ON "
                                  "r.center = c.code GROUP BY c.code, c.last_seq")));
    int centers = 0;
    while (q.next()) {
        ++centers;
        QVERIFY(q.value(1).toLongLong() >= q.value(2).toLongLong());
        QCOMPARE(q.value(3).toLongLong(), q.value(4).toLongLong());
    }
    QCOMPARE(centers, codes.size());
}

void TestHqScale::thousandCentersReconnect()
{
    // A thousand centers come back at the same moment (HQ restarted, a network back):
    // more than the queue takes at once. The rest hear 429 with Retry-After, nobody is
    // reset or times out, and everything is stored.
    QString error;
    auto db = HqDatabase::create(preferredBackend(), m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    HqProcess hq(db->spec());
    const QStringList codes = centerCodes(1000 * scale(), "K");
    const QStringList tokens = hq.addTokens(codes);
    QCOMPARE(tokens.size(), codes.size());
    QVERIFY(hq.start());
    QList<LoadCenter> load;
    QList<Expected> expected(codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i)
        load.append(makeCenter(codes.at(i), tokens.at(i), 2, 20, &expected[i],
                               static_cast<quint32>(i + 1)));
    LoadOptions options;
    options.ports = {hq.port()};
    options.deadlineMs = 180000 * scale();
    const LoadReport report = runLoad(load, options);
    qInfo("%s", qPrintable(report.summary()));
    QVERIFY2(report.drained, qPrintable(report.summary()));
    QVERIFY(report.statuses.value(429) > 0);
    QCOMPARE(report.resets, 0);
    QCOMPARE(report.connectFailures, 0);
    QCOMPARE(report.timeouts, 0);
    const QString difference = compareAll(*db, codes, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestHqScale::statsAndMetricsDoNotSlowPushes()
{
    // Statistics come from counters kept as batches apply, and metrics from memory: reading
    // them as often as one likes, over a database with many rows, leaves pushes as fast.
    QString error;
    auto db = HqDatabase::create(preferredBackend(), m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    HqProcess hq(db->spec());
    QStringList codes = centerCodes(20, "S");
    codes.append(QStringLiteral("BULK"));
    QStringList tokens = hq.addTokens(codes);
    QCOMPARE(tokens.size(), codes.size());
    const QString admin = hq.addTokens({QString()}).value(0);
    QVERIFY(!admin.isEmpty());
    QVERIFY(hq.start());
    LoadOptions options;
    options.ports = {hq.port()};
    {
        // Rows to count, were anything counting them.
        LoadCenter bulk = makeCenter(QStringLiteral("BULK"), tokens.last(), 40, 500, nullptr, 99);
        const LoadReport filled = runLoad({bulk}, options);
        QVERIFY2(filled.drained, qPrintable(filled.summary()));
    }
    auto pushes = [&](quint32 seed) {
        QList<LoadCenter> load;
        for (int i = 0; i < 20; ++i)
            load.append(makeCenter(codes.at(i), tokens.at(i), 8, 100, nullptr, seed + i));
        LoadOptions paced = options;
        paced.paceMs = 250;
        return runLoad(load, paced);
    };
    const LoadReport quiet = pushes(1000);
    QVERIFY2(quiet.drained, qPrintable(quiet.summary()));

    std::atomic<bool> reading {true};
    std::atomic<int> reads {0};
    std::atomic<int> bad {0};
    // About 60 reads a second: a dashboard or two and a scraper, far more than needed.
    std::thread reader([&] {
        while (reading.load()) {
            for (const auto &[path, token] :
                 {std::pair<QByteArray, QString>("/v1/stats", admin),
                  std::pair<QByteArray, QString>("/metrics", admin),
                  std::pair<QByteArray, QString>("/v1/stats", tokens.last())}) {
                const RawAnswer answer = get(hq.port(), path, token);
                ++reads;
                if (answer.status != 200)
                    ++bad;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const LoadReport busy = pushes(2000);
    reading = false;
    reader.join();
    QVERIFY2(busy.drained, qPrintable(busy.summary()));
    qInfo("pushes alone: %s", qPrintable(quiet.summary()));
    qInfo("with %d statistics and metrics reads: %s", reads.load(), qPrintable(busy.summary()));
    QCOMPARE(bad.load(), 0);
    QVERIFY(reads.load() > 50);
    QCOMPARE(busy.statuses.keys(), QList<int> {200});
    QVERIFY2(busy.percentile(95) < 2 * quiet.percentile(95) + 50,
             qPrintable(QStringLiteral("p95 %1 ms against %2 ms")
                            .arg(busy.percentile(95))
                            .arg(quiet.percentile(95))));
    // And the figures are right.
    const RawAnswer stats = get(hq.port(), "/v1/stats?center=BULK", admin);
    QCOMPARE(QJsonDocument::fromJson(stats.body).object().value(QLatin1String("batches")).toInt(),
             40);
}

QTEST_GUILESS_MAIN(TestHqScale)
#include "tst_hqscale.moc"
