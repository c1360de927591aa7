// The manager's report over a big store: KpiReport::compute for the last 30 days, the last
// 90 days and the whole history, plus the audit view's first page.
//
// By default it seeds a small demo store (RC_BENCH_TICKETS, 20 000) in a temporary folder so
// CI stays fast. To measure a store made beforehand (e.g. `repairctl --db big.sqlite demo
// seed --tickets 1000000`), point RC_BENCH_DB at it: it is opened, never changed.
// Prints one line per figure; exits 1 when a report fails. RC_BENCH_CHECK=1 also recounts the
// last 30 days from the event log and exits 1 unless the figures are the same.
#include "common/clock.h"
#include "demo/demodata.h"
#include "reports/kpireport.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

QDate newestTicketDay(rc::Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT max(created_at) FROM tickets")) && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime().date();
    return {};
}

qint64 ticketCount(rc::Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("RC_BENCH_DB");
    const bool own = path.isEmpty();
    if (own)
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = rc::Database::open(path);
    if (!opened) {
        std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().message));
        return 1;
    }
    rc::Database &db = **opened;
    rc::SystemClock clock;
    if (own) {
        rc::DemoOptions options;
        options.tickets = qEnvironmentVariableIsSet("RC_BENCH_TICKETS")
                              ? qEnvironmentVariableIntValue("RC_BENCH_TICKETS")
                              : 20000;
        QElapsedTimer seeding;
        seeding.start();
        auto seeded = rc::DemoData::seed(db, clock, options);
        if (!seeded) {
            std::printf("seeding failed: %s\n", qPrintable(seeded.error().message));
            return 1;
        }
        std::printf("seeded %d tickets in %.1f s\n", seeded->tickets, seeding.elapsed() / 1000.0);
    }
    const QDate last = newestTicketDay(db);
    std::printf("store: %lld tickets, newest on %s\n", static_cast<long long>(ticketCount(db)),
                qPrintable(last.toString(Qt::ISODate)));

    struct Range
    {
        const char *name;
        int days;
    };
    for (const Range &range :
         {Range {"last 30 days", 30}, Range {"last 90 days", 90}, Range {"whole history", 5000}}) {
        const QDate from = last.addDays(1 - range.days);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto figures = rc::KpiReport::compute(db, from, last, 90);
        const qint64 ms = timer.elapsed();
        // CPU time too: on a shared, loaded machine the wall time mostly measures waiting.
        const long long cpuMs
            = static_cast<long long>(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        if (!figures) {
            std::printf("report failed: %s\n", qPrintable(figures.error().message));
            return 1;
        }
        std::printf("report kpis, %-13s: %6lld ms wall, %6lld ms cpu  (received %d, completed "
                    "%d, repeat %d)\n",
                    range.name, static_cast<long long>(ms), cpuMs, figures->received,
                    figures->completed, figures->repeatRepairs);
    }

    // RC_BENCH_CHECK=1: the last 30 days also recounted from the event log (slow on a big
    // store), and the two must agree figure for figure.
    if (qEnvironmentVariableIntValue("RC_BENCH_CHECK") != 0) {
        const QDate from = last.addDays(-29);
        QElapsedTimer timer;
        timer.start();
        auto slow = rc::KpiReport::recount(db, from, last, 90);
        const qint64 ms = timer.elapsed();
        auto fast = rc::KpiReport::compute(db, from, last, 90);
        if (!slow || !fast
            || QJsonDocument(rc::KpiReport::toJson(*slow))
                   != QJsonDocument(rc::KpiReport::toJson(*fast))) {
            std::printf("recount of the last 30 days differs from the report\n");
            return 1;
        }
        std::printf("recount from the event log, last 30 days: %lld ms wall, same figures\n",
                    static_cast<long long>(ms));
    }

    rc::AuditLog audit(db);
    rc::AuditFilter filter;
    filter.from = last.addDays(-29);
    filter.to = last;
    filter.limit = 2000;
    QElapsedTimer timer;
    timer.start();
    auto page = audit.query(filter);
    if (!page) {
        std::printf("audit failed: %s\n", qPrintable(page.error().message));
        return 1;
    }
    std::printf("audit view, first %lld of 30 days: %lld ms\n",
                static_cast<long long>(page->size()), static_cast<long long>(timer.elapsed()));
    return 0;
}
