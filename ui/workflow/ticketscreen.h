#pragma once

#include "session.h"
#include "store/ticketrepository.h"
#include "tickets/ticket.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace rc::ui {

class BusyStoreRetry;
struct Services;

// The frame the workflow screens after intake share (diagnosis, quote, repair, pickup): a
// ticket-number field at the top (the scanner's target: the ticket barcode is its number),
// a one-line summary of the open ticket, the screen's own body, and a message line that
// says what was saved or why the store refused. A screen is opened on a ticket with
// showTicket() (from the ticket view's action buttons) or by scanning its number.
class TicketScreen : public QWidget
{
    Q_OBJECT

public:
    TicketScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // Loads and shows a ticket; false (and the reason on the message line) if it cannot.
    bool showTicket(const QString &ticketId);
    // By its human number ("DEMO01-261123-0001", any case).
    bool openNumber(const QString &number);
    void reload();
    std::optional<Ticket> ticket() const { return m_ticket; }
    QString message() const;

signals:
    // The open ticket was changed through the store (the queue and ticket view re-read it).
    void ticketChanged(const QString &ticketId);

protected:
    // Fill the body from ticket() (called after every load; ticket() may be empty).
    virtual void ticketLoaded() = 0;
    // Re-check what the session may do (the user or the lock changed).
    virtual void sessionChanged() { }

    QVBoxLayout *body() const { return m_body; }
    Actor actor() const;
    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
    // After a successful change: reload, say so, tell the others.
    void changed(const QString &info);
    // The screen's saves wait out a busy store through this, from the event loop, saying so
    // on the message line (ui/widgets/busystore.h); while one waits, no other ticket opens.
    BusyStoreRetry *storeWait() const { return m_storeWait; }
    bool saving() const;

    Services &m_services;
    Session &m_session;

private:
    void refreshSummary();

    std::optional<Ticket> m_ticket;
    QLineEdit *m_number = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QVBoxLayout *m_body = nullptr;
    BusyStoreRetry *m_storeWait = nullptr;
};

} // namespace rc::ui
