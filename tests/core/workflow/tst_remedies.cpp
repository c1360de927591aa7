// The remedies (TicketWorkflow::remedy, issue 20): only what the stored verdict allows
// (domain.md §2: CN-04 refund, CN-04/05 exchange, CN-13 accessory), or a manager's override
// with a reason; an exchange's conditions and replacement IMEI; the warranty restarting for
// the new phone (CN-12); a refund as money going back.
#include "workflowstore.h"

#include "reports/kpireport.h"
#include "store/paymentrepository.h"
#include "tickets/ticketsteps.h"
#include "warranty/warrantytypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace rc;
using S = TicketStatus;

namespace {

const QString kNewImei = QStringLiteral("860123456789014");
const QString kNewImei2 = QStringLiteral("860123456789022");

workflow::RemedyInput refund(qint64 minor, const QString &method = QStringLiteral("cash"))
{
    workflow::RemedyInput in;
    in.kind = QStringLiteral("refund");
    in.amount.minor = minor;
    in.method = method;
    return in;
}

workflow::RemedyInput exchange(const QStringList &checks, bool all = false,
                               const QString &imei = kNewImei)
{
    workflow::RemedyInput in;
    in.kind = QStringLiteral("exchange");
    in.newImei = imei;
    in.checks = checks;
    in.allChecks = all;
    return in;
}

const QStringList kSeedChecks {QStringLiteral("box_complete"), QStringLiteral("no_wear"),
                               QStringLiteral("imei_label_intact"), QStringLiteral("dates_agree")};

} // namespace

class TestRemedies : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void refundWithinSevenDaysCn04();
    void refundOnDayEightIsRefused();
    void refundNeedsAmountAndMethod();
    void exchangeNeedsEveryCondition();
    void exchangeValidatesTheReplacementImei();
    void exchangeRestartsTheNewPhonesWarrantyCn12();
    void accessoryReplacementCn13();
    void aRemedyTheVerdictDoesNotAllowIsAManagersOverride();
    void onlyTheRemedyStepReachesTheRemedyStatuses();
    void closedAndForbidden();
    void theReportCountsTheRemedies();

private:
    qint64 count(const QString &sql) const { return m_store->count(sql); }
    QString text(const QString &sql) const
    {
        QSqlQuery q(m_store->db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    std::unique_ptr<test::WorkflowStore> m_store;
};

void TestRemedies::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
}

void TestRemedies::refundWithinSevenDaysCn04()
{
    // Sold 5 days ago, a performance fault of the main unit: CN-04, the customer may choose a
    // refund, an exchange or a free repair.
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 5));
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("CN-04")));
    QCOMPARE(workflow::TicketWorkflow::allowedRemedies(t),
             (QStringList {QStringLiteral("refund"), QStringLiteral("exchange")}));
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto done = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund(299900));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->ticket.status, S::Refunded);
    QVERIFY(TicketLifecycle::isFinal(S::Refunded));
    QCOMPARE(done->remedy.rules.contains(QStringLiteral("CN-04")), true);
    QCOMPARE(done->remedy.oldPhone, QStringLiteral("kept"));
    // The money going back: a payment of kind refund, by the clerk, counted against the paid.
    auto payments = PaymentRepository(*m_store->db, m_store->clock).forTicket(t.id);
    QVERIFY(payments);
    QCOMPARE(payments->size(), 1);
    QCOMPARE(payments->first().kind, QStringLiteral("refund"));
    QCOMPARE(payments->first().amount.minor, 299900);
    QCOMPARE(payments->first().method, QStringLiteral("cash"));
    QCOMPARE(payments->first().userId, m_store->clerk.id);
    auto balance = PaymentRepository(*m_store->db, m_store->clock).balance(t.id);
    QVERIFY(balance);
    QCOMPARE(balance->paid.minor, -299900);
    // The remedy row, synced, with the amount negative; the audit trail; the timeline.
    QCOMPARE(count(QStringLiteral("SELECT amount_minor FROM remedies WHERE kind = 'refund'")),
             -299900);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'remedy'")), 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM outbox")) > outboxBefore + 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.remedy'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE to_status = "
                                  "'refunded'")),
             1);
    QCOMPARE(done->remedy.toJson().value(QStringLiteral("amount")).toString(),
             QStringLiteral("-2999.00"));
}

void TestRemedies::refundOnDayEightIsRefused()
{
    // Day 8 after the sale: CN-05, an exchange or a free repair — no refund (CN-04 is over).
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 8));
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("CN-05")));
    auto refused = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund(299900));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("REMEDY_NOT_ALLOWED"));
    QVERIFY(refused.error().message.contains(QStringLiteral("CN-05")));
    QCOMPARE(m_store->reread(t.id).status, S::Received);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM remedies")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'access.refused'")),
             1);
    // The exchange it allows goes through.
    auto exchanged = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange({}, true));
    QVERIFY2(exchanged, exchanged ? "" : qPrintable(exchanged.error().message));
    QCOMPARE(exchanged->ticket.status, S::Exchanged);
}

void TestRemedies::refundNeedsAmountAndMethod()
{
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 2));
    auto zero = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund(0));
    QVERIFY(!zero);
    QCOMPARE(zero.error().code, QStringLiteral("REFUND_AMOUNT"));
    auto wechat
        = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund(100, QStringLiteral("gold")));
    QVERIFY(!wechat);
    QCOMPARE(wechat.error().code, QStringLiteral("REFUND_METHOD"));
    workflow::RemedyInput unknown;
    unknown.kind = QStringLiteral("discount");
    auto bad = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, unknown);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("REMEDY_KIND"));
    QCOMPARE(m_store->reread(t.id).status, S::Received);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    auto card = m_store->wf->tickets.remedy(m_store->clerk.id, t.id,
                                            refund(150000, QStringLiteral("mobile")));
    QVERIFY2(card, card ? "" : qPrintable(card.error().message));
}

void TestRemedies::exchangeNeedsEveryCondition()
{
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 10));
    const auto conditions = workflow::TicketWorkflow::exchangeConditions(t);
    QCOMPARE(conditions.size(), 4);
    QCOMPARE(conditions.at(2).key, QStringLiteral("imei_label_intact"));
    // Three of four: refused, naming the one not confirmed; nothing written.
    QStringList three = kSeedChecks;
    three.removeOne(QStringLiteral("no_wear"));
    auto refused = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange(three));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("EXCHANGE_CONDITIONS"));
    QVERIFY(refused.error().message.contains(QStringLiteral("No wear")));
    auto unknown = m_store->wf->tickets.remedy(
        m_store->clerk.id, t.id, exchange(kSeedChecks + QStringList {QStringLiteral("shiny")}));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("EXCHANGE_CHECK"));
    QCOMPARE(m_store->reread(t.id).status, S::Received);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM device_exchanges")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM devices")), 1);
    // All four, one by one: stored as confirmed.
    auto done = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange(kSeedChecks));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    const QJsonObject stored
        = QJsonDocument::fromJson(text(QStringLiteral("SELECT conditions FROM remedies")).toUtf8())
              .object();
    QCOMPARE(stored.size(), 4);
    for (const QString &key : kSeedChecks)
        QCOMPARE(stored.value(key).toBool(), true);
    QCOMPARE(text(QStringLiteral("SELECT old_phone FROM remedies")), QStringLiteral("to_maker"));
}

void TestRemedies::exchangeValidatesTheReplacementImei()
{
    const QString oldImei = QStringLiteral("490154203237518");
    const Ticket t = m_store->registered(m_store->request(oldImei, 3));
    // A wrong check digit, letters, the old phone's own IMEI, two equal IMEIs.
    for (const QString &bad : {QStringLiteral("860123456789015"), QStringLiteral("not-an-imei")}) {
        auto refused
            = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange({}, true, bad));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("IMEI_INVALID"));
    }
    auto same = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange({}, true, oldImei));
    QVERIFY(!same);
    QCOMPARE(same.error().code, QStringLiteral("IMEI_SAME"));
    workflow::RemedyInput twice = exchange({}, true);
    twice.newImei2 = kNewImei;
    auto equal = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, twice);
    QVERIFY(!equal);
    QCOMPARE(equal.error().code, QStringLiteral("IMEI_INVALID"));
    QCOMPARE(m_store->reread(t.id).status, S::Received);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM devices")), 1);
    // A scanner's label and spacing are fine; a dual-SIM replacement keeps both IMEIs.
    workflow::RemedyInput dual = exchange({}, true, QStringLiteral("IMEI: 86-012345-678901-4"));
    dual.newImei2 = kNewImei2;
    auto done = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, dual);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->remedy.newImei, kNewImei);
    QCOMPARE(text(QStringLiteral("SELECT imei2 FROM devices WHERE imei1 = '%1'").arg(kNewImei)),
             kNewImei2);
}

void TestRemedies::exchangeRestartsTheNewPhonesWarrantyCn12()
{
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 12));
    const QDate exchangeDay = m_store->clock.today();
    auto done = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange({}, true));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->ticket.status, S::Exchanged);
    QVERIFY(done->remedy.rules.contains(QStringLiteral("CN-05")));
    // The exchange in the warranty history of the new phone, and synced.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM device_exchanges e JOIN devices d ON "
                                  "d.id = e.device_id WHERE d.imei1 = '%1' AND e.component = "
                                  "'main_unit' AND e.ticket_id = '%2'")
                       .arg(kNewImei, t.id)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                  "'device_exchange'")),
             1);
    // Four months later the new phone comes in with the original invoice (sold 4 months and
    // 12 days ago): its period started on the exchange day (CN-12).
    m_store->clock.advanceSeconds(qint64(120) * 86400);
    const Ticket later = m_store->registered(m_store->request(kNewImei, 132));
    const QJsonObject verdict = later.warrantyVerdict;
    QVERIFY(verdict.value(QStringLiteral("rules")).toArray().contains(QStringLiteral("CN-12")));
    QCOMPARE(verdict.value(QStringLiteral("warranty_start")).toString(),
             warranty::isoDate(exchangeDay));
    QVERIFY(verdict.value(QStringLiteral("covered")).toBool());
}

void TestRemedies::accessoryReplacementCn13()
{
    workflow::IntakeRequest r = m_store->request(QStringLiteral("490154203237518"), 40);
    r.component = QStringLiteral("battery");
    r.faultDescription = QStringLiteral("电池不充电");
    const Ticket t = m_store->registered(r);
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("CN-13")));
    QCOMPARE(workflow::TicketWorkflow::allowedRemedies(t),
             QStringList {QStringLiteral("accessory")});
    // The phone itself is not exchanged for a battery fault, nor is another accessory.
    auto phone = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange({}, true));
    QVERIFY(!phone);
    QCOMPARE(phone.error().code, QStringLiteral("REMEDY_NOT_ALLOWED"));
    workflow::RemedyInput in;
    in.kind = QStringLiteral("accessory");
    for (const QString &wrong :
         {QStringLiteral("charger"), QStringLiteral("main_unit"), QStringLiteral("toaster")}) {
        in.component = wrong;
        auto refused = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, in);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("REMEDY_COMPONENT"));
    }
    in.component = QStringLiteral("battery");
    auto done = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, in);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->ticket.status, S::AccessoryReplaced);
    // Its own period: a battery's 6 months (cn-sanbao) from today.
    QCOMPARE(done->remedy.warrantyEnd, warranty::addMonthsClamped(m_store->clock.today(), 6));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM device_exchanges WHERE device_id = '%1' "
                                  "AND component = 'battery'")
                       .arg(t.deviceId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM devices")), 1);
}

void TestRemedies::aRemedyTheVerdictDoesNotAllowIsAManagersOverride()
{
    // Sold 40 days ago: CN-14, free repair only.
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 40));
    QVERIFY(workflow::TicketWorkflow::allowedRemedies(t).isEmpty());
    auto clerk = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund(299900));
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, QStringLiteral("REMEDY_NOT_ALLOWED"));
    // A clerk cannot override, even with a reason.
    workflow::RemedyInput withReason = refund(299900);
    withReason.overrideReason = QStringLiteral("顾客投诉，店长同意退货");
    auto clerkOverride = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, withReason);
    QVERIFY(!clerkOverride);
    QCOMPARE(clerkOverride.error().code, QStringLiteral("FORBIDDEN"));
    // Nor the manager without a reason.
    auto managerPlain = m_store->wf->tickets.remedy(m_store->manager.id, t.id, refund(299900));
    QVERIFY(!managerPlain);
    QCOMPARE(managerPlain.error().code, QStringLiteral("REMEDY_NOT_ALLOWED"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    auto manager = m_store->wf->tickets.remedy(m_store->manager.id, t.id, withReason);
    QVERIFY2(manager, manager ? "" : qPrintable(manager.error().message));
    QCOMPARE(manager->ticket.status, S::Refunded);
    QVERIFY(manager->remedy.rules.contains(QStringLiteral("OVERRIDE")));
    QCOMPARE(text(QStringLiteral("SELECT override_reason FROM remedies")),
             withReason.overrideReason);
    QCOMPARE(text(QStringLiteral("SELECT note FROM audit_entries WHERE kind = "
                                 "'ticket.remedy'")),
             withReason.overrideReason);
}

void TestRemedies::onlyTheRemedyStepReachesTheRemedyStatuses()
{
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 3));
    for (S to : {S::Exchanged, S::Refunded, S::AccessoryReplaced}) {
        QCOMPARE(TicketSteps::stepFor(S::Received, to), std::optional(TicketStep::Remedy));
        auto moved = m_store->wf->tickets.move(m_store->manager.id, t.id, to, QStringLiteral("x"));
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QStringLiteral("WORKFLOW"));
        QVERIFY(moved.error().message.contains(QStringLiteral("repairctl ticket remedy")));
    }
    // From a later open status too (quoted), not from a closed one.
    const Ticket quoted = m_store->walkTo(t, S::Quoted);
    auto done = m_store->wf->tickets.remedy(m_store->clerk.id, quoted.id, exchange({}, true));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->ticket.status, S::Exchanged);
}

void TestRemedies::closedAndForbidden()
{
    const Ticket t = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 3));
    auto tech = m_store->wf->tickets.remedy(m_store->tech.id, t.id, refund(1000));
    QVERIFY(!tech);
    QCOMPARE(tech.error().code, QStringLiteral("FORBIDDEN"));
    QVERIFY(m_store->wf->tickets.remedy(m_store->clerk.id, t.id, refund(1000)));
    auto again = m_store->wf->tickets.remedy(m_store->clerk.id, t.id, exchange({}, true));
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("TICKET_CLOSED"));
    QVERIFY(workflow::TicketWorkflow::allowedRemedies(m_store->reread(t.id)).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM remedies")), 1);
}

void TestRemedies::theReportCountsTheRemedies()
{
    const Ticket a = m_store->registered(m_store->request(QStringLiteral("490154203237518"), 3));
    const Ticket b = m_store->registered(m_store->request(QStringLiteral("352099001761481"), 9));
    workflow::IntakeRequest r = m_store->request(QStringLiteral("353918051234561"), 30);
    r.component = QStringLiteral("charger");
    const Ticket c = m_store->registered(r);
    QVERIFY(m_store->wf->tickets.remedy(m_store->clerk.id, a.id, refund(129900)));
    QVERIFY(m_store->wf->tickets.remedy(m_store->clerk.id, b.id, exchange({}, true)));
    workflow::RemedyInput charger;
    charger.kind = QStringLiteral("accessory");
    charger.component = QStringLiteral("charger");
    auto replaced = m_store->wf->tickets.remedy(m_store->clerk.id, c.id, charger);
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
    const QDate today = m_store->clock.today();
    for (bool recount : {false, true}) {
        auto f = recount ? KpiReport::recount(*m_store->db, today, today, 90)
                         : KpiReport::compute(*m_store->db, today, today, 90);
        QVERIFY2(f, f ? "" : qPrintable(f.error().message));
        QCOMPARE(f->refunded, 1);
        QCOMPARE(f->exchanged, 1);
        QCOMPARE(f->accessoryReplaced, 1);
        QCOMPARE(f->refundsMinor, 129900);
        QCOMPARE(KpiReport::toJson(*f).value(QStringLiteral("exchanged")).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestRemedies)
#include "tst_remedies.moc"
