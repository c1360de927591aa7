// The intake desk (core/workflow/intakedesk.h): one transaction for phone, customer, ticket and
// learned TAC; the warranty case from the whole history of the phone, whichever door asks.
#include "workflowstore.h"

#include "store/learnedtacrepository.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "warranty/warrantycase.h"

#include <QJsonArray>

using namespace rc;

class TestIntakeDesk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registersEverythingInOneTransaction();
    void aFailureLeavesNothing();
    void learnsACorrectedTacAndUsesLearnedTacs();
    void problemsSayWhatIsMissing_data();
    void problemsSayWhatIsMissing();
    void onlyTheIntakeRolesRegister();
    void storedCaseIsTheAssessedCase();

    // The warranty engine sees the phone's history on every path (issue 18).
    void earlierCoveredRepairsGiveCn06();
    void anExchangeRestartsTheWarrantyCn12();
    void repairWarrantyDaysDecideTheVerdictRw1();
    void conditionMarksAreDamage();
    // Head office's tickets of the phone at other centers count too (issue 19).
    void headOfficeRepairsCountCn06();
    void headOfficeRepairCountsEu05();
    void headOfficeExchangeRestartsTheWarrantyCn12();

private:
    // An earlier ticket of the phone, dropped off `daysAgo` days ago and picked up
    // `repairDays` later, with a covered or paid verdict.
    void earlierRepair(const QString &imei, int daysAgo, int repairDays, bool covered);
    void exchange(const QString &imei, const QString &component, const QDate &date);
    // A picked-up covered main-unit repair as head office tells it.
    sync::HqDeviceTicket hqRepair(const QString &number, int daysAgo, int repairDays) const;

    std::unique_ptr<test::WorkflowStore> m_store;
};

void TestIntakeDesk::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
}

void TestIntakeDesk::registersEverythingInOneTransaction()
{
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto created = m_store->wf->intake.registerPhone(m_store->clerk.id, m_store->request());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    const Ticket &t = created->ticket;
    QCOMPARE(t.number, QStringLiteral("SZ0101-261123-0001"));
    QCOMPARE(t.intakeUserId, m_store->clerk.id);
    QVERIFY(t.backupConsent);
    QCOMPARE(t.accessories, (QStringList {QStringLiteral("sim_tray"), QStringLiteral("case")}));
    // Sold 40 days ago, a performance fault of the main unit: CN-01 and CN-14 (free repair).
    QVERIFY(created->verdict.covered);
    QCOMPARE(created->verdict.rules,
             (QStringList {QStringLiteral("CN-01"), QStringLiteral("CN-14")}));
    QCOMPARE(t.warrantyVerdict, created->verdict.toJson());
    // Brand and model from the TAC table (490154203237518: Nokia 3110).
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM devices WHERE brand = 'Nokia'")),
             1);
    // The event names the clerk as the store knows her.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                           "'created' AND actor = '李前台' AND user_id = ?"),
                            {m_store->clerk.id}),
             1);
    // customer, device, ticket, created event.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 4);
}

void TestIntakeDesk::aFailureLeavesNothing()
{
    // The learned TAC is written last; when it fails, the customer, the device and the ticket
    // written before it in the same transaction are gone too.
    QSqlQuery q(m_store->db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_tac BEFORE INSERT ON learned_tacs "
                                  "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    workflow::IntakeRequest r = m_store->request();
    r.brand = QStringLiteral("Huawei");
    r.model = QStringLiteral("P40");
    auto created = m_store->wf->intake.registerPhone(m_store->clerk.id, r);
    QVERIFY(!created);
    for (const char *table : {"tickets", "customers", "devices", "ticket_events", "learned_tacs"})
        QCOMPARE(m_store->count(
                     QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))),
                 0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
    // The ticket sequence did not move either: the next ticket is still number 1.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_tac")));
    QCOMPARE(m_store->registered(r).number, QStringLiteral("SZ0101-261123-0001"));
}

void TestIntakeDesk::learnsACorrectedTacAndUsesLearnedTacs()
{
    workflow::IntakeRequest r = m_store->request();
    r.brand = QStringLiteral("Huawei");
    r.model = QStringLiteral("P40 Pro");
    auto created = m_store->wf->intake.registerPhone(m_store->clerk.id, r);
    QVERIFY(created);
    QVERIFY(created->learnedTac);
    auto learned
        = LearnedTacRepository(*m_store->db, m_store->clock).byTac(QStringLiteral("49015420"));
    QVERIFY(learned && learned->has_value());
    QCOMPARE((*learned)->brand, QStringLiteral("Huawei"));
    QCOMPARE((*learned)->userId, m_store->clerk.id);
    // The next phone with that TAC, brand and model not given (as repairctl ticket create
    // without --brand): the learned TAC fills them in; nothing is learned again.
    workflow::IntakeRequest next = m_store->request(QStringLiteral("490154203237526"));
    auto second = m_store->wf->intake.registerPhone(m_store->clerk.id, next);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QVERIFY(!second->learnedTac);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM devices WHERE brand = 'Huawei' "
                                           "AND model = 'P40 Pro'")),
             2);
    // A learned TAC written by another connection (another station through HQ) is seen too.
    auto fresh = m_store->wf->intake.lookUpTac(QStringLiteral("490154203237518"));
    QVERIFY(fresh && fresh->learned);
}

void TestIntakeDesk::problemsSayWhatIsMissing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("imei check digit") << "imei1"
                                      << "490154203237519"
                                      << "IMEI_INVALID";
    QTest::newRow("imei empty") << "imei1"
                                << ""
                                << "IMEI_INVALID";
    QTest::newRow("imei2") << "imei2"
                           << "12345"
                           << "IMEI2_INVALID";
    QTest::newRow("name") << "name"
                          << " "
                          << "CUSTOMER_NAME";
    QTest::newRow("phone") << "phone"
                           << "12-3"
                           << "CUSTOMER_PHONE";
    QTest::newRow("fault") << "fault"
                           << ""
                           << "TICKET_FAULT";
    QTest::newRow("consent") << "consent"
                             << ""
                             << "CONSENT_MISSING";
    QTest::newRow("component") << "component"
                               << "antenna"
                               << "INTAKE_WORD";
    QTest::newRow("category") << "category"
                              << "broken"
                              << "INTAKE_WORD";
    QTest::newRow("condition") << "condition"
                               << "dusty"
                               << "INTAKE_WORD";
}

void TestIntakeDesk::problemsSayWhatIsMissing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    workflow::IntakeRequest r = m_store->request();
    if (field == QLatin1String("imei1"))
        r.imei1 = value;
    else if (field == QLatin1String("imei2"))
        r.imei2 = value;
    else if (field == QLatin1String("name"))
        r.customerName = value;
    else if (field == QLatin1String("phone"))
        r.customerPhone = value;
    else if (field == QLatin1String("fault"))
        r.faultDescription = value;
    else if (field == QLatin1String("consent"))
        r.backupConsent = false;
    else if (field == QLatin1String("component"))
        r.component = value;
    else if (field == QLatin1String("category"))
        r.faultCategory = value;
    else if (field == QLatin1String("condition"))
        r.conditionMarks = {value};
    const QList<Error> problems = workflow::IntakeDesk::problems(r);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, code);
    auto created = m_store->wf->intake.registerPhone(m_store->clerk.id, r);
    QCOMPARE(created.error().code, code);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM tickets")), 0);
}

void TestIntakeDesk::onlyTheIntakeRolesRegister()
{
    auto byTech = m_store->wf->intake.registerPhone(m_store->tech.id, m_store->request());
    QCOMPARE(byTech.error().code, QStringLiteral("FORBIDDEN"));
    auto byNobody = m_store->wf->intake.registerPhone(QString(), m_store->request());
    QCOMPARE(byNobody.error().code, QStringLiteral("USER_UNKNOWN"));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM tickets")), 0);
    // Both refusals are in the audit trail, with the operation.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'access.refused' AND json_extract(data, "
                                           "'$.operation') = 'ticket.create'")),
             2);
    auto byManager = m_store->wf->intake.registerPhone(m_store->manager.id, m_store->request());
    QVERIFY(byManager);
}

void TestIntakeDesk::storedCaseIsTheAssessedCase()
{
    // What the intake screen shows as the form changes is what the ticket stores.
    earlierRepair(QStringLiteral("490154203237518"), 50, 3, true);
    workflow::IntakeRequest r = m_store->request();
    r.evidence.proof = warranty::SaleDateSource::InvoiceCopy;
    r.conditionMarks = {QStringLiteral("scratches")};
    auto assessed = m_store->wf->intake.assess(r);
    QVERIFY(assessed);
    const Ticket t = m_store->registered(r);
    QCOMPARE(t.warrantyCase, assessed->warrantyCase);
    QCOMPARE(t.warrantyVerdict, assessed->verdict.toJson());
    // The stored case evaluates again, years later, to the same verdict.
    auto again = m_store->engine.evaluate(t.warrantyCase);
    QVERIFY(again);
    QCOMPARE(again->toJson(), t.warrantyVerdict);
    QVERIFY(again->hasRule(QStringLiteral("CN-02")));
}

void TestIntakeDesk::earlierRepair(const QString &imei, int daysAgo, int repairDays, bool covered)
{
    const QDateTime now = m_store->clock.nowUtc();
    m_store->clock.setNowUtc(now.addDays(-daysAgo));
    workflow::IntakeRequest r = m_store->request(imei, 400);
    Ticket t = m_store->registered(r);
    m_store->clock.setNowUtc(now.addDays(-daysAgo + repairDays));
    t = m_store->walkTo(t, TicketStatus::PickedUp);
    m_store->clock.setNowUtc(now);
    // The verdict the repair was done under.
    QSqlQuery q(m_store->db->connection());
    q.prepare(QStringLiteral("UPDATE tickets SET warranty_verdict = ? WHERE id = ?"));
    q.addBindValue(covered ? QStringLiteral("{\"covered\":true}")
                           : QStringLiteral("{\"covered\":false}"));
    q.addBindValue(t.id);
    QVERIFY(q.exec());
}

void TestIntakeDesk::exchange(const QString &imei, const QString &component, const QDate &date)
{
    QSqlQuery q(m_store->db->connection());
    q.prepare(QStringLiteral("INSERT INTO device_exchanges (id, device_id, component, date, "
                             "created_at) SELECT ?, id, ?, ?, ? FROM devices WHERE imei1 = ?"));
    q.addBindValue(sql::newId());
    q.addBindValue(component);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(sql::timestamp(m_store->clock.nowUtc()));
    q.addBindValue(imei);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestIntakeDesk::earlierCoveredRepairsGiveCn06()
{
    // CN-06: two earlier covered repairs of the main unit since the warranty started, and it
    // fails again: free repair or exchange. Before issue 18 the counter never offered it.
    const QString imei = QStringLiteral("356938035643809");
    earlierRepair(imei, 200, 5, true);
    auto one = m_store->wf->intake.assess(m_store->request(imei, 300));
    QVERIFY(one);
    QVERIFY(!one->verdict.hasRule(QStringLiteral("CN-06")));
    earlierRepair(imei, 100, 4, true);
    earlierRepair(imei, 60, 2, false); // a paid repair does not count
    auto assessed = m_store->wf->intake.assess(m_store->request(imei, 300));
    QVERIFY(assessed);
    QCOMPARE(assessed->history.coveredRepairs.size(), 2);
    QCOMPARE(assessed->history.ourRepairs.size(), 3);
    QVERIFY(assessed->verdict.hasRule(QStringLiteral("CN-06")));
    QVERIFY(assessed->verdict.hasRemedy(warranty::Remedy::Exchange));
    // The covered repairs' days extend the period (5 + 4 days).
    QCOMPARE(assessed->verdict.warrantyEnd,
             warranty::addMonthsClamped(m_store->clock.today().addDays(-300), 12).addDays(9));
    // The same history on the command line's path: it is the same desk.
    const Ticket t = m_store->registered(m_store->request(imei, 300));
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("CN-06")));
}

sync::HqDeviceTicket TestIntakeDesk::hqRepair(const QString &number, int daysAgo,
                                              int repairDays) const
{
    sync::HqDeviceTicket t;
    t.center = QStringLiteral("GZ02");
    t.number = number;
    t.status = QStringLiteral("picked_up");
    t.component = QStringLiteral("main_unit");
    t.createdAt = m_store->clock.nowUtc().addDays(-daysAgo);
    t.closedAt = t.createdAt.addDays(repairDays);
    t.covered = true;
    return t;
}

void TestIntakeDesk::headOfficeRepairsCountCn06()
{
    // One covered repair here, one at another center: together the two of CN-06. Head office
    // also sends this store's own ticket back, counted once, and a ticket still open at a
    // third center, which is not a repair yet and counts for nothing.
    const QString imei = QStringLiteral("356938035643809");
    earlierRepair(imei, 200, 5, true);
    QSqlQuery numbers(m_store->db->connection());
    QVERIFY(numbers.exec(QStringLiteral("SELECT number FROM tickets")));
    QVERIFY(numbers.next());
    const QString ownNumber = numbers.value(0).toString();
    QVERIFY(!ownNumber.isEmpty());
    workflow::IntakeRequest r = m_store->request(imei, 300);
    auto local = m_store->wf->intake.assess(r);
    QVERIFY(local);
    QVERIFY(!local->verdict.hasRule(QStringLiteral("CN-06")));
    QCOMPARE(local->historySource.outcome, sync::HqDeviceHistory::Outcome::NotAsked);

    r.headOffice.imei = imei;
    r.headOffice.outcome = sync::HqDeviceHistory::Outcome::Answered;
    sync::HqDeviceTicket open = hqRepair(QStringLiteral("BJ03-02-0011"), 10, 0);
    open.status = QStringLiteral("repairing");
    open.closedAt = {};
    r.headOffice.tickets
        = {hqRepair(ownNumber, 200, 5), hqRepair(QStringLiteral("GZ02-01-0007"), 100, 4), open};
    auto both = m_store->wf->intake.assess(r);
    QVERIFY(both);
    QCOMPARE(both->historySource.received, 3);
    QCOMPARE(both->historySource.used, 2);
    QCOMPARE(both->historySource.counted, 1);
    QCOMPARE(both->history.coveredRepairs.size(), 2);
    QVERIFY(both->history.coveredRepairs.at(0).pickedUp
            < both->history.coveredRepairs.at(1).pickedUp);
    QVERIFY(both->verdict.hasRule(QStringLiteral("CN-06")));
    QCOMPARE(both->historySource.summary(),
             QStringLiteral("History: this store and head office (tickets from head office: 2, "
                            "repairs counted: 1)"));
    // Registered the same: the stored case is the assessed one.
    auto created = m_store->wf->intake.registerPhone(m_store->clerk.id, r);
    QVERIFY(created);
    QVERIFY(created->verdict.hasRule(QStringLiteral("CN-06")));
    QCOMPARE(created->historySource.used, 2);
    QCOMPARE(created->historySource.counted, 1);

    // An answer about another phone counts for nothing.
    r.headOffice.imei = QStringLiteral("490154203237518");
    auto other = m_store->wf->intake.assess(r);
    QVERIFY(other);
    QVERIFY(!other->verdict.hasRule(QStringLiteral("CN-06")));
    QCOMPARE(other->historySource.reasonCode, QStringLiteral("other_phone"));
}

void TestIntakeDesk::headOfficeRepairCountsEu05()
{
    // EU-05: an earlier covered repair of the component failed, here one done at another
    // center: refund and price reduction are offered too.
    QVERIFY(m_store->wf->admin.setSettings(
        m_store->manager.id,
        {{QStringLiteral("policy.statutory"), QStringLiteral("eu-2019-771")}}));
    const QString imei = QStringLiteral("356938035643809");
    workflow::IntakeRequest r = m_store->request(imei, 300);
    auto local = m_store->wf->intake.assess(r);
    QVERIFY(local);
    QVERIFY(!local->verdict.hasRule(QStringLiteral("EU-05")));
    r.headOffice.imei = imei;
    r.headOffice.outcome = sync::HqDeviceHistory::Outcome::Answered;
    r.headOffice.tickets = {hqRepair(QStringLiteral("GZ02-01-0003"), 120, 6)};
    auto assessed = m_store->wf->intake.assess(r);
    QVERIFY(assessed);
    QVERIFY(assessed->verdict.hasRule(QStringLiteral("EU-05")));
    QVERIFY(assessed->verdict.hasRemedy(warranty::Remedy::Refund));
}

void TestIntakeDesk::anExchangeRestartsTheWarrantyCn12()
{
    // Sold 14 months ago: out of the 12-month period (EX-1) — until an exchange 3 months ago
    // restarts it (CN-12), and the verdict names the restart.
    const QString imei = QStringLiteral("352099001761481");
    m_store->registered(m_store->request(imei, 430));
    auto before = m_store->wf->intake.assess(m_store->request(imei, 430));
    QVERIFY(before);
    QVERIFY(!before->verdict.covered);
    QVERIFY(before->verdict.hasRule(QStringLiteral("EX-1")));
    const QDate exchanged = m_store->clock.today().addDays(-90);
    exchange(imei, QStringLiteral("main_unit"), exchanged);
    auto after = m_store->wf->intake.assess(m_store->request(imei, 430));
    QVERIFY(after);
    QCOMPARE(after->history.exchanges.size(), 1);
    QVERIFY(after->verdict.covered);
    QVERIFY(after->verdict.hasRule(QStringLiteral("CN-12")));
    QCOMPARE(after->verdict.warrantyStart, exchanged);
    // An exchange long ago: the period has ended again, and the verdict still says the
    // restart set its dates (CN-12 named with EX-1).
    const QString old = QStringLiteral("353918051234561");
    m_store->registered(m_store->request(old, 900));
    exchange(old, QStringLiteral("main_unit"), m_store->clock.today().addDays(-500));
    auto expired = m_store->wf->intake.assess(m_store->request(old, 900));
    QVERIFY(expired);
    QVERIFY(!expired->verdict.covered);
    QVERIFY(expired->verdict.hasRule(QStringLiteral("CN-12")));
    QVERIFY(expired->verdict.hasRule(QStringLiteral("EX-1")));
}

void TestIntakeDesk::repairWarrantyDaysDecideTheVerdictRw1()
{
    // Out of warranty (sold 3 years ago), repaired here and picked up 100 days ago: outside
    // the default 90 repair-warranty days, inside the center's 120 (RW-1).
    const QString imei = QStringLiteral("860123450000012");
    earlierRepair(imei, 105, 5, false);
    auto at90 = m_store->wf->intake.assess(m_store->request(imei, 1100));
    QVERIFY(at90);
    QVERIFY(!at90->verdict.covered);
    QCOMPARE(at90->warrantyCase.value(QStringLiteral("repair_warranty_days")).toInt(), 90);
    QVERIFY(m_store->wf->admin.setSettings(
        m_store->manager.id, {{QStringLiteral("repair_warranty.days"), QStringLiteral("120")}}));
    auto at120 = m_store->wf->intake.assess(m_store->request(imei, 1100));
    QVERIFY(at120);
    QVERIFY(at120->verdict.covered);
    QCOMPARE(at120->verdict.basis, warranty::Basis::RepairWarranty);
    QVERIFY(at120->verdict.hasRule(QStringLiteral("RW-1")));
    QCOMPARE(at120->verdict.repairWarrantyEnd, m_store->clock.today().addDays(-100 + 120));
}

void TestIntakeDesk::conditionMarksAreDamage()
{
    // A cracked screen at intake is misuse (EX-4), a damaged label EX-3, scratches nothing.
    workflow::IntakeRequest r = m_store->request();
    r.conditionMarks = {QStringLiteral("scratches"), QStringLiteral("screen_cracked"),
                        QStringLiteral("label_damaged")};
    auto assessed = m_store->wf->intake.assess(r);
    QVERIFY(assessed);
    QCOMPARE(assessed->warrantyCase.value(QStringLiteral("damage")).toArray(),
             (QJsonArray {QStringLiteral("cracked_screen"), QStringLiteral("tampered_label")}));
    QVERIFY(!assessed->verdict.covered);
    QVERIFY(assessed->verdict.hasRule(QStringLiteral("EX-4")));
    QVERIFY(assessed->verdict.hasRule(QStringLiteral("EX-3")));
    // The same marks in another order (repairctl's --condition as typed) are the same case:
    // the damage follows the checklist's order.
    r.conditionMarks = {QStringLiteral("label_damaged"), QStringLiteral("scratches"),
                        QStringLiteral("screen_cracked")};
    auto reordered = m_store->wf->intake.assess(r);
    QVERIFY(reordered);
    QCOMPARE(reordered->warrantyCase, assessed->warrantyCase);
    QCOMPARE(reordered->verdict.toJson(), assessed->verdict.toJson());
}

void TestIntakeDesk::headOfficeExchangeRestartsTheWarrantyCn12()
{
    // Sold 14 months ago (EX-1: out of the period), but given in exchange at another center
    // 90 days ago: head office tells the exchange, and CN-12 restarts the warranty here too.
    // This store's own exchange of the phone, sent back by head office, counts once.
    const QString imei = QStringLiteral("352099001761481");
    m_store->registered(m_store->request(imei, 430));
    workflow::IntakeRequest r = m_store->request(imei, 430);
    const QDate exchanged = m_store->clock.today().addDays(-90);
    const QDate ownExchange = m_store->clock.today().addDays(-200);
    exchange(imei, QStringLiteral("battery"), ownExchange);
    QSqlQuery own(m_store->db->connection());
    QVERIFY(own.exec(QStringLiteral("SELECT id FROM device_exchanges")));
    QVERIFY(own.next());
    r.headOffice.imei = imei;
    r.headOffice.outcome = sync::HqDeviceHistory::Outcome::Answered;
    r.headOffice.exchanges = {
        {own.value(0).toString(), QStringLiteral("SZ01"), QStringLiteral("battery"), ownExchange},
        {sql::newId(), QStringLiteral("GZ02"), QStringLiteral("main_unit"), exchanged},
        // A component this version does not know is left out, as the store's reader does.
        {sql::newId(), QStringLiteral("GZ02"), QStringLiteral("hologram"), exchanged},
    };
    auto assessed = m_store->wf->intake.assess(r);
    QVERIFY(assessed);
    QCOMPARE(assessed->history.exchanges.size(), 2);
    QCOMPARE(assessed->history.exchanges.at(0).date, ownExchange);
    QCOMPARE(assessed->history.exchanges.at(1).date, exchanged);
    QCOMPARE(assessed->historySource.exchanges, 1);
    QVERIFY(assessed->verdict.covered);
    QVERIFY(assessed->verdict.hasRule(QStringLiteral("CN-12")));
    QCOMPARE(assessed->verdict.warrantyStart, exchanged);
    QCOMPARE(assessed->historySource.summary(),
             QStringLiteral("History: this store and head office (tickets from head office: 0, "
                            "repairs counted: 0, exchanges: 1)"));
    QCOMPARE(assessed->historySource.toJson().value(QLatin1String("exchanges_counted")).toInt(), 1);
    // Without head office's answer the phone is out of warranty.
    r.headOffice = {};
    auto local = m_store->wf->intake.assess(r);
    QVERIFY(local);
    QVERIFY(!local->verdict.covered);
    QVERIFY(!local->verdict.hasRule(QStringLiteral("CN-12")));
}

QTEST_GUILESS_MAIN(TestIntakeDesk)
#include "tst_intakedesk.moc"
