#pragma once

#include "common/result.h"
#include "store/ticketrepository.h"

#include <QWidget>

class QComboBox;
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
// store's search. Rows are fetched page by page as the table scrolls.
class QueueScreen : public QWidget
{
    Q_OBJECT

public:
    QueueScreen(Services &services, Session &session, QWidget *parent = nullptr);

    TicketQueueModel *model() const { return m_model; }

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
    void applyFilters();
    void loadTechnicians();
    void updateCount();
    void openRow(int row);
    Result<QList<TicketSummary>> searchTickets(const QString &query, int offset, int limit);

    Services &m_services;
    Session &m_session;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_technician = nullptr;
    QPushButton *m_newIntake = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    TicketQueueModel *m_model = nullptr;
    QString m_activeQuery;
};

} // namespace rc::ui
