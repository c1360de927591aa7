#include "ticketsearch.h"

#include "database.h"
#include "searchtokens.h"
#include "sql.h"
#include "ticketrows.h"
#include "tickets/ticketnumber.h"

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

Result<QList<TicketSummary>> TicketSearch::byRids(const Result<std::optional<RidQuery>> &query,
                                                  int limit)
{
    if (!query)
        return query.error();
    if (!query->has_value())
        return QList<TicketSummary>();
    // Two steps: the newest `limit` rids from an index alone, then only their rows. Joining
    // customers and devices for every candidate is what made a search slow on a large store.
    return selectSummaries(m_db, QStringLiteral("t.rid IN (%1)").arg((*query)->select),
                           (*query)->values, limit);
}

Result<std::optional<TicketSearch::RidQuery>> TicketSearch::keyRange(const QString &from,
                                                                     const QString &to,
                                                                     const QString &scanCondition,
                                                                     int limit)
{
    const QVariantList range {from, to};
    if (!scanCondition.isEmpty()) {
        // How many tickets have such a key, up to the bound: few → through the index, many →
        // scan the newest tickets, which then finds `limit` of them quickly.
        auto counted = sql::run(m_db,
                                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ticket_keys "
                                               "WHERE key >= ? AND key < ? LIMIT %1)")
                                    .arg(m_indexBound + 1),
                                range, QStringLiteral("search count"));
        if (!counted)
            return counted.error();
        const qint64 matches = counted->next() ? counted->value(0).toLongLong() : 0;
        counted->finish();
        if (matches == 0)
            return std::optional<RidQuery>();
        if (matches > m_indexBound) {
            return std::optional<RidQuery>(
                RidQuery {QStringLiteral("SELECT t.rid AS rid FROM tickets t JOIN customers c ON "
                                         "c.id = t.customer_id WHERE %1 ORDER BY t.rid DESC "
                                         "LIMIT %2")
                              .arg(scanCondition)
                              .arg(limit),
                          range});
        }
    }
    return std::optional<RidQuery>(
        RidQuery {QStringLiteral("SELECT rid FROM ticket_keys WHERE key >= ? AND key < ? ORDER "
                                 "BY rid DESC LIMIT %1")
                      .arg(limit),
                  range});
}

Result<std::optional<TicketSearch::RidQuery>> TicketSearch::imeiQuery(const QString &imei,
                                                                      int limit)
{
    return std::optional<RidQuery>(RidQuery {
        QStringLiteral("SELECT rid FROM ticket_keys WHERE key = ? ORDER BY rid DESC LIMIT %1")
            .arg(limit),
        {QStringLiteral("i") + sql::reversed(imei)}});
}

Result<std::optional<TicketSearch::RidQuery>> TicketSearch::imeiSuffixQuery(const QString &digits,
                                                                            int limit)
{
    const QString key = sql::reversed(digits);
    if (key.size() < 4)
        return std::optional<RidQuery>();
    const QString from = QStringLiteral("i") + key;
    return keyRange(from, upperBound(from), {}, limit);
}

Result<std::optional<TicketSearch::RidQuery>> TicketSearch::phonePrefixQuery(const QString &digits,
                                                                             int limit)
{
    const QString key = sql::digitsOnly(digits);
    if (key.size() < 3)
        return std::optional<RidQuery>();
    const QString from = QStringLiteral("P") + key;
    return keyRange(from, upperBound(from),
                    QStringLiteral("'P' || c.phone >= ? AND 'P' || c.phone < ?"), limit);
}

Result<std::optional<TicketSearch::RidQuery>> TicketSearch::phoneSuffixQuery(const QString &digits,
                                                                             int limit)
{
    const QString key = sql::reversed(digits);
    if (key.size() < 4)
        return std::optional<RidQuery>();
    const QString from = QStringLiteral("p") + key;
    return keyRange(from, upperBound(from),
                    QStringLiteral("'p' || c.phone_rev >= ? AND 'p' || c.phone_rev < ?"), limit);
}

Result<std::optional<TicketSearch::RidQuery>> TicketSearch::nameQuery(const QString &text,
                                                                      int limit)
{
    const QString match = NameTokens::matchExpression(text);
    if (match.isEmpty())
        return std::optional<RidQuery>();
    const QString trimmed = text.simplified();
    // The name index of tickets is read newest first and stops after `limit` hits, however
    // common the name.
    if (!NameTokens::needsLikeCheck(trimmed)) {
        return std::optional<RidQuery>(
            RidQuery {QStringLiteral("SELECT rowid AS rid FROM ticket_names WHERE ticket_names "
                                     "MATCH ? ORDER BY rowid DESC LIMIT %1")
                          .arg(limit),
                      {match}});
    }
    return std::optional<RidQuery>(
        RidQuery {QStringLiteral("SELECT ticket_names.rowid AS rid FROM ticket_names JOIN tickets "
                                 "t ON t.rid = ticket_names.rowid JOIN customers c ON c.id = "
                                 "t.customer_id WHERE ticket_names MATCH ? AND c.name LIKE ? "
                                 "ESCAPE '\\' ORDER BY ticket_names.rowid DESC LIMIT %1")
                      .arg(limit),
                  {match, QStringLiteral("%") + likeEscaped(trimmed) + QStringLiteral("%")}});
}

Result<QList<TicketSummary>> TicketSearch::byImei(const QString &imei, int limit)
{
    return byRids(imeiQuery(imei, limit), limit);
}

Result<QList<TicketSummary>> TicketSearch::byImeiSuffix(const QString &digits, int limit)
{
    return byRids(imeiSuffixQuery(digits, limit), limit);
}

Result<QList<TicketSummary>> TicketSearch::byPhonePrefix(const QString &digits, int limit)
{
    return byRids(phonePrefixQuery(digits, limit), limit);
}

Result<QList<TicketSummary>> TicketSearch::byPhoneSuffix(const QString &digits, int limit)
{
    return byRids(phoneSuffixQuery(digits, limit), limit);
}

Result<QList<TicketSummary>> TicketSearch::byName(const QString &text, int limit)
{
    return byRids(nameQuery(text, limit), limit);
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

    QList<Result<std::optional<RidQuery>>> parts;
    const QString digits = typedDigits(text);
    if (!digits.isEmpty()) {
        const qsizetype n = digits.size();
        if (n == 15 || n == 16)
            parts.append(imeiQuery(n == 16 ? digits.left(14) : digits, wanted));
        if (n >= 4 && n <= 6) {
            parts.append(imeiSuffixQuery(digits, wanted));
            parts.append(phoneSuffixQuery(digits, wanted));
        }
        if (n >= 3 && n <= 13)
            parts.append(phonePrefixQuery(digits, wanted));
    } else if (!isAllDigits(text)) {
        parts.append(nameQuery(text, wanted));
    }

    // Every kind the text can be, in one query: the union of their newest rids, then the
    // newest `offset + limit` of those.
    QStringList selects;
    QVariantList values;
    for (const auto &part : parts) {
        if (!part)
            return part.error();
        if (part->has_value()) {
            selects.append(QStringLiteral("SELECT rid FROM (%1)").arg((*part)->select));
            values += (*part)->values;
        }
    }
    if (selects.isEmpty())
        return QList<TicketSummary>();
    auto found = byRids(
        std::optional<RidQuery>(RidQuery {selects.join(QStringLiteral(" UNION ")), values}),
        wanted);
    if (!found)
        return found.error();
    QList<TicketSummary> merged = *found;
    std::stable_sort(merged.begin(), merged.end(),
                     [](const TicketSummary &a, const TicketSummary &b) {
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
