#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "tickets/priceitem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rc {

class Database;

// The parts and labour price list (the manager keeps it; diagnosis and quote pick from it).
// Saving writes the item's outbox snapshot (entity "price_item") in the same transaction.
class PriceListRepository
{
    Q_DECLARE_TR_FUNCTIONS(PriceListRepository)

public:
    PriceListRepository(Database &db, const Clock &clock);

    // Inserts an item, or updates the one with the same code (version + 1).
    Result<PriceItem> save(PriceItem item);
    // Active items, by kind (parts first) then code.
    Result<QList<PriceItem>> active();
    Result<std::optional<PriceItem>> byId(const QString &id);

private:
    Database &m_db;
    const Clock &m_clock;
};

QJsonObject toJson(const PriceItem &item);

} // namespace rc
