#include "quotelinesmodel.h"

#include "widgets/labels.h"

namespace rc::ui {

QuoteLinesModel::QuoteLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteLinesModel::setLines(const QList<QuoteLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit linesChanged();
}

void QuoteLinesModel::setPriceItems(const QList<PriceItem> &items)
{
    m_priceItems.clear();
    for (const PriceItem &item : items)
        m_priceItems.insert(item.id, item);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, DescriptionColumn),
                         index(int(m_lines.size()) - 1, DescriptionColumn));
}

QString QuoteLinesModel::description(const QuoteLine &line) const
{
    const auto item = m_priceItems.constFind(line.priceItemId);
    return Labels::lineDescription(line.description,
                                   item == m_priceItems.cend() ? nullptr : &item.value());
}

void QuoteLinesModel::addLine(const QuoteLine &line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    emit linesChanged();
}

void QuoteLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

void QuoteLinesModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QuoteLinesModel::setCoverable(bool coverable)
{
    if (m_coverable == coverable)
        return;
    m_coverable = coverable;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, CoveredColumn), index(rowCount() - 1, CoveredColumn));
}

int QuoteLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteLine &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == CoveredColumn)
        return line.covered ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole
        && (column == QuantityColumn || column == UnitPriceColumn || column == TotalColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case KindColumn:
        return line.kind == QuoteLineKind::Labour ? tr("Labour") : tr("Part");
    case DescriptionColumn:
        return description(line);
    case QuantityColumn:
        return line.quantity;
    case UnitPriceColumn:
        return line.unitPrice.toDecimalString();
    case CoveredColumn:
        return role == Qt::EditRole ? QVariant(line.covered)
                                    : QVariant(line.covered ? tr("Covered") : tr("Payable"));
    case TotalColumn:
        return line.total().toDecimalString();
    default:
        return {};
    }
}

bool QuoteLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QuoteLine &line = m_lines[index.row()];
    switch (index.column()) {
    case DescriptionColumn:
        if (role != Qt::EditRole || value.toString().trimmed().isEmpty())
            return false;
        // Left as shown: the stored description stays (it may be the item's Chinese name
        // shown in English).
        if (value.toString().trimmed() == description(line))
            return true;
        line.description = value.toString().trimmed();
        break;
    case QuantityColumn: {
        bool ok = false;
        const int quantity = value.toInt(&ok);
        if (role != Qt::EditRole || !ok || quantity <= 0)
            return false;
        line.quantity = quantity;
        break;
    }
    case UnitPriceColumn: {
        qint64 minor = 0;
        if (role != Qt::EditRole || !Money::parseDecimal(value.toString(), &minor) || minor < 0)
            return false;
        line.unitPrice.minor = minor;
        break;
    }
    case CoveredColumn: {
        bool covered = false;
        if (role == Qt::CheckStateRole)
            covered = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            covered = value.toBool();
        else
            return false;
        // Under a verdict that does not cover the repair, no line is covered (QuoteCoverage).
        if (covered && !m_coverable)
            return false;
        line.covered = covered;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit linesChanged();
    return true;
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable)
        return f;
    switch (index.column()) {
    case DescriptionColumn:
    case QuantityColumn:
    case UnitPriceColumn:
        return f | Qt::ItemIsEditable;
    case CoveredColumn:
        return m_coverable ? f | Qt::ItemIsUserCheckable : f;
    default:
        return f;
    }
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case CoveredColumn:
        return tr("Warranty");
    case TotalColumn:
        return tr("Line total");
    default:
        return {};
    }
}

} // namespace rc::ui
