#include "storefixture.h"

#include "store/auditlog.h"
#include "store/pricelistrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"
#include "workflow/authority.h"

using namespace rc;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void trailMixesTicketEventsAndEntries();
    void filters();
    void warrantyOverrideKeepsReason();
    void refusalsAreInTheTrailOfTheirTicket();

private:
    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TicketRepository> m_tickets;
    User m_boss;
    Ticket m_ticket;
};

void TestAuditLog::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_audit = std::make_unique<AuditLog>(*m_store->db);
    m_tickets = std::make_unique<TicketRepository>(*m_store->db, m_store->clock);
    UserRepository users(*m_store->db, m_store->clock, 1000);
    m_store->clock.setNowUtc(QDateTime(QDate(2026, 11, 19), QTime(10, 0), Qt::UTC));
    m_boss = *users.create(QStringLiteral("boss"), QStringLiteral("Boss"), Role::Manager,
                           QStringLiteral("123456"));
    const Actor boss {m_boss.id, m_boss.displayName};
    NewTicket d;
    d.customer.name = QStringLiteral("王小明");
    d.device.imei1 = QStringLiteral("490154203237518");
    d.faultDescription = QStringLiteral("不开机");
    m_store->clock.setNowUtc(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    m_ticket = *m_tickets->create(d, Actor {QString(), QStringLiteral("repairctl")});
    m_store->clock.setNowUtc(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    QVERIFY(users.create(QStringLiteral("li"), QStringLiteral("Li"), Role::Clerk,
                         QStringLiteral("1234"), boss));
    m_store->clock.setNowUtc(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    PriceListRepository prices(*m_store->db, m_store->clock);
    QVERIFY(prices.importCsv("code,kind,name_zh,unit_price\nA,part,甲,1\n", boss));
}

void TestAuditLog::trailMixesTicketEventsAndEntries()
{
    auto all = m_audit->query({});
    QVERIFY(all.ok());
    // Newest first: the import summary and the item, the clerk, the ticket's creation, the
    // manager (created by nobody: the first user).
    QStringList kinds;
    for (const AuditEntry &e : std::as_const(*all))
        kinds << e.kind;
    QCOMPARE(kinds.size(), 5);
    QCOMPARE(kinds.at(3), QStringLiteral("created"));
    QCOMPARE(all->at(3).ticketNumber, m_ticket.number);
    QCOMPARE(all->at(3).entity, QStringLiteral("ticket"));
    QCOMPARE(kinds.at(2), QStringLiteral("user.create"));
    QCOMPARE(all->at(2).actor, QStringLiteral("Boss"));
    QCOMPARE(kinds.last(), QStringLiteral("user.create"));
    QVERIFY(kinds.contains(QStringLiteral("price.import")));
    QVERIFY(m_audit->kinds()->contains(QStringLiteral("price.create")));
    QVERIFY(m_audit->kinds()->contains(QStringLiteral("warranty")));
}

void TestAuditLog::filters()
{
    AuditFilter byTicket;
    byTicket.ticketNumber = m_ticket.number.toLower();
    QCOMPARE(m_audit->query(byTicket)->size(), 1);

    AuditFilter byUser;
    byUser.userId = m_boss.id;
    QCOMPARE(m_audit->query(byUser)->size(), 3);

    AuditFilter byKind;
    byKind.kind = QStringLiteral("user.create");
    QCOMPARE(m_audit->query(byKind)->size(), 2);

    AuditFilter byDate;
    byDate.from = QDate(2026, 11, 21);
    byDate.to = QDate(2026, 11, 21);
    QCOMPARE(m_audit->query(byDate)->size(), 1);
    byDate.to = QDate(2026, 11, 22);
    QCOMPARE(m_audit->query(byDate)->size(), 3);

    AuditFilter limited;
    limited.limit = 2;
    QCOMPARE(m_audit->query(limited)->size(), 2);
}

void TestAuditLog::warrantyOverrideKeepsReason()
{
    const QJsonObject verdict {{QStringLiteral("covered"), true}};
    QVERIFY(
        m_tickets->setWarranty(m_ticket.id, {}, verdict, Actor {m_boss.id, m_boss.displayName},
                               QStringLiteral("Invoice date confirmed by phone with the shop")));
    AuditFilter filter;
    filter.kind = QStringLiteral("warranty");
    auto found = m_audit->query(filter);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().note, QStringLiteral("Invoice date confirmed by phone with the shop"));
    QCOMPARE(found->first().actor, QStringLiteral("Boss"));
    QVERIFY(found->first()
                .data.value(QStringLiteral("verdict"))
                .toObject()
                .value(QStringLiteral("covered"))
                .toBool());
}

void TestAuditLog::refusalsAreInTheTrailOfTheirTicket()
{
    // A clerk asks to override the verdict: refused by the workflow layer's Authority and
    // audited, about this ticket.
    auto li = UserRepository(*m_store->db, m_store->clock).byUsername(QStringLiteral("li"));
    QVERIFY(li && li->has_value());
    workflow::Authority authority(*m_store->db, m_store->clock);
    auto refused = authority.require((*li)->id, Permission::OverrideVerdict,
                                     QStringLiteral("ticket.override"), m_ticket.id);
    QCOMPARE(refused.error().code, QStringLiteral("FORBIDDEN"));
    AuditFilter byTicket;
    byTicket.ticketNumber = m_ticket.number;
    auto trail = m_audit->query(byTicket);
    QCOMPARE(trail->size(), 2);
    const AuditEntry &refusal = trail->first();
    QCOMPARE(refusal.kind, QStringLiteral("access.refused"));
    QCOMPARE(refusal.ticketNumber, m_ticket.number);
    QCOMPARE(refusal.userId, (*li)->id);
    QCOMPARE(refusal.data.value(QStringLiteral("operation")).toString(),
             QStringLiteral("ticket.override"));
    QCOMPARE(refusal.data.value(QStringLiteral("permission")).toString(),
             QStringLiteral("override_verdict"));
    QVERIFY(refusal.note.contains(QStringLiteral("Li")));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
