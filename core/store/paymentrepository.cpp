#include "paymentrepository.h"

#include "database.h"
#include "diagnosisfees.h"
#include "outbox.h"
#include "sql.h"

namespace rc {

QJsonObject toJson(const Payment &p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("version"), 1},
        {QStringLiteral("ticket_id"), p.ticketId},
        {QStringLiteral("kind"), p.kind},
        {QStringLiteral("amount_minor"), p.amount.minor},
        {QStringLiteral("currency"), p.amount.currency},
        {QStringLiteral("method"), p.method},
        {QStringLiteral("reference"), p.reference},
        {QStringLiteral("user_id"),
         p.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.userId)},
        {QStringLiteral("at"), sql::timestamp(p.at)},
    };
}

PaymentRepository::PaymentRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool PaymentRepository::isValidKind(const QString &kind)
{
    return kind == QLatin1String("deposit") || kind == QLatin1String("payment")
           || kind == QLatin1String("refund");
}

bool PaymentRepository::isValidMethod(const QString &method)
{
    static const QStringList methods {QStringLiteral("cash"),   QStringLiteral("card"),
                                      QStringLiteral("wechat"), QStringLiteral("alipay"),
                                      QStringLiteral("mobile"), QStringLiteral("other")};
    return methods.contains(method);
}

Result<Payment> PaymentRepository::recordInTransaction(Payment p, const Actor &actor)
{
    if (!isValidKind(p.kind))
        return Error {QStringLiteral("PAYMENT_KIND"),
                      tr("Unknown payment kind \"%1\".").arg(p.kind)};
    if (!isValidMethod(p.method))
        return Error {QStringLiteral("PAYMENT_METHOD"),
                      tr("Choose how the customer pays (cash, card, WeChat, Alipay, mobile "
                         "payment, other).")};
    if (p.amount.minor <= 0)
        return Error {QStringLiteral("PAYMENT_AMOUNT"), tr("The amount must be more than 0.")};
    TicketRepository tickets(m_db, m_clock);
    auto loaded = tickets.loadInTransaction(p.ticketId, std::nullopt);
    if (!loaded)
        return loaded.error();
    const QDateTime now = m_clock.nowUtc();
    p.id = sql::newId();
    p.userId = actor.userId;
    p.at = now;
    if (Status s = sql::exec(m_db,
                             QStringLiteral("INSERT INTO payments (id, version, ticket_id, kind, "
                                            "amount_minor, currency, method, reference, user_id, "
                                            "at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {p.id, p.ticketId, p.kind, p.amount.minor, p.amount.currency, p.method,
                              p.reference.trimmed(), sql::nullable(p.userId), sql::timestamp(now)},
                             QStringLiteral("payment insert"));
        !s)
        return s.error();
    if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("payment"), p.id, 1,
                                  toJson(p), now);
        !s)
        return s.error();
    TicketEvent e;
    e.userId = actor.userId;
    e.actor = actor.name;
    e.kind = QStringLiteral("payment");
    e.data = {{QStringLiteral("payment_id"), p.id},
              {QStringLiteral("payment_kind"), p.kind},
              {QStringLiteral("amount_minor"), p.amount.minor},
              {QStringLiteral("currency"), p.amount.currency},
              {QStringLiteral("method"), p.method}};
    auto saved = tickets.saveInTransaction(*loaded, e);
    if (!saved)
        return saved.error();
    return p;
}

Result<Payment> PaymentRepository::record(Payment payment, const Actor &actor)
{
    Result<Payment> result = Error {};
    Status status = m_db.write([&]() -> Status {
        result = recordInTransaction(payment, actor);
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<QList<Payment>> PaymentRepository::forTicket(const QString &ticketId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, ticket_id, kind, amount_minor, currency, method, "
                                     "reference, user_id, at FROM payments WHERE ticket_id = ? "
                                     "ORDER BY rid"),
                      {ticketId}, QStringLiteral("payments read"));
    if (!q)
        return q.error();
    QList<Payment> list;
    while (q->next()) {
        Payment p;
        p.id = q->value(0).toString();
        p.ticketId = q->value(1).toString();
        p.kind = q->value(2).toString();
        p.amount = Money {q->value(3).toLongLong(), q->value(4).toString()};
        p.method = q->value(5).toString();
        p.reference = q->value(6).toString();
        p.userId = q->value(7).toString();
        p.at = sql::parseTimestamp(q->value(8).toString());
        list.append(p);
    }
    return list;
}

Result<Balance> PaymentRepository::balance(const QString &ticketId)
{
    // The approved revision's payable lines; nothing is owed before an approval.
    auto payable = sql::run(
        m_db,
        QStringLiteral("SELECT COALESCE(SUM(l.quantity * l.unit_price_minor), 0) FROM quote_lines "
                       "l JOIN tickets t ON t.id = l.ticket_id WHERE l.ticket_id = ? AND "
                       "l.revision = t.approved_revision AND t.approved_revision > 0 AND "
                       "l.covered = 0"),
        {ticketId}, QStringLiteral("balance read"));
    if (!payable)
        return payable.error();
    auto paid = sql::run(m_db,
                         QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'refund' THEN "
                                        "-amount_minor ELSE amount_minor END), 0) FROM payments "
                                        "WHERE ticket_id = ? AND reference NOT LIKE 'loan:%'"),
                         {ticketId}, QStringLiteral("balance read"));
    if (!paid)
        return paid.error();
    Balance b;
    b.payable.minor = payable->next() ? payable->value(0).toLongLong() : 0;
    b.paid.minor = paid->next() ? paid->value(0).toLongLong() : 0;
    auto ticket = TicketRepository(m_db, m_clock).byId(ticketId);
    if (!ticket)
        return ticket.error();
    if (*ticket) {
        auto fee = DiagnosisFees::state(m_db, **ticket);
        if (!fee)
            return fee.error();
        b.diagnosisFee = *fee;
        // Closed without a repair: only the diagnosis fee can be owed, never the quote.
        if (fee->isSet()
            && ((*ticket)->status == TicketStatus::ReturnedUnrepaired
                || (*ticket)->status == TicketStatus::Cancelled))
            b.payable.minor = 0;
        b.payable.minor += fee->due.minor;
    }
    b.due.minor = b.payable.minor - b.paid.minor;
    return b;
}

} // namespace rc
