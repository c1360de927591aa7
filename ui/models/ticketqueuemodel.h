#pragma once

#include "common/result.h"
#include "store/ticketrepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace rc {
class Clock;
}

namespace rc::ui {

// The queue as a table, over whatever list the store returns (the open tickets under a
// filter, or a search). Rows are fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a store of a million tickets costs one page to show.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // ReadyFor: days since a ready ticket became ready (uncollected phones, issue 20).
    enum Column {
        Number,
        Status,
        Age,
        Customer,
        Device,
        Technician,
        NextStep,
        Flag,
        ReadyFor,
        ColumnCount
    };
    enum Role { TicketIdRole = Qt::UserRole, UrgencyRole, RuleIdRole };

    // Returns up to `limit` rows starting at `offset`, newest first.
    using Fetch = std::function<Result<QList<TicketSummary>>(int offset, int limit)>;

    explicit TicketQueueModel(const Clock &clock, QObject *parent = nullptr);

    static constexpr int pageSize = 100;

    // Replaces the source and loads its first page.
    void setSource(Fetch fetch);
    // Loads the first page of the current source again (after a change in the store).
    void reload();
    void setTechnicianNames(const QHash<QString, QString> &names);

    const TicketSummary &ticketAt(int row) const { return m_rows.at(row); }
    // Whole days a ready ticket has waited since it became ready; -1 for any other status.
    int daysReady(const TicketSummary &ticket) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    Result<QList<TicketSummary>> fetchPage();

    const Clock &m_clock;
    Fetch m_fetch;
    QList<TicketSummary> m_rows;
    QHash<QString, QString> m_technicians;
    bool m_exhausted = true;
    bool m_changing = false;
    QString m_lastError;
};

} // namespace rc::ui
