#pragma once

namespace rc::warranty {
class WarrantyEngine;
}

namespace rc::ui {

class DiagnosisScreen;
class LoanerScreen;
class MainWindow;
class PickupScreen;
class QuoteScreen;
class RepairScreen;
class Session;
class TicketView;
struct Services;

struct WorkflowScreens
{
    DiagnosisScreen *diagnosis = nullptr;
    QuoteScreen *quote = nullptr;
    RepairScreen *repair = nullptr;
    PickupScreen *pickup = nullptr;
    LoanerScreen *loaners = nullptr;
};

// Builds the screens after intake and hands them to the window, each offered to the roles
// that do that step (diagnosis and repair: technician; pickup: clerk; quote: both, the
// technician writes it and the clerk records the answer; the manager everything). Puts their
// buttons on the ticket view, shown by role and status, and the manager's "Override warranty"
// there too. A change made on any of them reaches the queue and the ticket view through the
// workflow layer's change feed (workflow::Changes), not through these screens.
// Called by the composition root (app/repair-counter/main.cpp) and by the end-to-end test.
WorkflowScreens addWorkflowScreens(MainWindow &window, Services &services, Session &session,
                                   TicketView *ticketView, const warranty::WarrantyEngine &engine);

} // namespace rc::ui
