#include "lifecyclewalker.h"
#include "workflowhelpers.h"

#include "store/diagnosisrepository.h"
#include "store/paymentrepository.h"
#include "store/quoterepository.h"
#include "tickets/quotecoverage.h"

#include <QJsonArray>

using namespace rc;

class TestQuoteRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void issueStoresRevisionAndMovesToQuoted();
    void totalsSplitCoveredAndPayable();
    void notCoveredVerdictMakesEveryLinePayable();
    void coverageFollowsTheVerdict();
    void issueRefusesEmptyAndBadLines_data();
    void issueRefusesEmptyAndBadLines();
    void issueRefusedOnWrongStatus();
    void answerRecordsHowAndWhen();
    void declineMovesToDeclined();
    void changedQuoteNeedsNewApproval();
    void answerRefusesUnknownMethodAndNoQuote();

private:
    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<QuoteRepository> m_quotes;
    std::unique_ptr<TicketRepository> m_tickets;
    const Actor m_actor {QString(), QStringLiteral("Clerk Li")};
};

void TestQuoteRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_quotes = std::make_unique<QuoteRepository>(*m_store->db, m_store->clock);
    m_tickets = std::make_unique<TicketRepository>(*m_store->db, m_store->clock);
}

// Liquid found at diagnosis (EX-4): the verdict no longer covers, so whatever lines a door
// hands in as covered are stored payable, and the customer's total is not 0.
void TestQuoteRepository::notCoveredVerdictMakesEveryLinePayable()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    DiagnosisUpdate update;
    update.diagnosis.ticketId = t.id;
    update.diagnosis.findings = QStringLiteral("liquid under the shield");
    update.diagnosis.damage = {QStringLiteral("liquid")};
    update.warrantyCase = {{QStringLiteral("damage"), QJsonArray {QStringLiteral("liquid")}}};
    update.warrantyVerdict = {{QStringLiteral("covered"), false},
                              {QStringLiteral("rules"), QJsonArray {QStringLiteral("EX-4")}}};
    QVERIFY(DiagnosisRepository(*m_store->db, m_store->clock).record(update, m_actor));

    auto issued = m_quotes->issue(
        t.id,
        {test::line(QStringLiteral("Board"), 40000, 1, true),
         test::line(QStringLiteral("Labour"), 5000, 1, true, QuoteLineKind::Labour)},
        m_actor);
    QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
    auto lines = m_quotes->lines(t.id);
    QCOMPARE(lines->size(), 2);
    for (const QuoteLine &line : *lines)
        QVERIFY(!line.covered);
    QCOMPARE(QuoteTotals::of(*lines).payable.minor, 45000);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE covered = 1")),
             0);
    const TicketEvent quote = m_tickets->timeline(t.id)->at(m_tickets->timeline(t.id)->size() - 2);
    QCOMPARE(quote.kind, QStringLiteral("quote"));
    QCOMPARE(quote.data.value(QStringLiteral("uncovered_by_verdict")).toInt(), 2);
    QCOMPARE(quote.data.value(QStringLiteral("payable"))
                 .toObject()
                 .value(QStringLiteral("minor"))
                 .toInt(),
             45000);

    // A ticket with no verdict at all: nothing is covered either.
    NewTicket bare = test::workflowDraft(QStringLiteral("356938035643809"));
    bare.warrantyVerdict = {};
    const Ticket unevaluated = test::ticketAt(*m_store, TicketStatus::Diagnosing, bare);
    QVERIFY(m_quotes->issue(unevaluated.id, {test::line(QStringLiteral("Screen"), 100, 1, true)},
                            m_actor));
    QVERIFY(!m_quotes->lines(unevaluated.id)->first().covered);
}

void TestQuoteRepository::coverageFollowsTheVerdict()
{
    const QList<QuoteLine> lines {test::line(QStringLiteral("Screen"), 100, 1, true),
                                  test::line(QStringLiteral("Case"), 50, 1, false)};
    // Covered → not covered: every line payable; and back: every line covered.
    const QList<QuoteLine> paid = QuoteCoverage::follow(lines, true, false);
    QVERIFY(!paid.at(0).covered && !paid.at(1).covered);
    const QList<QuoteLine> again = QuoteCoverage::follow(paid, false, true);
    QVERIFY(again.at(0).covered && again.at(1).covered);
    // No turn: the clerk's choice per line stays.
    const QList<QuoteLine> same = QuoteCoverage::follow(lines, true, true);
    QVERIFY(same.at(0).covered && !same.at(1).covered);
    int turned = -1;
    QCOMPARE(QuoteCoverage::enforce(lines, true, &turned).at(0).covered, true);
    QCOMPARE(turned, 0);
    QCOMPARE(QuoteCoverage::enforce(lines, false, &turned).at(0).covered, false);
    QCOMPARE(turned, 1);
    QVERIFY(!QuoteCoverage::verdictCovers({}));
    QVERIFY(QuoteCoverage::verdictCovers({{QStringLiteral("covered"), true}}));
}

void TestQuoteRepository::issueStoresRevisionAndMovesToQuoted()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto issued = m_quotes->issue(
        t.id,
        {test::line(QStringLiteral("Screen"), 30000), test::line(QStringLiteral("Glue"), 500, 3)},
        m_actor);
    QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
    QCOMPARE(issued->status, TicketStatus::Quoted);
    QCOMPARE(issued->quoteRevision, 1);
    auto lines = m_quotes->lines(t.id);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(1).quantity, 3);
    QCOMPARE(lines->at(1).unitPrice.minor, 500);
    // two lines + quote event (ticket snapshot + event) + transition (snapshot + event)
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")) - outboxBefore, 6);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'quote_line'")),
             2);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                           "'quote' AND ticket_id = ?"),
                            {t.id}),
             1);
}

void TestQuoteRepository::totalsSplitCoveredAndPayable()
{
    const QuoteTotals totals = QuoteTotals::of(
        {test::line(QStringLiteral("Screen"), 15000, 2),
         test::line(QStringLiteral("Labour"), 5000, 1, true, QuoteLineKind::Labour)});
    QCOMPARE(totals.total.minor, 35000);
    QCOMPARE(totals.covered.minor, 5000);
    QCOMPARE(totals.payable.minor, 30000);
}

void TestQuoteRepository::issueRefusesEmptyAndBadLines_data()
{
    QTest::addColumn<QList<QuoteLine>>("lines");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QList<QuoteLine> {} << QStringLiteral("QUOTE_EMPTY");
    QTest::newRow("zero quantity")
        << QList<QuoteLine> {test::line(QStringLiteral("Screen"), 100, 0)}
        << QStringLiteral("QUOTE_LINE");
    QTest::newRow("negative price") << QList<QuoteLine> {test::line(QStringLiteral("Screen"), -1)}
                                    << QStringLiteral("QUOTE_LINE");
    QTest::newRow("no description")
        << QList<QuoteLine> {test::line(QStringLiteral("  "), 100)} << QStringLiteral("QUOTE_LINE");
}

void TestQuoteRepository::issueRefusesEmptyAndBadLines()
{
    QFETCH(QList<QuoteLine>, lines);
    QFETCH(QString, code);
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Diagnosing);
    auto issued = m_quotes->issue(t.id, lines, m_actor);
    QVERIFY(!issued);
    QCOMPARE(issued.error().code, code);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM quote_lines")), 0);
}

void TestQuoteRepository::issueRefusedOnWrongStatus()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Received);
    auto issued = m_quotes->issue(t.id, {test::line(QStringLiteral("Screen"), 100)}, m_actor);
    QVERIFY(!issued);
    QCOMPARE(issued.error().code, QStringLiteral("TRANSITION"));
    QVERIFY(issued.error().message.contains(t.number));
    // Nothing of the refused quote was kept.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM quote_lines")), 0);
    QCOMPARE(m_tickets->byId(t.id)->value().quoteRevision, 0);
}

void TestQuoteRepository::answerRecordsHowAndWhen()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Quoted);
    const QDateTime when(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC);
    auto a = m_quotes->answer(
        t.id, QuoteAnswer {true, QStringLiteral("phone"), when, QStringLiteral("called at 16:15")},
        m_actor);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QCOMPARE(a->payable.minor, 30000);
    auto list = m_quotes->approvals(t.id);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).method, QStringLiteral("phone"));
    QCOMPARE(list->at(0).at, when);
    QCOMPARE(list->at(0).revision, 1);
    QVERIFY(list->at(0).approved);
    const Ticket after = m_tickets->byId(t.id)->value();
    QCOMPARE(after.status, TicketStatus::Approved);
    QCOMPARE(after.approvedRevision, 1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'approval'")),
             1);
}

void TestQuoteRepository::declineMovesToDeclined()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Quoted);
    auto a
        = m_quotes->answer(t.id, QuoteAnswer {false, QStringLiteral("message"), {}, {}}, m_actor);
    QVERIFY(a);
    QCOMPARE(m_tickets->byId(t.id)->value().status, TicketStatus::Declined);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM approvals WHERE decision = "
                                           "'declined'")),
             1);
}

void TestQuoteRepository::changedQuoteNeedsNewApproval()
{
    const Ticket t = test::ticketAt(*m_store, TicketStatus::Repairing);
    QCOMPARE(t.approvedRevision, 1);
    auto revised = m_quotes->issue(t.id, {test::line(QStringLiteral("Battery"), 9900)}, m_actor);
    QVERIFY(revised);
    QCOMPARE(revised->status, TicketStatus::Quoted);
    QCOMPARE(revised->quoteRevision, 2);
    QCOMPARE(revised->approvedRevision, 1);
    // Repair cannot go on before the customer answers the new revision.
    auto repair = test::LifecycleWalker::move(*m_store->db, m_store->clock, t.id,
                                              TicketStatus::Repairing, m_actor);
    QVERIFY(!repair);
    QCOMPARE(repair.error().code, QStringLiteral("TRANSITION"));
    QVERIFY(
        m_quotes->answer(t.id, QuoteAnswer {true, QStringLiteral("in_person"), {}, {}}, m_actor));
    QCOMPARE(m_tickets->byId(t.id)->value().approvedRevision, 2);
    QCOMPARE(m_quotes->lines(t.id, 1)->size(), 2);
    QCOMPARE(m_quotes->lines(t.id)->size(), 1);
}

void TestQuoteRepository::answerRefusesUnknownMethodAndNoQuote()
{
    const Ticket quoted = test::ticketAt(*m_store, TicketStatus::Quoted);
    auto bad = m_quotes->answer(quoted.id, QuoteAnswer {true, QStringLiteral("telepathy"), {}, {}},
                                m_actor);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("APPROVAL_METHOD"));
    const Ticket fresh = test::ticketAt(*m_store, TicketStatus::Diagnosing,
                                        test::workflowDraft(QStringLiteral("356938035643809")));
    auto none
        = m_quotes->answer(fresh.id, QuoteAnswer {true, QStringLiteral("phone"), {}, {}}, m_actor);
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("NO_QUOTE"));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM approvals")), 0);
}

QTEST_GUILESS_MAIN(TestQuoteRepository)
#include "tst_quoterepository.moc"
