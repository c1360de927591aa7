#pragma once

#include "common/result.h"
#include "store/ticketrepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rc::ui {

class Session;
class TicketQueueModel;
struct Services;

// The queue: open tickets with status, age, technician and what is next, newest first;
// filters by status and technician; ages coloured against the service promises and tickets
// flagged for a loaner phone (CN-07) or an exchange (CN-09/CN-08). The search box (where
// the scanner's input lands) finds tickets by number, IMEI, phone or name through the
// store's search. Rows are fetched page by page as the table scrolls. "My tickets" (for who
// may take tickets) shows the ones assigned to the user of the session; the choice is kept
// per user on this station. The queue follows the change feed (workflow::Changes): a ticket
// created or changed anywhere in the process is shown as it is now.
class QueueScreen : public QWidget
{
    Q_OBJECT

public:
    QueueScreen(Services &services, Session &session, QWidget *parent = nullptr);

    TicketQueueModel *model() const { return m_model; }
    // "My tickets": only the tickets assigned to the user of the session.
    bool myTicketsOnly() const;
    void setMyTicketsOnly(bool mine);
    // The "Ready for" column's sort (its header toggles it): the ready tickets waiting the
    // longest first, then the others newest first; off, the queue is newest first.
    void setLongestReadyFirst(bool on);
    bool longestReadyFirst() const { return m_longestReadyFirst; }

public slots:
    // Reads the store again (after a ticket changed).
    void reload();
    // Runs the search in the box now (Enter does it too; typing waits a moment).
    void search();

signals:
    void openTicketRequested(const QString &ticketId);
    void intakeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateLoaners();
    void applyFilters();
    void loadTechnicians();
    void updateCount();
    void openRow(int row);
    // The change feed and "My tickets" (kept apart from the rest of the screen).
    void followChanges();
    void scheduleReload();
    void addMyTicketsFilter(QHBoxLayout *bar);
    void restoreMyTickets();
    Result<QList<TicketSummary>> searchTickets(const QString &query, int offset, int limit);

    Services &m_services;
    Session &m_session;
    bool m_longestReadyFirst = false;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_technician = nullptr;
    QPushButton *m_newIntake = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_loaners = nullptr; // loaner phones out and overdue (CN-07)
    QTimer *m_searchDelay = nullptr;
    TicketQueueModel *m_model = nullptr;
    QString m_activeQuery;
    QCheckBox *m_mine = nullptr;
    bool m_reloadPending = false;
};

} // namespace rc::ui
