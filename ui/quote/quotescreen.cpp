#include "quotescreen.h"

#include "widgets/busystore.h"

#include "print/papermenu.h"
#include "print/printactions.h"
#include "quotelineseditor.h"
#include "services.h"
#include "store/paymentrepository.h"
#include "store/pricelistrepository.h"
#include "store/quoterepository.h"
#include "tickets/quotecoverage.h"
#include "workflow/paymentmethods.h"
#include "workflow/workflows.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

QuoteScreen::QuoteScreen(Services &services, Session &session, QWidget *parent)
    : TicketScreen(services, session, parent)
{
    setObjectName(QStringLiteral("quoteScreen"));
    auto *columns = new QHBoxLayout;

    auto *quote = new QGroupBox(tr("Quote"), this);
    auto *quoteLayout = new QVBoxLayout(quote);
    m_revision = new QLabel(quote);
    m_revision->setTextFormat(Qt::PlainText);
    m_revision->setObjectName(QStringLiteral("revisionLabel"));
    m_revision->setWordWrap(true);
    quoteLayout->addWidget(m_revision);
    // The diagnosis fee (检测费) as the customer was told it at intake: what approving or
    // declining this quote does to it.
    m_fee = new QLabel(quote);
    m_fee->setTextFormat(Qt::PlainText);
    m_fee->setObjectName(QStringLiteral("quoteDiagnosisFeeLabel"));
    m_fee->setWordWrap(true);
    m_fee->hide();
    quoteLayout->addWidget(m_fee);
    m_lines = new QuoteLinesEditor(quote);
    quoteLayout->addWidget(m_lines, 1);
    auto *revisionRow = new QHBoxLayout;
    // The quote (报价单) on paper for the customer to read and sign: preview, print or PDF.
    m_printQuote = new QPushButton(tr("Quote paper…"), quote);
    m_printQuote->setObjectName(QStringLiteral("printQuoteButton"));
    revisionRow->addWidget(m_printQuote);
    revisionRow->addStretch(1);
    m_saveRevision = new QPushButton(tr("Save as a new revision"), quote);
    m_saveRevision->setObjectName(QStringLiteral("saveRevisionButton"));
    m_saveRevision->setToolTip(tr("A changed quote needs the customer's answer again."));
    revisionRow->addWidget(m_saveRevision);
    quoteLayout->addLayout(revisionRow);
    columns->addWidget(quote, 3);

    auto *side = new QVBoxLayout;
    auto *answer = new QGroupBox(tr("The customer's answer"), this);
    auto *answerForm = new QFormLayout(answer);
    m_method = new QComboBox(answer);
    m_method->setObjectName(QStringLiteral("answerMethodCombo"));
    WorkflowLabels::fillAnswerMethods(m_method);
    answerForm->addRow(tr("How:"), m_method);
    m_when = new QDateTimeEdit(answer);
    m_when->setObjectName(QStringLiteral("answerTimeEdit"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    answerForm->addRow(tr("When:"), m_when);
    m_answerNote = new QLineEdit(answer);
    m_answerNote->setObjectName(QStringLiteral("answerNoteEdit"));
    m_answerNote->setPlaceholderText(tr("e.g. called back at 16:10"));
    answerForm->addRow(tr("Note:"), m_answerNote);
    auto *answerButtons = new QHBoxLayout;
    m_approve = new QPushButton(tr("Customer approves"), answer);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_decline = new QPushButton(tr("Customer declines"), answer);
    m_decline->setObjectName(QStringLiteral("declineButton"));
    answerButtons->addWidget(m_approve);
    answerButtons->addWidget(m_decline);
    storeWait()->setButtons({m_approve, m_decline});
    answerForm->addRow(answerButtons);
    m_answers = new QListWidget(answer);
    m_answers->setObjectName(QStringLiteral("answersList"));
    m_answers->setMaximumHeight(110);
    answerForm->addRow(m_answers);
    side->addWidget(answer);

    auto *deposit = new QGroupBox(tr("Advance payment"), this);
    auto *depositForm = new QFormLayout(deposit);
    m_paid = new QLabel(deposit);
    m_paid->setTextFormat(Qt::PlainText);
    m_paid->setObjectName(QStringLiteral("paidLabel"));
    depositForm->addRow(tr("Paid so far:"), m_paid);
    m_deposit = new QLineEdit(deposit);
    m_deposit->setObjectName(QStringLiteral("depositEdit"));
    m_deposit->setPlaceholderText(tr("Amount, e.g. 50.00"));
    depositForm->addRow(tr("Amount:"), m_deposit);
    m_depositMethod = new QComboBox(deposit);
    m_depositMethod->setObjectName(QStringLiteral("depositMethodCombo"));
    WorkflowLabels::fillPaymentMethods(m_depositMethod);
    depositForm->addRow(tr("Method:"), m_depositMethod);
    m_takeDeposit = new QPushButton(tr("Take advance payment"), deposit);
    m_takeDeposit->setObjectName(QStringLiteral("takeDepositButton"));
    depositForm->addRow(m_takeDeposit);
    side->addWidget(deposit);
    side->addStretch(1);
    columns->addLayout(side, 2);
    body()->addLayout(columns, 1);

    connect(m_lines, &QuoteLinesEditor::linesChanged, this, [this] {
        m_linesEdited = true;
        refreshEnabled();
    });
    m_printActions = new print::PrintActions(this, print::PrintSettings(), this);
    m_paperMenu = print::PaperMenu::attach(
        m_printQuote, m_printActions,
        [this]() -> Result<print::Paper> {
            const auto t = ticket();
            if (!t)
                return Error {QStringLiteral("NOT_FOUND"), tr("Open a ticket first.")};
            return print::ticketPaper(*m_printActions, m_services.records, m_services.clock,
                                      t->number, print::PaperKind::Quote);
        },
        QStringLiteral("quotePaper"));
    connect(m_paperMenu, &print::PaperMenu::failed, this, &QuoteScreen::showError);
    connect(m_saveRevision, &QPushButton::clicked, this, &QuoteScreen::saveRevision);
    connect(m_approve, &QPushButton::clicked, this, [this] { recordAnswer(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { recordAnswer(false); });
    connect(m_takeDeposit, &QPushButton::clicked, this, &QuoteScreen::takeDeposit);
    connect(m_deposit, &QLineEdit::returnPressed, this, &QuoteScreen::takeDeposit);
    ticketLoaded();
}

void QuoteScreen::ticketLoaded()
{
    const auto t = ticket();
    m_answers->clear();
    m_answerNote->clear();
    m_deposit->clear();
    m_when->setDateTime(m_services.clock.nowUtc().toLocalTime());
    auto prices = m_services.prices.active();
    m_lines->setPriceList(prices ? *prices : QList<PriceItem> {});
    m_lines->setVerdictCovers(t && QuoteCoverage::verdictCovers(t->warrantyVerdict));
    if (!t) {
        m_lines->setLines({});
        m_revision->clear();
        m_paid->clear();
        m_fee->hide();
        m_linesEdited = false;
        refreshEnabled();
        return;
    }
    auto lines = m_services.quotes.lines(t->id);
    m_lines->setLines(lines ? *lines : QList<QuoteLine> {});
    m_linesEdited = false;
    if (!lines)
        showError(lines.error().message);

    if (t->quoteRevision == 0)
        m_revision->setText(tr("No quote yet: the technician writes it at diagnosis."));
    else if (t->status == TicketStatus::Quoted)
        m_revision->setText(
            tr("Revision %1: waiting for the customer's answer.").arg(t->quoteRevision));
    else if (t->approvedRevision == t->quoteRevision)
        m_revision->setText(tr("Revision %1: approved by the customer.").arg(t->quoteRevision));
    else
        m_revision->setText(
            tr("Revision %1 (%2).").arg(t->quoteRevision).arg(TicketLifecycle::label(t->status)));

    auto answers = m_services.quotes.approvals(t->id);
    if (answers) {
        for (const Approval &a : *answers) {
            auto *item = new QListWidgetItem(
                tr("Revision %1: %2 %3, %4 (pays %5)")
                    .arg(a.revision)
                    .arg(a.approved ? tr("approved") : tr("declined"),
                         WorkflowLabels::answerMethod(a.method),
                         QLocale().toString(a.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                         a.payable.toDecimalString()),
                m_answers);
            item->setToolTip(a.note);
        }
    }
    auto balance = m_services.payments.balance(t->id);
    m_paid->setText(balance ? balance->paid.toDecimalString() : balance.error().message);
    if (balance && balance->diagnosisFee.isSet()) {
        const DiagnosisFeeState &fee = balance->diagnosisFee;
        m_fee->setText(fee.status == DiagnosisFeeStatus::Pending
                           ? DiagnosisFee::terms(fee.amount, fee.waiveOnApproval)
                           : DiagnosisFee::describe(fee));
        m_fee->show();
    } else {
        m_fee->hide();
    }
    refreshEnabled();
}

void QuoteScreen::sessionChanged()
{
    refreshEnabled();
}

void QuoteScreen::refreshEnabled()
{
    const auto t = ticket();
    const bool have = t.has_value();
    const TicketStatus status = have ? t->status : TicketStatus::Received;
    const bool mayEdit = have && m_session.can(Permission::Diagnose)
                         && (status == TicketStatus::Quoted
                             || TicketLifecycle::isAllowed(status, TicketStatus::Quoted));
    m_lines->setEditable(mayEdit);
    m_saveRevision->setEnabled(mayEdit && m_linesEdited && !m_lines->lines().isEmpty());
    // The paper shows the stored revision, so not while unsaved changes are on screen.
    m_printQuote->setEnabled(have && t->quoteRevision > 0 && !m_linesEdited);
    const bool mayAnswer
        = have && status == TicketStatus::Quoted && m_session.can(Permission::Approval);
    m_approve->setEnabled(mayAnswer && !m_linesEdited && !saving());
    m_decline->setEnabled(mayAnswer && !m_linesEdited && !saving());
    m_method->setEnabled(mayAnswer);
    m_when->setEnabled(mayAnswer);
    m_answerNote->setEnabled(mayAnswer);
    const bool mayTake
        = have && !TicketLifecycle::isFinal(status) && m_session.can(Permission::Payment);
    m_deposit->setEnabled(mayTake);
    m_depositMethod->setEnabled(mayTake);
    m_takeDeposit->setEnabled(mayTake);
}

bool QuoteScreen::saveRevision()
{
    const auto t = ticket();
    if (!t)
        return false;
    auto issued = m_services.workflows.tickets.quote(m_session.userId(), t->id, m_lines->lines());
    if (!issued) {
        showError(issued.error().message);
        return false;
    }
    changed(
        tr("Quote revision %1 saved: it needs the customer's answer.").arg(issued->quoteRevision));
    return true;
}

bool QuoteScreen::recordAnswer(bool approved)
{
    const auto t = ticket();
    if (!t)
        return false;
    QuoteAnswer answer;
    answer.approved = approved;
    answer.method = m_method->currentData().toString();
    answer.at = m_when->dateTime().toUTC();
    answer.note = m_answerNote->text();
    // A busy store is waited out from the event loop (BusyStoreRetry), the form as typed.
    const QString userId = m_session.userId();
    const QString ticketId = t->id;
    return storeWait()->run<Approval>(
        [this, userId, ticketId, answer] {
            return m_services.workflows.tickets.answer(userId, ticketId, answer);
        },
        [this, approved](const Result<Approval> &recorded) {
            if (!recorded) {
                showError(recorded.error().message);
                return false;
            }
            changed(approved ? tr("Approval recorded: the repair may start.")
                             : tr("Refusal recorded: the phone goes back unrepaired at pickup."));
            return true;
        });
}

bool QuoteScreen::takeDeposit()
{
    const auto t = ticket();
    if (!t)
        return false;
    workflow::PaymentInput p;
    p.deposit = true;
    p.method = m_depositMethod->currentData().toString();
    if (!Money::parseDecimal(m_deposit->text(), &p.amount.minor)) {
        showError(tr("Type the advance payment as an amount, e.g. 50 or 50.00."));
        return false;
    }
    auto paid = m_services.workflows.tickets.pay(m_session.userId(), t->id, p);
    if (!paid) {
        showError(paid.error().message);
        return false;
    }
    changed(tr("Advance payment of %1 taken.").arg(paid->amount.toDecimalString()));
    return true;
}

} // namespace rc::ui
