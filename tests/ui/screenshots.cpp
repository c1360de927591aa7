// screenshots: renders every counter screen of the real window, as main() builds it, into
// PNG files, for docs/screenshots. Not a test: run it by hand on a demo store, under Xvfb
// for the real platform and fonts:
//
//   repairctl --db /tmp/demo.sqlite demo seed --tickets 400
//   Xvfb :77 -screen 0 1400x900x24 &
//   DISPLAY=:77 build/dev/tests/ui/screenshots /tmp/demo.sqlite docs/screenshots
//
// It logs in as the demo manager, opens a ticket, fills an intake half-way (a scanned
// IMEI, a customer, a fault) so the warranty panel has something to say, and grabs each
// screen in zh_CN and en, as on a day ten days after the demo data was made (so the queue
// has ages to colour). tests/ui/screenshots-xdotool.sh takes the real window under a window
// manager at 1366 × 768 instead, driven from the keyboard and the mouse. The technician's
// pictures (ticket-assign, queue-mine) assign a few tickets to the demo technician tech1
// first: run it on a copy of the demo store.
#include "common/clock.h"
#include "counterscreens.h"
#include "diagnosis/diagnosisscreen.h"
#include "identifiers/tacdatabase.h"
#include "intake/intakescreen.h"
#include "language.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"
#include "pickup/pickupscreen.h"
#include "queue/queuescreen.h"
#include "quote/quotescreen.h"
#include "repair/repairscreen.h"
#include "services.h"
#include "session.h"
#include "setup/setupwizard.h"
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
#include "ticket/ticketview.h"
#include "uifixture.h"
#include "warranty/warrantyengine.h"
#include "widgets/imeiedit.h"
#include "workflow/records.h"
#include "workflow/workflows.h"
#include "workflow/workflowscreens.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace rc;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: screenshots STORE OUTPUT_FOLDER");
        return 2;
    }
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    auto opened = Database::open(storePath);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    // Ten days after the demo data was made, so the queue shows ages, colours and flags.
    FixedClock clock(QDateTime::currentDateTimeUtc().addDays(10));
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

    TicketFilter open;
    open.openOnly = true;
    open.limit = 400;
    auto list = tickets.list(open);
    if (!list || list->isEmpty())
        return 1;
    // A ticket with some history: the oldest open one in the first page.
    const QString ticketId = list->last().id;

    int failures = 0;
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        ui::Language languages;
        languages.applyStored(language);
        const QString suffix
            = language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
        ui::Session session;
        auto *login = new ui::LoginScreen(session, [&users](const QString &u, const QString &p) {
            return users.authenticate(u, p);
        });
        ui::MainWindow window(services, session, login, language);
        const auto screens = ui::addCounterScreens(window, services, session);
        const auto workflow
            = ui::addWorkflowScreens(window, services, session, screens.ticket, warranty);
        ui::addManagerScreens(window, services, session);
        window.resize(1280, 800);
        window.show();
        failures += !save(&window, out.filePath(QStringLiteral("login-%1.png").arg(suffix)));

        auto user = users.authenticate(QStringLiteral("manager"), QStringLiteral("123456"));
        if (!user)
            return 1;
        session.logIn(user.value());
        window.showScreen(screens.queue);
        failures += !save(&window, out.filePath(QStringLiteral("queue-%1.png").arg(suffix)));

        window.showScreen(screens.intake);
        QTest::keyClicks(screens.intake->findChild<ui::ImeiEdit *>(QStringLiteral("imeiEdit")),
                         QStringLiteral("356938035643809"));
        QTest::keyClick(screens.intake->findChild<ui::ImeiEdit *>(QStringLiteral("imeiEdit")),
                        Qt::Key_Return);
        QTest::keyClicks(
            screens.intake->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit")),
            QStringLiteral("13912345678"));
        auto *name = screens.intake->findChild<QLineEdit *>(QStringLiteral("customerNameEdit"));
        name->setText(suffix == QLatin1String("zh_CN") ? QStringLiteral("李华")
                                                       : QStringLiteral("Li Hua"));
        screens.intake->findChild<QPlainTextEdit *>(QStringLiteral("faultEdit"))
            ->setPlainText(suffix == QLatin1String("zh_CN")
                               ? QStringLiteral("通话时对方听不到声音")
                               : QStringLiteral("The other side cannot hear me on calls"));
        // The customer's papers: the sale date, an invoice, its IMEI checked against the phone.
        screens.intake->findChild<QLineEdit *>(QStringLiteral("saleDateEdit"))
            ->setText(clock.today().addDays(-5).toString(Qt::ISODate));
        for (const auto &[combo, value] :
             {std::pair {"proofCombo", "invoice"}, std::pair {"imeiMatchesCombo", "yes"}}) {
            auto *box = screens.intake->findChild<QComboBox *>(QLatin1String(combo));
            box->setCurrentIndex(box->findData(QLatin1String(value)));
        }
        screens.intake->findChild<QCheckBox *>(QStringLiteral("backupConsentCheck"))
            ->setChecked(true);
        screens.intake->findChild<QCheckBox *>(QStringLiteral("accessory_sim_tray"))
            ->setChecked(true);
        failures += !save(&window, out.filePath(QStringLiteral("intake-%1.png").arg(suffix)));

        screens.ticket->showTicket(ticketId);
        window.showScreen(screens.ticket);
        failures += !save(&window, out.filePath(QStringLiteral("ticket-%1.png").arg(suffix)));

        // A technician's view: the ticket with who repairs it and "Take it", and the queue
        // with "My tickets" on (the first tickets given to them through the workflow layer).
        auto tech = users.authenticate(QStringLiteral("tech1"), QStringLiteral("1234"));
        auto other = users.authenticate(QStringLiteral("tech2"), QStringLiteral("1234"));
        if (!tech || !other)
            return 1;
        if (suffix == QLatin1String("zh_CN")) {
            for (int i = 0; i < 3 && i < list->size(); ++i)
                failures += !workflows.tickets.assign(user->id, list->at(i).id, tech->id).ok();
            failures += !workflows.tickets.assign(user->id, ticketId, other->id).ok();
        }
        session.logIn(tech.value());
        screens.ticket->showTicket(ticketId);
        window.showScreen(screens.ticket);
        failures
            += !save(&window, out.filePath(QStringLiteral("ticket-assign-%1.png").arg(suffix)));
        window.showScreen(screens.queue);
        screens.queue->setMyTicketsOnly(true);
        failures += !save(&window, out.filePath(QStringLiteral("queue-mine-%1.png").arg(suffix)));
        screens.queue->setMyTicketsOnly(false);
        session.logIn(user.value());

        // Each workflow screen on the newest ticket at its step.
        const auto newestAt = [&tickets](TicketStatus status) {
            TicketFilter filter;
            filter.status = status;
            filter.limit = 1;
            auto found = tickets.list(filter);
            return found && !found->isEmpty() ? found->first().id : QString();
        };
        const struct
        {
            const char *name;
            ui::TicketScreen *screen;
            TicketStatus status;
        } steps[] = {
            {"diagnosis", workflow.diagnosis, TicketStatus::Received},
            {"quote", workflow.quote, TicketStatus::Quoted},
            {"repair", workflow.repair, TicketStatus::Repairing},
            {"pickup", workflow.pickup, TicketStatus::Ready},
        };
        for (const auto &step : steps) {
            const QString id = newestAt(step.status);
            if (id.isEmpty() || !step.screen->showTicket(id)) {
                qWarning("no ticket for %s", step.name);
                ++failures;
                continue;
            }
            window.showScreen(step.screen);
            failures += !save(
                &window,
                out.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(step.name), suffix)));
        }

        test::UiFixture empty;
        if (!empty.open())
            return 1;
        ui::SetupWizard wizard(*empty.services);
        wizard.show();
        failures += !save(&wizard, out.filePath(QStringLiteral("setup-%1.png").arg(suffix)));
    }
    return failures == 0 ? 0 : 1;
}
