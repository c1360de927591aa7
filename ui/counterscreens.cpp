#include "counterscreens.h"

#include "intake/intakescreen.h"
#include "mainwindow.h"
#include "queue/queuescreen.h"
#include "ticket/ticketview.h"

namespace rc::ui {

CounterScreens addCounterScreens(MainWindow &window, Services &services, Session &session)
{
    CounterScreens screens;
    screens.queue = new QueueScreen(services, session);
    screens.intake = new IntakeScreen(services, session);
    screens.ticket = new TicketView(services, session);
    window.addScreen(screens.queue, MainWindow::tr("Queue"), Permission::ViewQueue);
    window.addScreen(screens.intake, MainWindow::tr("Intake"), Permission::Intake);
    window.addScreen(screens.ticket, MainWindow::tr("Ticket"), Permission::ViewQueue);

    QueueScreen *queue = screens.queue;
    IntakeScreen *intake = screens.intake;
    TicketView *ticket = screens.ticket;
    const auto openTicket = [&window, ticket](const QString &id) {
        if (ticket->showTicket(id))
            window.showScreen(ticket);
    };
    QObject::connect(queue, &QueueScreen::intakeRequested, &window,
                     [&window, intake] { window.showScreen(intake); });
    QObject::connect(queue, &QueueScreen::openTicketRequested, &window, openTicket);
    QObject::connect(intake, &IntakeScreen::openTicketRequested, &window, openTicket);
    // The queue and the ticket view follow the workflow layer's change feed themselves
    // (workflow::Changes): nothing is wired from screen to screen.
    return screens;
}

} // namespace rc::ui
