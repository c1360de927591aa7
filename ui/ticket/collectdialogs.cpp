#include "collectdialogs.h"

#include "services.h"
#include "session.h"
#include "warranty/warrantytypes.h"
#include "workflow/workflows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QString howText(const QString &how)
{
    if (how == QLatin1String("phone"))
        return NoticeDialog::tr("phone call");
    if (how == QLatin1String("message"))
        return NoticeDialog::tr("message");
    return NoticeDialog::tr("letter");
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color:#b3261e;"));
    return label;
}

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &name)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QString noticesText(Services &services, const QString &ticketId)
{
    auto state = services.workflows.tickets.uncollected(ticketId);
    if (!state)
        return state.error().message;
    QStringList lines;
    for (const workflow::CollectNotice &n : std::as_const(state->notices))
        lines.append(
            NoticeDialog::tr("%1: notice by %2").arg(warranty::isoDate(n.date), howText(n.how)));
    if (!state->disposableFrom)
        lines.append(NoticeDialog::tr("No notice to collect yet. The phone may be disposed of %n "
                                      "day(s) after the last notice.",
                                      nullptr, state->days));
    else
        lines.append(NoticeDialog::tr("May be disposed of from %1 (%n day(s) after the last "
                                      "notice).",
                                      nullptr, state->days)
                         .arg(warranty::isoDate(*state->disposableFrom)));
    return lines.join(QLatin1Char('\n'));
}

NoticeDialog::NoticeDialog(Services &services, Session &session, const Ticket &ticket,
                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_ticket(ticket)
{
    setObjectName(QStringLiteral("noticeDialog"));
    setWindowTitle(tr("Notice to collect — %1").arg(ticket.number));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        plainLabel(noticesText(services, ticket.id), this, QStringLiteral("noticeHistory")));
    auto *form = new QFormLayout;
    m_how = new QComboBox(this);
    m_how->setObjectName(QStringLiteral("noticeHowBox"));
    m_how->addItem(tr("Phone call"), QStringLiteral("phone"));
    m_how->addItem(tr("Message (SMS, WeChat)"), QStringLiteral("message"));
    m_how->addItem(tr("Letter"), QStringLiteral("letter"));
    form->addRow(tr("&How:"), m_how);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noticeNoteEdit"));
    m_note->setPlaceholderText(tr("Optional, e.g. who answered"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_message = errorLabel(this, QStringLiteral("noticeMessage"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("Record notice"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("noticeRecordButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool NoticeDialog::record()
{
    auto done = m_services.workflows.tickets.noticeToCollect(
        m_session.userId(), m_ticket.id, m_how->currentData().toString(), m_note->text());
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    accept();
    return true;
}

QString NoticeDialog::message() const
{
    return m_message->text();
}

DisposeDialog::DisposeDialog(Services &services, Session &session, const Ticket &ticket,
                             QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_ticket(ticket)
{
    setObjectName(QStringLiteral("disposeDialog"));
    setWindowTitle(tr("Dispose of an uncollected phone — %1").arg(ticket.number));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("The ticket closes as \"%1\". This cannot be undone.")
                                     .arg(TicketLifecycle::label(TicketStatus::Disposed)),
                                 this, QStringLiteral("disposeWarning")));
    layout->addWidget(plainLabel(NoticeDialog::tr("Notices to collect:") + QLatin1Char('\n')
                                     + noticesText(services, ticket.id),
                                 this, QStringLiteral("disposeHistory")));
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("disposeReasonEdit"));
    m_reason->setPlaceholderText(tr("Required: why, and what becomes of the phone"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_message = errorLabel(this, QStringLiteral("disposeMessage"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("Dispose"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("disposeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisposeDialog::dispose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool DisposeDialog::dispose()
{
    auto done
        = m_services.workflows.tickets.dispose(m_session.userId(), m_ticket.id, m_reason->text());
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    accept();
    return true;
}

QString DisposeDialog::message() const
{
    return m_message->text();
}

} // namespace rc::ui
