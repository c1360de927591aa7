#include "overridedialog.h"

#include "services.h"
#include "store/ticketrepository.h"
#include "workflow/workflows.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rc::ui {

OverrideDialog::OverrideDialog(Services &services, Session &session, const Ticket &ticket,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_ticket(ticket)
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override the warranty verdict of %1").arg(ticket.number));
    auto *layout = new QVBoxLayout(this);
    const bool covered = ticket.warrantyVerdict.value(QStringLiteral("covered")).toBool();
    auto *now = new QLabel(
        covered ? tr("The verdict now: covered.") : tr("The verdict now: not covered."), this);
    now->setWordWrap(true);
    layout->addWidget(now);
    m_covered
        = new QRadioButton(tr("Covered: the customer pays nothing for the covered work"), this);
    m_covered->setObjectName(QStringLiteral("overrideCoveredRadio"));
    m_notCovered = new QRadioButton(tr("Not covered: the customer pays"), this);
    m_notCovered->setObjectName(QStringLiteral("overrideNotCoveredRadio"));
    (covered ? m_notCovered : m_covered)->setChecked(true);
    layout->addWidget(m_covered);
    layout->addWidget(m_notCovered);
    layout->addWidget(new QLabel(tr("Reason (goes into the audit trail):"), this));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("overrideMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b3261e;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Override"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("overrideSaveButton"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_save->setEnabled(m_session.can(Permission::OverrideVerdict));
    resize(460, 320);
}

QJsonObject OverrideDialog::overriddenVerdict() const
{
    return workflow::TicketWorkflow::overriddenVerdict(
        m_ticket.warrantyVerdict, m_covered->isChecked(), m_reason->toPlainText());
}

bool OverrideDialog::save()
{
    auto done = m_services.workflows.tickets.overrideVerdict(
        m_session.userId(), m_ticket.id, m_covered->isChecked(), m_reason->toPlainText());
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    m_ticket = *done;
    return true;
}

} // namespace rc::ui
