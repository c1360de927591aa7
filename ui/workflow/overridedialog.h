#pragma once

#include "session.h"
#include "tickets/ticket.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace rc::ui {

struct Services;

// A manager overrides the warranty verdict of a ticket: covered or not, with a written
// reason. The store keeps the previous and the new verdict on an "override" event (the audit
// trail) and refuses anyone but a manager. Usable without exec(): tests fill it and call
// save().
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(Services &services, Session &session, const Ticket &ticket,
                   QWidget *parent = nullptr);

    // The verdict JSON that replaces the ticket's (the engine's words kept where they stay
    // true, plus an OVERRIDE reason carrying the manager's words).
    QJsonObject overriddenVerdict() const;

public slots:
    bool save();

private:
    Services &m_services;
    Session &m_session;
    Ticket m_ticket;
    QRadioButton *m_covered = nullptr;
    QRadioButton *m_notCovered = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace rc::ui
