#include "storefixture.h"

#include "store/settingsrepository.h"

using namespace rc;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndValues();
    void auditedChanges();
    void stationSettingsStayOffTheOutbox();
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
    // Two rows for the key, the second stamped later by the store's clock (the setting's own
    // version is 2; the rows' versions are the clock's).
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox a JOIN outbox b ON "
                                        "a.entity_id = 'repair_warranty.days' AND b.entity_id = "
                                        "a.entity_id AND a.seq < b.seq AND a.version < b.version")),
             1);
    QCOMPARE(store.count(QStringLiteral("SELECT version FROM settings WHERE key = "
                                        "'repair_warranty.days'")),
             2);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'setting'")),
             3);
}

void TestSettingsRepository::auditedChanges()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    SettingsRepository settings(*store.db, store.clock);
    const Actor boss {QString(), QStringLiteral("Boss")};
    QVERIFY(settings.setValues({{QStringLiteral("policy.statutory"), QStringLiteral("cn-sanbao")},
                                {QStringLiteral("center.code"), QStringLiteral("DEMO")},
                                {QStringLiteral("uncollected.days"), QStringLiteral("60")},
                                {QStringLiteral("sync.token"), QStringLiteral("s3cret")}},
                               boss));
    // policy.statutory kept its default value: neither written nor audited. center.code given
    // while unset is stored and audited even as its default DEMO (the default only stands in
    // until a code is chosen; sync refuses to run without one). The token is kept out of the
    // table (store/tokenstore.h), its change audited all the same.
    QCOMPARE(settings.all()->size(), 2);
    QCOMPARE(settings.all()->value(QStringLiteral("center.code")), QStringLiteral("DEMO"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE "
                                        "'%s3cret%'")),
             0);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'setting.change' AND actor = 'Boss'")),
             3);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_id = "
                                        "'uncollected.days' AND data LIKE '%\"from\":\"90\"%' "
                                        "AND data LIKE '%\"to\":\"60\"%'")),
             1);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE data LIKE "
                                        "'%s3cret%'")),
             0);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE "
                                        "'%s3cret%'")),
             0);
    QCOMPARE(*settings.value(QStringLiteral("sync.token")), QStringLiteral("s3cret"));
}

// Issue 19: a station's own settings (its code, its sync link, its screen lock, its backups)
// are written and audited here but never put in the outbox; the center's go out as before.
void TestSettingsRepository::stationSettingsStayOffTheOutbox()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    SettingsRepository settings(*store.db, store.clock);
    for (const char *key : {"station.code", "sync.hq_url", "sync.interval_seconds", "sync.ca_file",
                            "sync.allow_http_lan", "ui.lock_minutes", "backup.keep_days",
                            "backup.folder", "printer.intake", "paper.label"})
        QVERIFY2(SettingsRepository::isStationLocal(QLatin1String(key)), key);
    for (const char *key :
         {"center.code", "center.name", "center.address", "center.phone", "policy.statutory",
          "policy.brand", "repair_warranty.days", "uncollected.days", "security.min_pin_length",
          "fees.diagnosis", "fees.waive_diagnosis_on_approval"})
        QVERIFY2(!SettingsRepository::isStationLocal(QLatin1String(key)), key);

    const Actor boss {QString(), QStringLiteral("Boss")};
    QVERIFY(settings.setValues({{QStringLiteral("station.code"), QStringLiteral("02")},
                                {QStringLiteral("ui.lock_minutes"), QStringLiteral("10")},
                                {QStringLiteral("sync.interval_seconds"), QStringLiteral("30")},
                                {QStringLiteral("center.name"), QStringLiteral("福田店")}},
                               boss));
    QVERIFY(settings.setValue(QStringLiteral("backup.keep_days"), QStringLiteral("14")));
    QCOMPARE(*settings.value(QStringLiteral("station.code")), QStringLiteral("02"));
    QCOMPARE(*settings.intValue(QStringLiteral("backup.keep_days")), 14);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'setting'")),
             1);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'setting' "
                                        "AND entity_id = 'center.name'")),
             1);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'setting.change' AND actor = 'Boss'")),
             4);
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
