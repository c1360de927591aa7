#include "pricetablemodel.h"

#include <QColor>

namespace rc::ui {

void PriceTableModel::setItems(const QList<PriceItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PriceItem &p = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return p.code;
        case Kind:
            return p.kind == QuoteLineKind::Labour ? tr("Labour") : tr("Part");
        case NameZh:
            return p.name;
        case NameEn:
            return p.nameEn;
        case Price:
            return QStringLiteral("%1 %2").arg(p.unitPrice.toDecimalString(), p.unitPrice.currency);
        case Stock:
            return p.kind == QuoteLineKind::Labour ? QString() : QString::number(p.stock);
        case Active:
            return p.active ? tr("Yes") : tr("No");
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Stock))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !p.active)
        return QColor(0x88, 0x88, 0x88);
    if (role == Qt::ForegroundRole && index.column() == Stock && p.kind == QuoteLineKind::Part
        && p.stock == 0)
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case NameZh:
        return tr("Name (Chinese)");
    case NameEn:
        return tr("Name (English)");
    case Price:
        return tr("Unit price");
    case Stock:
        return tr("In stock");
    case Active:
        return tr("Active");
    }
    return {};
}

} // namespace rc::ui
