// Uncollected phones (issue 20, domain.md §1): notices to collect a ready phone, and its
// disposal by a manager uncollected.days after the LAST notice, with a reason; every refusal
// (no notice, too early, not a manager, no reason, not ready). And the remedy reports
// (remedies by rule, refunds) against the stored records.
#include "workflowstore.h"

#include "common/csv.h"
#include "reports/kpireport.h"
#include "reports/remedyreport.h"
#include "store/settingsrepository.h"
#include "tickets/ticketsteps.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace rc;
using S = TicketStatus;

namespace {

constexpr qint64 kDay = 24 * 3600;

} // namespace

class TestUncollected : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void noticesAndDisposalAfterTheLastNotice();
    void disposeWithoutANoticeIsRefused();
    void disposeRefusals();
    void noticeRefusals();
    void theSettingSetsThePeriod();
    void onlyTheDisposeStepReachesDisposed();
    void remediesByRuleEqualTheStoredRemedies();
    void refundsEqualTheStoredRefundPayments();

private:
    qint64 count(const QString &sql) const { return m_store->count(sql); }
    Ticket ready(const QString &imei = QStringLiteral("490154203237518"))
    {
        return m_store->walkTo(m_store->registered(m_store->request(imei)), S::Ready);
    }
    void advanceDays(int days) { m_store->clock.advanceSeconds(days * kDay); }

    std::unique_ptr<test::WorkflowStore> m_store;
    User m_boss; // a manager with a 6-digit PIN
};

void TestUncollected::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
    auto boss = m_store->wf->admin.addUser(m_store->manager.id, QStringLiteral("zhao"),
                                           QStringLiteral("赵经理"), Role::Manager,
                                           QStringLiteral("246810"));
    QVERIFY2(boss, boss ? "" : qPrintable(boss.error().message));
    m_boss = *boss;
}

void TestUncollected::noticesAndDisposalAfterTheLastNotice()
{
    const Ticket t = ready();
    QCOMPARE(t.status, S::Ready);
    auto first
        = m_store->wf->tickets.noticeToCollect(m_store->clerk.id, t.id, QStringLiteral("phone"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->how, QStringLiteral("phone"));
    QCOMPARE(first->date, m_store->clock.today());
    QCOMPARE(first->userId, m_store->clerk.id);
    // Stored, synced, on the timeline, audited; the ticket stays ready.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM collect_notices WHERE how = 'phone'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'collect_notice'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                  "'collect_notice'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.collect_notice'")),
             1);
    QCOMPARE(m_store->reread(t.id).status, S::Ready);

    // 30 days on, a letter: the period now runs from the letter.
    advanceDays(30);
    auto letter
        = m_store->wf->tickets.noticeToCollect(m_store->clerk.id, t.id, QStringLiteral("letter"));
    QVERIFY(letter);
    auto state = m_store->wf->tickets.uncollected(t.id);
    QVERIFY(state);
    QCOMPARE(state->days, 90);
    QCOMPARE(state->notices.size(), 2);
    QCOMPARE(*state->disposableFrom, m_store->clock.today().addDays(90));

    // 90 days after the first notice but 60 after the last: too early.
    advanceDays(60);
    auto early = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("送回收"));
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("DISPOSE_TOO_EARLY"));
    QVERIFY(early.error().message.contains(state->disposableFrom->toString(Qt::ISODate)));
    advanceDays(29);
    auto stillEarly = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("送回收"));
    QVERIFY(!stillEarly);
    QCOMPARE(stillEarly.error().code, QStringLiteral("DISPOSE_TOO_EARLY"));
    QCOMPARE(m_store->reread(t.id).status, S::Ready);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'access.refused'")),
             2);

    // Day 90 after the letter: the manager disposes of it, with a reason.
    advanceDays(1);
    QCOMPARE(m_store->clock.today(), *state->disposableFrom);
    auto done = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("送回收，客户失联"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->status, S::Disposed);
    QVERIFY(TicketLifecycle::isFinal(S::Disposed));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE to_status = "
                                  "'disposed' AND note LIKE '%送回收，客户失联%'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.dispose' AND note = '送回收，客户失联' AND "
                                  "json_extract(data, '$.notices') = 2")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'disposed'")), 1);
    // Closed: no more notices.
    auto after
        = m_store->wf->tickets.noticeToCollect(m_store->clerk.id, t.id, QStringLiteral("message"));
    QVERIFY(!after);
    QCOMPARE(after.error().code, QStringLiteral("NOT_READY"));
    // The manager's report counts it.
    auto figures
        = KpiReport::compute(*m_store->db, m_store->clock.today(), m_store->clock.today(), 90);
    QVERIFY(figures);
    QCOMPARE(figures->disposed, 1);
}

void TestUncollected::disposeWithoutANoticeIsRefused()
{
    const Ticket t = ready();
    advanceDays(400);
    auto refused = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("送回收"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("DISPOSE_NO_NOTICE"));
    QCOMPARE(m_store->reread(t.id).status, S::Ready);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'access.refused' AND data LIKE '%DISPOSE_NO_NOTICE%'")),
             1);
}

void TestUncollected::disposeRefusals()
{
    const Ticket t = ready();
    QVERIFY(
        m_store->wf->tickets.noticeToCollect(m_store->clerk.id, t.id, QStringLiteral("message")));
    advanceDays(91);
    // Not a manager: the clerk and the technician are refused, audited.
    for (const User &user : {m_store->clerk, m_store->tech}) {
        auto refused = m_store->wf->tickets.dispose(user.id, t.id, QStringLiteral("送回收"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("FORBIDDEN"));
    }
    // No reason.
    auto blank = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("  "));
    QVERIFY(!blank);
    QCOMPARE(blank.error().code, QStringLiteral("DISPOSE_REASON"));
    QCOMPARE(m_store->reread(t.id).status, S::Ready);
    // Not ready: a ticket still being repaired.
    const Ticket repairing = m_store->walkTo(
        m_store->registered(m_store->request(QStringLiteral("356938035643809"))), S::Repairing);
    auto notReady = m_store->wf->tickets.dispose(m_boss.id, repairing.id, QStringLiteral("x"));
    QVERIFY(!notReady);
    QCOMPARE(notReady.error().code, QStringLiteral("NOT_READY"));
    // Picked up in the meantime is not ready either.
    const Ticket picked = m_store->walkTo(t, S::PickedUp);
    auto gone = m_store->wf->tickets.dispose(m_boss.id, picked.id, QStringLiteral("送回收"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, QStringLiteral("NOT_READY"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'disposed'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.dispose'")),
             0);
}

void TestUncollected::noticeRefusals()
{
    const Ticket received = m_store->registered(m_store->request());
    auto notReady = m_store->wf->tickets.noticeToCollect(m_store->clerk.id, received.id,
                                                         QStringLiteral("phone"));
    QVERIFY(!notReady);
    QCOMPARE(notReady.error().code, QStringLiteral("NOT_READY"));
    const Ticket t = m_store->walkTo(received, S::Ready);
    auto how
        = m_store->wf->tickets.noticeToCollect(m_store->clerk.id, t.id, QStringLiteral("pigeon"));
    QVERIFY(!how);
    QCOMPARE(how.error().code, QStringLiteral("NOTICE_HOW"));
    // The technician does not tell customers to collect.
    auto tech
        = m_store->wf->tickets.noticeToCollect(m_store->tech.id, t.id, QStringLiteral("phone"));
    QVERIFY(!tech);
    QCOMPARE(tech.error().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM collect_notices")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                  "'collect_notice'")),
             0);
    // The manager may; the way is taken case-insensitively.
    QVERIFY(m_store->wf->tickets.noticeToCollect(m_boss.id, t.id, QStringLiteral("Letter")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM collect_notices WHERE how = 'letter'")), 1);
}

void TestUncollected::theSettingSetsThePeriod()
{
    QVERIFY(m_store->wf->admin.setSettings(
        m_boss.id, {{QStringLiteral("uncollected.days"), QStringLiteral("30")}}));
    const Ticket t = ready();
    QVERIFY(m_store->wf->tickets.noticeToCollect(m_store->clerk.id, t.id, QStringLiteral("phone")));
    advanceDays(29);
    auto early = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("送回收"));
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("DISPOSE_TOO_EARLY"));
    advanceDays(1);
    auto done = m_store->wf->tickets.dispose(m_boss.id, t.id, QStringLiteral("送回收"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(count(QStringLiteral("SELECT json_extract(data, '$.uncollected_days') FROM "
                                  "audit_entries WHERE kind = 'ticket.dispose'")),
             30);
}

void TestUncollected::onlyTheDisposeStepReachesDisposed()
{
    QVERIFY(TicketLifecycle::isAllowed(S::Ready, S::Disposed));
    QVERIFY(!TicketLifecycle::isAllowed(S::Repairing, S::Disposed));
    QCOMPARE(TicketSteps::stepFor(S::Ready, S::Disposed), TicketStep::Dispose);
    QCOMPARE(TicketLifecycle::fromId(QStringLiteral("disposed")), S::Disposed);
    const Ticket t = ready();
    auto moved = m_store->wf->tickets.move(m_boss.id, t.id, S::Disposed, QStringLiteral("x"));
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, QStringLiteral("WORKFLOW"));
}

void TestUncollected::remediesByRuleEqualTheStoredRemedies()
{
    // Two refunds (CN-04, day 3 and day 5), one exchange (CN-05, day 10).
    auto remedy = [&](const QString &imei, int saleDaysAgo, workflow::RemedyInput in) {
        const Ticket t = m_store->registered(m_store->request(imei, saleDaysAgo));
        auto done = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, in);
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
    };
    workflow::RemedyInput refund;
    refund.kind = QStringLiteral("refund");
    refund.method = QStringLiteral("cash");
    refund.amount.minor = 299900;
    remedy(QStringLiteral("490154203237518"), 3, refund);
    refund.amount.minor = 159900;
    refund.method = QStringLiteral("card");
    remedy(QStringLiteral("356938035643809"), 5, refund);
    workflow::RemedyInput exchange;
    exchange.kind = QStringLiteral("exchange");
    exchange.newImei = QStringLiteral("860123456789014");
    exchange.allChecks = true;
    remedy(QStringLiteral("352099001761481"), 10, exchange);

    const QDate today = m_store->clock.today();
    auto figures = RemedyReport::remedies(*m_store->db, today, today);
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
    // Every row against the stored remedies, counted by SQL over the rules arrays.
    QVERIFY(!figures->rows.isEmpty());
    for (const RemedyRuleRow &row : figures->rows) {
        const QString where = QStringLiteral("FROM remedies r, json_each(r.rules) j WHERE "
                                             "r.kind = '%1' AND j.value = '%2'")
                                  .arg(row.kind, row.rule);
        QCOMPARE(row.count, count(QStringLiteral("SELECT count(*) ") + where));
        QCOMPARE(row.amount.minor, count(QStringLiteral("SELECT -sum(r.amount_minor) ") + where));
    }
    const auto total = [&](const QString &kind) {
        for (const RemedyKindTotal &t : figures->totals)
            if (t.kind == kind)
                return t;
        return RemedyKindTotal {};
    };
    QCOMPARE(total(QStringLiteral("refund")).count, 2);
    QCOMPARE(total(QStringLiteral("refund")).amount.minor,
             count(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE kind = "
                                  "'refund'")));
    QCOMPARE(total(QStringLiteral("exchange")).count, 1);
    QCOMPARE(total(QStringLiteral("accessory")).count, 0);
    bool cn04 = false;
    for (const RemedyRuleRow &row : figures->rows)
        cn04 = cn04
               || (row.kind == QLatin1String("refund") && row.rule == QLatin1String("CN-04")
                   && row.count == 2 && row.amount.minor == 299900 + 159900);
    QVERIFY(cn04);
    // Another range holds none of them.
    auto yesterday = RemedyReport::remedies(*m_store->db, today.addDays(-1), today.addDays(-1));
    QVERIFY(yesterday);
    QVERIFY(yesterday->rows.isEmpty());
    // CSV: header and one line per row.
    const QByteArray csv = RemedyReport::toCsv(*figures);
    QCOMPARE(csv.count("\r\n"), figures->rows.size() + 1);
    QVERIFY(csv.contains("refund,CN-04,2,4598.00\r\n"));
    auto bad = RemedyReport::remedies(*m_store->db, today, today.addDays(-1));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("REPORT_RANGE"));
}

void TestUncollected::refundsEqualTheStoredRefundPayments()
{
    workflow::RemedyInput refund;
    refund.kind = QStringLiteral("refund");
    refund.method = QStringLiteral("mobile");
    refund.amount.minor = 129900;
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 2));
    QVERIFY(m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund));
    // A manager's override refund, on a phone sold 40 days ago; its reason is the why.
    const Ticket late = m_store->registered(m_store->request(QStringLiteral("356938035643809")));
    refund.overrideReason = QStringLiteral("=HYPERLINK(\"x\") 店长特批");
    refund.amount.minor = 50000;
    refund.method = QStringLiteral("cash");
    auto overridden = m_store->wf->tickets.remedy(m_store->manager.id, late.id, refund);
    QVERIFY2(overridden, overridden ? "" : qPrintable(overridden.error().message));

    const QDate today = m_store->clock.today();
    auto figures = RemedyReport::refunds(*m_store->db, today, today);
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
    QCOMPARE(figures->rows.size(),
             count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'")));
    QCOMPARE(figures->total.minor,
             count(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE kind = "
                                  "'refund'")));
    for (const RefundRow &row : figures->rows) {
        QSqlQuery q(m_store->db->connection());
        q.prepare(QStringLiteral("SELECT p.amount_minor, p.method, t.number, u.display_name "
                                 "FROM payments p JOIN tickets t ON t.id = p.ticket_id JOIN "
                                 "users u ON u.id = p.user_id WHERE p.id = ?"));
        q.addBindValue(row.paymentId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(row.amount.minor, q.value(0).toLongLong());
        QCOMPARE(row.method, q.value(1).toString());
        QCOMPARE(row.ticketNumber, q.value(2).toString());
        QCOMPARE(row.userName, q.value(3).toString());
    }
    QVERIFY(figures->rows.first().why.contains(QStringLiteral("CN-04")));
    QVERIFY(figures->rows.last().why.contains(QStringLiteral("OVERRIDE")));
    QVERIFY(figures->rows.last().why.contains(QStringLiteral("店长特批")));
    // The CSV cell is neutralised as in the other exports; it reads back as typed.
    const QByteArray csv = RemedyReport::toCsv(*figures);
    auto parsed = Csv::parse(csv);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(2).fields.at(5), figures->rows.last().why);
    auto yesterday = RemedyReport::refunds(*m_store->db, today.addDays(-1), today.addDays(-1));
    QVERIFY(yesterday);
    QCOMPARE(yesterday->rows.size(), 0);
}

QTEST_GUILESS_MAIN(TestUncollected)
#include "tst_uncollected.moc"
