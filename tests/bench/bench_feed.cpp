// The change feed (issue 19): a 100 000-record backlog of one station, served to another
// station page by page (limit 1000) by a loopback repair-hq, on SQLite and on PostgreSQL
// (RC_TEST_PG_URL; skipped without it). One JSON line per backend: records/s of the reading
// and repair-hq's resident memory (peak while serving the pages, and after). Every record
// must arrive exactly once, else the run fails.
//
//   build/check/tests/bench/bench_feed
//   BENCH_FEED_RECORDS=20000 build/check/tests/bench/bench_feed
#include "hqload.h"
#include "synctestsupport.h"

#include "sync/wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace rc;
using namespace rc::synctest;

namespace {

QByteArray send(QNetworkAccessManager &network, const QUrl &url, const QString &token,
                const QByteArray &body, int *status)
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = body.isEmpty() ? network.get(req) : network.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString stationToken(const QString &spec, const QString &station)
{
    QProcess process;
    process.start(repairHqPath(),
                  {QStringLiteral("--db"), spec, QStringLiteral("token"), QStringLiteral("add"),
                   QStringLiteral("DEMO"), QStringLiteral("--station"), station});
    process.waitForFinished(30000);
    return QString::fromLatin1(process.readAllStandardOutput().trimmed());
}

// Fills the backlog from S1, then reads it as S2; false when a record is missing or doubled.
bool run(Backend backend, const char *name, const QString &folder, int total)
{
    QString error;
    auto db = HqDatabase::create(backend, folder, &error);
    if (!db) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(error));
        return false;
    }
    const QString s1 = stationToken(db->spec(), QStringLiteral("S1"));
    const QString s2 = stationToken(db->spec(), QStringLiteral("S2"));
    HqProcess hq(db->spec());
    if (s1.isEmpty() || s2.isEmpty() || !hq.start())
        return false;
    QNetworkAccessManager network;
    const QUrl batches = hq.url().resolved(QUrl(QString::fromLatin1(sync::kBatchesPath)));
    const QString origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int sent = 0; sent < total;) {
        QList<QByteArray> records;
        for (int i = 0; i < 1000 && sent < total; ++i, ++sent) {
            sync::WireRecord record;
            record.entity = QStringLiteral("ticket");
            record.id = QStringLiteral("T-%1").arg(sent, 7, 10, QLatin1Char('0'));
            record.version = sent + 1;
            record.origin = origin;
            record.payload
                = {{QStringLiteral("id"), record.id},
                   {QStringLiteral("center"), QStringLiteral("DEMO")},
                   {QStringLiteral("status"), QStringLiteral("awaiting_diagnosis")},
                   {QStringLiteral("customer_name"), QStringLiteral("Customer %1").arg(sent)},
                   {QStringLiteral("device_model"), QStringLiteral("Phone X")}};
            records.append(sync::encodeRecord(record));
        }
        int status = 0;
        send(network, batches, s1,
             sync::encodeBatch(QStringLiteral("DEMO"), QUuid::createUuid().toString(),
                               QDateTime::currentDateTimeUtc(), records, QStringLiteral("S1")),
             &status);
        if (status != 200) {
            std::fprintf(stderr, "%s: a batch was answered %d\n", name, status);
            return false;
        }
    }
    const qint64 rssBefore = rssKiB(hq.pid());
    resetPeakRss(hq.pid());
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        int status = 0;
        const QByteArray body = send(
            network,
            hq.url().resolved(QUrl(QStringLiteral("/v1/changes?limit=1000&cursor=") + cursor)), s2,
            {}, &status);
        auto page = sync::decodeChangesPage(body);
        if (status != 200 || !page) {
            std::fprintf(stderr, "%s: a page was answered %d\n", name, status);
            return false;
        }
        ++pages;
        bytes += body.size();
        for (const sync::WireRecord &record : std::as_const(page->records))
            seen.insert(record.id);
        cursor = page->cursor;
        if (!page->more)
            break;
    }
    const double seconds = timer.elapsed() / 1000.0;
    const QJsonObject line {
        {QStringLiteral("backend"), QString::fromLatin1(name)},
        {QStringLiteral("records"), seen.size()},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("records_per_s"), qRound(seen.size() / seconds)},
        {QStringLiteral("decoded_mib"), bytes / 1048576.0},
        {QStringLiteral("hq_rss_kib_before"), rssBefore},
        {QStringLiteral("hq_peak_rss_kib_serving"), peakRssKiB(hq.pid())},
        {QStringLiteral("hq_rss_kib_after"), rssKiB(hq.pid())},
    };
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (seen.size() != total) {
        std::fprintf(stderr, "%s: %lld distinct records read, %d sent\n", name, qint64(seen.size()),
                     total);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    int total = qEnvironmentVariableIntValue("BENCH_FEED_RECORDS", &ok);
    if (!ok || total <= 0)
        total = 100000;
    QTemporaryDir dir;
    bool passed = run(Backend::Sqlite, "sqlite", dir.path(), total);
    if (qEnvironmentVariableIsEmpty(kPgUrlVariable))
        std::printf("{\"backend\":\"postgres\",\"skipped\":\"RC_TEST_PG_URL is not set\"}\n");
    else
        passed = run(Backend::Postgres, "postgres", dir.path(), total) && passed;
    return passed ? 0 : 1;
}
