#include "remedydialog.h"

#include "services.h"
#include "session.h"
#include "tickets/money.h"
#include "widgets/busystore.h"
#include "widgets/imeiedit.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("refund"))
        return RemedyDialog::tr("Refund (退货)");
    if (kind == QLatin1String("exchange"))
        return RemedyDialog::tr("Exchange the phone (换货)");
    return RemedyDialog::tr("Replace the accessory");
}

} // namespace

RemedyDialog::RemedyDialog(Services &services, Session &session, const Ticket &ticket,
                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_ticket(ticket)
{
    setObjectName(QStringLiteral("remedyDialog"));
    setWindowTitle(tr("Remedy for ticket %1").arg(ticket.number));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    const QStringList allowed = workflow::TicketWorkflow::allowedRemedies(ticket);
    const bool manager = m_session.can(Permission::OverrideVerdict);
    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("remedyKindCombo"));
    const QStringList kinds {QStringLiteral("refund"), QStringLiteral("exchange"),
                             QStringLiteral("accessory")};
    for (const QString &kind : kinds) {
        if (allowed.contains(kind))
            m_kind->addItem(kindText(kind), kind);
    }
    // A manager may carry out what the verdict does not allow, with a reason.
    if (manager) {
        for (const QString &kind : kinds) {
            if (!allowed.contains(kind))
                m_kind->addItem(tr("%1 — manager's override").arg(kindText(kind)), kind);
        }
    }
    top->addRow(tr("Remedy:"), m_kind);
    // What the stored verdict says, with its rule IDs (domain.md §2).
    QStringList rules;
    for (const QJsonValue &rule :
         workflow::TicketWorkflow::remedyVerdict(ticket).value(QStringLiteral("rules")).toArray())
        rules.append(rule.toString());
    auto *verdict = new QLabel(rules.isEmpty() ? tr("The ticket has no warranty verdict.")
                                               : tr("Warranty verdict: %1").arg(rules.join(u", ")),
                               this);
    verdict->setObjectName(QStringLiteral("remedyVerdictLabel"));
    verdict->setTextFormat(Qt::PlainText);
    top->addRow(QString(), verdict);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    // Refund: the price on the invoice, how it goes back.
    auto *refund = new QWidget(m_pages);
    auto *refundForm = new QFormLayout(refund);
    m_amount = new QLineEdit(refund);
    m_amount->setObjectName(QStringLiteral("remedyAmountEdit"));
    m_amount->setPlaceholderText(tr("The price on the invoice, e.g. 2999.00"));
    refundForm->addRow(tr("Amount:"), m_amount);
    m_method = new QComboBox(refund);
    m_method->setObjectName(QStringLiteral("remedyMethodCombo"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_method->addItem(tr("Mobile payment"), QStringLiteral("mobile"));
    refundForm->addRow(tr("Paid back by:"), m_method);
    refundForm->addRow(new QLabel(tr("The customer's phone stays at the center."), refund));
    m_pages->addWidget(refund);

    // Exchange: every condition, the new phone, the old phone's fate.
    auto *exchange = new QWidget(m_pages);
    auto *exchangeForm = new QFormLayout(exchange);
    auto *conditions = new QVBoxLayout;
    for (const workflow::ExchangeCondition &c :
         workflow::TicketWorkflow::exchangeConditions(ticket)) {
        auto *box = new QCheckBox(c.label, exchange);
        box->setObjectName(QStringLiteral("remedyCheck_") + c.key);
        box->setProperty("conditionKey", c.key);
        conditions->addWidget(box);
        m_checks.append(box);
    }
    exchangeForm->addRow(tr("Conditions confirmed:"), conditions);
    m_newImei = new ImeiEdit(exchange);
    m_newImei->setObjectName(QStringLiteral("remedyNewImeiEdit"));
    m_newImei->setPlaceholderText(tr("Scan the replacement phone's IMEI"));
    exchangeForm->addRow(tr("New phone's IMEI:"), m_newImei);
    m_newImei2 = new ImeiEdit(exchange);
    m_newImei2->setObjectName(QStringLiteral("remedyNewImei2Edit"));
    m_newImei2->setPlaceholderText(tr("Second IMEI (dual SIM), if any"));
    exchangeForm->addRow(tr("New phone's IMEI 2:"), m_newImei2);
    m_oldPhone = new QComboBox(exchange);
    m_oldPhone->setObjectName(QStringLiteral("remedyOldPhoneCombo"));
    m_oldPhone->addItem(tr("Goes back to the maker"), QStringLiteral("to_maker"));
    m_oldPhone->addItem(tr("Stays at the center"), QStringLiteral("kept"));
    exchangeForm->addRow(tr("Old phone:"), m_oldPhone);
    m_pages->addWidget(exchange);

    // Accessory: which one (the one the ticket is about, by default).
    auto *accessory = new QWidget(m_pages);
    auto *accessoryForm = new QFormLayout(accessory);
    m_component = new QComboBox(accessory);
    m_component->setObjectName(QStringLiteral("remedyComponentCombo"));
    const QList<std::pair<QString, QString>> components {
        {QStringLiteral("battery"), tr("Battery")},
        {QStringLiteral("charger"), tr("Charger")},
        {QStringLiteral("wired_headset"), tr("Wired headset")},
        {QStringLiteral("card"), tr("Memory card")},
        {QStringLiteral("data_cable"), tr("Data cable")}};
    for (const auto &[id, label] : components)
        m_component->addItem(label, id);
    const int current = m_component->findData(ticket.component);
    m_component->setCurrentIndex(current < 0 ? 0 : current);
    accessoryForm->addRow(tr("Accessory replaced:"), m_component);
    accessoryForm->addRow(
        new QLabel(tr("The new accessory gets its own warranty period from today."), accessory));
    m_pages->addWidget(accessory);
    layout->addWidget(m_pages);

    auto *reasonForm = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("remedyReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the verdict is overridden (required)"));
    m_reasonLabel = new QLabel(tr("Override reason:"), this);
    reasonForm->addRow(m_reasonLabel, m_reason);
    layout->addLayout(reasonForm);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("remedyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color:#b3261e;"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("Record remedy"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("remedyRecordButton"));
    // A busy store is waited out from the event loop, the dialog as filled in.
    m_storeWait = new BusyStoreRetry(m_services.workflows, m_message, this);
    m_storeWait->setButtons({ok});
    layout->addWidget(m_storeWait->cancelButton(), 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemedyDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_storeWait, &BusyStoreRetry::cancel);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RemedyDialog::kindChosen);
    kindChosen();
}

void RemedyDialog::kindChosen()
{
    const QString kind = m_kind->currentData().toString();
    m_pages->setCurrentIndex(kind == QLatin1String("exchange")    ? 1
                             : kind == QLatin1String("accessory") ? 2
                                                                  : 0);
    const bool overriding
        = !kind.isEmpty() && !workflow::TicketWorkflow::allowedRemedies(m_ticket).contains(kind);
    m_reason->setVisible(overriding);
    m_reasonLabel->setVisible(overriding);
    m_message->clear();
}

QString RemedyDialog::message() const
{
    return m_message->text();
}

bool RemedyDialog::record()
{
    workflow::RemedyInput input;
    input.kind = m_kind->currentData().toString();
    if (input.kind.isEmpty()) {
        m_message->setText(tr("The verdict allows no remedy."));
        return false;
    }
    if (!m_reason->isHidden())
        input.overrideReason = m_reason->text();
    if (input.kind == QLatin1String("refund")) {
        if (!Money::parseDecimal(m_amount->text().trimmed(), &input.amount.minor)) {
            m_message->setText(
                tr("\"%1\" is not an amount; write it like 2999.00.").arg(m_amount->text()));
            return false;
        }
        input.method = m_method->currentData().toString();
    } else if (input.kind == QLatin1String("exchange")) {
        for (QCheckBox *box : std::as_const(m_checks)) {
            if (box->isChecked())
                input.checks.append(box->property("conditionKey").toString());
        }
        input.newImei = m_newImei->text();
        input.newImei2 = m_newImei2->text();
        input.oldPhone = m_oldPhone->currentData().toString();
    } else {
        input.component = m_component->currentData().toString();
    }
    const QString userId = m_session.userId();
    const QString ticketId = m_ticket.id;
    return m_storeWait->run<workflow::RemedyResult>(
        [this, userId, ticketId, input] {
            return m_services.workflows.tickets.remedy(userId, ticketId, input);
        },
        [this](const Result<workflow::RemedyResult> &done) {
            if (!done) {
                m_message->setText(done.error().message);
                return false;
            }
            accept();
            return true;
        });
}

} // namespace rc::ui
