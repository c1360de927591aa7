#include "paperchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rc::print::test {

Run run(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env.append(environment);
        process.setEnvironment(env);
    }
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString normalized(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (const char16_t mark : {u'\u202a', u'\u202b', u'\u202c', u'\u200e', u'\u200f'})
        out.remove(QChar(mark));
    // Lines and columns are where the layout put them: compare the characters only.
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

bool containsEitherWay(const QString &normalizedHaystack, const QString &needle)
{
    QString reversed(needle);
    std::reverse(reversed.begin(), reversed.end());
    return normalizedHaystack.contains(normalized(needle))
           || normalizedHaystack.contains(normalized(reversed));
}

QString pdfText(const QString &pdf, int page)
{
    QStringList arguments {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    const Run result = run(QStringLiteral("pdftotext"), arguments);
    return result.exitCode == 0 ? normalized(QString::fromUtf8(result.out)) : QString();
}

QString pdfRawText(const QString &pdf)
{
    const Run result
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                            QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (result.exitCode != 0)
        return {};
    QString text = QString::fromUtf8(result.out);
    for (const char16_t mark : {u'\u202a', u'\u202b', u'\u202c', u'\u200e', u'\u200f'})
        text.remove(QChar(mark));
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

bool containsAsTyped(const QString &text, const QString &word)
{
    QString typed = word;
    typed.remove(QRegularExpression(QStringLiteral("\\s+")));
    QString reversed = typed;
    std::reverse(reversed.begin(), reversed.end());
    return text.contains(typed) || text.contains(reversed);
}

QString pdfStructureProblems(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(pdf);
    const QByteArray d = file.readAll();
    const auto objectAt = [&d](int id) {
        const QByteArray head = QByteArray::number(id) + " 0 obj";
        for (qsizetype at = d.indexOf(head); at >= 0; at = d.indexOf(head, at + 1)) {
            if (at == 0 || d.at(at - 1) == '\n' || d.at(at - 1) == '\r')
                return at;
        }
        return qsizetype(-1);
    };
    QStringList problems;
    const auto tail = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)"))
                          .match(QString::fromLatin1(d.right(64)));
    const qsizetype xref = tail.hasMatch() ? tail.captured(1).toLongLong() : -1;
    if (xref < 0 || !d.mid(xref).startsWith("xref"))
        return QStringLiteral("startxref does not point at the xref table");
    const QList<QByteArray> lines = d.mid(xref, d.indexOf("trailer", xref) - xref).split('\n');
    const int count = lines.value(1).trimmed().split(' ').value(1).toInt();
    for (int id = 1; id < count; ++id) {
        const QByteArray entry = lines.value(2 + id);
        if (entry.size() < 18 || entry.at(17) != 'n')
            continue;
        if (entry.left(10).toLongLong() != objectAt(id))
            problems << QStringLiteral("xref entry of object %1 is off").arg(id);
    }
    static const QRegularExpression stream(
        QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?\\s*>>\\s*stream\\r?\\n"));
    const QString view = QString::fromLatin1(d);
    for (auto it = stream.globalMatch(view); it.hasNext();) {
        const auto m = it.next();
        qsizetype length = m.captured(1).toLongLong();
        if (!m.captured(2).isEmpty()) {
            const qsizetype at = objectAt(m.captured(1).toInt());
            length = at < 0 ? -1 : d.mid(at, 64).split('\n').value(1).trimmed().toLongLong();
        }
        const qsizetype end = m.capturedEnd(0) + length;
        if (length < 0 || !d.mid(end, 24).trimmed().startsWith("endstream"))
            problems
                << QStringLiteral("a stream at byte %1 is not /Length long").arg(m.capturedEnd(0));
    }
    return problems.join(QStringLiteral("; "));
}

int pdfPageCount(const QString &pdf)
{
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList rasterise(const QString &pdf, int dpi)
{
    const QString prefix = pdf.chopped(4) + QStringLiteral("-r%1").arg(dpi);
    const Run result = run(QStringLiteral("pdftoppm"),
                           {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                            QStringLiteral("-png"), pdf, prefix});
    if (result.exitCode != 0)
        return {};
    const QDir dir(QFileInfo(pdf).absolutePath());
    QStringList files;
    for (const QString &file : dir.entryList(
             {QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(file));
    return files;
}

QString decodeBarcodes(const QString &png)
{
    return QString::fromUtf8(run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), png}).out);
}

QString inkOutside(const QRectF &printableMm, const QStringList &pages, int dpi)
{
    const qreal px = dpi / 25.4;
    // One pixel of slack for the rasteriser's rounding at the edge.
    const QRect inside(static_cast<int>(std::floor(printableMm.left() * px)) - 1,
                       static_cast<int>(std::floor(printableMm.top() * px)) - 1,
                       static_cast<int>(std::ceil(printableMm.width() * px)) + 2,
                       static_cast<int>(std::ceil(printableMm.height() * px)) + 2);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QImage image = QImage(pages.at(p)).convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return QStringLiteral("page %1: no image").arg(p + 1);
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (line[x] < 200 && !inside.contains(x, y))
                    return QStringLiteral("page %1: ink at %2,%3 px, outside the printable area "
                                          "%4,%5 %6×%7 px")
                        .arg(p + 1)
                        .arg(x)
                        .arg(y)
                        .arg(inside.x())
                        .arg(inside.y())
                        .arg(inside.width())
                        .arg(inside.height());
            }
        }
    }
    return {};
}

} // namespace rc::print::test
