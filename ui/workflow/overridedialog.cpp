#include "overridedialog.h"

#include "services.h"
#include "store/ticketrepository.h"

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
    QJsonObject verdict = m_ticket.warrantyVerdict;
    const bool covered = m_covered->isChecked();
    const QString reason = m_reason->toPlainText().trimmed();
    verdict.insert(QStringLiteral("covered"), covered);
    QString basis = verdict.value(QStringLiteral("basis")).toString();
    if (!covered)
        basis = QStringLiteral("none");
    else if (basis.isEmpty() || basis == QLatin1String("none"))
        basis = QStringLiteral("statutory");
    verdict.insert(QStringLiteral("basis"), basis);
    verdict.insert(QStringLiteral("remedies"),
                   covered ? QJsonArray {QStringLiteral("free_repair")} : QJsonArray {});
    QJsonArray rules = verdict.value(QStringLiteral("rules")).toArray();
    rules.append(QStringLiteral("OVERRIDE"));
    verdict.insert(QStringLiteral("rules"), rules);
    QJsonArray reasons = verdict.value(QStringLiteral("reasons")).toArray();
    // The verdict's sentences are data in both languages, not interface text.
    reasons.append(QJsonObject {
        {QStringLiteral("rule"), QStringLiteral("OVERRIDE")},
        {QStringLiteral("zh"),
         (covered ? QString::fromUtf8("店长改判为保修：") : QString::fromUtf8("店长改判为不保修："))
             + reason},
        {QStringLiteral("en"), (covered ? QStringLiteral("Manager's override, covered: ")
                                        : QStringLiteral("Manager's override, not covered: "))
                                   + reason}});
    verdict.insert(QStringLiteral("reasons"), reasons);
    return verdict;
}

bool OverrideDialog::save()
{
    auto done = m_services.tickets.overrideWarranty(
        m_ticket.id, overriddenVerdict(), m_reason->toPlainText(),
        Actor {m_session.userId(), m_session.displayName()});
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    m_ticket = *done;
    return true;
}

} // namespace rc::ui
