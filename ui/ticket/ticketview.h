#pragma once

#include "session.h"
#include "tickets/ticket.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace rc::print {
class PaperMenu;
class PrintActions;
enum class PaperKind;
} // namespace rc::print

namespace rc::ui {

class AssignControl;
class RemedyDialog;
class NoticeDialog;
class DisposeDialog;
struct Services;

// Everything about one ticket, read-only: the customer, the phone, what was received, the
// warranty verdict stored with it, and the timeline of events. Status changes go through the
// workflow layer (TicketWorkflow::move, cancel); a refused one shows the core's reason.
//
// The workflow screens (diagnosis, quote, repair, pickup) put their buttons in the action
// bar with addAction(): a button is shown only when the session has the permission and the
// ticket is in one of the statuses given.
class TicketView : public QWidget
{
    Q_OBJECT

public:
    TicketView(Services &services, Session &session, QWidget *parent = nullptr);

    // Loads and shows a ticket; false (and a message) when it cannot be read.
    bool showTicket(const QString &ticketId);
    // Reads the shown ticket again.
    void reload();
    std::optional<Ticket> ticket() const { return m_ticket; }

    // Adds a button to the action bar, shown for `permission` while the ticket's status is
    // one of `statuses` (empty: any status).
    void addAction(QPushButton *button, Permission permission,
                   const QList<TicketStatus> &statuses = {});

    // Moves the shown ticket to `to` through the core; on refusal the reason is shown and
    // false returned.
    bool changeStatus(TicketStatus to, const QString &note = {});
    // What the Change status button does with the chosen target and note: a move that closes
    // the ticket unrepaired needs the note, then a confirmation (confirmDialog()) before it
    // goes to the core; any other move goes at once. False when nothing was moved (yet).
    bool requestStatusChange();
    // The open confirmation of a closing move (null when none is asked).
    QMessageBox *confirmDialog() const { return m_confirm; }

    // The Papers menu's entry for one kind of paper (reprints of the shown ticket's).
    print::PaperMenu *paperMenu(print::PaperKind kind) const;
    // "Remedy…": enabled when the stored verdict allows a remedy (or for a manager's
    // override); opens the RemedyDialog (window-modal), which remedyDialog() returns while open.
    QPushButton *remedyButton() const { return m_remedy; }
    RemedyDialog *remedyDialog() const { return m_remedyDialog; }
    void openRemedyDialog();
    // "Notice to collect…" (clerk, manager) and "Dispose…" (manager) on a ready ticket
    // (issue 20: uncollected phones); the dialogs are window-modal, returned while open.
    QPushButton *noticeButton() const { return m_noticeButton; }
    QPushButton *disposeButton() const { return m_disposeButton; }
    NoticeDialog *noticeDialog() const { return m_noticeDialog; }
    DisposeDialog *disposeDialog() const { return m_disposeDialog; }
    void openNoticeDialog();
    void openDisposeDialog();
    // Who repairs the ticket, with "Assign to…" and "Take it".
    AssignControl *assignControl() const { return m_assign; }

signals:
    void ticketChanged(const QString &ticketId);

private:
    void refreshActions();
    void fillTimeline();
    void targetChosen();
    // The change feed (workflow::Changes): the shown ticket is read again when it changed,
    // whoever changed it, keeping what the user was typing.
    void followChanges();
    void ticketChangedElsewhere(const QString &ticketId);
    QString technicianName(const QString &userId) const;

    struct ActionEntry
    {
        QPushButton *button;
        Permission permission;
        QList<TicketStatus> statuses;
    };

    Services &m_services;
    Session &m_session;
    std::optional<Ticket> m_ticket;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_fault = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_privacy = nullptr;
    QLabel *m_intakeWarranty = nullptr;
    QLabel *m_warranty = nullptr;
    QLabel *m_loaner = nullptr; // the loaner out, or the CN-07 offer
    QTreeWidget *m_timeline = nullptr;
    QHBoxLayout *m_actionBar = nullptr;
    QPushButton *m_papers = nullptr;
    print::PrintActions *m_printActions = nullptr;
    QHash<int, print::PaperMenu *> m_paperMenus;
    QComboBox *m_target = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_keepDeposit = nullptr; // cancelling: why the deposit is kept (empty: returned)
    QPushButton *m_move = nullptr;
    QMessageBox *m_confirm = nullptr;
    QPushButton *m_remedy = nullptr;
    RemedyDialog *m_remedyDialog = nullptr;
    QPushButton *m_noticeButton = nullptr;
    QPushButton *m_disposeButton = nullptr;
    NoticeDialog *m_noticeDialog = nullptr;
    DisposeDialog *m_disposeDialog = nullptr;
    QLabel *m_message = nullptr;
    QList<ActionEntry> m_actions;
    AssignControl *m_assign = nullptr;
    bool m_reloadPending = false;
};

} // namespace rc::ui
