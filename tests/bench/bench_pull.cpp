// A station pulling another station's records from a loopback repair-hq (issue 19): a
// backlog of 100 k records (customers, devices, tickets and their events, in pages sized as
// the counter's puller sizes them) applied with workflow::RemoteChanges, with the process's
// peak memory and the number of pages; then the latency
// from a change at station 01 (pushed at once) to its row at station 02 (long-polling).
// Prints its figures; BENCH_PULL_RECORDS (default 20 000, so that CI's run stays short) and
// BENCH_PULL_SAMPLES change the sizes.
//   build/release/tests/bench/bench_pull
#include "synctestsupport.h"
#include "workflowstore.h"

#include "store/customerrepository.h"
#include "sync/syncengine.h"
#include "sync/syncpuller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

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
    if (!fillTicketBacklog(*a.db, records)) {
        std::fprintf(stderr, "could not fill the backlog\n");
        return 1;
    }

    SystemClock clock;
    sync::SyncTuning push;
    push.maxRecords = sync::WireLimits::maxRecords;
    push.maxBytes = 3 * 1024 * 1024;
    sync::SyncEngine engine(a.dir.filePath(QStringLiteral("store.sqlite")),
                            stationSettings(hq.url(), tokenA), clock, push);
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
    // The puller as the counter runs it; BENCH_PULL_PAGE_MS changes how long a page may hold
    // the store's write lock.
    sync::PullTuning pull;
    if (qEnvironmentVariableIsSet("BENCH_PULL_PAGE_MS"))
        pull.pageTargetMs = qEnvironmentVariableIntValue("BENCH_PULL_PAGE_MS");
    sync::SyncPuller puller(b.dir.filePath(QStringLiteral("store.sqlite")),
                            stationSettings(hq.url(), tokenB), clock, pull);
    bool caughtUp = false;
    int pages = 0;
    QObject::connect(&puller, &sync::SyncPuller::caughtUp, &puller, [&] { caughtUp = true; });
    QObject::connect(&puller, &sync::SyncPuller::pulled, &puller, [&] { ++pages; });
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
    std::printf("backlog: %d records pulled and applied in %.2f s: %.0f records/s in %d pages; "
                "%lld tickets at 02, %lld parked; peak RSS %.0f MiB\n",
                records, seconds, records / seconds, pages, static_cast<long long>(tickets),
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
