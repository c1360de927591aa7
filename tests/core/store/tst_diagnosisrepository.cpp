#include "workflowhelpers.h"

#include "store/diagnosisrepository.h"

#include <QJsonArray>

using namespace rc;

class TestDiagnosisRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordMovesReceivedToDiagnosing();
    void reevaluatedVerdictIsStoredAndChangeFlagged();
    void secondRecordUpdatesInPlace();
    void outcomeIsKept_data();
    void outcomeIsKept();
    void refusesMissingFindingsAndWrongStatus();

private:
    DiagnosisUpdate update(const Ticket &t) const;

    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<DiagnosisRepository> m_diagnoses;
    std::unique_ptr<TicketRepository> m_tickets;
    const Actor m_actor {QString(), QStringLiteral("Tech Zhao")};
};

void TestDiagnosisRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_diagnoses = std::make_unique<DiagnosisRepository>(*m_store->db, m_store->clock);
    m_tickets = std::make_unique<TicketRepository>(*m_store->db, m_store->clock);
}

DiagnosisUpdate TestDiagnosisRepository::update(const Ticket &t) const
{
    DiagnosisUpdate u;
    u.diagnosis.ticketId = t.id;
    u.diagnosis.findings = QStringLiteral("Display connector corroded");
    u.diagnosis.faultCodes = {QStringLiteral("screen_blank")};
    u.diagnosis.cause = QStringLiteral("liquid");
    return u;
}

void TestDiagnosisRepository::recordMovesReceivedToDiagnosing()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Received);
    auto d = m_diagnoses->record(update(t), m_actor);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(m_tickets->byId(t.id)->value().status, TicketStatus::Diagnosing);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM diagnoses WHERE ticket_id = ?"),
                            {t.id}),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'diagnosis' AND entity_id = ?"),
                            {d->id}),
             1);
    auto read = m_diagnoses->forTicket(t.id);
    QVERIFY(read && *read);
    QCOMPARE((*read)->faultCodes, QStringList {QStringLiteral("screen_blank")});
    QCOMPARE((*read)->findings, QStringLiteral("Display connector corroded"));
}

void TestDiagnosisRepository::reevaluatedVerdictIsStoredAndChangeFlagged()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    DiagnosisUpdate u = update(t);
    u.diagnosis.damage = {QStringLiteral("liquid")};
    u.warrantyCase = {{QStringLiteral("damage"), QJsonArray {QStringLiteral("liquid")}}};
    u.warrantyVerdict = {{QStringLiteral("covered"), false},
                         {QStringLiteral("basis"), QStringLiteral("none")},
                         {QStringLiteral("rules"), QJsonArray {QStringLiteral("EX-4")}}};
    QVERIFY(m_diagnoses->record(u, m_actor));
    const Ticket after = m_tickets->byId(t.id)->value();
    QCOMPARE(after.warrantyVerdict.value(QStringLiteral("covered")).toBool(), false);
    // What the customer was told at intake stays as it was, in the store and in what syncs.
    QCOMPARE(after.intakeVerdict, t.warrantyVerdict);
    QCOMPARE(after.intakeVerdict.value(QStringLiteral("covered")).toBool(), true);
    QCOMPARE(m_store->count(
                 QStringLiteral(
                     "SELECT count(*) FROM outbox WHERE entity = 'ticket' AND entity_id = ? AND "
                     "json_extract(payload, '$.intake_verdict.covered') = 1 AND "
                     "json_extract(payload, '$.warranty_verdict.covered') = 0"),
                 {t.id}),
             1);
    auto events = m_tickets->timeline(t.id);
    QVERIFY(events);
    const TicketEvent last = events->constLast();
    QCOMPARE(last.kind, QStringLiteral("diagnosis"));
    QVERIFY(last.data.value(QStringLiteral("coverage_changed")).toBool());
    QCOMPARE(last.data.value(QStringLiteral("previous_verdict"))
                 .toObject()
                 .value(QStringLiteral("covered"))
                 .toBool(),
             true);
}

void TestDiagnosisRepository::secondRecordUpdatesInPlace()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    auto first = m_diagnoses->record(update(t), m_actor);
    QVERIFY(first);
    DiagnosisUpdate again = update(t);
    again.diagnosis.findings = QStringLiteral("Connector replaced in test, still blank");
    auto second = m_diagnoses->record(again, m_actor);
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->version, 2);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM diagnoses")), 1);
    QCOMPARE(m_diagnoses->forTicket(t.id)->value().findings,
             QStringLiteral("Connector replaced in test, still blank"));
}

void TestDiagnosisRepository::outcomeIsKept_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::newRow("repair") << QStringLiteral("repair");
    QTest::newRow("no fault found") << QStringLiteral("no_fault_found");
    QTest::newRow("cannot repair") << QStringLiteral("cannot_repair");
}

void TestDiagnosisRepository::outcomeIsKept()
{
    QFETCH(QString, outcome);
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    DiagnosisUpdate u = update(t);
    u.diagnosis.outcome = outcome;
    QVERIFY(m_diagnoses->record(u, m_actor));
    QCOMPARE(m_diagnoses->forTicket(t.id)->value().outcome, outcome);
}

void TestDiagnosisRepository::refusesMissingFindingsAndWrongStatus()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    DiagnosisUpdate empty = update(t);
    empty.diagnosis.findings = QStringLiteral("  ");
    auto noFindings = m_diagnoses->record(empty, m_actor);
    QVERIFY(!noFindings);
    QCOMPARE(noFindings.error().code, QStringLiteral("DIAGNOSIS_FINDINGS"));

    DiagnosisUpdate badOutcome = update(t);
    badOutcome.diagnosis.outcome = QStringLiteral("shrug");
    QVERIFY(!m_diagnoses->record(badOutcome, m_actor));

    const Ticket quoted = test::ticketAt(*m_store, TicketStatus::Quoted,
                                         test::workflowDraft(QStringLiteral("356938035643809")));
    auto late = m_diagnoses->record(update(quoted), m_actor);
    QVERIFY(!late);
    QCOMPARE(late.error().code, QStringLiteral("TRANSITION"));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM diagnoses")), 0);
}

QTEST_GUILESS_MAIN(TestDiagnosisRepository)
#include "tst_diagnosisrepository.moc"
