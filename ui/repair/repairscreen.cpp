#include "repairscreen.h"

#include "widgets/busystore.h"

#include "services.h"
#include "store/pricelistrepository.h"
#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "tickets/repairchecks.h"
#include "widgets/labels.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

// The part's description as stored, beside the name shown.
constexpr int kStoredDescription = Qt::UserRole + 2;

} // namespace

const QStringList &RepairScreen::checkKeys()
{
    return RepairChecks::keys();
}

QString RepairScreen::checkLabel(const QString &key)
{
    if (key == QLatin1String("power"))
        return tr("Powers on and off");
    if (key == QLatin1String("display"))
        return tr("Display clear, no dead pixels");
    if (key == QLatin1String("touch"))
        return tr("Touch responds everywhere");
    if (key == QLatin1String("calls"))
        return tr("Calls both ways");
    if (key == QLatin1String("audio"))
        return tr("Speaker and microphone");
    if (key == QLatin1String("camera"))
        return tr("Cameras");
    if (key == QLatin1String("charging"))
        return tr("Charges");
    if (key == QLatin1String("network"))
        return tr("SIM, mobile data and Wi-Fi");
    return key;
}

RepairScreen::RepairScreen(Services &services, Session &session, QWidget *parent)
    : TicketScreen(services, session, parent)
{
    setObjectName(QStringLiteral("repairScreen"));
    auto *columns = new QHBoxLayout;

    auto *parts = new QGroupBox(tr("Parts used"), this);
    auto *partsLayout = new QVBoxLayout(parts);
    m_parts = new QTableWidget(0, 2, parts);
    m_parts->setObjectName(QStringLiteral("partsUsedTable"));
    m_parts->setHorizontalHeaderLabels({tr("Part"), tr("Qty")});
    m_parts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_parts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_parts->verticalHeader()->hide();
    m_parts->setSelectionBehavior(QAbstractItemView::SelectRows);
    partsLayout->addWidget(m_parts, 1);
    auto *pick = new QHBoxLayout;
    m_priceItems = new QComboBox(parts);
    m_priceItems->setObjectName(QStringLiteral("repairPriceItemCombo"));
    m_priceItems->setMinimumContentsLength(20);
    m_priceItems->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    pick->addWidget(m_priceItems, 1);
    m_quantity = new QSpinBox(parts);
    m_quantity->setObjectName(QStringLiteral("repairQuantitySpin"));
    m_quantity->setRange(1, 99);
    pick->addWidget(m_quantity);
    m_addPart = new QPushButton(tr("Add"), parts);
    m_addPart->setObjectName(QStringLiteral("addPartButton"));
    pick->addWidget(m_addPart);
    m_removePart = new QPushButton(tr("Remove"), parts);
    m_removePart->setObjectName(QStringLiteral("removePartButton"));
    pick->addWidget(m_removePart);
    partsLayout->addLayout(pick);
    columns->addWidget(parts, 1);

    auto *side = new QVBoxLayout;
    auto *checks = new QGroupBox(tr("Checks after the repair"), this);
    auto *checksGrid = new QGridLayout(checks);
    int i = 0;
    for (const QString &key : checkKeys()) {
        auto *box = new QCheckBox(checkLabel(key), checks);
        box->setObjectName(QStringLiteral("check_%1").arg(key));
        checksGrid->addWidget(box, i / 2, i % 2);
        m_checks.insert(key, box);
        ++i;
    }
    side->addWidget(checks);

    auto *result = new QGroupBox(tr("Result"), this);
    auto *resultForm = new QFormLayout(result);
    m_note = new QLineEdit(result);
    m_note->setObjectName(QStringLiteral("repairNoteEdit"));
    m_note->setPlaceholderText(tr("What was done, or which part is awaited"));
    resultForm->addRow(tr("Note:"), m_note);
    auto *buttons = new QGridLayout;
    m_start = new QPushButton(tr("Start repair"), result);
    m_start->setObjectName(QStringLiteral("startRepairButton"));
    m_waiting = new QPushButton(tr("Waiting for parts"), result);
    m_waiting->setObjectName(QStringLiteral("waitingPartsButton"));
    m_ready = new QPushButton(tr("Repaired: ready for pickup"), result);
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_ready->setStyleSheet(QStringLiteral("font-weight:bold;"));
    m_notFixed = new QPushButton(tr("Cannot be fixed"), result);
    m_notFixed->setObjectName(QStringLiteral("notFixedButton"));
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_waiting, 0, 1);
    buttons->addWidget(m_ready, 1, 0);
    buttons->addWidget(m_notFixed, 1, 1);
    storeWait()->setButtons({m_start, m_waiting, m_ready, m_notFixed});
    resultForm->addRow(buttons);
    side->addWidget(result);
    side->addStretch(1);
    columns->addLayout(side, 1);
    body()->addLayout(columns, 1);

    connect(m_addPart, &QPushButton::clicked, this, [this] {
        if (m_priceItems->currentIndex() >= 0)
            addPart(m_priceItems->currentData().toString(),
                    m_priceItems->currentData(Qt::UserRole + 1).toString(), m_quantity->value());
    });
    connect(m_removePart, &QPushButton::clicked, this, [this] {
        if (m_parts->currentRow() >= 0)
            m_parts->removeRow(m_parts->currentRow());
    });
    connect(m_start, &QPushButton::clicked, this, &RepairScreen::startRepair);
    connect(m_waiting, &QPushButton::clicked, this, &RepairScreen::waitForParts);
    connect(m_ready, &QPushButton::clicked, this, &RepairScreen::markReady);
    connect(m_notFixed, &QPushButton::clicked, this, &RepairScreen::markNotFixed);
    ticketLoaded();
}

void RepairScreen::addPart(const QString &priceItemId, const QString &description, int quantity)
{
    const int row = m_parts->rowCount();
    m_parts->insertRow(row);
    // Shown in the interface's language; the description as stored is kept beside it and
    // saved unless someone edits the name.
    const auto item = m_priceItemsById.constFind(priceItemId);
    const QString shown = Labels::lineDescription(
        description, item == m_priceItemsById.cend() ? nullptr : &item.value());
    auto *name = new QTableWidgetItem(shown);
    name->setData(Qt::UserRole, priceItemId);
    name->setData(kStoredDescription, description);
    m_parts->setItem(row, 0, name);
    m_parts->setItem(row, 1, new QTableWidgetItem(QString::number(quantity)));
}

void RepairScreen::ticketLoaded()
{
    const auto t = ticket();
    m_parts->setRowCount(0);
    m_note->clear();
    for (QCheckBox *box : std::as_const(m_checks))
        box->setChecked(false);
    m_priceItems->clear();
    m_priceItemsById.clear();
    auto prices = m_services.prices.list();
    if (prices) {
        for (const PriceItem &item : *prices) {
            m_priceItemsById.insert(item.id, item);
            if (item.kind != QuoteLineKind::Part || !item.active)
                continue;
            m_priceItems->addItem(
                QStringLiteral("%1 · %2").arg(item.code, Labels::priceItemName(item)), item.id);
            m_priceItems->setItemData(m_priceItems->count() - 1, item.name, Qt::UserRole + 1);
        }
    }
    if (t) {
        auto latest = m_services.repairs.latest(t->id);
        if (latest && *latest) {
            for (const RepairPart &part : (*latest)->parts)
                addPart(part.priceItemId, part.description, part.quantity);
            for (auto it = (*latest)->checks.constBegin(); it != (*latest)->checks.constEnd();
                 ++it) {
                if (QCheckBox *box = m_checks.value(it.key()))
                    box->setChecked(it.value().toBool());
            }
        } else if (t->approvedRevision > 0) {
            // Start from the parts the customer approved.
            auto lines = m_services.quotes.lines(t->id, t->approvedRevision);
            if (lines) {
                for (const QuoteLine &line : *lines) {
                    if (line.kind == QuoteLineKind::Part)
                        addPart(line.priceItemId, line.description, line.quantity);
                }
            }
        }
    }
    refreshEnabled();
}

void RepairScreen::sessionChanged()
{
    refreshEnabled();
}

void RepairScreen::refreshEnabled()
{
    const auto t = ticket();
    const bool may = t && m_session.can(Permission::Repair);
    const TicketStatus s = t ? t->status : TicketStatus::Received;
    const bool repairing = may && s == TicketStatus::Repairing && !saving();
    m_start->setEnabled(may && TicketLifecycle::isAllowed(s, TicketStatus::Repairing) && !saving());
    m_waiting->setEnabled(repairing);
    m_ready->setEnabled(repairing);
    m_notFixed->setEnabled(repairing);
    m_addPart->setEnabled(repairing);
    m_removePart->setEnabled(repairing);
    if (t && s == TicketStatus::Quoted)
        m_start->setToolTip(tr("The customer has not approved the current quote yet."));
    else
        m_start->setToolTip({});
}

bool RepairScreen::startRepair()
{
    const auto t = ticket();
    if (!t)
        return false;
    const QString userId = m_session.userId();
    const QString ticketId = t->id;
    const QString note = m_note->text().trimmed();
    return saveStep(
        [this, userId, ticketId, note] {
            return m_services.workflows.tickets.startRepair(userId, ticketId, note);
        },
        tr("Repair started."));
}

bool RepairScreen::saveStep(const std::function<Result<Ticket>()> &attempt, const QString &info)
{
    // A busy store is waited out from the event loop (BusyStoreRetry), the form as typed.
    return storeWait()->run<Ticket>(attempt, [this, info](const Result<Ticket> &saved) {
        if (!saved) {
            showError(saved.error().message);
            return false;
        }
        changed(info);
        return true;
    });
}

bool RepairScreen::recordRepair(const QString &result, std::optional<TicketStatus> moveTo,
                                const QString &info)
{
    const auto t = ticket();
    if (!t)
        return false;
    workflow::RepairInput input;
    input.note = m_note->text().trimmed();
    for (int row = 0; row < m_parts->rowCount(); ++row) {
        const QTableWidgetItem *name = m_parts->item(row, 0);
        const QTableWidgetItem *quantity = m_parts->item(row, 1);
        QString description;
        if (name) {
            const QString stored = name->data(kStoredDescription).toString();
            const auto item = m_priceItemsById.constFind(name->data(Qt::UserRole).toString());
            const QString shown = Labels::lineDescription(
                stored, item == m_priceItemsById.cend() ? nullptr : &item.value());
            description = name->text() == shown && !stored.isEmpty() ? stored : name->text();
        }
        input.parts.append(RepairPart {name ? name->data(Qt::UserRole).toString() : QString(),
                                       description, quantity ? quantity->text().toInt() : 0});
    }
    for (auto it = m_checks.constBegin(); it != m_checks.constEnd(); ++it)
        input.checks.insert(it.key(), it.value()->isChecked());
    // Ready only with every post-repair check (the workflow refuses otherwise).
    const QString userId = m_session.userId();
    const QString ticketId = t->id;
    if (moveTo == TicketStatus::Ready)
        return saveStep(
            [this, userId, ticketId, input] {
                return m_services.workflows.tickets.finishRepair(userId, ticketId, input);
            },
            info);
    if (result == QLatin1String("not_fixed"))
        return saveStep(
            [this, userId, ticketId, input] {
                return m_services.workflows.tickets.cannotFix(userId, ticketId, input);
            },
            info);
    showError(tr("Nothing to record."));
    return false;
}

bool RepairScreen::waitForParts()
{
    if (m_note->text().trimmed().isEmpty()) {
        showError(tr("Write which part is awaited (it goes into the timeline)."));
        return false;
    }
    const auto t = ticket();
    if (!t)
        return false;
    const QString userId = m_session.userId();
    const QString ticketId = t->id;
    const QString note = m_note->text().trimmed();
    return saveStep(
        [this, userId, ticketId, note] {
            return m_services.workflows.tickets.waitForParts(userId, ticketId, note);
        },
        tr("Waiting for parts."));
}

bool RepairScreen::markReady()
{
    QStringList failed;
    for (const QString &key : checkKeys()) {
        if (!m_checks.value(key)->isChecked())
            failed << checkLabel(key);
    }
    if (!failed.isEmpty()) {
        showError(tr("Not checked yet: %1. Tick every check the phone passed before it goes "
                     "back.")
                      .arg(failed.join(tr(", "))));
        return false;
    }
    return recordRepair(QStringLiteral("fixed"), TicketStatus::Ready,
                        tr("Ready for pickup: the customer can be called."));
}

bool RepairScreen::markNotFixed()
{
    if (m_note->text().trimmed().isEmpty()) {
        showError(tr("Write why it cannot be fixed (the customer is told)."));
        return false;
    }
    return recordRepair(QStringLiteral("not_fixed"), std::nullopt,
                        tr("Recorded as not fixable: the phone goes back unrepaired at pickup."));
}

} // namespace rc::ui
