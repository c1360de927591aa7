#include "workflowhelpers.h"

#include "store/userrepository.h"

using namespace rc;

// TicketRepository::overrideWarranty: a manager's override with a reason, in the audit trail.
class TestWarrantyOverride : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void managerOverridesWithReason();
    void reasonIsRequired();
    void onlyManagers();

private:
    Actor actorFor(Role role, const QString &username);

    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<TicketRepository> m_tickets;
    const QJsonObject m_covered {{QStringLiteral("covered"), true},
                                 {QStringLiteral("basis"), QStringLiteral("statutory")}};
};

void TestWarrantyOverride::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_tickets = std::make_unique<TicketRepository>(*m_store->db, m_store->clock);
}

Actor TestWarrantyOverride::actorFor(Role role, const QString &username)
{
    UserRepository users(*m_store->db, m_store->clock, 1000);
    auto user
        = users.create(username, username.toUpper(), role,
                       role == Role::Manager ? QStringLiteral("123456") : QStringLiteral("1234"));
    if (!user)
        qFatal("%s", qPrintable(user.error().message));
    return Actor {user->id, user->displayName};
}

void TestWarrantyOverride::managerOverridesWithReason()
{
    NewTicket draft = test::workflowDraft();
    draft.warrantyVerdict
        = {{QStringLiteral("covered"), false}, {QStringLiteral("basis"), QStringLiteral("none")}};
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing, draft);
    const Actor manager = actorFor(Role::Manager, QStringLiteral("wang"));
    auto done = m_tickets->overrideWarranty(t.id, m_covered,
                                            QStringLiteral("Goodwill: 2 days late"), manager);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QVERIFY(done->warrantyVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(done->warrantyVerdict.value(QStringLiteral("overridden")).toBool());
    // The verdict at intake is kept apart: the override changes only the current one.
    QCOMPARE(m_tickets->byId(t.id)->value().intakeVerdict, draft.warrantyVerdict);
    const TicketEvent last = m_tickets->timeline(t.id)->constLast();
    QCOMPARE(last.kind, QStringLiteral("override"));
    QCOMPARE(last.userId, manager.userId);
    QCOMPARE(last.note, QStringLiteral("Goodwill: 2 days late"));
    QCOMPARE(last.data.value(QStringLiteral("previous_verdict"))
                 .toObject()
                 .value(QStringLiteral("covered"))
                 .toBool(),
             false);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'ticket_event' AND payload LIKE '%\"override\"%'")),
             1);
}

void TestWarrantyOverride::reasonIsRequired()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    auto refused = m_tickets->overrideWarranty(t.id, m_covered, QStringLiteral("  "),
                                               actorFor(Role::Manager, QStringLiteral("wang")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("OVERRIDE_REASON"));
}

void TestWarrantyOverride::onlyManagers()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    const int version = m_tickets->byId(t.id)->value().version;
    auto clerk = m_tickets->overrideWarranty(t.id, m_covered, QStringLiteral("please"),
                                             actorFor(Role::Clerk, QStringLiteral("li")));
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, QStringLiteral("ROLE"));
    auto nobody = m_tickets->overrideWarranty(t.id, m_covered, QStringLiteral("please"),
                                              Actor {QString(), QStringLiteral("repairctl")});
    QVERIFY(!nobody);
    QCOMPARE(m_tickets->byId(t.id)->value().version, version);
}

QTEST_GUILESS_MAIN(TestWarrantyOverride)
#include "tst_warrantyoverride.moc"
