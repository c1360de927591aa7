// Applying the other stations' records (workflow/remotechanges.h) between two real stores
// of one center: what station 01 writes goes out of its outbox as wire records, as HQ's
// change feed would serve them, and is applied at station 02 (and back), after which the
// tables both stations share read the same.

#include "storedump.h"
#include "workflowstore.h"

#include "store/auditchain.h"
#include "store/customerrepository.h"
#include "store/diagnosisfees.h"
#include "store/outbox.h"
#include "store/settingsrepository.h"
#include "store/versionclock.h"
#include "workflow/remotechanges.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

using namespace rc;
using namespace rc::test;
using rc::workflow::PageOutcome;
using rc::workflow::RemoteChanges;

namespace {

// The outbox rows after `*seen` as wire records, in order; `*seen` moves past them.
QList<sync::WireRecord> taken(WorkflowStore &s, qint64 *seen)
{
    QSqlQuery q(s.db->connection());
    q.prepare(QStringLiteral("SELECT seq, record_kind, entity, entity_id, version, payload, origin "
                             "FROM outbox WHERE seq > ? ORDER BY seq"));
    q.addBindValue(*seen);
    if (!q.exec())
        qFatal("outbox: %s", qPrintable(q.lastError().text()));
    QList<sync::WireRecord> records;
    while (q.next()) {
        sync::WireRecord r;
        *seen = q.value(0).toLongLong();
        r.kind = q.value(1).toString() == QLatin1String("event") ? sync::RecordKind::Event
                                                                 : sync::RecordKind::Snapshot;
        r.entity = q.value(2).toString();
        r.id = q.value(3).toString();
        r.version = q.value(4).toLongLong();
        r.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        r.origin = q.value(6).toString();
        records.append(r);
    }
    return records;
}

sync::ChangesPage page(const QList<sync::WireRecord> &records, const QString &cursor = {})
{
    sync::ChangesPage p;
    p.records = records;
    p.cursor = cursor.isEmpty() ? QString::number(records.size()) : cursor;
    return p;
}

PageOutcome applied(WorkflowStore &s, const sync::ChangesPage &p)
{
    auto out = RemoteChanges(*s.db, s.clock).apply(p);
    if (!out)
        qFatal("apply: %s", qPrintable(out.error().message));
    return *out;
}

// A corroded screen cable, quoted with the store's screen and labour.
workflow::DiagnosisInput screenDiagnosis(WorkflowStore &s)
{
    workflow::DiagnosisInput d;
    d.findings = QStringLiteral("屏幕排线腐蚀");
    d.faultCodes = {QStringLiteral("screen_blank")};
    d.lines = s.lines();
    return d;
}

// The screen replaced, every check passed.
workflow::RepairInput screenReplaced()
{
    workflow::RepairInput done;
    done.checks = RepairChecks::allPassed();
    done.note = QStringLiteral("换屏");
    return done;
}

// A ticket of `s` diagnosed, quoted, approved and in repair.
Ticket repairing(WorkflowStore &s)
{
    const Ticket t = s.registered();
    if (!s.wf->tickets.move(s.tech.id, t.id, TicketStatus::Diagnosing))
        qFatal("diagnosing");
    if (!s.wf->tickets.diagnose(s.tech.id, t.id, screenDiagnosis(s))
        || !s.wf->tickets.answer(s.clerk.id, t.id,
                                 QuoteAnswer {true, QStringLiteral("in_person"), {}, {}})
        || !s.wf->tickets.startRepair(s.tech.id, t.id))
        qFatal("repairing");
    return t;
}

} // namespace

class TestRemoteChanges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkflowStore> m_a;
    std::unique_ptr<WorkflowStore> m_b;
    qint64 seenA = 0;
    qint64 seenB = 0;

    // Both stations' new records to each other.
    void exchange()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const auto fromA = taken(a, &seenA);
        const auto fromB = taken(b, &seenB);
        applied(b, page(fromA));
        applied(a, page(fromB));
    }

    void compareStores()
    {
        const QStringList left = dump(*m_a);
        const QStringList right = dump(*m_b);
        for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
            if (left.at(i) != right.at(i))
                QFAIL(qPrintable(QStringLiteral("01: %1\n02: %2").arg(left.at(i), right.at(i))));
        }
        QCOMPARE(left.size(), right.size());
    }

private slots:
    void init()
    {
        m_a = std::make_unique<WorkflowStore>();
        m_b = std::make_unique<WorkflowStore>();
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        b.stationCode = QStringLiteral("02");
        b.userPrefix = QStringLiteral("s2_");
        b.withPrices = false;
        b.managerPin = QStringLiteral("654321");
        QVERIFY(a.setUp());
        QVERIFY(b.setUp());
        seenA = seenB = 0;
    }

    void storesAgreeAfterExchange()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.walkTo(a.registered(), TicketStatus::Quoted);
        const qint64 outboxB = b.count(QStringLiteral("SELECT count(*) FROM outbox"));
        const auto fromA = taken(a, &seenA);
        const PageOutcome out = applied(b, page(fromA, QStringLiteral("c1")));
        QCOMPARE(out.parked, 0);
        QVERIFY(out.applied > 0);
        QVERIFY(out.ticketIds.contains(t.id));
        // Applying never writes the outbox.
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM outbox")), outboxB);
        QCOMPARE(RemoteChanges::state(*b.db)->cursor, QStringLiteral("c1"));
        QVERIFY(RemoteChanges::state(*b.db)->lastPull.isValid());
        // The ticket reads at 02 as at 01.
        const Ticket there = b.reread(t.id);
        QCOMPARE(there.number, t.number);
        QCOMPARE(there.status, TicketStatus::Quoted);
        QCOMPARE(
            b.count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE ticket_id = ?"), {t.id}),
            2);
        // Found by the search indexes at 02 (phone, name).
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM ticket_keys WHERE key = ?"),
                         {QStringLiteral("P13812345678")}),
                 1);
        applied(a, page(taken(b, &seenB)));
        compareStores();
        // Both stores' own audit and event chains still hold.
        for (WorkflowStore *s : {&a, &b}) {
            auto report = auditchain::check(*s->db);
            QVERIFY(report);
            QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.value(0).what));
        }
    }

    void reapplyingChangesNothing()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        a.walkTo(a.registered(), TicketStatus::Quoted);
        const auto records = taken(a, &seenA);
        applied(b, page(records));
        const QStringList once = dump(b);
        const PageOutcome again = applied(b, page(records));
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.parked, 0);
        QCOMPARE(again.duplicates + again.ignored, int(records.size()) - again.stale);
        QCOMPARE(dump(b), once);
    }

    void childBeforeParentIsParked()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        const auto first = taken(a, &seenA); // customer, device, ticket, …
        a.walkTo(t, TicketStatus::Quoted);
        const auto later = taken(a, &seenA); // the diagnosis, quote lines, events
        const PageOutcome early = applied(b, page(later));
        QVERIFY(early.parked > 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM diagnoses")), 0);
        QCOMPARE(*RemoteChanges::parkedCount(*b.db), qint64(early.parked));
        const PageOutcome parents = applied(b, page(first));
        QCOMPARE(parents.unparked, early.parked);
        QCOMPARE(*RemoteChanges::parkedCount(*b.db), qint64(0));
        QCOMPARE(
            b.count(QStringLiteral("SELECT count(*) FROM diagnoses WHERE ticket_id = ?"), {t.id}),
            1);
        applied(a, page(taken(b, &seenB)));
        compareStores();
    }

    void lastWriterWinsTheSameOnBoth()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        exchange();
        // Both stations rename the customer before seeing the other's change.
        for (WorkflowStore *s : {&a, &b}) {
            CustomerRepository customers(*s->db, s->clock);
            Customer c = customers.byId(t.customerId)->value();
            c.name = s == &a ? QStringLiteral("王大明") : QStringLiteral("王晓明");
            QVERIFY(customers.update(c));
        }
        exchange();
        compareStores();
        const QString name = CustomerRepository(*a.db, a.clock).byId(t.customerId)->value().name;
        QVERIFY(name == QStringLiteral("王大明") || name == QStringLiteral("王晓明"));
        // The losing rename is in the audit trail of both stations.
        for (WorkflowStore *s : {&a, &b})
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                             "'sync.conflict' AND entity = 'customer'")),
                     1);
        // In the other order the same name wins.
        exchange();
        compareStores();
    }

    void malformedRecordIsParkedNotDropped()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        a.registered();
        QList<sync::WireRecord> records = taken(a, &seenA);
        sync::WireRecord broken;
        broken.entity = QStringLiteral("ticket");
        broken.id = QStringLiteral("7d1c6a7e-0000-4000-8000-000000000001");
        broken.version = 999;
        broken.origin = QStringLiteral("f00");
        broken.payload = {{QStringLiteral("status"), QStringLiteral("received")}};
        sync::WireRecord unknown = broken;
        unknown.entity = QStringLiteral("gadget");
        records.insert(1, broken);
        records.append(unknown);
        const PageOutcome out = applied(b, page(records, QStringLiteral("c9")));
        QCOMPARE(out.parked, 2);
        // Every other record counted once, though the page went twice (whole, then record
        // by record once a record failed).
        QCOMPARE(out.applied + out.duplicates + out.stale + out.ignored, int(records.size()) - 2);
        QCOMPARE(RemoteChanges::state(*b.db)->cursor, QStringLiteral("c9"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM parked_records WHERE reason = "
                                        "'malformed' AND error LIKE '%number%'")),
                 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM parked_records WHERE reason = "
                                        "'malformed' AND entity = 'gadget'")),
                 1);
        // The rest of the page is there.
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM tickets")), 1);
    }

    void statusContradictionResolvedAlike()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        exchange();
        // 01 starts the diagnosis while 02 cancels: two moves from "received".
        QVERIFY(a.wf->tickets.move(a.tech.id, t.id, TicketStatus::Diagnosing));
        auto cancelled = b.wf->tickets.cancel(b.manager.id, t.id, QStringLiteral("客户取消"));
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().message));
        exchange();
        compareStores();
        for (WorkflowStore *s : {&a, &b}) {
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id "
                                             "= ? AND from_status = 'received'"),
                              {t.id}),
                     2);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts WHERE "
                                             "ticket_id = ?"),
                              {t.id}),
                     1);
        }
        // The ticket's status is the winning move's.
        QSqlQuery q(a.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT e.to_status FROM ticket_events e WHERE "
                                      "e.from_status = 'received' AND e.id NOT IN (SELECT "
                                      "event_id FROM event_conflicts)")));
        QVERIFY(q.next());
        const QString winner = q.value(0).toString();
        QCOMPARE(TicketLifecycle::id(a.reread(t.id).status), winner);
        QCOMPARE(TicketLifecycle::id(b.reread(t.id).status), winner);
    }

    // A loop through a status at one station (repairing → waiting for parts → repairing →
    // ready) is two moves from "repairing", made one after the other: not a contradiction.
    // The station that pulls them holds the phone as ready, without a conflict mark.
    void loopThroughAStatusIsNoContradiction()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = repairing(a);
        QVERIFY(a.wf->tickets.waitForParts(a.tech.id, t.id, QStringLiteral("屏幕总成")));
        QVERIFY(a.wf->tickets.partsArrived(a.tech.id, t.id));
        auto ready = a.wf->tickets.finishRepair(a.tech.id, t.id, screenReplaced());
        QVERIFY2(ready, ready ? "" : qPrintable(ready.error().message));
        exchange();
        compareStores();
        for (WorkflowStore *s : {&a, &b}) {
            QCOMPARE(s->reread(t.id).status, TicketStatus::Ready);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
        }
    }

    // 01 starts the diagnosis while 02 assigns a technician with a later version: 02's
    // snapshot wins and was written with "received", but the status comes from the moves:
    // both hold the ticket as diagnosing, with 02's technician, and nothing is marked. 02's
    // cancel then follows 01's move (it is no contradiction) and stands on both.
    void concurrentSnapshotDoesNotUndoAMove()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        exchange();
        QVERIFY(a.wf->tickets.move(a.tech.id, t.id, TicketStatus::Diagnosing));
        QVERIFY(VersionClock::observe(*b.db, 5000));
        QVERIFY(b.wf->tickets.assign(b.manager.id, t.id, b.tech.id));
        exchange();
        compareStores();
        for (WorkflowStore *s : {&a, &b}) {
            const Ticket held = s->reread(t.id);
            QCOMPARE(held.status, TicketStatus::Diagnosing);
            QCOMPARE(held.technicianId, b.tech.id);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
        }
        auto cancelled = b.wf->tickets.cancel(b.manager.id, t.id, QStringLiteral("客户取消"));
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().message));
        QCOMPARE(cancelled->status, TicketStatus::Cancelled);
        exchange();
        compareStores();
        QCOMPARE(a.reread(t.id).status, TicketStatus::Cancelled);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
    }

    // A loop through a status that passes through both stations: 02 waits for parts, 01
    // records their arrival and finishes. Every move followed the one before it, so there is
    // no contradiction, though moves of two stations left "repairing" for different statuses.
    void loopAcrossStationsIsNoContradiction()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = repairing(a);
        exchange();
        QVERIFY(b.wf->tickets.waitForParts(b.tech.id, t.id, QStringLiteral("屏幕总成")));
        exchange();
        QVERIFY(a.wf->tickets.partsArrived(a.tech.id, t.id));
        auto ready = a.wf->tickets.finishRepair(a.tech.id, t.id, screenReplaced());
        QVERIFY2(ready, ready ? "" : qPrintable(ready.error().message));
        exchange();
        compareStores();
        for (WorkflowStore *s : {&a, &b}) {
            QCOMPARE(s->reread(t.id).status, TicketStatus::Ready);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
        }
    }

    // 01 starts the diagnosis and quotes while 02, cut off, cancels. 02's cancel outranks
    // 01's first move: both of 01's moves are marked (the quote followed a losing move), and
    // the ticket is cancelled on both.
    void movesAfterALosingMoveLoseWithIt()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        exchange();
        QVERIFY(a.wf->tickets.move(a.tech.id, t.id, TicketStatus::Diagnosing));
        QVERIFY(a.wf->tickets.diagnose(a.tech.id, t.id, screenDiagnosis(a)));
        QCOMPARE(a.reread(t.id).status, TicketStatus::Quoted);
        // Events travel at version 1: their stores' origins order them.
        for (const auto &[store, origin] :
             {std::pair(&a, "00000000-0000-4000-8000-000000000001"),
              std::pair(&b, "00000000-0000-4000-8000-000000000002")}) {
            QSqlQuery renamed(store->db->connection());
            QVERIFY(renamed.exec(QStringLiteral("UPDATE event_origins SET origin = '%1' WHERE "
                                                "origin = (SELECT incarnation FROM "
                                                "version_clock)")
                                     .arg(QLatin1String(origin))));
            QVERIFY(renamed.exec(QStringLiteral("UPDATE outbox SET origin = '%1' WHERE origin "
                                                "= (SELECT incarnation FROM version_clock)")
                                     .arg(QLatin1String(origin))));
            QVERIFY(renamed.exec(QStringLiteral("UPDATE version_clock SET incarnation = '%1'")
                                     .arg(QLatin1String(origin))));
        }
        auto cancelled = b.wf->tickets.cancel(b.manager.id, t.id, QStringLiteral("客户取消"));
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().message));
        exchange();
        compareStores();
        for (WorkflowStore *s : {&a, &b}) {
            QCOMPARE(s->reread(t.id).status, TicketStatus::Cancelled);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts c JOIN "
                                             "ticket_events e ON e.id = c.event_id JOIN "
                                             "ticket_events w ON w.id = c.winner_id WHERE "
                                             "e.to_status IN ('diagnosing', 'quoted') AND "
                                             "w.to_status = 'cancelled'")),
                     2);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 2);
        }
    }

    // Both stations start the diagnosis, cut off from each other, and 01 goes on to quote.
    // Two moves to one status are one step, whichever outranks: 01's quote, which followed
    // its own, stands on both, and nothing is marked.
    void movesToOneStatusAgree()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        exchange();
        QVERIFY(b.wf->tickets.move(b.tech.id, t.id, TicketStatus::Diagnosing));
        QVERIFY(a.wf->tickets.move(a.tech.id, t.id, TicketStatus::Diagnosing));
        QVERIFY(a.wf->tickets.diagnose(a.tech.id, t.id, screenDiagnosis(a)));
        exchange();
        compareStores();
        for (WorkflowStore *s : {&a, &b}) {
            QCOMPARE(s->reread(t.id).status, TicketStatus::Quoted);
            QCOMPARE(s->count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
        }
    }

    // A move that arrives before the move it followed waits for it out of the path; when the
    // earlier one comes, in a later page, the status follows both.
    void moveWaitsForTheMoveItFollowed()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        const Ticket t = a.registered();
        exchange();
        QVERIFY(a.wf->tickets.move(a.tech.id, t.id, TicketStatus::Diagnosing));
        const auto first = taken(a, &seenA);
        QVERIFY(a.wf->tickets.cancel(a.manager.id, t.id, QStringLiteral("客户取消")));
        const auto second = taken(a, &seenA);
        applied(b, page(second));
        QCOMPARE(b.reread(t.id).status, TicketStatus::Received);
        applied(b, page(first));
        QCOMPARE(b.reread(t.id).status, TicketStatus::Cancelled);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
    }

    // Moves written before moves named what they followed (no "after" in their data) are
    // placed after the latest earlier move that ended in their "from".
    void movesThatNameNothingFollowTheirFromStatus()
    {
        WorkflowStore &a = *m_a;
        const Ticket t = repairing(a);
        QVERIFY(a.wf->tickets.waitForParts(a.tech.id, t.id, QStringLiteral("屏幕总成")));
        QVERIFY(a.wf->tickets.partsArrived(a.tech.id, t.id));
        // The events as an older store wrote them, past the append-only guard.
        QSqlQuery old(a.db->connection());
        QVERIFY(old.exec(QStringLiteral("DROP TRIGGER ticket_events_no_update")));
        QVERIFY(old.exec(QStringLiteral("UPDATE ticket_events SET data = json_remove(data, "
                                        "'$.after')")));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE "
                                        "json_extract(data, '$.after') IS NOT NULL")),
                 0);
        auto ready = a.wf->tickets.finishRepair(a.tech.id, t.id, screenReplaced());
        QVERIFY2(ready, ready ? "" : qPrintable(ready.error().message));
        QCOMPARE(ready->status, TicketStatus::Ready);
        QCOMPARE(a.reread(t.id).status, TicketStatus::Ready);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
    }

    // Three moves from "received" in (version, origin) order: diagnosing at 01, cancelled at
    // 02, diagnosing at 03 (events travel at version 1, so their stores' origins order them:
    // the test gives the three stores ordered incarnations). 01 sees 02's move first (its own loses
    // to it), then 03's (which wins, going where 01's went: 01's is no longer a conflict); 02 sees
    // both at once. Both end with the same marks and the same status.
    void laterMoveRedrawsTheConflictMarks()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        WorkflowStore c;
        c.stationCode = QStringLiteral("03");
        c.userPrefix = QStringLiteral("s3_");
        c.withPrices = false;
        c.managerPin = QStringLiteral("765432");
        QVERIFY(c.setUp());
        qint64 seenC = 0;
        const Ticket t = a.registered();
        const auto fromA = taken(a, &seenA);
        const auto fromB = taken(b, &seenB);
        const auto fromC = taken(c, &seenC);
        applied(a, page(fromB + fromC));
        applied(b, page(fromA + fromC));
        applied(c, page(fromA + fromB));
        for (const auto &[store, origin] :
             {std::pair(&a, "00000000-0000-4000-8000-000000000001"),
              std::pair(&b, "00000000-0000-4000-8000-000000000002"),
              std::pair(&c, "00000000-0000-4000-8000-000000000003")}) {
            QSqlQuery renamed(store->db->connection());
            QVERIFY(renamed.exec(QStringLiteral("UPDATE version_clock SET incarnation = '%1'")
                                     .arg(QLatin1String(origin))));
        }
        QVERIFY(VersionClock::observe(*a.db, 1000));
        QVERIFY(a.wf->tickets.move(a.tech.id, t.id, TicketStatus::Diagnosing));
        QVERIFY(VersionClock::observe(*b.db, 2000));
        QVERIFY(b.wf->tickets.cancel(b.manager.id, t.id, QStringLiteral("客户取消")));
        QVERIFY(VersionClock::observe(*c.db, 3000));
        QVERIFY(c.wf->tickets.move(c.tech.id, t.id, TicketStatus::Diagnosing));
        const auto movedA = taken(a, &seenA);
        const auto movedB = taken(b, &seenB);
        const auto movedC = taken(c, &seenC);
        applied(a, page(movedB));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 1);
        applied(a, page(movedC));
        applied(b, page(movedA + movedC));
        compareStores();
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 1);
        QCOMPARE(a.reread(t.id).status, TicketStatus::Diagnosing);
    }

    void stationLocalSettingsStayLocal()
    {
        WorkflowStore &a = *m_a;
        WorkflowStore &b = *m_b;
        QVERIFY(SettingsRepository(*a.db, a.clock)
                    .setValue(QStringLiteral("uncollected.days"), QStringLiteral("60")));
        sync::WireRecord station;
        station.entity = QStringLiteral("setting");
        station.id = QStringLiteral("station.code");
        station.version = 1000;
        station.origin = QStringLiteral("ffff");
        station.payload = {{QStringLiteral("key"), QStringLiteral("station.code")},
                           {QStringLiteral("value"), QStringLiteral("07")}};
        QList<sync::WireRecord> records = taken(a, &seenA);
        records.append(station);
        const PageOutcome out = applied(b, page(records));
        QVERIFY(out.ignored >= 1);
        SettingsRepository settings(*b.db, b.clock);
        QCOMPARE(settings.value(QStringLiteral("station.code")).value(), QStringLiteral("02"));
        QCOMPARE(settings.value(QStringLiteral("uncollected.days")).value(), QStringLiteral("60"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteChanges)
#include "tst_remotechanges.moc"
