// repair-counter: the counter GUI. Composition root only: parse arguments, open the store,
// build the services, build the screens and hand them to the window, run.
#include "common/clock.h"
#include "common/paths.h"
#include "counterscreens.h"
#include "demo/demodata.h"
#include "identifiers/tacdatabase.h"
#include "language.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"
#include "services.h"
#include "session.h"
#include "setup/setupwizard.h"
#include "store/auditlog.h"
#include "store/checkpointer.h"
#include "store/customerrepository.h"
#include "store/dailybackup.h"
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
#include "sync/outbox.h"
#include "sync/syncpage.h"
#include "sync/syncservice.h"
#include "sync/syncstatuswidget.h"
#include "warranty/warrantyengine.h"
#include "widgets/documentsfolder.h"
#include "workflow/records.h"
#include "workflow/workflows.h"
#include "workflow/workflowscreens.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

#include <functional>
#include <memory>

namespace {

// Sync to head office: the page (for managers) and the status-bar indicator, both fed by
// the background SyncService.
void addSync(rc::ui::MainWindow &window, rc::sync::Outbox &outbox, rc::sync::SyncStateStore &state,
             const rc::Clock &clock, rc::sync::SyncService &sync, rc::workflow::Changes &changes)
{
    auto *page = new rc::ui::SyncPage(outbox, state, clock);
    window.addScreen(page, rc::ui::MainWindow::tr("Sync"), rc::ui::Permission::ManageCenter);
    auto *indicator = new rc::ui::SyncStatusWidget;
    window.statusBar()->addPermanentWidget(indicator);
    QObject::connect(&sync, &rc::sync::SyncService::stateChanged, page,
                     [page, indicator](const rc::sync::SyncState &state) {
                         page->setState(state);
                         indicator->setState(state);
                     });
    page->setState(sync.state());
    indicator->setState(sync.state());
    // A pulled page refreshes the queue and the open ticket like a local change.
    QObject::connect(&sync, &rc::sync::SyncService::pulled, indicator,
                     [indicator, &clock, &changes](const QStringList &ticketIds, qint64 behind) {
                         indicator->setPulled(clock.nowUtc(), behind);
                         for (const QString &id : ticketIds)
                             emit changes.ticketChanged(id);
                     });
    QObject::connect(indicator, &rc::ui::SyncStatusWidget::clicked, &window,
                     [&window, page] { window.showScreen(page); });
    QObject::connect(page, &rc::ui::SyncPage::syncNowRequested, &sync,
                     &rc::sync::SyncService::syncNow);
    QObject::connect(page, &rc::ui::SyncPage::retryRequested, &sync,
                     &rc::sync::SyncService::retryQuarantined);
    // The page saved them in the store with the rest of the sync settings (the CA file, the
    // LAN switch): announced like any settings change, the engine and the intake screen read
    // them all again.
    QObject::connect(page, &rc::ui::SyncPage::settingsSaved, &changes, [&changes] {
        emit changes.settingsChanged({QStringLiteral("sync.hq_url"), QStringLiteral("sync.token"),
                                      QStringLiteral("sync.interval_seconds")});
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RepairCounter"));
    QApplication::setApplicationName(QStringLiteral("repair-counter"));
    QApplication::setApplicationVersion(QStringLiteral(RC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Repair Counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The store (SQLite file). Default: $REPAIR_COUNTER_DB, else the "
                       "application data folder."),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language for this run: zh_CN or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Fill an empty store with demonstration data first (users clerk, tech1, "
                       "tech2 with PIN 1234; manager with PIN 123456)."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.process(app);

    rc::ui::Language language;
    language.applyStored(parser.value(langOption));

    // Absolute, because the counter then works from the documents folder (below).
    const QString path
        = QFileInfo(rc::resolveDatabasePath(parser.value(dbOption))).absoluteFilePath();
    auto opened = rc::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Repair Counter"), opened.error().message);
        return 1;
    }
    std::unique_ptr<rc::Database> database = std::move(opened).value();
    // Dialogs that fall back to the working directory (the print dialog's "Print to file")
    // then start in the documents folder, never in the store's folder when the counter was
    // started from there (docs/architecture.md, "The store's locks").
    QDir::setCurrent(rc::ui::documentsFolder());

    rc::SystemClock clock;
    if (parser.isSet(demoOption)) {
        rc::DemoOptions demo;
        demo.tickets = 300;
        auto seeded = rc::DemoData::seed(*database, clock, demo);
        if (!seeded && seeded.error().code != QLatin1String("STORE_NOT_EMPTY")) {
            QMessageBox::critical(nullptr, QObject::tr("Repair Counter"), seeded.error().message);
            return 1;
        }
    }
    // Today's backup, and each day's while the app stays open, beside the store (kept
    // backup.keep_days days), made on a thread of its own. A failure is shown once a day.
    rc::DailyBackup dailyBackup(database->path(), clock);
    QDate backupWarnedOn;
    QObject::connect(&dailyBackup, &rc::DailyBackup::failed, &app, [&](const QString &message) {
        if (backupWarnedOn == clock.today())
            return;
        backupWarnedOn = clock.today();
        QMessageBox::warning(nullptr, QObject::tr("Repair Counter"), message);
    });
    dailyBackup.start();
    // The log is copied back into the store on a thread of its own, not inside the saves.
    rc::Checkpointer checkpointer(database->path());
    checkpointer.start();
    if (rc::Status raised
        = database->setAutoCheckpoint(rc::Checkpointer::kWriterAutoCheckpointPages);
        !raised)
        qWarning("%s", qPrintable(raised.error().message));
    rc::SettingsRepository settings(*database, clock);
    rc::UserRepository users(*database, clock);
    rc::CustomerRepository customers(*database, clock);
    rc::DeviceRepository devices(*database, clock);
    rc::TicketRepository tickets(*database, clock);
    const rc::warranty::WarrantyEngine warranty(
        rc::warranty::PolicySet::load({rc::warranty::PolicySet::userPolicyFolder()}));
    rc::TacDatabase tacs;
    rc::TicketSearch search(*database);
    rc::DeviceHistory history(*database);
    rc::workflow::Workflows workflows(*database, clock, warranty, tacs);
    rc::PriceListRepository prices(*database, clock);
    rc::DiagnosisRepository diagnoses(*database, clock);
    rc::QuoteRepository quotes(*database, clock);
    rc::PaymentRepository payments(*database, clock);
    rc::RepairRepository repairs(*database, clock);
    rc::PickupRepository pickups(*database, clock);
    rc::IntakeDraftRepository drafts(*database, clock);
    rc::AuditLog audit(*database);
    const rc::workflow::Records records(*database, clock);
    rc::ui::Services services {.clock = clock,
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
    rc::ui::Session session;

    // Sync runs on its own thread with its own store connection while the app is open.
    rc::sync::Outbox syncOutbox(*database);
    rc::sync::SyncStateStore syncState(*database);
    auto syncSettings = syncState.settings();
    rc::sync::SyncService sync(database->path(),
                               syncSettings ? *syncSettings : rc::sync::SyncSettings {}, clock);
    // Settings saved on any screen (Settings, the setup wizard) reach the running sync at once.
    QObject::connect(&workflows.changes, &rc::workflow::Changes::settingsChanged, &sync,
                     [&sync](const QStringList &keys) {
                         if (rc::sync::SyncService::concernsSync(keys))
                             sync.reloadSettings();
                     });
    sync.start();

    if (rc::ui::SetupWizard::isNeeded(services)) {
        rc::ui::SetupWizard wizard(services);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }

    const auto lockMinutes = settings.intValue(QStringLiteral("ui.lock_minutes"));
    const int idleMinutes = lockMinutes ? lockMinutes.value() : 5;

    std::unique_ptr<rc::ui::MainWindow> window;
    std::function<void()> buildWindow;
    buildWindow = [&] {
        auto *login = new rc::ui::LoginScreen(
            session, [&users](const QString &username, const QString &pin) {
                return users.authenticate(username, pin);
            });
        window = std::make_unique<rc::ui::MainWindow>(services, session, login, language.current());
        const auto counter = rc::ui::addCounterScreens(*window, services, session);
        // Diagnosis, quote, repair and pickup, with their buttons on the ticket view.
        rc::ui::addWorkflowScreens(*window, services, session, counter.ticket, warranty);
        rc::ui::addManagerScreens(*window, services, session);
        addSync(*window, syncOutbox, syncState, clock, sync, workflows.changes);
        window->setIdleLockMinutes(idleMinutes);
        // Sized again now that the screens (and their minimum sizes) are in.
        window->fitToScreen();
        QObject::connect(window.get(), &rc::ui::MainWindow::languageChangeRequested, &app,
                         [&](const QString &name) {
                             language.switchTo(name);
                             // Rebuild the window so every string is read again in the
                             // new language; the store, the services and the session
                             // (who is logged in) stay as they are.
                             QMetaObject::invokeMethod(
                                 &app,
                                 [&] {
                                     const QRect geometry = window->geometry();
                                     window.reset();
                                     buildWindow();
                                     window->setGeometry(geometry);
                                 },
                                 Qt::QueuedConnection);
                         });
        window->show();
    };
    buildWindow();
    return app.exec();
}
