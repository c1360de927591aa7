#include "managerscreens.h"

#include "audit/auditscreen.h"
#include "mainwindow.h"
#include "prices/pricesscreen.h"
#include "reports/reportsscreen.h"
#include "reports/tillscreen.h"
#include "session.h"
#include "settings/settingsscreen.h"
#include "users/usersscreen.h"

namespace rc::ui {

void addManagerScreens(MainWindow &window, Services &services, Session &session)
{
    window.addScreen(new PricesScreen(services, session), MainWindow::tr("Price list"),
                     Permission::ManageCenter);
    window.addScreen(new ReportsScreen(services, session), MainWindow::tr("Reports"),
                     Permission::ManageCenter);
    window.addScreen(new TillScreen(services, session), MainWindow::tr("Till"),
                     Permission::ManageCenter);
    window.addScreen(new AuditScreen(services, session), MainWindow::tr("Audit trail"),
                     Permission::ManageCenter);
    window.addScreen(new UsersScreen(services, session), MainWindow::tr("Users"),
                     Permission::ManageCenter);
    auto *settings = new SettingsScreen(services, session);
    window.addScreen(settings, MainWindow::tr("Settings"), Permission::ViewQueue);
    QObject::connect(settings, &SettingsScreen::languageChangeRequested, &window,
                     &MainWindow::languageChangeRequested);
}

} // namespace rc::ui
