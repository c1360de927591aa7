#pragma once

#include "tickets/priceitem.h"
#include "tickets/quote.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rc::ui {

class QuoteLinesModel;

// Parts and labour lines picked from the price list: a table of lines (quantity, price and
// covered/payable editable in place), a price-list picker with a quantity and Add, Remove,
// and the totals (all lines, covered by the warranty, payable by the customer). Used by the
// diagnosis (what is needed) and the quote (what the customer approves).
class QuoteLinesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteLinesEditor(QWidget *parent = nullptr);

    void setPriceList(const QList<PriceItem> &items);
    void setLines(const QList<QuoteLine> &lines);
    QList<QuoteLine> lines() const;
    void setEditable(bool editable);
    // Whether the warranty verdict covers the repair: new lines start covered or payable,
    // and when the verdict turns the lines follow it (QuoteCoverage::follow: every line
    // payable once it does not cover; covered again when it does), the totals with them.
    void setVerdictCovers(bool covers);
    bool verdictCovers() const { return m_verdictCovers; }
    QuoteLinesModel *model() const { return m_model; }

signals:
    void linesChanged();

private:
    void addPicked();
    void refreshTotals();
    void fitColumns();

    QuoteLinesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_priceItems = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_covered = nullptr;
    QLabel *m_payable = nullptr;
    QList<PriceItem> m_priceList;
    bool m_verdictCovers = false;
};

} // namespace rc::ui
