#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// Reading a rendered paper back the way a person or a scanner would: its text with pdftotext
// (poppler-utils), its barcodes with zbarimg (zbar-tools) from a raster made by pdftoppm.
namespace rc::print::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Run run(const QString &program, const QStringList &arguments, const QStringList &environment = {});

// Text made comparable: NFKC (Arabic presentation forms back to letters), bidi marks and all
// white space removed.
QString normalized(const QString &text);
// Arabic comes out of a PDF in visual order: true if needle is there either way round.
bool containsEitherWay(const QString &normalizedHaystack, const QString &needle);

// Normalised text of the PDF (page 0: all pages), in drawing order.
QString pdfText(const QString &pdf, int page = 0);
// The text of the whole PDF as extracted, only white space and bidi marks removed: no Unicode
// normalisation, so a ligature ("ﬂ") or a presentation form shows as what it is.
QString pdfRawText(const QString &pdf);
// Whether text contains word (white space removed), either way round for right-to-left words.
bool containsAsTyped(const QString &text, const QString &word);
int pdfPageCount(const QString &pdf);
// Empty when the file's cross-reference table and stream lengths are right: startxref points
// at "xref", every entry at its "N 0 obj", every stream's /Length (direct or not) ends at its
// "endstream". Readers repair a broken table quietly, so this is checked here, not by them.
QString pdfStructureProblems(const QString &pdf);
// Rasterises every page at dpi (grey PNGs beside the PDF); returns the file names.
QStringList rasterise(const QString &pdf, int dpi);
// What zbarimg reads in the image: "CODE-128:…" and "QR-Code:…" lines.
QString decodeBarcodes(const QString &png);
// Empty when no pixel darker than light grey lies outside printableMm on any page;
// otherwise says where.
QString inkOutside(const QRectF &printableMm, const QStringList &pages, int dpi);

} // namespace rc::print::test
