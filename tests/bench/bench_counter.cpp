// The counter GUI at scale. On the store at RC_BENCH_DB (quoted figures: a copy of a
// 1 000 000-ticket store made with `repairctl demo seed --tickets 1000000`), or else on a
// demo store of RC_BENCH_TICKETS tickets (default 20 000) generated beside this program
// once. Prints, in milliseconds unless said otherwise:
//   cold_start_in_process   main() entered → window with every screen built, the manager
//                           logged in (no PIN hashing) and the intake screen shown and painted
//   cold_start_from_exec    the same, from the kernel's process start time (10 ms ticks)
//   queue_first_page        building the queue's first page (open tickets)
//   queue_filter            changing the status filter, p50/max over every status
//   queue_scroll_page       scrolling to the end of the table, fetching one more page, p50/max
//   queue_search            a search typed in the box and Enter, p50/max over kinds
//   queue_search_next_page  the next page of a broad search's results (3 phone digits),
//                           up to 10 pages, p50/max
//   rss_mb / peak_rss_mb    resident memory at the end / at its highest
// Run it offscreen (CTest does: QT_QPA_PLATFORM=offscreen). Exits 1 if anything fails.
#include "common/clock.h"
#include "counterscreens.h"
#include "demo/demodata.h"
#include "identifiers/tacdatabase.h"
#include "intake/intakescreen.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"
#include "models/ticketqueuemodel.h"
#include "queue/queuescreen.h"
#include "services.h"
#include "session.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/diagnosisrepository.h"
#include "store/intakedraftrepository.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "store/pricelistrepository.h"
#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"
#include "store/userrepository.h"
#include "warranty/warrantyengine.h"
#include "workflow/records.h"
#include "workflow/workflows.h"
#include "workflow/workflowscreens.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace rc;

namespace {

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void report(const char *name, std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    std::printf("%-24s p50 %8.1f  max %8.1f  (n=%zu)\n", name, values[values.size() / 2],
                values.back(), values.size());
}

// Milliseconds since this process was started by the kernel (10 ms resolution).
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(static_cast<int>(qstrlen(key)))
                .trimmed()
                .split(' ')
                .value(0)
                .toDouble();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);

    QString path = qEnvironmentVariable("RC_BENCH_DB");
    if (path.isEmpty()) {
        const int tickets = qEnvironmentVariableIsSet("RC_BENCH_TICKETS")
                                ? qEnvironmentVariableIntValue("RC_BENCH_TICKETS")
                                : 20000;
        path = QCoreApplication::applicationDirPath()
               + QStringLiteral("/bench-counter-%1.sqlite").arg(tickets);
        if (!QFileInfo::exists(path)) {
            auto db = Database::open(path);
            SystemClock clock;
            DemoOptions options;
            options.tickets = tickets;
            if (!db || !DemoData::seed(*db.value(), clock, options)) {
                std::fprintf(stderr, "cannot seed %s\n", qPrintable(path));
                return 1;
            }
            std::printf("seeded %d tickets into %s\n", tickets, qPrintable(path));
        }
        sinceMain.restart(); // seeding is not start-up
    }

    // What main() of repair-counter does, up to a usable intake screen.
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    SystemClock clock;
    SettingsRepository settings(*db, clock);
    UserRepository users(*db, clock);
    CustomerRepository customers(*db, clock);
    DeviceRepository devices(*db, clock);
    TicketRepository tickets(*db, clock);
    TicketSearch search(*db);
    DeviceHistory history(*db);
    const warranty::WarrantyEngine warranty;
    TacDatabase tacs;
    workflow::Workflows workflows(*db, clock, warranty, tacs);
    PriceListRepository prices(*db, clock);
    DiagnosisRepository diagnoses(*db, clock);
    QuoteRepository quotes(*db, clock);
    PaymentRepository payments(*db, clock);
    RepairRepository repairs(*db, clock);
    PickupRepository pickups(*db, clock);
    IntakeDraftRepository drafts(*db, clock);
    AuditLog audit(*db);
    const workflow::Records records(*db, clock);
    ui::Services services {.clock = clock,
                           .settings = settings,
                           .users = users,
                           .customers = customers,
                           .devices = devices,
                           .tickets = tickets,
                           .search = search,
                           .history = history,
                           .warranty = warranty,
                           .tacs = tacs,
                           .prices = prices,
                           .diagnoses = diagnoses,
                           .quotes = quotes,
                           .payments = payments,
                           .repairs = repairs,
                           .pickups = pickups,
                           .drafts = drafts,
                           .audit = audit,
                           .records = records,
                           .workflows = workflows};
    ui::Session session;
    auto *login = new ui::LoginScreen(
        session, [&users](const QString &u, const QString &p) { return users.authenticate(u, p); });
    ui::MainWindow window(services, session, login, QStringLiteral("zh_CN"));
    const auto screens = ui::addCounterScreens(window, services, session);
    ui::addWorkflowScreens(window, services, session, screens.ticket, warranty);
    ui::addManagerScreens(window, services, session);
    auto manager = users.byUsername(QStringLiteral("manager"));
    if (!manager || !manager->has_value()) {
        std::fprintf(stderr, "the store has no user \"manager\"\n");
        return 1;
    }
    session.logIn(manager->value());
    window.showScreen(screens.intake);
    window.show();
    QCoreApplication::processEvents();
    window.repaint();
    const double coldInProcess = ms(sinceMain);
    const double coldFromExec = sinceProcessStart();
    std::printf("store                    %s\n", qPrintable(path));
    std::printf("cold_start_in_process    %8.1f\n", coldInProcess);
    std::printf("cold_start_from_exec     %8.1f\n", coldFromExec);

    // The queue.
    window.showScreen(screens.queue);
    ui::TicketQueueModel *model = screens.queue->model();
    QElapsedTimer timer;
    timer.start();
    screens.queue->reload();
    QCoreApplication::processEvents();
    std::printf("queue_first_page         %8.1f\n", ms(timer));

    auto *status = screens.queue->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
    std::vector<double> filter;
    for (int i = 1; i < status->count(); ++i) {
        timer.restart();
        status->setCurrentIndex(i);
        QCoreApplication::processEvents();
        filter.push_back(ms(timer));
    }
    report("queue_filter", filter);

    status->setCurrentIndex(status->findData(QStringLiteral("@any")));
    auto *table = screens.queue->findChild<QTableView *>(QStringLiteral("queueTable"));
    std::vector<double> scroll;
    for (int page = 0; page < 20 && model->canFetchMore({}); ++page) {
        const int before = model->rowCount();
        timer.restart();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        if (model->rowCount() == before)
            model->fetchMore({}); // a view asks only when painted; be sure a page came
        QCoreApplication::processEvents();
        scroll.push_back(ms(timer));
    }
    if (!scroll.empty())
        report("queue_scroll_page", scroll);
    std::printf("queue_rows_loaded        %8d\n", model->rowCount());

    auto *box = screens.queue->findChild<QLineEdit *>(QStringLiteral("queueSearchEdit"));
    const TicketSummary sample = model->ticketAt(model->rowCount() / 2);
    const QStringList queries {sample.number,
                               sample.imei1,
                               sample.imei1.right(6),
                               sample.customerPhone,
                               sample.customerPhone.right(4),
                               sample.customerName};
    std::vector<double> searches;
    for (const QString &query : queries) {
        if (query.isEmpty())
            continue;
        box->setText(query);
        timer.restart();
        QTest::keyClick(box, Qt::Key_Return);
        QCoreApplication::processEvents();
        searches.push_back(ms(timer));
        if (model->rowCount() == 0) {
            std::fprintf(stderr, "search found nothing for %s\n", qPrintable(query));
            return 1;
        }
    }
    report("queue_search", searches);

    // Search results page like the list: a broad search (the first 3 digits of a phone),
    // then the next pages as the table is scrolled.
    box->setText(sample.customerPhone.left(3));
    QTest::keyClick(box, Qt::Key_Return);
    QCoreApplication::processEvents();
    std::vector<double> searchPages;
    for (int page = 0; page < 10 && model->canFetchMore({}); ++page) {
        timer.restart();
        model->fetchMore({});
        QCoreApplication::processEvents();
        searchPages.push_back(ms(timer));
    }
    if (searchPages.empty()) {
        std::fprintf(stderr, "a search for %s gave one page only\n",
                     qPrintable(sample.customerPhone.left(3)));
        return 1;
    }
    report("queue_search_next_page", searchPages);
    std::printf("queue_search_rows        %8d\n", model->rowCount());

    std::printf("rss_mb                   %8.1f\n", statusKb("VmRSS:") / 1024.0);
    std::printf("peak_rss_mb              %8.1f\n", statusKb("VmHWM:") / 1024.0);
    return 0;
}
