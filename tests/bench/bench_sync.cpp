// Sync throughput to a loopback repair-hq (SQLite) and a large backlog drained with bounded
// memory. Prints its figures; BENCH_SYNC_RECORDS / BENCH_SYNC_BACKLOG change the sizes.
//   build/release/tests/bench/bench_sync
#include "synctestsupport.h"

#include "common/clock.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace rc;
using namespace rc::synctest;

namespace {

// Resident and peak resident memory of this process, in MiB (Linux).
std::pair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0;
    double hwm = 0;
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                rss = parts[1].toDouble() / 1024;
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                hwm = parts[1].toDouble() / 1024;
        }
    }
    return {rss, hwm};
}

// Resets the peak RSS counter so that each phase measures its own peak.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool fill(Database &store, int records)
{
    ensureOutbox(store);
    if (!store.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery insert(store.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO outbox (record_kind, entity, entity_id, version, "
                       "payload, created_at) VALUES ('snapshot', 'ticket', ?, 1, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < records; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject payload {
            {QStringLiteral("id"), id},
            {QStringLiteral("version"), 1},
            {QStringLiteral("center"), QStringLiteral("DEMO")},
            {QStringLiteral("number"),
             QStringLiteral("DEMO01-261123-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("status"), QStringLiteral("received")},
            {QStringLiteral("problem"),
             QStringLiteral("屏幕碎裂，触摸失灵 / cracked screen, touch dead")},
            {QStringLiteral("updated_at"), now},
        };
        insert.bindValue(0, id);
        insert.bindValue(1,
                         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        insert.bindValue(2, now);
        if (!insert.exec())
            return false;
    }
    return store.exec(QStringLiteral("COMMIT")).ok();
}

struct Run
{
    double seconds = 0;
    int requests = 0;
    bool drained = false;
};

Run drain(const QString &storePath, const QUrl &url, const QString &token, int maxRecords)
{
    SystemClock clock;
    sync::SyncSettings settings;
    settings.hqUrl = url;
    settings.token = token;
    settings.intervalSeconds = 3600;
    sync::SyncTuning tuning;
    tuning.maxRecords = maxRecords;
    sync::SyncEngine engine(storePath, settings, clock, tuning);
    QSignalSpy drained(&engine, &sync::SyncEngine::drained);
    QSignalSpy settled(&engine, &sync::SyncEngine::batchSettled);
    QElapsedTimer timer;
    timer.start();
    engine.start();
    if (drained.isEmpty())
        drained.wait(600000);
    Run run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.requests = static_cast<int>(settled.size());
    run.drained = !drained.isEmpty() && engine.state().pending == 0;
    engine.stop();
    return run;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int records = envInt("BENCH_SYNC_RECORDS", 20000);
    const int backlog = envInt("BENCH_SYNC_BACKLOG", 100000);
    QTemporaryDir dir;
    int failures = 0;

    auto measure = [&](const char *label, bool quickAck, int count, int batch) -> Run {
        QString error;
        auto hqDb = HqDatabase::create(Backend::Sqlite, dir.path(), &error);
        HqProcess hq(hqDb->spec());
        const QString token = hq.addToken(QStringLiteral("DEMO"));
        if (!quickAck)
            hq.setEnvironment(QStringLiteral("REPAIR_HQ_QUICKACK"), QStringLiteral("0"));
        if (token.isEmpty() || !hq.start()) {
            std::printf("%s: repair-hq did not start\n", label);
            ++failures;
            return {};
        }
        const QString path = dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        {
            auto store = Database::open(path);
            if (!store || !fill(**store, count)) {
                std::printf("%s: filling the outbox failed\n", label);
                ++failures;
                return {};
            }
        }
        resetPeak();
        const auto before = memoryMiB();
        const Run run = drain(path, hq.url(), token, batch);
        const auto after = memoryMiB();
        if (!run.drained)
            ++failures;
        std::printf("%-44s %7d records in %6.2f s = %8.0f records/s, %4d requests, "
                    "%6.1f ms/request; RSS %.1f MiB -> peak %.1f MiB\n",
                    label, count, run.seconds, count / run.seconds, run.requests,
                    run.requests ? run.seconds * 1000 / run.requests : 0.0, before.first,
                    after.second);
        std::fflush(stdout);
        return run;
    };

    std::printf("bench_sync: SyncEngine -> repair-hq (SQLite, synchronous=FULL on both sides), "
                "loopback\n");
    measure("throughput, 500/batch", true, records, 500);
    measure("throughput, 500/batch, delayed ACKs (before)", false, records / 4, 500);
    measure("throughput, 100/batch", true, records / 2, 100);
    measure("backlog, 500/batch", true, backlog, 500);
    return failures == 0 ? 0 : 1;
}
