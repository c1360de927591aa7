// The ticket dossier (core/workflow/ticketdossier.h): the read model the ticket view and the
// papers share, whole after the real steps.
#include "workflowstore.h"

#include "workflow/ticketdossier.h"

using namespace rc;

class TestTicketDossier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void holdsEverythingAfterTheWholePath();
    void byNumberAnyCaseAndNotFound();
    void balanceBeforePickup();

private:
    std::unique_ptr<test::WorkflowStore> m_store;
};

void TestTicketDossier::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
}

void TestTicketDossier::holdsEverythingAfterTheWholePath()
{
    Ticket t = m_store->registered();
    QVERIFY(m_store->wf->tickets.assign(m_store->clerk.id, t.id, m_store->tech.id));
    t = m_store->walkTo(m_store->reread(t.id), TicketStatus::PickedUp);
    auto d = workflow::TicketDossier::load(*m_store->db, m_store->clock, t.id);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->ticket.status, TicketStatus::PickedUp);
    QCOMPARE(d->customer.name, QStringLiteral("王小明"));
    QCOMPARE(d->device.imei1, QStringLiteral("490154203237518"));
    QCOMPARE(d->clerkName, QStringLiteral("李前台"));
    QCOMPARE(d->assignedTechnicianName, QStringLiteral("张师傅"));
    QCOMPARE(d->technicianName, QStringLiteral("张师傅"));
    QVERIFY(d->diagnosis);
    QCOMPARE(d->diagnosis->findings, QStringLiteral("屏幕排线腐蚀"));
    QCOMPARE(d->diagnosis->outcome, QStringLiteral("repair"));
    QCOMPARE(d->quoteLines.size(), 2);
    QCOMPARE(d->approvals.size(), 1);
    QVERIFY(d->approval && d->approval->approved);
    QCOMPARE(d->payments.size(), 1);
    QCOMPARE(d->balance.payable.minor, 20000);
    QCOMPARE(d->balance.due.minor, 0);
    QVERIFY(d->repair);
    QCOMPARE(d->repair->result, QStringLiteral("fixed"));
    QCOMPARE(d->readyNote, QStringLiteral("换屏"));
    QCOMPARE(d->center.name, QStringLiteral("深圳维修中心"));
    QCOMPARE(d->repairWarrantyEnd, m_store->clock.today().addDays(90));
    // The timeline is the repository's.
    auto timeline = TicketRepository(*m_store->db, m_store->clock).timeline(t.id);
    QCOMPARE(d->timeline.size(), timeline->size());
    QCOMPARE(d->timeline.last().id, timeline->last().id);
}

void TestTicketDossier::byNumberAnyCaseAndNotFound()
{
    const Ticket t = m_store->registered();
    auto d
        = workflow::TicketDossier::loadByNumber(*m_store->db, m_store->clock, t.number.toLower());
    QVERIFY(d);
    QCOMPARE(d->ticket.id, t.id);
    auto missing = workflow::TicketDossier::loadByNumber(*m_store->db, m_store->clock,
                                                         QStringLiteral("NOPE01-000000-0001"));
    QCOMPARE(missing.error().code, QStringLiteral("NOT_FOUND"));
}

void TestTicketDossier::balanceBeforePickup()
{
    const Ticket t = m_store->walkTo(m_store->registered(), TicketStatus::Quoted);
    auto quoted = workflow::TicketDossier::load(*m_store->db, m_store->clock, t.id);
    QCOMPARE(quoted->balance.payable.minor, 0); // nothing is owed before an approval
    QVERIFY(m_store->wf->tickets.pay(
        m_store->clerk.id, t.id,
        {Money {5000, QStringLiteral("CNY")}, QStringLiteral("cash"), true, {}}));
    m_store->walkTo(m_store->reread(t.id), TicketStatus::Approved);
    auto approved = workflow::TicketDossier::load(*m_store->db, m_store->clock, t.id);
    QCOMPARE(approved->balance.payable.minor, 20000);
    QCOMPARE(approved->balance.paid.minor, 5000);
    QCOMPARE(approved->balance.due.minor, 15000);
}

QTEST_GUILESS_MAIN(TestTicketDossier)
#include "tst_ticketdossier.moc"
