#include "assigncontrol.h"

#include "services.h"
#include "session.h"
#include "store/userrepository.h"
#include "workflow/workflows.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString nameOf(const User &user)
{
    return user.displayName.isEmpty() ? user.username : user.displayName;
}

} // namespace

AssignControl::AssignControl(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("assignControl"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("technicianLabel"));
    m_name->setTextFormat(Qt::PlainText); // a name as typed by the manager
    row->addWidget(m_name, 1);
    m_take = new QPushButton(tr("Take it"), this);
    m_take->setObjectName(QStringLiteral("takeTicketButton"));
    m_take->setToolTip(tr("Assign this ticket to yourself"));
    row->addWidget(m_take);
    m_assign = new QPushButton(tr("Assign to…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_menu = new QMenu(m_assign);
    m_menu->setObjectName(QStringLiteral("assignMenu"));
    m_assign->setMenu(m_menu);
    row->addWidget(m_assign);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("assignMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_take, &QPushButton::clicked, this, &AssignControl::takeIt);
    // The list is read when it opens: a technician added or disabled a moment ago counts.
    connect(m_menu, &QMenu::aboutToShow, this, &AssignControl::fillMenu);
    connect(&m_session, &Session::changed, this, &AssignControl::refresh);
    connect(&m_services.workflows.changes, &workflow::Changes::usersChanged, this,
            &AssignControl::refresh);
    refresh();
}

void AssignControl::setTicket(const std::optional<Ticket> &ticket)
{
    m_ticket = ticket;
    m_message->clear();
    m_message->hide();
    refresh();
}

QString AssignControl::technicianText() const
{
    return m_name->text();
}

QString AssignControl::message() const
{
    return m_message->text();
}

void AssignControl::refresh()
{
    QString name;
    if (m_ticket && !m_ticket->technicianId.isEmpty()) {
        auto user = m_services.users.byId(m_ticket->technicianId);
        name = user && user->has_value() ? nameOf(user->value()) : m_ticket->technicianId;
    }
    m_name->setText(!m_ticket ? QString() : name.isEmpty() ? tr("Nobody yet") : name);
    const bool open = m_ticket && !TicketLifecycle::isFinal(m_ticket->status);
    m_assign->setVisible(open && m_session.can(Permission::AssignTechnician));
    m_take->setVisible(open && m_session.can(Permission::TakeTicket)
                       && m_ticket->technicianId != m_session.userId());
}

void AssignControl::fillMenu()
{
    m_menu->clear();
    if (!m_ticket)
        return;
    auto users = m_services.users.list();
    if (!users) {
        m_message->setText(users.error().message);
        m_message->show();
        return;
    }
    // The enabled technicians (and managers, who repair too), the one holding the ticket
    // checked; then "Nobody" to put the ticket back in the unassigned pile.
    for (const User &user : users.value()) {
        if (user.disabled || user.role == Role::Clerk)
            continue;
        QAction *action = m_menu->addAction(nameOf(user));
        action->setObjectName(QStringLiteral("assignTo_%1").arg(user.username));
        action->setCheckable(true);
        action->setChecked(user.id == m_ticket->technicianId);
        const QString id = user.id;
        connect(action, &QAction::triggered, this, [this, id] { assignTo(id); });
    }
    m_menu->addSeparator();
    QAction *nobody = m_menu->addAction(tr("Nobody (unassigned)"));
    nobody->setObjectName(QStringLiteral("assignToNobody"));
    nobody->setEnabled(!m_ticket->technicianId.isEmpty());
    connect(nobody, &QAction::triggered, this, [this] { assignTo(QString()); });
}

bool AssignControl::assignTo(const QString &technicianId)
{
    if (!m_ticket)
        return false;
    return done(
        m_services.workflows.tickets.assign(m_session.userId(), m_ticket->id, technicianId));
}

bool AssignControl::takeIt()
{
    if (!m_ticket)
        return false;
    return done(m_services.workflows.tickets.take(m_session.userId(), m_ticket->id));
}

bool AssignControl::done(const Result<Ticket> &result)
{
    if (!result) {
        m_message->setText(result.error().message);
        m_message->show();
        return false;
    }
    m_message->clear();
    m_message->hide();
    m_ticket = result.value();
    refresh();
    emit assigned(m_ticket->id, m_ticket->technicianId);
    return true;
}

} // namespace rc::ui
