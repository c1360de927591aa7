#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tickets/priceitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rc {

class Database;

struct PriceImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// The parts and labour price list (the manager keeps it; diagnosis and quote pick from it).
// A quote line copies the unit price when it is written, so changing a price here never
// changes an existing quote. Every change writes the item's outbox snapshot (entity
// "price_item") and an audit entry (price.create, price.change with the old and new price,
// price.edit for anything else) in one transaction; saving an item unchanged writes nothing.
//
// CSV (import and export): a header row naming the columns, in any order:
//   code,kind,name_zh,name_en,unit_price,currency,stock,active
// code, kind (part | labour), name_zh and unit_price (a decimal amount: 12, 12.5, 12.50) are
// required; currency defaults to CNY, stock to 0, active (1/0, yes/no, true/false) to 1.
// An import adds new codes and updates existing ones, all in one transaction: any malformed
// row fails the whole import and the error names every bad line.
class PriceListRepository
{
    Q_DECLARE_TR_FUNCTIONS(PriceListRepository)

public:
    PriceListRepository(Database &db, const Clock &clock);

    static QString kindId(QuoteLineKind kind); // "part" | "labour"
    static std::optional<QuoteLineKind> kindFromId(const QString &id);
    static QStringList csvColumns();

    // Code order; `search` matches code or either name (case-insensitive); inactive items
    // included only when asked.
    Result<QList<PriceItem>> list(const QString &search = {}, bool includeInactive = true);
    Result<std::optional<PriceItem>> byId(const QString &id);
    Result<std::optional<PriceItem>> byCode(const QString &code);

    // Inserts an item, or updates the one with the same code (version + 1); audited as
    // nobody in particular (seeding, HQ lists).
    Result<PriceItem> save(PriceItem item);
    // Active items, by kind (parts first) then code.
    Result<QList<PriceItem>> active();

    // A manager's edit: creates the item (empty id) or updates it. Fails with PRICE_ITEM
    // (empty code or name, negative price or stock), PRICE_CODE_TAKEN, NOT_FOUND or STALE
    // (the item changed since `item.version` was read).
    Result<PriceItem> edit(const PriceItem &item, const Actor &actor);

    Result<PriceImportSummary> importCsv(const QByteArray &data, const Actor &actor);
    Result<QByteArray> exportCsv();

private:
    Status validate(const PriceItem &item) const;
    // Inside a transaction: 0 unchanged, 1 added, 2 updated.
    Result<int> saveInTransaction(PriceItem item, const Actor &actor, bool checkVersion,
                                  PriceItem *saved);
    Result<std::optional<PriceItem>> selectOne(const QString &column, const QString &value);

    Database &m_db;
    const Clock &m_clock;
};

QJsonObject toJson(const PriceItem &item);

} // namespace rc
