#include "pdftextlayer.h"

#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>

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

// Byte range of the stream of object `id`.
std::optional<std::pair<qsizetype, qsizetype>> streamOf(const QByteArray &pdf, int id)
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

// Rewrites the destination codes of one ToUnicode CMap; returns how many it changed.
int repairCMap(QByteArray &pdf, qsizetype begin, qsizetype end, const QSet<char16_t> &inText,
               const Face &face)
{
    int changed = 0;
    const auto repair = [&](qsizetype at) {
        bool ok = false;
        const auto code = static_cast<char16_t>(pdf.mid(at, 4).toUInt(&ok, 16));
        if (!ok || code == 0 || inText.contains(code))
            return;
        const quint32 glyph = glyphOf(face.raw, code);
        const auto meant = face.textByGlyph.constFind(glyph);
        if (glyph == 0 || meant == face.textByGlyph.cend() || meant->unicode() == code)
            return;
        const QByteArray hex
            = QByteArray::number(meant->unicode(), 16).toUpper().rightJustified(4, '0');
        pdf.replace(at, 4, hex);
        ++changed;
    };
    // Qt writes "beginbfrange" entries: <first> <last> <code> for one glyph (or a run whose
    // codes follow each other, left alone: a run of twins cannot happen in practice), or
    // <first> <last> [<code> <code> …] for glyphs with unrelated codes.
    qsizetype line = begin;
    while (line < end) {
        qsizetype next = pdf.indexOf('\n', line);
        if (next < 0 || next > end)
            next = end;
        if (isHex4(pdf, line + 1) && isHex4(pdf, line + 8) && pdf.at(line + 13) == ' ') {
            const bool single = pdf.mid(line + 1, 4) == pdf.mid(line + 8, 4);
            const qsizetype rest = line + 14;
            if (rest < next && pdf.at(rest) == '[') {
                for (qsizetype at = rest + 1; at + 5 <= next; ++at) {
                    if (isHex4(pdf, at)) {
                        repair(at);
                        at += 4;
                    }
                }
            } else if (single && isHex4(pdf, rest + 1)) {
                repair(rest + 1);
            }
        }
        line = next + 1;
    }
    return changed;
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

    static const QRegularExpression type0(QStringLiteral(
        "/Subtype\\s*/Type0\\s*/BaseFont\\s*/(?:[A-Z]{6}\\+)?([^\\s/>]+)[^>]*?/ToUnicode\\s+(\\d+)"
        "\\s+0\\s+R"));
    // Latin-1 keeps byte offsets and character offsets the same.
    const QString view = QString::fromLatin1(pdf);
    struct Target
    {
        int object;
        const Face *face;
    };
    std::vector<Target> targets;
    for (auto it = type0.globalMatch(view); it.hasNext();) {
        const auto match = it.next();
        for (const Face &face : faces) {
            if (face.postScriptName == match.captured(1))
                targets.push_back({match.captured(2).toInt(), &face});
        }
    }
    int changed = 0;
    for (const Target &target : targets) {
        if (const auto stream = streamOf(pdf, target.object))
            changed += repairCMap(pdf, stream->first, stream->second, inText, *target.face);
    }
    return changed;
}

} // namespace rc::print
