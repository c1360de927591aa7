#include "barcode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTransform>

#include <zint.h>

#include <cmath>
#include <memory>

namespace rc::print {

namespace {

struct SymbolDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};

} // namespace

Result<Barcode> Barcode::encode(Type type, const QString &data)
{
    if (data.isEmpty())
        return Error {QStringLiteral("BARCODE_EMPTY"), QStringLiteral("nothing to encode")};
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return Error {QStringLiteral("BARCODE_MEMORY"), QStringLiteral("zint: out of memory")};
    symbol->symbology = type == Type::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0;
    symbol->scale = 1.0f;
    if (type == Type::QrCode)
        symbol->option_1 = 2; // error correction level M
    const QByteArray utf8 = data.toUtf8();
    int status
        = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()),
                          static_cast<int>(utf8.size()));
    if (status < ZINT_ERROR)
        status = ZBarcode_Buffer_Vector(symbol.get(), 0);
    if (status >= ZINT_ERROR || !symbol->vector || symbol->width <= 0)
        return Error {QStringLiteral("BARCODE_ENCODE"),
                      QStringLiteral("zint cannot encode \"%1\": %2")
                          .arg(data, QString::fromUtf8(symbol->errtxt))};

    Barcode barcode;
    barcode.m_type = type;
    barcode.m_data = data;
    barcode.m_columns = symbol->width;
    barcode.m_rows = type == Type::Code128 ? 1 : symbol->rows;
    // The vector is in zint's own units; one module is the width over the module count.
    const double unit = static_cast<double>(symbol->vector->width) / symbol->width;
    for (const zint_vector_rect *rect = symbol->vector->rectangles; rect; rect = rect->next) {
        const int x = static_cast<int>(std::lround(rect->x / unit));
        const int width = static_cast<int>(std::lround(rect->width / unit));
        if (type == Type::Code128) {
            barcode.m_modules.emplace_back(x, 0, width, 1);
        } else {
            const int y = static_cast<int>(std::lround(rect->y / unit));
            const int height = static_cast<int>(std::lround(rect->height / unit));
            barcode.m_modules.emplace_back(x, y, width, height);
        }
    }
    return barcode;
}

QRectF Barcode::paint(QPainter &painter, const QRectF &target) const
{
    if (m_columns <= 0 || target.isEmpty())
        return {};
    // Work in device pixels: how many of them one painter unit is.
    const QTransform toDevice = painter.deviceTransform();
    const qreal scale = std::hypot(toDevice.m11(), toDevice.m12());
    const int across = m_columns + 2 * quietZone();
    const int down = m_type == Type::Code128 ? 0 : m_rows + 2 * quietZone();
    qreal moduleDevice = target.width() * scale / across;
    if (down > 0)
        moduleDevice = std::min(moduleDevice, target.height() * scale / down);
    if (moduleDevice >= 1.0)
        moduleDevice = std::floor(moduleDevice);
    const qreal module = moduleDevice / scale;

    const qreal symbolWidth = m_columns * module;
    const qreal symbolHeight = m_type == Type::Code128 ? target.height() : m_rows * module;
    QPointF origin(target.center().x() - symbolWidth / 2,
                   target.top() + (target.height() - symbolHeight) / 2);
    // Start on a device pixel boundary so every edge lands on one.
    const QPointF deviceOrigin = toDevice.map(origin);
    origin = toDevice.inverted().map(
        QPointF(std::round(deviceOrigin.x()), std::round(deviceOrigin.y())));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRect &dark : m_modules) {
        const qreal top = m_type == Type::Code128 ? origin.y() : origin.y() + dark.y() * module;
        const qreal height = m_type == Type::Code128 ? symbolHeight : dark.height() * module;
        painter.drawRect(
            QRectF(origin.x() + dark.x() * module, top, dark.width() * module, height));
    }
    painter.restore();
    return QRectF(origin, QSizeF(symbolWidth, symbolHeight));
}

} // namespace rc::print
