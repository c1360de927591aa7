#include "ticketview.h"

#include "print/papermenu.h"
#include "print/printactions.h"
#include "services.h"
#include "store/customerrepository.h"
#include "store/ticketrepository.h"
#include "tickets/ticketsteps.h"
#include "widgets/labels.h"
#include "workflow/workflows.h"
#include <QJsonArray>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Take the width the form offers: a word-wrapped label otherwise wraps at its minimum.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(260);
    return label;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString eventText(const TicketEvent &event)
{
    QString what;
    if (event.kind == QLatin1String("created"))
        what = TicketView::tr("Registered");
    else if (event.kind == QLatin1String("transition") && event.toStatus)
        what = TicketView::tr("Status: %1 → %2")
                   .arg(event.fromStatus ? TicketLifecycle::label(*event.fromStatus) : QString(),
                        TicketLifecycle::label(*event.toStatus));
    else if (event.kind == QLatin1String("note"))
        what = TicketView::tr("Note");
    else if (event.kind == QLatin1String("diagnosis"))
        what = TicketView::tr("Diagnosis");
    else if (event.kind == QLatin1String("quote"))
        what = TicketView::tr("Quote");
    else if (event.kind == QLatin1String("approval"))
        what = TicketView::tr("Customer's answer");
    else if (event.kind == QLatin1String("payment"))
        what = TicketView::tr("Payment");
    else if (event.kind == QLatin1String("warranty"))
        what = TicketView::tr("Warranty re-evaluated");
    else if (event.kind == QLatin1String("override"))
        what = TicketView::tr("Warranty verdict overridden");
    else
        what = TicketView::tr("Changed");
    return what;
}

// The stored verdict (the verdict JSON of docs/warranty.md) as the clerk reads it, in the
// interface language: the verdict, the end date, each reason with its rule ID.
QString verdictHtml(const QJsonObject &verdict)
{
    if (verdict.isEmpty())
        return TicketView::tr("Not evaluated").toHtmlEscaped();
    const bool zh = QLocale().language() == QLocale::Chinese;
    QStringList lines;
    const bool covered = verdict.value(QStringLiteral("covered")).toBool();
    lines << QStringLiteral("<b>%1</b>")
                 .arg((covered ? TicketView::tr("Covered: %1")
                                     .arg(Labels::basis(
                                         verdict.value(QStringLiteral("basis")).toString()))
                               : TicketView::tr("Not covered: the repair is paid"))
                          .toHtmlEscaped());
    QStringList remedies;
    for (const QJsonValue &remedy : verdict.value(QStringLiteral("remedies")).toArray())
        remedies << Labels::remedy(remedy.toString());
    if (!remedies.isEmpty())
        lines << TicketView::tr("The customer may choose: %1")
                     .arg(remedies.join(TicketView::tr(", ")))
                     .toHtmlEscaped();
    const QDate end
        = QDate::fromString(verdict.value(QStringLiteral("warranty_end")).toString(), Qt::ISODate);
    if (end.isValid())
        lines << TicketView::tr("Warranty until %1").arg(end.toString(Qt::ISODate)).toHtmlEscaped();
    for (const QJsonValue &value : verdict.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject reason = value.toObject();
        lines << QStringLiteral("<b>%1</b> %2")
                     .arg(reason.value(QStringLiteral("rule")).toString().toHtmlEscaped(),
                          reason.value(zh ? QStringLiteral("zh") : QStringLiteral("en"))
                              .toString()
                              .toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

// The permission a move to `to` needs: who does that step at the counter (core's table).
Permission permissionFor(TicketStatus to)
{
    return workflow::TicketWorkflow::permissionForMove(to);
}

// What "Change status to" offers from `from`: the plain moves (the others are steps with
// their own screens and checks: quote, answer, repair, hand-back), and cancelling, which
// goes through its own step with the note as the reason.
QList<TicketStatus> offeredTargets(TicketStatus from)
{
    QList<TicketStatus> targets = TicketSteps::genericTargets(from);
    if (TicketLifecycle::isAllowed(from, TicketStatus::Cancelled))
        targets.append(TicketStatus::Cancelled);
    return targets;
}

} // namespace

TicketView::TicketView(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("ticketView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ticketStatusLabel"));
    m_status->setStyleSheet(
        QStringLiteral("background:#3c6e9f; color:white; padding:3px 10px; border-radius:10px;"));
    header->addWidget(m_status);
    header->addStretch(1);
    // Every paper of the ticket printed again (marked as a reprint): preview, print or PDF.
    m_printActions = new print::PrintActions(this, print::PrintSettings(), this);
    m_papers = new QPushButton(tr("Papers…"), this);
    m_papers->setObjectName(QStringLiteral("papersButton"));
    auto *papers = new QMenu(m_papers);
    papers->setObjectName(QStringLiteral("papersMenu"));
    const struct
    {
        print::PaperKind kind;
        QString title;
        QString prefix;
    } kinds[] = {
        {print::PaperKind::Intake, tr("Intake receipt"), QStringLiteral("reprintIntake")},
        {print::PaperKind::Label, tr("Device label"), QStringLiteral("reprintLabel")},
        {print::PaperKind::Quote, tr("Quote"), QStringLiteral("reprintQuote")},
        {print::PaperKind::Pickup, tr("Pickup receipt"), QStringLiteral("reprintPickup")},
    };
    for (const auto &k : kinds) {
        const print::PaperKind kind = k.kind;
        auto *menu = new print::PaperMenu(
            m_printActions,
            [this, kind]() -> Result<print::Paper> {
                if (!m_ticket)
                    return Error {QStringLiteral("NOT_FOUND"), tr("No ticket open")};
                return print::ticketPaper(*m_printActions, m_services.database, m_services.clock,
                                          m_ticket->number, kind, true);
            },
            k.prefix, papers);
        menu->setTitle(k.title);
        papers->addMenu(menu);
        connect(menu, &print::PaperMenu::failed, this,
                [this](const QString &message) { m_message->setText(message); });
        m_paperMenus.insert(int(kind), menu);
    }
    m_papers->setMenu(papers);
    header->addWidget(m_papers);
    layout->addLayout(header);

    auto *columns = new QHBoxLayout;
    auto *left = new QGroupBox(tr("Ticket"), this);
    auto *form = new QFormLayout(left);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_customer = valueLabel(left, QStringLiteral("ticketCustomerLabel"));
    form->addRow(tr("Customer:"), m_customer);
    m_device = valueLabel(left, QStringLiteral("ticketDeviceLabel"));
    form->addRow(tr("Phone:"), m_device);
    m_fault = valueLabel(left, QStringLiteral("ticketFaultLabel"));
    form->addRow(tr("Fault:"), m_fault);
    m_received = valueLabel(left, QStringLiteral("ticketReceivedLabel"));
    form->addRow(tr("Received:"), m_received);
    m_privacy = valueLabel(left, QStringLiteral("ticketPrivacyLabel"));
    form->addRow(tr("Data:"), m_privacy);
    m_warranty = valueLabel(left, QStringLiteral("ticketWarrantyLabel"));
    m_warranty->setTextFormat(Qt::RichText);
    form->addRow(tr("Warranty:"), m_warranty);
    columns->addWidget(left, 1);

    auto *right = new QGroupBox(tr("Timeline"), this);
    auto *rightLayout = new QVBoxLayout(right);
    m_timeline = new QTreeWidget(right);
    m_timeline->setObjectName(QStringLiteral("timelineTree"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setColumnWidth(0, 130);
    m_timeline->setColumnWidth(1, 90);
    m_timeline->setColumnWidth(2, 190);
    rightLayout->addWidget(m_timeline);
    columns->addWidget(right, 1);
    layout->addLayout(columns, 1);

    auto *actions = new QGroupBox(tr("Actions"), this);
    auto *actionsLayout = new QVBoxLayout(actions);
    m_actionBar = new QHBoxLayout;
    actionsLayout->addLayout(m_actionBar);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(new QLabel(tr("Change status to:"), actions));
    m_target = new QComboBox(actions);
    m_target->setObjectName(QStringLiteral("statusTargetCombo"));
    moveRow->addWidget(m_target);
    m_note = new QLineEdit(actions);
    m_note->setObjectName(QStringLiteral("statusNoteEdit"));
    m_note->setPlaceholderText(tr("Why (goes into the timeline)"));
    moveRow->addWidget(m_note, 1);
    m_move = new QPushButton(tr("Change status"), actions);
    m_move->setObjectName(QStringLiteral("changeStatusButton"));
    moveRow->addWidget(m_move);
    actionsLayout->addLayout(moveRow);
    m_message = valueLabel(actions, QStringLiteral("ticketMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#b3261e;"));
    actionsLayout->addWidget(m_message);
    layout->addWidget(actions);

    connect(m_move, &QPushButton::clicked, this, [this] {
        const auto to = TicketLifecycle::fromId(m_target->currentData().toString());
        if (to)
            changeStatus(*to, m_note->text().trimmed());
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        // Say at once when the lifecycle will refuse the choice, and why.
        const auto to = TicketLifecycle::fromId(m_target->currentData().toString());
        QString why;
        if (m_ticket && to) {
            why = TicketLifecycle::refusal(m_ticket->status, *to);
            if (why.isEmpty() && *to != TicketStatus::Cancelled)
                why = TicketSteps::refusal(m_ticket->status, *to);
        }
        m_message->setText(why);
    });
    connect(&m_session, &Session::changed, this, &TicketView::refreshActions);

    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(tr("No ticket open")));
    refreshActions();
}

void TicketView::addAction(QPushButton *button, Permission permission,
                           const QList<TicketStatus> &statuses)
{
    button->setParent(this);
    m_actionBar->addWidget(button);
    m_actions.append({button, permission, statuses});
    refreshActions();
}

print::PaperMenu *TicketView::paperMenu(print::PaperKind kind) const
{
    return m_paperMenus.value(int(kind));
}

bool TicketView::showTicket(const QString &ticketId)
{
    auto loaded = m_services.tickets.byId(ticketId);
    if (!loaded || !loaded->has_value()) {
        m_ticket.reset();
        m_message->setText(loaded ? tr("No such ticket.") : loaded.error().message);
        refreshActions();
        return false;
    }
    m_ticket = loaded->value();
    const Ticket &t = *m_ticket;
    m_message->clear();
    m_note->clear();
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(t.number.toHtmlEscaped()));
    m_status->setText(TicketLifecycle::label(t.status));

    auto customer = m_services.customers.byId(t.customerId);
    if (customer && customer->has_value())
        m_customer->setText(QStringLiteral("%1  %2").arg(
            customer->value().name, Labels::maskedPhone(customer->value().phone)));
    auto device = m_services.devices.byId(t.deviceId);
    if (device && device->has_value()) {
        const Device &d = device->value();
        QStringList lines {QStringList {d.brand, d.model}.join(QLatin1Char(' ')).trimmed(),
                           QStringLiteral("IMEI %1").arg(d.imei1)};
        if (!d.imei2.isEmpty())
            lines << QStringLiteral("IMEI 2 %1").arg(d.imei2);
        m_device->setText(lines.join(QLatin1Char('\n')));
    }
    QStringList fault {t.faultDescription};
    if (!t.faultCategory.isEmpty() || !t.component.isEmpty())
        fault << QStringLiteral("%1 · %2").arg(Labels::fault(t.faultCategory),
                                               Labels::component(t.component));
    m_fault->setText(fault.join(QLatin1Char('\n')));

    QStringList received {localTime(t.createdAt)};
    QStringList condition;
    for (auto it = t.condition.constBegin(); it != t.condition.constEnd(); ++it) {
        if (it.value().isBool() && it.value().toBool())
            condition << Labels::condition(it.key());
    }
    if (t.condition.contains(QStringLiteral("note")))
        condition << t.condition.value(QStringLiteral("note")).toString();
    received << tr("Condition: %1")
                    .arg(condition.isEmpty() ? tr("no marks noted") : condition.join(tr(", ")));
    QStringList accessories;
    for (const QString &key : t.accessories)
        accessories << Labels::accessory(key);
    received << tr("Accessories: %1")
                    .arg(accessories.isEmpty() ? tr("none") : accessories.join(tr(", ")));
    m_received->setText(received.join(QLatin1Char('\n')));
    m_privacy->setText(QStringLiteral("%1\n%2").arg(
        t.backupConsent ? tr("Backup consent given") : tr("No backup consent recorded"),
        Labels::passcode(t.passcode)));

    m_warranty->setText(verdictHtml(t.warrantyVerdict));
    fillTimeline();
    refreshActions();
    return true;
}

void TicketView::reload()
{
    if (m_ticket)
        showTicket(m_ticket->id);
}

void TicketView::fillTimeline()
{
    m_timeline->clear();
    if (!m_ticket)
        return;
    auto events = m_services.tickets.timeline(m_ticket->id);
    if (!events) {
        m_message->setText(events.error().message);
        return;
    }
    for (const TicketEvent &event : events.value()) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, localTime(event.at));
        item->setText(1, event.actor);
        item->setText(2, eventText(event));
        item->setText(3, event.note);
        item->setToolTip(3, event.note);
    }
}

void TicketView::refreshActions()
{
    const bool have = m_ticket.has_value();
    for (const ActionEntry &entry : std::as_const(m_actions)) {
        const bool inStatus
            = have && (entry.statuses.isEmpty() || entry.statuses.contains(m_ticket->status));
        entry.button->setVisible(inStatus && m_session.can(entry.permission));
    }
    // The status list: what this role may do, the moves the lifecycle allows first.
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    if (have) {
        const QList<TicketStatus> allowed = offeredTargets(m_ticket->status);
        for (TicketStatus status : allowed) {
            if (m_session.can(permissionFor(status)))
                m_target->addItem(TicketLifecycle::label(status), TicketLifecycle::id(status));
        }
    }
    // The papers this ticket has had so far.
    m_papers->setEnabled(have);
    if (have) {
        const TicketStatus st = m_ticket->status;
        m_paperMenus.value(int(print::PaperKind::Quote))
            ->menuAction()
            ->setEnabled(m_ticket->quoteRevision > 0);
        m_paperMenus.value(int(print::PaperKind::Pickup))
            ->menuAction()
            ->setEnabled(st == TicketStatus::PickedUp || st == TicketStatus::ReturnedUnrepaired);
    }
    m_target->setEnabled(m_target->count() > 0);
    m_move->setEnabled(m_target->count() > 0);
    m_note->setEnabled(m_target->count() > 0);
}

bool TicketView::changeStatus(TicketStatus to, const QString &note)
{
    if (!m_ticket)
        return false;
    if (!m_session.can(permissionFor(to))) {
        m_message->setText(tr("Your role cannot do that."));
        return false;
    }
    // Through the workflow layer: a move that is a step of its own (ready, picked up,
    // approved, …) is refused there with the step to use; cancelling needs the note as reason.
    auto moved = to == TicketStatus::Cancelled
                     ? m_services.workflows.tickets.cancel(m_session.userId(), m_ticket->id, note,
                                                           m_ticket->version)
                     : m_services.workflows.tickets.move(m_session.userId(), m_ticket->id, to, note,
                                                         m_ticket->version);
    if (!moved) {
        m_message->setText(moved.error().message);
        return false;
    }
    const QString id = m_ticket->id;
    showTicket(id);
    emit ticketChanged(id);
    return true;
}

} // namespace rc::ui
