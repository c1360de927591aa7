#include "paper.h"

#include "papercontent.h"
#include "papertext.h"
#include "pdftextlayer.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace rc::print {

struct Paper::Private
{
    PaperOptions options;
    QSizeF pageMm;
    QMarginsF marginsMm;
    PaperContent content;
    std::vector<std::vector<size_t>> pages;
    QString title;
};

Result<Paper> Paper::build(const PaperData &data, const PaperOptions &options)
{
    auto d = std::make_shared<Private>();
    d->options = options;
    const PaperGeometry geometry = paperGeometry(options);
    d->marginsMm = geometry.marginsMm;
    const qreal contentWidth
        = (geometry.pageMm.width() - geometry.marginsMm.left() - geometry.marginsMm.right())
          * kUnitsPerMm;
    auto content = composePaper(data, options, contentWidth);
    if (!content)
        return content.error();
    d->content = std::move(*content);

    qreal headerHeight = 0;
    for (const Box &box : d->content.header)
        headerHeight += box.height;
    if (geometry.pageMm.height() > 0) {
        d->pageMm = geometry.pageMm;
        const qreal body
            = (geometry.pageMm.height() - geometry.marginsMm.top() - geometry.marginsMm.bottom())
                  * kUnitsPerMm
              - headerHeight - d->content.footerHeight;
        d->pages = options.kind == PaperKind::Label ? std::vector<std::vector<size_t>> {{}}
                                                    : paginate(d->content.body, body);
        if (options.kind == PaperKind::Label) {
            for (size_t i = 0; i < d->content.body.size(); ++i)
                d->pages.front().push_back(i);
        }
    } else {
        // The roll: one page exactly as long as what is on it.
        qreal bodyHeight = 0;
        std::vector<size_t> all;
        for (size_t i = 0; i < d->content.body.size(); ++i) {
            bodyHeight += d->content.body[i].height;
            all.push_back(i);
        }
        d->pages = {all};
        d->pageMm
            = QSizeF(geometry.pageMm.width(), geometry.marginsMm.top() + geometry.marginsMm.bottom()
                                                  + (headerHeight + bodyHeight) / kUnitsPerMm);
    }
    const QString kindTitle
        = options.kind == PaperKind::Label
              ? QStringLiteral("label")
              : term(options.kind == PaperKind::Quote        ? Term::QuoteTitle
                     : options.kind == PaperKind::Pickup     ? Term::PickupTitle
                     : options.kind == PaperKind::Loan       ? Term::LoanTitle
                     : options.kind == PaperKind::LoanReturn ? Term::LoanReturnTitle
                                                             : Term::IntakeTitle,
                     options.language);
    d->title = kindTitle + QLatin1Char(' ') + data.ticketNumber;

    Paper paper;
    paper.d = std::move(d);
    return paper;
}

const PaperOptions &Paper::options() const
{
    return d->options;
}

QPageSize Paper::pageSize() const
{
    return QPageSize(d->pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

QMarginsF Paper::margins() const
{
    return d->marginsMm;
}

QRectF Paper::printableRectMm() const
{
    return QRectF(QPointF(0, 0), d->pageMm).marginsRemoved(d->marginsMm);
}

int Paper::pageCount() const
{
    return static_cast<int>(d->pages.size());
}

QString Paper::title() const
{
    return d->title;
}

QStringList Paper::texts() const
{
    QStringList texts;
    for (const auto *boxes : {&d->content.header, &d->content.body}) {
        for (const Box &box : *boxes) {
            if (!box.text.isEmpty())
                texts.append(box.text);
        }
    }
    return texts;
}

void Paper::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= pageCount() || !painter.device())
        return;
    painter.save();
    // Layout units (0.1 mm) to device pixels.
    const QPaintDevice *device = painter.device();
    painter.scale(device->logicalDpiX() / (25.4 * kUnitsPerMm),
                  device->logicalDpiY() / (25.4 * kUnitsPerMm));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);

    const QRectF area(QPointF(d->marginsMm.left(), d->marginsMm.top()) * kUnitsPerMm,
                      printableRectMm().size() * kUnitsPerMm);
    qreal y = area.top();
    const auto paintBox = [&](const Box &box) {
        if (box.paint) {
            painter.save();
            painter.setPen(Qt::black);
            box.paint(painter, QPointF(area.left(), y), area.width());
            painter.restore();
        }
        y += box.height;
    };
    for (const Box &box : d->content.header)
        paintBox(box);
    bool first = true;
    for (size_t index : d->pages[static_cast<size_t>(page)]) {
        const Box &box = d->content.body[index];
        if (first && box.spacer)
            continue;
        first = false;
        paintBox(box);
    }
    if (d->content.footer) {
        const QRectF footer(area.left(), area.bottom() - d->content.footerHeight, area.width(),
                            d->content.footerHeight);
        painter.save();
        d->content.footer(painter, footer, page, pageCount());
        painter.restore();
    }
    painter.restore();
}

Status Paper::print(QPagedPaintDevice &device) const
{
    if (!device.setPageLayout(QPageLayout(pageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                          QPageLayout::Millimeter)))
        return Error {QStringLiteral("PRINT_PAGE_SIZE"),
                      QStringLiteral("the printer does not take a %1 × %2 mm page")
                          .arg(d->pageMm.width(), 0, 'f', 0)
                          .arg(d->pageMm.height(), 0, 'f', 0)};
    QPainter painter;
    if (!painter.begin(&device))
        return Error {QStringLiteral("PRINT_START"), QStringLiteral("cannot start printing")};
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error {QStringLiteral("PRINT_PAGE"), QStringLiteral("cannot start a new page")};
        }
        paintPage(painter, page);
    }
    if (!painter.end())
        return Error {QStringLiteral("PRINT_END"), QStringLiteral("printing did not finish")};
    return {};
}

Result<QByteArray> Paper::toPdf(int resolution) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Repair Counter"));
        if (auto status = print(writer); !status)
            return status.error();
    }
    // The text layer must say what the paper says (see pdftextlayer.h).
    repairTextLayer(
        bytes, texts().join(QLatin1Char('\n')) + d->content.footerTexts.join(QLatin1Char('\n')),
        {paperFont(3), paperFont(3, true)});
    return bytes;
}

Status Paper::writePdf(const QString &path) const
{
    auto pdf = toPdf();
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error {QStringLiteral("PDF_WRITE"),
                      QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace rc::print
