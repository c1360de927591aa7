#pragma once

#include "tickets/priceitem.h"

#include <QAbstractTableModel>
#include <QList>

namespace rc::ui {

// The price list as a table: code, kind, Chinese and English name, price, stock, active.
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Kind, NameZh, NameEn, Price, Stock, Active, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<PriceItem> &items);
    const PriceItem &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PriceItem> m_items;
};

} // namespace rc::ui
