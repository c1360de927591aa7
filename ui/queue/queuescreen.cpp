#include "queuescreen.h"

#include "models/ticketqueuemodel.h"
#include "services.h"
#include "session.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"
#include "store/userrepository.h"
#include "workflow/workflows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rc::ui {

namespace {
const QString openFilter = QStringLiteral("@open");
const QString anyFilter = QStringLiteral("@any");
const QString unassigned = QStringLiteral("@none");
} // namespace

QueueScreen::QueueScreen(Services &services, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("queueScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearchEdit"));
    m_search->setPlaceholderText(tr("Ticket number, IMEI, phone or name (or scan)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    bar->addWidget(m_search, 2);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->addItem(tr("Open tickets"), openFilter);
    for (TicketStatus status : TicketLifecycle::allStatuses())
        m_status->addItem(TicketLifecycle::label(status), TicketLifecycle::id(status));
    m_status->addItem(tr("All tickets"), anyFilter);
    bar->addWidget(m_status);

    m_technician = new QComboBox(this);
    m_technician->setObjectName(QStringLiteral("technicianFilterCombo"));
    m_technician->setMinimumContentsLength(10);
    bar->addWidget(m_technician);
    addMyTicketsFilter(bar);

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    bar->addWidget(m_refresh);
    m_newIntake = new QPushButton(tr("New intake"), this);
    m_newIntake->setObjectName(QStringLiteral("newIntakeButton"));
    bar->addWidget(m_newIntake);
    layout->addLayout(bar);

    m_model = new TicketQueueModel(services.clock, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {165, 130, 60, 100, 150, 110, 160};
    for (int column = 0; column < 7; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->setColumnWidth(TicketQueueModel::ReadyFor, 90);
    // Sorting by "Ready for" asks the store for the ready tickets waiting longest first.
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (section == TicketQueueModel::ReadyFor)
            setLongestReadyFirst(!m_longestReadyFirst);
    });
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);

    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("queueCountLabel"));
    layout->addWidget(m_count);
    m_loaners = new QLabel(this);
    m_loaners->setTextFormat(Qt::PlainText);
    m_loaners->setObjectName(QStringLiteral("queueLoanersLabel"));
    layout->addWidget(m_loaners);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    connect(m_searchDelay, &QTimer::timeout, this, &QueueScreen::search);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        search();
        // A scanned ticket number or IMEI that finds exactly one ticket opens it.
        if (!m_activeQuery.isEmpty() && m_model->rowCount() == 1 && !m_model->canFetchMore({}))
            openRow(0);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &QueueScreen::applyFilters);
    connect(m_technician, &QComboBox::currentIndexChanged, this, &QueueScreen::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, &QueueScreen::reload);
    connect(m_newIntake, &QPushButton::clicked, this, &QueueScreen::intakeRequested);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueScreen::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueScreen::updateCount);
    connect(&m_session, &Session::changed, this,
            [this] { m_newIntake->setVisible(m_session.can(Permission::Intake)); });
    m_newIntake->setVisible(m_session.can(Permission::Intake));

    loadTechnicians();
    followChanges();
    restoreMyTickets();
    applyFilters();
    updateLoaners();
}

void QueueScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_search->setFocus();
}

void QueueScreen::setLongestReadyFirst(bool on)
{
    m_longestReadyFirst = on;
    m_table->horizontalHeader()->setSortIndicatorShown(on);
    if (on)
        m_table->horizontalHeader()->setSortIndicator(TicketQueueModel::ReadyFor,
                                                      Qt::DescendingOrder);
    applyFilters();
}

void QueueScreen::loadTechnicians()
{
    const QSignalBlocker blocker(m_technician);
    const QString current = m_technician->currentData().toString();
    m_technician->clear();
    m_technician->addItem(tr("Any technician"), QString());
    m_technician->addItem(tr("Unassigned"), unassigned);
    QHash<QString, QString> names;
    auto users = m_services.users.list();
    if (users) {
        for (const User &user : users.value()) {
            const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
            names.insert(user.id, name);
            if (user.role != Role::Clerk && !user.disabled)
                m_technician->addItem(name, user.id);
        }
    }
    m_model->setTechnicianNames(names);
    const int index = m_technician->findData(current);
    m_technician->setCurrentIndex(index < 0 ? 0 : index);
}

void QueueScreen::applyFilters()
{
    m_activeQuery = m_search->text().trimmed();
    if (!m_activeQuery.isEmpty()) {
        const QString query = m_activeQuery;
        m_model->setSource(
            [this, query](int offset, int limit) { return searchTickets(query, offset, limit); });
        return;
    }
    TicketFilter filter;
    const QString status = m_status->currentData().toString();
    if (status == openFilter)
        filter.openOnly = true;
    else if (status != anyFilter)
        filter.status = TicketLifecycle::fromId(status);
    const QString technician
        = myTicketsOnly() ? m_session.userId() : m_technician->currentData().toString();
    if (technician == unassigned)
        filter.unassignedOnly = true;
    else
        filter.technicianId = technician;
    filter.longestReadyFirst = m_longestReadyFirst;
    m_model->setSource([this, filter](int offset, int limit) mutable {
        filter.offset = offset;
        filter.limit = limit;
        return m_services.tickets.list(filter);
    });
}

Result<QList<TicketSummary>> QueueScreen::searchTickets(const QString &query, int offset, int limit)
{
    // The store's search pages like the list: newest first, `limit` from `offset` on.
    return m_services.search.search(query, limit, offset);
}

void QueueScreen::search()
{
    if (m_search->text().trimmed() != m_activeQuery)
        applyFilters();
}

void QueueScreen::reload()
{
    // The selected ticket stays selected when it is still in the first page.
    const QModelIndex current = m_table->currentIndex();
    const QString selected = current.isValid() ? m_model->ticketAt(current.row()).id : QString();
    loadTechnicians();
    m_model->reload();
    updateLoaners();
    for (int row = 0; !selected.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->ticketAt(row).id == selected) {
            m_table->selectRow(row);
            break;
        }
    }
}

void QueueScreen::updateCount()
{
    const int rows = m_model->rowCount();
    QString text;
    if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    else if (rows == 0)
        text = m_activeQuery.isEmpty() ? tr("No tickets.") : tr("Nothing found.");
    else if (m_model->canFetchMore({}))
        text = tr("%n ticket(s) shown; scroll for more.", nullptr, rows);
    else
        text = tr("%n ticket(s).", nullptr, rows);
    m_count->setText(text);
}

// The loaner phones out (CN-07) and the overdue ones by ticket: overdue when the ticket's
// phone is ready (or handed back) or the expected return date is past (LoanerRepository).
void QueueScreen::updateLoaners()
{
    auto out = m_services.workflows.loaners.loansOut();
    if (!out) {
        m_loaners->setText(out.error().message);
        return;
    }
    QStringList overdue;
    for (const LoanOut &o : std::as_const(*out)) {
        if (o.overdue)
            overdue << QStringLiteral("%1 (%2)").arg(o.ticketNumber, o.loaner.model);
    }
    m_loaners->setVisible(!out->isEmpty());
    QString text = tr("Loaner phones out: %1").arg(out->size());
    if (!overdue.isEmpty())
        text += QStringLiteral(" · ") + tr("overdue: %1").arg(overdue.join(QStringLiteral(", ")));
    m_loaners->setText(text);
    m_loaners->setStyleSheet(overdue.isEmpty() ? QString() : QStringLiteral("color:#b3261e;"));
}

void QueueScreen::openRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        emit openTicketRequested(m_model->ticketAt(row).id);
}

// ---- My tickets ---------------------------------------------------------------------------

namespace {
QString myTicketsKey(const QString &userId)
{
    return QStringLiteral("queue/my_tickets/%1").arg(userId);
}
} // namespace

void QueueScreen::addMyTicketsFilter(QHBoxLayout *bar)
{
    m_mine = new QCheckBox(tr("My tickets"), this);
    m_mine->setObjectName(QStringLiteral("myTicketsCheck"));
    m_mine->setToolTip(tr("Only the tickets assigned to you"));
    bar->addWidget(m_mine);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        // Kept per user on this station: it is there again after a restart or a language
        // switch, for this user only.
        if (m_session.isLoggedIn())
            QSettings().setValue(myTicketsKey(m_session.userId()), mine);
        m_technician->setEnabled(!mine);
        applyFilters();
    });
    connect(&m_session, &Session::changed, this, [this] {
        restoreMyTickets();
        applyFilters();
    });
}

void QueueScreen::restoreMyTickets()
{
    const bool offered = m_session.can(Permission::TakeTicket);
    const bool mine = offered && m_session.isLoggedIn()
                      && QSettings().value(myTicketsKey(m_session.userId()), false).toBool();
    const QSignalBlocker blocker(m_mine);
    m_mine->setVisible(offered);
    m_mine->setChecked(mine);
    m_technician->setEnabled(!mine);
}

bool QueueScreen::myTicketsOnly() const
{
    return m_mine->isChecked() && m_session.can(Permission::TakeTicket);
}

void QueueScreen::setMyTicketsOnly(bool mine)
{
    m_mine->setChecked(mine);
}

// ---- the change feed ----------------------------------------------------------------------

void QueueScreen::followChanges()
{
    const workflow::Changes &changes = m_services.workflows.changes;
    connect(&changes, &workflow::Changes::ticketCreated, this, &QueueScreen::scheduleReload);
    connect(&changes, &workflow::Changes::ticketChanged, this, &QueueScreen::scheduleReload);
    connect(&changes, &workflow::Changes::usersChanged, this, &QueueScreen::scheduleReload);
    connect(&changes, &workflow::Changes::loanersChanged, this, &QueueScreen::scheduleReload);
}

void QueueScreen::scheduleReload()
{
    // One read once the event loop is back, however many changes were announced meanwhile
    // (an intake announces the ticket, a pull many).
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

} // namespace rc::ui
