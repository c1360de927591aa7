#pragma once

#include "tickets/ticket.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace rc::ui {

class BusyStoreRetry;
class ImeiEdit;
class Session;
struct Services;

// The remedy the customer chose, from what the ticket's verdict allows (issue 20): a refund
// (the price on the invoice and how it goes back), an exchange (each condition confirmed, the
// replacement phone's IMEI scanned, what becomes of the old phone) or an accessory
// replacement. Record calls the core step (TicketWorkflow::remedy), which checks everything
// again; a refusal is shown as the core words it and the dialog stays open. A manager may
// choose a remedy the verdict does not allow, with a written reason.
class RemedyDialog : public QDialog
{
    Q_OBJECT

public:
    RemedyDialog(Services &services, Session &session, const Ticket &ticket,
                 QWidget *parent = nullptr);

    // Sends the form to the core; true (and the dialog accepted) when the remedy is recorded.
    bool record();
    QString message() const;

private:
    void kindChosen();

    Services &m_services;
    Session &m_session;
    Ticket m_ticket;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QList<QCheckBox *> m_checks;
    ImeiEdit *m_newImei = nullptr;
    ImeiEdit *m_newImei2 = nullptr;
    QComboBox *m_oldPhone = nullptr;
    QComboBox *m_component = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_message = nullptr;
    BusyStoreRetry *m_storeWait = nullptr;
};

} // namespace rc::ui
