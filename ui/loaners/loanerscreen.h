#pragma once

#include "store/loanerrepository.h"
#include "workflow/loanerdesk.h"

#include <optional>

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rc::print {
class PaperMenu;
class PrintActions;
} // namespace rc::print

namespace rc::ui {

class Session;
struct Services;

// The loaner phones (备用机, CN-07): the list with what is out and overdue; add one; lend the
// selected one to a ticket's customer (the open ticket's number filled in) with the deposit
// taken; take it back with the condition checked and the deposit returned or kept with a
// written reason; a manager's write-off with a reason. Every step goes through the workflow
// layer (LoanerDesk), which checks the role and the rules again; a refusal is shown as core
// words it. Offered to clerks and managers (Permission::Loaners).
class LoanerScreen : public QWidget
{
    Q_OBJECT

public:
    LoanerScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // The ticket a loaner is lent to (the ticket view's "Lend a loaner…").
    void setTicketNumber(const QString &number);
    void selectImei(const QString &imei);
    QList<Loaner> loaners() const { return m_loaners; }
    QString message() const;
    // The papers of the last loan lent or taken back here: the loan agreement (备用机借用协议)
    // after a lend, the return slip after a return; preview, print or PDF.
    print::PaperMenu *paperMenu() const { return m_paperMenu; }

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void add();
    void lend();
    void takeBack();
    void writeOff();
    void updateButtons();
    const Loaner *selected() const;
    void showResult(bool ok, const QString &message);

    Services &m_services;
    Session &m_session;
    QList<Loaner> m_loaners;
    QList<LoanOut> m_out;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_addImei = nullptr;
    QLineEdit *m_addModel = nullptr;
    QLineEdit *m_addDeposit = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_ticket = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_lend = nullptr;
    QComboBox *m_condition = nullptr;
    QCheckBox *m_keep = nullptr;
    QLineEdit *m_keepReason = nullptr;
    QPushButton *m_return = nullptr;
    QGroupBox *m_writeOffBox = nullptr;
    QLineEdit *m_writeOffReason = nullptr;
    QPushButton *m_writeOff = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_papers = nullptr;
    print::PrintActions *m_printActions = nullptr;
    print::PaperMenu *m_paperMenu = nullptr;
    std::optional<workflow::LoanResult> m_last;
};

} // namespace rc::ui
