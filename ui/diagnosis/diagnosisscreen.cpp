#include "diagnosisscreen.h"

#include "quote/quotelineseditor.h"
#include "services.h"
#include "store/diagnosisrepository.h"
#include "store/pricelistrepository.h"
#include "store/quoterepository.h"
#include "tickets/faultcodes.h"
#include "tickets/quotecoverage.h"
#include "warranty/warrantyengine.h"
#include "widgets/assigncontrol.h"
#include "widgets/busystore.h"
#include "widgets/verdictpanel.h"
#include "workflow/workflows.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rc::ui {

DiagnosisScreen::DiagnosisScreen(Services &services, Session &session,
                                 const warranty::WarrantyEngine &engine, QWidget *parent)
    : TicketScreen(services, session, parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("diagnosisScreen"));

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;

    auto *found = new QGroupBox(tr("What was found"), this);
    auto *foundForm = new QFormLayout(found);
    m_findings = new QPlainTextEdit(found);
    m_findings->setObjectName(QStringLiteral("findingsEdit"));
    m_findings->setPlaceholderText(tr("Tests done and what they showed"));
    m_findings->setTabChangesFocus(true);
    m_findings->setMaximumHeight(90);
    foundForm->addRow(tr("Findings:"), m_findings);
    m_cause = new QLineEdit(found);
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_cause->setPlaceholderText(tr("e.g. display connector corroded"));
    foundForm->addRow(tr("Cause:"), m_cause);
    left->addWidget(found);

    auto *codes = new QGroupBox(tr("Fault codes (performance faults)"), this);
    auto *codesLayout = new QVBoxLayout(codes);
    m_faultCodes = new QListWidget(codes);
    m_faultCodes->setObjectName(QStringLiteral("faultCodeList"));
    for (const FaultCode &code : FaultCodes::all()) {
        auto *item = new QListWidgetItem(FaultCodes::label(code.code), m_faultCodes);
        item->setData(Qt::UserRole, code.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    codesLayout->addWidget(m_faultCodes);
    left->addWidget(codes, 1);

    auto *damage = new QGroupBox(tr("Damage found"), this);
    auto *damageGrid = new QGridLayout(damage);
    int i = 0;
    for (const QString &word : FaultCodes::damageWords()) {
        auto *box = new QCheckBox(FaultCodes::damageLabel(word), damage);
        box->setObjectName(QStringLiteral("damage_%1").arg(word));
        damageGrid->addWidget(box, i / 2, i % 2);
        m_damage.insert(word, box);
        connect(box, &QCheckBox::toggled, this, &DiagnosisScreen::reevaluate);
        ++i;
    }
    left->addWidget(damage);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *warrantyBox = new QGroupBox(tr("Warranty"), this);
    auto *warrantyForm = new QFormLayout(warrantyBox);
    m_verdictBefore = new QLabel(warrantyBox);
    m_verdictBefore->setTextFormat(Qt::PlainText);
    m_verdictBefore->setObjectName(QStringLiteral("verdictBeforeLabel"));
    m_verdictBefore->setWordWrap(true);
    m_verdictBefore->setTextFormat(Qt::PlainText);
    warrantyForm->addRow(tr("At intake:"), m_verdictBefore);
    // Only when a diagnosis or an override changed it since.
    m_verdictNow = new QLabel(warrantyBox);
    m_verdictNow->setTextFormat(Qt::PlainText);
    m_verdictNow->setObjectName(QStringLiteral("verdictNowLabel"));
    m_verdictNow->setWordWrap(true);
    m_verdictNow->setTextFormat(Qt::PlainText);
    warrantyForm->addRow(tr("Until now:"), m_verdictNow);
    m_verdictAfter = new QLabel(warrantyBox);
    m_verdictAfter->setTextFormat(Qt::PlainText);
    m_verdictAfter->setObjectName(QStringLiteral("verdictAfterLabel"));
    m_verdictAfter->setWordWrap(true);
    m_verdictAfter->setTextFormat(Qt::PlainText);
    warrantyForm->addRow(tr("With what was found:"), m_verdictAfter);
    // The rest of that verdict (remedies, dates, warnings), as the intake form shows it.
    m_foundVerdict = new VerdictPanel(QStringLiteral("foundVerdict"), warrantyBox);
    m_foundVerdict->setSummaryShown(false);
    warrantyForm->addRow(m_foundVerdict);
    m_change = new QLabel(warrantyBox);
    m_change->setTextFormat(Qt::PlainText);
    m_change->setObjectName(QStringLiteral("verdictChangeLabel"));
    m_change->setWordWrap(true);
    m_change->setStyleSheet(QStringLiteral("background:#b3261e; color:white; font-weight:bold; "
                                           "padding:8px; border-radius:4px;"));
    m_change->hide();
    warrantyForm->addRow(m_change);
    right->addWidget(warrantyBox);

    auto *needed = new QGroupBox(tr("Parts and labour needed"), this);
    auto *neededLayout = new QVBoxLayout(needed);
    m_lines = new QuoteLinesEditor(needed);
    neededLayout->addWidget(m_lines);
    right->addWidget(needed, 1);

    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    auto *outcomeLayout = new QHBoxLayout(outcomeBox);
    m_repair = new QRadioButton(tr("Repair (send the quote)"), outcomeBox);
    m_repair->setObjectName(QStringLiteral("outcomeRepairRadio"));
    m_repair->setChecked(true);
    m_noFault = new QRadioButton(tr("No fault found"), outcomeBox);
    m_noFault->setObjectName(QStringLiteral("outcomeNoFaultRadio"));
    m_cannotRepair = new QRadioButton(tr("Cannot repair"), outcomeBox);
    m_cannotRepair->setObjectName(QStringLiteral("outcomeCannotRepairRadio"));
    auto *group = new QButtonGroup(outcomeBox);
    group->addButton(m_repair);
    group->addButton(m_noFault);
    group->addButton(m_cannotRepair);
    outcomeLayout->addWidget(m_repair);
    outcomeLayout->addWidget(m_noFault);
    outcomeLayout->addWidget(m_cannotRepair);
    outcomeLayout->addStretch(1);
    m_save = new QPushButton(tr("Save diagnosis"), outcomeBox);
    m_save->setObjectName(QStringLiteral("saveDiagnosisButton"));
    m_save->setDefault(true);
    outcomeLayout->addWidget(m_save);
    storeWait()->setButtons({m_save});
    right->addWidget(outcomeBox);
    columns->addLayout(right, 1);
    body()->addLayout(columns, 1);

    connect(m_faultCodes, &QListWidget::itemChanged, this, &DiagnosisScreen::reevaluate);
    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        reevaluate();
        refreshEnabled();
    });
    connect(m_save, &QPushButton::clicked, this, &DiagnosisScreen::save);
    addAssignControl();
    ticketLoaded();
}

// Above the form: who has the ticket; the technician takes it here before starting.
void DiagnosisScreen::addAssignControl()
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Technician:"), this);
    row->addWidget(label);
    m_assign = new AssignControl(m_services, m_session, this);
    label->setBuddy(m_assign);
    row->addWidget(m_assign, 1);
    body()->insertLayout(0, row);
}

bool DiagnosisScreen::coverageChanged() const
{
    const auto t = ticket();
    if (!t || t->warrantyVerdict.isEmpty() || m_newVerdict.isEmpty())
        return false;
    return t->warrantyVerdict.value(QStringLiteral("covered")).toBool()
           != m_newVerdict.value(QStringLiteral("covered")).toBool();
}

QString DiagnosisScreen::outcome() const
{
    if (m_noFault->isChecked())
        return QStringLiteral("no_fault_found");
    if (m_cannotRepair->isChecked())
        return QStringLiteral("cannot_repair");
    return QStringLiteral("repair");
}

QStringList DiagnosisScreen::checkedFaultCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_faultCodes->count(); ++row) {
        const QListWidgetItem *item = m_faultCodes->item(row);
        if (item->checkState() == Qt::Checked)
            codes << item->data(Qt::UserRole).toString();
    }
    return codes;
}

QStringList DiagnosisScreen::checkedDamage() const
{
    QStringList words;
    for (const QString &word : FaultCodes::damageWords()) {
        if (m_damage.value(word)->isChecked())
            words << word;
    }
    return words;
}

void DiagnosisScreen::ticketLoaded()
{
    const auto t = ticket();
    if (m_assign)
        m_assign->setTicket(t);
    const QSignalBlocker codesBlocker(m_faultCodes);
    m_findings->clear();
    m_cause->clear();
    for (int row = 0; row < m_faultCodes->count(); ++row)
        m_faultCodes->item(row)->setCheckState(Qt::Unchecked);
    for (QCheckBox *box : std::as_const(m_damage)) {
        const QSignalBlocker blocker(box);
        box->setChecked(false);
    }
    m_repair->setChecked(true);
    m_lines->setLines({});

    auto prices = m_services.prices.active();
    m_lines->setPriceList(prices ? *prices : QList<PriceItem> {});
    if (!prices)
        showError(prices.error().message);

    if (t) {
        // Damage the intake case already carries stays ticked (it was seen at the counter).
        const QJsonArray intakeDamage = t->warrantyCase.value(QStringLiteral("damage")).toArray();
        for (const QJsonValue &value : intakeDamage) {
            if (QCheckBox *box = m_damage.value(value.toString())) {
                const QSignalBlocker blocker(box);
                box->setChecked(true);
            }
        }
        auto previous = m_services.diagnoses.forTicket(t->id);
        if (previous && *previous) {
            const Diagnosis &d = **previous;
            m_findings->setPlainText(d.findings);
            m_cause->setText(d.cause);
            for (int row = 0; row < m_faultCodes->count(); ++row) {
                QListWidgetItem *item = m_faultCodes->item(row);
                if (d.faultCodes.contains(item->data(Qt::UserRole).toString()))
                    item->setCheckState(Qt::Checked);
            }
            for (const QString &word : d.damage) {
                if (QCheckBox *box = m_damage.value(word)) {
                    const QSignalBlocker blocker(box);
                    box->setChecked(true);
                }
            }
            if (d.outcome == QLatin1String("no_fault_found"))
                m_noFault->setChecked(true);
            else if (d.outcome == QLatin1String("cannot_repair"))
                m_cannotRepair->setChecked(true);
        }
        m_verdictBefore->setText(VerdictPanel::summary(t->intakeVerdict));
        m_verdictNow->setText(t->warrantyVerdict == t->intakeVerdict
                                  ? tr("Unchanged since intake.")
                                  : VerdictPanel::summary(t->warrantyVerdict));
    } else {
        m_verdictBefore->clear();
        m_verdictNow->clear();
    }
    reevaluate();
    refreshEnabled();
}

void DiagnosisScreen::sessionChanged()
{
    refreshEnabled();
}

void DiagnosisScreen::refreshEnabled()
{
    const auto t = ticket();
    const bool open
        = t && (t->status == TicketStatus::Received || t->status == TicketStatus::Diagnosing);
    const bool may = m_session.can(Permission::Diagnose);
    m_save->setEnabled(open && may && !saving());
    m_lines->setEditable(open && may && outcome() == QLatin1String("repair"));
    if (t && !open)
        m_save->setToolTip(
            tr("A diagnosis is recorded while the ticket is \"%1\" or \"%2\"; this one is \"%3\".")
                .arg(TicketLifecycle::label(TicketStatus::Received),
                     TicketLifecycle::label(TicketStatus::Diagnosing),
                     TicketLifecycle::label(t->status)));
    else
        m_save->setToolTip({});
}

void DiagnosisScreen::reevaluate()
{
    m_newCase = {};
    m_newVerdict = {};
    const auto t = ticket();
    // The lines follow the verdict: the engine's answer for what is on the form, else the one
    // stored on the ticket. Damage ticked after the lines were added turns covered lines
    // payable, and the totals follow (QuoteCoverage).
    m_lines->setVerdictCovers(evaluate(t));
    if (coverageChanged()) {
        const bool covered = QuoteCoverage::verdictCovers(m_newVerdict);
        m_change->setText(covered ? tr("The warranty position changed: NOT COVERED until now, "
                                       "now COVERED. Tell the customer.")
                                  : tr("The warranty position changed: COVERED until now, now NOT "
                                       "COVERED, the customer pays. Tell the customer before the "
                                       "quote."));
        m_change->show();
    } else {
        m_change->hide();
    }
}

bool DiagnosisScreen::evaluate(const std::optional<Ticket> &t)
{
    m_foundVerdict->clear();
    if (!t) {
        m_verdictAfter->clear();
        return false;
    }
    const bool stored = QuoteCoverage::verdictCovers(t->warrantyVerdict);
    if (t->warrantyCase.isEmpty()) {
        m_verdictAfter->setText(tr("No warranty case was stored at intake: nothing to evaluate "
                                   "again."));
        return stored;
    }
    // What the diagnosis will store: the intake case evaluated again with what was found.
    workflow::DiagnosisInput input;
    input.faultCodes = checkedFaultCodes();
    input.damage = checkedDamage();
    input.outcome = outcome();
    auto reassessed = m_services.workflows.tickets.reassess(t->id, input);
    if (!reassessed) {
        m_verdictAfter->setText(reassessed.error().message);
        return stored;
    }
    const QJsonObject caseJson = reassessed->warrantyCase;
    auto verdict = warranty::Verdict::fromJson(reassessed->verdict);
    if (!verdict) {
        m_verdictAfter->setText(verdict.error().message);
        return stored;
    }
    m_newCase = caseJson;
    m_newVerdict = verdict->toJson();
    m_verdictAfter->setText(VerdictPanel::summary(m_newVerdict));
    m_foundVerdict->showVerdict(*verdict, false);
    return verdict->covered;
}

bool DiagnosisScreen::save()
{
    const auto t = ticket();
    if (!t) {
        showError(tr("Open a ticket first."));
        return false;
    }
    if (!m_session.can(Permission::Diagnose)) {
        showError(tr("Your role may not record a diagnosis."));
        return false;
    }
    const QString result = outcome();
    const QList<QuoteLine> needed = m_lines->lines();
    if (result == QLatin1String("repair") && needed.isEmpty()) {
        showError(tr("Add the parts and labour needed: they become the quote."));
        return false;
    }
    workflow::DiagnosisInput input;
    input.findings = m_findings->toPlainText().trimmed();
    input.cause = m_cause->text().trimmed();
    input.faultCodes = checkedFaultCodes();
    input.damage = checkedDamage();
    input.outcome = result;
    input.lines = needed; // the quote, in the same transaction, when the phone is repaired
    const bool changedCoverage = coverageChanged();
    // A busy store is waited out from the event loop (BusyStoreRetry), the form as typed.
    const QString userId = m_session.userId();
    const QString ticketId = t->id;
    return storeWait()->run<workflow::DiagnosisResult>(
        [this, userId, ticketId, input] {
            return m_services.workflows.tickets.diagnose(userId, ticketId, input);
        },
        [this, result, changedCoverage](const Result<workflow::DiagnosisResult> &recorded) {
            return diagnosed(recorded, result, changedCoverage);
        });
}

bool DiagnosisScreen::diagnosed(const Result<workflow::DiagnosisResult> &recorded,
                                const QString &result, bool changedCoverage)
{
    if (!recorded) {
        showError(recorded.error().message);
        return false;
    }
    QString info = tr("Diagnosis saved.");
    if (result == QLatin1String("repair"))
        info = tr("Diagnosis saved; quote revision %1 waits for the customer's answer.")
                   .arg(recorded->ticket.quoteRevision);
    else
        info = tr("Diagnosis saved: the phone goes back unrepaired at pickup.");
    if (changedCoverage)
        info += QLatin1Char(' ') + tr("The warranty position changed: tell the customer.");
    changed(info);
    return true;
}

} // namespace rc::ui
