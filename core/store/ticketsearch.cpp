#include "ticketsearch.h"

#include "database.h"
#include "searchtokens.h"
#include "sql.h"
#include "ticketrows.h"
#include "tickets/ticketnumber.h"

#include <QSet>

#include <algorithm>

namespace rc {

namespace {

// Keys are digits; ':' sorts right after '9', so [key, key + ':') is "starts with key".
QString upperBound(const QString &key)
{
    return key + QLatin1Char(':');
}

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() && sql::digitsOnly(text) == text;
}

// Digits with the separators people type (spaces, dashes, dots, slashes, brackets) removed;
// empty if anything else is in the way.
QString typedDigits(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringLiteral(" -./()+").contains(c))
            return {};
    }
    return digits;
}

} // namespace

TicketSearch::TicketSearch(const Database &db)
    : m_db(db)
{
}

Result<QList<TicketSummary>> TicketSearch::byNumber(const QString &number)
{
    return selectSummaries(m_db, QStringLiteral("t.number = ?"), {TicketNumber::normalize(number)},
                           1);
}

Result<QList<TicketSummary>> TicketSearch::byImei(const QString &imei, int limit)
{
    const QString key = sql::reversed(imei);
    return selectSummaries(m_db,
                           QStringLiteral("t.device_id IN (SELECT id FROM devices WHERE imei1_rev "
                                          "= ? UNION ALL SELECT id FROM devices WHERE imei2_rev = "
                                          "? AND imei2_rev <> '')"),
                           {key, key}, limit);
}

Result<QList<TicketSummary>> TicketSearch::byImeiSuffix(const QString &digits, int limit)
{
    const QString key = sql::reversed(digits);
    if (key.size() < 4)
        return QList<TicketSummary>();
    return selectSummaries(
        m_db,
        QStringLiteral("t.device_id IN (SELECT id FROM devices WHERE imei1_rev >= ? AND "
                       "imei1_rev < ? UNION ALL SELECT id FROM devices WHERE imei2_rev >= ? AND "
                       "imei2_rev < ? AND imei2_rev <> '')"),
        {key, upperBound(key), key, upperBound(key)}, limit);
}

Result<QList<TicketSummary>> TicketSearch::byCustomers(const QString &customerCondition,
                                                       const QString &scanCondition,
                                                       const QVariantList &values,
                                                       const QVariantList &scanValues, int limit)
{
    // How many customers match, up to the bound: few → through the index, many → scan.
    auto counted = sql::run(m_db,
                            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM customers c "
                                           "WHERE %1 LIMIT %2)")
                                .arg(customerCondition)
                                .arg(m_indexBound + 1),
                            values, QStringLiteral("search count"));
    if (!counted)
        return counted.error();
    const qint64 matches = counted->next() ? counted->value(0).toLongLong() : 0;
    counted->finish();
    if (matches == 0)
        return QList<TicketSummary>();
    if (matches <= m_indexBound) {
        auto ids = sql::run(
            m_db, QStringLiteral("SELECT c.id FROM customers c WHERE %1").arg(customerCondition),
            values, QStringLiteral("search customers"));
        if (!ids)
            return ids.error();
        QVariantList idValues;
        QStringList marks;
        while (ids->next()) {
            idValues.append(ids->value(0));
            marks.append(QStringLiteral("?"));
        }
        ids->finish();
        return selectSummaries(m_db, QStringLiteral("t.customer_id IN (%1)").arg(marks.join(u',')),
                               idValues, limit);
    }
    return selectSummaries(m_db, scanCondition, scanValues, limit);
}

Result<QList<TicketSummary>> TicketSearch::byPhonePrefix(const QString &digits, int limit)
{
    const QString key = sql::digitsOnly(digits);
    if (key.size() < 3)
        return QList<TicketSummary>();
    // The unary + keeps the scan from using the phone index (it must walk tickets by age).
    return byCustomers(QStringLiteral("c.phone >= ? AND c.phone < ?"),
                       QStringLiteral("+c.phone >= ? AND +c.phone < ?"), {key, upperBound(key)},
                       {key, upperBound(key)}, limit);
}

Result<QList<TicketSummary>> TicketSearch::byPhoneSuffix(const QString &digits, int limit)
{
    const QString key = sql::reversed(digits);
    if (key.size() < 4)
        return QList<TicketSummary>();
    return byCustomers(QStringLiteral("c.phone_rev >= ? AND c.phone_rev < ?"),
                       QStringLiteral("+c.phone_rev >= ? AND +c.phone_rev < ?"),
                       {key, upperBound(key)}, {key, upperBound(key)}, limit);
}

Result<QList<TicketSummary>> TicketSearch::byName(const QString &text, int limit)
{
    const QString match = NameTokens::matchExpression(text);
    if (match.isEmpty())
        return QList<TicketSummary>();
    const QString trimmed = text.simplified();
    QString indexCondition = QStringLiteral(
        "c.rid IN (SELECT rowid FROM customer_names WHERE customer_names MATCH ?)");
    QVariantList values {match};
    if (NameTokens::needsLikeCheck(trimmed)) {
        indexCondition += QStringLiteral(" AND c.name LIKE ? ESCAPE '\\'");
        values.append(QStringLiteral("%") + likeEscaped(trimmed) + QStringLiteral("%"));
    }
    // The scan checks the name itself: each typed piece must be in the name, a Latin word
    // at the start of a word of the name.
    QStringList scanParts;
    QVariantList scanValues;
    const QStringList pieces = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        bool cjk = false;
        for (QChar c : piece) {
            if (c.unicode() >= 0x2E80)
                cjk = true;
        }
        if (cjk) {
            scanParts.append(QStringLiteral("c.name LIKE ? ESCAPE '\\'"));
            scanValues.append(QStringLiteral("%") + likeEscaped(piece) + QStringLiteral("%"));
        } else {
            scanParts.append(QStringLiteral("(' ' || c.name) LIKE ? ESCAPE '\\'"));
            scanValues.append(QStringLiteral("% ") + likeEscaped(piece) + QStringLiteral("%"));
        }
    }
    return byCustomers(indexCondition, scanParts.join(QStringLiteral(" AND ")), values, scanValues,
                       limit);
}

Result<QList<TicketSummary>> TicketSearch::search(const QString &query, int limit, int offset)
{
    const QString text = query.simplified();
    if (text.isEmpty() || limit <= 0 || offset < 0)
        return QList<TicketSummary>();
    if (TicketNumber::looksLike(text)) {
        if (offset > 0)
            return QList<TicketSummary>(); // a number is one ticket: there is no next page
        return byNumber(text);
    }
    const int wanted = limit + offset;

    QList<Result<QList<TicketSummary>>> parts;
    const QString digits = typedDigits(text);
    if (!digits.isEmpty()) {
        const qsizetype n = digits.size();
        if (n == 15 || n == 16)
            parts.append(byImei(n == 16 ? digits.left(14) : digits, wanted));
        if (n >= 4 && n <= 6) {
            parts.append(byImeiSuffix(digits, wanted));
            parts.append(byPhoneSuffix(digits, wanted));
        }
        if (n >= 3 && n <= 13)
            parts.append(byPhonePrefix(digits, wanted));
    } else if (!isAllDigits(text)) {
        parts.append(byName(text, wanted));
    }

    QList<TicketSummary> merged;
    QSet<QString> seen;
    for (const auto &part : parts) {
        if (!part)
            return part.error();
        for (const TicketSummary &summary : *part) {
            if (!seen.contains(summary.id)) {
                seen.insert(summary.id);
                merged.append(summary);
            }
        }
    }
    std::sort(merged.begin(), merged.end(), [](const TicketSummary &a, const TicketSummary &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.number > b.number;
    });
    return merged.mid(offset, limit);
}

DeviceHistory::DeviceHistory(const Database &db)
    : m_db(db)
{
}

Result<QList<DeviceVisit>> DeviceHistory::forImei(const QString &imei, int repairWarrantyDays)
{
    auto tickets = TicketSearch(m_db).byImei(imei, 1000);
    if (!tickets)
        return tickets.error();
    QList<DeviceVisit> visits;
    for (auto it = tickets->crbegin(); it != tickets->crend(); ++it) {
        DeviceVisit visit;
        visit.ticket = *it;
        // The latest earlier pickup whose repair warranty covers this drop-off.
        for (auto earlier = visits.crbegin(); earlier != visits.crend(); ++earlier) {
            const TicketSummary &before = earlier->ticket;
            if (before.status != TicketStatus::PickedUp || !before.pickedUpAt.isValid())
                continue;
            const qint64 days
                = before.pickedUpAt.toLocalTime().date().daysTo(it->createdAt.toLocalTime().date());
            if (days >= 0 && days <= repairWarrantyDays) {
                visit.repeatRepair = true;
                visit.previousNumber = before.number;
                break;
            }
        }
        visits.append(visit);
    }
    return visits;
}

} // namespace rc
