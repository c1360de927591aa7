// repair-hq under load: 50 centers push at once, 200-record batches, through a load
// generator that speaks the wire format as the counter does (tests/sync/hqload.h), against
// one and two repair-hq processes on one PostgreSQL (its own cluster, fsync on) and on one
// SQLite file (synchronous=FULL). One JSON line per configuration: records/s and batch
// latency p50/p95/p99; then every acknowledged record is checked in the database (stored
// once, at its newest version), and a miss fails the run.
//
//   build/check/tests/bench/bench_hq
//   BENCH_HQ_CENTERS=50 BENCH_HQ_BATCHES=40 BENCH_HQ_RECORDS=200 build/check/tests/bench/bench_hq
//   BENCH_HQ_ONLY=postgres  (or sqlite)   one backend only
//
// Two runs per configuration: "saturated", every center sending its next batch as soon as
// the last is answered (the most HQ can take; latency is then mostly waiting in line,
// centers / throughput), and "paced", every center sending a batch every BENCH_HQ_PACE_MS
// (1000: 10 000 records/s offered by 50 centers), where latency is the time a batch takes.
#include "hqload.h"
#include "pgtestcluster.h"
#include "synctestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <cstdio>

using namespace rc::synctest;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// The machine's 1-minute load average: other work competing for its two cores.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

struct Setup
{
    const char *name;
    Backend backend;
    int processes;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    raiseFileLimit();
    const int centers = envInt("BENCH_HQ_CENTERS", 50);
    const int batches = envInt("BENCH_HQ_BATCHES", 8);
    const int records = envInt("BENCH_HQ_RECORDS", 200);
    const QString only = qEnvironmentVariable("BENCH_HQ_ONLY");
    const int paceMs = envInt("BENCH_HQ_PACE_MS", 1000);
    const int pacedBatches = envInt("BENCH_HQ_PACED_BATCHES", 5);
    QTemporaryDir dir;
    int failures = 0;

    std::unique_ptr<PgTestCluster> cluster;
    if (only != QLatin1String("sqlite")) {
        QString error;
        cluster = PgTestCluster::create(&error, /*fsync*/ true, 100);
        if (!cluster) {
            std::printf("{\"skipped\":\"postgres\",\"why\":\"%s\"}\n", qPrintable(error));
        } else {
            qputenv(kPgUrlVariable, cluster->url().toUtf8());
        }
    }

    const Setup setups[] = {
        {"postgres, 1 process", Backend::Postgres, 1},
        {"postgres, 2 processes", Backend::Postgres, 2},
        {"sqlite, 1 process", Backend::Sqlite, 1},
        {"sqlite, 2 processes", Backend::Sqlite, 2},
    };
    for (const Setup &setup : setups) {
        if (setup.backend == Backend::Postgres && !cluster)
            continue;
        if (setup.backend == Backend::Sqlite && only == QLatin1String("postgres"))
            continue;
        QString error;
        auto db = HqDatabase::create(setup.backend, dir.path(), &error);
        if (!db) {
            std::printf("{\"config\":\"%s\",\"error\":\"%s\"}\n", setup.name, qPrintable(error));
            ++failures;
            continue;
        }
        std::vector<std::unique_ptr<HqProcess>> processes;
        QStringList codes;
        for (int i = 0; i < centers; ++i)
            codes.append(QStringLiteral("C%1").arg(i + 1, 3, 10, QChar(u'0')));
        processes.push_back(std::make_unique<HqProcess>(db->spec()));
        const QStringList tokens = processes.front()->addTokens(codes);
        for (int i = 1; i < setup.processes; ++i)
            processes.push_back(std::make_unique<HqProcess>(db->spec()));
        LoadOptions options;
        bool started = !tokens.isEmpty();
        for (auto &process : processes) {
            process->setArguments({QStringLiteral("--access-log"), QStringLiteral("off")});
            started = started && process->start();
            options.ports.append(process->port());
        }
        if (!started) {
            std::printf("{\"config\":\"%s\",\"error\":\"repair-hq did not start\"}\n", setup.name);
            ++failures;
            continue;
        }

        QList<LoadCenter> load;
        QList<Expected> expected(centers);
        for (int i = 0; i < centers; ++i)
            load.append(makeCenter(codes.at(i), tokens.at(i), batches + 1 + pacedBatches, records,
                                   &expected[i], static_cast<quint32>(i + 1)));
        // A first batch from every center (sessions open, statements prepared), then the
        // timed run.
        QList<LoadCenter> warmUp = load;
        for (LoadCenter &center : warmUp) {
            center.bodies = center.bodies.mid(0, 1);
            center.records = center.records.mid(0, 1);
        }
        const LoadReport first = runLoad(warmUp, options);
        QList<LoadCenter> paced = load;
        for (LoadCenter &center : load) {
            center.bodies = center.bodies.mid(1, batches);
            center.records = center.records.mid(1, batches);
        }
        for (LoadCenter &center : paced) {
            center.bodies = center.bodies.mid(1 + batches);
            center.records = center.records.mid(1 + batches);
        }
        // CPU used during the timed run, by side: repair-hq, PostgreSQL (every process of
        // the cluster) and this generator. With the machine shared, CPU per record says
        // more than wall time.
        auto postgresPids = [&] {
            QList<qint64> pids;
            if (setup.backend != Backend::Postgres)
                return pids;
            QFile pidFile(cluster->directory() + QStringLiteral("/data/postmaster.pid"));
            if (pidFile.open(QIODevice::ReadOnly)) {
                const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
                pids = childProcesses(postmaster);
                pids.append(postmaster);
            }
            return pids;
        };
        auto cpuOf = [](const QList<qint64> &pids) {
            double total = 0;
            for (const qint64 pid : pids)
                total += cpuSeconds(pid);
            return total;
        };
        QList<qint64> hqPids;
        for (auto &process : processes)
            hqPids.append(process->pid());
        const qint64 self = QCoreApplication::applicationPid();
        const QList<qint64> pgBefore = postgresPids();
        const double hqCpu0 = cpuOf(hqPids);
        const double pgCpu0 = cpuOf(pgBefore);
        const double selfCpu0 = cpuSeconds(self);
        const LoadReport report = runLoad(load, options);
        const double hqCpu = cpuOf(hqPids) - hqCpu0;
        // Backends that came and went during the run are not counted; with one session per
        // worker and the maintenance thread, none do.
        const double pgCpu = cpuOf(pgBefore) - pgCpu0;
        const double selfCpu = cpuSeconds(self) - selfCpu0;
        auto perThousand = [&](double seconds) {
            return report.records > 0 ? qRound(seconds * 1e6 / report.records * 1000) / 1000.0
                                      : 0.0;
        };
        LoadOptions pacedOptions = options;
        pacedOptions.paceMs = paceMs;
        const LoadReport pacedReport = runLoad(paced, pacedOptions);

        // Every acknowledged record, exactly once, at its newest version.
        QString difference;
        if (report.drained && first.drained && pacedReport.drained) {
            QSqlDatabase check = db->connection();
            for (int i = 0; i < centers && difference.isEmpty(); ++i)
                difference = compareHq(check, expected.at(i), codes.at(i));
        } else {
            difference = !first.drained    ? first.firstError
                         : !report.drained ? report.firstError
                                           : pacedReport.firstError;
        }
        QJsonObject statuses;
        for (auto it = report.statuses.cbegin(); it != report.statuses.cend(); ++it)
            statuses.insert(QString::number(it.key()), it.value());
        const QJsonObject line {
            {QStringLiteral("config"), QString::fromLatin1(setup.name)},
            {QStringLiteral("mode"), QStringLiteral("saturated")},
            {QStringLiteral("centers"), centers},
            {QStringLiteral("records_per_batch"), records},
            {QStringLiteral("batches"), report.batches},
            {QStringLiteral("records"), report.records},
            {QStringLiteral("seconds"), qRound(report.seconds * 100) / 100.0},
            {QStringLiteral("records_per_s"), qRound(report.records / report.seconds)},
            {QStringLiteral("p50_ms"), qRound(report.percentile(50) * 10) / 10.0},
            {QStringLiteral("p95_ms"), qRound(report.percentile(95) * 10) / 10.0},
            {QStringLiteral("p99_ms"), qRound(report.percentile(99) * 10) / 10.0},
            {QStringLiteral("answers"), statuses},
            {QStringLiteral("resets"), report.resets},
            {QStringLiteral("cpu_ms_per_1k_records"),
             QJsonObject {{QStringLiteral("repair_hq"), perThousand(hqCpu)},
                          {QStringLiteral("postgres"), perThousand(pgCpu)},
                          {QStringLiteral("generator"), perThousand(selfCpu)}}},
            {QStringLiteral("load_average"), loadAverage()},
            {QStringLiteral("verified"), difference.isEmpty()},
        };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        const QJsonObject pacedLine {
            {QStringLiteral("config"), QString::fromLatin1(setup.name)},
            {QStringLiteral("mode"),
             QStringLiteral("paced, a batch per center every %1 ms").arg(paceMs)},
            {QStringLiteral("offered_records_per_s"), qRound(centers * records * 1000.0 / paceMs)},
            {QStringLiteral("batches"), pacedReport.batches},
            {QStringLiteral("records_per_s"),
             qRound(pacedReport.records / qMax(pacedReport.seconds, 0.001))},
            {QStringLiteral("p50_ms"), qRound(pacedReport.percentile(50) * 10) / 10.0},
            {QStringLiteral("p95_ms"), qRound(pacedReport.percentile(95) * 10) / 10.0},
            {QStringLiteral("p99_ms"), qRound(pacedReport.percentile(99) * 10) / 10.0},
        };
        std::printf("%s\n", QJsonDocument(pacedLine).toJson(QJsonDocument::Compact).constData());
        if (!difference.isEmpty()) {
            std::printf("{\"config\":\"%s\",\"error\":\"%s\"}\n", setup.name,
                        qPrintable(difference));
            ++failures;
        }
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
