#pragma once

#include "tickets/ticket.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rc::ui {

class Session;
struct Services;

// "Notice to collect…" on a ready ticket (issue 20): how the customer was told to collect the
// phone (phone, message, letter) and an optional note; the notices so far and from when the
// phone may be disposed of. Record calls TicketWorkflow::noticeToCollect; a refusal is shown as
// the core words it and the dialog stays open.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(Services &services, Session &session, const Ticket &ticket,
                 QWidget *parent = nullptr);

    QComboBox *howBox() const { return m_how; }
    QLineEdit *noteEdit() const { return m_note; }
    bool record();
    QString message() const;

private:
    Services &m_services;
    Session &m_session;
    Ticket m_ticket;
    QComboBox *m_how = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
};

// "Dispose…" (a manager) on a ready ticket nobody collected: the notices given and the first
// day disposal is allowed, and the reason, required. Dispose calls TicketWorkflow::dispose,
// which refuses it with no notice, too early, without a reason or for anyone but a manager.
class DisposeDialog : public QDialog
{
    Q_OBJECT

public:
    DisposeDialog(Services &services, Session &session, const Ticket &ticket,
                  QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }
    bool dispose();
    QString message() const;

private:
    Services &m_services;
    Session &m_session;
    Ticket m_ticket;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
};

// The notices of a ticket and when it may be disposed of, in a sentence per line.
QString noticesText(Services &services, const QString &ticketId);

} // namespace rc::ui
