#include "storefixture.h"

#include "store/customerrepository.h"

using namespace rc;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createNormalizesAndQueues();
    void updateChecksVersion();
    void byPhone();
    void suggest_data();
    void suggest();
    void nameIsRequired();
    void devicesByEitherImei();

private:
    std::unique_ptr<test::StoreFixture> m_store;
};

void TestCustomerRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
}

void TestCustomerRepository::createNormalizesAndQueues()
{
    CustomerRepository customers(*m_store->db, m_store->clock);
    auto created = customers.create(
        {{}, 0, QStringLiteral(" Zhang Wei "), QStringLiteral("139-0000-1111"), {}, {}, {}});
    QVERIFY(created.ok());
    QCOMPARE(created->name, QStringLiteral("Zhang Wei"));
    QCOMPARE(created->phone, QStringLiteral("13900001111"));
    QCOMPARE(created->version, 1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'customer' AND entity_id = ?"),
                            {created->id}),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM customer_names WHERE "
                                           "customer_names MATCH 'zhang'")),
             1);
}

void TestCustomerRepository::updateChecksVersion()
{
    CustomerRepository customers(*m_store->db, m_store->clock);
    Customer c = *customers.create(
        {{}, 0, QStringLiteral("李娜"), QStringLiteral("13800000000"), {}, {}, {}});
    Customer edited = c;
    edited.name = QStringLiteral("李娜娜");
    auto saved = customers.update(edited);
    QVERIFY(saved.ok());
    QCOMPARE(saved->version, 2);
    // The name index follows the new name.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM customer_names WHERE "
                                           "customer_names MATCH '\"娜娜\"'")),
             1);
    auto stale = customers.update(edited); // still version 1
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, QStringLiteral("STALE"));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                           "'customer'")),
             2);
}

void TestCustomerRepository::byPhone()
{
    CustomerRepository customers(*m_store->db, m_store->clock);
    QVERIFY(
        customers.create({{}, 0, QStringLiteral("A"), QStringLiteral("13800000001"), {}, {}, {}}));
    QVERIFY(
        customers.create({{}, 0, QStringLiteral("B"), QStringLiteral("13800000001"), {}, {}, {}}));
    auto found = customers.byPhone(QStringLiteral("138 0000 0001"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->first().name, QStringLiteral("B"));
}

void TestCustomerRepository::suggest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("names"); // newest first
    QTest::newRow("phone prefix") << QStringLiteral(
        "138") << QStringList {QStringLiteral("欧阳小明"), QStringLiteral("Zhang Wei")};
    QTest::newRow("prefix with spaces")
        << QStringLiteral("138 1234") << QStringList {QStringLiteral("Zhang Wei")};
    QTest::newRow("last four") << QStringLiteral("5678")
                               << QStringList {QStringLiteral("Zhang Wei")};
    QTest::newRow("prefix or last digits")
        << QStringLiteral("1390") << QStringList {QStringLiteral("Li Na")};
    QTest::newRow("too short") << QStringLiteral("13") << QStringList {};
    QTest::newRow("han part") << QStringLiteral("小明") << QStringList {QStringLiteral("欧阳小明")};
    QTest::newRow("latin prefix") << QStringLiteral("zha")
                                  << QStringList {QStringLiteral("Zhang Wei")};
    QTest::newRow("nobody") << QStringLiteral("Wang") << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestCustomerRepository::suggest()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, names);
    CustomerRepository customers(*m_store->db, m_store->clock);
    const QList<std::pair<QString, QString>> people {
        {QStringLiteral("Zhang Wei"), QStringLiteral("13812345678")},
        {QStringLiteral("Li Na"), QStringLiteral("13900001390")},
        {QStringLiteral("欧阳小明"), QStringLiteral("13899990000")},
    };
    for (const auto &[name, phone] : people)
        QVERIFY(customers.create({{}, 0, name, phone, {}, {}, {}}));
    auto found = customers.suggest(typed);
    QVERIFY(found);
    QStringList got;
    for (const Customer &c : *found)
        got.append(c.name);
    QCOMPARE(got, names);
    QCOMPARE(customers.suggest(QStringLiteral("138"), 1)->size(), 1);
}

void TestCustomerRepository::nameIsRequired()
{
    CustomerRepository customers(*m_store->db, m_store->clock);
    auto created = customers.create({});
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("CUSTOMER_NAME"));
}

void TestCustomerRepository::devicesByEitherImei()
{
    DeviceRepository devices(*m_store->db, m_store->clock);
    Device d;
    d.imei1 = QStringLiteral("860123450000012");
    d.imei2 = QStringLiteral("860123450000020");
    auto created = devices.create(d);
    QVERIFY(created.ok());
    QCOMPARE(devices.byImei(QStringLiteral("860123450000020"))->size(), 1);
    QCOMPARE(devices.byImei(QStringLiteral("860123450000012"))->size(), 1);
    QCOMPARE(devices.byImei(QStringLiteral("490154203237518"))->size(), 0);
    QVERIFY(!devices.create(Device {}).ok());
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
