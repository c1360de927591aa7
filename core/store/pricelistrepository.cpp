#include "pricelistrepository.h"

#include "auditlog.h"
#include "common/csv.h"
#include "database.h"
#include "outbox.h"
#include "sql.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace rc {

namespace {

const QString kColumns = QStringLiteral(
    "id, version, code, kind, name, name_en, unit_price_minor, currency, stock, active, "
    "updated_at");

PriceItem itemFrom(const QSqlQuery &q)
{
    PriceItem p;
    p.id = q.value(0).toString();
    p.version = q.value(1).toInt();
    p.code = q.value(2).toString();
    p.kind = PriceListRepository::kindFromId(q.value(3).toString()).value_or(QuoteLineKind::Part);
    p.name = q.value(4).toString();
    p.nameEn = q.value(5).toString();
    p.unitPrice = Money {q.value(6).toLongLong(), q.value(7).toString()};
    p.stock = q.value(8).toInt();
    p.active = q.value(9).toInt() != 0;
    p.updatedAt = sql::parseTimestamp(q.value(10).toString());
    return p;
}

} // namespace

QJsonObject toJson(const PriceItem &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("kind"), PriceListRepository::kindId(p.kind)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("name_en"), p.nameEn},
            {QStringLiteral("unit_price_minor"), p.unitPrice.minor},
            {QStringLiteral("currency"), p.unitPrice.currency},
            {QStringLiteral("stock"), p.stock},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("updated_at"), sql::timestamp(p.updatedAt)}};
}

namespace {

bool sameContent(const PriceItem &a, const PriceItem &b)
{
    return a.code == b.code && a.kind == b.kind && a.name == b.name && a.nameEn == b.nameEn
           && a.unitPrice == b.unitPrice && a.stock == b.stock && a.active == b.active;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("yes")
        || t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

PriceListRepository::PriceListRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString PriceListRepository::kindId(QuoteLineKind kind)
{
    return kind == QuoteLineKind::Labour ? QStringLiteral("labour") : QStringLiteral("part");
}

std::optional<QuoteLineKind> PriceListRepository::kindFromId(const QString &id)
{
    if (id == QLatin1String("part"))
        return QuoteLineKind::Part;
    if (id == QLatin1String("labour"))
        return QuoteLineKind::Labour;
    return std::nullopt;
}

QStringList PriceListRepository::csvColumns()
{
    return {QStringLiteral("code"),    QStringLiteral("kind"),       QStringLiteral("name_zh"),
            QStringLiteral("name_en"), QStringLiteral("unit_price"), QStringLiteral("currency"),
            QStringLiteral("stock"),   QStringLiteral("active")};
}

Status PriceListRepository::validate(const PriceItem &p) const
{
    if (p.code.trimmed().isEmpty())
        return Error {QStringLiteral("PRICE_ITEM"), tr("The code is missing.")};
    if (p.code.trimmed().size() > 40)
        return Error {QStringLiteral("PRICE_ITEM"), tr("The code is longer than 40 characters.")};
    if (p.name.trimmed().isEmpty())
        return Error {QStringLiteral("PRICE_ITEM"), tr("The Chinese name is missing.")};
    if (p.unitPrice.minor < 0)
        return Error {QStringLiteral("PRICE_ITEM"), tr("A price cannot be negative.")};
    if (p.unitPrice.currency.size() != 3)
        return Error {QStringLiteral("PRICE_ITEM"),
                      tr("The currency is a three-letter code such as CNY.")};
    if (p.stock < 0)
        return Error {QStringLiteral("PRICE_ITEM"), tr("Stock on hand cannot be negative.")};
    return {};
}

Result<std::optional<PriceItem>> PriceListRepository::selectOne(const QString &column,
                                                                const QString &value)
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM price_items WHERE %2 = ?").arg(kColumns, column),
        {value}, QStringLiteral("price read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PriceItem>();
    return std::optional<PriceItem>(itemFrom(*q));
}

Result<std::optional<PriceItem>> PriceListRepository::byId(const QString &id)
{
    return selectOne(QStringLiteral("id"), id);
}

Result<std::optional<PriceItem>> PriceListRepository::byCode(const QString &code)
{
    return selectOne(QStringLiteral("code"), code.trimmed());
}

Result<QList<PriceItem>> PriceListRepository::list(const QString &search, bool includeInactive)
{
    QStringList where;
    QVariantList values;
    if (!includeInactive)
        where << QStringLiteral("active = 1");
    if (!search.trimmed().isEmpty()) {
        where << QStringLiteral("(code LIKE ? OR name LIKE ? OR name_en LIKE ?)");
        const QString pattern = QLatin1Char('%') + search.trimmed() + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    auto q
        = sql::run(m_db,
                   QStringLiteral("SELECT %1 FROM price_items%2 ORDER BY code")
                       .arg(kColumns, where.isEmpty() ? QString()
                                                      : QStringLiteral(" WHERE ")
                                                            + where.join(QStringLiteral(" AND "))),
                   values, QStringLiteral("price list"));
    if (!q)
        return q.error();
    QList<PriceItem> items;
    while (q->next())
        items.append(itemFrom(*q));
    return items;
}

Result<int> PriceListRepository::saveInTransaction(PriceItem item, const Actor &actor,
                                                   bool checkVersion, PriceItem *saved)
{
    item.code = item.code.trimmed();
    item.name = item.name.trimmed();
    item.nameEn = item.nameEn.trimmed();
    if (item.unitPrice.currency.isEmpty())
        item.unitPrice.currency = QStringLiteral("CNY");
    if (Status s = validate(item); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();

    auto sameCode = byCode(item.code);
    if (!sameCode)
        return sameCode.error();
    std::optional<PriceItem> existing;
    if (!item.id.isEmpty()) {
        auto found = byId(item.id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error {QStringLiteral("NOT_FOUND"), tr("No price item %1.").arg(item.id)};
        existing = **found;
        if (checkVersion && existing->version != item.version)
            return Error {QStringLiteral("STALE"),
                          tr("%1 was changed meanwhile: reload and try again.").arg(item.code)};
        if (sameCode->has_value() && (*sameCode)->id != item.id)
            return Error {QStringLiteral("PRICE_CODE_TAKEN"),
                          tr("The code %1 is already used.").arg(item.code)};
    } else if (sameCode->has_value()) {
        if (checkVersion)
            return Error {QStringLiteral("PRICE_CODE_TAKEN"),
                          tr("The code %1 is already used.").arg(item.code)};
        existing = **sameCode; // an import updates by code
        item.id = existing->id;
    }

    int outcome = 1;
    QString kind = QStringLiteral("price.create");
    QJsonObject data {{QStringLiteral("code"), item.code},
                      {QStringLiteral("unit_price_minor"), item.unitPrice.minor}};
    if (existing) {
        if (sameContent(*existing, item)) {
            if (saved)
                *saved = *existing;
            return 0;
        }
        outcome = 2;
        item.version = existing->version + 1;
        item.updatedAt = now;
        kind = existing->unitPrice == item.unitPrice ? QStringLiteral("price.edit")
                                                     : QStringLiteral("price.change");
        data.insert(QStringLiteral("from_unit_price_minor"), existing->unitPrice.minor);
        data.insert(QStringLiteral("from_stock"), existing->stock);
        data.insert(QStringLiteral("stock"), item.stock);
        if (Status s = sql::exec(
                m_db,
                QStringLiteral("UPDATE price_items SET version = ?, code = ?, kind = ?, name = ?, "
                               "name_en = ?, unit_price_minor = ?, currency = ?, stock = ?, "
                               "active = ?, updated_at = ? WHERE id = ?"),
                {item.version, item.code, kindId(item.kind), item.name, item.nameEn,
                 item.unitPrice.minor, item.unitPrice.currency, item.stock, item.active ? 1 : 0,
                 sql::timestamp(now), item.id},
                QStringLiteral("price update"));
            !s)
            return s.error();
    } else {
        item.id = sql::newId();
        item.version = 1;
        item.updatedAt = now;
        if (Status s = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO price_items (id, version, code, kind, name, name_en, "
                               "unit_price_minor, currency, stock, active, updated_at) "
                               "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {item.id, item.code, kindId(item.kind), item.name, item.nameEn,
                 item.unitPrice.minor, item.unitPrice.currency, item.stock, item.active ? 1 : 0,
                 sql::timestamp(now)},
                QStringLiteral("price insert"));
            !s)
            return s.error();
    }
    if (Status s = AuditLog::appendInTransaction(
            m_db, AuditLog::entry(actor, kind, QStringLiteral("price_item"), item.id, now, data));
        !s)
        return s.error();
    if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("price_item"),
                                  item.id, item.version, toJson(item), now);
        !s)
        return s.error();
    if (saved)
        *saved = item;
    return outcome;
}

Result<PriceItem> PriceListRepository::save(PriceItem item)
{
    PriceItem saved;
    Status status = m_db.write([&]() -> Status {
        auto outcome = saveInTransaction(item, Actor {}, false, &saved);
        return outcome ? Status() : Status(outcome.error());
    });
    if (!status)
        return status.error();
    return saved;
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

Result<PriceItem> PriceListRepository::edit(const PriceItem &item, const Actor &actor)
{
    PriceItem saved;
    Status status = m_db.write([&]() -> Status {
        auto outcome = saveInTransaction(item, actor, true, &saved);
        return outcome ? Status() : Status(outcome.error());
    });
    if (!status)
        return status.error();
    return saved;
}

Result<PriceImportSummary> PriceListRepository::importCsv(const QByteArray &data,
                                                          const Actor &actor)
{
    auto parsed = Csv::parse(data);
    if (!parsed)
        return parsed.error();
    const QList<CsvRecord> &records = *parsed;
    if (records.isEmpty())
        return Error {QStringLiteral("CSV_EMPTY"), tr("The file has no header row.")};

    // The header: which column holds what.
    QHash<QString, int> column;
    const QStringList known = csvColumns();
    for (qsizetype i = 0; i < records.first().fields.size(); ++i) {
        const QString name = records.first().fields.at(i).trimmed().toLower();
        if (!known.contains(name))
            return Error {QStringLiteral("CSV_HEADER"),
                          tr("Line %1: unknown column \"%2\" (known: %3).")
                              .arg(records.first().line)
                              .arg(name, known.join(QStringLiteral(", ")))};
        if (column.contains(name))
            return Error {QStringLiteral("CSV_HEADER"),
                          tr("Line %1: the column \"%2\" appears twice.")
                              .arg(records.first().line)
                              .arg(name)};
        column.insert(name, static_cast<int>(i));
    }
    for (const char *required : {"code", "kind", "name_zh", "unit_price"}) {
        if (!column.contains(QString::fromLatin1(required)))
            return Error {QStringLiteral("CSV_HEADER"), tr("Line %1: the column \"%2\" is missing.")
                                                            .arg(records.first().line)
                                                            .arg(QString::fromLatin1(required))};
    }
    const int width = static_cast<int>(records.first().fields.size());

    // Every row checked before anything is written, so errors name every bad line.
    QStringList problems;
    QList<PriceItem> items;
    QHash<QString, int> seenCodes;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        auto field = [&](const char *name) {
            const int i = column.value(QString::fromLatin1(name), -1);
            return i < 0 ? QString() : record.fields.value(i).trimmed();
        };
        QStringList rowProblems;
        if (record.fields.size() != width)
            rowProblems
                << tr("%1 fields where the header has %2").arg(record.fields.size()).arg(width);
        PriceItem item;
        item.code = field("code");
        const auto kind = kindFromId(field("kind").toLower());
        if (!kind)
            rowProblems << tr("the kind \"%1\" is neither part nor labour").arg(field("kind"));
        else
            item.kind = *kind;
        item.name = field("name_zh");
        item.nameEn = field("name_en");
        if (!Money::parseDecimal(field("unit_price"), &item.unitPrice.minor))
            rowProblems
                << tr("the price \"%1\" is not an amount such as 12.50").arg(field("unit_price"));
        if (!field("currency").isEmpty())
            item.unitPrice.currency = field("currency").toUpper();
        if (!field("stock").isEmpty()) {
            bool ok = false;
            item.stock = field("stock").toInt(&ok);
            if (!ok)
                rowProblems << tr("the stock \"%1\" is not a whole number").arg(field("stock"));
        }
        const auto active = parseFlag(field("active"));
        if (!active)
            rowProblems << tr("active \"%1\" is neither 1 nor 0").arg(field("active"));
        else
            item.active = *active;
        if (rowProblems.isEmpty()) {
            if (Status s = validate(item); !s)
                rowProblems << s.error().message;
        }
        if (!item.code.isEmpty() && seenCodes.contains(item.code))
            rowProblems << tr("the code %1 is already on line %2")
                               .arg(item.code)
                               .arg(seenCodes.value(item.code));
        seenCodes.insert(item.code, record.line);
        if (!rowProblems.isEmpty())
            problems
                << tr("Line %1: %2").arg(record.line).arg(rowProblems.join(QStringLiteral("; ")));
        items.append(item);
    }
    if (!problems.isEmpty())
        return Error {QStringLiteral("CSV_ROW"),
                      tr("Nothing was imported. %n row(s) need fixing:", nullptr,
                         static_cast<int>(problems.size()))
                          + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))};

    PriceImportSummary summary;
    Status status = m_db.write([&]() -> Status {
        for (const PriceItem &item : std::as_const(items)) {
            auto outcome = saveInTransaction(item, actor, false, nullptr);
            if (!outcome)
                return Error {outcome.error().code, tr("Nothing was imported: %1 failed: %2")
                                                        .arg(item.code, outcome.error().message)};
            if (*outcome == 0)
                ++summary.unchanged;
            else if (*outcome == 1)
                ++summary.added;
            else
                ++summary.updated;
        }
        return AuditLog::appendInTransaction(
            m_db, AuditLog::entry(actor, QStringLiteral("price.import"),
                                  QStringLiteral("price_item"), QString(), m_clock.nowUtc(),
                                  {{QStringLiteral("added"), summary.added},
                                   {QStringLiteral("updated"), summary.updated},
                                   {QStringLiteral("unchanged"), summary.unchanged}}));
    });
    if (!status)
        return status.error();
    return summary;
}

Result<QByteArray> PriceListRepository::exportCsv()
{
    auto items = list();
    if (!items)
        return items.error();
    QByteArray out = Csv::formatRecord(csvColumns());
    for (const PriceItem &p : std::as_const(*items)) {
        out += Csv::formatRecord({p.code, kindId(p.kind), p.name, p.nameEn,
                                  p.unitPrice.toDecimalString(), p.unitPrice.currency,
                                  QString::number(p.stock),
                                  p.active ? QStringLiteral("1") : QStringLiteral("0")});
    }
    return out;
}

} // namespace rc
