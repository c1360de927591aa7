#include "ticketqueuemodel.h"

#include "common/clock.h"
#include "promises.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rc::ui {

TicketQueueModel::TicketQueueModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void TicketQueueModel::setSource(Fetch fetch)
{
    m_fetch = std::move(fetch);
    reload();
}

void TicketQueueModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = !m_fetch;
    m_lastError.clear();
    if (m_fetch) {
        auto page = fetchPage();
        if (page)
            m_rows = std::move(page).value();
    }
    endResetModel();
    m_changing = false;
}

Result<QList<TicketSummary>> TicketQueueModel::fetchPage()
{
    auto page = m_fetch(static_cast<int>(m_rows.size()), pageSize);
    if (!page) {
        m_exhausted = true;
        m_lastError = page.error().message;
        emit loadFailed(m_lastError);
        return page;
    }
    m_exhausted = page->size() < pageSize;
    return page;
}

void TicketQueueModel::setTechnicianNames(const QHash<QString, QString> &names)
{
    m_technicians = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Technician), index(rowCount() - 1, Technician));
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TicketQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void TicketQueueModel::fetchMore(const QModelIndex &parent)
{
    // Views (and the model tester) may ask for more while they handle the signals of a
    // change; that request waits for the next one.
    if (parent.isValid() || m_exhausted || m_changing)
        return;
    m_changing = true;
    auto page = fetchPage();
    m_changing = false;
    if (!page || page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
    m_changing = false;
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketSummary &t = m_rows.at(index.row());
    if (role == TicketIdRole)
        return t.id;
    const PromiseState promise = Promises::evaluate(t.status, t.createdAt, {}, m_clock.nowUtc());
    if (role == UrgencyRole)
        return static_cast<int>(promise.urgency);
    if (role == RuleIdRole)
        return promise.ruleId;

    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Number:
            return t.number;
        case Status:
            return TicketLifecycle::label(t.status);
        case Age:
            return tr("%n day(s)", nullptr, promise.daysOpen);
        case Customer:
            return t.customerName;
        case Device:
            return QStringList {t.brand, t.model}.join(QLatin1Char(' ')).trimmed();
        case Technician:
            return t.technicianId.isEmpty() ? QString()
                                            : m_technicians.value(t.technicianId, t.technicianId);
        case NextStep:
            return Promises::nextStep(t.status);
        case ReadyFor: {
            const int days = daysReady(t);
            return days < 0 ? QString() : tr("%n day(s)", nullptr, days);
        }
        case Flag:
            // A rule at stake names it; otherwise the coloured cell says why it is coloured.
            return promise.ruleId.isEmpty() ? Promises::urgencyFlag(promise.urgency)
                                            : Promises::shortFlag(promise.ruleId);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Device)
        return t.imei2.isEmpty() ? t.imei1 : t.imei1 + QLatin1Char('\n') + t.imei2;
    if (role == Qt::ToolTipRole && column == Flag)
        return promise.ruleId.isEmpty() ? Promises::urgencyText(promise.urgency, t.status)
                                        : Promises::flagText(promise.ruleId);
    if (role == Qt::ToolTipRole && column == Customer)
        return t.customerPhone;
    if ((role == Qt::BackgroundRole) && (column == Age || column == Flag)) {
        switch (promise.urgency) {
        case Urgency::Late:
            return QBrush(QColor(0xf6, 0xc9, 0xc5));
        case Urgency::Due:
            return QBrush(QColor(0xfb, 0xe7, 0xb5));
        case Urgency::None:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == ReadyFor && daysReady(t) >= 0)
        return tr("Ready since %1; record each notice to collect on the ticket")
            .arg(QLocale().toString(t.statusChangedAt.toLocalTime().date(), QLocale::ShortFormat));
    if (role == Qt::TextAlignmentRole && (column == Age || column == ReadyFor))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

int TicketQueueModel::daysReady(const TicketSummary &ticket) const
{
    if (ticket.status != TicketStatus::Ready || !ticket.statusChangedAt.isValid())
        return -1;
    return int(qMax<qint64>(0, ticket.statusChangedAt.toLocalTime().date().daysTo(
                                   m_clock.nowUtc().toLocalTime().date())));
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Ticket");
    case Status:
        return tr("Status");
    case Age:
        return tr("Age");
    case Customer:
        return tr("Customer");
    case Device:
        return tr("Phone");
    case Technician:
        return tr("Technician");
    case NextStep:
        return tr("Next");
    case Flag:
        return tr("Promise");
    case ReadyFor:
        return tr("Ready for");
    default:
        return {};
    }
}

} // namespace rc::ui
