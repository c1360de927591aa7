// A hub at the center (issue 19): a repair-hq with --upstream pointing at HQ. Stations 01 and
// 02 share through the hub while HQ is down; once HQ is up the hub forwards everything and HQ
// holds each record once; a ticket made at HQ's side (station 03) reaches station 01 through
// the hub; a hub restarted between rounds re-sends nothing and loses nothing. Real processes:
// HQ and the hub are repair-hq, the stations run `repairctl sync run --once`.
#include "synctestsupport.h"
#include "workflowstore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::synctest;

namespace {

const QString kCenter = QStringLiteral("SZ01");

QString addToken(const QString &spec, const QStringList &arguments)
{
    QProcess process;
    process.start(repairHqPath(), QStringList {QStringLiteral("--db"), spec,
                                               QStringLiteral("token"), QStringLiteral("add")}
                                      + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "token add failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromLatin1(process.readAllStandardOutput().trimmed());
}

QString stationToken(const QString &spec, const QString &station)
{
    return addStationToken(spec, kCenter, station);
}

// `repairctl sync run --once` for one station; its `sync status` JSON.
QJsonObject syncOnce(test::WorkflowStore &store, const QString &user, const QString &pin,
                     const QUrl &hq, const QString &token)
{
    return syncRunOnce(store.dir.filePath(QStringLiteral("store.sqlite")), user, pin, hq, token);
}

// Every record and event of the center a store holds, as "kind entity/id@version origin
// station", optionally only those not pulled from upstream.
QStringList held(QSqlDatabase db, bool ownOnly)
{
    QStringList out;
    for (const char *table : {"records", "events"}) {
        QSqlQuery q(db);
        const bool records = QByteArray(table) == "records";
        const QString sql
            = QStringLiteral("SELECT entity, id, %1, origin, station, batch_id FROM %2 WHERE "
                             "center = '%3'")
                  .arg(records ? QStringLiteral("version") : QStringLiteral("1"),
                       QString::fromLatin1(table), kCenter);
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text();
            return {QStringLiteral("error")};
        }
        while (q.next()) {
            if (ownOnly && q.value(5).toString().startsWith(QLatin1String("upstream:")))
                continue;
            out.append(QStringLiteral("%1 %2/%3@%4 %5 %6")
                           .arg(QLatin1String(records ? "s" : "e"), q.value(0).toString(),
                                q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString()));
        }
    }
    out.sort();
    return out;
}

qint64 ticketCount(test::WorkflowStore &store, const QString &id)
{
    return store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {id});
}

// `repair-hq --db SPEC upstream status`.
QJsonObject upstreamStatus(const QString &spec)
{
    QProcess process;
    process.start(repairHqPath(), {QStringLiteral("--db"), spec, QStringLiteral("upstream"),
                                   QStringLiteral("status")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "upstream status failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QByteArray httpGet(const QUrl &url, const QString &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

// A sample's value from a /metrics text, -1 when it is not there.
double metricValue(const QByteArray &text, const QString &sample)
{
    const QRegularExpression line(
        QStringLiteral("^%1 (\\S+)$").arg(QRegularExpression::escape(sample)),
        QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private slots:
    void stationsShareThroughHub_data();
    void stationsShareThroughHub();
    void refusesAnUnsafeUpstream();
};

void TestHub::stationsShareThroughHub_data()
{
    QTest::addColumn<Backend>("hubBackend");
    QTest::newRow("hub on sqlite") << Backend::Sqlite;
    if (!qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QTest::newRow("hub on postgres") << Backend::Postgres;
}

void TestHub::stationsShareThroughHub()
{
    QFETCH(Backend, hubBackend);
    test::WorkflowStore a;
    QVERIFY(a.setUp());
    test::WorkflowStore b;
    b.stationCode = QStringLiteral("02");
    b.userPrefix = QStringLiteral("s2_");
    b.withPrices = false;
    b.managerPin = QStringLiteral("654321");
    QVERIFY(b.setUp());
    test::WorkflowStore c;
    c.stationCode = QStringLiteral("03");
    c.userPrefix = QStringLiteral("s3_");
    c.withPrices = false;
    c.managerPin = QStringLiteral("246810");
    QVERIFY(c.setUp());

    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, a.dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    auto hubDb = HqDatabase::create(hubBackend, a.dir.path(), &error);
    QVERIFY2(hubDb, qPrintable(error));

    // HQ: the center's token for the hub, station 03's, an admin token for /metrics. Started
    // once for a port, then down.
    HqProcess hq(hqDb->spec());
    const QString centerToken = addToken(hqDb->spec(), {kCenter});
    const QString token03 = stationToken(hqDb->spec(), QStringLiteral("03"));
    const QString hqAdmin = addToken(hqDb->spec(), {QStringLiteral("--admin")});
    QVERIFY(!centerToken.isEmpty() && !token03.isEmpty() && !hqAdmin.isEmpty());
    QVERIFY(hq.start());
    const quint16 hqPort = hq.port();
    const QUrl hqUrl = hq.url();
    hq.stop();

    // The hub: stations 01 and 02, the center token at HQ from the environment.
    HqProcess hub(hubDb->spec());
    const QString token01 = stationToken(hubDb->spec(), QStringLiteral("01"));
    const QString token02 = stationToken(hubDb->spec(), QStringLiteral("02"));
    const QString hubAdmin = addToken(hubDb->spec(), {QStringLiteral("--admin")});
    QVERIFY(!token01.isEmpty() && !token02.isEmpty() && !hubAdmin.isEmpty());
    hub.setEnvironment(QStringLiteral("REPAIR_HQ_UPSTREAM_TOKEN"), centerToken);
    hub.setArguments({QStringLiteral("--upstream"), hqUrl.toString(), QStringLiteral("-o"),
                      QStringLiteral("upstream-interval=0.2"), QStringLiteral("-o"),
                      QStringLiteral("upstream-retry-max=1")});
    QVERIFY(hub.start());
    const quint16 hubPort = hub.port();
    const QUrl hubUrl = hub.url();

    // HQ down: 01's ticket reaches 02 through the hub, and 02's reaches 01.
    const Ticket t1 = a.registered();
    QCOMPARE(syncOnce(a, QStringLiteral("boss"), a.managerPin, hubUrl, token01)
                 .value(QLatin1String("pending"))
                 .toInt(-1),
             0);
    const Ticket t2 = b.registered();
    QCOMPARE(syncOnce(b, QStringLiteral("s2_boss"), b.managerPin, hubUrl, token02)
                 .value(QLatin1String("pending"))
                 .toInt(-1),
             0);
    QCOMPARE(b.reread(t1.id).number, t1.number);
    QVERIFY(!syncOnce(a, QStringLiteral("boss"), a.managerPin, hubUrl, token01).isEmpty());
    QCOMPARE(a.reread(t2.id).number, t2.number);
    {
        const QByteArray metrics
            = httpGet(QUrl(hubUrl.toString() + QStringLiteral("/metrics")), hubAdmin);
        QCOMPARE(metricValue(metrics, QStringLiteral("repair_hq_upstream_up")), 0.0);
        QVERIFY(metricValue(metrics, QStringLiteral("repair_hq_upstream_failures_total")) >= 1);
        QVERIFY2(metrics.contains("repair_hq_upstream_last_error_info{error=\"whoami: "),
                 metrics.constData());
    }
    const QStringList own = held(hubDb->connection(), true);
    // HQ never reached yet: the status says what waits for it, for the center of the hub's
    // station tokens.
    QCOMPARE(upstreamStatus(hubDb->spec()).value(QLatin1String("pending")).toInt(-1), own.size());

    // HQ up: the hub forwards everything, and HQ holds exactly the hub's own records.
    QVERIFY(hq.start(hqPort));
    QVERIFY(own.size() > 4);
    QDeadlineTimer deadline(60000);
    while (held(hqDb->connection(), false) != own && !deadline.hasExpired())
        QTest::qWait(200);
    QCOMPARE(held(hqDb->connection(), false), own);

    // Station 03 at HQ: its ticket comes to 01 through the hub; 01's ticket reaches 03.
    const Ticket t3 = c.registered();
    const QJsonObject status03
        = syncOnce(c, QStringLiteral("s3_boss"), c.managerPin, hqUrl, token03);
    QCOMPARE(status03.value(QLatin1String("pending")).toInt(-1), 0);
    QCOMPARE(c.reread(t1.id).number, t1.number);
    QCOMPARE(c.reread(t2.id).number, t2.number);
    deadline = QDeadlineTimer(60000);
    while (ticketCount(a, t3.id) == 0 && !deadline.hasExpired()) {
        QTest::qWait(300);
        QVERIFY(!syncOnce(a, QStringLiteral("boss"), a.managerPin, hubUrl, token01).isEmpty());
    }
    QCOMPARE(a.reread(t3.id).number, t3.number);
    {
        const QByteArray metrics
            = httpGet(QUrl(hubUrl.toString() + QStringLiteral("/metrics")), hubAdmin);
        QCOMPARE(metricValue(metrics, QStringLiteral("repair_hq_upstream_up")), 1.0);
        QVERIFY(metricValue(metrics, QStringLiteral("repair_hq_upstream_pulled_records_total"))
                >= 1);
        QCOMPARE(metricValue(metrics, QStringLiteral("repair_hq_upstream_pending_records")), 0.0);
        // Its own records went up once each; what it pulled (03's) was not sent back.
        QCOMPARE(metricValue(metrics, QStringLiteral("repair_hq_upstream_forwarded_records_total")),
                 double(own.size()));
    }

    // HQ down again; 01 makes a ticket; the hub restarts; HQ comes back. The hub forwards
    // from its stored number: HQ receives the new records once, and none of the old again.
    hq.stop();
    const Ticket t4 = a.registered();
    QCOMPARE(syncOnce(a, QStringLiteral("boss"), a.managerPin, hubUrl, token01)
                 .value(QLatin1String("pending"))
                 .toInt(-1),
             0);
    deadline = QDeadlineTimer(30000);
    while (upstreamStatus(hubDb->spec()).value(QLatin1String("pending")).toInt() == 0
           && !deadline.hasExpired())
        QTest::qWait(100);
    const QJsonObject waiting = upstreamStatus(hubDb->spec());
    QCOMPARE(waiting.value(QLatin1String("center")).toString(), kCenter);
    QVERIFY(waiting.value(QLatin1String("pending")).toInt() > 0);
    QVERIFY(!waiting.value(QLatin1String("pull_cursor")).toString().isEmpty());
    hub.stop();
    QVERIFY(hub.start(hubPort));
    QVERIFY(hq.start(hqPort));
    const QStringList ownAfter = held(hubDb->connection(), true);
    QVERIFY(ownAfter.size() > own.size());
    // HQ holds the hub's own records plus station 03's.
    deadline = QDeadlineTimer(60000);
    auto hqOwn = [&]() {
        QStringList rows = held(hqDb->connection(), false);
        rows.removeIf([](const QString &row) { return row.endsWith(QLatin1String(" 03")); });
        return rows;
    };
    while (hqOwn() != ownAfter && !deadline.hasExpired())
        QTest::qWait(200);
    QCOMPARE(hqOwn(), ownAfter);
    QCOMPARE(upstreamStatus(hubDb->spec()).value(QLatin1String("pending")).toInt(-1), 0);
    const QByteArray hqMetrics
        = httpGet(QUrl(hqUrl.toString() + QStringLiteral("/metrics")), hqAdmin);
    QCOMPARE(
        metricValue(hqMetrics, QStringLiteral("repair_hq_records_total{result=\"duplicate\"}")),
        0.0);
    // Applied since HQ restarted: exactly what is new or newer at the hub since the first
    // forward (HQ's counters start at its start).
    const QSet<QString> changed = QSet<QString>(ownAfter.cbegin(), ownAfter.cend())
                                  - QSet<QString>(own.cbegin(), own.cend());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(metricValue(hqMetrics, QStringLiteral("repair_hq_records_total{result=\"applied\"}")),
             double(changed.size()));
    QCOMPARE(metricValue(httpGet(QUrl(hubUrl.toString() + QStringLiteral("/metrics")), hubAdmin),
                         QStringLiteral("repair_hq_upstream_forwarded_records_total")),
             double(changed.size()));
    QVERIFY(!syncOnce(c, QStringLiteral("s3_boss"), c.managerPin, hqUrl, token03).isEmpty());
    QCOMPARE(c.reread(t4.id).number, t4.number);
    // And the hub's stations never see a record twice: 02's pull brings t4 and t3 once.
    QVERIFY(!syncOnce(b, QStringLiteral("s2_boss"), b.managerPin, hubUrl, token02).isEmpty());
    QCOMPARE(b.reread(t4.id).number, t4.number);
    QCOMPARE(b.reread(t3.id).number, t3.number);
}

// A hub does not start with an upstream its token would cross the internet in clear to, nor
// without a token.
void TestHub::refusesAnUnsafeUpstream()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:%1/hub.sqlite").arg(dir.path());
    const QList<std::pair<QStringList, QString>> cases {
        {{QStringLiteral("--upstream"), QStringLiteral("http://203.0.113.5:8420"),
          QStringLiteral("--upstream-token"), QStringLiteral("rc_x")},
         QStringLiteral("plain http:// is refused")},
        {{QStringLiteral("--upstream"), QStringLiteral("https://hq.example.com")},
         QStringLiteral("needs the center's token")},
    };
    for (const auto &[arguments, message] : cases) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("REPAIR_HQ_UPSTREAM_TOKEN"));
        process.setProcessEnvironment(env);
        process.start(repairHqPath(),
                      QStringList {QStringLiteral("--db"), db, QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")}
                          + arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
