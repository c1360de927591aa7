#include "statusmoves.h"

#include "sql.h"
#include "versionclock.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace rc::StatusMoves {

Result<Settled> settle(sql::StatementCache &statements, const QString &ticketId)
{
    Settled out;
    auto q = statements.run(
        QStringLiteral("SELECT e.id, e.from_status, e.to_status, coalesce(o.version, 0), "
                       "coalesce(o.origin, '') FROM ticket_events e LEFT JOIN event_origins o "
                       "ON o.event_id = e.id WHERE e.ticket_id = ? AND e.from_status IS NOT "
                       "NULL AND e.to_status IS NOT NULL AND e.from_status <> e.to_status "
                       "AND e.from_status IN (SELECT f.from_status FROM ticket_events f "
                       "LEFT JOIN event_origins fo ON fo.event_id = f.id WHERE f.ticket_id = "
                       "? AND f.to_status IS NOT NULL GROUP BY f.from_status HAVING "
                       "count(DISTINCT f.to_status) > 1 AND count(DISTINCT "
                       "coalesce(fo.origin, '')) > 1) ORDER BY e.from_status, e.id"),
        {ticketId, ticketId}, QStringLiteral("status moves"));
    if (!q)
        return q.error();
    struct Move
    {
        QString id, from, to, origin;
        qint64 version;
    };
    QList<Move> moves;
    while ((*q)->next())
        moves.append({(*q)->value(0).toString(), (*q)->value(1).toString(),
                      (*q)->value(2).toString(), (*q)->value(4).toString(),
                      (*q)->value(3).toLongLong()});
    (*q)->finish();
    if (moves.isEmpty())
        return out;
    QMap<QString, Move> winners; // per from-status; equal pairs (one origin) by id
    for (const Move &m : std::as_const(moves)) {
        auto it = winners.find(m.from);
        const int order = it == winners.end()
                              ? 1
                              : VersionClock::compare(m.version, m.origin, it->version, it->origin);
        if (order > 0 || (order == 0 && m.id > it->id))
            winners.insert(m.from, m);
    }
    auto status = statements.run(QStringLiteral("SELECT status FROM tickets WHERE id = ?"),
                                 {ticketId}, QStringLiteral("ticket status"));
    if (!status)
        return status.error();
    QString current = (*status)->next() ? (*status)->value(0).toString() : QString();
    (*status)->finish();
    // The marks follow the moves this store holds now: a move that arrived later may win
    // over the winner of before, or make an earlier loser go where the winner went.
    QHash<QString, QString> marks; // loser → winner
    for (const Move &m : std::as_const(moves)) {
        const Move &winner = winners.value(m.from);
        if (m.origin != winner.origin && m.to != winner.to)
            marks.insert(m.id, winner.id);
    }
    auto held = statements.run(QStringLiteral("SELECT event_id, winner_id FROM event_conflicts "
                                              "WHERE ticket_id = ?"),
                               {ticketId}, QStringLiteral("status conflicts"));
    if (!held)
        return held.error();
    QStringList outdated;
    while ((*held)->next()) {
        if (marks.value((*held)->value(0).toString()) != (*held)->value(1).toString())
            outdated << (*held)->value(0).toString();
    }
    (*held)->finish();
    for (const QString &eventId : std::as_const(outdated)) {
        if (Status s
            = statements.exec(QStringLiteral("DELETE FROM event_conflicts WHERE event_id = ?"),
                              {eventId}, QStringLiteral("outdated status conflict"));
            !s)
            return s.error();
    }
    for (const Move &m : std::as_const(moves)) {
        if (!marks.contains(m.id))
            continue;
        const Move &winner = winners.value(m.from);
        auto marked
            = statements.run(QStringLiteral("INSERT OR IGNORE INTO event_conflicts "
                                            "(event_id, ticket_id, winner_id) VALUES (?, "
                                            "?, ?)"),
                             {m.id, ticketId, winner.id}, QStringLiteral("status conflict"));
        if (!marked)
            return marked.error();
        if ((*marked)->numRowsAffected() > 0)
            ++out.conflicts;
        if (current == m.to) {
            if (Status s
                = statements.exec(QStringLiteral("UPDATE tickets SET status = ?, version = "
                                                 "version + 1 WHERE id = ?"),
                                  {winner.to, ticketId}, QStringLiteral("settle status"));
                !s)
                return s.error();
            current = winner.to;
            out.statusChanged = true;
        }
    }
    return out;
}

} // namespace rc::StatusMoves
