#pragma once

#include "common/result.h"
#include "paperdata.h"

#include <QByteArray>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QStringList>

#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace rc::print {

struct PaperOptions
{
    PaperKind kind = PaperKind::Intake;
    PaperFormat format = PaperFormat::Thermal80;
    PaperLanguage language = PaperLanguage::Chinese;
    PaperCopy copy = PaperCopy::Customer;
};

// One paper laid out and ready to paint: on a PDF, a printer or an image, any number of times.
//   80 mm thermal: one page 80 mm wide, as long as the content (the roll is cut after it);
//   A4: as many pages as needed, the header on every page, "page n of m" at the foot;
//   label: one 50 × 30 mm page whatever the format.
// Build it with the language of the paper, which need not be the language of the interface.
class Paper
{
public:
    static Result<Paper> build(const PaperData &data, const PaperOptions &options);

    const PaperOptions &options() const;
    QPageSize pageSize() const;
    // Inside these margins (mm) is the printable area: nothing is drawn outside it.
    QMarginsF margins() const;
    QRectF printableRectMm() const;
    int pageCount() const;
    QString title() const; // for the PDF's title and the print job
    // Every piece of text laid out on the paper, in order (for checks and previews).
    QStringList texts() const;

    // Paints one page. The painter's origin must be the paper's top-left corner (a QPdfWriter
    // with zero margins, a QPrinter with fullPage set): the paper scales itself to the
    // painter's device resolution.
    void paintPage(QPainter &painter, int page) const;
    // Sets the device's page layout (size, zero margins) and paints every page.
    Status print(QPagedPaintDevice &device) const;
    Result<QByteArray> toPdf(int resolution = 600) const;
    Status writePdf(const QString &path) const;

    struct Private;

private:
    std::shared_ptr<const Private> d;
};

} // namespace rc::print
