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
    QString name; // Chinese name, printed on Chinese papers
    QString nameEn; // English name (may be empty: papers fall back to name)
    Money unitPrice;
    int stock = 0; // on hand (parts; labour keeps 0)
    bool active = true;
    QDateTime updatedAt;
};

} // namespace rc
