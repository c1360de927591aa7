#pragma once

#include "money.h"
#include "quote.h"

#include <QDateTime>
#include <QString>

namespace rc {

// An entry of the parts and labour price list.
struct PriceItem
{
    QString id; // UUID
    int version = 0;
    QString code; // e.g. "SCR-IP12", unique in the center
    QuoteLineKind kind = QuoteLineKind::Part;
    QString name;
    Money unitPrice;
    bool active = true;
    QDateTime updatedAt;
};

} // namespace rc
