#pragma once

#include "store/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace rc::ui {

// The audit trail as a table: when, who, what, about which ticket or record, the reason or
// note, and the details (status change, old and new values).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Kind, Subject, Reason, Details, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    // A translated name for an event kind ("transition" → "Status change").
    static QString kindLabel(const QString &kind);
    static QString details(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace rc::ui
