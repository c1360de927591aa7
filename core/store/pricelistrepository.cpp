#include "pricelistrepository.h"

#include "database.h"
#include "outbox.h"
#include "sql.h"

#include <QJsonObject>

namespace rc {

namespace {

const QString kColumns = QStringLiteral(
    "id, version, code, kind, name, unit_price_minor, currency, active, updated_at");

PriceItem itemFrom(const QSqlQuery &q)
{
    PriceItem item;
    item.id = q.value(0).toString();
    item.version = q.value(1).toInt();
    item.code = q.value(2).toString();
    item.kind = q.value(3).toString() == QLatin1String("labour") ? QuoteLineKind::Labour
                                                                 : QuoteLineKind::Part;
    item.name = q.value(4).toString();
    item.unitPrice = Money {q.value(5).toLongLong(), q.value(6).toString()};
    item.active = q.value(7).toInt() != 0;
    item.updatedAt = sql::parseTimestamp(q.value(8).toString());
    return item;
}

QString kindId(QuoteLineKind kind)
{
    return kind == QuoteLineKind::Labour ? QStringLiteral("labour") : QStringLiteral("part");
}

} // namespace

QJsonObject toJson(const PriceItem &item)
{
    return {
        {QStringLiteral("id"), item.id},
        {QStringLiteral("version"), item.version},
        {QStringLiteral("code"), item.code},
        {QStringLiteral("kind"), kindId(item.kind)},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("unit_price_minor"), item.unitPrice.minor},
        {QStringLiteral("currency"), item.unitPrice.currency},
        {QStringLiteral("active"), item.active},
        {QStringLiteral("updated_at"), sql::timestamp(item.updatedAt)},
    };
}

PriceListRepository::PriceListRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<PriceItem> PriceListRepository::save(PriceItem item)
{
    item.code = item.code.trimmed();
    item.name = item.name.trimmed();
    if (item.code.isEmpty() || item.name.isEmpty())
        return Error {QStringLiteral("PRICE_ITEM"), tr("A price item needs a code and a name.")};
    if (item.unitPrice.minor < 0)
        return Error {QStringLiteral("PRICE_ITEM"), tr("A price cannot be negative.")};
    Status status = m_db.write([&]() -> Status {
        auto existing
            = sql::run(m_db, QStringLiteral("SELECT id, version FROM price_items WHERE code = ?"),
                       {item.code}, QStringLiteral("price item read"));
        if (!existing)
            return existing.error();
        const QDateTime now = m_clock.nowUtc();
        item.updatedAt = now;
        if (existing->next()) {
            item.id = existing->value(0).toString();
            item.version = existing->value(1).toInt() + 1;
            if (Status s = sql::exec(m_db,
                                     QStringLiteral("UPDATE price_items SET version = ?, kind = ?, "
                                                    "name = ?, unit_price_minor = ?, currency = "
                                                    "?, active = ?, updated_at = ? WHERE id = ?"),
                                     {item.version, kindId(item.kind), item.name,
                                      item.unitPrice.minor, item.unitPrice.currency,
                                      item.active ? 1 : 0, sql::timestamp(now), item.id},
                                     QStringLiteral("price item update"));
                !s)
                return s;
        } else {
            item.id = sql::newId();
            item.version = 1;
            if (Status s
                = sql::exec(m_db,
                            QStringLiteral("INSERT INTO price_items (id, version, code, "
                                           "kind, name, unit_price_minor, currency, "
                                           "active, updated_at) VALUES (?, 1, ?, ?, ?, "
                                           "?, ?, ?, ?)"),
                            {item.id, item.code, kindId(item.kind), item.name, item.unitPrice.minor,
                             item.unitPrice.currency, item.active ? 1 : 0, sql::timestamp(now)},
                            QStringLiteral("price item insert"));
                !s)
                return s;
        }
        return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("price_item"), item.id,
                              item.version, toJson(item), now);
    });
    if (!status)
        return status.error();
    return item;
}

Result<QList<PriceItem>> PriceListRepository::active()
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM price_items WHERE active = 1 ORDER BY kind "
                                     "DESC, code")
                          .arg(kColumns),
                      {}, QStringLiteral("price list read"));
    if (!q)
        return q.error();
    QList<PriceItem> items;
    while (q->next())
        items.append(itemFrom(*q));
    return items;
}

Result<std::optional<PriceItem>> PriceListRepository::byId(const QString &id)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM price_items WHERE id = ?").arg(kColumns),
                      {id}, QStringLiteral("price item read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PriceItem>();
    return std::optional<PriceItem>(itemFrom(*q));
}

} // namespace rc
