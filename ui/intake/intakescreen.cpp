#include "intakescreen.h"

#include "common/clock.h"
#include "customerpicker.h"
#include "devicepanel.h"
#include "draftkeeper.h"
#include "identifiers/tacdatabase.h"
#include "print/paper.h"
#include "print/papermenu.h"
#include "print/printactions.h"
#include "print/ticketpaper.h"
#include "services.h"
#include "session.h"
#include "store/customerrepository.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"
#include "sync/syncservice.h"
#include "tickets/faultcodes.h"
#include "warranty/warrantyengine.h"
#include "widgets/busystore.h"
#include "widgets/enteradvances.h"
#include "widgets/imeiedit.h"
#include "widgets/labels.h"
#include "widgets/verdictpanel.h"
#include "workflow/records.h"
#include "workflow/workflows.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString coloured(const QString &text, const char *colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(QLatin1String(colour), text.toHtmlEscaped());
}

} // namespace

IntakeScreen::IntakeScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("intakeScreen"));
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    auto *outer = new QHBoxLayout;

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    form->setObjectName(QStringLiteral("intakeForm"));
    m_form = form;
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    // The phone (IMEI, brand and model, history) and the customer: panels of their own.
    m_device = new DevicePanel(m_services, this);
    m_customer = new CustomerPicker(m_services, this);
    connect(m_device, &DevicePanel::edited, this, &IntakeScreen::refreshSaveState);
    connect(m_device, &DevicePanel::lookedUp, this, &IntakeScreen::refreshWarranty);
    connect(m_device, &DevicePanel::imeiCommitted, this,
            [this] { m_customer->phoneEdit()->setFocus(); });
    connect(m_customer, &CustomerPicker::edited, this, &IntakeScreen::refreshSaveState);
    grid->addWidget(m_device, 0, 0);
    grid->addWidget(m_customer, 0, 1);
    grid->addWidget(buildFaultBox(), 1, 0);
    grid->addWidget(buildEvidenceBox(), 1, 1);
    grid->addWidget(buildConditionBox(), 2, 0);
    grid->addWidget(buildPrivacyBox(), 2, 1);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(form);
    outer->addWidget(scroll, 3);

    auto *side = new QVBoxLayout;
    side->addWidget(buildWarrantyPanel(), 1);
    m_saveHint = messageLabel(this, QStringLiteral("saveHint"));
    side->addWidget(m_saveHint);
    auto *buttons = new QHBoxLayout;
    // Save first (the field after the last one, Tab or Enter), Clear after it.
    m_save = new QPushButton(tr("Save ticket"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setMinimumHeight(36);
    const QKeySequence saveKey(QKeySequence::Save);
    m_save->setToolTip(tr("Save the ticket (%1)").arg(saveKey.toString(QKeySequence::NativeText)));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    buttons->addWidget(m_save, 1);
    buttons->addWidget(m_clear);
    side->addLayout(buttons);
    m_savedLabel = messageLabel(this, QStringLiteral("savedLabel"));
    side->addWidget(m_savedLabel);
    m_storeWait = new BusyStoreRetry(m_services.workflows, m_savedLabel, this);
    m_storeWait->setButtons({m_save, m_clear});
    side->addWidget(m_storeWait->cancelButton());
    connect(m_storeWait, &BusyStoreRetry::pendingChanged, this, [this](bool pending) {
        if (!pending)
            refreshSaveState();
    });
    // Two rows: the papers, then the ticket (one row cuts the buttons' words in a narrow panel).
    auto *after = new QGridLayout;
    m_printReceipt = new QPushButton(tr("Intake receipt…"), this);
    m_printReceipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_printLabel = new QPushButton(tr("Device label…"), this);
    m_printLabel->setObjectName(QStringLiteral("printLabelButton"));
    m_openTicket = new QPushButton(tr("Open ticket"), this);
    m_openTicket->setObjectName(QStringLiteral("openTicketButton"));
    after->addWidget(m_printReceipt, 0, 0);
    after->addWidget(m_printLabel, 0, 1);
    after->addWidget(m_openTicket, 1, 0, 1, 2);
    side->addLayout(after);
    m_printReceipt->setVisible(false);
    m_printLabel->setVisible(false);
    m_openTicket->setVisible(false);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMinimumWidth(270);
    sideWidget->setMaximumWidth(420);
    outer->addWidget(sideWidget, 1);

    // The user's unsaved intake, kept in the store and offered back (DraftKeeper).
    m_drafts = new DraftKeeper(m_services, m_session,
                               {[this] { return draftForm(); },
                                [this](const QJsonObject &f) { restoreForm(f); },
                                [this] { clearFields(); },
                                [this](const QJsonObject &f) {
                                    return describeDraft(f);
                                }},
                               this);
    root->addWidget(m_drafts->offerBar());
    root->addLayout(outer, 1);

    connect(m_save, &QPushButton::clicked, this, &IntakeScreen::save);
    connect(m_clear, &QPushButton::clicked, this, &IntakeScreen::clear);
    // The intake receipt of the ticket just saved: preview, print or PDF, through the
    // printing helper (printers and formats from Settings).
    m_print = new print::PrintActions(this, print::PrintSettings(), this);
    m_receiptMenu = print::PaperMenu::attach(
        m_printReceipt, m_print, [this] { return receipt(); }, QStringLiteral("receipt"));
    // The label stuck on the phone (number and barcode), printed again when it comes off.
    m_labelMenu = print::PaperMenu::attach(
        m_printLabel, m_print,
        [this] {
            return print::ticketPaper(*m_print, m_services.records, m_services.clock,
                                      m_lastTicketNumber, print::PaperKind::Label);
        },
        QStringLiteral("label"));
    connect(m_labelMenu, &print::PaperMenu::failed, this, &IntakeScreen::receiptFailed);
    connect(m_openTicket, &QPushButton::clicked, this,
            [this] { emit openTicketRequested(m_lastTicketId); });

    // Lists as wide as the column gives them, not as their longest entry: the form fits
    // beside the warranty panel without a sideways scroll bar.
    for (auto *combo : m_form->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    // The keyboard path: Enter moves on like Tab (not in the fault's text), Ctrl+S saves.
    EnterAdvances::install(m_form);
    auto *saveShortcut = new QShortcut(saveKey, this);
    saveShortcut->setObjectName(QStringLiteral("saveShortcut"));
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
        else
            m_saveHint->setFocus();
    });

    // Every change of a field is the user's work: kept as their draft.
    for (auto *edit : m_form->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, m_drafts, &DraftKeeper::edited);
    for (auto *edit : m_form->findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, m_drafts, &DraftKeeper::edited);
    for (auto *combo : m_form->findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, m_drafts, &DraftKeeper::edited);
    for (auto *check : m_form->findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, m_drafts, &DraftKeeper::edited);
    connect(m_drafts, &DraftKeeper::offerChanged, this, [this](bool pending) {
        m_form->setEnabled(!pending);
        m_clear->setEnabled(!pending);
        refreshSaveState();
        if (!pending)
            m_device->imeiEdit()->setFocus();
    });
    connect(m_drafts, &DraftKeeper::failed, this, [this](const QString &message) {
        m_savedLabel->setText(coloured(message, "#b3261e"));
    });
    // Who may save changes with the user: the hint follows at once, not at the next key.
    // The last saved ticket's papers belong to whoever saved it.
    m_userId = m_session.userId();
    connect(&m_session, &Session::changed, this, [this] {
        if (m_session.userId() != m_userId) {
            m_userId = m_session.userId();
            m_lastTicketId.clear();
            m_lastTicketNumber.clear();
            m_savedLabel->clear();
            m_printReceipt->setVisible(false);
            m_printLabel->setVisible(false);
            m_openTicket->setVisible(false);
        }
        refreshSaveState();
    });

    clearFields();
    m_drafts->start();
}

IntakeScreen::~IntakeScreen()
{
    // The window closes or is rebuilt in another language: what was typed last is kept.
    m_drafts->flush();
}

bool IntakeScreen::isDraftOffered() const
{
    return m_drafts->offerPending();
}

QWidget *IntakeScreen::buildFaultBox()
{
    auto *box = new QGroupBox(tr("Fault"), this);
    box->setObjectName(QStringLiteral("faultBox"));
    auto *form = new QFormLayout(box);
    m_fault = new QPlainTextEdit(box);
    m_fault->setObjectName(QStringLiteral("faultEdit"));
    m_fault->setPlaceholderText(tr("The fault in the customer's words"));
    m_fault->setTabChangesFocus(true);
    m_fault->setFixedHeight(70);
    form->addRow(tr("Described:"), m_fault);

    m_faultCategory = new QComboBox(box);
    m_faultCategory->setObjectName(QStringLiteral("faultCategoryCombo"));
    for (const char *fault : {"performance", "cosmetic", "software"})
        m_faultCategory->addItem(Labels::fault(QLatin1String(fault)), QLatin1String(fault));
    form->addRow(tr("Category:"), m_faultCategory);

    m_component = new QComboBox(box);
    m_component->setObjectName(QStringLiteral("componentCombo"));
    for (const QString &component : Labels::componentNames())
        m_component->addItem(Labels::component(component), component);
    form->addRow(tr("Part:"), m_component);

    m_faultCode = new QComboBox(box);
    m_faultCode->setObjectName(QStringLiteral("faultCodeCombo"));
    form->addRow(tr("Fault code:"), m_faultCode);

    connect(m_fault, &QPlainTextEdit::textChanged, this, &IntakeScreen::refreshSaveState);
    // The fault codes of the 性能故障表 for the chosen part; a code makes it a performance
    // fault.
    const auto fillFaultCodes = [this] {
        const QSignalBlocker blocker(m_faultCode);
        m_faultCode->clear();
        m_faultCode->addItem(tr("(not chosen)"), QString());
        for (const QString &code : FaultCodes::forComponent(m_component->currentData().toString()))
            m_faultCode->addItem(FaultCodes::label(code), code);
    };
    fillFaultCodes();
    connect(m_faultCode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_faultCode->currentData().toString().isEmpty())
            m_faultCategory->setCurrentIndex(
                m_faultCategory->findData(QStringLiteral("performance")));
    });
    connect(m_faultCategory, &QComboBox::currentIndexChanged, this, &IntakeScreen::refreshWarranty);
    connect(m_component, &QComboBox::currentIndexChanged, this, [this, fillFaultCodes] {
        fillFaultCodes();
        refreshWarranty();
    });
    return box;
}

QWidget *IntakeScreen::buildConditionBox()
{
    auto *box = new QGroupBox(tr("Condition and accessories received"), this);
    box->setObjectName(QStringLiteral("conditionBox"));
    auto *layout = new QVBoxLayout(box);
    auto *conditionGrid = new QGridLayout;
    int i = 0;
    for (const QString &key : Labels::conditionKeys()) {
        auto *check = new QCheckBox(Labels::condition(key), box);
        check->setObjectName(QStringLiteral("condition_%1").arg(key));
        conditionGrid->addWidget(check, i / 2, i % 2);
        m_condition.insert(key, check);
        connect(check, &QCheckBox::toggled, this, &IntakeScreen::refreshWarranty);
        ++i;
    }
    layout->addLayout(conditionGrid);
    m_conditionNote = new QLineEdit(box);
    m_conditionNote->setObjectName(QStringLiteral("conditionNoteEdit"));
    m_conditionNote->setPlaceholderText(tr("Other marks, where"));
    layout->addWidget(m_conditionNote);

    auto *accessoriesLabel = new QLabel(tr("Accessories received:"), box);
    layout->addWidget(accessoriesLabel);
    auto *accessoryGrid = new QGridLayout;
    i = 0;
    for (const QString &key : Labels::accessoryKeys()) {
        auto *check = new QCheckBox(Labels::accessory(key), box);
        check->setObjectName(QStringLiteral("accessory_%1").arg(key));
        accessoryGrid->addWidget(check, i / 3, i % 3);
        m_accessories.insert(key, check);
        ++i;
    }
    layout->addLayout(accessoryGrid);
    return box;
}

QWidget *IntakeScreen::buildEvidenceBox()
{
    // Every piece starts unanswered: an untouched section grants nothing, and the warranty
    // panel says what is missing (IntakeEvidence).
    auto *box = new QGroupBox(tr("Warranty evidence"), this);
    box->setObjectName(QStringLiteral("evidenceBox"));
    auto *form = new QFormLayout(box);
    m_saleDate = new QLineEdit(box);
    m_saleDate->setObjectName(QStringLiteral("saleDateEdit"));
    m_saleDate->setPlaceholderText(tr("YYYY-MM-DD, from the invoice or card"));
    m_saleDate->setClearButtonEnabled(true);
    form->addRow(tr("Sale date:"), m_saleDate);

    m_proof = new QComboBox(box);
    m_proof->setObjectName(QStringLiteral("proofCombo"));
    m_proof->addItem(tr("(none shown)"), QString());
    m_proof->addItem(tr("Invoice (发票)"), QStringLiteral("invoice"));
    m_proof->addItem(tr("Invoice copy"), QStringLiteral("invoice_copy"));
    m_proof->addItem(tr("Warranty card (三包凭证)"), QStringLiteral("warranty_card"));
    form->addRow(tr("Proof:"), m_proof);

    m_imeiMatches = new QComboBox(box);
    m_imeiMatches->setObjectName(QStringLiteral("imeiMatchesCombo"));
    m_imeiMatches->addItem(tr("(not checked)"), QString());
    m_imeiMatches->addItem(tr("Matches the phone"), QStringLiteral("yes"));
    m_imeiMatches->addItem(tr("Does not match"), QStringLiteral("no"));
    form->addRow(tr("IMEI on the papers:"), m_imeiMatches);

    m_factoryDate = new QLineEdit(box);
    m_factoryDate->setObjectName(QStringLiteral("factoryDateEdit"));
    m_factoryDate->setPlaceholderText(tr("YYYY-MM-DD, if known"));
    m_factoryDate->setClearButtonEnabled(true);
    form->addRow(tr("Factory date:"), m_factoryDate);

    m_evidenceMessage = messageLabel(box, QStringLiteral("evidenceMessage"));
    form->addRow(m_evidenceMessage);

    connect(m_saleDate, &QLineEdit::textChanged, this, &IntakeScreen::refreshWarranty);
    connect(m_factoryDate, &QLineEdit::textChanged, this, &IntakeScreen::refreshWarranty);
    connect(m_proof, &QComboBox::currentIndexChanged, this, &IntakeScreen::refreshWarranty);
    connect(m_imeiMatches, &QComboBox::currentIndexChanged, this, &IntakeScreen::refreshWarranty);
    return box;
}

// A date field: empty is "not given"; anything else must be a date, and not after today.
QDate IntakeScreen::typedDate(const QLineEdit *edit, QString *problem) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const QDate date = warranty::IntakeEvidence::parseDate(text);
    if (!date.isValid()) {
        if (problem)
            *problem = tr("\"%1\" is not a date such as 2026-11-20.").arg(text);
        return {};
    }
    if (date > m_services.clock.today()) {
        if (problem)
            *problem = tr("%1 is after today.").arg(date.toString(Qt::ISODate));
        return {};
    }
    return date;
}

warranty::IntakeEvidence IntakeScreen::evidence() const
{
    warranty::IntakeEvidence e;
    e.saleDate = typedDate(m_saleDate);
    e.proof = warranty::saleDateSourceFromName(m_proof->currentData().toString());
    const QString imei = m_imeiMatches->currentData().toString();
    if (!imei.isEmpty())
        e.imeiMatches = imei == QLatin1String("yes");
    e.factoryDate = typedDate(m_factoryDate);
    return e;
}

QWidget *IntakeScreen::buildPrivacyBox()
{
    auto *box = new QGroupBox(tr("Data and passcode"), this);
    box->setObjectName(QStringLiteral("privacyBox"));
    auto *layout = new QVBoxLayout(box);
    auto *risk = new QLabel(tr("A repair may erase the phone's data. Tell the customer, and "
                               "ask them to back up first."),
                            box);
    risk->setObjectName(QStringLiteral("backupRiskLabel"));
    risk->setWordWrap(true);
    layout->addWidget(risk);
    m_backupConsent = new QCheckBox(tr("Customer told; backed up or accepts the risk"), box);
    m_backupConsent->setObjectName(QStringLiteral("backupConsentCheck"));
    layout->addWidget(m_backupConsent);
    auto *form = new QFormLayout;
    m_passcode = new QComboBox(box);
    m_passcode->setObjectName(QStringLiteral("passcodeCombo"));
    for (PasscodeHandling handling :
         {PasscodeHandling::NoLock, PasscodeHandling::RemovedByCustomer,
          PasscodeHandling::CustomerWillUnlock, PasscodeHandling::NotNeeded})
        m_passcode->addItem(Labels::passcode(handling), passcodeHandlingId(handling));
    form->addRow(tr("Screen lock:"), m_passcode);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Never write the passcode down: it is not stored."), box);
    note->setObjectName(QStringLiteral("passcodeNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color:#5f6b7a;"));
    layout->addWidget(note);
    connect(m_backupConsent, &QCheckBox::toggled, this, &IntakeScreen::refreshSaveState);
    return box;
}

QWidget *IntakeScreen::buildWarrantyPanel()
{
    auto *box = new QGroupBox(tr("Warranty"), this);
    box->setObjectName(QStringLiteral("warrantyPanel"));
    auto *layout = new QVBoxLayout(box);
    m_verdictPanel = new VerdictPanel(QStringLiteral("warranty"), box);
    layout->addWidget(m_verdictPanel);
    m_historySource = new QLabel(box);
    m_historySource->setObjectName(QStringLiteral("historySourceLabel"));
    m_historySource->setWordWrap(true);
    m_historySource->setVisible(false);
    layout->addWidget(m_historySource);
    m_headOfficeClient = new sync::DeviceHistoryClient(this);
    connect(m_headOfficeClient, &sync::DeviceHistoryClient::finished, this,
            &IntakeScreen::headOfficeAnswered);
    connect(&m_services.workflows.changes, &workflow::Changes::settingsChanged, this,
            [this](const QStringList &keys) {
                if (sync::SyncService::concernsSync(keys))
                    m_headOfficeSettings.reset();
            });
    layout->addStretch(1);
    return box;
}

void IntakeScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshSaveState();
    if (m_drafts->offerPending())
        m_drafts->focusOffer();
    else if (m_device->imeiText().isEmpty())
        m_device->imeiEdit()->setFocus();
}

void IntakeScreen::clear()
{
    // Cleared on purpose: the kept draft goes too.
    m_drafts->discard();
}

void IntakeScreen::clearFields()
{
    m_device->clear();
    m_customer->clear();
    m_fault->clear();
    m_faultCategory->setCurrentIndex(0);
    m_faultCode->setCurrentIndex(0);
    m_component->setCurrentIndex(0);
    for (QCheckBox *check : std::as_const(m_condition))
        check->setChecked(false);
    m_conditionNote->clear();
    for (QCheckBox *check : std::as_const(m_accessories))
        check->setChecked(false);
    // Nothing in the warranty evidence is assumed: every piece starts unanswered.
    m_saleDate->clear();
    m_proof->setCurrentIndex(0);
    m_imeiMatches->setCurrentIndex(0);
    m_factoryDate->clear();
    m_backupConsent->setChecked(false);
    m_passcode->setCurrentIndex(0);
    m_verdict.reset();
    refreshWarranty();
    refreshSaveState();
    m_device->imeiEdit()->setFocus();
}

workflow::IntakeRequest IntakeScreen::intakeRequest() const
{
    workflow::IntakeRequest r;
    r.imei1 = m_device->imeiText();
    r.imei2 = m_device->imei2Text();
    r.brand = m_device->brand();
    r.model = m_device->model();
    r.customerId = m_customer->customerId();
    r.customerName = m_customer->nameText().trimmed();
    r.customerPhone = m_customer->phoneDigits();
    r.faultDescription = m_fault->toPlainText().trimmed();
    r.faultCategory = m_faultCategory->currentData().toString();
    r.component = m_component->currentData().toString();
    r.faultCode = m_faultCode->currentData().toString();
    for (const QString &key : Labels::conditionKeys()) {
        if (m_condition.value(key)->isChecked())
            r.conditionMarks << key;
    }
    r.conditionNote = m_conditionNote->text().trimmed();
    for (const QString &key : Labels::accessoryKeys()) {
        if (m_accessories.value(key)->isChecked())
            r.accessories << key;
    }
    r.evidence = evidence();
    r.backupConsent = m_backupConsent->isChecked();
    r.passcode = passcodeHandlingFromId(m_passcode->currentData().toString())
                     .value_or(PasscodeHandling::NoLock);
    // The kept draft is deleted with the ticket's commit: a saved intake is never offered again.
    r.draftUserId = m_session.userId();
    // Head office's answer for this phone; still on its way: saved with the store's history.
    const QString imei = workflow::IntakeDesk::historyImei(r.imei1);
    if (!imei.isEmpty() && imei == m_headOfficeImei) {
        if (m_headOfficePending) {
            r.headOffice.imei = imei;
            r.headOffice.outcome = sync::HqDeviceHistory::Outcome::Failed;
            r.headOffice.reasonCode = QStringLiteral("timeout");
            r.headOffice.reason = tr("Head office had not answered yet.");
        } else {
            r.headOffice = m_headOffice;
        }
    }
    return r;
}

void IntakeScreen::askHeadOffice()
{
    const QString imei = workflow::IntakeDesk::historyImei(m_device->imeiText());
    if (imei == m_headOfficeImei)
        return;
    m_headOfficeClient->cancel();
    m_headOfficeImei = imei;
    m_headOfficePending = false;
    m_headOffice = {};
    if (imei.isEmpty())
        return;
    if (!m_headOfficeSettings)
        m_headOfficeSettings = m_services.workflows.intake.headOfficeSettings();
    const Result<sync::SyncSettings> &settings = *m_headOfficeSettings;
    if (!settings) {
        m_headOffice.imei = imei;
        m_headOffice.outcome = sync::HqDeviceHistory::Outcome::Failed;
        m_headOffice.reasonCode = QStringLiteral("refused");
        m_headOffice.reason = settings.error().message;
        return;
    }
    if (auto skipped = sync::DeviceHistoryClient::notAsked(*settings, imei)) {
        m_headOffice = *skipped;
        return;
    }
    m_headOfficePending = true;
    m_headOfficeClient->ask(*settings, imei);
}

void IntakeScreen::headOfficeAnswered(const sync::HqDeviceHistory &history)
{
    if (history.imei != m_headOfficeImei)
        return;
    m_headOfficePending = false;
    m_headOffice = history;
    refreshWarranty();
}

void IntakeScreen::refreshWarranty()
{
    QStringList problems;
    for (const auto &[edit, what] :
         {std::pair {m_saleDate, tr("Sale date")}, std::pair {m_factoryDate, tr("Factory date")}}) {
        QString problem;
        typedDate(edit, &problem);
        if (!problem.isEmpty())
            problems << coloured(tr("%1: %2").arg(what, problem), "#b3261e");
    }
    m_evidenceMessage->setText(problems.join(QStringLiteral("<br>")));
    m_evidenceMessage->setVisible(!problems.isEmpty());

    // The case the desk will store: the form, the settings and the phone's whole history,
    // head office's too once it answered.
    askHeadOffice();
    if (!m_headOfficePending && m_headOffice.outcome == sync::HqDeviceHistory::Outcome::Answered)
        m_device->showHeadOfficeTickets(m_headOffice.imei, m_headOffice.tickets);
    const warranty::IntakeEvidence given = evidence();
    const auto assessed = m_services.workflows.intake.assess(intakeRequest());
    m_historySource->setVisible(!m_headOfficeImei.isEmpty());
    if (m_headOfficePending)
        m_historySource->setText(tr("History: this store — asking head office…"));
    else if (assessed)
        m_historySource->setText(assessed->historySource.summary());
    const Result<warranty::Verdict> result = assessed ? Result<warranty::Verdict>(assessed->verdict)
                                                      : Result<warranty::Verdict>(assessed.error());
    if (!result) {
        m_verdict.reset();
        m_verdictPanel->showProblem(result.error().message);
        refreshSaveState();
        return;
    }
    m_verdict = result.value(); // with EVIDENCE_MISSING when anything is unanswered
    m_verdictPanel->showVerdict(*m_verdict, !given.missing().isEmpty());
    refreshSaveState();
}

QStringList IntakeScreen::missing() const
{
    QStringList missing;
    if (!m_device->id1().isValid())
        missing << tr("a valid IMEI");
    if (!m_device->imei2Text().trimmed().isEmpty() && !m_device->id2().isValid())
        missing << tr("a valid second IMEI (or leave it empty)");
    if (m_customer->phoneDigits().size() < 5)
        missing << tr("the customer's phone");
    if (m_customer->nameText().trimmed().isEmpty())
        missing << tr("the customer's name");
    if (m_fault->toPlainText().trimmed().isEmpty())
        missing << tr("the fault as described");
    if (!m_backupConsent->isChecked())
        missing << tr("the data-backup consent");
    QString problem;
    typedDate(m_saleDate, &problem);
    if (!problem.isEmpty())
        missing << tr("a sale date such as 2026-11-20 (or leave it empty)");
    problem.clear();
    typedDate(m_factoryDate, &problem);
    if (!problem.isEmpty())
        missing << tr("a factory date such as 2026-11-20 (or leave it empty)");
    return missing;
}

void IntakeScreen::refreshSaveState()
{
    const QStringList what = missing();
    const bool allowed = m_session.can(Permission::Intake);
    const bool offered = m_drafts && m_drafts->offerPending();
    m_save->setEnabled(what.isEmpty() && allowed && !offered
                       && !(m_storeWait && m_storeWait->pending()));
    if (offered)
        m_saveHint->setText(tr("Restore or discard the unsaved intake first.").toHtmlEscaped());
    else if (!allowed)
        m_saveHint->setText(tr("Your role cannot register phones."));
    else if (what.isEmpty())
        m_saveHint->clear();
    else
        m_saveHint->setText(tr("Still needed: %1").arg(what.join(tr(", "))).toHtmlEscaped());
}

bool IntakeScreen::save()
{
    m_device->flushLookUp();
    refreshSaveState();
    if (!m_save->isEnabled())
        return false;

    // Customer, phone, ticket, case and verdict, and a corrected TAC: one transaction.
    // Another program's long write (an upgrade, a seed) is waited out from the event loop,
    // the form as typed (BusyStoreRetry; storeBusyPatienceMs shortens the 2-minute wait).
    const auto request = intakeRequest();
    const QString userId = m_session.userId();
    return m_storeWait->run<workflow::IntakeResult>(
        [this, request, userId] {
            return m_services.workflows.intake.registerPhone(userId, request);
        },
        [this](const Result<workflow::IntakeResult> &created) { return saved(created); });
}

bool IntakeScreen::saved(const Result<workflow::IntakeResult> &created)
{
    if (!created) {
        m_savedLabel->setText(coloured(created.error().message, "#b3261e"));
        return false;
    }
    const Ticket ticket = created->ticket;

    m_lastTicketId = ticket.id;
    m_lastTicketNumber = ticket.number;
    m_drafts->saved();
    m_savedLabel->setText(coloured(tr("Ticket %1 saved.").arg(ticket.number), "#1e7b34"));
    m_printReceipt->setVisible(true);
    m_printLabel->setVisible(true);
    m_openTicket->setVisible(true);
    emit ticketCreated(ticket.id, ticket.number);
    // Printed at once when Settings ask for it (print.auto_intake on this workstation).
    if (m_print->settings().autoPrintIntake()) {
        auto source = m_services.records.dossierByNumber(ticket.number);
        if (source) {
            auto printed = m_print->autoPrintIntake(
                print::paperFromTicket(source.value(), m_services.clock.nowUtc(), false),
                chineseUi() ? print::PaperLanguage::Chinese : print::PaperLanguage::English);
            if (!printed)
                emit receiptFailed(printed.error().message);
        }
    }
    return true;
}

Result<print::Paper> IntakeScreen::receipt()
{
    auto source = m_services.records.dossierByNumber(m_lastTicketNumber);
    if (!source) {
        m_savedLabel->setText(coloured(source.error().message, "#b3261e"));
        emit receiptFailed(source.error().message);
        return source.error();
    }
    auto paper = m_print->paperFor(
        print::paperFromTicket(source.value(), m_services.clock.nowUtc(), false),
        print::PaperKind::Intake,
        chineseUi() ? print::PaperLanguage::Chinese : print::PaperLanguage::English);
    if (!paper) {
        m_savedLabel->setText(coloured(paper.error().message, "#b3261e"));
        emit receiptFailed(paper.error().message);
    }
    return paper;
}

Status IntakeScreen::exportReceiptPdf(const QString &path)
{
    auto paper = receipt();
    if (!paper)
        return paper.error();
    return m_print->exportPdf(paper.value(), path);
}

} // namespace rc::ui
