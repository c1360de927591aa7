// Uncollected phones (issue 20): notices to collect a ready phone, and its disposal by a
// manager uncollected.days after the last notice (domain.md §1: remind, then a policy period
// after which the center may dispose; the receipt promises the period).

#include "authority.h"
#include "changes.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "ticketworkflow.h"
#include "warranty/warrantytypes.h"

namespace rc::workflow {

namespace {

const QStringList &noticeWays()
{
    static const QStringList ways {QStringLiteral("phone"), QStringLiteral("message"),
                                   QStringLiteral("letter")};
    return ways;
}

QString howLabel(const QString &how)
{
    if (how == QLatin1String("phone"))
        return TicketWorkflow::tr("by phone");
    if (how == QLatin1String("message"))
        return TicketWorkflow::tr("by message");
    return TicketWorkflow::tr("by letter");
}

Error notReady(const Ticket &ticket)
{
    return Error {QStringLiteral("NOT_READY"),
                  TicketWorkflow::tr("Ticket %1 is \"%2\": only a ready phone waits to be "
                                     "collected.")
                      .arg(ticket.number, TicketLifecycle::label(ticket.status))};
}

Result<QList<CollectNotice>> noticesOf(const Database &db, const QString &ticketId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, how, note, coalesce(user_id, ''), date, "
                                     "created_at FROM collect_notices WHERE ticket_id = ? "
                                     "ORDER BY date, rid"),
                      {ticketId}, QStringLiteral("collect notices read"));
    if (!q)
        return q.error();
    QList<CollectNotice> out;
    while (q->next()) {
        CollectNotice n;
        n.id = q->value(0).toString();
        n.ticketId = ticketId;
        n.how = q->value(1).toString();
        n.note = q->value(2).toString();
        n.userId = q->value(3).toString();
        n.date = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        n.at = sql::parseTimestamp(q->value(5).toString());
        out.append(n);
    }
    return out;
}

} // namespace

QJsonObject CollectNotice::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("ticket_id"), ticketId},
                   {QStringLiteral("how"), how},
                   {QStringLiteral("date"), warranty::isoDate(date)},
                   {QStringLiteral("user_id"), userId}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

Result<UncollectedState> TicketWorkflow::uncollected(const QString &ticketId)
{
    UncollectedState state;
    auto days = SettingsRepository(m_db, m_clock).intValue(QStringLiteral("uncollected.days"));
    if (!days)
        return days.error();
    if (*days > 0)
        state.days = *days;
    auto notices = noticesOf(m_db, ticketId);
    if (!notices)
        return notices.error();
    state.notices = *notices;
    if (!state.notices.isEmpty())
        state.disposableFrom = state.notices.last().date.addDays(state.days);
    return state;
}

Result<CollectNotice> TicketWorkflow::noticeToCollect(const QString &userId,
                                                      const QString &ticketId, const QString &how,
                                                      const QString &note)
{
    const QString operation = QStringLiteral("ticket.collect_notice");
    const QString way = how.trimmed().toLower();
    if (!noticeWays().contains(way))
        return Error {QStringLiteral("NOTICE_HOW"),
                      tr("How was the customer told to collect the phone: phone, message or "
                         "letter (not \"%1\")?")
                          .arg(how.trimmed())};
    auto acting = m_authority.require(userId, Permission::CollectNotice, operation, ticketId);
    if (!acting)
        return acting.error();

    TicketRepository tickets(m_db, m_clock);
    CollectNotice notice;
    const Status status = m_db.write([&]() -> Status {
        auto loaded = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!loaded)
            return loaded.error();
        if (loaded->status != TicketStatus::Ready)
            return notReady(*loaded);
        const QDateTime now = m_clock.nowUtc();
        notice.id = sql::newId();
        notice.ticketId = ticketId;
        notice.how = way;
        notice.note = note.trimmed();
        notice.userId = acting->user.id;
        notice.date = m_clock.today();
        notice.at = now;
        if (Status s = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO collect_notices (id, version, ticket_id, how, user_id, "
                               "date, note, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)"),
                {notice.id, ticketId, way, notice.userId, warranty::isoDate(notice.date),
                 notice.note, sql::timestamp(now)},
                QStringLiteral("collect notice insert"));
            !s)
            return s;
        if (Status s
            = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("collect_notice"),
                             notice.id, 1, notice.toJson(), now);
            !s)
            return s;
        TicketEvent event;
        event.userId = acting->actor().userId;
        event.actor = acting->actor().name;
        event.kind = QStringLiteral("collect_notice");
        event.note = tr("Notice to collect, %1").arg(howLabel(way));
        if (!notice.note.isEmpty())
            event.note += QStringLiteral(" — ") + notice.note;
        event.data = notice.toJson();
        auto saved = tickets.saveInTransaction(*loaded, event);
        if (!saved)
            return saved.error();
        return AuditLog::appendInTransaction(m_db, AuditLog::entry(acting->actor(), operation,
                                                                   QStringLiteral("ticket"),
                                                                   ticketId, now, notice.toJson()));
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return notice;
}

Result<Ticket> TicketWorkflow::dispose(const QString &userId, const QString &ticketId,
                                       const QString &reason)
{
    const QString operation = QStringLiteral("ticket.dispose");
    auto acting = m_authority.require(userId, Permission::Dispose, operation, ticketId);
    if (!acting)
        return acting.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error {QStringLiteral("DISPOSE_REASON"),
                      tr("Write why the phone is disposed of (e.g. what becomes of it).")};

    TicketRepository tickets(m_db, m_clock);
    auto current = tickets.byId(ticketId);
    if (!current)
        return current.error();
    if (!*current)
        return Error {QStringLiteral("NOT_FOUND"), tr("No ticket %1.").arg(ticketId)};
    const Ticket &ticket = **current;
    if (ticket.status != TicketStatus::Ready)
        return notReady(ticket);
    auto state = uncollected(ticketId);
    if (!state)
        return state.error();
    const QDate today = m_clock.today();
    if (!state->disposableFrom) {
        const Error error {QStringLiteral("DISPOSE_NO_NOTICE"),
                           tr("Ticket %1: the customer was never told to collect the phone. "
                              "Record a notice to collect first; the phone may be disposed of "
                              "%2 days after the last one.")
                               .arg(ticket.number)
                               .arg(state->days)};
        m_authority.auditRefusal(userId, operation, ticketId, error);
        return error;
    }
    if (today < *state->disposableFrom) {
        const Error error {QStringLiteral("DISPOSE_TOO_EARLY"),
                           tr("Ticket %1: the last notice to collect was on %2; the phone may "
                              "be disposed of from %3 (%4 days after it), not before.")
                               .arg(ticket.number, warranty::isoDate(state->notices.last().date),
                                    warranty::isoDate(*state->disposableFrom))
                               .arg(state->days)};
        m_authority.auditRefusal(userId, operation, ticketId, error);
        return error;
    }

    const QJsonObject data {
        {QStringLiteral("reason"), why},
        {QStringLiteral("notices"), static_cast<int>(state->notices.size())},
        {QStringLiteral("last_notice"), warranty::isoDate(state->notices.last().date)},
        {QStringLiteral("uncollected_days"), state->days},
    };
    Result<Ticket> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        auto moved = tickets.stepInTransaction(ticketId, TicketStatus::Disposed, acting->actor(),
                                               tr("Disposed (uncollected): %1").arg(why),
                                               ticket.version, StepKey {});
        if (!moved)
            return moved.error();
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(acting->actor(), operation, QStringLiteral("ticket"),
                                      ticketId, m_clock.nowUtc(), data, why));
            !s)
            return s;
        result = *moved;
        return Status();
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

} // namespace rc::workflow
