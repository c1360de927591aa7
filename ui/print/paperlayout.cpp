#include "paperlayout.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCharFormat>
#include <QTextLayout>

#include <memory>

namespace rc::print {

namespace {

// Plain text for QTextLayout: hard line breaks become line separators, other control
// characters become spaces. Nothing else is touched: "<b>" and "&amp;" print as typed.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            out.append(QChar::LineSeparator);
        } else if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator) {
            out.append(QChar::LineSeparator);
        } else if (c.category() == QChar::Other_Control) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

// Scripts read as well without shaping: Latin, Greek and Cyrillic, whose only shaping on a
// paper would be ligatures (one glyph the text layer cannot name: "ﬂ"), and the CJK
// ideographs, kana and bopomofo. Everything else (Arabic joins its letters) is shaped.
bool readsUnshaped(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

// Qt 6.4's PreferNoShaping (the paper fonts') leaves Arabic unjoined: the runs of text in
// scripts that must be shaped get a format that lifts it. Spaces, digits, punctuation and
// marks stay in the run they are in, so a run is never cut inside a word.
QList<QTextLayout::FormatRange> shapedRuns(const QString &text, const QFont &font)
{
    QList<QTextLayout::FormatRange> runs;
    if (!(font.styleStrategy() & QFont::PreferNoShaping))
        return runs;
    QTextCharFormat shaped;
    shaped.setFontStyleStrategy(
        static_cast<QFont::StyleStrategy>(font.styleStrategy() & ~QFont::PreferNoShaping));
    int start = -1; // where the current shaped run began
    for (int i = 0; i < text.size(); ++i) {
        char32_t code = text.at(i).unicode();
        const int at = i;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Script script = QChar::script(code);
        if (script == QChar::Script_Common || script == QChar::Script_Inherited)
            continue;
        const bool needsShaping = !readsUnshaped(script);
        if (needsShaping && start < 0) {
            start = at;
        } else if (!needsShaping && start >= 0) {
            runs.append({start, at - start, shaped});
            start = -1;
        }
    }
    if (start >= 0)
        runs.append({start, static_cast<int>(text.size()) - start, shaped});
    return runs;
}

std::shared_ptr<QTextLayout> layOut(const QString &text, const QFont &font, qreal width,
                                    Qt::Alignment alignment)
{
    auto layout = std::make_shared<QTextLayout>(printable(text), font);
    layout->setFormats(shapedRuns(layout->text(), font));
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Papers read left to right; right-to-left runs (an Arabic name) are still ordered and
    // shaped by the bidi algorithm inside the line.
    option.setTextDirection(Qt::LeftToRight);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout->endLayout();
    return layout;
}

} // namespace

qreal BoxList::height() const
{
    qreal sum = 0;
    for (const Box &box : m_boxes)
        sum += box.height;
    return sum;
}

void BoxList::add(Box box)
{
    if (box.group == 0)
        box.group = m_group;
    box.table = m_table;
    box.tableHead = m_table != 0 && m_tableHead;
    m_boxes.push_back(std::move(box));
}

void BoxList::beginGroup()
{
    m_group = m_nextGroup++;
}

void BoxList::endGroup()
{
    m_group = 0;
}

void BoxList::beginTable()
{
    m_table = m_nextTable++;
    m_tableHead = true;
}

void BoxList::endTableHead()
{
    m_tableHead = false;
}

void BoxList::endTable()
{
    m_table = 0;
    m_tableHead = false;
}

void BoxList::text(const QString &text, const QFont &font, Qt::Alignment alignment)
{
    row({Cell {text, font, m_width, alignment}}, 0);
}

void BoxList::row(std::vector<Cell> cells, qreal gap)
{
    qreal fixed = 0;
    int flexible = 0;
    for (const Cell &cell : cells) {
        if (cell.width > 0)
            fixed += cell.width;
        else
            ++flexible;
    }
    const qreal gaps = gap * static_cast<qreal>(cells.size() > 0 ? cells.size() - 1 : 0);
    const qreal rest = flexible > 0 ? std::max<qreal>(0, (m_width - fixed - gaps) / flexible) : 0;

    struct Placed
    {
        std::shared_ptr<QTextLayout> layout;
        qreal x;
    };
    std::vector<Placed> placed;
    qreal x = 0;
    int lines = 0;
    QStringList texts;
    for (Cell &cell : cells) {
        const qreal width = std::min(cell.width > 0 ? cell.width : rest, m_width - x);
        if (!cell.text.isEmpty()) {
            placed.push_back(
                {layOut(cell.text, cell.font, std::max<qreal>(width, 1), cell.alignment), x});
            lines = std::max(lines, placed.back().layout->lineCount());
            texts.append(cell.text);
        }
        x += width + gap;
    }
    for (int i = 0; i < lines; ++i) {
        // Cells share a baseline: a line set partly in the CJK font is taller than one in
        // DejaVu only, and labels must sit level with their values.
        qreal ascent = 0;
        qreal descent = 0;
        for (const Placed &cell : placed) {
            if (i < cell.layout->lineCount()) {
                const QTextLine line = cell.layout->lineAt(i);
                ascent = std::max(ascent, line.ascent());
                descent = std::max(descent, line.height() - line.ascent());
            }
        }
        Box box;
        box.height = ascent + descent;
        box.text = i == 0 ? texts.join(QLatin1Char(' ')) : QString();
        box.paint = [placed, i, ascent](QPainter &painter, const QPointF &topLeft, qreal) {
            for (const Placed &cell : placed) {
                if (i < cell.layout->lineCount()) {
                    const QTextLine line = cell.layout->lineAt(i);
                    line.draw(&painter, topLeft + QPointF(cell.x, ascent - line.ascent()));
                }
            }
        };
        add(std::move(box));
    }
}

void BoxList::field(const QString &label, const QString &value, const QFont &labelFont,
                    const QFont &valueFont, qreal labelWidth)
{
    if (value.trimmed().isEmpty())
        return;
    // A label too long for its column goes on a line of its own above the value, so a
    // narrow roll never breaks a label over several lines beside its value.
    if (QFontMetricsF(labelFont).horizontalAdvance(label) > labelWidth) {
        space(0.8 * kUnitsPerMm);
        text(label, labelFont);
        text(value, valueFont);
        return;
    }
    row({Cell {label, labelFont, labelWidth}, Cell {value, valueFont, 0}}, 1.5 * kUnitsPerMm);
}

void BoxList::rule(qreal thickness, bool dashed)
{
    const qreal margin = 1.2 * kUnitsPerMm;
    Box box;
    box.height = thickness + 2 * margin;
    box.paint
        = [thickness, dashed, margin](QPainter &painter, const QPointF &topLeft, qreal width) {
              QPen pen(Qt::black, thickness, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
              painter.setPen(pen);
              const qreal y = topLeft.y() + margin + thickness / 2;
              painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + width, y));
          };
    add(std::move(box));
}

void BoxList::space(qreal height)
{
    Box box;
    box.height = height;
    box.spacer = true;
    add(std::move(box));
}

void BoxList::custom(qreal height, Box::Painter paint, const QString &text)
{
    Box box;
    box.height = height;
    box.paint = std::move(paint);
    box.text = text;
    add(std::move(box));
}

std::vector<std::vector<size_t>> paginate(const std::vector<Box> &boxes, qreal bodyHeight)
{
    std::vector<std::vector<size_t>> pages(1);
    qreal used = 0;
    bool fresh = true; // nothing on this page yet but a repeated table head
    const auto newPage = [&] {
        pages.emplace_back();
        used = 0;
        fresh = true;
    };
    size_t i = 0;
    while (i < boxes.size()) {
        const Box &box = boxes[i];
        if (box.spacer && fresh) {
            ++i;
            continue;
        }
        // A table's rows continued on a new page: its head first.
        if (box.table != 0 && !box.tableHead && pages.size() > 1 && pages.back().empty()) {
            for (size_t j = 0; j < i; ++j) {
                if (boxes[j].table == box.table && boxes[j].tableHead) {
                    pages.back().push_back(j);
                    used += boxes[j].height;
                }
            }
        }
        // A group that starts here moves whole to a new page if it does not fit on this one
        // but would on an empty one.
        if (box.group != 0 && (i == 0 || boxes[i - 1].group != box.group) && !fresh) {
            qreal groupHeight = 0;
            for (size_t j = i; j < boxes.size() && boxes[j].group == box.group; ++j)
                groupHeight += boxes[j].height;
            if (used + groupHeight > bodyHeight && groupHeight <= bodyHeight) {
                newPage();
                continue;
            }
        }
        if (used + box.height > bodyHeight && !fresh) {
            newPage();
            continue;
        }
        pages.back().push_back(i);
        used += box.height;
        fresh = false;
        ++i;
    }
    return pages;
}

QStringList paperFontFamilies()
{
    static const QStringList families = [] {
        const QStringList installed = QFontDatabase::families();
        QStringList found;
        // Latin, digits and Arabic from DejaVu Sans first: in Noto Sans CJK the shaper
        // substitutes digit glyphs next to Latin letters, and Qt's PDF writer cannot map
        // those back to text (a PDF would say "Mate Pro" for "Mate 60 Pro" when searched or
        // copied). Han characters fall through to the CJK fonts.
        for (const char *name : {"DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC",
                                 "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                                 "Droid Sans Fallback", "AR PL UMing CN"}) {
            const QString family = QString::fromLatin1(name);
            if (installed.contains(family, Qt::CaseInsensitive))
                found.append(family);
        }
        return found;
    }();
    return families;
}

QFont paperFont(qreal sizeMm, bool bold)
{
    QFont font;
    const QStringList families = paperFontFamilies();
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPixelSize(std::max(1, qRound(sizeMm * kUnitsPerMm)));
    font.setBold(bold);
    // Metrics must not depend on the screen: the same layout goes to PDF and to printers.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // Latin without ligatures: "fl" stays two glyphs, so the PDF's text layer gives back "fl"
    // and not "ﬂ", and a search for the customer's words finds them (issue 17). Scripts that
    // cannot be read unshaped (Arabic) are shaped all the same: see shapedRuns().
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace rc::print
