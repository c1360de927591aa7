#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QString>

// Qt's PDF writer gives each glyph of an embedded font subset the lowest BMP code point the
// font's cmap maps to that glyph (QFontSubset::getReverseMap). Noto Sans CJK gives one glyph to
// a unified ideograph and to its Kangxi radical or CJK radical-supplement twin, and at times to
// a traditional and a simplified character: 人 is also ⼈ (U+2F08), 页 is ⻚ (U+2EDA), 户 is 戶.
// The page looks right but its text layer (search, copy, pdftotext) says the twin, which
// comes first in the code chart.
//
// repairTextLayer puts the characters the paper really carries back: for each ToUnicode entry of
// a font in `fonts` whose code point is not in `text`, it looks up the glyph that code point has
// in the font and, when a character of `text` has that same glyph, names that character
// instead. The CMaps are rewritten in place, code for code (same length), so object offsets and
// the cross-reference table stay valid. Returns how many entries it changed.
namespace rc::print {

int repairTextLayer(QByteArray &pdf, const QString &text, const QList<QFont> &fonts);

} // namespace rc::print
