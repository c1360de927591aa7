#include "lifecyclewalker.h"
#include "workflowhelpers.h"

#include "store/repairrepository.h"
#include "tickets/repairchecks.h"

using namespace rc;

class TestRepairRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordKeepsPartsChecksAndMovesToReady();
    void waitingForPartsAndBack();
    void notFixedIsNotReady();
    void refusedOutsideRepairing();

private:
    RepairRecord fixed(const Ticket &t) const;

    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<RepairRepository> m_repairs;
    std::unique_ptr<TicketRepository> m_tickets;
    const Actor m_actor {QString(), QStringLiteral("Tech Zhao")};
};

void TestRepairRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_repairs = std::make_unique<RepairRepository>(*m_store->db, m_store->clock);
    m_tickets = std::make_unique<TicketRepository>(*m_store->db, m_store->clock);
}

RepairRecord TestRepairRepository::fixed(const Ticket &t) const
{
    RepairRecord r;
    r.ticketId = t.id;
    r.parts = {RepairPart {QString(), QStringLiteral("Screen assembly"), 1}};
    r.checks = RepairChecks::allPassed(); // "ready" needs every post-repair check
    r.note = QStringLiteral("Screen replaced");
    return r;
}

void TestRepairRepository::recordKeepsPartsChecksAndMovesToReady()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Repairing);
    auto done = m_repairs->record(fixed(t), m_actor, TicketStatus::Ready);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(done->status, TicketStatus::Ready);
    auto latest = m_repairs->latest(t.id);
    QVERIFY(latest && *latest);
    QCOMPARE((*latest)->parts.size(), 1);
    QCOMPARE((*latest)->parts.at(0).description, QStringLiteral("Screen assembly"));
    QVERIFY((*latest)->checks.value(QStringLiteral("touch")).toBool());
    QCOMPARE((*latest)->result, QStringLiteral("fixed"));
    QCOMPARE(
        m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                      "'ticket_event' AND payload LIKE '%\"kind\":\"repair\"%'")),
        1);
}

void TestRepairRepository::waitingForPartsAndBack()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Repairing);
    RepairRecord r = fixed(t);
    r.result = QStringLiteral("not_fixed");
    r.note = QStringLiteral("Screen on order");
    auto waiting = m_repairs->record(r, m_actor, TicketStatus::WaitingParts);
    QVERIFY(waiting);
    QCOMPARE(waiting->status, TicketStatus::WaitingParts);
    QVERIFY(test::LifecycleWalker::move(*m_store->db, m_store->clock, t.id, TicketStatus::Repairing,
                                        m_actor));
    QVERIFY(m_repairs->record(fixed(t), m_actor, TicketStatus::Ready));
    QCOMPARE(m_tickets->byId(t.id)->value().status, TicketStatus::Ready);
}

void TestRepairRepository::notFixedIsNotReady()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Repairing);
    RepairRecord r = fixed(t);
    r.result = QStringLiteral("not_fixed");
    auto refused = m_repairs->record(r, m_actor, TicketStatus::Ready);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("REPAIR_RESULT"));
    QCOMPARE(m_tickets->byId(t.id)->value().status, TicketStatus::Repairing);
}

void TestRepairRepository::refusedOutsideRepairing()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Approved);
    auto refused = m_repairs->record(fixed(t), m_actor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("TRANSITION"));
    auto none = m_repairs->latest(t.id);
    QVERIFY(none && !*none);
}

QTEST_GUILESS_MAIN(TestRepairRepository)
#include "tst_repairrepository.moc"
