#pragma once

#include "common/result.h"

#include <QRect>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace rc::print {

// A barcode as zint encodes it: dark modules on a grid, no picture. It is painted as filled
// rectangles whose module size is a whole number of device pixels, so it stays sharp on a
// 203 dpi thermal head, a 600 dpi laser and in a PDF alike.
class Barcode
{
public:
    enum class Type { Code128, QrCode };

    static Result<Barcode> encode(Type type, const QString &data);

    Type type() const { return m_type; }
    QString data() const { return m_data; }
    int columns() const { return m_columns; } // modules across, without quiet zones
    int rows() const { return m_rows; } // 1 for Code 128
    // Dark areas in module units; a Code 128 bar spans row 0 only and is stretched to the
    // height it is painted at.
    const std::vector<QRect> &modules() const { return m_modules; }
    // Light modules required on each side (Code 128: 10, QR: 4).
    int quietZone() const { return m_type == Type::Code128 ? 10 : 4; }

    // Paints into target (painter coordinates), quiet zones included, centred. The module
    // size is the largest whole number of device pixels that fits; returns the area the
    // dark modules cover.
    QRectF paint(QPainter &painter, const QRectF &target) const;
    // The smallest target width (painter coordinates) that still gives each module
    // at least minModule (same units), quiet zones included.
    qreal widthFor(qreal module) const { return (m_columns + 2 * quietZone()) * module; }

private:
    Type m_type = Type::Code128;
    QString m_data;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<QRect> m_modules;
};

} // namespace rc::print
