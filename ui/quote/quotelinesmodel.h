#pragma once

#include "tickets/priceitem.h"
#include "tickets/quote.h"
#include "tickets/quotetotals.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rc::ui {

// The lines of a quote being written or read: kind, description, quantity, unit price,
// covered by the warranty or payable, line total. Editable (description, quantity, price,
// covered) while setEditable(true); the totals follow every change.
class QuoteLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        CoveredColumn,
        TotalColumn,
        ColumnCount
    };

    explicit QuoteLinesModel(QObject *parent = nullptr);

    void setLines(const QList<QuoteLine> &lines);
    const QList<QuoteLine> &lines() const { return m_lines; }
    void addLine(const QuoteLine &line);
    void removeLine(int row);
    void setEditable(bool editable);
    // The price list the lines come from: a line still named as its item is shown with the
    // item's name in the interface's language (Labels::lineDescription).
    void setPriceItems(const QList<PriceItem> &items);
    bool isEditable() const { return m_editable; }
    // Whether lines may be marked covered at all (the warranty verdict covers the repair).
    void setCoverable(bool coverable);
    bool isCoverable() const { return m_coverable; }
    QuoteTotals totals() const { return QuoteTotals::of(m_lines); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Lines were added, removed or edited.
    void linesChanged();

private:
    QString description(const QuoteLine &line) const;

    QList<QuoteLine> m_lines;
    QHash<QString, PriceItem> m_priceItems; // by id
    bool m_editable = false;
    bool m_coverable = true;
};

} // namespace rc::ui
