#include "pickupscreen.h"

#include "print/papermenu.h"
#include "print/printactions.h"
#include "services.h"
#include "store/customerrepository.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "widgets/busystore.h"
#include "widgets/labels.h"
#include "workflow/paymentmethods.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

PickupScreen::PickupScreen(Services &services, Session &session, QWidget *parent)
    : TicketScreen(services, session, parent)
{
    setObjectName(QStringLiteral("pickupScreen"));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;

    auto *findBox = new QGroupBox(tr("Find the ticket"), this);
    auto *findLayout = new QVBoxLayout(findBox);
    m_search = new QLineEdit(findBox);
    m_search->setObjectName(QStringLiteral("pickupSearchEdit"));
    m_search->setPlaceholderText(
        tr("Scan the receipt barcode, or type the phone (or its last 4 digits), IMEI or name"));
    m_search->setClearButtonEnabled(true);
    findLayout->addWidget(m_search);
    m_matches = new QListWidget(findBox);
    m_matches->setObjectName(QStringLiteral("pickupMatchesList"));
    m_matches->setMaximumHeight(100);
    findLayout->addWidget(m_matches);
    m_target = new QLabel(findBox);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setObjectName(QStringLiteral("pickupTargetLabel"));
    m_target->setWordWrap(true);
    findLayout->addWidget(m_target);
    left->addWidget(findBox);

    auto *imeiBox = new QGroupBox(tr("The phone"), this);
    auto *imeiForm = new QFormLayout(imeiBox);
    m_imei = new QLineEdit(imeiBox);
    m_imei->setObjectName(QStringLiteral("pickupImeiEdit"));
    m_imei->setPlaceholderText(tr("Scan the IMEI on the phone (*#06#)"));
    imeiForm->addRow(tr("IMEI now:"), m_imei);
    m_imeiState = new QLabel(imeiBox);
    m_imeiState->setTextFormat(Qt::PlainText);
    m_imeiState->setObjectName(QStringLiteral("imeiMatchLabel"));
    m_imeiState->setWordWrap(true);
    imeiForm->addRow(m_imeiState);
    left->addWidget(imeiBox);

    m_accessoriesBox = new QGroupBox(tr("Accessories received at intake"), this);
    m_accessoriesLayout = new QVBoxLayout(m_accessoriesBox);
    m_missingNote = new QLineEdit(m_accessoriesBox);
    m_missingNote->setObjectName(QStringLiteral("missingAccessoriesEdit"));
    m_missingNote->setPlaceholderText(tr("If something stays with us: why"));
    m_accessoriesLayout->addWidget(m_missingNote);
    left->addWidget(m_accessoriesBox);
    left->addStretch(1);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *payBox = new QGroupBox(tr("Payment"), this);
    auto *payForm = new QFormLayout(payBox);
    m_payable = new QLabel(payBox);
    m_payable->setTextFormat(Qt::PlainText);
    m_payable->setObjectName(QStringLiteral("pickupPayableLabel"));
    payForm->addRow(tr("Approved quote, customer pays:"), m_payable);
    m_paid = new QLabel(payBox);
    m_paid->setTextFormat(Qt::PlainText);
    m_paid->setObjectName(QStringLiteral("pickupPaidLabel"));
    payForm->addRow(tr("Paid so far:"), m_paid);
    m_due = new QLabel(payBox);
    m_due->setTextFormat(Qt::PlainText);
    m_due->setObjectName(QStringLiteral("pickupDueLabel"));
    m_due->setStyleSheet(QStringLiteral("font-weight:bold; font-size:14pt;"));
    payForm->addRow(tr("Balance due:"), m_due);
    // The diagnosis fee (检测费): where it stands, in the words of core's rule.
    m_fee = new QLabel(payBox);
    m_fee->setTextFormat(Qt::PlainText);
    m_fee->setWordWrap(true);
    m_fee->setObjectName(QStringLiteral("pickupDiagnosisFeeLabel"));
    payForm->addRow(m_fee);
    m_amount = new QLineEdit(payBox);
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    payForm->addRow(tr("Paid now:"), m_amount);
    m_method = new QComboBox(payBox);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    WorkflowLabels::fillPaymentMethods(m_method);
    payForm->addRow(tr("Method:"), m_method);
    m_reference = new QLineEdit(payBox);
    m_reference->setObjectName(QStringLiteral("paymentReferenceEdit"));
    m_reference->setPlaceholderText(tr("Terminal or transfer reference (optional)"));
    payForm->addRow(tr("Reference:"), m_reference);
    // A phone going back unrepaired: the deposit goes back (by the method above) unless a
    // written reason keeps it.
    m_keepDeposit = new QLineEdit(payBox);
    m_keepDeposit->setObjectName(QStringLiteral("keepDepositEdit"));
    m_keepDeposit->setPlaceholderText(tr("Empty: the advance payment goes back to the customer"));
    payForm->addRow(tr("Keep the advance payment because:"), m_keepDeposit);
    // A manager may waive the diagnosis fee with a reason (audited); core refuses anyone else.
    m_waiveFee = new QLineEdit(payBox);
    m_waiveFee->setObjectName(QStringLiteral("waiveDiagnosisFeeEdit"));
    m_waiveFee->setPlaceholderText(tr("Manager only; empty: the fee stands"));
    payForm->addRow(tr("Waive the diagnosis fee because:"), m_waiveFee);
    right->addWidget(payBox);

    auto *handBox = new QGroupBox(tr("Hand back"), this);
    auto *handLayout = new QVBoxLayout(handBox);
    m_warrantyEnd = new QLabel(handBox);
    m_warrantyEnd->setTextFormat(Qt::PlainText);
    m_warrantyEnd->setObjectName(QStringLiteral("repairWarrantyLabel"));
    m_warrantyEnd->setWordWrap(true);
    handLayout->addWidget(m_warrantyEnd);
    auto *buttons = new QHBoxLayout;
    m_release = new QPushButton(tr("Hand the phone back"), handBox);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setStyleSheet(QStringLiteral("font-weight:bold; padding:6px 14px;"));
    buttons->addWidget(m_release);
    storeWait()->setButtons({m_release});
    m_print = new QPushButton(tr("Pickup receipt…"), handBox);
    m_print->setObjectName(QStringLiteral("printPickupButton"));
    buttons->addWidget(m_print);
    handLayout->addLayout(buttons);
    right->addWidget(handBox);
    right->addStretch(1);
    columns->addLayout(right, 1);
    body()->addLayout(columns, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showTicket(item->data(Qt::UserRole).toString()); });
    connect(m_imei, &QLineEdit::textChanged, this, &PickupScreen::refreshImei);
    connect(m_imei, &QLineEdit::returnPressed, this, [this] {
        if (m_amount->isEnabled())
            m_amount->setFocus();
    });
    connect(m_release, &QPushButton::clicked, this, &PickupScreen::release);
    // The pickup receipt of the phone just handed back: preview, print or PDF, through the
    // printing helper (printers and formats from Settings).
    m_printActions = new print::PrintActions(this, print::PrintSettings(), this);
    m_receiptMenu = print::PaperMenu::attach(
        m_print, m_printActions,
        [this] {
            return print::ticketPaper(*m_printActions, m_services.records, m_services.clock,
                                      m_releasedTicketNumber, print::PaperKind::Pickup);
        },
        QStringLiteral("pickupReceipt"));
    connect(m_receiptMenu, &print::PaperMenu::failed, this, &PickupScreen::showError);
    ticketLoaded();
}

void PickupScreen::showEvent(QShowEvent *event)
{
    TicketScreen::showEvent(event);
    // Opened to find a phone: the search field takes the scan or the digits at once.
    if (!ticket())
        m_search->setFocus();
}

bool PickupScreen::find(const QString &text)
{
    const QString query = text.trimmed();
    m_matches->clear();
    if (query.isEmpty())
        return false;
    // Found: the phone's IMEI is what the clerk scans next.
    const auto open = [this](const QString &id) {
        const bool shown = showTicket(id);
        if (shown && m_imei->isEnabled())
            m_imei->setFocus();
        return shown;
    };
    auto byNumber = m_services.tickets.byNumber(query);
    if (byNumber && *byNumber)
        return open((*byNumber)->id);
    auto candidates = m_services.pickups.candidates(query);
    if (!candidates) {
        showError(candidates.error().message);
        return false;
    }
    if (candidates->isEmpty()) {
        showError(tr("No phone waiting for pickup found for \"%1\".").arg(query));
        return false;
    }
    for (const TicketSummary &s : *candidates) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3 %4 · %5")
                .arg(s.number, TicketLifecycle::label(s.status), s.brand, s.model, s.customerName),
            m_matches);
        item->setData(Qt::UserRole, s.id);
    }
    if (candidates->size() == 1)
        return open(candidates->constFirst().id);
    m_matches->setCurrentRow(0);
    showInfo(tr("%n tickets found: pick one.", nullptr, int(candidates->size())));
    return false;
}

void PickupScreen::ticketLoaded()
{
    const auto t = ticket();
    m_imei->clear();
    m_missingNote->clear();
    m_keepDeposit->clear();
    m_waiveFee->clear();
    m_fee->clear();
    m_feeDue = false;
    m_amount->clear();
    m_reference->clear();
    m_warrantyEnd->clear();
    qDeleteAll(m_accessories);
    m_accessories.clear();
    m_releasable = false;
    m_unrepaired = false;
    if (!t || t->id != m_releasedTicketId)
        m_releasedTicketId.clear();
    if (!t) {
        m_target->clear();
        m_payable->clear();
        m_paid->clear();
        m_due->clear();
        refreshImei();
        return;
    }
    QString why;
    auto target = m_services.pickups.releaseTarget(t->id, &why);
    if (!target) {
        showError(target.error().message);
    } else if (!*target) {
        m_target->setText(why);
        m_target->setStyleSheet(QStringLiteral("color:#b3261e;"));
    } else {
        m_releasable = true;
        m_unrepaired = **target == TicketStatus::ReturnedUnrepaired;
        m_target->setStyleSheet({});
        m_target->setText(**target == TicketStatus::PickedUp
                              ? tr("Repaired: the phone goes back to the customer.")
                              : tr("Not repaired: the phone goes back as it came."));
        if (**target == TicketStatus::PickedUp) {
            auto end = m_services.pickups.repairWarrantyEnd(m_services.clock.today());
            if (end)
                m_warrantyEnd->setText(tr("Repair warranty until %1 (picked up today).")
                                           .arg(end->toString(Qt::ISODate)));
        }
    }
    if (t->status == TicketStatus::PickedUp && t->pickedUpAt.isValid()) {
        auto end = m_services.pickups.repairWarrantyEnd(t->pickedUpAt.toLocalTime().date());
        if (end)
            m_warrantyEnd->setText(tr("Repair warranty until %1.").arg(end->toString(Qt::ISODate)));
    }

    int index = 0;
    for (const QString &key : t->accessories) {
        auto *box = new QCheckBox(Labels::accessory(key), m_accessoriesBox);
        box->setObjectName(QStringLiteral("accessory_%1").arg(key));
        m_accessoriesLayout->insertWidget(index++, box);
        m_accessories.insert(key, box);
    }
    m_missingNote->setVisible(!t->accessories.isEmpty());
    if (t->accessories.isEmpty())
        m_accessoriesBox->setTitle(tr("Accessories received at intake: none"));
    else
        m_accessoriesBox->setTitle(tr("Accessories received at intake"));

    auto balance = m_services.payments.balance(t->id);
    if (balance) {
        m_payable->setText(balance->payable.toDecimalString());
        m_paid->setText(balance->paid.toDecimalString());
        m_due->setText(balance->due.toDecimalString());
        m_fee->setText(DiagnosisFee::describe(balance->diagnosisFee));
        // Due now, or owed if the phone goes back unrepaired.
        const DiagnosisFeeStatus fee = balance->diagnosisFee.status;
        m_feeDue = balance->diagnosisFee.due.minor > 0
                   || (m_unrepaired && fee == DiagnosisFeeStatus::Pending);
        if (balance->due.minor > 0 && m_releasable)
            m_amount->setText(balance->due.toDecimalString());
    } else {
        showError(balance.error().message);
    }
    refreshImei();
}

void PickupScreen::sessionChanged()
{
    refreshEnabled();
}

void PickupScreen::refreshImei()
{
    m_imeiOk = false;
    const auto t = ticket();
    const QString scanned = m_imei->text().trimmed();
    if (!t || scanned.isEmpty()) {
        m_imeiState->setText(t ? tr("Scan the phone's IMEI before it goes back.") : QString());
        m_imeiState->setStyleSheet({});
        refreshEnabled();
        return;
    }
    auto device = m_services.devices.byId(t->deviceId);
    if (device && *device
        && PickupRepository::imeiMatches(scanned, (*device)->imei1, (*device)->imei2)) {
        m_imeiOk = true;
        m_imeiState->setText(tr("✔ This is the phone of ticket %1.").arg(t->number));
        m_imeiState->setStyleSheet(QStringLiteral("color:#1e6b35; font-weight:bold;"));
    } else {
        m_imeiState->setText(tr("✘ Not the phone of ticket %1 (IMEI %2): do not hand it back.")
                                 .arg(t->number, device && *device ? (*device)->imei1 : QString()));
        m_imeiState->setStyleSheet(QStringLiteral("color:#b3261e; font-weight:bold;"));
    }
    refreshEnabled();
}

void PickupScreen::refreshEnabled()
{
    const bool may = m_session.can(Permission::Pickup);
    const bool open = ticket().has_value() && m_releasable;
    m_release->setEnabled(may && open && m_imeiOk && !saving());
    m_amount->setEnabled(open && m_session.can(Permission::Payment));
    m_method->setEnabled(open && m_session.can(Permission::Payment));
    m_reference->setEnabled(open && m_session.can(Permission::Payment));
    m_keepDeposit->setEnabled(open && m_unrepaired);
    m_waiveFee->setEnabled(open && m_feeDue && m_session.can(Permission::OverrideVerdict));
    m_print->setEnabled(!m_releasedTicketId.isEmpty());
    m_imei->setEnabled(open);
}

bool PickupScreen::release()
{
    const auto t = ticket();
    if (!t)
        return false;
    PickupRequest request;
    request.ticketId = t->id;
    request.scannedImei = m_imei->text();
    for (auto it = m_accessories.constBegin(); it != m_accessories.constEnd(); ++it) {
        if (it.value()->isChecked())
            request.accessoriesReturned << it.key();
    }
    request.missingAccessoriesNote = m_missingNote->text();
    const QString amountText = m_amount->text().trimmed();
    if (!amountText.isEmpty()) {
        Payment p;
        p.kind = QStringLiteral("payment");
        p.method = m_method->currentData().toString();
        p.reference = m_reference->text();
        if (!Money::parseDecimal(amountText, &p.amount.minor)) {
            showError(tr("Type the amount paid, e.g. 300 or 300.00."));
            return false;
        }
        if (p.amount.minor > 0)
            request.payment = p;
    }
    if (m_unrepaired) {
        request.deposit.keepReason = m_keepDeposit->text().trimmed();
        request.deposit.method = m_method->currentData().toString();
    }
    if (!m_waiveFee->text().trimmed().isEmpty())
        request.deposit.waiveDiagnosisFee = m_waiveFee->text().trimmed();
    // A busy store is waited out from the event loop (BusyStoreRetry), the form as typed.
    const QString userId = m_session.userId();
    const QString ticketId = t->id;
    const QString ticketNumber = t->number;
    return storeWait()->run<PickupResult>(
        [this, userId, request] { return m_services.workflows.tickets.handBack(userId, request); },
        [this, ticketId, ticketNumber](const Result<PickupResult> &released) {
            return handedBack(released, ticketId, ticketNumber);
        });
}

bool PickupScreen::handedBack(const Result<PickupResult> &released, const QString &ticketId,
                              const QString &ticketNumber)
{
    if (!released) {
        showError(released.error().message);
        return false;
    }
    m_releasedTicketId = ticketId;
    m_releasedTicketNumber = ticketNumber;
    QString info = released->ticket.status == TicketStatus::PickedUp
                       ? tr("Handed back. Repair warranty until %1.")
                             .arg(released->repairWarrantyEnd.toString(Qt::ISODate))
                       : tr("Handed back unrepaired.");
    if (released->deposit.returned.minor > 0)
        info += QLatin1Char(' ')
                + tr("Advance payment of %1 given back.")
                      .arg(released->deposit.returned.toDecimalString());
    else if (released->deposit.kept.minor > 0)
        info += QLatin1Char(' ')
                + tr("Advance payment of %1 kept.").arg(released->deposit.kept.toDecimalString());
    changed(info);
    m_print->setEnabled(true);
    return true;
}

} // namespace rc::ui
