#pragma once

#include "workflow/ticketscreen.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rc::print {
class PaperMenu;
class PrintActions;
} // namespace rc::print

namespace rc::ui {

class QuoteLinesEditor;

// The quote (报价单) the customer sees: every line with quantity, unit price, covered or
// payable, the totals; an advance payment taken (订金: credited towards the bill, never
// forfeited — not a 定金); the customer's approval or refusal recorded with how
// (at the counter, by phone, by message) and when. Whoever may diagnose can change the lines:
// saving them makes a new revision, which needs a new answer before any repair.
class QuoteScreen : public TicketScreen
{
    Q_OBJECT

public:
    QuoteScreen(Services &services, Session &session, QWidget *parent = nullptr);

    // The menu of the quote paper button (preview, print, PDF).
    print::PaperMenu *paperMenu() const { return m_paperMenu; }

public slots:
    bool saveRevision();
    bool recordAnswer(bool approved);
    bool takeDeposit();

protected:
    void ticketLoaded() override;
    void sessionChanged() override;

private:
    void refreshEnabled();

    QLabel *m_revision = nullptr;
    QPushButton *m_printQuote = nullptr;
    print::PrintActions *m_printActions = nullptr;
    print::PaperMenu *m_paperMenu = nullptr;
    QuoteLinesEditor *m_lines = nullptr;
    QPushButton *m_saveRevision = nullptr;
    QComboBox *m_method = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_answerNote = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QListWidget *m_answers = nullptr;
    QLineEdit *m_deposit = nullptr;
    QComboBox *m_depositMethod = nullptr;
    QPushButton *m_takeDeposit = nullptr;
    QLabel *m_paid = nullptr;
    QLabel *m_fee = nullptr; // the diagnosis fee's terms or state; hidden without a fee
    bool m_linesEdited = false;
};

} // namespace rc::ui
