#include "loanerscreen.h"

#include "print/papermenu.h"
#include "print/printactions.h"
#include "print/ticketpaper.h"
#include "services.h"
#include "session.h"
#include "store/ticketrepository.h"
#include "workflow/records.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("lent"))
        return LoanerScreen::tr("Lent");
    if (state == QLatin1String("written_off"))
        return LoanerScreen::tr("Written off");
    return LoanerScreen::tr("In stock");
}

QString conditionLabel(const QString &condition)
{
    return condition == QLatin1String("damaged") ? LoanerScreen::tr("Damaged")
                                                 : LoanerScreen::tr("OK");
}

} // namespace

LoanerScreen::LoanerScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("loanerScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Loaner phones (CN-07)"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loanerSummaryLabel"));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("loanersTable"));
    m_table->setHorizontalHeaderLabels({tr("IMEI"), tr("Model"), tr("Condition"), tr("Deposit"),
                                        tr("State"), tr("Ticket"), tr("Expected back"),
                                        tr("Overdue")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *boxes = new QHBoxLayout;
    auto *addBox = new QGroupBox(tr("Add a loaner phone"), this);
    auto *addForm = new QFormLayout(addBox);
    m_addImei = new QLineEdit(addBox);
    m_addImei->setObjectName(QStringLiteral("loanerImeiEdit"));
    m_addModel = new QLineEdit(addBox);
    m_addModel->setObjectName(QStringLiteral("loanerModelEdit"));
    m_addDeposit = new QLineEdit(addBox);
    m_addDeposit->setObjectName(QStringLiteral("loanerDepositEdit"));
    m_addDeposit->setPlaceholderText(QStringLiteral("200.00"));
    m_add = new QPushButton(tr("&Add"), addBox);
    m_add->setObjectName(QStringLiteral("addLoanerButton"));
    addForm->addRow(tr("IMEI:"), m_addImei);
    addForm->addRow(tr("Model:"), m_addModel);
    addForm->addRow(tr("Deposit:"), m_addDeposit);
    addForm->addRow(m_add);
    boxes->addWidget(addBox);

    auto *lendBox = new QGroupBox(tr("Lend the selected phone"), this);
    auto *lendForm = new QFormLayout(lendBox);
    m_ticket = new QLineEdit(lendBox);
    m_ticket->setObjectName(QStringLiteral("lendTicketEdit"));
    m_method = new QComboBox(lendBox);
    m_method->setObjectName(QStringLiteral("lendMethodCombo"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_method->addItem(tr("Mobile payment"), QStringLiteral("mobile"));
    m_lend = new QPushButton(tr("&Lend, deposit taken"), lendBox);
    m_lend->setObjectName(QStringLiteral("lendButton"));
    lendForm->addRow(tr("Ticket:"), m_ticket);
    lendForm->addRow(tr("Deposit paid by:"), m_method);
    lendForm->addRow(m_lend);
    boxes->addWidget(lendBox);

    auto *returnBox = new QGroupBox(tr("Take the selected phone back"), this);
    auto *returnForm = new QFormLayout(returnBox);
    m_condition = new QComboBox(returnBox);
    m_condition->setObjectName(QStringLiteral("returnConditionCombo"));
    m_condition->addItem(tr("Checked: OK"), QStringLiteral("ok"));
    m_condition->addItem(tr("Checked: damaged"), QStringLiteral("damaged"));
    m_keep = new QCheckBox(tr("Keep the deposit"), returnBox);
    m_keep->setObjectName(QStringLiteral("keepDepositCheck"));
    m_keepReason = new QLineEdit(returnBox);
    m_keepReason->setObjectName(QStringLiteral("keepReasonEdit"));
    m_keepReason->setPlaceholderText(tr("Why the deposit is kept"));
    m_return = new QPushButton(tr("&Take back"), returnBox);
    m_return->setObjectName(QStringLiteral("returnButton"));
    returnForm->addRow(tr("Condition:"), m_condition);
    returnForm->addRow(m_keep);
    returnForm->addRow(tr("Reason:"), m_keepReason);
    returnForm->addRow(m_return);
    boxes->addWidget(returnBox);

    m_writeOffBox = new QGroupBox(tr("Write off (manager)"), this);
    auto *writeOffForm = new QFormLayout(m_writeOffBox);
    m_writeOffReason = new QLineEdit(m_writeOffBox);
    m_writeOffReason->setObjectName(QStringLiteral("writeOffReasonEdit"));
    m_writeOff = new QPushButton(tr("&Write off"), m_writeOffBox);
    m_writeOff->setObjectName(QStringLiteral("writeOffButton"));
    writeOffForm->addRow(tr("Reason:"), m_writeOffReason);
    writeOffForm->addRow(m_writeOff);
    boxes->addWidget(m_writeOffBox);
    layout->addLayout(boxes);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    bottom->addWidget(m_message, 1);
    m_papers = new QPushButton(tr("Agreement / return slip…"), this);
    m_papers->setObjectName(QStringLiteral("loanPaperButton"));
    m_papers->setEnabled(false);
    bottom->addWidget(m_papers);
    layout->addLayout(bottom);
    m_printActions = new print::PrintActions(this, print::PrintSettings(), this);
    m_paperMenu = print::PaperMenu::attach(
        m_papers, m_printActions,
        [this]() -> Result<print::Paper> {
            if (!m_last)
                return Error {QStringLiteral("NOT_FOUND"), tr("Nothing lent or taken back yet.")};
            auto dossier = m_services.records.dossierByNumber(m_last->ticketNumber);
            if (!dossier)
                return dossier.error();
            print::PaperData data
                = print::paperFromTicket(*dossier, m_services.clock.nowUtc(), false);
            print::addLoanToPaper(data, m_last->loan, m_last->loaner);
            return m_printActions->paperFor(
                data,
                m_last->loan.state == QLatin1String("out") ? print::PaperKind::Loan
                                                           : print::PaperKind::LoanReturn,
                QLocale().language() == QLocale::Chinese ? print::PaperLanguage::Chinese
                                                         : print::PaperLanguage::English);
        },
        QStringLiteral("loanPaper"));
    connect(m_paperMenu, &print::PaperMenu::failed, this,
            [this](const QString &message) { showResult(false, message); });

    connect(m_add, &QPushButton::clicked, this, &LoanerScreen::add);
    connect(m_lend, &QPushButton::clicked, this, &LoanerScreen::lend);
    connect(m_return, &QPushButton::clicked, this, &LoanerScreen::takeBack);
    connect(m_writeOff, &QPushButton::clicked, this, &LoanerScreen::writeOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LoanerScreen::updateButtons);
    connect(m_keep, &QCheckBox::toggled, this, &LoanerScreen::updateButtons);
    connect(&m_session, &Session::changed, this, &LoanerScreen::updateButtons);
    connect(&m_services.workflows.changes, &workflow::Changes::loanersChanged, this,
            &LoanerScreen::reload);
    reload();
}

void LoanerScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void LoanerScreen::setTicketNumber(const QString &number)
{
    m_ticket->setText(number);
}

QString LoanerScreen::message() const
{
    return m_message->text();
}

void LoanerScreen::reload()
{
    const QString keep = selected() ? selected()->imei : QString();
    auto list = m_services.workflows.loaners.list();
    auto out = m_services.workflows.loaners.loansOut();
    if (!list || !out) {
        showResult(false, !list ? list.error().message : out.error().message);
        return;
    }
    m_loaners = *list;
    m_out = *out;
    m_table->setRowCount(0);
    int overdue = 0;
    for (const Loaner &loaner : std::as_const(m_loaners)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const LoanOut *loan = nullptr;
        for (const LoanOut &o : std::as_const(m_out)) {
            if (o.loan.loanerId == loaner.id)
                loan = &o;
        }
        const QStringList cells {
            loaner.imei,
            loaner.model,
            conditionLabel(loaner.condition),
            loaner.deposit.toDecimalString(),
            stateLabel(loaner.state),
            loan ? QStringLiteral("%1 %2").arg(loan->ticketNumber, loan->customerName) : QString(),
            loan ? loan->loan.expectedReturn.toString(Qt::ISODate) : QString(),
            loan && loan->overdue ? (loan->overdueWhy == QLatin1String("ticket_done")
                                         ? tr("Overdue: the phone is ready")
                                         : tr("Overdue: past the expected date"))
                                  : QString(),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (loan && loan->overdue)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(row, c, item);
        }
        overdue += loan && loan->overdue ? 1 : 0;
    }
    m_summary->setText(tr("%n phone(s) out", nullptr, int(m_out.size())) + QStringLiteral(" · ")
                       + tr("%n overdue", nullptr, overdue));
    if (!keep.isEmpty())
        selectImei(keep);
    updateButtons();
}

void LoanerScreen::selectImei(const QString &imei)
{
    for (int row = 0; row < m_loaners.size(); ++row) {
        if (m_loaners.at(row).imei == imei) {
            m_table->selectRow(row);
            return;
        }
    }
}

const Loaner *LoanerScreen::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_loaners.size())
        return nullptr;
    return &m_loaners.at(rows.first().row());
}

void LoanerScreen::updateButtons()
{
    const Loaner *loaner = selected();
    const bool mayLend = m_session.can(Permission::Loaners);
    m_add->setEnabled(mayLend);
    m_lend->setEnabled(mayLend && loaner && loaner->state == QLatin1String("in_stock"));
    m_return->setEnabled(mayLend && loaner && loaner->state == QLatin1String("lent"));
    m_keepReason->setEnabled(m_keep->isChecked());
    m_writeOffBox->setVisible(m_session.can(Permission::WriteOffLoaner));
    m_writeOff->setEnabled(loaner && loaner->state == QLatin1String("lent"));
}

void LoanerScreen::showResult(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color:#1e6b32;")
                                : QStringLiteral("color:#b3261e;"));
    m_message->setText(message);
}

void LoanerScreen::add()
{
    workflow::LoanerInput input;
    input.imei = m_addImei->text();
    input.model = m_addModel->text();
    const QString deposit = m_addDeposit->text().trimmed();
    if (!deposit.isEmpty() && !Money::parseDecimal(deposit, &input.deposit.minor)) {
        showResult(false, tr("The deposit is an amount such as 200.00, not \"%1\".").arg(deposit));
        return;
    }
    auto added = m_services.workflows.loaners.add(m_session.userId(), input);
    if (!added) {
        showResult(false, added.error().message);
        return;
    }
    m_addImei->clear();
    m_addModel->clear();
    m_addDeposit->clear();
    reload();
    selectImei(added->imei);
    showResult(true, tr("%1 (%2) is on the list.").arg(added->model, added->imei));
}

void LoanerScreen::lend()
{
    const Loaner *loaner = selected();
    if (!loaner)
        return;
    const QString number = m_ticket->text().trimmed();
    auto ticket = m_services.tickets.byNumber(number);
    if (!ticket || !*ticket) {
        showResult(false, ticket ? tr("No ticket %1.").arg(number) : ticket.error().message);
        return;
    }
    workflow::LendInput input;
    input.imei = loaner->imei;
    input.method = m_method->currentData().toString();
    auto lent = m_services.workflows.loaners.lend(m_session.userId(), (*ticket)->id, input);
    if (!lent) {
        showResult(false, lent.error().message);
        return;
    }
    m_last = *lent;
    m_papers->setEnabled(true);
    reload();
    showResult(true, tr("%1 lent on ticket %2, deposit %3 taken; expected back %4.")
                         .arg(lent->loaner.model, lent->ticketNumber,
                              lent->loan.deposit.toDecimalString(),
                              lent->loan.expectedReturn.toString(Qt::ISODate)));
}

void LoanerScreen::takeBack()
{
    const Loaner *loaner = selected();
    if (!loaner)
        return;
    workflow::ReturnInput input;
    input.imei = loaner->imei;
    input.condition = m_condition->currentData().toString();
    input.keepDeposit = m_keep->isChecked();
    input.keepReason = m_keepReason->text();
    auto back = m_services.workflows.loaners.takeBack(m_session.userId(), input);
    if (!back) {
        showResult(false, back.error().message);
        return;
    }
    m_keep->setChecked(false);
    m_keepReason->clear();
    m_last = *back;
    m_papers->setEnabled(true);
    reload();
    showResult(true, back->loan.depositOutcome == QLatin1String("kept")
                         ? tr("%1 is back; the deposit %2 is kept.")
                               .arg(back->loaner.model, back->loan.deposit.toDecimalString())
                         : tr("%1 is back; the deposit %2 goes back to the customer.")
                               .arg(back->loaner.model, back->loan.deposit.toDecimalString()));
}

void LoanerScreen::writeOff()
{
    const Loaner *loaner = selected();
    if (!loaner)
        return;
    auto done = m_services.workflows.loaners.writeOff(m_session.userId(), loaner->imei,
                                                      m_writeOffReason->text());
    if (!done) {
        showResult(false, done.error().message);
        return;
    }
    m_writeOffReason->clear();
    reload();
    showResult(true, tr("%1 is written off.").arg(done->loaner.model));
}

} // namespace rc::ui
