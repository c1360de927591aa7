#include "storefixture.h"

#include "store/pricelistrepository.h"
#include "store/ticketrepository.h"

#include <QFile>

using namespace rc;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(RC_TEST_DATA_DIR "/data/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

} // namespace

class TestPriceListRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveInsertsThenUpdatesByCode();
    void activeListsPartsThenLabour();
    void refusesBadItems();
    void createEditAndAudit();
    void validation();
    void importGoodFileWithBom();
    void importReorderedWithoutBom();
    void importUpdatesByCode();
    void malformedRowsImportNothing();
    void unclosedQuoteImportsNothing();
    void unknownColumnIsRefused();
    void exportRoundTrips();
    void priceChangeLeavesQuotesAlone();

private:
    static PriceItem item(const QString &code, QuoteLineKind kind, qint64 minor);

    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<PriceListRepository> m_prices;
    const Actor m_boss {QString(), QStringLiteral("Boss")};
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

void TestPriceListRepository::createEditAndAudit()
{
    PriceItem item;
    item.code = QStringLiteral("SCR-P40");
    item.name = QStringLiteral("P40 屏幕");
    item.nameEn = QStringLiteral("P40 screen");
    item.unitPrice.minor = 45000;
    item.stock = 3;
    auto created = m_prices->edit(item, m_boss);
    QVERIFY(created.ok());
    QCOMPARE(created->version, 1);

    PriceItem edited = *created;
    edited.unitPrice.minor = 48000;
    auto changed = m_prices->edit(edited, m_boss);
    QVERIFY(changed.ok());
    QCOMPARE(changed->version, 2);
    edited = *changed;
    edited.stock = 2;
    QVERIFY(m_prices->edit(edited, m_boss).ok());
    // Saving what is already there changes nothing and writes nothing.
    QVERIFY(m_prices->edit(m_prices->byCode(QStringLiteral("SCR-P40"))->value(), m_boss).ok());

    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE actor = "
                                           "'Boss' AND entity_id = ?"),
                            {created->id}),
             3);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'price.change' AND data LIKE "
                                           "'%\"from_unit_price_minor\":45000%' AND data LIKE "
                                           "'%\"unit_price_minor\":48000%'")),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'price.edit'")),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'price_item'")),
             3);

    // A stale copy is refused.
    PriceItem stale = *created;
    stale.unitPrice.minor = 1;
    QCOMPARE(m_prices->edit(stale, m_boss).error().code, QStringLiteral("STALE"));
}

void TestPriceListRepository::validation()
{
    PriceItem item;
    item.code = QStringLiteral("X");
    item.name = QStringLiteral("x");
    item.unitPrice.minor = -1;
    QCOMPARE(m_prices->edit(item, m_boss).error().code, QStringLiteral("PRICE_ITEM"));
    item.unitPrice.minor = 1;
    item.name.clear();
    QCOMPARE(m_prices->edit(item, m_boss).error().code, QStringLiteral("PRICE_ITEM"));
    item.name = QStringLiteral("x");
    QVERIFY(m_prices->edit(item, m_boss).ok());
    PriceItem twin = item;
    QCOMPARE(m_prices->edit(twin, m_boss).error().code, QStringLiteral("PRICE_CODE_TAKEN"));
}

void TestPriceListRepository::importGoodFileWithBom()
{
    auto summary = m_prices->importCsv(readData("prices-good.csv"), m_boss);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 3);
    auto screen = m_prices->byCode(QStringLiteral("SCR-IP12"));
    QVERIFY(screen->has_value());
    QCOMPARE((*screen)->name, QStringLiteral("iPhone 12 屏幕总成"));
    QCOMPARE((*screen)->nameEn, QStringLiteral("iPhone 12 screen, OLED"));
    QCOMPARE((*screen)->unitPrice.minor, 89900);
    QCOMPARE((*screen)->stock, 4);
    auto labour = m_prices->byCode(QStringLiteral("LAB-STD"))->value();
    QCOMPARE(labour.kind, QuoteLineKind::Labour);
    QCOMPARE(labour.nameEn, QStringLiteral("Labour, standard \"bench\" hour"));
    QCOMPARE(labour.unitPrice.minor, 5050);
    QCOMPARE(labour.unitPrice.currency, QStringLiteral("CNY"));
    QCOMPARE(labour.stock, 0);
    QVERIFY(labour.active);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'price.import'")),
             1);
}

void TestPriceListRepository::importReorderedWithoutBom()
{
    auto summary = m_prices->importCsv(readData("prices-reordered-nobom.csv"), m_boss);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 2);
    QCOMPARE(m_prices->byCode(QStringLiteral("ML-1"))->value().name, QStringLiteral("多行\n名称"));
    QCOMPARE(m_prices->byCode(QStringLiteral("USB-C"))->value().unitPrice.minor, 4500);
}

void TestPriceListRepository::importUpdatesByCode()
{
    QVERIFY(m_prices->importCsv(readData("prices-good.csv"), m_boss).ok());
    const QByteArray update
        = "code,kind,name_zh,unit_price,stock\nSCR-IP12,part,iPhone 12 屏幕总成,950,4\n"
          "NEW-1,part,新件,1,0\n";
    auto summary = m_prices->importCsv(update, m_boss);
    QVERIFY(summary.ok());
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->updated, 1);
    QCOMPARE(m_prices->byCode(QStringLiteral("SCR-IP12"))->value().unitPrice.minor, 95000);
    // Columns left out of the file keep their defaults, not the stored values.
    QCOMPARE(m_prices->byCode(QStringLiteral("SCR-IP12"))->value().nameEn, QString());
    const QByteArray same = "code,kind,name_zh,unit_price,stock\nNEW-1,part,新件,1,0\n";
    QCOMPARE(m_prices->importCsv(same, m_boss)->unchanged, 1);
}

void TestPriceListRepository::malformedRowsImportNothing()
{
    QVERIFY(m_prices->importCsv(readData("prices-good.csv"), m_boss).ok());
    const qint64 outboxBefore = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto summary = m_prices->importCsv(readData("prices-malformed.csv"), m_boss);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, QStringLiteral("CSV_ROW"));
    const QString message = summary.error().message;
    QVERIFY2(message.contains(QStringLiteral("Line 3:")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("gadget")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 4:")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("12.345")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 6:")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Line 2:")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Line 5:")), qPrintable(message));
    // The good rows were not written either.
    QVERIFY(!m_prices->byCode(QStringLiteral("OK-1"))->has_value());
    QVERIFY(!m_prices->byCode(QStringLiteral("OK-4"))->has_value());
    QCOMPARE(m_prices->list()->size(), 3);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
}

void TestPriceListRepository::unclosedQuoteImportsNothing()
{
    auto summary = m_prices->importCsv(readData("prices-unclosed-quote.csv"), m_boss);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, QStringLiteral("CSV_QUOTE"));
    QVERIFY(summary.error().message.contains(QStringLiteral("Line 2")));
    QCOMPARE(m_prices->list()->size(), 0);
}

void TestPriceListRepository::unknownColumnIsRefused()
{
    auto summary
        = m_prices->importCsv("code,kind,name_zh,unit_price,colour\nA,part,a,1,red\n", m_boss);
    QCOMPARE(summary.error().code, QStringLiteral("CSV_HEADER"));
    QVERIFY(summary.error().message.contains(QStringLiteral("colour")));
    summary = m_prices->importCsv("code,kind,unit_price\nA,part,1\n", m_boss);
    QCOMPARE(summary.error().code, QStringLiteral("CSV_HEADER"));
    QVERIFY(summary.error().message.contains(QStringLiteral("name_zh")));
}

void TestPriceListRepository::exportRoundTrips()
{
    QVERIFY(m_prices->importCsv(readData("prices-good.csv"), m_boss).ok());
    QVERIFY(m_prices->importCsv(readData("prices-reordered-nobom.csv"), m_boss).ok());
    auto exported = m_prices->exportCsv();
    QVERIFY(exported.ok());
    QVERIFY(exported->startsWith("code,kind,name_zh,name_en,unit_price,currency,stock,active\r\n"));
    QVERIFY(exported->contains("\"iPhone 12 screen, OLED\""));
    QVERIFY(exported->contains("\"Labour, standard \"\"bench\"\" hour\""));

    test::StoreFixture other;
    QVERIFY(other.open());
    PriceListRepository copy(*other.db, other.clock);
    auto summary = copy.importCsv(*exported, m_boss);
    QVERIFY(summary.ok());
    QCOMPARE(summary->added, 5);
    QCOMPARE(*copy.exportCsv(), *exported);
}

void TestPriceListRepository::priceChangeLeavesQuotesAlone()
{
    QVERIFY(m_prices->importCsv(readData("prices-good.csv"), m_boss).ok());
    PriceItem screen = m_prices->byCode(QStringLiteral("SCR-IP12"))->value();

    TicketRepository tickets(*m_store->db, m_store->clock);
    NewTicket draft;
    draft.customer.name = QStringLiteral("王小明");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("屏幕碎");
    auto ticket = tickets.create(draft, m_boss);
    QVERIFY(ticket.ok());
    // A quote line as the quote screen writes it: the price copied from the item.
    QSqlQuery insert(m_store->db->connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO quote_lines (id, ticket_id, revision, kind, price_item_id, description, "
        "quantity, unit_price_minor, created_at, updated_at) VALUES ('q1', ?, 1, 'part', ?, ?, 1, "
        "?, '2026-11-23T09:30:00.000Z', '2026-11-23T09:30:00.000Z')"));
    insert.addBindValue(ticket->id);
    insert.addBindValue(screen.id);
    insert.addBindValue(screen.name);
    insert.addBindValue(screen.unitPrice.minor);
    QVERIFY(insert.exec());

    screen.unitPrice.minor = 99900;
    QVERIFY(m_prices->edit(screen, m_boss).ok());
    QVERIFY(m_prices->importCsv("code,kind,name_zh,unit_price\nSCR-IP12,part,屏,1\n", m_boss).ok());
    QCOMPARE(m_store->count(QStringLiteral("SELECT unit_price_minor FROM quote_lines WHERE id = "
                                           "'q1'")),
             89900);
}

QTEST_GUILESS_MAIN(TestPriceListRepository)
#include "tst_pricelistrepository.moc"
