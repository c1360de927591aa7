#include "lifecyclewalker.h"
#include "storefixture.h"

#include "store/ticketrepository.h"
#include "store/ticketsearch.h"

using namespace rc;

class TestTicketSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void scanGivesTheSameAnswer_data() { search_data(); }
    void scanGivesTheSameAnswer();
    void newestFirstAndLimited();
    void pagesFollowEachOther_data();
    void pagesFollowEachOther();
    void deviceHistoryFlagsRepeatRepairs();

private:
    QStringList numbersFor(const QList<TicketSummary> &list) const;
    QString add(const QString &name, const QString &phone, const QString &imei,
                const QString &imei2 = {});

    test::StoreFixture m_store;
    std::unique_ptr<TicketRepository> m_tickets;
    QMap<QString, QString> m_numbers; // name → ticket number
};

QString TestTicketSearch::add(const QString &name, const QString &phone, const QString &imei,
                              const QString &imei2)
{
    NewTicket draft;
    draft.customer.name = name;
    draft.customer.phone = phone;
    draft.device.imei1 = imei;
    draft.device.imei2 = imei2;
    draft.faultDescription = QStringLiteral("no power");
    auto created = m_tickets->create(draft, {QString(), QStringLiteral("test")});
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    m_store.clock.advanceSeconds(60);
    return created->number;
}

void TestTicketSearch::initTestCase()
{
    QVERIFY(m_store.open());
    m_tickets = std::make_unique<TicketRepository>(*m_store.db, m_store.clock);
    m_numbers[QStringLiteral("wxm")] = add(QStringLiteral("王小明"), QStringLiteral("13812345678"),
                                           QStringLiteral("490154203237518"));
    m_numbers[QStringLiteral("oyxm")]
        = add(QStringLiteral("欧阳小明"), QStringLiteral("13987650001"),
              QStringLiteral("356938035643809"));
    m_numbers[QStringLiteral("ln")]
        = add(QStringLiteral("李娜"), QStringLiteral("18600001111"),
              QStringLiteral("860123450000012"), QStringLiteral("860123450000020"));
    m_numbers[QStringLiteral("js")]
        = add(QStringLiteral("John Smith"), QStringLiteral("13800005678"),
              QStringLiteral("352099001761481"));
    m_numbers[QStringLiteral("ms")]
        = add(QStringLiteral("Mary Smithers"), QStringLiteral("+44 7700 900123"),
              QStringLiteral("353918051234561"));
    m_numbers[QStringLiteral("zw")]
        = add(QStringLiteral("张伟 Zhang Wei"), QStringLiteral("15012340000"),
              QStringLiteral("351044630012346"));
}

QStringList TestTicketSearch::numbersFor(const QList<TicketSummary> &list) const
{
    QStringList keys;
    for (const TicketSummary &summary : list)
        keys.append(m_numbers.key(summary.number, summary.number));
    keys.sort();
    return keys;
}

void TestTicketSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // keys of m_numbers, sorted
    auto keys = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *key : list)
            out.append(QString::fromLatin1(key));
        out.sort();
        return out;
    };
    QTest::newRow("imei whole") << QStringLiteral("490154203237518") << keys({"wxm"});
    QTest::newRow("imei with spaces") << QStringLiteral("49015420 323751 8") << keys({"wxm"});
    QTest::newRow("second imei") << QStringLiteral("860123450000020") << keys({"ln"});
    QTest::newRow("imei last 6") << QStringLiteral("643809") << keys({"oyxm"});
    QTest::newRow("imei last 5") << QStringLiteral("43809") << keys({"oyxm"});
    QTest::newRow("imei2 last 4") << QStringLiteral("0020") << keys({"ln"});
    QTest::newRow("phone last 4 (two customers)") << QStringLiteral("5678") << keys({"wxm", "js"});
    QTest::newRow("phone prefix") << QStringLiteral("138") << keys({"wxm", "js"});
    QTest::newRow("phone prefix long") << QStringLiteral("1381234") << keys({"wxm"});
    QTest::newRow("phone whole typed") << QStringLiteral("139-8765-0001") << keys({"oyxm"});
    QTest::newRow("phone international") << QStringLiteral("447700") << keys({"ms"});
    QTest::newRow("name given name, Chinese") << QStringLiteral("小明") << keys({"wxm", "oyxm"});
    QTest::newRow("name one character") << QStringLiteral("娜") << keys({"ln"});
    QTest::newRow("name compound surname") << QStringLiteral("欧阳") << keys({"oyxm"});
    QTest::newRow("name whole") << QStringLiteral("王小明") << keys({"wxm"});
    QTest::newRow("name three inner") << QStringLiteral("阳小明") << keys({"oyxm"});
    QTest::newRow("name characters out of order") << QStringLiteral("明小") << keys({});
    QTest::newRow("name not adjacent") << QStringLiteral("欧小明") << keys({});
    QTest::newRow("name word prefix") << QStringLiteral("smi") << keys({"js", "ms"});
    QTest::newRow("name case") << QStringLiteral("SMITHERS") << keys({"ms"});
    QTest::newRow("name two words") << QStringLiteral("john sm") << keys({"js"});
    QTest::newRow("name mixed scripts") << QStringLiteral("张伟 zhang") << keys({"zw"});
    QTest::newRow("name not a word start") << QStringLiteral("mith") << keys({});
    QTest::newRow("nobody") << QStringLiteral("赵") << keys({});
    QTest::newRow("like wildcard is literal") << QStringLiteral("%") << keys({});
}

void TestTicketSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    TicketSearch search(*m_store.db);
    auto found = search.search(query, 20);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QCOMPARE(numbersFor(*found), expected);
}

void TestTicketSearch::scanGivesTheSameAnswer()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    TicketSearch search(*m_store.db);
    search.setIndexBound(0); // every phone kind scans the newest tickets
    auto found = search.search(query, 20);
    QVERIFY(found.ok());
    QCOMPARE(numbersFor(*found), expected);
}

void TestTicketSearch::newestFirstAndLimited()
{
    TicketSearch search(*m_store.db);
    auto byNumber = search.search(m_numbers.value(QStringLiteral("ln")).toLower(), 20);
    QCOMPARE(byNumber->size(), 1);
    QCOMPARE(byNumber->first().number, m_numbers.value(QStringLiteral("ln")));
    auto two = search.search(QStringLiteral("小明"), 20);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(0).number, m_numbers.value(QStringLiteral("oyxm")));
    QCOMPARE(two->at(1).number, m_numbers.value(QStringLiteral("wxm")));
    auto one = search.search(QStringLiteral("小明"), 1);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().number, m_numbers.value(QStringLiteral("oyxm")));
    QCOMPARE(search.search(QStringLiteral("   "), 20)->size(), 0);
}

void TestTicketSearch::pagesFollowEachOther_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("phone prefix") << QStringLiteral("138");
    QTest::newRow("phone and IMEI endings") << QStringLiteral("5678");
    QTest::newRow("name") << QStringLiteral("小明");
    QTest::newRow("latin name") << QStringLiteral("smi");
}

// Page after page (offset) gives the whole answer once, in the same order.
void TestTicketSearch::pagesFollowEachOther()
{
    QFETCH(QString, query);
    TicketSearch search(*m_store.db);
    auto all = search.search(query, 50);
    QVERIFY(all);
    QVERIFY(all->size() >= 2);
    QStringList whole;
    for (const TicketSummary &t : *all)
        whole.append(t.number);
    QStringList paged;
    for (int offset = 0; offset < 10; ++offset) {
        auto page = search.search(query, 1, offset);
        QVERIFY(page);
        QVERIFY(page->size() <= 1);
        for (const TicketSummary &t : *page)
            paged.append(t.number);
    }
    QCOMPARE(paged, whole);
    auto pair = search.search(query, 2, 1);
    QCOMPARE(pair->size(), qMin<qsizetype>(2, whole.size() - 1));
    QCOMPARE(pair->first().number, whole.at(1));
    // A ticket number has no second page.
    QCOMPARE(search.search(m_numbers.value(QStringLiteral("ln")), 20, 1)->size(), 0);
}

void TestTicketSearch::deviceHistoryFlagsRepeatRepairs()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    TicketRepository tickets(*store.db, store.clock);
    const Actor actor {QString(), QStringLiteral("test")};
    NewTicket draft;
    draft.customer.name = QStringLiteral("周杰");
    draft.customer.phone = QStringLiteral("13700000000");
    draft.device.imei1 = QStringLiteral("860123450000012");
    draft.device.imei2 = QStringLiteral("860123450000020");
    draft.faultDescription = QStringLiteral("screen");
    auto pickUp = [&](const Ticket &t) {
        for (TicketStatus s :
             {TicketStatus::Diagnosing, TicketStatus::Quoted, TicketStatus::Approved,
              TicketStatus::Repairing, TicketStatus::Ready, TicketStatus::PickedUp})
            QVERIFY(test::LifecycleWalker::move(*store.db, store.clock, t.id, s, actor).ok());
    };
    const Ticket first = *tickets.create(draft, actor);
    pickUp(first);
    store.clock.advanceSeconds(30 * 86400); // back after 30 days: within 90
    const Ticket second = *tickets.create(draft, actor);
    pickUp(second);
    store.clock.advanceSeconds(200 * 86400); // after 200 days: not
    const Ticket third = *tickets.create(draft, actor);

    auto visits = DeviceHistory(*store.db).forImei(QStringLiteral("860123450000020"), 90);
    QVERIFY(visits.ok());
    QCOMPARE(visits->size(), 3);
    QCOMPARE(visits->at(0).ticket.number, first.number);
    QVERIFY(!visits->at(0).repeatRepair);
    QVERIFY(visits->at(1).repeatRepair);
    QCOMPARE(visits->at(1).previousNumber, first.number);
    QVERIFY(!visits->at(2).repeatRepair);
    QCOMPARE(DeviceHistory(*store.db).forImei(QStringLiteral("490154203237518"), 90)->size(), 0);
}

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "tst_ticketsearch.moc"
