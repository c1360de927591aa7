#include "quotelineseditor.h"

#include "quotelinesmodel.h"
#include "tickets/quotecoverage.h"
#include "widgets/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rc::ui {

QuoteLinesEditor::QuoteLinesEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_model = new QuoteLinesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    // Kind, quantity and covered/payable are as wide as their widest entry, sized again
    // whenever the lines change (ResizeToContents kept the header's width in Chinese, cutting
    // "配件" to "…" and hiding "在保" beside its box).
    for (int column : {QuoteLinesModel::KindColumn, QuoteLinesModel::QuantityColumn,
                       QuoteLinesModel::CoveredColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table, 1);

    auto *pick = new QHBoxLayout;
    m_priceItems = new QComboBox(this);
    m_priceItems->setObjectName(QStringLiteral("priceItemCombo"));
    m_priceItems->setMinimumContentsLength(24);
    m_priceItems->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    pick->addWidget(m_priceItems, 1);
    pick->addWidget(new QLabel(tr("Qty:"), this));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, 99);
    pick->addWidget(m_quantity);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addLineButton"));
    pick->addWidget(m_add);
    m_remove = new QPushButton(tr("Remove line"), this);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    pick->addWidget(m_remove);
    layout->addLayout(pick);

    auto *totals = new QHBoxLayout;
    m_total = new QLabel(this);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_covered = new QLabel(this);
    m_covered->setTextFormat(Qt::PlainText);
    m_covered->setObjectName(QStringLiteral("coveredLabel"));
    m_payable = new QLabel(this);
    m_payable->setTextFormat(Qt::PlainText);
    m_payable->setObjectName(QStringLiteral("payableLabel"));
    m_payable->setStyleSheet(QStringLiteral("font-weight:bold;"));
    totals->addWidget(m_total);
    totals->addWidget(m_covered);
    totals->addStretch(1);
    totals->addWidget(m_payable);
    layout->addLayout(totals);

    connect(m_add, &QPushButton::clicked, this, &QuoteLinesEditor::addPicked);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeLine(current.row());
    });
    connect(m_model, &QuoteLinesModel::linesChanged, this, [this] {
        refreshTotals();
        fitColumns();
        emit linesChanged();
    });
    setEditable(false);
    m_model->setCoverable(m_verdictCovers);
    refreshTotals();
    fitColumns();
}

void QuoteLinesEditor::setPriceList(const QList<PriceItem> &items)
{
    m_priceList = items;
    m_priceItems->clear();
    for (const PriceItem &item : items)
        m_priceItems->addItem(
            QStringLiteral("%1 · %2 · %3")
                .arg(item.code, Labels::priceItemName(item), item.unitPrice.toDecimalString()),
            item.id);
    m_model->setPriceItems(items);
}

void QuoteLinesEditor::setLines(const QList<QuoteLine> &lines)
{
    m_model->setLines(lines);
}

QList<QuoteLine> QuoteLinesEditor::lines() const
{
    return m_model->lines();
}

void QuoteLinesEditor::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_priceItems->setEnabled(editable);
    m_quantity->setEnabled(editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void QuoteLinesEditor::setVerdictCovers(bool covers)
{
    const bool before = m_verdictCovers;
    m_verdictCovers = covers;
    m_model->setCoverable(covers);
    if (before != covers && !m_model->lines().isEmpty())
        m_model->setLines(QuoteCoverage::follow(m_model->lines(), before, covers));
}

void QuoteLinesEditor::addPicked()
{
    const int index = m_priceItems->currentIndex();
    if (index < 0 || index >= m_priceList.size())
        return;
    const PriceItem &item = m_priceList.at(index);
    QuoteLine line;
    line.kind = item.kind;
    line.priceItemId = item.id;
    line.description = item.name;
    line.quantity = m_quantity->value();
    line.unitPrice = item.unitPrice;
    line.covered = m_verdictCovers;
    m_model->addLine(line);
    m_quantity->setValue(1);
}

void QuoteLinesEditor::fitColumns()
{
    for (int column : {QuoteLinesModel::KindColumn, QuoteLinesModel::QuantityColumn,
                       QuoteLinesModel::CoveredColumn})
        m_table->resizeColumnToContents(column);
    // Room for the other word too (covered ⇄ payable) when the verdict turns.
    m_table->setColumnWidth(QuoteLinesModel::CoveredColumn,
                            m_table->columnWidth(QuoteLinesModel::CoveredColumn)
                                + fontMetrics().horizontalAdvance(QStringLiteral("MM")));
}

void QuoteLinesEditor::refreshTotals()
{
    const QuoteTotals t = m_model->totals();
    m_total->setText(tr("Total %1").arg(t.total.toDecimalString()));
    m_covered->setText(tr("Covered by warranty %1").arg(t.covered.toDecimalString()));
    m_payable->setText(tr("Customer pays %1").arg(t.payable.toDecimalString()));
}

} // namespace rc::ui
