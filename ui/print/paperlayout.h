#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

// The layout of a paper as a column of boxes: each box is one line of text (or one line of a
// row of cells), a rule, a barcode or some space, with a height and a way to paint itself.
// Text is always laid out as plain text with QTextLayout, never parsed as markup, and wraps
// inside its cell (at word boundaries, or anywhere when a word is wider than the cell).
// Lengths are in layout units of 0.1 mm; the painter is scaled to them.
namespace rc::print {

constexpr qreal kUnitsPerMm = 10.0;

struct Box
{
    using Painter = std::function<void(QPainter &painter, const QPointF &topLeft, qreal width)>;
    qreal height = 0;
    Painter paint; // empty for space
    int group = 0; // consecutive boxes of one non-zero group stay on one page when they fit
    bool spacer = false; // dropped at the top of a page
    int table = 0; // non-zero: a box of this table (its head or its rows)
    bool tableHead = false; // the table's column heads: repeated on every page the table is on
    QString text; // the text this box prints, for checks
};

struct Cell
{
    QString text;
    QFont font;
    qreal width = 0; // <= 0: what is left of the row
    Qt::Alignment alignment = Qt::AlignLeft;
};

class BoxList
{
public:
    explicit BoxList(qreal width)
        : m_width(width)
    {
    }

    qreal width() const { return m_width; }
    const std::vector<Box> &boxes() const { return m_boxes; }
    qreal height() const;

    void text(const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignLeft);
    // Cells side by side, gap apart; each wraps in its own width, the row is as tall as
    // its tallest cell. One box per printed line, so a long row may continue on the next page.
    void row(std::vector<Cell> cells, qreal gap);
    void field(const QString &label, const QString &value, const QFont &labelFont,
               const QFont &valueFont, qreal labelWidth);
    void rule(qreal thickness, bool dashed = false);
    void space(qreal height);
    void custom(qreal height, Box::Painter paint, const QString &text = {});

    // Keeps what is added until endGroup() on one page when it fits on one.
    void beginGroup();
    void endGroup();
    // A table: what is added after beginTable() until endTableHead() is its head, repeated at
    // the top of each further page its rows run onto; the rows follow until endTable().
    void beginTable();
    void endTableHead();
    void endTable();

private:
    void add(Box box);

    qreal m_width;
    std::vector<Box> m_boxes;
    int m_group = 0;
    int m_nextGroup = 1;
    int m_table = 0;
    int m_nextTable = 1;
    bool m_tableHead = false;
};

// Splits boxes into pages of at most bodyHeight each: groups move whole to the next page when
// they fit on one, space at the top of a page is dropped, a box taller than a page gets a page
// of its own, a table continued on a new page gets its head again. Returns the indexes of the boxes
// on each page (at least one page).
std::vector<std::vector<size_t>> paginate(const std::vector<Box> &boxes, qreal bodyHeight);

// The families papers are set in: DejaVu Sans for Latin, digits, Arabic and symbols, then
// Noto Sans CJK SC for Chinese (other CJK fonts when it is missing). Empty when none is
// installed: the system default font is used then.
QStringList paperFontFamilies();
QFont paperFont(qreal sizeMm, bool bold = false);

} // namespace rc::print
