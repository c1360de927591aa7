#include "storefixture.h"

#include "store/settingsrepository.h"

using namespace rc;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndValues();
};

void TestSettingsRepository::defaultsAndValues()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    SettingsRepository settings(*store.db, store.clock);
    QCOMPARE(*settings.value(QStringLiteral("center.code")), QStringLiteral("DEMO"));
    QCOMPARE(*settings.intValue(QStringLiteral("repair_warranty.days")), 90);
    QCOMPARE(*settings.value(QStringLiteral("policy.statutory")), QStringLiteral("cn-sanbao"));
    QVERIFY(settings.setValue(QStringLiteral("repair_warranty.days"), QStringLiteral("60")));
    QVERIFY(settings.setValue(QStringLiteral("repair_warranty.days"), QStringLiteral("45")));
    QCOMPARE(*settings.intValue(QStringLiteral("repair_warranty.days")), 45);
    QVERIFY(settings.setValue(QStringLiteral("center.code"), QStringLiteral("x")));
    QCOMPARE(settings.intValue(QStringLiteral("center.code")).error().code,
             QStringLiteral("SETTING_VALUE"));
    QCOMPARE(settings.all()->size(), 2);
    QCOMPARE(store.count(QStringLiteral("SELECT max(version) FROM outbox WHERE entity = 'setting' "
                                        "AND entity_id = 'repair_warranty.days'")),
             2);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'setting'")),
             3);
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
