#include "sql.h"

#include "database.h"

#include <QUuid>

#include <algorithm>

namespace rc::sql {

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values,
                      const QString &what)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Database::queryError(query, what);
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; an empty text is meant as ''. NULL is asked
        // for with an invalid QVariant (see nullable()).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
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

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
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
