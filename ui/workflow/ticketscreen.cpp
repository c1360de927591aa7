#include "ticketscreen.h"

#include "services.h"
#include "store/customerrepository.h"
#include "widgets/busystore.h"
#include "widgets/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

TicketScreen::TicketScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *find = new QHBoxLayout;
    find->addWidget(new QLabel(tr("Ticket:"), this));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("ticketNumberEdit"));
    m_number->setPlaceholderText(tr("Scan the ticket barcode or type its number"));
    m_number->setClearButtonEnabled(true);
    find->addWidget(m_number, 1);
    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("openTicketButton"));
    find->addWidget(open);
    layout->addLayout(find);

    m_summary = new QLabel(this);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("ticketSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setStyleSheet(QStringLiteral("padding:6px; background:#eef3f8; border-radius:4px;"));
    layout->addWidget(m_summary);

    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    m_message = new QLabel(this);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_storeWait = new BusyStoreRetry(m_services.workflows, m_message, this);
    layout->addWidget(m_storeWait->cancelButton(), 0, Qt::AlignLeft);
    connect(m_storeWait, &BusyStoreRetry::pendingChanged, this, [this, open](bool pending) {
        m_number->setEnabled(!pending);
        open->setEnabled(!pending);
        if (!pending)
            sessionChanged(); // the screen's buttons as its rules say
    });

    auto openTyped = [this] {
        if (!m_number->text().trimmed().isEmpty())
            openNumber(m_number->text());
    };
    connect(m_number, &QLineEdit::returnPressed, this, openTyped);
    connect(open, &QPushButton::clicked, this, openTyped);
    connect(&m_session, &Session::changed, this, [this] { sessionChanged(); });
    refreshSummary();
}

bool TicketScreen::saving() const
{
    return m_storeWait->pending();
}

bool TicketScreen::showTicket(const QString &ticketId)
{
    clearMessage();
    auto loaded = m_services.tickets.byId(ticketId);
    if (!loaded || !*loaded) {
        m_ticket.reset();
        refreshSummary();
        ticketLoaded();
        showError(loaded ? tr("No such ticket.") : loaded.error().message);
        return false;
    }
    m_ticket = **loaded;
    m_number->setText(m_ticket->number);
    refreshSummary();
    ticketLoaded();
    return true;
}

bool TicketScreen::openNumber(const QString &number)
{
    auto found = m_services.tickets.byNumber(number.trimmed());
    if (!found) {
        showError(found.error().message);
        return false;
    }
    if (!*found) {
        showError(tr("No ticket with the number %1.").arg(number.trimmed()));
        return false;
    }
    return showTicket((*found)->id);
}

void TicketScreen::reload()
{
    if (m_ticket)
        showTicket(m_ticket->id);
}

QString TicketScreen::message() const
{
    return m_message->text();
}

Actor TicketScreen::actor() const
{
    return Actor {m_session.userId(), m_session.displayName()};
}

void TicketScreen::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color:#b3261e; font-weight:bold;"));
    m_message->setText(text);
}

void TicketScreen::showInfo(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color:#1e6b35;"));
    m_message->setText(text);
}

void TicketScreen::clearMessage()
{
    m_message->clear();
}

void TicketScreen::changed(const QString &info)
{
    const QString id = m_ticket ? m_ticket->id : QString();
    reload();
    showInfo(info);
    if (!id.isEmpty())
        emit ticketChanged(id);
}

void TicketScreen::refreshSummary()
{
    if (!m_ticket) {
        m_summary->setText(tr("No ticket open: scan or type a ticket number, or open one from "
                              "the queue."));
        return;
    }
    const Ticket &t = *m_ticket;
    // Plain text: the customer's words are shown as typed, never as markup.
    QStringList parts {t.number, TicketLifecycle::label(t.status)};
    auto customer = m_services.customers.byId(t.customerId);
    if (customer && *customer)
        parts << QStringLiteral("%1 %2").arg((*customer)->name,
                                             Labels::maskedPhone((*customer)->phone));
    auto device = m_services.devices.byId(t.deviceId);
    if (device && *device)
        parts << QStringLiteral("%1 %2 · IMEI %3")
                     .arg((*device)->brand, (*device)->model, (*device)->imei1);
    parts << t.faultDescription.simplified();
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace rc::ui
