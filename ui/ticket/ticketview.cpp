#include "ticketview.h"

#include "collectdialogs.h"
#include "print/papermenu.h"
#include "print/printactions.h"
#include "remedydialog.h"
#include "services.h"
#include "store/customerrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"
#include "tickets/ticketsteps.h"
#include "widgets/assigncontrol.h"
#include "widgets/labels.h"
#include "workflow/workflows.h"
#include <QJsonArray>

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

// The loaner phone out on the ticket (model, IMEI, deposit, expected back, overdue), or the
// CN-07 offer when the ticket has been in the shop long enough, or nothing.
QString loanerText(Services &services, const Ticket &t)
{
    auto out = services.workflows.loaners.outForTicket(t.id);
    if (!out)
        return out.error().message;
    if (*out) {
        const LoanOut &o = **out;
        QString text = TicketView::tr("%1, IMEI %2 — deposit %3, expected back %4")
                           .arg(o.loaner.model, o.loaner.imei, o.loan.deposit.toDecimalString(),
                                o.loan.expectedReturn.toString(Qt::ISODate));
        if (o.overdue)
            text += QLatin1Char('\n')
                    + TicketView::tr("Overdue: bring it back before the phone "
                                     "is handed back.");
        return text;
    }
    const workflow::LoanerOffer offer = services.workflows.loaners.offer(t);
    if (offer.offered)
        return TicketView::tr("Offer a loaner phone (%1): in the shop %2 days, more than %3.")
            .arg(offer.ruleId)
            .arg(offer.daysOpen)
            .arg(offer.loanerDays);
    return TicketView::tr("None");
}

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What the customer typed is shown as typed, never as markup.
    label->setTextFormat(Qt::PlainText);
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

// A change of the assigned technician (TicketWorkflow::assign / take).
bool isAssignment(const TicketEvent &event)
{
    return event.kind == QLatin1String("edit")
           && event.data.value(QStringLiteral("field")).toString()
                  == QLatin1String("technician_id");
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
    else if (event.kind == QLatin1String("collect_notice"))
        what = TicketView::tr("Notice to collect");
    else if (event.kind == QLatin1String("loan"))
        what = TicketView::tr("Loaner phone (CN-07)");
    else if (isAssignment(event))
        what = event.data.value(QStringLiteral("to")).toString().isEmpty()
                   ? TicketView::tr("Technician unassigned")
                   : TicketView::tr("Technician assigned");
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
    // What is still missing (EVIDENCE_MISSING) and what else the clerk must check.
    for (const QJsonValue &value : verdict.value(QStringLiteral("warnings")).toArray()) {
        const QString text
            = value.toObject().value(zh ? QStringLiteral("zh") : QStringLiteral("en")).toString();
        if (!text.isEmpty())
            lines << QStringLiteral("⚠ ") + text.toHtmlEscaped();
    }
    if (verdict.value(QStringLiteral("overridden")).toBool())
        lines << TicketView::tr("Overridden by %1: %2")
                     .arg(verdict.value(QStringLiteral("override_by")).toString(),
                          verdict.value(QStringLiteral("override_reason")).toString())
                     .toHtmlEscaped();
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
    m_title->setTextFormat(Qt::RichText); // <h2> and the escaped number
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ticketStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(
        QStringLiteral("background:#3c6e9f; color:white; padding:3px 10px; border-radius:10px;"));
    header->addWidget(m_status);
    header->addStretch(1);
    // Every paper of the ticket printed again (marked as a reprint): preview, print or PDF; and
    // the exchange certificate or refund receipt of a ticket a remedy closed.
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
        {print::PaperKind::Exchange, tr("Exchange certificate"), QStringLiteral("printExchange")},
        {print::PaperKind::Refund, tr("Refund receipt"), QStringLiteral("printRefund")},
    };
    for (const auto &k : kinds) {
        const print::PaperKind kind = k.kind;
        auto *menu = new print::PaperMenu(
            m_printActions,
            [this, kind]() -> Result<print::Paper> {
                if (!m_ticket)
                    return Error {QStringLiteral("NOT_FOUND"), tr("No ticket open")};
                return print::ticketPaper(
                    *m_printActions, m_services.records, m_services.clock, m_ticket->number, kind,
                    // The remedy papers are first printed from here.
                    kind != print::PaperKind::Exchange && kind != print::PaperKind::Refund);
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
    // What the customer was told at intake (the intake receipt's verdict), and the verdict
    // now, after a diagnosis or a manager's override.
    m_intakeWarranty = valueLabel(left, QStringLiteral("ticketIntakeWarrantyLabel"));
    m_intakeWarranty->setTextFormat(Qt::RichText);
    form->addRow(tr("Warranty at intake:"), m_intakeWarranty);
    m_warranty = valueLabel(left, QStringLiteral("ticketWarrantyLabel"));
    m_warranty->setTextFormat(Qt::RichText);
    form->addRow(tr("Warranty now:"), m_warranty);
    m_loaner = valueLabel(left, QStringLiteral("ticketLoanerLabel"));
    form->addRow(tr("Loaner phone:"), m_loaner);
    m_assign = new AssignControl(m_services, m_session, left);
    form->addRow(tr("Technician:"), m_assign);
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
    // A remedy closes the ticket too, as the verdict allows: next to the status change.
    m_remedy = new QPushButton(tr("Remedy…"), actions);
    m_remedy->setObjectName(QStringLiteral("remedyButton"));
    m_remedy->setToolTip(tr("Refund, exchange or accessory replacement, as the warranty verdict "
                            "allows"));
    moveRow->addWidget(m_remedy);
    actionsLayout->addLayout(moveRow);
    // Cancelling gives the customer's deposit back, unless a reason keeps it (audited).
    m_keepDeposit = new QLineEdit(actions);
    m_keepDeposit->setObjectName(QStringLiteral("keepDepositEdit"));
    m_keepDeposit->setPlaceholderText(
        tr("Keep the advance payment because… (leave empty to give it back)"));
    m_keepDeposit->setVisible(false);
    actionsLayout->addWidget(m_keepDeposit);
    m_message = valueLabel(actions, QStringLiteral("ticketMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#b3261e;"));
    actionsLayout->addWidget(m_message);
    layout->addWidget(actions);

    connect(m_move, &QPushButton::clicked, this, &TicketView::requestStatusChange);
    connect(m_remedy, &QPushButton::clicked, this, &TicketView::openRemedyDialog);
    // A ready phone nobody collects: notices, then a manager's disposal (issue 20).
    m_noticeButton = new QPushButton(tr("Notice to collect…"), this);
    m_noticeButton->setObjectName(QStringLiteral("noticeButton"));
    m_noticeButton->setToolTip(tr("Record that the customer was told to collect the phone"));
    m_disposeButton = new QPushButton(tr("Dispose…"), this);
    m_disposeButton->setObjectName(QStringLiteral("disposeButton"));
    m_disposeButton->setToolTip(tr("Close an uncollected ticket as disposed (manager), "
                                   "after the notices"));
    addAction(m_noticeButton, Permission::CollectNotice, {TicketStatus::Ready});
    addAction(m_disposeButton, Permission::Dispose, {TicketStatus::Ready});
    connect(m_noticeButton, &QPushButton::clicked, this, &TicketView::openNoticeDialog);
    connect(m_disposeButton, &QPushButton::clicked, this, &TicketView::openDisposeDialog);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TicketView::targetChosen);
    connect(&m_session, &Session::changed, this, &TicketView::refreshActions);
    followChanges();

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
        m_assign->setTicket(std::nullopt);
        m_message->setText(loaded ? tr("No such ticket.") : loaded.error().message);
        refreshActions();
        return false;
    }
    m_ticket = loaded->value();
    const Ticket &t = *m_ticket;
    m_message->clear();
    m_note->clear();
    m_keepDeposit->clear();
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(t.number.toHtmlEscaped()));
    m_status->setText(TicketLifecycle::label(t.status));

    auto customer = m_services.customers.byId(t.customerId);
    if (customer && customer->has_value())
        m_customer->setText(QStringLiteral("%1  %2").arg(
            customer->value().name, Labels::maskedPhone(customer->value().phone)));
    auto device = m_services.devices.byId(t.deviceId);
    if (device && device->has_value()) {
        const Device &d = device->value();
        // Brand and model when known (an unknown TAC leaves them empty), then the IMEIs.
        QStringList lines;
        const QString name = QStringList {d.brand, d.model}.join(QLatin1Char(' ')).trimmed();
        if (!name.isEmpty())
            lines << name;
        lines << QStringLiteral("IMEI %1").arg(d.imei1);
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

    m_intakeWarranty->setText(verdictHtml(t.intakeVerdict));
    m_warranty->setText(t.warrantyVerdict == t.intakeVerdict
                            ? tr("Unchanged since intake.").toHtmlEscaped()
                            : verdictHtml(t.warrantyVerdict));
    m_loaner->setText(loanerText(m_services, t));
    m_assign->setTicket(m_ticket);
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
        QString note = event.note;
        if (note.isEmpty() && isAssignment(event))
            note = technicianName(event.data.value(QStringLiteral("to")).toString());
        if (event.conflict) {
            // Another station moved the ticket differently from the same status, and won: a
            // short mark in the note column, the whole sentence on hover.
            const QString mark = tr("Conflict: not taken");
            note = note.isEmpty() ? mark : mark + QStringLiteral(" · ") + note;
            const QString why
                = tr("%1 (conflict: another station's move counts)").arg(eventText(event));
            for (const int column : {2, 3}) {
                item->setForeground(column, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(column, why);
            }
            item->setText(3, note);
            continue;
        }
        item->setText(3, note);
        item->setToolTip(3, note);
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
    // A remedy closes an open ticket, as the verdict allows (or by a manager's override).
    const bool open = have && !TicketLifecycle::isFinal(m_ticket->status);
    m_remedy->setVisible(open && m_session.can(Permission::Remedy));
    m_remedy->setEnabled(open
                         && (!workflow::TicketWorkflow::allowedRemedies(*m_ticket).isEmpty()
                             || m_session.can(Permission::OverrideVerdict)));
    // The status list: the moves the lifecycle allows that this role may make. Nothing is
    // preselected (the first entry says "choose"), and the moves that close the ticket
    // unrepaired come last, after a separator.
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    if (have) {
        QList<TicketStatus> open;
        QList<TicketStatus> closing;
        for (TicketStatus status : offeredTargets(m_ticket->status)) {
            if (m_session.can(permissionFor(status)))
                (TicketLifecycle::isDestructive(status) ? closing : open).append(status);
        }
        if (!open.isEmpty() || !closing.isEmpty())
            m_target->addItem(tr("(choose)"), QString());
        for (TicketStatus status : std::as_const(open))
            m_target->addItem(TicketLifecycle::label(status), TicketLifecycle::id(status));
        if (!open.isEmpty() && !closing.isEmpty())
            m_target->insertSeparator(m_target->count());
        for (TicketStatus status : std::as_const(closing))
            m_target->addItem(tr("%1 (closes the ticket)").arg(TicketLifecycle::label(status)),
                              TicketLifecycle::id(status));
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
        m_paperMenus.value(int(print::PaperKind::Exchange))
            ->menuAction()
            ->setVisible(st == TicketStatus::Exchanged);
        m_paperMenus.value(int(print::PaperKind::Refund))
            ->menuAction()
            ->setVisible(st == TicketStatus::Refunded);
    }
    const bool any = m_target->count() > 0;
    m_target->setCurrentIndex(any ? 0 : -1);
    m_target->setEnabled(any);
    m_note->setEnabled(any);
    targetChosen();
}

void TicketView::openRemedyDialog()
{
    if (!m_ticket || m_remedyDialog)
        return;
    m_remedyDialog = new RemedyDialog(m_services, m_session, *m_ticket, this);
    m_remedyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_remedyDialog, &QDialog::finished, this, [this](int result) {
        const QString id = m_ticket ? m_ticket->id : QString();
        m_remedyDialog = nullptr;
        if (result == QDialog::Accepted && !id.isEmpty()) {
            reload();
            emit ticketChanged(id);
        }
    });
    m_remedyDialog->open();
}

void TicketView::openNoticeDialog()
{
    if (!m_ticket || m_noticeDialog)
        return;
    m_noticeDialog = new NoticeDialog(m_services, m_session, *m_ticket, this);
    m_noticeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_noticeDialog, &QDialog::finished, this, [this](int result) {
        const QString id = m_ticket ? m_ticket->id : QString();
        m_noticeDialog = nullptr;
        if (result == QDialog::Accepted && !id.isEmpty()) {
            reload();
            emit ticketChanged(id);
        }
    });
    m_noticeDialog->open();
}

void TicketView::openDisposeDialog()
{
    if (!m_ticket || m_disposeDialog)
        return;
    m_disposeDialog = new DisposeDialog(m_services, m_session, *m_ticket, this);
    m_disposeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_disposeDialog, &QDialog::finished, this, [this](int result) {
        const QString id = m_ticket ? m_ticket->id : QString();
        m_disposeDialog = nullptr;
        if (result == QDialog::Accepted && !id.isEmpty()) {
            reload();
            emit ticketChanged(id);
        }
    });
    m_disposeDialog->open();
}

void TicketView::targetChosen()
{
    const auto to = TicketLifecycle::fromId(m_target->currentData().toString());
    m_move->setEnabled(m_ticket && to.has_value());
    const bool closing = to && TicketLifecycle::isDestructive(*to);
    m_note->setPlaceholderText(closing ? tr("Why it is closed (required)")
                                       : tr("Why (goes into the timeline)"));
    m_keepDeposit->setVisible(to && *to == TicketStatus::Cancelled);
    // Say at once when the lifecycle or the step will refuse the choice, and why.
    QString why;
    if (m_ticket && to) {
        why = TicketLifecycle::refusal(m_ticket->status, *to);
        if (why.isEmpty() && *to != TicketStatus::Cancelled)
            why = TicketSteps::refusal(m_ticket->status, *to);
    }
    m_message->setText(why);
}

bool TicketView::requestStatusChange()
{
    const auto to = TicketLifecycle::fromId(m_target->currentData().toString());
    if (!m_ticket || !to)
        return false;
    const QString note = m_note->text().trimmed();
    if (!TicketLifecycle::isDestructive(*to))
        return changeStatus(*to, note);
    if (note.isEmpty()) {
        m_message->setText(tr("\"%1\" closes the ticket for good: write down why first.")
                               .arg(TicketLifecycle::label(*to)));
        m_note->setFocus();
        return false;
    }
    // Asked in a box of its own, never by the same click: the ticket stays open on "Keep".
    delete m_confirm;
    QString question = tr("Ticket %1 becomes \"%2\". This closes it for good; it "
                          "cannot be reopened.\n\nReason: %3")
                           .arg(m_ticket->number, TicketLifecycle::label(*to), note);
    if (*to == TicketStatus::Cancelled) {
        const QString keep = m_keepDeposit->text().trimmed();
        question += QStringLiteral("\n")
                    + (keep.isEmpty() ? tr("Any advance payment goes back to the customer.")
                                      : tr("The advance payment is kept: %1").arg(keep));
    }
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Close the ticket?"), question,
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("confirmStatusDialog"));
    m_confirm->setTextFormat(Qt::PlainText);
    QPushButton *yes = m_confirm->addButton(tr("Close the ticket"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmCloseButton"));
    QPushButton *keep = m_confirm->addButton(tr("Keep it open"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepOpenButton"));
    m_confirm->setDefaultButton(keep);
    m_confirm->setEscapeButton(keep);
    m_confirm->setWindowModality(Qt::WindowModal);
    const QString ticketId = m_ticket->id;
    const int version = m_ticket->version;
    connect(m_confirm, &QMessageBox::finished, this, [this, yes, ticketId, version, to, note] {
        QMessageBox *box = m_confirm;
        m_confirm = nullptr;
        const bool confirmed = box->clickedButton() == yes;
        box->deleteLater();
        // Only the ticket that was asked about, as it was when asked.
        if (confirmed && m_ticket && m_ticket->id == ticketId && m_ticket->version == version)
            changeStatus(*to, note);
        else if (confirmed)
            m_message->setText(tr("The ticket changed meanwhile; nothing was closed."));
    });
    m_confirm->open();
    return false;
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
                     ? m_services.workflows.tickets.cancel(
                         m_session.userId(), m_ticket->id, note, m_ticket->version,
                         DepositChoice {m_keepDeposit->text().trimmed(), QString()})
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

QString TicketView::technicianName(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    auto user = m_services.users.byId(userId);
    if (!user || !user->has_value())
        return userId;
    return user->value().displayName.isEmpty() ? user->value().username : user->value().displayName;
}

void TicketView::followChanges()
{
    connect(&m_services.workflows.changes, &workflow::Changes::ticketChanged, this,
            &TicketView::ticketChangedElsewhere);
}

void TicketView::ticketChangedElsewhere(const QString &ticketId)
{
    if (!m_ticket || m_ticket->id != ticketId || m_reloadPending)
        return;
    // Once the event loop is back: a step that announces several changes, or this view's own
    // change (which shows its result at once), costs one read.
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this, ticketId] {
        m_reloadPending = false;
        if (!m_ticket || m_ticket->id != ticketId)
            return;
        // What the user was typing and choosing stays; the message line too, unless the
        // reload itself has something to say.
        const QString note = m_note->text();
        const QString keepDeposit = m_keepDeposit->text();
        const QString target = m_target->currentData().toString();
        const QString message = m_message->text();
        if (!showTicket(ticketId))
            return;
        m_note->setText(note);
        m_keepDeposit->setText(keepDeposit);
        const int index = m_target->findData(target);
        if (index > 0)
            m_target->setCurrentIndex(index);
        if (m_message->text().isEmpty())
            m_message->setText(message);
    });
}

} // namespace rc::ui
