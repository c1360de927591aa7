#include "storefixture.h"

#include "identifiers/tacdatabase.h"
#include "store/learnedtacrepository.h"

using namespace rc;

class TestLearnedTacRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void learnStoresAndWritesTheOutbox();
    void correctionReplacesWithNewVersion();
    void sameAnswerWritesNothing();
    void refusesBadInput_data();
    void refusesBadInput();
    void learnedTacsWinOverTheBuiltInTable();

private:
    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<LearnedTacRepository> m_tacs;
    const Actor m_clerk {QString(), QStringLiteral("Clerk")};
};

void TestLearnedTacRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    m_tacs = std::make_unique<LearnedTacRepository>(*m_store->db, m_store->clock);
}

void TestLearnedTacRepository::learnStoresAndWritesTheOutbox()
{
    // An IMEI is accepted: its first 8 digits are the TAC.
    auto learned = m_tacs->learn(QStringLiteral("490154203237518"), QStringLiteral(" Huawei "),
                                 QStringLiteral("P40 Pro"), m_clerk);
    QVERIFY2(learned, qPrintable(learned ? QString() : learned.error().message));
    QCOMPARE(learned->tac, QStringLiteral("49015420"));
    QCOMPARE(learned->brand, QStringLiteral("Huawei"));
    QCOMPARE(learned->version, 1);
    auto read = m_tacs->byTac(QStringLiteral("49015420"));
    QVERIFY(read && read->has_value());
    QCOMPARE((*read)->model, QStringLiteral("P40 Pro"));
    QCOMPARE((*read)->id, learned->id);
    QCOMPARE((*read)->updatedAt, m_store->clock.nowUtc());
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tac' AND "
                                           "record_kind = 'snapshot' AND entity_id = ? AND "
                                           "version = json_extract(payload, '$.version') AND "
                                           "json_extract(payload, '$.tac') = "
                                           "'49015420' AND json_extract(payload, '$.brand') = "
                                           "'Huawei'"),
                            {learned->id}),
             1);
    QVERIFY(!m_tacs->byTac(QStringLiteral("35693803"))->has_value());
}

void TestLearnedTacRepository::correctionReplacesWithNewVersion()
{
    auto first = m_tacs->learn(QStringLiteral("49015420"), QStringLiteral("Huawei"),
                               QStringLiteral("P40"), m_clerk);
    QVERIFY(first);
    auto second = m_tacs->learn(QStringLiteral("49015420"), QStringLiteral("Huawei"),
                                QStringLiteral("P40 Pro"), m_clerk);
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->version, 2);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM learned_tacs")), 1);
    QCOMPARE(m_tacs->byTac(QStringLiteral("49015420"))->value().model, QStringLiteral("P40 Pro"));
    // Two rows, the correction's stamped later by the store's clock.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox a JOIN outbox b ON "
                                           "a.entity = 'tac' AND b.entity = 'tac' AND a.seq < "
                                           "b.seq AND a.version < b.version")),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tac'")), 2);
}

void TestLearnedTacRepository::sameAnswerWritesNothing()
{
    QVERIFY(m_tacs->learn(QStringLiteral("49015420"), QStringLiteral("Huawei"),
                          QStringLiteral("P40"), m_clerk));
    auto again = m_tacs->learn(QStringLiteral("49015420"), QStringLiteral("Huawei"),
                               QStringLiteral("P40"), m_clerk);
    QVERIFY(again);
    QCOMPARE(again->version, 1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tac'")), 1);
}

void TestLearnedTacRepository::refusesBadInput_data()
{
    QTest::addColumn<QString>("tac");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("code");
    QTest::newRow("short") << QStringLiteral("4901542") << QStringLiteral("Huawei")
                           << QStringLiteral("TAC_INVALID");
    QTest::newRow("letters") << QStringLiteral("49O15420") << QStringLiteral("Huawei")
                             << QStringLiteral("TAC_INVALID");
    QTest::newRow("empty") << QString() << QStringLiteral("Huawei")
                           << QStringLiteral("TAC_INVALID");
    QTest::newRow("no brand") << QStringLiteral("49015420") << QStringLiteral("  ")
                              << QStringLiteral("TAC_BRAND_MISSING");
}

void TestLearnedTacRepository::refusesBadInput()
{
    QFETCH(QString, tac);
    QFETCH(QString, brand);
    QFETCH(QString, code);
    auto learned = m_tacs->learn(tac, brand, QStringLiteral("X"), m_clerk);
    QVERIFY(!learned);
    QCOMPARE(learned.error().code, code);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM learned_tacs")), 0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestLearnedTacRepository::learnedTacsWinOverTheBuiltInTable()
{
    TacDatabase lookup;
    // The built-in table says Nokia 3110 for this TAC.
    QCOMPARE(lookup.lookup(QStringLiteral("49015420"))->brand, QStringLiteral("Nokia"));
    QVERIFY(m_tacs->learn(QStringLiteral("49015420"), QStringLiteral("Huawei"),
                          QStringLiteral("P40"), m_clerk));
    QVERIFY(m_tacs->learn(QStringLiteral("86000000"), QStringLiteral("Xiaomi"),
                          QStringLiteral("13"), m_clerk));
    auto loaded = m_tacs->loadInto(lookup);
    QVERIFY(loaded);
    QCOMPARE(*loaded, 2);
    const auto info = lookup.lookup(QStringLiteral("490154203237518"));
    QVERIFY(info);
    QCOMPARE(info->brand, QStringLiteral("Huawei"));
    QVERIFY(info->learned);
    QCOMPARE(m_tacs->all()->size(), 2);
    QCOMPARE(m_tacs->all()->at(0).tac, QStringLiteral("49015420"));
}

QTEST_GUILESS_MAIN(TestLearnedTacRepository)
#include "tst_learnedtacrepository.moc"
