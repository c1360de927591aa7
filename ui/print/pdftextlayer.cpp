#include "pdftextlayer.h"

#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace rc::print {

namespace {

quint16 be16(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    return static_cast<quint16>((static_cast<quint8>(data.at(at)) << 8)
                                | static_cast<quint8>(data.at(at + 1)));
}

// The PostScript name of the face (name table, name ID 6): what the PDF writer calls it.
QString postScriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    const int count = be16(table, 2);
    const int strings = be16(table, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * i;
        const int platform = be16(table, record);
        const int nameId = be16(table, record + 6);
        const int length = be16(table, record + 8);
        const qsizetype offset = strings + be16(table, record + 10);
        if (nameId != 6 || offset + length > table.size())
            continue;
        if (platform == 3 || platform == 0) {
            QString name;
            for (int c = 0; c + 1 < length; c += 2)
                name.append(QChar(be16(table, offset + c)));
            return name;
        }
        if (platform == 1)
            return QString::fromLatin1(table.constData() + offset, length);
    }
    return {};
}

struct Face
{
    QString postScriptName;
    QRawFont raw;
    QHash<quint32, QChar> textByGlyph; // glyphs of the paper's text, to the character
};

quint32 glyphOf(const QRawFont &font, char16_t code)
{
    const QChar ch(code);
    quint32 glyph = 0;
    int count = 1;
    if (!font.glyphIndexesForChars(&ch, 1, &glyph, &count) || count != 1)
        return 0;
    return glyph;
}

// Byte range of the stream of object `id` (stream: false, of its body after "obj").
std::optional<std::pair<qsizetype, qsizetype>> streamOf(const QByteArray &pdf, int id,
                                                        bool stream = true)
{
    const QByteArray head = QByteArray::number(id) + " 0 obj";
    qsizetype at = 0;
    for (;;) {
        at = pdf.indexOf(head, at);
        if (at < 0)
            return std::nullopt;
        if (at == 0 || pdf.at(at - 1) == '\n' || pdf.at(at - 1) == '\r')
            break;
        at += head.size();
    }
    if (!stream) {
        const qsizetype end = pdf.indexOf("endobj", at);
        if (end < 0)
            return std::nullopt;
        return std::pair {at + head.size(), end};
    }
    qsizetype begin = pdf.indexOf("stream", at);
    if (begin < 0)
        return std::nullopt;
    begin += 6;
    if (begin < pdf.size() && pdf.at(begin) == '\r')
        ++begin;
    if (begin < pdf.size() && pdf.at(begin) == '\n')
        ++begin;
    const qsizetype end = pdf.indexOf("endstream", begin);
    if (end < 0)
        return std::nullopt;
    return std::pair {begin, end};
}

// Where the dictionary of object `id` begins ("<<" after "N 0 obj").
qsizetype dictionaryOf(const QByteArray &pdf, int id)
{
    const auto body = streamOf(pdf, id, false);
    return body ? pdf.indexOf("<<", body->first) : -1;
}

bool isHex4(const QByteArray &pdf, qsizetype at)
{
    if (at < 1 || at + 5 > pdf.size() || pdf.at(at - 1) != '<' || pdf.at(at + 4) != '>')
        return false;
    for (qsizetype i = at; i < at + 4; ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(pdf.at(i))))
            return false;
    }
    return true;
}

// One change to the PDF: `length` bytes at `at` become `text`.
struct Edit
{
    qsizetype at;
    qsizetype length;
    QByteArray text;
};

QByteArray hexOf(const QString &text)
{
    QByteArray hex;
    for (const QChar ch : text)
        hex += QByteArray::number(ch.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex;
}

// What a glyph the PDF names `code` really is on this paper, or nothing when `code` is right:
//  - a character of the paper's text with the same glyph in the face (a CJK twin: ⼈ for 人);
//  - else, for a presentation form, its compatibility decomposition when the paper's text has
//    all of it: a ligature (ﬂ for fl), an Arabic contextual form (ﻣ for م), lam-alef (ﻻ for
//    لا), a Kangxi radical in a font Qt fell back to (⼈ for 人).
QString meantFor(char16_t code, const QSet<char16_t> &inText, const Face *face)
{
    if (code == 0 || inText.contains(code) || QChar::isSurrogate(code))
        return {};
    if (face) {
        const quint32 glyph = glyphOf(face->raw, code);
        const auto meant = face->textByGlyph.constFind(glyph);
        if (glyph != 0 && meant != face->textByGlyph.cend() && meant->unicode() != code)
            return QString(*meant);
    }
    // Only forms a font has for shaping or by history, never characters a paper may carry
    // for themselves (a full-width colon stays one).
    const bool presentationForm = (code >= 0xfb00 && code <= 0xfdff) // ligatures, Arabic A
                                  || (code >= 0xfe70 && code <= 0xfeff) // Arabic B
                                  || (code >= 0x2f00 && code <= 0x2fdf); // Kangxi radicals
    if (!presentationForm)
        return {};
    const QString self(QChar {code});
    QString decomposed = self.normalized(QString::NormalizationForm_KC);
    if (decomposed.isEmpty() || decomposed == self)
        return {};
    bool rightToLeft = true;
    for (const QChar ch : decomposed) {
        if (!inText.contains(ch.unicode()))
            return {};
        rightToLeft
            = rightToLeft && (ch.direction() == QChar::DirAL || ch.direction() == QChar::DirR);
    }
    // One glyph naming several right-to-left letters (ﻻ): readers lay its characters out left
    // to right across the glyph and then read the word right to left (poppler does: pdftotext,
    // Evince, Okular), so the letters are given in visual order to come out as typed (لا).
    if (rightToLeft && decomposed.size() > 1)
        std::reverse(decomposed.begin(), decomposed.end());
    return decomposed;
}

// The edits that correct the destination codes of one ToUnicode CMap.
void repairCMap(const QByteArray &pdf, qsizetype begin, qsizetype end, const QSet<char16_t> &inText,
                const Face *face, std::vector<Edit> *edits)
{
    const auto codeAt = [&pdf](qsizetype at) {
        bool ok = false;
        const auto code = static_cast<char16_t>(pdf.mid(at, 4).toUInt(&ok, 16));
        return ok ? code : char16_t(0);
    };
    // Qt writes "beginbfrange" entries: <first> <last> <code> for one glyph or a run of
    // glyphs whose codes follow each other, or <first> <last> [<code> <code> …] for glyphs
    // with unrelated codes. A destination may be several code units (<06440627>).
    qsizetype line = begin;
    while (line < end) {
        qsizetype next = pdf.indexOf('\n', line);
        if (next < 0 || next > end)
            next = end;
        if (isHex4(pdf, line + 1) && isHex4(pdf, line + 8) && line + 13 < next
            && pdf.at(line + 13) == ' ') {
            const qsizetype rest = line + 14;
            if (rest < next && pdf.at(rest) == '[') {
                for (qsizetype at = rest + 1; at + 5 <= next; ++at) {
                    if (!isHex4(pdf, at))
                        continue;
                    const QString meant = meantFor(codeAt(at), inText, face);
                    if (!meant.isEmpty())
                        edits->push_back({at, 4, hexOf(meant)});
                    at += 4;
                }
            } else if (isHex4(pdf, rest + 1)) {
                const int count = pdf.mid(line + 8, 4).toInt(nullptr, 16)
                                  - pdf.mid(line + 1, 4).toInt(nullptr, 16) + 1;
                const char16_t first = codeAt(rest + 1);
                // A run: rewritten as a list when any of its glyphs needs another name.
                QList<QString> names;
                bool changed = false;
                for (int i = 0; i < count && count > 0; ++i) {
                    const auto code = static_cast<char16_t>(first + i);
                    const QString meant = meantFor(code, inText, face);
                    changed = changed || !meant.isEmpty();
                    names.append(meant.isEmpty() ? QString(QChar {code}) : meant);
                }
                if (changed && count == 1) {
                    edits->push_back({rest + 1, 4, hexOf(names.constFirst())});
                } else if (changed) {
                    QByteArray list = "[";
                    for (const QString &name : std::as_const(names))
                        list += (list.size() > 1 ? " <" : "<") + hexOf(name) + '>';
                    list += ']';
                    edits->push_back({rest, 6, list});
                }
            }
        }
        line = next + 1;
    }
}

// The value of the /Length of the stream whose dictionary starts at dictionary: where its
// digits are and what they say (following an indirect reference to its object).
std::optional<std::pair<qsizetype, qsizetype>>
lengthDigits(const QByteArray &pdf, qsizetype dictionary, qsizetype streamBegin)
{
    static const QRegularExpression length(QStringLiteral("/Length\\s+(\\d+)(?:\\s+(\\d+)\\s+R)?"));
    const QString view = QString::fromLatin1(pdf.mid(dictionary, streamBegin - dictionary));
    const auto match = length.match(view);
    if (!match.hasMatch())
        return std::nullopt;
    if (match.captured(2).isEmpty())
        return std::pair {dictionary + match.capturedStart(1), match.capturedLength(1)};
    // /Length N 0 R: the number is the whole body of object N.
    const auto object = streamOf(pdf, match.captured(1).toInt(), false);
    if (!object)
        return std::nullopt;
    qsizetype at = object->first;
    while (at < pdf.size() && std::isspace(static_cast<unsigned char>(pdf.at(at))))
        ++at;
    qsizetype digits = at;
    while (digits < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(digits))))
        ++digits;
    if (digits == at)
        return std::nullopt;
    return std::pair {at, digits - at};
}

// Where the cross-reference table starts, when it is the one Qt writes: "xref", one
// subsection "0 N" of N 20-byte entries, then the trailer; -1 otherwise.
qsizetype classicXref(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return -1;
    bool ok = false;
    const qsizetype xref
        = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= pdf.size() || !pdf.mid(xref).startsWith("xref"))
        return -1;
    const qsizetype header = pdf.indexOf('\n', xref) + 1;
    const qsizetype firstEntry = header > 0 ? pdf.indexOf('\n', header) + 1 : 0;
    if (header <= 0 || firstEntry <= 0)
        return -1;
    const QList<QByteArray> counts = pdf.mid(header, firstEntry - header).trimmed().split(' ');
    const qsizetype entries
        = counts.size() == 2 && counts.at(0) == "0" ? counts.at(1).toLongLong() : -1;
    if (entries <= 0 || !pdf.mid(firstEntry + 20 * entries).trimmed().startsWith("trailer"))
        return -1;
    return xref;
}

// Applies the edits (not overlapping). Edits that change lengths move what follows them, so
// the cross-reference table's offsets and startxref are moved with them; the caller makes
// such edits only when classicXref() found the table (and moves the streams' /Length itself).
void applyEdits(QByteArray &pdf, std::vector<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });
    const qsizetype xref = classicXref(pdf);
    const auto shifted = [&edits](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &e : edits) {
            if (e.at >= offset)
                break;
            delta += e.text.size() - e.length;
        }
        return offset + delta;
    };
    QByteArray out;
    out.reserve(pdf.size() + 1024);
    qsizetype from = 0;
    for (const Edit &e : edits) {
        out += pdf.mid(from, e.at - from);
        out += e.text;
        from = e.at + e.length;
    }
    out += pdf.mid(from);
    if (xref >= 0) {
        // "xref\n0 N\n" then N entries of 20 bytes: "OOOOOOOOOO GGGGG n\r\n" (or " \n").
        const qsizetype table = shifted(xref);
        const qsizetype header = out.indexOf('\n', table) + 1;
        const qsizetype firstEntry = out.indexOf('\n', header) + 1;
        const QList<QByteArray> counts = out.mid(header, firstEntry - header).trimmed().split(' ');
        const int entries = counts.size() == 2 ? counts.at(1).toInt() : 0;
        for (int i = 0; i < entries; ++i) {
            const qsizetype entry = firstEntry + 20 * qsizetype(i);
            if (entry + 20 > out.size() || out.at(entry + 17) != 'n')
                continue;
            const qsizetype offset = out.mid(entry, 10).toLongLong();
            out.replace(entry, 10, QByteArray::number(shifted(offset)).rightJustified(10, '0'));
        }
        const qsizetype newStartxref = out.lastIndexOf("startxref");
        const qsizetype number = out.indexOf(QByteArray::number(xref), newStartxref);
        if (number > newStartxref)
            out.replace(number, QByteArray::number(xref).size(), QByteArray::number(table));
    }
    pdf = out;
}

} // namespace

int repairTextLayer(QByteArray &pdf, const QString &text, const QList<QFont> &fonts)
{
    QSet<char16_t> inText;
    QString distinct;
    for (const QChar ch : text) {
        if (!ch.isSurrogate() && !inText.contains(ch.unicode())) {
            inText.insert(ch.unicode());
            distinct.append(ch);
        }
    }

    // The faces the papers' text can land in: each font's own and its Han fallback.
    std::vector<Face> faces;
    for (const QFont &font : fonts) {
        for (auto system : {QFontDatabase::Any, QFontDatabase::SimplifiedChinese}) {
            QRawFont raw = QRawFont::fromFont(font, system);
            if (!raw.isValid())
                continue;
            const QString name = postScriptName(raw);
            if (name.isEmpty())
                continue;
            bool known = false;
            for (const Face &face : faces)
                known = known || face.postScriptName == name;
            if (known)
                continue;
            Face face {name, raw, {}};
            const QList<quint32> glyphs = raw.glyphIndexesForString(distinct);
            for (qsizetype i = 0; i < glyphs.size() && i < distinct.size(); ++i) {
                if (glyphs.at(i) != 0 && !face.textByGlyph.contains(glyphs.at(i)))
                    face.textByGlyph.insert(glyphs.at(i), distinct.at(i));
            }
            faces.push_back(std::move(face));
        }
    }

    // Every embedded font's ToUnicode: twins need the face, decompositions do not (a fallback
    // font Qt picked for Arabic is repaired too).
    static const QRegularExpression type0(QStringLiteral(
        "/Subtype\\s*/Type0\\s*/BaseFont\\s*/(?:[A-Z]{6}\\+)?([^\\s/>]+)[^>]*?/ToUnicode\\s+(\\d+)"
        "\\s+0\\s+R"));
    // Latin-1 keeps byte offsets and character offsets the same.
    const QString view = QString::fromLatin1(pdf);
    std::vector<Edit> edits;
    int changed = 0;
    QSet<int> done;
    // A name longer than the one it replaces (ﬂ → fl) moves the rest of the file, which only
    // the cross-reference table Qt writes lets us follow.
    const bool canMove = classicXref(pdf) >= 0;
    for (auto it = type0.globalMatch(view); it.hasNext();) {
        const auto match = it.next();
        const int object = match.captured(2).toInt();
        if (done.contains(object))
            continue;
        done.insert(object);
        const Face *face = nullptr;
        for (const Face &candidate : faces) {
            if (candidate.postScriptName == match.captured(1))
                face = &candidate;
        }
        const auto stream = streamOf(pdf, object);
        if (!stream)
            continue;
        std::vector<Edit> own;
        repairCMap(pdf, stream->first, stream->second, inText, face, &own);
        qsizetype delta = 0;
        for (const Edit &e : own)
            delta += e.text.size() - e.length;
        if (delta != 0) {
            const qsizetype dictionary = canMove ? dictionaryOf(pdf, object) : -1;
            const auto digits
                = dictionary < 0 ? std::nullopt : lengthDigits(pdf, dictionary, stream->first);
            if (!digits) {
                // The length cannot be moved with the text: keep the same-length edits only.
                std::erase_if(own, [](const Edit &e) { return e.text.size() != e.length; });
            } else {
                const qsizetype length = pdf.mid(digits->first, digits->second).toLongLong();
                edits.push_back(
                    {digits->first, digits->second, QByteArray::number(length + delta)});
            }
        }
        changed += static_cast<int>(own.size());
        edits.insert(edits.end(), own.begin(), own.end());
    }
    if (!edits.empty())
        applyEdits(pdf, std::move(edits));
    return changed;
}

} // namespace rc::print
