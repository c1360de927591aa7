#pragma once

#include "common/result.h"
#include "tickets/ticket.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;

namespace rc::ui {

class Session;
struct Services;

// Who repairs the ticket, and the two ways to change it, through the workflow layer
// (TicketWorkflow::assign / take): "Assign to…" (AssignTechnician: clerk, manager) opens a
// menu of the enabled technicians (and managers, who repair too) plus "Nobody"; "Take it"
// (TakeTicket: technician, manager) assigns the user of the session. Shown in the ticket view
// and on the diagnosis screen. The core checks the permission and the assignee again and
// says why when it refuses; the refusal is shown on the control's own message line.
class AssignControl : public QWidget
{
    Q_OBJECT

public:
    AssignControl(Services &services, Session &session, QWidget *parent = nullptr);

    // The ticket shown (nothing: the control is empty and offers nothing).
    void setTicket(const std::optional<Ticket> &ticket);

    // What the buttons do; false (and the core's reason on the message line) when refused.
    bool assignTo(const QString &technicianId);
    bool takeIt();

    // The assignee's name as shown ("Nobody yet" when unassigned).
    QString technicianText() const;
    // The menu of "Assign to…", rebuilt from the store each time it opens.
    QMenu *assignMenu() const { return m_menu; }
    QString message() const;

signals:
    // The ticket was given to someone (or to nobody); the change feed announces it too.
    void assigned(const QString &ticketId, const QString &technicianId);

private:
    void refresh();
    void fillMenu();
    bool done(const Result<Ticket> &result);

    Services &m_services;
    Session &m_session;
    std::optional<Ticket> m_ticket;
    QLabel *m_name = nullptr;
    QPushButton *m_assign = nullptr;
    QMenu *m_menu = nullptr;
    QPushButton *m_take = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rc::ui
