#pragma once

#include "common/result.h"
#include "paper.h"
#include "paperlayout.h"

#include <functional>

// What goes on each kind of paper, composed into boxes. Internal to paper.cpp.
namespace rc::print {

struct PaperGeometry
{
    QSizeF pageMm; // height 0: as long as the content (thermal roll)
    QMarginsF marginsMm;
};

PaperGeometry paperGeometry(const PaperOptions &options);

struct PaperContent
{
    std::vector<Box> header; // A4: repeated on every page
    std::vector<Box> body;
    qreal footerHeight = 0; // reserved at the foot of every A4 page
    std::function<void(QPainter &, const QRectF &footer, int page, int pageCount)> footer;
    QStringList footerTexts; // what the footer prints, for checks and the PDF's text layer
};

Result<PaperContent> composePaper(const PaperData &data, const PaperOptions &options,
                                  qreal contentWidth);

} // namespace rc::print
