#include "loanerrepository.h"

#include "database.h"
#include "outbox.h"
#include "sql.h"
#include "warranty/warrantytypes.h"

namespace rc {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QString kLoanerColumns = QStringLiteral(
    "id, version, imei, model, condition, deposit_minor, currency, state, created_at, updated_at");
const QString kLoanColumns = QStringLiteral(
    "id, version, loaner_id, ticket_id, state, condition_out, deposit_minor, currency, method, "
    "deposit_payment_id, lent_by, lent_at, expected_return, condition_back, deposit_outcome, "
    "refund_payment_id, reason, closed_by, closed_at");

Loaner loanerFrom(const QSqlQuery &q, int at = 0)
{
    Loaner l;
    l.id = q.value(at + 0).toString();
    l.version = q.value(at + 1).toInt();
    l.imei = q.value(at + 2).toString();
    l.model = q.value(at + 3).toString();
    l.condition = q.value(at + 4).toString();
    l.deposit = Money {q.value(at + 5).toLongLong(), q.value(at + 6).toString()};
    l.state = q.value(at + 7).toString();
    l.createdAt = sql::parseTimestamp(q.value(at + 8).toString());
    l.updatedAt = sql::parseTimestamp(q.value(at + 9).toString());
    return l;
}

Loan loanFrom(const QSqlQuery &q, int at = 0)
{
    Loan l;
    l.id = q.value(at + 0).toString();
    l.version = q.value(at + 1).toInt();
    l.loanerId = q.value(at + 2).toString();
    l.ticketId = q.value(at + 3).toString();
    l.state = q.value(at + 4).toString();
    l.conditionOut = q.value(at + 5).toString();
    l.deposit = Money {q.value(at + 6).toLongLong(), q.value(at + 7).toString()};
    l.method = q.value(at + 8).toString();
    l.depositPaymentId = q.value(at + 9).toString();
    l.lentBy = q.value(at + 10).toString();
    l.lentAt = sql::parseTimestamp(q.value(at + 11).toString());
    l.expectedReturn = QDate::fromString(q.value(at + 12).toString(), Qt::ISODate);
    l.conditionBack = q.value(at + 13).toString();
    l.depositOutcome = q.value(at + 14).toString();
    l.refundPaymentId = q.value(at + 15).toString();
    l.reason = q.value(at + 16).toString();
    l.closedBy = q.value(at + 17).toString();
    if (!q.value(at + 18).isNull())
        l.closedAt = sql::parseTimestamp(q.value(at + 18).toString());
    return l;
}

// The first row of a lookup, read by `from`; none when the query found nothing.
template<typename T>
Result<std::optional<T>> firstRow(Result<QSqlQuery> q, T (*from)(const QSqlQuery &, int))
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<T>();
    return std::optional<T>(from(*q, 0));
}

} // namespace

QJsonObject toJson(const Loaner &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("version"), l.version},
            {QStringLiteral("imei"), l.imei},
            {QStringLiteral("model"), l.model},
            {QStringLiteral("condition"), l.condition},
            {QStringLiteral("deposit_minor"), l.deposit.minor},
            {QStringLiteral("deposit"), l.deposit.toDecimalString()},
            {QStringLiteral("currency"), l.deposit.currency},
            {QStringLiteral("state"), l.state},
            {QStringLiteral("updated_at"), sql::timestamp(l.updatedAt)}};
}

QJsonObject toJson(const Loan &l)
{
    QJsonObject o {{QStringLiteral("id"), l.id},
                   {QStringLiteral("version"), l.version},
                   {QStringLiteral("loaner_id"), l.loanerId},
                   {QStringLiteral("ticket_id"), l.ticketId},
                   {QStringLiteral("state"), l.state},
                   {QStringLiteral("condition_out"), l.conditionOut},
                   {QStringLiteral("deposit_minor"), l.deposit.minor},
                   {QStringLiteral("deposit"), l.deposit.toDecimalString()},
                   {QStringLiteral("currency"), l.deposit.currency},
                   {QStringLiteral("method"), l.method},
                   {QStringLiteral("deposit_payment_id"), orNull(l.depositPaymentId)},
                   {QStringLiteral("lent_by"), orNull(l.lentBy)},
                   {QStringLiteral("lent_at"), sql::timestamp(l.lentAt)},
                   {QStringLiteral("expected_return"), warranty::isoDate(l.expectedReturn)},
                   {QStringLiteral("rule"), QStringLiteral("CN-07")}};
    if (l.state != QLatin1String("out")) {
        o.insert(QStringLiteral("condition_back"), l.conditionBack);
        o.insert(QStringLiteral("deposit_outcome"), l.depositOutcome);
        o.insert(QStringLiteral("refund_payment_id"), orNull(l.refundPaymentId));
        o.insert(QStringLiteral("reason"), l.reason);
        o.insert(QStringLiteral("closed_by"), orNull(l.closedBy));
        o.insert(QStringLiteral("closed_at"), sql::timestamp(l.closedAt));
    }
    return o;
}

QJsonObject toJson(const LoanOut &out)
{
    QJsonObject o = toJson(out.loan);
    o.insert(QStringLiteral("imei"), out.loaner.imei);
    o.insert(QStringLiteral("model"), out.loaner.model);
    o.insert(QStringLiteral("ticket"), out.ticketNumber);
    o.insert(QStringLiteral("ticket_status"), TicketLifecycle::id(out.ticketStatus));
    o.insert(QStringLiteral("customer"), out.customerName);
    o.insert(QStringLiteral("overdue"), out.overdue);
    if (out.overdue)
        o.insert(QStringLiteral("overdue_why"), out.overdueWhy);
    return o;
}

LoanerRepository::LoanerRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool LoanerRepository::isOverdue(const Loan &loan, TicketStatus ticketStatus, const QDate &today,
                                 QString *why)
{
    if (loan.state != QLatin1String("out"))
        return false;
    QString reason;
    if (ticketStatus == TicketStatus::Ready || TicketLifecycle::isFinal(ticketStatus))
        reason = QStringLiteral("ticket_done");
    else if (loan.expectedReturn.isValid() && today > loan.expectedReturn)
        reason = QStringLiteral("past_expected_return");
    if (why)
        *why = reason;
    return !reason.isEmpty();
}

Result<QList<Loaner>> LoanerRepository::list()
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM loaners ORDER BY state = 'written_off', "
                                     "model, imei")
                          .arg(kLoanerColumns),
                      {}, QStringLiteral("loaners read"));
    if (!q)
        return q.error();
    QList<Loaner> out;
    while (q->next())
        out.append(loanerFrom(*q));
    return out;
}

Result<std::optional<Loaner>> LoanerRepository::byImei(const QString &imei)
{
    return firstRow<Loaner>(
        sql::run(m_db, QStringLiteral("SELECT %1 FROM loaners WHERE imei = ?").arg(kLoanerColumns),
                 {imei}, QStringLiteral("loaner read")),
        loanerFrom);
}

Result<std::optional<Loaner>> LoanerRepository::byId(const QString &id)
{
    return firstRow<Loaner>(
        sql::run(m_db, QStringLiteral("SELECT %1 FROM loaners WHERE id = ?").arg(kLoanerColumns),
                 {id}, QStringLiteral("loaner read")),
        loanerFrom);
}

Result<std::optional<Loan>> LoanerRepository::outForTicket(const QString &ticketId)
{
    return firstRow<Loan>(
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM loans WHERE ticket_id = ? AND state = 'out'")
                     .arg(kLoanColumns),
                 {ticketId}, QStringLiteral("loan read")),
        loanFrom);
}

Result<std::optional<Loan>> LoanerRepository::outForLoaner(const QString &loanerId)
{
    return firstRow<Loan>(
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM loans WHERE loaner_id = ? AND state = 'out'")
                     .arg(kLoanColumns),
                 {loanerId}, QStringLiteral("loan read")),
        loanFrom);
}

Result<std::optional<Loan>> LoanerRepository::latestForTicket(const QString &ticketId,
                                                              bool returned)
{
    return firstRow<Loan>(
        sql::run(
            m_db,
            QStringLiteral("SELECT %1 FROM loans WHERE ticket_id = ? %2 ORDER BY rid "
                           "DESC LIMIT 1")
                .arg(kLoanColumns, returned ? QStringLiteral("AND state = 'returned'") : QString()),
            {ticketId}, QStringLiteral("loan read")),
        loanFrom);
}

Result<QList<LoanOut>> LoanerRepository::loansOut()
{
    QStringList loanCols;
    for (const QString &c : kLoanColumns.split(QStringLiteral(", ")))
        loanCols << QStringLiteral("l.") + c;
    QStringList loanerCols;
    for (const QString &c : kLoanerColumns.split(QStringLiteral(", ")))
        loanerCols << QStringLiteral("r.") + c;
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT %1, %2, t.number, t.status, coalesce(c.name, '') "
                       "FROM loans l JOIN loaners r ON r.id = l.loaner_id "
                       "JOIN tickets t ON t.id = l.ticket_id "
                       "LEFT JOIN customers c ON c.id = t.customer_id "
                       "WHERE l.state = 'out' ORDER BY l.lent_at, l.rid")
            .arg(loanCols.join(QStringLiteral(", ")), loanerCols.join(QStringLiteral(", "))),
        {}, QStringLiteral("loans read"));
    if (!q)
        return q.error();
    const int loanN = int(loanCols.size());
    const int base = loanN + int(loanerCols.size());
    const QDate today = m_clock.today();
    QList<LoanOut> out;
    while (q->next()) {
        LoanOut o;
        o.loan = loanFrom(*q);
        o.loaner = loanerFrom(*q, loanN);
        o.ticketNumber = q->value(base).toString();
        o.ticketStatus = TicketLifecycle::fromId(q->value(base + 1).toString())
                             .value_or(TicketStatus::Received);
        o.customerName = q->value(base + 2).toString();
        o.overdue = isOverdue(o.loan, o.ticketStatus, today, &o.overdueWhy);
        out.append(o);
    }
    return out;
}

Status LoanerRepository::insertLoanerInTransaction(Loaner &l)
{
    const QDateTime now = m_clock.nowUtc();
    l.id = sql::newId();
    l.version = 1;
    l.createdAt = now;
    l.updatedAt = now;
    if (Status s
        = sql::exec(m_db,
                    QStringLiteral("INSERT INTO loaners (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?)")
                        .arg(kLoanerColumns),
                    {l.id, l.version, l.imei, l.model, l.condition, l.deposit.minor,
                     l.deposit.currency, l.state, sql::timestamp(now), sql::timestamp(now)},
                    QStringLiteral("loaner insert"));
        !s)
        return s;
    return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("loaner"), l.id, l.version,
                          toJson(l), now);
}

Status LoanerRepository::updateLoanerInTransaction(Loaner &l)
{
    const QDateTime now = m_clock.nowUtc();
    l.version += 1;
    l.updatedAt = now;
    if (Status s
        = sql::exec(m_db,
                    QStringLiteral("UPDATE loaners SET version = ?, condition = ?, state = "
                                   "?, updated_at = ? WHERE id = ? AND version = ?"),
                    {l.version, l.condition, l.state, sql::timestamp(now), l.id, l.version - 1},
                    QStringLiteral("loaner update"));
        !s)
        return s;
    return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("loaner"), l.id, l.version,
                          toJson(l), now);
}

Status LoanerRepository::insertLoanInTransaction(Loan &l)
{
    const QDateTime now = m_clock.nowUtc();
    if (l.id.isEmpty())
        l.id = sql::newId();
    l.version = 1;
    l.lentAt = now;
    if (Status s = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO loans (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)")
                .arg(kLoanColumns),
            {l.id, l.version, l.loanerId, l.ticketId, l.state, l.conditionOut, l.deposit.minor,
             l.deposit.currency, l.method, sql::nullable(l.depositPaymentId),
             sql::nullable(l.lentBy), sql::timestamp(now), warranty::isoDate(l.expectedReturn),
             l.conditionBack, l.depositOutcome, sql::nullable(l.refundPaymentId), l.reason,
             sql::nullable(l.closedBy), sql::nullableTimestamp(l.closedAt)},
            QStringLiteral("loan insert"));
        !s)
        return s;
    return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("loan"), l.id, l.version,
                          toJson(l), now);
}

Status LoanerRepository::updateLoanInTransaction(Loan &l)
{
    const QDateTime now = m_clock.nowUtc();
    l.version += 1;
    if (Status s = sql::exec(
            m_db,
            QStringLiteral("UPDATE loans SET version = ?, state = ?, condition_back = ?, "
                           "deposit_outcome = ?, refund_payment_id = ?, reason = ?, closed_by = ?, "
                           "closed_at = ? WHERE id = ? AND version = ?"),
            {l.version, l.state, l.conditionBack, l.depositOutcome,
             sql::nullable(l.refundPaymentId), l.reason, sql::nullable(l.closedBy),
             sql::nullableTimestamp(l.closedAt), l.id, l.version - 1},
            QStringLiteral("loan update"));
        !s)
        return s;
    return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("loan"), l.id, l.version,
                          toJson(l), now);
}

} // namespace rc
