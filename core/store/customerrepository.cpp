#include "customerrepository.h"

#include "database.h"
#include "outbox.h"
#include "searchtokens.h"
#include "sql.h"
#include "tickets/recordjson.h"

#include <QRegularExpression>

namespace rc {

namespace {

const QString kCustomerColumns
    = QStringLiteral("id, version, name, phone, note, created_at, updated_at");

Customer customerFrom(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toString();
    c.version = q.value(1).toInt();
    c.name = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.note = q.value(4).toString();
    c.createdAt = sql::parseTimestamp(q.value(5).toString());
    c.updatedAt = sql::parseTimestamp(q.value(6).toString());
    return c;
}

const QString kDeviceColumns
    = QStringLiteral("id, version, imei1, imei2, brand, model, serial, created_at, updated_at");

Device deviceFrom(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toString();
    d.version = q.value(1).toInt();
    d.imei1 = q.value(2).toString();
    d.imei2 = q.value(3).toString();
    d.brand = q.value(4).toString();
    d.model = q.value(5).toString();
    d.serial = q.value(6).toString();
    d.createdAt = sql::parseTimestamp(q.value(7).toString());
    d.updatedAt = sql::parseTimestamp(q.value(8).toString());
    return d;
}

QString normalizedPhone(const QString &phone)
{
    return sql::digitsOnly(phone);
}

} // namespace

CustomerRepository::CustomerRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Customer> CustomerRepository::create(const Customer &draft)
{
    Result<Customer> result = Error {};
    Status status = m_db.write([&]() -> Status {
        result = insertInTransaction(draft);
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<Customer> CustomerRepository::insertInTransaction(const Customer &draft)
{
    Customer c = draft;
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return Error {QStringLiteral("CUSTOMER_NAME"), tr("The customer's name is missing.")};
    c.phone = normalizedPhone(c.phone);
    c.id = sql::newId();
    c.version = 1;
    c.createdAt = c.updatedAt = m_clock.nowUtc();
    auto inserted = sql::run(
        m_db,
        QStringLiteral("INSERT INTO customers (id, version, name, phone, phone_rev, note, "
                       "created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)"),
        {c.id, c.name, c.phone, sql::reversed(c.phone), c.note, sql::timestamp(c.createdAt),
         sql::timestamp(c.updatedAt)},
        QStringLiteral("customer insert"));
    if (!inserted)
        return inserted.error();
    const QVariant rid = inserted->lastInsertId();
    if (Status s
        = sql::exec(m_db,
                    QStringLiteral("INSERT INTO customer_names (rowid, tokens) "
                                   "VALUES (?, ?)"),
                    {rid, NameTokens::forName(c.name)}, QStringLiteral("customer name index"));
        !s)
        return s.error();
    if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("customer"), c.id,
                                  c.version, toJson(c), c.updatedAt);
        !s)
        return s.error();
    return c;
}

Result<Customer> CustomerRepository::update(const Customer &edited)
{
    Customer c = edited;
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return Error {QStringLiteral("CUSTOMER_NAME"), tr("The customer's name is missing.")};
    c.phone = normalizedPhone(c.phone);
    Status status = m_db.write([&]() -> Status {
        auto current = sql::run(
            m_db, QStringLiteral("SELECT rid, version, created_at FROM customers WHERE id = ?"),
            {c.id}, QStringLiteral("customer read"));
        if (!current)
            return current.error();
        if (!current->next())
            return Error {QStringLiteral("NOT_FOUND"), tr("No customer %1.").arg(c.id)};
        const QVariant rid = current->value(0);
        if (current->value(1).toInt() != c.version)
            return Error {QStringLiteral("STALE"),
                          tr("The customer was changed meanwhile; reload and try again.")};
        c.createdAt = sql::parseTimestamp(current->value(2).toString());
        c.version += 1;
        c.updatedAt = m_clock.nowUtc();
        if (Status s
            = sql::exec(m_db,
                        QStringLiteral("UPDATE customers SET version = ?, name = ?, phone = ?, "
                                       "phone_rev = ?, note = ?, updated_at = ? WHERE id = ?"),
                        {c.version, c.name, c.phone, sql::reversed(c.phone), c.note,
                         sql::timestamp(c.updatedAt), c.id},
                        QStringLiteral("customer update"));
            !s)
            return s;
        if (Status s
            = sql::exec(m_db,
                        QStringLiteral("UPDATE customer_names SET tokens = ? "
                                       "WHERE rowid = ?"),
                        {NameTokens::forName(c.name), rid}, QStringLiteral("customer name index"));
            !s)
            return s;
        // Ticket search finds tickets by their customer's name (ticket_names, schema v6).
        if (Status s
            = sql::exec(m_db,
                        QStringLiteral("UPDATE ticket_names SET tokens = ? WHERE rowid "
                                       "IN (SELECT rid FROM tickets WHERE customer_id = ?)"),
                        {NameTokens::forName(c.name), c.id}, QStringLiteral("ticket name index"));
            !s)
            return s;
        return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("customer"), c.id,
                              c.version, toJson(c), c.updatedAt);
    });
    if (!status)
        return status.error();
    return c;
}

Result<std::optional<Customer>> CustomerRepository::byId(const QString &id)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(kCustomerColumns),
                      {id}, QStringLiteral("customer read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Customer>();
    return std::optional<Customer>(customerFrom(*q));
}

Result<QList<Customer>> CustomerRepository::byPhone(const QString &phone)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM customers WHERE phone = ? ORDER BY rid DESC LIMIT 100")
            .arg(kCustomerColumns),
        {normalizedPhone(phone)}, QStringLiteral("customer read"));
    if (!q)
        return q.error();
    QList<Customer> list;
    while (q->next())
        list.append(customerFrom(*q));
    return list;
}

Result<QList<Customer>> CustomerRepository::suggest(const QString &text, int limit)
{
    const QString typed = text.simplified();
    if (typed.isEmpty() || limit <= 0)
        return QList<Customer>();
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 \\-]+$"));
    QString statement;
    QVariantList values;
    if (phoneLike.match(typed).hasMatch()) {
        const QString digits = normalizedPhone(typed);
        if (digits.size() < 3)
            return QList<Customer>();
        // Digits sort below ':', so [key, key + ':') is every phone starting with key.
        const QString end = QStringLiteral(":");
        statement = QStringLiteral("SELECT %1 FROM customers WHERE rid IN (SELECT rid FROM "
                                   "customers WHERE phone >= ? AND phone < ? ORDER BY rid DESC "
                                   "LIMIT ?)")
                        .arg(kCustomerColumns);
        values = {digits, digits + end, limit};
        if (digits.size() >= 4) {
            const QString reversed = sql::reversed(digits);
            statement += QStringLiteral(" OR rid IN (SELECT rid FROM customers WHERE phone_rev "
                                        ">= ? AND phone_rev < ? ORDER BY rid DESC LIMIT ?)");
            values << reversed << reversed + end << limit;
        }
    } else {
        const QString match = NameTokens::matchExpression(typed);
        if (match.isEmpty())
            return QList<Customer>();
        statement = QStringLiteral("SELECT %1 FROM customers WHERE rid IN (SELECT rowid FROM "
                                   "customer_names WHERE customer_names MATCH ?)")
                        .arg(kCustomerColumns);
        values = {match};
        if (NameTokens::needsLikeCheck(typed)) {
            QString escaped = typed;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            statement += QStringLiteral(" AND name LIKE ? ESCAPE '\\'");
            values.append(QStringLiteral("%") + escaped + QStringLiteral("%"));
        }
    }
    statement += QStringLiteral(" ORDER BY rid DESC LIMIT ?");
    values.append(limit);
    auto q = sql::run(m_db, statement, values, QStringLiteral("customer suggestions"));
    if (!q)
        return q.error();
    QList<Customer> list;
    while (q->next())
        list.append(customerFrom(*q));
    return list;
}

DeviceRepository::DeviceRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Device> DeviceRepository::create(const Device &draft)
{
    Result<Device> result = Error {};
    Status status = m_db.write([&]() -> Status {
        result = insertInTransaction(draft);
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<Device> DeviceRepository::insertInTransaction(const Device &draft)
{
    Device d = draft;
    d.imei1 = d.imei1.trimmed();
    d.imei2 = d.imei2.trimmed();
    if (d.imei1.isEmpty())
        return Error {QStringLiteral("DEVICE_IMEI"), tr("The device's IMEI is missing.")};
    d.id = sql::newId();
    d.version = 1;
    d.createdAt = d.updatedAt = m_clock.nowUtc();
    if (Status s = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO devices (id, version, imei1, imei2, imei1_rev, imei2_rev, "
                           "brand, model, serial, created_at, updated_at) "
                           "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.id, d.imei1, d.imei2, sql::reversed(d.imei1), sql::reversed(d.imei2), d.brand,
             d.model, d.serial, sql::timestamp(d.createdAt), sql::timestamp(d.updatedAt)},
            QStringLiteral("device insert"));
        !s)
        return s.error();
    if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("device"), d.id,
                                  d.version, toJson(d), d.updatedAt);
        !s)
        return s.error();
    return d;
}

Result<Device> DeviceRepository::findOrInsertInTransaction(const Device &draft)
{
    auto found = byImei(draft.imei1.trimmed());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return insertInTransaction(draft);
    Device d = found->first();
    bool changed = false;
    auto fill = [&](QString &field, const QString &value) {
        if (field.isEmpty() && !value.trimmed().isEmpty()) {
            field = value.trimmed();
            changed = true;
        }
    };
    fill(d.imei2, draft.imei2 == d.imei1 ? QString() : draft.imei2);
    fill(d.brand, draft.brand);
    fill(d.model, draft.model);
    fill(d.serial, draft.serial);
    if (!changed)
        return d;
    d.version += 1;
    d.updatedAt = m_clock.nowUtc();
    if (Status s = sql::exec(m_db,
                             QStringLiteral("UPDATE devices SET version = ?, imei2 = ?, "
                                            "imei2_rev = ?, brand = ?, model = ?, serial = ?, "
                                            "updated_at = ? WHERE id = ?"),
                             {d.version, d.imei2, sql::reversed(d.imei2), d.brand, d.model,
                              d.serial, sql::timestamp(d.updatedAt), d.id},
                             QStringLiteral("device update"));
        !s)
        return s.error();
    if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("device"), d.id,
                                  d.version, toJson(d), d.updatedAt);
        !s)
        return s.error();
    return d;
}

Result<std::optional<Device>> DeviceRepository::byId(const QString &id)
{
    auto q
        = sql::run(m_db, QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(kDeviceColumns),
                   {id}, QStringLiteral("device read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Device>();
    return std::optional<Device>(deviceFrom(*q));
}

Result<QList<Device>> DeviceRepository::byImei(const QString &imei)
{
    const QString key = sql::reversed(imei);
    QList<Device> list;
    if (key.isEmpty())
        return list;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM devices WHERE rid IN (SELECT rid FROM "
                                     "devices WHERE imei1_rev = ? UNION SELECT rid FROM devices "
                                     "WHERE imei2_rev = ? AND imei2_rev <> '') ORDER BY rid DESC")
                          .arg(kDeviceColumns),
                      {key, key}, QStringLiteral("device read"));
    if (!q)
        return q.error();
    while (q->next())
        list.append(deviceFrom(*q));
    return list;
}

} // namespace rc
