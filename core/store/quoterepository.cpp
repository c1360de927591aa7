#include "quoterepository.h"

#include "database.h"
#include "outbox.h"
#include "sql.h"
#include "tickets/quotecoverage.h"

namespace rc {

namespace {

QString kindId(QuoteLineKind kind)
{
    return kind == QuoteLineKind::Labour ? QStringLiteral("labour") : QStringLiteral("part");
}

QJsonObject moneyJson(const Money &money)
{
    return {{QStringLiteral("minor"), money.minor}, {QStringLiteral("currency"), money.currency}};
}

} // namespace

QJsonObject toJson(const QuoteLine &l)
{
    return {
        {QStringLiteral("id"), l.id},
        {QStringLiteral("version"), l.version},
        {QStringLiteral("ticket_id"), l.ticketId},
        {QStringLiteral("revision"), l.revision},
        {QStringLiteral("kind"), kindId(l.kind)},
        {QStringLiteral("price_item_id"),
         l.priceItemId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.priceItemId)},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("quantity"), l.quantity},
        {QStringLiteral("unit_price_minor"), l.unitPrice.minor},
        {QStringLiteral("currency"), l.unitPrice.currency},
        {QStringLiteral("covered"), l.covered},
        {QStringLiteral("created_at"), sql::timestamp(l.createdAt)},
    };
}

QJsonObject toJson(const Approval &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("version"), 1},
        {QStringLiteral("ticket_id"), a.ticketId},
        {QStringLiteral("revision"), a.revision},
        {QStringLiteral("decision"),
         a.approved ? QStringLiteral("approved") : QStringLiteral("declined")},
        {QStringLiteral("payable_minor"), a.payable.minor},
        {QStringLiteral("currency"), a.payable.currency},
        {QStringLiteral("method"), a.method},
        {QStringLiteral("user_id"),
         a.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.userId)},
        {QStringLiteral("at"), sql::timestamp(a.at)},
        {QStringLiteral("note"), a.note},
    };
}

QuoteRepository::QuoteRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool QuoteRepository::isValidMethod(const QString &method)
{
    return method == QLatin1String("in_person") || method == QLatin1String("phone")
           || method == QLatin1String("message");
}

Result<Ticket> QuoteRepository::issue(const QString &ticketId, QList<QuoteLine> lines,
                                      const Actor &actor, const QString &note)
{
    if (lines.isEmpty())
        return Error {QStringLiteral("QUOTE_EMPTY"), tr("A quote needs at least one line.")};
    for (const QuoteLine &line : lines) {
        if (line.description.trimmed().isEmpty())
            return Error {QStringLiteral("QUOTE_LINE"),
                          tr("Every quote line needs a description.")};
        if (line.quantity <= 0)
            return Error {QStringLiteral("QUOTE_LINE"),
                          tr("The quantity of \"%1\" must be at least 1.").arg(line.description)};
        if (line.unitPrice.minor < 0)
            return Error {QStringLiteral("QUOTE_LINE"),
                          tr("The price of \"%1\" cannot be negative.").arg(line.description)};
    }
    Result<Ticket> result = Error {};
    Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto loaded = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!loaded)
            return loaded.error();
        Ticket t = *loaded;
        if (t.status != TicketStatus::Quoted
            && !TicketLifecycle::isAllowed(t.status, TicketStatus::Quoted))
            return Error {
                QStringLiteral("TRANSITION"),
                tr("Ticket %1: %2")
                    .arg(t.number, TicketLifecycle::refusal(t.status, TicketStatus::Quoted))};
        // The warranty pays only while the ticket's current verdict covers the repair.
        int uncovered = 0;
        lines = QuoteCoverage::enforce(lines, QuoteCoverage::verdictCovers(t.warrantyVerdict),
                                       &uncovered);
        const QDateTime now = m_clock.nowUtc();
        const int revision = t.quoteRevision + 1;
        for (QuoteLine &line : lines) {
            line.id = sql::newId();
            line.version = 1;
            line.ticketId = ticketId;
            line.revision = revision;
            line.createdAt = now;
            line.description = line.description.trimmed();
            if (Status s = sql::exec(
                    m_db,
                    QStringLiteral("INSERT INTO quote_lines (id, version, ticket_id, revision, "
                                   "kind, price_item_id, description, quantity, unit_price_minor, "
                                   "currency, covered, created_at, updated_at) VALUES (?, 1, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {line.id, ticketId, revision, kindId(line.kind),
                     sql::nullable(line.priceItemId), line.description, line.quantity,
                     line.unitPrice.minor, line.unitPrice.currency, line.covered ? 1 : 0,
                     sql::timestamp(now), sql::timestamp(now)},
                    QStringLiteral("quote line insert"));
                !s)
                return s;
            if (Status s
                = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("quote_line"),
                                 line.id, 1, toJson(line), now);
                !s)
                return s;
        }
        const QuoteTotals totals = QuoteTotals::of(lines);
        t.quoteRevision = revision;
        TicketEvent e;
        e.userId = actor.userId;
        e.actor = actor.name;
        e.kind = QStringLiteral("quote");
        e.note = note;
        e.data = {{QStringLiteral("revision"), revision},
                  {QStringLiteral("lines"), int(lines.size())},
                  {QStringLiteral("total"), moneyJson(totals.total)},
                  {QStringLiteral("covered"), moneyJson(totals.covered)},
                  {QStringLiteral("payable"), moneyJson(totals.payable)}};
        if (uncovered > 0)
            e.data.insert(QStringLiteral("uncovered_by_verdict"), uncovered);
        auto saved = tickets.saveInTransaction(t, e);
        if (!saved)
            return saved.error();
        if (saved->status == TicketStatus::Quoted) {
            result = saved;
            return {};
        }
        result = tickets.stepInTransaction(ticketId, TicketStatus::Quoted, actor, note,
                                           std::nullopt, StepKey {});
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<QList<QuoteLine>> QuoteRepository::lines(const QString &ticketId, int revision)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT id, version, ticket_id, revision, kind, price_item_id, description, "
                       "quantity, unit_price_minor, currency, covered, created_at FROM "
                       "quote_lines WHERE ticket_id = ? AND revision = CASE WHEN ? > 0 THEN ? "
                       "ELSE (SELECT quote_revision FROM tickets WHERE id = ?) END ORDER BY rid"),
        {ticketId, revision, revision, ticketId}, QStringLiteral("quote read"));
    if (!q)
        return q.error();
    QList<QuoteLine> list;
    while (q->next()) {
        QuoteLine l;
        l.id = q->value(0).toString();
        l.version = q->value(1).toInt();
        l.ticketId = q->value(2).toString();
        l.revision = q->value(3).toInt();
        l.kind = q->value(4).toString() == QLatin1String("labour") ? QuoteLineKind::Labour
                                                                   : QuoteLineKind::Part;
        l.priceItemId = q->value(5).toString();
        l.description = q->value(6).toString();
        l.quantity = q->value(7).toInt();
        l.unitPrice = Money {q->value(8).toLongLong(), q->value(9).toString()};
        l.covered = q->value(10).toInt() != 0;
        l.createdAt = sql::parseTimestamp(q->value(11).toString());
        list.append(l);
    }
    return list;
}

Result<Approval> QuoteRepository::answer(const QString &ticketId, const QuoteAnswer &answer,
                                         const Actor &actor)
{
    if (!isValidMethod(answer.method))
        return Error {QStringLiteral("APPROVAL_METHOD"),
                      tr("Say how the customer answered (at the counter, by phone or by "
                         "message).")};
    Approval a;
    Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto loaded = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!loaded)
            return loaded.error();
        if (loaded->quoteRevision <= 0)
            return Error {QStringLiteral("NO_QUOTE"),
                          tr("Ticket %1 has no quote to answer.").arg(loaded->number)};
        auto current = lines(ticketId, loaded->quoteRevision);
        if (!current)
            return current.error();
        const QDateTime now = m_clock.nowUtc();
        a.id = sql::newId();
        a.ticketId = ticketId;
        a.revision = loaded->quoteRevision;
        a.approved = answer.approved;
        a.payable = QuoteTotals::of(*current).payable;
        a.method = answer.method;
        a.userId = actor.userId;
        a.at = answer.at.isValid() ? answer.at.toUTC() : now;
        a.note = answer.note.trimmed();
        // The move first: a ticket that is not awaiting an answer is refused with the
        // lifecycle's reason before anything is written.
        auto moved = tickets.stepInTransaction(
            ticketId, answer.approved ? TicketStatus::Approved : TicketStatus::Declined, actor,
            a.note, std::nullopt, StepKey {});
        if (!moved)
            return moved.error();
        if (Status s = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO approvals (id, version, ticket_id, revision, decision, "
                               "payable_minor, currency, method, user_id, at, note) VALUES (?, 1, "
                               "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {a.id, ticketId, a.revision,
                 a.approved ? QStringLiteral("approved") : QStringLiteral("declined"),
                 a.payable.minor, a.payable.currency, a.method, sql::nullable(a.userId),
                 sql::timestamp(a.at), a.note},
                QStringLiteral("approval insert"));
            !s)
            return s;
        return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("approval"), a.id, 1,
                              toJson(a), now);
    });
    if (!status)
        return status.error();
    return a;
}

Result<QList<Approval>> QuoteRepository::approvals(const QString &ticketId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, ticket_id, revision, decision, payable_minor, "
                                     "currency, method, user_id, at, note FROM approvals WHERE "
                                     "ticket_id = ? ORDER BY rid"),
                      {ticketId}, QStringLiteral("approvals read"));
    if (!q)
        return q.error();
    QList<Approval> list;
    while (q->next()) {
        Approval a;
        a.id = q->value(0).toString();
        a.ticketId = q->value(1).toString();
        a.revision = q->value(2).toInt();
        a.approved = q->value(3).toString() == QLatin1String("approved");
        a.payable = Money {q->value(4).toLongLong(), q->value(5).toString()};
        a.method = q->value(6).toString();
        a.userId = q->value(7).toString();
        a.at = sql::parseTimestamp(q->value(8).toString());
        a.note = q->value(9).toString();
        list.append(a);
    }
    return list;
}

} // namespace rc
