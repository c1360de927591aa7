#include "workflowscreens.h"

#include "diagnosis/diagnosisscreen.h"
#include "loaners/loanerscreen.h"
#include "mainwindow.h"
#include "overridedialog.h"
#include "pickup/pickupscreen.h"
#include "quote/quotescreen.h"
#include "repair/repairscreen.h"
#include "ticket/ticketview.h"

#include <QPushButton>

namespace rc::ui {

namespace {

QPushButton *actionButton(const QString &text, const char *objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    return button;
}

// The ticket view's button that opens `screen` on the ticket it shows.
void openOn(MainWindow &window, TicketView *view, TicketScreen *screen, QPushButton *button)
{
    QObject::connect(button, &QPushButton::clicked, screen, [&window, view, screen] {
        if (view->ticket() && screen->showTicket(view->ticket()->id))
            window.showScreen(screen);
    });
}

} // namespace

WorkflowScreens addWorkflowScreens(MainWindow &window, Services &services, Session &session,
                                   TicketView *ticketView, const warranty::WarrantyEngine &engine)
{
    using S = TicketStatus;
    WorkflowScreens s;
    s.diagnosis = new DiagnosisScreen(services, session, engine);
    s.quote = new QuoteScreen(services, session);
    s.repair = new RepairScreen(services, session);
    s.pickup = new PickupScreen(services, session);
    window.addScreen(s.diagnosis, DiagnosisScreen::tr("Diagnosis"), Permission::Diagnose);
    window.addScreen(s.quote, QuoteScreen::tr("Quote"), Permission::ViewQueue);
    window.addScreen(s.repair, RepairScreen::tr("Repair"), Permission::Repair);
    window.addScreen(s.pickup, PickupScreen::tr("Pickup"), Permission::Pickup);
    s.loaners = new LoanerScreen(services, session);
    window.addScreen(s.loaners, LoanerScreen::tr("Loaner phones"), Permission::Loaners);

    auto *diagnose = actionButton(TicketView::tr("Diagnose"), "diagnoseAction");
    ticketView->addAction(diagnose, Permission::Diagnose, {S::Received, S::Diagnosing});
    openOn(window, ticketView, s.diagnosis, diagnose);

    auto *answer = actionButton(TicketView::tr("Record the customer's answer"), "answerAction");
    ticketView->addAction(answer, Permission::Approval, {S::Quoted});
    openOn(window, ticketView, s.quote, answer);

    auto *changeQuote = actionButton(TicketView::tr("Change the quote"), "changeQuoteAction");
    ticketView->addAction(changeQuote, Permission::Diagnose,
                          {S::Quoted, S::Approved, S::Declined, S::Repairing, S::WaitingParts});
    openOn(window, ticketView, s.quote, changeQuote);

    auto *repair = actionButton(TicketView::tr("Repair"), "repairAction");
    ticketView->addAction(repair, Permission::Repair, {S::Approved, S::Repairing, S::WaitingParts});
    openOn(window, ticketView, s.repair, repair);

    auto *pickup = actionButton(TicketView::tr("Hand back"), "pickupAction");
    ticketView->addAction(pickup, Permission::Pickup,
                          {S::Ready, S::Declined, S::Diagnosing, S::Repairing, S::WaitingParts});
    openOn(window, ticketView, s.pickup, pickup);

    // A loaner phone for the open ticket's customer (CN-07): the loaner screen, the ticket's
    // number filled in.
    auto *lendLoaner = actionButton(TicketView::tr("Lend a loaner…"), "lendLoanerAction");
    ticketView->addAction(lendLoaner, Permission::Loaners,
                          {S::Received, S::Diagnosing, S::Quoted, S::Approved, S::Declined,
                           S::Repairing, S::WaitingParts});
    LoanerScreen *loaners = s.loaners;
    QObject::connect(lendLoaner, &QPushButton::clicked, loaners, [&window, ticketView, loaners] {
        if (!ticketView->ticket())
            return;
        loaners->setTicketNumber(ticketView->ticket()->number);
        window.showScreen(loaners);
    });

    auto *override = actionButton(TicketView::tr("Override warranty…"), "overrideAction");
    ticketView->addAction(override, Permission::OverrideVerdict,
                          {S::Received, S::Diagnosing, S::Quoted, S::Approved, S::Declined,
                           S::Repairing, S::WaitingParts, S::Ready});
    QObject::connect(
        override, &QPushButton::clicked, ticketView, [&services, &session, ticketView] {
            if (!ticketView->ticket())
                return;
            // The change feed refreshes the ticket view and the queue once it is saved.
            OverrideDialog dialog(services, session, *ticketView->ticket(), ticketView);
            dialog.exec();
        });
    return s;
}

} // namespace rc::ui
