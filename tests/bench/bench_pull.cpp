// A station pulling another station's records from a loopback repair-hq (issue 19): a
// backlog of 100 k records (customers, devices, tickets and their events, 1000 per page)
// applied with workflow::RemoteChanges, with the process's peak memory; then the latency
// from a change at station 01 (pushed at once) to its row at station 02 (long-polling).
// Prints its figures; BENCH_PULL_RECORDS (default 20 000, so that CI's run stays short) and
// BENCH_PULL_SAMPLES change the sizes.
//   build/release/tests/bench/bench_pull
#include "synctestsupport.h"
#include "workflowstore.h"

#include "store/customerrepository.h"
#include "store/versionclock.h"
#include "sync/syncengine.h"
#include "sync/syncpuller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rc;
using namespace rc::synctest;

namespace {

double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmHWM:")
            return parts[1].toDouble() / 1024;
    }
    return 0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

QString stationToken(const QString &spec, const QString &station)
{
    QProcess process;
    process.start(repairHqPath(),
                  {QStringLiteral("--db"), spec, QStringLiteral("token"), QStringLiteral("add"),
                   QStringLiteral("SZ01"), QStringLiteral("--station"), station});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromLatin1(process.readAllStandardOutput().trimmed());
}

// `records` outbox rows at station 01, in groups of four: a customer, a device, a ticket
// and its "created" event, as the repositories write them.
bool fillBacklog(test::WorkflowStore &store, int records)
{
    Database &db = *store.db;
    const QString origin = VersionClock::origin(db).value();
    qint64 version = VersionClock::current(db).value();
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO outbox (record_kind, entity, entity_id, version, payload, created_at, "
        "origin) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto add = [&](const char *kind, const char *entity, QJsonObject payload) {
        const QString id = payload.value(QLatin1String("id")).toString();
        // As store/outbox.cpp writes them: events keep version 1 (HQ refuses any other), a
        // snapshot takes the store's clock.
        const qint64 recordVersion = qstrcmp(kind, "event") == 0 ? 1 : ++version;
        payload.insert(QStringLiteral("version"), recordVersion);
        payload.insert(QStringLiteral("center"), QStringLiteral("SZ01"));
        insert.bindValue(0, QLatin1String(kind));
        insert.bindValue(1, QLatin1String(entity));
        insert.bindValue(2, id);
        insert.bindValue(3, recordVersion);
        insert.bindValue(4,
                         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        insert.bindValue(5, now);
        insert.bindValue(6, origin);
        return insert.exec();
    };
    auto newId = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    for (int i = 0; i < records / 4; ++i) {
        const QString customer = newId();
        const QString device = newId();
        const QString ticket = newId();
        const QString phone = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
        const QString imei = QStringLiteral("86%1").arg(i, 13, 10, QLatin1Char('0'));
        bool ok = add("snapshot", "customer",
                      {{QStringLiteral("id"), customer},
                       {QStringLiteral("name"), QStringLiteral("王小明 %1").arg(i)},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("note"), QString()},
                       {QStringLiteral("created_at"), now},
                       {QStringLiteral("updated_at"), now}});
        ok = ok
             && add("snapshot", "device",
                    {{QStringLiteral("id"), device},
                     {QStringLiteral("imei1"), imei},
                     {QStringLiteral("brand"), QStringLiteral("Huawei")},
                     {QStringLiteral("model"), QStringLiteral("P40")},
                     {QStringLiteral("serial"), QString()},
                     {QStringLiteral("created_at"), now},
                     {QStringLiteral("updated_at"), now}});
        ok = ok
             && add("snapshot", "ticket",
                    {{QStringLiteral("id"), ticket},
                     {QStringLiteral("number"), QStringLiteral("SZ01-01-261123-%1").arg(i)},
                     {QStringLiteral("station"), QStringLiteral("01")},
                     {QStringLiteral("customer_id"), customer},
                     {QStringLiteral("device_id"), device},
                     {QStringLiteral("status"), QStringLiteral("received")},
                     {QStringLiteral("created_at"), now},
                     {QStringLiteral("updated_at"), now},
                     {QStringLiteral("status_changed_at"), now},
                     {QStringLiteral("fault_description"), QStringLiteral("屏幕不亮")},
                     {QStringLiteral("passcode_handling"), QStringLiteral("no_lock")},
                     {QStringLiteral("condition"), QJsonObject()},
                     {QStringLiteral("accessories"), QJsonArray()}});
        ok = ok
             && add("event", "ticket_event",
                    {{QStringLiteral("id"), newId()},
                     {QStringLiteral("ticket_id"), ticket},
                     {QStringLiteral("at"), now},
                     {QStringLiteral("actor"), QStringLiteral("李前台")},
                     {QStringLiteral("kind"), QStringLiteral("created")},
                     {QStringLiteral("to"), QStringLiteral("received")},
                     {QStringLiteral("note"), QString()},
                     {QStringLiteral("data"), QJsonObject()}});
        if (!ok) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(insert.lastError().text()));
            return false;
        }
    }
    if (!db.exec(QStringLiteral("UPDATE version_clock SET clock = %1").arg(version)))
        return false;
    return bool(db.exec(QStringLiteral("COMMIT")));
}

sync::SyncSettings settingsFor(const QUrl &hqUrl, const QString &token)
{
    sync::SyncSettings settings;
    settings.hqUrl = hqUrl;
    settings.token = token;
    settings.intervalSeconds = 3600;
    return settings;
}

qint64 count(test::WorkflowStore &store, const QString &statement, const QString &value = {})
{
    return store.count(statement, value.isEmpty() ? QVariantList() : QVariantList {value});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = qEnvironmentVariableIsSet("BENCH_PULL_RECORDS")
                            ? qEnvironmentVariableIntValue("BENCH_PULL_RECORDS")
                            : 20000; // in CI; the figure quoted is BENCH_PULL_RECORDS=100000
    const int samples = qEnvironmentVariableIsSet("BENCH_PULL_SAMPLES")
                            ? qEnvironmentVariableIntValue("BENCH_PULL_SAMPLES")
                            : 40;
    test::WorkflowStore a;
    test::WorkflowStore b;
    b.stationCode = QStringLiteral("02");
    b.userPrefix = QStringLiteral("s2_");
    b.withPrices = false;
    b.managerPin = QStringLiteral("654321");
    if (!a.setUp() || !b.setUp())
        return 1;
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, a.dir.path(), &error);
    if (!hqDb) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    HqProcess hq(hqDb->spec());
    const QString tokenA = stationToken(hqDb->spec(), QStringLiteral("01"));
    const QString tokenB = stationToken(hqDb->spec(), QStringLiteral("02"));
    if (tokenA.isEmpty() || tokenB.isEmpty() || !hq.start()) {
        std::fprintf(stderr, "repair-hq: %s\n", hq.stderrText().constData());
        return 1;
    }
    if (!fillBacklog(a, records))
        return 1;

    SystemClock clock;
    sync::SyncTuning push;
    push.maxRecords = sync::WireLimits::maxRecords;
    push.maxBytes = 3 * 1024 * 1024;
    sync::SyncEngine engine(a.dir.filePath(QStringLiteral("store.sqlite")),
                            settingsFor(hq.url(), tokenA), clock, push);
    bool drained = false;
    QObject::connect(&engine, &sync::SyncEngine::drained, &engine, [&] { drained = true; });
    QElapsedTimer pushTimer;
    pushTimer.start();
    engine.start();
    if (!waitFor([&] { return drained; }, 600000)) {
        std::fprintf(stderr, "push: %s\n", qPrintable(engine.state().lastError));
        return 1;
    }
    const double pushSeconds = pushTimer.elapsed() / 1000.0;
    if (const qint64 refused = count(a, QStringLiteral("SELECT count(*) FROM outbox")); refused) {
        std::fprintf(stderr, "push: %lld records set aside\n", static_cast<long long>(refused));
        return 1;
    }
    std::printf("push: %d records from station 01 to HQ in %.2f s: %.0f records/s\n", records,
                pushSeconds, records / pushSeconds);
    std::fflush(stdout);

    // The backlog, from an empty cursor.
    resetPeak();
    sync::PullTuning pull;
    pull.limit = sync::WireLimits::maxChangesLimit;
    sync::SyncPuller puller(b.dir.filePath(QStringLiteral("store.sqlite")),
                            settingsFor(hq.url(), tokenB), clock, pull);
    bool caughtUp = false;
    QObject::connect(&puller, &sync::SyncPuller::caughtUp, &puller, [&] { caughtUp = true; });
    QElapsedTimer timer;
    timer.start();
    puller.start();
    if (!waitFor([&] { return caughtUp; }, 600000)) {
        std::fprintf(stderr, "pull: %s\n", qPrintable(puller.lastError()));
        return 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 tickets = count(b, QStringLiteral("SELECT count(*) FROM tickets WHERE station = "
                                                   "'01'"));
    const qint64 events = count(b, QStringLiteral("SELECT count(*) FROM ticket_events e JOIN "
                                                  "tickets t ON t.id = e.ticket_id WHERE "
                                                  "t.station = '01'"));
    const qint64 parked = count(b, QStringLiteral("SELECT count(*) FROM parked_records"));
    std::printf("backlog: %d records pulled and applied in %.2f s: %.0f records/s; %lld tickets "
                "at 02, %lld parked; peak RSS %.0f MiB\n",
                records, seconds, records / seconds, static_cast<long long>(tickets),
                static_cast<long long>(parked), peakMiB());
    std::fflush(stdout);
    if (tickets != records / 4 || events != records / 4 || parked != 0) {
        std::fprintf(stderr, "pull: %lld tickets, %lld of their events\n",
                     static_cast<long long>(tickets), static_cast<long long>(events));
        return 1;
    }

    // Change → appearance: a customer renamed at 01, pushed at once; 02 long-polls.
    QList<qint64> latencies;
    CustomerRepository customersA(*a.db, a.clock);
    Customer draft;
    draft.name = QStringLiteral("王小明");
    draft.phone = QStringLiteral("13812345678");
    auto created = customersA.create(draft);
    if (!created)
        return 1;
    const QString customerId = created->id;
    for (int i = 0; i < samples; ++i) {
        Customer c = customersA.byId(customerId)->value();
        c.name = QStringLiteral("王小明 第%1次").arg(i);
        if (!customersA.update(c))
            return 1;
        QElapsedTimer latency;
        latency.start();
        engine.syncNow();
        const bool seen = waitFor(
            [&] {
                return count(b, QStringLiteral("SELECT count(*) FROM customers WHERE name = ?"),
                             c.name)
                       == 1;
            },
            30000);
        if (!seen) {
            std::fprintf(stderr, "latency: not seen (%s)\n", qPrintable(puller.lastError()));
            return 1;
        }
        latencies.append(latency.elapsed());
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.at(qMin(latencies.size() - 1, qsizetype(q * latencies.size())));
    };
    std::printf("change -> appearance at another station (%d samples): p50 %lld ms, p95 %lld ms, "
                "max %lld ms\n",
                samples, static_cast<long long>(at(0.5)), static_cast<long long>(at(0.95)),
                static_cast<long long>(latencies.last()));
    puller.stop();
    engine.stop();
    return 0;
}
