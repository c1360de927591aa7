#include "storefixture.h"

#include "store/pricelistrepository.h"

using namespace rc;

class TestPriceListRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveInsertsThenUpdatesByCode();
    void activeListsPartsThenLabour();
    void refusesBadItems();

private:
    static PriceItem item(const QString &code, QuoteLineKind kind, qint64 minor);

    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<PriceListRepository> m_prices;
};

void TestPriceListRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_prices = std::make_unique<PriceListRepository>(*m_store->db, m_store->clock);
}

PriceItem TestPriceListRepository::item(const QString &code, QuoteLineKind kind, qint64 minor)
{
    PriceItem i;
    i.code = code;
    i.kind = kind;
    i.name = code + QStringLiteral(" name");
    i.unitPrice.minor = minor;
    return i;
}

void TestPriceListRepository::saveInsertsThenUpdatesByCode()
{
    auto first = m_prices->save(item(QStringLiteral("SCR-P40"), QuoteLineKind::Part, 45000));
    QVERIFY(first);
    QCOMPARE(first->version, 1);
    PriceItem changed = item(QStringLiteral("SCR-P40"), QuoteLineKind::Part, 42000);
    auto second = m_prices->save(changed);
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->version, 2);
    QCOMPARE(m_prices->byId(first->id)->value().unitPrice.minor, 42000);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'price_item'")),
             2);
}

void TestPriceListRepository::activeListsPartsThenLabour()
{
    QVERIFY(m_prices->save(item(QStringLiteral("LAB-1"), QuoteLineKind::Labour, 5000)));
    QVERIFY(m_prices->save(item(QStringLiteral("BAT-1"), QuoteLineKind::Part, 9900)));
    PriceItem retired = item(QStringLiteral("OLD-1"), QuoteLineKind::Part, 100);
    retired.active = false;
    QVERIFY(m_prices->save(retired));
    auto active = m_prices->active();
    QVERIFY(active);
    QCOMPARE(active->size(), 2);
    QCOMPARE(active->at(0).code, QStringLiteral("BAT-1"));
    QCOMPARE(active->at(1).kind, QuoteLineKind::Labour);
}

void TestPriceListRepository::refusesBadItems()
{
    QVERIFY(!m_prices->save(item(QString(), QuoteLineKind::Part, 1)));
    QVERIFY(!m_prices->save(item(QStringLiteral("X"), QuoteLineKind::Part, -1)));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM price_items")), 0);
}

QTEST_GUILESS_MAIN(TestPriceListRepository)
#include "tst_pricelistrepository.moc"
