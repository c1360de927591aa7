#include "lifecyclewalker.h"
#include "storefixture.h"

#include "store/outbox.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"

#include <QJsonDocument>
#include <QQueue>

using namespace rc;

class TestTicketRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createWritesTicketEventAndOutbox();
    void numbersFollowSettingsAndSequence();
    void deviceIsReusedByImei();
    void createRefusesMissingFault();
    void everyAllowedTransition_data();
    void everyAllowedTransition();
    void refusedTransitions_data();
    void refusedTransitions();
    void staleVersionIsRefused();
    void closingUnrepairedNeedsAReason_data();
    void closingUnrepairedNeedsAReason();
    void approvalRecordsQuoteRevision();
    void noteAndTechnicianAreOnTheTimeline();
    void listFiltersAndOrders();

private:
    NewTicket draft(const QString &imei = QStringLiteral("490154203237518")) const;
    // The shortest path of statuses from received to `target`.
    static QList<TicketStatus> pathTo(TicketStatus target);
    Ticket ticketIn(TicketStatus status);

    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<TicketRepository> m_tickets;
    const Actor m_actor {QString(), QStringLiteral("Clerk Li")};
};

void TestTicketRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_tickets = std::make_unique<TicketRepository>(*m_store->db, m_store->clock);
}

NewTicket TestTicketRepository::draft(const QString &imei) const
{
    NewTicket d;
    d.customer.name = QStringLiteral("王小明");
    d.customer.phone = QStringLiteral("138 1234 5678");
    d.device.imei1 = imei;
    d.device.brand = QStringLiteral("Huawei");
    d.device.model = QStringLiteral("P40");
    d.faultDescription = QStringLiteral("屏幕不亮 / screen stays black");
    d.component = QStringLiteral("main_unit");
    d.faultCategory = QStringLiteral("performance");
    d.saleDate = QDate(2026, 5, 1);
    d.accessories = {QStringLiteral("sim_tray")};
    d.backupConsent = true;
    d.passcode = PasscodeHandling::CustomerWillUnlock;
    d.condition = {{QStringLiteral("scratches"), QStringLiteral("back, light")}};
    return d;
}

QList<TicketStatus> TestTicketRepository::pathTo(TicketStatus target)
{
    QHash<TicketStatus, TicketStatus> previous;
    QQueue<TicketStatus> queue;
    queue.enqueue(TicketStatus::Received);
    previous.insert(TicketStatus::Received, TicketStatus::Received);
    while (!queue.isEmpty()) {
        const TicketStatus at = queue.dequeue();
        for (TicketStatus next : TicketLifecycle::allowedTargets(at)) {
            if (!previous.contains(next)) {
                previous.insert(next, at);
                queue.enqueue(next);
            }
        }
    }
    QList<TicketStatus> path;
    for (TicketStatus at = target; at != TicketStatus::Received; at = previous.value(at))
        path.prepend(at);
    return path;
}

Ticket TestTicketRepository::ticketIn(TicketStatus status)
{
    auto created = m_tickets->create(draft(), m_actor);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    Ticket t = *created;
    for (TicketStatus step : pathTo(status)) {
        auto moved = test::LifecycleWalker::move(*m_store->db, m_store->clock, t.id, step, m_actor);
        if (!moved)
            qFatal("transition failed: %s", qPrintable(moved.error().message));
        t = *moved;
    }
    return t;
}

void TestTicketRepository::createWritesTicketEventAndOutbox()
{
    auto created = m_tickets->create(draft(), m_actor);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const Ticket &t = *created;
    QCOMPARE(t.number, QStringLiteral("DEMO01-261123-0001"));
    QCOMPARE(t.status, TicketStatus::Received);
    QCOMPARE(t.version, 1);

    auto loaded = m_tickets->byNumber(QStringLiteral("demo01-261123-0001"));
    QVERIFY(loaded.ok() && loaded->has_value());
    const Ticket &back = **loaded;
    QCOMPARE(back.id, t.id);
    QCOMPARE(back.faultDescription, QStringLiteral("屏幕不亮 / screen stays black"));
    QCOMPARE(back.saleDate, QDate(2026, 5, 1));
    QCOMPARE(back.accessories, QStringList {QStringLiteral("sim_tray")});
    QVERIFY(back.backupConsent);
    QCOMPARE(back.passcode, PasscodeHandling::CustomerWillUnlock);
    QCOMPARE(back.condition.value(QLatin1String("scratches")).toString(),
             QStringLiteral("back, light"));
    QCOMPARE(back.createdAt, m_store->clock.nowUtc());

    auto events = m_tickets->timeline(t.id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, QStringLiteral("created"));
    QCOMPARE(events->first().actor, QStringLiteral("Clerk Li"));
    QCOMPARE(events->first().toStatus, std::optional<TicketStatus>(TicketStatus::Received));

    // customer, device, ticket snapshots and the event, all in the outbox.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), 4);
    // The row's version is the store's clock at the write (the snapshot is written after the
    // customer and the device), not the ticket's own version 1.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' "
                                           "AND entity_id = ? AND record_kind = 'snapshot' AND "
                                           "version > (SELECT max(version) FROM outbox WHERE "
                                           "entity IN ('customer', 'device')) AND version = "
                                           "json_extract(payload, '$.version')"),
                            {t.id}),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'ticket_event' AND record_kind = 'event'")),
             1);
    QSqlQuery payload(m_store->db->connection());
    QVERIFY(payload.exec(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'ticket'")));
    QVERIFY(payload.next());
    const QJsonObject json = QJsonDocument::fromJson(payload.value(0).toByteArray()).object();
    QCOMPARE(json.value(QLatin1String("center")).toString(), QStringLiteral("DEMO"));
    QCOMPARE(json.value(QLatin1String("number")).toString(), t.number);
    QCOMPARE(t.version, 1);
    QVERIFY(json.value(QLatin1String("version")).toInt() > 1);
    QVERIFY(!json.value(QLatin1String("updated_at")).toString().isEmpty());
}

void TestTicketRepository::numbersFollowSettingsAndSequence()
{
    SettingsRepository settings(*m_store->db, m_store->clock);
    QVERIFY(settings.setValues({{QStringLiteral("center.code"), QStringLiteral("SZ3")},
                                {QStringLiteral("station.code"), QStringLiteral("02")}}));
    QCOMPARE(m_tickets->create(draft(), m_actor)->number, QStringLiteral("SZ302-261123-0001"));
    QCOMPARE(m_tickets->create(draft(), m_actor)->number, QStringLiteral("SZ302-261123-0002"));
    m_store->clock.advanceSeconds(24 * 3600);
    QCOMPARE(m_tickets->create(draft(), m_actor)->number, QStringLiteral("SZ302-261124-0001"));
}

void TestTicketRepository::deviceIsReusedByImei()
{
    auto first = m_tickets->create(draft(), m_actor);
    NewTicket again = draft();
    again.device.brand.clear();
    again.device.serial = QStringLiteral("SN123");
    auto second = m_tickets->create(again, m_actor);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second->deviceId, first->deviceId);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM devices")), 1);
    // The blank serial was filled in, the brand kept.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM devices WHERE serial = 'SN123' "
                                           "AND brand = 'Huawei' AND version = 2")),
             1);
    auto other = m_tickets->create(draft(QStringLiteral("356938035643809")), m_actor);
    QVERIFY(other.ok());
    QVERIFY(other->deviceId != first->deviceId);
}

void TestTicketRepository::createRefusesMissingFault()
{
    NewTicket d = draft();
    d.faultDescription = QStringLiteral("  ");
    auto created = m_tickets->create(d, m_actor);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("TICKET_FAULT"));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM tickets")), 0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestTicketRepository::everyAllowedTransition_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    for (TicketStatus from : TicketLifecycle::allStatuses()) {
        for (TicketStatus to : TicketLifecycle::allowedTargets(from))
            QTest::addRow("%s->%s", qPrintable(TicketLifecycle::id(from)),
                          qPrintable(TicketLifecycle::id(to)))
                << int(from) << int(to);
    }
}

void TestTicketRepository::everyAllowedTransition()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const Ticket start = ticketIn(TicketStatus(from));
    const qint64 eventsBefore
        = m_store->count(QStringLiteral("SELECT count(*) FROM ticket_events"));
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    m_store->clock.advanceSeconds(60);
    auto moved
        = test::LifecycleWalker::move(*m_store->db, m_store->clock, start.id, TicketStatus(to),
                                      m_actor, QStringLiteral("why"), start.version);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QCOMPARE(moved->status, TicketStatus(to));
    QCOMPARE(moved->version, start.version + 1);
    QCOMPARE(moved->statusChangedAt, m_store->clock.nowUtc());
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM ticket_events")),
             eventsBefore + 1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 2);
    auto events = m_tickets->timeline(start.id);
    QVERIFY(events.ok());
    const TicketEvent &last = events->last();
    QCOMPARE(last.kind, QStringLiteral("transition"));
    QCOMPARE(last.fromStatus, std::optional<TicketStatus>(TicketStatus(from)));
    QCOMPARE(last.toStatus, std::optional<TicketStatus>(TicketStatus(to)));
    QCOMPARE(last.note, QStringLiteral("why"));
    const bool handedBack = TicketStatus(to) == TicketStatus::PickedUp
                            || TicketStatus(to) == TicketStatus::ReturnedUnrepaired;
    QCOMPARE(moved->pickedUpAt.isValid(), handedBack);
}

void TestTicketRepository::refusedTransitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    using S = TicketStatus;
    QTest::newRow("received->repairing") << int(S::Received) << int(S::Repairing);
    QTest::newRow("received->picked_up") << int(S::Received) << int(S::PickedUp);
    QTest::newRow("quoted->repairing (no approval)") << int(S::Quoted) << int(S::Repairing);
    QTest::newRow("declined->repairing") << int(S::Declined) << int(S::Repairing);
    QTest::newRow("repairing->picked_up") << int(S::Repairing) << int(S::PickedUp);
    QTest::newRow("ready->cancelled") << int(S::Ready) << int(S::Cancelled);
    QTest::newRow("picked_up->repairing") << int(S::PickedUp) << int(S::Repairing);
    QTest::newRow("cancelled->received") << int(S::Cancelled) << int(S::Received);
    QTest::newRow("received->received") << int(S::Received) << int(S::Received);
}

void TestTicketRepository::refusedTransitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const Ticket start = ticketIn(TicketStatus(from));
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto moved = m_tickets->transition(start.id, TicketStatus(to), m_actor);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, QStringLiteral("TRANSITION"));
    QVERIFY(moved.error().message.contains(start.number));
    QVERIFY(moved.error().message.contains(TicketLifecycle::label(TicketStatus(to))));
    auto back = m_tickets->byId(start.id);
    QCOMPARE((*back)->status, TicketStatus(from));
    QCOMPARE((*back)->version, start.version);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
}

void TestTicketRepository::staleVersionIsRefused()
{
    const Ticket t = ticketIn(TicketStatus::Received);
    QVERIFY(m_tickets->transition(t.id, TicketStatus::Diagnosing, m_actor, {}, t.version).ok());
    auto stale = m_tickets->transition(t.id, TicketStatus::Quoted, m_actor, {}, t.version);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, QStringLiteral("STALE"));
}

void TestTicketRepository::closingUnrepairedNeedsAReason_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    using S = TicketStatus;
    QTest::newRow("received->cancelled") << int(S::Received) << int(S::Cancelled);
    QTest::newRow("quoted->cancelled") << int(S::Quoted) << int(S::Cancelled);
    QTest::newRow("diagnosing->returned_unrepaired")
        << int(S::Diagnosing) << int(S::ReturnedUnrepaired);
    QTest::newRow("repairing->returned_unrepaired")
        << int(S::Repairing) << int(S::ReturnedUnrepaired);
}

// A move that closes the ticket without the repair cannot be undone: an empty or blank
// note is refused before anything is written, a written reason goes into the timeline. The
// store enforces it below every step (cancel, the unrepaired hand-back), here through the
// steps' own entry.
void TestTicketRepository::closingUnrepairedNeedsAReason()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QVERIFY(TicketLifecycle::isDestructive(TicketStatus(to)));
    const Ticket start = ticketIn(TicketStatus(from));
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    const auto step = [&](const QString &note) {
        return test::LifecycleWalker::moveWithNote(*m_store->db, m_store->clock, start.id,
                                                   TicketStatus(to), m_actor, note);
    };
    for (const QString &blank : {QString(), QStringLiteral("  \n ")}) {
        auto refused = step(blank);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("REASON_REQUIRED"));
        QVERIFY(refused.error().message.contains(start.number));
    }
    QCOMPARE((*m_tickets->byId(start.id))->status, TicketStatus(from));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);

    // The generic move never closes a ticket: cancelling and the hand-back are steps.
    QCOMPARE(m_tickets->transition(start.id, TicketStatus(to), m_actor, QStringLiteral("x"))
                 .error()
                 .code,
             QStringLiteral("WORKFLOW"));
    auto moved = step(QStringLiteral(" customer wants it back as it is "));
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    QCOMPARE(m_tickets->timeline(start.id)->last().note,
             QStringLiteral("customer wants it back as it is"));
    // Every other move still takes an empty note.
    QVERIFY(!TicketLifecycle::isDestructive(TicketStatus::Diagnosing));
    QVERIFY(!TicketLifecycle::isDestructive(TicketStatus::PickedUp));
}

void TestTicketRepository::approvalRecordsQuoteRevision()
{
    const Ticket approved = ticketIn(TicketStatus::Approved);
    QCOMPARE(approved.approvedRevision, approved.quoteRevision);
}

void TestTicketRepository::noteAndTechnicianAreOnTheTimeline()
{
    const Ticket t = ticketIn(TicketStatus::Received);
    QVERIFY(m_tickets->addNote(t.id, m_actor, QStringLiteral("customer called")).ok());
    auto assigned = m_tickets->assignTechnician(t.id, QString(), m_actor);
    QVERIFY(assigned.ok());
    QCOMPARE(assigned->version, 2);
    auto events = m_tickets->timeline(t.id);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(1).kind, QStringLiteral("note"));
    QCOMPARE(events->at(1).note, QStringLiteral("customer called"));
    QCOMPARE(events->at(2).kind, QStringLiteral("edit"));
    QVERIFY(!m_tickets->addNote(t.id, m_actor, QStringLiteral(" ")).ok());
    QCOMPARE(m_tickets->addNote(QStringLiteral("nope"), m_actor, QStringLiteral("x")).error().code,
             QStringLiteral("NOT_FOUND"));
}

void TestTicketRepository::listFiltersAndOrders()
{
    const Ticket a = ticketIn(TicketStatus::Received);
    const Ticket b = ticketIn(TicketStatus::Diagnosing);
    const Ticket c = ticketIn(TicketStatus::Received);
    auto all = m_tickets->list({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).number, c.number);
    QCOMPARE(all->at(2).number, a.number);
    QCOMPARE(all->at(0).customerName, QStringLiteral("王小明"));
    QCOMPARE(all->at(0).customerPhone, QStringLiteral("13812345678"));
    QCOMPARE(all->at(0).imei1, QStringLiteral("490154203237518"));
    TicketFilter filter;
    filter.status = TicketStatus::Received;
    filter.limit = 1;
    auto received = m_tickets->list(filter);
    QCOMPARE(received->size(), 1);
    QCOMPARE(received->first().number, c.number);
    filter.status = TicketStatus::Diagnosing;
    QCOMPARE(m_tickets->list(filter)->first().number, b.number);
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
