#pragma once

namespace rc::ui {

class IntakeScreen;
class MainWindow;
class QueueScreen;
class Session;
class TicketView;
struct Services;

// The counter's own screens, in navigation order: queue, intake, ticket view, each offered
// only to the roles that may use it, and wired together (the queue opens a ticket, a saved
// intake refreshes the queue, …). Called by the composition root (and by tests that need
// the whole window); the workflow screens are added after these.
struct CounterScreens
{
    QueueScreen *queue = nullptr;
    IntakeScreen *intake = nullptr;
    TicketView *ticket = nullptr;
};

CounterScreens addCounterScreens(MainWindow &window, Services &services, Session &session);

} // namespace rc::ui
