// repair-hq's change feed (issue 19): GET /v1/changes and /v1/whoami, station tokens and the
// (version, origin) order of snapshots, against a real repair-hq on SQLite and PostgreSQL.
#include "synctestsupport.h"

#include "sync/wire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rc;
using namespace rc::synctest;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray contentEncoding;
};

QNetworkRequest makeRequest(const QUrl &url, const QString &token,
                            const QByteArray &acceptEncoding = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!acceptEncoding.isEmpty())
        req.setRawHeader("Accept-Encoding", acceptEncoding);
    return req;
}

Answer finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(40000);
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.raw).object();
    answer.contentEncoding = reply->rawHeader("Content-Encoding");
    reply->deleteLater();
    return answer;
}

QString errorCode(const Answer &answer)
{
    return answer.json.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

QByteArray snapshot(const QString &id, qint64 version, const QString &origin, int value = 0)
{
    sync::WireRecord record;
    record.entity = QStringLiteral("ticket");
    record.id = id;
    record.version = version;
    record.origin = origin;
    record.payload = {{QStringLiteral("id"), id}, {QStringLiteral("value"), value}};
    return sync::encodeRecord(record);
}

// A ticket snapshot whose payload is about `bytes` long.
QByteArray bigSnapshot(const QString &id, const QString &origin, int bytes)
{
    sync::WireRecord record;
    record.entity = QStringLiteral("ticket");
    record.id = id;
    record.version = 1;
    record.origin = origin;
    record.payload
        = {{QStringLiteral("id"), id}, {QStringLiteral("note"), QString(bytes, QLatin1Char('x'))}};
    return sync::encodeRecord(record);
}

QByteArray eventRecord(const QString &id, const QString &origin)
{
    sync::WireRecord record;
    record.kind = sync::RecordKind::Event;
    record.entity = QStringLiteral("ticket_event");
    record.id = id;
    record.version = 1;
    record.origin = origin;
    record.payload = {{QStringLiteral("id"), id}};
    return sync::encodeRecord(record);
}

QByteArray batch(const QList<QByteArray> &records, const QString &station)
{
    return sync::encodeBatch(QStringLiteral("DEMO"),
                             QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QDateTime::currentDateTimeUtc(), records, station);
}

QStringList statuses(const Answer &answer)
{
    QStringList out;
    const QJsonArray results = answer.json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject o = value.toObject();
        const QString code
            = o.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
        out.append(o.value(QLatin1String("status")).toString()
                   + (code.isEmpty() ? QString() : QLatin1Char(':') + code));
    }
    return out;
}

QStringList ids(const sync::ChangesPage &page)
{
    QStringList out;
    for (const sync::WireRecord &record : page.records)
        out.append(record.id);
    return out;
}

} // namespace

class TestHqFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void feed_data();
    void feed();
    void cleanupTestCase();

private:
    Answer get(const QString &path, const QString &token, const QByteArray &acceptEncoding = {});
    Answer post(const QByteArray &body, const QString &token);
    sync::ChangesPage page(const QString &token, const QString &cursor, int limit = 1000);
    QString stationToken(const QString &station, int *exitCode = nullptr,
                         QByteArray *err = nullptr);

    QTemporaryDir m_dir;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqProcess> m_hq;
};

void TestHqFeed::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
    m_network = new QNetworkAccessManager(this);
}

void TestHqFeed::cleanupTestCase()
{
    m_hq.reset();
    m_db.reset();
}

Answer TestHqFeed::get(const QString &path, const QString &token, const QByteArray &acceptEncoding)
{
    return finish(
        m_network->get(makeRequest(m_hq->url().resolved(QUrl(path)), token, acceptEncoding)));
}

Answer TestHqFeed::post(const QByteArray &body, const QString &token)
{
    return finish(m_network->post(
        makeRequest(m_hq->url().resolved(QUrl(QString::fromLatin1(sync::kBatchesPath))), token),
        body));
}

sync::ChangesPage TestHqFeed::page(const QString &token, const QString &cursor, int limit)
{
    const Answer answer = get(QStringLiteral("/v1/changes?cursor=%1&limit=%2")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor)))
                                  .arg(limit),
                              token);
    if (answer.status != 200) {
        qWarning() << "feed answered" << answer.status << answer.raw;
        return {};
    }
    auto decoded = sync::decodeChangesPage(answer.raw);
    if (!decoded) {
        qWarning() << "feed page not readable:" << decoded.error().message;
        return {};
    }
    return *decoded;
}

QString TestHqFeed::stationToken(const QString &station, int *exitCode, QByteArray *err)
{
    QProcess process;
    process.start(repairHqPath(), {QStringLiteral("--db"), m_db->spec(), QStringLiteral("token"),
                                   QStringLiteral("add"), QStringLiteral("DEMO"),
                                   QStringLiteral("--station"), station});
    if (!process.waitForFinished(30000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode() == 0 ? QString::fromLatin1(process.readAllStandardOutput().trimmed())
                                   : QString();
}

void TestHqFeed::feed_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestHqFeed::feed()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    m_hq.reset();
    m_db = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_hq = std::make_unique<HqProcess>(m_db->spec());
    const QString center = m_hq->addToken(QStringLiteral("DEMO"));
    const QString admin = m_hq->addToken(QString());
    QVERIFY(!center.isEmpty());
    const QString s1 = stationToken(QStringLiteral("S1"));
    const QString s2 = stationToken(QStringLiteral("S2"));
    QVERIFY(!s1.isEmpty() && !s2.isEmpty());

    // A second valid token for one station is refused, and says why.
    int exitCode = 0;
    QByteArray err;
    QVERIFY(stationToken(QStringLiteral("S1"), &exitCode, &err).isEmpty());
    QCOMPARE(exitCode, 2);
    QVERIFY2(err.contains("has a valid token"), err.constData());
    {
        QProcess list;
        list.start(repairHqPath(), {QStringLiteral("--db"), m_db->spec(), QStringLiteral("token"),
                                    QStringLiteral("list")});
        QVERIFY(list.waitForFinished(30000));
        const QByteArray out = list.readAllStandardOutput();
        QCOMPARE(out.count("\"station\":\"S1\""), 1);
        QCOMPARE(out.count("\"station\":\"S2\""), 1);
    }

    // One worker: a waiting long-poll must not hold it.
    m_hq->setArguments({QStringLiteral("--workers"), QStringLiteral("1")});
    QVERIFY(m_hq->start());

    // whoami, for each kind of token.
    Answer a = get(QStringLiteral("/v1/whoami"), s1);
    QCOMPARE(a.status, 200);
    auto who = sync::decodeWhoami(a.raw);
    QVERIFY(who);
    QCOMPARE(who->center, QStringLiteral("DEMO"));
    QCOMPARE(who->station, QStringLiteral("S1"));
    QVERIFY(!who->admin);
    who = sync::decodeWhoami(get(QStringLiteral("/v1/whoami"), center).raw);
    QVERIFY(who && who->station.isEmpty() && who->center == QStringLiteral("DEMO"));
    who = sync::decodeWhoami(get(QStringLiteral("/v1/whoami"), admin).raw);
    QVERIFY(who && who->admin && who->center.isEmpty());
    QCOMPARE(get(QStringLiteral("/v1/whoami"), QStringLiteral("rc_nope")).status, 401);

    // The feed is a center's: an admin token is refused, and so are bad arguments.
    a = get(QStringLiteral("/v1/changes"), admin);
    QCOMPARE(a.status, 403);
    a = get(QStringLiteral("/v1/changes?cursor=banana"), center);
    QCOMPARE(a.status, 400);
    QCOMPARE(errorCode(a), QStringLiteral("BAD_CURSOR"));
    a = get(QStringLiteral("/v1/changes?cursor=s:-1"), center);
    QCOMPARE(errorCode(a), QStringLiteral("BAD_CURSOR"));
    QCOMPARE(get(QStringLiteral("/v1/changes?limit=0"), center).status, 400);
    QCOMPARE(get(QStringLiteral("/v1/changes?limit=%1").arg(sync::WireLimits::maxChangesLimit + 1),
                 center)
                 .status,
             400);
    QCOMPARE(get(QStringLiteral("/v1/changes?wait=31"), center).status, 400);
    sync::ChangesPage empty = page(center, {});
    QVERIFY(empty.records.isEmpty());
    QVERIFY(!empty.more);

    // S1 sends 25 snapshots and 5 events; a station token's batch may not claim another
    // station.
    QList<QByteArray> records;
    for (int i = 0; i < 25; ++i)
        records.append(snapshot(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')), 1,
                                QStringLiteral("o-s1"), i));
    for (int i = 0; i < 5; ++i)
        records.append(eventRecord(QStringLiteral("e%1").arg(i), QStringLiteral("o-s1")));
    a = post(batch(records, QStringLiteral("S2")), s1);
    QCOMPARE(a.status, 403);
    QCOMPARE(errorCode(a), QStringLiteral("STATION_MISMATCH"));
    a = post(batch(records, QStringLiteral("S1")), s1);
    QCOMPARE(a.status, 200);
    QCOMPARE(statuses(a).count(QStringLiteral("applied")), 30);

    // Paging with limit 10: three pages in order, the cursor resumes, more and behind say
    // what is left.
    QStringList seen;
    QString cursor;
    QList<bool> more;
    for (int i = 0; i < 3; ++i) {
        const sync::ChangesPage p = page(center, cursor, 10);
        QCOMPARE(p.records.size(), 10);
        QVERIFY(!p.cursor.isEmpty());
        QCOMPARE(p.behind, qint64(20 - 10 * i));
        more.append(p.more);
        seen += ids(p);
        for (const sync::WireRecord &record : p.records) {
            QCOMPARE(record.station, QStringLiteral("S1"));
            QCOMPARE(record.origin, QStringLiteral("o-s1"));
        }
        cursor = p.cursor;
    }
    QCOMPARE(more, (QList<bool> {true, true, false}));
    QCOMPARE(seen.size(), 30);
    QCOMPARE(seen.first(), QStringLiteral("t00"));
    QCOMPARE(seen.at(24), QStringLiteral("t24"));
    QCOMPARE(seen.last(), QStringLiteral("e4"));
    const sync::ChangesPage all = page(center, {});
    QCOMPARE(ids(all), seen);
    QCOMPARE(all.records.last().kind, sync::RecordKind::Event);
    QCOMPARE(all.records.first().payload.value(QLatin1String("value")).toInt(), 0);
    QVERIFY(page(center, cursor).records.isEmpty());

    // Own-station exclusion: S1 sees nothing of its own, S2 sees all of it.
    QVERIFY(page(s1, {}).records.isEmpty());
    QCOMPARE(page(s2, {}).records.size(), 30);

    // S2 replaces t03 (newer version) and adds one: from the saved cursor exactly those two,
    // and from the start t03 once, at its new place.
    a = post(batch({snapshot(QStringLiteral("t03"), 2, QStringLiteral("o-s2"), 99),
                    snapshot(QStringLiteral("n1"), 1, QStringLiteral("o-s2"))},
                   QStringLiteral("S2")),
             s2);
    QCOMPARE(statuses(a), (QStringList {QStringLiteral("applied"), QStringLiteral("applied")}));
    const sync::ChangesPage resumed = page(center, cursor);
    QCOMPARE(ids(resumed), (QStringList {QStringLiteral("t03"), QStringLiteral("n1")}));
    QCOMPARE(resumed.records.first().version, qint64(2));
    QCOMPARE(resumed.records.first().station, QStringLiteral("S2"));
    QCOMPARE(resumed.records.first().payload.value(QLatin1String("value")).toInt(), 99);
    const QStringList again = ids(page(center, {}));
    QCOMPARE(again.size(), 31);
    QCOMPARE(again.count(QStringLiteral("t03")), 1);
    QCOMPARE(again.at(29), QStringLiteral("t03"));
    QCOMPARE(ids(page(s2, {})).count(QStringLiteral("t03")), 0);
    QCOMPARE(ids(page(s1, {})), (QStringList {QStringLiteral("t03"), QStringLiteral("n1")}));

    // The snapshot order (version, origin): the same pair with the same payload is a
    // duplicate, with another payload a VERSION_CONFLICT; a greater origin at the same
    // version wins, a smaller one is stale.
    a = post(batch({snapshot(QStringLiteral("t03"), 2, QStringLiteral("o-s2"), 99),
                    snapshot(QStringLiteral("t04"), 1, QStringLiteral("o-s1"), 7)},
                   QStringLiteral("S2")),
             s2);
    QCOMPARE(statuses(a), (QStringList {QStringLiteral("duplicate"),
                                        QStringLiteral("rejected:VERSION_CONFLICT")}));
    a = post(batch({snapshot(QStringLiteral("t05"), 1, QStringLiteral("o-s3"), 1),
                    snapshot(QStringLiteral("t06"), 1, QStringLiteral("o-a"), 1)},
                   QStringLiteral("S2")),
             s2);
    QCOMPARE(statuses(a), (QStringList {QStringLiteral("applied"), QStringLiteral("stale")}));

    // Protocol 1 still accepted from a center token; its records have no origin.
    const QByteArray v1
        = R"({"protocol":1,"center":"DEMO","batch_id":"v1-batch","sent_at":"x","records":[)"
          R"({"kind":"snapshot","entity":"ticket","id":"old1","version":1,)"
          R"("payload":{"id":"old1"}}]})";
    a = post(v1, center);
    QCOMPARE(a.status, 200);
    QCOMPARE(statuses(a), QStringList {QStringLiteral("applied")});
    const sync::ChangesPage latest = page(center, resumed.cursor);
    QCOMPARE(ids(latest), (QStringList {QStringLiteral("t05"), QStringLiteral("old1")}));
    QVERIFY(latest.records.last().origin.isEmpty());
    QVERIFY(latest.records.last().station.isEmpty());

    // A center token's batch: the station is its claim.
    a = post(
        batch({snapshot(QStringLiteral("c1"), 1, QStringLiteral("o-s9"))}, QStringLiteral("S9")),
        center);
    QCOMPARE(statuses(a), QStringList {QStringLiteral("applied")});
    const sync::ChangesPage claimed = page(center, latest.cursor);
    QCOMPARE(claimed.records.size(), 1);
    QCOMPARE(claimed.records.first().station, QStringLiteral("S9"));

    // gzip when asked for, plain otherwise.
    a = get(QStringLiteral("/v1/changes"), center, "gzip");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.contentEncoding, QByteArray("gzip"));
    QVERIFY(a.raw.startsWith("\x1f\x8b"));
    a = get(QStringLiteral("/v1/changes"), center, "gzip;q=0, identity");
    QVERIFY(a.contentEncoding.isEmpty());
    QVERIFY(sync::decodeChangesPage(a.raw));
    const int plainSize = static_cast<int>(a.raw.size());
    // Qt's own Accept-Encoding, decoded by Qt: the same page.
    {
        QNetworkRequest req
            = makeRequest(m_hq->url().resolved(QUrl(QStringLiteral("/v1/changes"))), center);
        const Answer decoded = finish(m_network->get(req));
        QCOMPARE(decoded.raw.size(), plainSize);
        QCOMPARE(ids(sync::decodeChangesPage(decoded.raw).value()),
                 ids(sync::decodeChangesPage(a.raw).value()));
    }

    // Long-poll timeout: nothing new in 1 s, an empty page with the same cursor.
    QElapsedTimer timer;
    timer.start();
    a = get(QStringLiteral("/v1/changes?wait=1&cursor=") + claimed.cursor, center);
    QCOMPARE(a.status, 200);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    auto timedOut = sync::decodeChangesPage(a.raw);
    QVERIFY(timedOut && timedOut->records.isEmpty());
    QCOMPARE(timedOut->cursor, claimed.cursor);

    // Long-poll wake: S1 and S2 wait; S2's batch wakes S1 at once (S2's own wait goes on),
    // and meanwhile the single worker still answers other requests.
    const QString waitPath = QStringLiteral("/v1/changes?wait=20&cursor=") + claimed.cursor;
    QNetworkReply *waitS1 = m_network->get(makeRequest(m_hq->url().resolved(QUrl(waitPath)), s1));
    QNetworkReply *waitS2 = m_network->get(makeRequest(m_hq->url().resolved(QUrl(waitPath)), s2));
    QTest::qWait(400);
    QVERIFY(!waitS1->isFinished() && !waitS2->isFinished());
    a = get(QStringLiteral("/metrics"), admin);
    QVERIFY2(a.raw.contains("\nrepair_hq_feed_waiting 2\n"), a.raw.constData());
    timer.restart();
    QCOMPARE(get(QStringLiteral("/v1/stats"), center).status, 200);
    QVERIFY(timer.elapsed() < 2000);
    timer.restart();
    a = post(
        batch({snapshot(QStringLiteral("w1"), 1, QStringLiteral("o-s2"))}, QStringLiteral("S2")),
        s2);
    QCOMPARE(a.status, 200);
    const qint64 answeredMs = timer.elapsed();
    {
        QSignalSpy finished(waitS1, &QNetworkReply::finished);
        QVERIFY(waitS1->isFinished() || finished.wait(5000));
    }
    const qint64 wokeMs = timer.elapsed();
    qInfo("batch answered after %lld ms, the waiting feed after %lld ms", answeredMs, wokeMs);
    QVERIFY2(wokeMs - answeredMs < 250, qPrintable(QString::number(wokeMs - answeredMs)));
    const Answer woken = finish(waitS1);
    QCOMPARE(ids(sync::decodeChangesPage(woken.raw).value()), QStringList {QStringLiteral("w1")});
    QVERIFY(!waitS2->isFinished());
    waitS2->abort();
    waitS2->deleteLater();

    // A page stops after WireLimits::maxChangesPageBytes of payload, whatever its limit, and
    // says that more is ready: 42 records of 240 KiB are two pages.
    const int limit = sync::WireLimits::maxChangesLimit;
    QString tail;
    for (sync::ChangesPage p = page(center, tail, limit);; p = page(center, tail, limit)) {
        tail = p.cursor;
        if (!p.more)
            break;
    }
    const int bigBytes = 240 * 1024;
    for (int b = 0; b < 3; ++b) {
        QList<QByteArray> big;
        for (int i = 0; i < 14; ++i)
            big.append(bigSnapshot(QStringLiteral("big%1").arg(b * 14 + i), QStringLiteral("o-s2"),
                                   bigBytes));
        a = post(batch(big, QStringLiteral("S2")), s2);
        QCOMPARE(a.status, 200);
    }
    const sync::ChangesPage first = page(center, tail, limit);
    const qint64 fits = sync::WireLimits::maxChangesPageBytes / bigBytes + 1;
    QCOMPARE(first.records.size(), fits);
    QVERIFY(first.more);
    QCOMPARE(first.behind, 42 - fits);
    const sync::ChangesPage second = page(center, first.cursor, limit);
    QCOMPARE(second.records.size(), 42 - fits);
    QVERIFY(!second.more);
    QCOMPARE(second.records.last().id, QStringLiteral("big41"));

    m_hq->stop();
}

QTEST_GUILESS_MAIN(TestHqFeed)
#include "tst_hqfeed.moc"
