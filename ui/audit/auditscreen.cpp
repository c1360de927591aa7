#include "auditscreen.h"

#include "audittablemodel.h"
#include "services.h"
#include "store/userrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rc::ui {

AuditScreen::AuditScreen(Services &services, Session &, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_audit(services.audit)
{
    setObjectName(QStringLiteral("auditScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Audit trail"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("auditTicketEdit"));
    m_ticket->setPlaceholderText(tr("Ticket number"));
    m_ticket->setClearButtonEnabled(true);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKindCombo"));
    const QDate today = services.clock.today();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_apply = new QPushButton(tr("&Show"), this);
    m_apply->setObjectName(QStringLiteral("auditApplyButton"));
    filters->addWidget(m_ticket, 1);
    filters->addWidget(m_user);
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_apply);
    layout->addLayout(filters);

    m_model = new AuditTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditTableModel::When, 150);
    m_table->setColumnWidth(AuditTableModel::Who, 110);
    m_table->setColumnWidth(AuditTableModel::Kind, 150);
    m_table->setColumnWidth(AuditTableModel::Subject, 190);
    m_table->setColumnWidth(AuditTableModel::Reason, 240);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);

    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    layout->addWidget(m_count);

    connect(m_apply, &QPushButton::clicked, this, &AuditScreen::reload);
    connect(m_ticket, &QLineEdit::returnPressed, this, &AuditScreen::reload);
    connect(m_user, &QComboBox::activated, this, &AuditScreen::reload);
    connect(m_kind, &QComboBox::activated, this, &AuditScreen::reload);
    loadChoices();
    reload();
}

void AuditScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadChoices();
    reload();
}

void AuditScreen::loadChoices()
{
    const QString user = m_user->currentData().toString();
    const QString kind = m_kind->currentData().toString();
    m_user->clear();
    m_user->addItem(tr("Anyone"), QString());
    if (auto users = m_services.users.list()) {
        for (const User &u : std::as_const(*users))
            m_user->addItem(u.displayName, u.id);
    }
    m_kind->clear();
    m_kind->addItem(tr("Any event"), QString());
    if (auto kinds = m_audit.kinds()) {
        for (const QString &k : std::as_const(*kinds))
            m_kind->addItem(AuditTableModel::kindLabel(k), k);
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

AuditFilter AuditScreen::filter() const
{
    AuditFilter f;
    f.ticketNumber = m_ticket->text().trimmed();
    f.userId = m_user->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    f.limit = 2000;
    return f;
}

void AuditScreen::reload()
{
    const AuditFilter f = filter();
    auto entries = m_audit.query(f);
    if (!entries) {
        m_count->setText(entries.error().message);
        return;
    }
    m_model->setEntries(*entries);
    m_count->setText(
        entries->size() >= f.limit
            ? tr("The newest %1 events; narrow the filter to see older ones.").arg(f.limit)
            : tr("%n event(s)", nullptr, static_cast<int>(entries->size())));
}

} // namespace rc::ui
