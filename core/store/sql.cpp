#include "sql.h"

#include "database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cstring>

namespace rc::sql {

namespace {

// Qt binds a null QString as SQL NULL; an empty text is meant as ''. NULL is asked for with
// an invalid QVariant (see nullable()).
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

} // namespace

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values,
                      const QString &what)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Database::queryError(query, what);
    bindAll(query, values);
    if (!query.exec())
        return Database::queryError(query, what);
    return query;
}

Status exec(const Database &db, const QString &statement, const QVariantList &values,
            const QString &what)
{
    auto query = run(db, statement, values, what);
    if (!query)
        return query.error();
    return {};
}

StatementCache::StatementCache(const Database &db)
    : m_db(db)
{
}

StatementCache::~StatementCache() = default;

Result<QSqlQuery *> StatementCache::run(const QString &statement, const QVariantList &values,
                                        const QString &what)
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return Database::queryError(*query, what);
        it = m_statements.emplace(statement, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    bindAll(query, values);
    if (!query.exec())
        return Database::queryError(query, what);
    return &query;
}

Status StatementCache::exec(const QString &statement, const QVariantList &values,
                            const QString &what)
{
    auto query = run(statement, values, what);
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

QString newId()
{
    // RFC 9562 version 7: 48 bits of Unix milliseconds, then 74 random bits. Ids made one
    // after another sort one after another, so a new row's id lands at the end of each index
    // on it rather than at a random place: a transaction that writes thousands of rows (a
    // pulled page at a station, a batch at HQ) dirties a few index pages, not all of them.
    // Only locality rests on the clock; no order is read from an id.
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    QByteArray bytes(16, Qt::Uninitialized);
    std::memcpy(bytes.data(), words, sizeof words);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (40 - 8 * i)) & 0xff);
    bytes[6] = char(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = char(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString timestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// Writes value as `width` decimal digits, zero-padded, and returns the end.
char *digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

void formatDate(const QDate &date, char *out)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    digits(out, day, 2);
}

void formatTimestamp(qint64 msecsSinceEpoch, char *out)
{
    constexpr qint64 msPerDay = 86400000;
    constexpr qint64 julianDayOfEpoch = 2440588;
    qint64 day = msecsSinceEpoch / msPerDay;
    qint64 ms = msecsSinceEpoch % msPerDay;
    if (ms < 0) {
        ms += msPerDay;
        --day;
    }
    formatDate(QDate::fromJulianDay(julianDayOfEpoch + day), out);
    char *p = out + 10;
    *p++ = 'T';
    p = digits(p, static_cast<int>(ms / 3600000), 2);
    *p++ = ':';
    p = digits(p, static_cast<int>(ms / 60000 % 60), 2);
    *p++ = ':';
    p = digits(p, static_cast<int>(ms / 1000 % 60), 2);
    *p++ = '.';
    p = digits(p, static_cast<int>(ms % 1000), 3);
    *p = 'Z';
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        instant = QDateTime::fromString(text, Qt::ISODate);
    return instant.toUTC();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullableTimestamp(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(timestamp(instant)) : QVariant();
}

QString digitsOnly(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

QString reversed(const QString &text)
{
    QString result = digitsOnly(text);
    std::reverse(result.begin(), result.end());
    return result;
}

} // namespace rc::sql
