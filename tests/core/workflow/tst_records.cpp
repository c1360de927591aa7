// What the screens read beyond the repositories (core/workflow/records.h): the dossier by id
// and number, the report figures on this connection and on one of their own, the store file.
#include "workflowstore.h"

#include "workflow/records.h"

#include <QFileInfo>
#include <QThread>

using namespace rc;

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dossierByIdAndNumber();
    void figuresApartMatchTheConnection();
    void figuresApartFromAWorkerThread();
    void badRangeRefusedBothWays();
    void storeFacts();

private:
    std::unique_ptr<test::WorkflowStore> m_store;
    std::unique_ptr<workflow::Records> m_records;
};

void TestRecords::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
    m_records = std::make_unique<workflow::Records>(*m_store->db, m_store->clock);
}

void TestRecords::dossierByIdAndNumber()
{
    const Ticket t = m_store->walkTo(m_store->registered(), TicketStatus::Quoted);
    auto byId = m_records->dossier(t.id);
    QVERIFY2(byId, qPrintable(byId ? QString() : byId.error().message));
    QCOMPARE(byId->ticket.number, t.number);
    QCOMPARE(byId->ticket.status, TicketStatus::Quoted);
    auto byNumber = m_records->dossierByNumber(t.number.toLower());
    QVERIFY(byNumber);
    QCOMPARE(byNumber->ticket.id, t.id);
    QCOMPARE(byNumber->quoteLines.size(), byId->quoteLines.size());
    QCOMPARE(m_records->dossier(QStringLiteral("no-such-id")).error().code,
             QStringLiteral("NOT_FOUND"));
    QCOMPARE(m_records->dossierByNumber(QStringLiteral("NOPE01-000000-0001")).error().code,
             QStringLiteral("NOT_FOUND"));
}

void TestRecords::figuresApartMatchTheConnection()
{
    m_store->walkTo(m_store->registered(), TicketStatus::PickedUp);
    m_store->registered(m_store->request(QStringLiteral("356938035643809")));
    const QDate today = m_store->clock.today();
    auto here = m_records->figures(today.addDays(-30), today, 90);
    auto apart = m_records->figuresApart(today.addDays(-30), today, 90);
    QVERIFY2(here, qPrintable(here ? QString() : here.error().message));
    QVERIFY2(apart, qPrintable(apart ? QString() : apart.error().message));
    QVERIFY(here->received >= 2);
    QCOMPARE(KpiReport::toJson(*apart), KpiReport::toJson(*here));
}

void TestRecords::figuresApartFromAWorkerThread()
{
    m_store->walkTo(m_store->registered(), TicketStatus::PickedUp);
    const QDate today = m_store->clock.today();
    auto expected = m_records->figures(today.addDays(-30), today, 90);
    QVERIFY(expected);
    std::optional<Result<KpiFigures>> result;
    QThread *worker = QThread::create(
        [&] { result.emplace(m_records->figuresApart(today.addDays(-30), today, 90)); });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(result && *result);
    QCOMPARE(KpiReport::toJson(**result), KpiReport::toJson(*expected));
}

void TestRecords::badRangeRefusedBothWays()
{
    const QDate today = m_store->clock.today();
    QCOMPARE(m_records->figures(today, today.addDays(-1), 90).error().code,
             QStringLiteral("REPORT_RANGE"));
    QCOMPARE(m_records->figuresApart(today, today.addDays(-1), 90).error().code,
             QStringLiteral("REPORT_RANGE"));
}

void TestRecords::storeFacts()
{
    QCOMPARE(m_records->storePath(), m_store->db->path());
    QVERIFY(QFileInfo::exists(m_records->storePath()));
    const QString version = m_records->sqliteVersion();
    QVERIFY2(version.startsWith(QLatin1String("3.")), qPrintable(version));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
