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
// A font's contextual and ligature glyphs have the same trouble: an Arabic letter shaped to its
// initial form is named by the presentation form (ﻣ, U+FEE3) the font's cmap gives that glyph,
// lam-alef by ﻻ, a Latin ligature by ﬂ; pdftotext then gives "ﬂicker", and a search for the
// customer's words fails.
//
// A font's contextual and ligature glyphs have the same trouble: an Arabic letter shaped to its
// initial form is named by the presentation form (ﻣ, U+FEE3) the font's cmap gives that glyph,
// lam-alef by ﻻ, a Latin ligature by ﬂ; pdftotext then gives "ﬂicker", and a search for the
// customer's words fails.
//
// repairTextLayer puts the characters the paper really carries back. For each ToUnicode entry
// of the embedded fonts whose code point is not in `text`: when a character of `text` has the
// same glyph in one of `fonts` (a twin), that character; else, for a presentation form or a
// Kangxi radical, its compatibility decomposition when `text` has all of it (one glyph may
// then name several characters: ﻻ → لا, given in visual order, which is how readers such as
// poppler lay one glyph's characters out in a right-to-left word). The CMaps are rewritten in
// place; when a name grows, the stream's /Length, the cross-reference table and startxref move with
// it (Qt writes a classic xref table; without one, only same-length names are changed). Returns how
// many entries it changed.
namespace rc::print {

int repairTextLayer(QByteArray &pdf, const QString &text, const QList<QFont> &fonts);

} // namespace rc::print
