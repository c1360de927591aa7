#include "statusmoves.h"

#include "sql.h"
#include "versionclock.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <algorithm>

namespace rc::StatusMoves {

namespace {

struct Move
{
    QString id;
    QString from; // empty: the root ("created")
    QString to;
    QString at;
    QString origin;
    qint64 version = 0;
    QString after; // the move it followed, as it names it
    bool namesAfter = false; // false: written before moves named it
    QString markedWinner; // the winner its conflict mark names, as the store holds it
    QString station; // whose chain it is in
    qint64 rid = 0; // local insertion order: a station's chain order, on every store
};

// The order that picks a winner among moves to different statuses: (version, origin), then
// id. Never a wall clock.
bool outranks(const Move &a, const Move &b)
{
    const int order = VersionClock::compare(a.version, a.origin, b.version, b.origin);
    return order > 0 || (order == 0 && a.id > b.id);
}

// The ticket as the store holds it, with its moves.
struct Held
{
    bool found = false;
    QString status;
    QString since; // status_changed_at
    QList<Move> moves; // by time, then id
};

Result<Held> held(sql::StatementCache &statements, const QString &ticketId)
{
    auto q = statements.run(
        QStringLiteral("SELECT t.status, t.status_changed_at, e.id, coalesce(e.from_status, ''), "
                       "e.to_status, e.at, coalesce(o.version, 0), coalesce(o.origin, ''), CASE "
                       "WHEN json_valid(e.data) THEN json_extract(e.data, '$.after') END, "
                       "c.winner_id, e.station, e.rid FROM tickets t LEFT JOIN ticket_events e ON "
                       "e.ticket_id = "
                       "t.id AND e.to_status IS NOT NULL AND e.from_status IS NOT e.to_status "
                       "LEFT JOIN event_origins o ON o.event_id = e.id LEFT JOIN "
                       "event_conflicts c ON c.event_id = e.id WHERE t.id = ?"),
        {ticketId}, QStringLiteral("status moves"));
    if (!q)
        return q.error();
    Held out;
    while ((*q)->next()) {
        out.found = true;
        out.status = (*q)->value(0).toString();
        out.since = (*q)->value(1).toString();
        if ((*q)->value(2).isNull())
            continue;
        Move m;
        m.id = (*q)->value(2).toString();
        m.from = (*q)->value(3).toString();
        m.to = (*q)->value(4).toString();
        m.at = (*q)->value(5).toString();
        m.version = (*q)->value(6).toLongLong();
        m.origin = (*q)->value(7).toString();
        m.namesAfter = !(*q)->value(8).isNull();
        m.after = (*q)->value(8).toString();
        m.markedWinner = (*q)->value(9).toString();
        m.station = (*q)->value(10).toString();
        m.rid = (*q)->value(11).toLongLong();
        out.moves.append(m);
    }
    (*q)->finish();
    // Only to place the moves that name nothing, and to pick the root: by time, and moves of
    // one instant by station and in the order of its chain (two moves of one step, such as a
    // repair finished and picked up at once, can share a millisecond). Every store that
    // holds the same moves orders them alike: a station's events come in its chain's order.
    std::sort(out.moves.begin(), out.moves.end(), [](const Move &a, const Move &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.station != b.station)
            return a.station < b.station;
        return a.rid < b.rid;
    });
    return out;
}

struct Derived
{
    int head = -1; // index of the winning path's end; -1 when no root is held
    QHash<QString, QString> marks; // losing move → the winner of its step
};

Derived derive(const QList<Move> &moves)
{
    Derived out;
    QHash<QString, int> index;
    for (int i = 0; i < moves.size(); ++i)
        index.insert(moves.at(i).id, i);
    QHash<QString, QList<int>> children; // move id → the moves that followed it
    int root = -1;
    int unplaced = -1; // the earliest move that names nothing and follows nothing held
    for (int i = 0; i < moves.size(); ++i) {
        const Move &m = moves.at(i);
        if (m.from.isEmpty()) {
            if (root < 0)
                root = i;
            continue;
        }
        if (m.namesAfter) {
            if (index.contains(m.after) && m.after != m.id)
                children[m.after].append(i); // else it waits for the move it followed
            continue;
        }
        int parent = -1;
        for (int j = i - 1; j >= 0 && parent < 0; --j) {
            if (moves.at(j).to == m.from)
                parent = j;
        }
        if (parent < 0 && i > 0)
            parent = i - 1;
        if (parent >= 0)
            children[moves.at(parent).id].append(i);
        else if (unplaced < 0)
            unplaced = i;
    }
    if (root < 0)
        root = unplaced;
    if (root < 0)
        return out;

    // Down the tree one step at a time; each move has one parent, so each is seen once.
    QList<int> step {root};
    for (;;) {
        QMap<QString, QList<int>> byStatus;
        for (int at : std::as_const(step)) {
            for (int child : children.value(moves.at(at).id))
                byStatus[moves.at(child).to].append(child);
        }
        if (byStatus.isEmpty())
            break;
        auto best = [&](const QList<int> &group) {
            int b = group.first();
            for (int i : group) {
                if (outranks(moves.at(i), moves.at(b)))
                    b = i;
            }
            return b;
        };
        QString winningStatus;
        int winner = -1;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            const int b = best(it.value());
            if (winner < 0 || outranks(moves.at(b), moves.at(winner))) {
                winner = b;
                winningStatus = it.key();
            }
        }
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            if (it.key() == winningStatus)
                continue;
            QList<int> losing = it.value();
            while (!losing.isEmpty()) {
                const int lost = losing.takeLast();
                out.marks.insert(moves.at(lost).id, moves.at(winner).id);
                losing += children.value(moves.at(lost).id);
            }
        }
        step = byStatus.value(winningStatus);
    }
    out.head = step.first();
    for (int i : std::as_const(step)) {
        if (outranks(moves.at(i), moves.at(out.head)))
            out.head = i;
    }
    return out;
}

} // namespace

Result<QString> head(sql::StatementCache &statements, const QString &ticketId)
{
    auto ticket = held(statements, ticketId);
    if (!ticket)
        return ticket.error();
    const Derived derived = derive(ticket->moves);
    return derived.head < 0 ? QString() : ticket->moves.at(derived.head).id;
}

Result<Settled> settle(sql::StatementCache &statements, const QString &ticketId)
{
    Settled out;
    auto ticket = held(statements, ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket->found)
        return out;
    const QList<Move> &moves = ticket->moves;
    const Derived derived = derive(moves);

    // The marks follow the moves held now: a move that came later may win over the winner
    // of before, or make an earlier loser go where the winner went.
    for (const Move &m : moves) {
        const QString winner = derived.marks.value(m.id);
        if (winner == m.markedWinner)
            continue;
        if (!m.markedWinner.isEmpty()) {
            if (Status s = statements.exec(QStringLiteral("DELETE FROM event_conflicts WHERE "
                                                          "event_id = ?"),
                                           {m.id}, QStringLiteral("outdated status conflict"));
                !s)
                return s.error();
        }
        if (winner.isEmpty())
            continue;
        if (Status s = statements.exec(QStringLiteral("INSERT INTO event_conflicts (event_id, "
                                                      "ticket_id, winner_id) VALUES (?, ?, ?)"),
                                       {m.id, ticketId, winner}, QStringLiteral("status conflict"));
            !s)
            return s.error();
        if (m.markedWinner.isEmpty())
            ++out.conflicts;
    }

    if (derived.head < 0)
        return out; // the root is still on its way: the snapshot's status stands
    const Move &end = moves.at(derived.head);
    if (ticket->status == end.to && ticket->since == end.at)
        return out;
    if (Status s = statements.exec(QStringLiteral("UPDATE tickets SET status = ?, "
                                                  "status_changed_at = ?, version = version + 1 "
                                                  "WHERE id = ?"),
                                   {end.to, end.at, ticketId}, QStringLiteral("settle status"));
        !s)
        return s.error();
    out.statusChanged = ticket->status != end.to;
    return out;
}

} // namespace rc::StatusMoves
