// Every migration step from a fixture of the older version: schema and data after.
#include "lifecyclewalker.h"
#include "storefixture.h"

#include "reports/kpireport.h"
#include "store/auditchain.h"
#include "store/auditlog.h"
#include "store/backup.h"
#include "store/customerrepository.h"
#include "store/loanerrepository.h"
#include "store/migrations.h"
#include "store/pricelistrepository.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"
#include "store/versionclock.h"
#include "store/warrantyhistory.h"
#include "sync/syncstate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace rc;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreOrdered();
    void fromVersion1();
    void fromVersion2();
    void fromVersion3();
    void fromVersion5();
    void fromVersion4();
    void fromVersion6();
    void fromVersion7();
    void oldStoreGainsAuditChain();
    void remedyStatusesAfterTheUpgrade();
    void disposedStatusAfterTheUpgrade();
    void loanersAfterTheUpgrade();
    void diagnosisFeeAfterTheUpgrade();
    void versionClockAfterTheUpgrade();
    void pullStateAfterTheUpgrade();
    void outboxRecordIndexAfterTheUpgrade();
    void failedStepLeavesStoreAsItWas();

private:
    // Writes the fixture (SQL text, one statement per line) into a new file at path.
    static bool loadFixture(const QString &fixture, const QString &path,
                            const QStringList &extra = {});
};

bool TestMigrations::loadFixture(const QString &fixture, const QString &path,
                                 const QStringList &extra)
{
    QFile file(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/") + fixture);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QStringList statements;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("--")))
            statements.append(text);
    }
    statements += extra;
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fx"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fx"));
    return ok;
}

void TestMigrations::stepsAreOrdered()
{
    int previous = 0;
    for (const Migration &step : migrations()) {
        QCOMPARE(step.version, previous + 1);
        QVERIFY(!step.statements.isEmpty());
        previous = step.version;
    }
    QCOMPARE(latestSchemaVersion(), previous);
}

void TestMigrations::fromVersion1()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("v1.sql"), path));
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());

    // The data of version 1 is still there, with the column version 2 added.
    SettingsRepository settings(*store.db, store.clock);
    QCOMPARE(*settings.value(QStringLiteral("center.code")), QStringLiteral("SZ3"));
    QCOMPARE(*settings.value(QStringLiteral("center.name")), QStringLiteral("深圳三店"));
    QCOMPARE(store.count(QStringLiteral("SELECT min(version) FROM settings")), 1);
    // The schema of version 2 is complete.
    for (const char *table :
         {"customers", "devices", "users", "tickets", "ticket_events", "ticket_sequences",
          "diagnoses", "quote_lines", "approvals", "payments", "price_items", "learned_tacs",
          "outbox", "customer_names"}) {
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                             {QString::fromLatin1(table)}),
                 1);
    }
    // And it works: a ticket numbered from the migrated settings.
    NewTicket draft;
    draft.customer.name = QStringLiteral("王伟");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("no power");
    auto created = TicketRepository(*store.db, store.clock).create(draft, {});
    QVERIFY(created.ok());
    QCOMPARE(created->number, QStringLiteral("SZ302-261123-0001"));

    // A checked backup of the version-1 store was made before the upgrade.
    const QStringList backups = Backup::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().contains(QStringLiteral("before-v%1").arg(latestSchemaVersion())));
    QVERIFY(Backup::verify(backups.first()).ok());
    QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
    old.setDatabaseName(backups.first());
    QVERIFY(old.open());
    {
        QSqlQuery q(old);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    old.close();
    old = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

// fixtures/v2.sqlite: a store written by schema version 2 with one ticket (欧阳小明,
// IMEI 356938035643809) made through repairctl ticket create.
void TestMigrations::fromVersion2()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v2.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

    // The ticket of version 2 is whole, findable, and can move on.
    TicketRepository tickets(*store.db, store.clock);
    auto found = TicketSearch(*store.db).search(QStringLiteral("小明"), 20);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().number, QStringLiteral("DEMO01-261123-0001"));
    QCOMPARE(found->first().imei1, QStringLiteral("356938035643809"));
    QCOMPARE(tickets.timeline(found->first().id)->size(), 1);
    QVERIFY(tickets.transition(found->first().id, TicketStatus::Diagnosing, {}).ok());
    // The day's sequence continues.
    NewTicket draft;
    draft.customer.name = QStringLiteral("王伟");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("no power");
    QCOMPARE(tickets.create(draft, {})->number, QStringLiteral("DEMO01-261123-0002"));

    const QStringList backups = Backup::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(Backup::verify(backups.first()).ok());
}

// fixtures/v3.sqlite: a store at schema version 3: the ticket of v2.sqlite (欧阳小明) with
// what version 3 added: a manager, three price items with English names and stock, two
// audit entries, a deposit, backup.keep_days 14. Version 4 adds the sync state.
void TestMigrations::fromVersion3()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v3.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());

    // The data of version 3 is there and reads as before.
    PriceListRepository prices(*store.db, store.clock);
    auto screen = prices.byCode(QStringLiteral("SCR-IP13"));
    QVERIFY(screen.ok() && screen->has_value());
    QCOMPARE((*screen)->name, QStringLiteral("iPhone 13 屏幕总成"));
    QCOMPARE((*screen)->nameEn, QStringLiteral("iPhone 13 display assembly"));
    QCOMPARE((*screen)->stock, 4);
    QCOMPARE((*screen)->unitPrice.minor, 129900);
    QCOMPARE(prices.list()->size(), 3);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entries")), 2);
    QCOMPARE(store.count(QStringLiteral("SELECT sum(amount_minor) FROM payments")), 10000);
    QCOMPARE(
        *SettingsRepository(*store.db, store.clock).intValue(QStringLiteral("backup.keep_days")),
        14);

    // Version 4: the sync state can be written and read back.
    sync::SyncStateStore state(*store.db);
    QVERIFY(state.recordError(store.clock.nowUtc(), QStringLiteral("HQ unreachable")).ok());
    auto loaded = state.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->lastError, QStringLiteral("HQ unreachable"));
    // Version 5: the ticket is found by every key.
    TicketSearch search(*store.db);
    for (const char *query : {"欧阳小明", "3809", "356938035643809"}) {
        auto found = search.search(QString::fromUtf8(query));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().number, QStringLiteral("DEMO01-261123-0001"));
    }
}

// fixtures/v4.sqlite: a store written by schema version 4: `repairctl demo seed --tickets 80`
// (2026-11-16 … 2026-11-23, every status, quotes) plus a payment or refund per hand-back.
// Step 5 fills the report facts from the event log: the fast report then gives exactly what
// recounting the log gives, and keeps doing so as the store moves on.
void TestMigrations::fromVersion4()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v4.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_facts")), 80);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_facts WHERE picked_s IS "
                                        "NOT NULL")),
             store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = "
                                        "'picked_up'")));
    QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM ticket_facts WHERE s_received IS "
                                       "NOT NULL"))
            > 40);

    auto same = [&](int days) {
        const QDate from(2026, 11, 1);
        const QDate to(2026, 11, 30);
        auto fast = KpiReport::compute(*store.db, from, to, days);
        auto slow = KpiReport::recount(*store.db, from, to, days);
        QVERIFY(fast.ok() && slow.ok());
        QVERIFY(fast->completed > 0);
        QVERIFY(fast->paymentsMinor > 0);
        QCOMPARE(QJsonDocument(KpiReport::toJson(*fast)).toJson(),
                 QJsonDocument(KpiReport::toJson(*slow)).toJson());
    };
    same(90);
    same(1);
    if (QTest::currentTestFailed())
        return;

    // A ticket that is ready goes home; the facts follow.
    TicketRepository tickets(*store.db, store.clock);
    QSqlQuery ready(store.db->connection());
    QVERIFY(ready.exec(QStringLiteral("SELECT id FROM tickets WHERE status = 'ready' LIMIT 1")));
    QVERIFY(ready.next());
    const QString id = ready.value(0).toString();
    ready.finish();
    store.clock.setNowUtc(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    QVERIFY(test::LifecycleWalker::move(*store.db, store.clock, id, TicketStatus::PickedUp).ok());
    same(90);
}

// fixtures/v5.sqlite: a store written by schema version 4: `repairctl demo seed --tickets 40
// --seed 7` (36 customers, 39 devices, dual-SIM phones among them; 13 outbox rows for its
// users and settings) and one ticket made with `repairctl ticket create` (欧阳小明,
// 13912345678, IMEI 356938035643809), then opened (upgraded) by version 5, which made one
// more ticket (John Smith, a dual-SIM phone). Version 6 adds the per-ticket search keys and
// name index, filled from the existing rows.
void TestMigrations::fromVersion5()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v5.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

    // The data of version 5 is all there.
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), 42);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM customers")), 38);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM devices")), 41);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_events")), 146);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox")), 21);
    // Every ticket got its keys: phone, reversed phone, one or two IMEIs; and its name.
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_names")), 42);
    QCOMPARE(store.count(QStringLiteral(
                 "SELECT count(*) FROM tickets t JOIN devices d ON d.id = t.device_id "
                 "WHERE (SELECT count(*) FROM ticket_keys k WHERE k.rid = t.rid) "
                 "<> 3 + (d.imei2 <> '')")),
             0);

    // Every kind of search finds the tickets of versions 4 and 5.
    TicketSearch search(*store.db);
    const struct
    {
        const char *query;
        const char *number;
    } cases[] = {
        {"欧阳小明", "DEMO01-261123-0004"},
        {"小明", "DEMO01-261123-0004"},
        {"3809", "DEMO01-261123-0004"},
        {"5678", "DEMO01-261123-0004"},
        {"139 1234", "DEMO01-261123-0004"},
        {"356938035643809", "DEMO01-261123-0004"},
        {"863664033427179", "DEMO01-261123-0001"}, // the second IMEI of a dual-SIM phone
        {"Michael", "DEMO02-261123-0001"},
        {"john smi", "DEMO01-261123-0005"},
        {"352099001761499", "DEMO01-261123-0005"},
        {"clarke", "DEMO01-261123-0002"},
    };
    for (const auto &c : cases) {
        auto found = search.search(QString::fromUtf8(c.query), 20);
        QVERIFY(found.ok());
        QVERIFY2(!found->isEmpty(), c.query);
        bool hit = false;
        for (const TicketSummary &summary : *found)
            hit = hit || summary.number == QLatin1String(c.number);
        QVERIFY2(hit, c.query);
    }

    // The keys follow changes: a new ticket, a renamed customer with a new phone.
    TicketRepository tickets(*store.db, store.clock);
    NewTicket draft;
    draft.customer.name = QStringLiteral("上官婉儿");
    draft.customer.phone = QStringLiteral("186 0000 1111");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("no power");
    auto created = tickets.create(draft, {});
    QVERIFY(created.ok());
    QCOMPARE(search.search(QStringLiteral("婉儿"))->size(), 1);
    QCOMPARE(search.search(QStringLiteral("7518"))->size(), 1);
    CustomerRepository customers(*store.db, store.clock);
    auto customer = customers.byId(created->customerId);
    QVERIFY(customer.ok() && customer->has_value());
    Customer renamed = **customer;
    renamed.name = QStringLiteral("Wan Er Shangguan");
    renamed.phone = QStringLiteral("13500002222");
    QVERIFY(customers.update(renamed).ok());
    QCOMPARE(search.search(QStringLiteral("婉儿"))->size(), 0);
    QCOMPARE(search.search(QStringLiteral("1111"))->size(), 0);
    QCOMPARE(search.search(QStringLiteral("shang"))->size(), 1);
    QCOMPARE(search.search(QStringLiteral("2222"))->size(), 1);
    QCOMPARE(search.search(QStringLiteral("1350000"))->size(), 1);

    // A checked backup of the version-5 store was made before the upgrade.
    const QStringList backups = Backup::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().contains(QStringLiteral("before-v%1").arg(latestSchemaVersion())));
    QVERIFY(Backup::verify(backups.first()).ok());
}

// fixtures/v6.sqlite: a store written by schema version 6 (at 2026-11-20): five tickets with
// the warranty case and verdict repairctl stores, then
//   0001 covered at intake (CN-04), liquid found at diagnosis (EX-4), diagnosed again;
//   0002 covered at intake (CN-04), overridden by a manager to not covered;
//   0003 covered at intake, nothing since;
//   0004 no verdict at intake, one from its diagnosis only;
//   0005 sold 2024-01-10 at intake (EX-1), its evidence replaced twice (setWarranty).
// The next step keeps each ticket's intake verdict apart from the current one: from the first
// event that replaced it, else the verdict it carries; and adds the intake drafts.
void TestMigrations::fromVersion6()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v6.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), 5);

    TicketRepository tickets(*store.db, store.clock);
    const auto ticket = [&](const char *number) {
        auto t = tickets.byNumber(QString::fromLatin1(number));
        return t && *t ? **t : Ticket {};
    };
    const auto rules = [](const QJsonObject &verdict) {
        QStringList list;
        for (const QJsonValue &rule : verdict.value(QStringLiteral("rules")).toArray())
            list << rule.toString();
        return list;
    };
    const Ticket liquid = ticket("DEMO01-261120-0001");
    QCOMPARE(rules(liquid.intakeVerdict),
             QStringList({QStringLiteral("CN-01"), QStringLiteral("CN-04")}));
    QVERIFY(liquid.intakeVerdict.value(QStringLiteral("covered")).toBool());
    QCOMPARE(rules(liquid.warrantyVerdict), QStringList {QStringLiteral("EX-4")});
    const Ticket overridden = ticket("DEMO01-261120-0002");
    QVERIFY(overridden.intakeVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(!overridden.intakeVerdict.contains(QStringLiteral("overridden")));
    QVERIFY(overridden.warrantyVerdict.value(QStringLiteral("overridden")).toBool());
    const Ticket untouched = ticket("DEMO01-261120-0003");
    QCOMPARE(untouched.intakeVerdict, untouched.warrantyVerdict);
    QVERIFY(!untouched.intakeVerdict.isEmpty());
    const Ticket unevaluated = ticket("DEMO01-261120-0004");
    QVERIFY(unevaluated.intakeVerdict.isEmpty());
    QVERIFY(!unevaluated.warrantyVerdict.isEmpty());
    const Ticket replaced = ticket("DEMO01-261120-0005");
    QCOMPARE(replaced.intakeVerdict.value(QStringLiteral("warranty_start")).toString(),
             QStringLiteral("2024-01-10"));
    QCOMPARE(replaced.warrantyVerdict.value(QStringLiteral("warranty_start")).toString(),
             QStringLiteral("2025-11-01"));

    // New tickets carry it from the start; later changes leave it alone.
    NewTicket draft;
    draft.customer.name = QStringLiteral("上官婉儿");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("no power");
    draft.warrantyVerdict = {{QStringLiteral("covered"), true}};
    auto created = tickets.create(draft, {});
    QVERIFY(created.ok());
    QVERIFY(tickets.setWarranty(created->id, {}, {{QStringLiteral("covered"), false}}, {},
                                QStringLiteral("evidence withdrawn")));
    QVERIFY(ticket(created->number.toLatin1().constData())
                .intakeVerdict.value(QStringLiteral("covered"))
                .toBool());
    // The drafts table is there, one draft per user.
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                        "'intake_drafts'")),
             1);
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());
    const QStringList backups = Backup::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(Backup::verify(backups.first()).ok());
}

// fixtures/v7.sqlite: a store written by schema version 7 with two tickets made by
// `repairctl ticket create` (欧阳小明, IMEI 356938035643809, sold 2026-05-01; John Smith, IMEI
// 490154203237518, a battery). The next step adds the devices' exchanges the warranty history
// reads (device_exchanges, issue 18), empty.
void TestMigrations::fromVersion7()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v7.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), 2);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM device_exchanges")), 0);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                        "'device_exchanges_device'")),
             1);
    // An exchange recorded for a phone of version 6 is part of its warranty history.
    QVERIFY(check.exec(QStringLiteral(
        "INSERT INTO device_exchanges (id, device_id, component, date, created_at) SELECT "
        "'x1', id, 'main_unit', '2026-09-01', '2026-09-01T10:00:00.000Z' FROM devices WHERE "
        "imei1 = '356938035643809'")));
    auto history = WarrantyHistoryReader::forImei(*store.db, QStringLiteral("356938035643809"));
    QVERIFY(history.ok());
    QCOMPARE(history->exchanges.size(), 1);
    QCOMPARE(history->exchanges.first().date, QDate(2026, 9, 1));
    QCOMPARE(history->exchanges.first().component, warranty::Component::MainUnit);
    // A device that does not exist is refused: the exchange belongs to a phone.
    QVERIFY(!check.exec(QStringLiteral("INSERT INTO device_exchanges (id, device_id, component, "
                                       "date, created_at) VALUES ('x2', 'nope', 'battery', "
                                       "'2026-09-01', '2026-09-01T10:00:00.000Z')")));
}

// The audit chain step (issue 21, docs/audit.md) on fixtures/v4.sqlite (a demo store: many
// ticket events) and v7.sqlite (tickets and audit entries made through repairctl): the rows
// there are chained in rid order when the store is upgraded, and the tables refuse edits.
void TestMigrations::oldStoreGainsAuditChain()
{
    for (const char *fixture : {"v4.sqlite", "v7.sqlite"}) {
        test::StoreFixture store;
        const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/") + QLatin1String(fixture),
                            path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(store.open());
        QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
        const qint64 events = store.count(QStringLiteral("SELECT count(*) FROM ticket_events"));
        QVERIFY2(events > 0, fixture);
        // Every row hashed, each linked to the one before it in rid order.
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE "
                                            "length(hash) = 64")),
                 events);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_events e WHERE "
                                            "e.prev_hash IS NOT coalesce((SELECT p.hash FROM "
                                            "ticket_events p WHERE p.rid < e.rid ORDER BY p.rid "
                                            "DESC LIMIT 1), '')")),
                 0);
        // The first event's hash, recomputed here from the documented encoding.
        QSqlQuery first(store.db->connection());
        QVERIFY(first.exec(QStringLiteral(
                    "SELECT id, ticket_id, at, coalesce(user_id, ''), actor, kind, "
                    "coalesce(from_status, ''), coalesce(to_status, ''), note, data, hash "
                    "FROM ticket_events ORDER BY rid LIMIT 1"))
                && first.next());
        QJsonArray fields {QStringLiteral("ticket_event"), QString()};
        for (int i = 0; i < 9; ++i)
            fields.append(first.value(i).toString());
        fields.append(QJsonDocument::fromJson(first.value(9).toString().toUtf8()).object());
        QCOMPARE(first.value(10).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                              QCryptographicHash::Sha256)
                         .toHex()));
        auto report = auditchain::check(*store.db);
        QVERIFY(report.ok());
        QVERIFY(report->chained);
        QCOMPARE(report->ticketEvents, events);
        QVERIFY(report->problems.isEmpty());
        // Append-only from now on.
        QSqlQuery edit(store.db->connection());
        QVERIFY(!edit.exec(QStringLiteral("UPDATE ticket_events SET note = 'x'")));
        QVERIFY(!edit.exec(QStringLiteral("DELETE FROM ticket_events")));
        // A new entry continues the chain from the last migrated one.
        const QString head = *auditchain::lastHash(*store.db, QStringLiteral("audit_entries"),
                                                   *auditchain::ownChain(*store.db));
        QVERIFY(store.db
                    ->write([&]() -> Status {
                        return AuditLog::appendInTransaction(
                            *store.db, AuditLog::entry(Actor {}, QStringLiteral("setting.change"),
                                                       QStringLiteral("setting"),
                                                       QStringLiteral("x"), store.clock.nowUtc()));
                    })
                    .ok());
        QCOMPARE(store.count(
                     QStringLiteral("SELECT count(*) FROM audit_entries WHERE rid = (SELECT "
                                    "max(rid) FROM audit_entries) AND prev_hash = coalesce(?, '')"),
                     {head}),
                 1);
        report = auditchain::check(*store.db);
        QVERIFY(report.ok() && report->problems.isEmpty());
        QVERIFY(!edit.exec(QStringLiteral("UPDATE audit_entries SET note = 'x'")));
        QVERIFY(!edit.exec(QStringLiteral("DELETE FROM audit_entries")));
    }
}

// The remedies step (issue 20) widens tickets.status in place: a store of version 7 upgraded
// takes the three remedy statuses, still refuses an unknown one, stays consistent, and a second
// connection (another window, repairctl) sees the wider check too.
void TestMigrations::remedyStatusesAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v7.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QSqlQuery q(store.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM remedies")), 0);
    QVERIFY(!q.exec(QStringLiteral("UPDATE tickets SET status = 'done' WHERE rid = 1")));
    QVERIFY2(q.exec(QStringLiteral("UPDATE tickets SET status = 'exchanged' WHERE rid = 1")),
             qPrintable(q.lastError().text()));
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery o(other);
        QVERIFY2(o.exec(QStringLiteral("UPDATE tickets SET status = 'refunded' WHERE rid = 2")),
                 qPrintable(o.lastError().text()));
        QVERIFY(!o.exec(QStringLiteral("UPDATE tickets SET status = 'gone' WHERE rid = 2")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status IN "
                                        "('exchanged', 'refunded')")),
             2);
}

// The uncollected step (issue 20) widens tickets.status again, in place: a store of version 7
// upgraded through every step takes "disposed" besides the remedy statuses, refuses an unknown
// one, keeps its tickets, and holds notices to collect; a second connection sees it too.
void TestMigrations::disposedStatusAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v7.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qint64 ticketsBefore = 0;
    {
        QSqlDatabase old
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery o(old);
        QVERIFY(o.exec(QStringLiteral("SELECT count(*) FROM tickets")) && o.next());
        ticketsBefore = o.value(0).toLongLong();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QVERIFY(ticketsBefore > 1);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QSqlQuery q(store.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), ticketsBefore);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM collect_notices")), 0);
    QVERIFY2(q.exec(QStringLiteral("UPDATE tickets SET status = 'disposed' WHERE rid = 1")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("UPDATE tickets SET status = 'accessory_replaced' WHERE rid = "
                                   "2")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE tickets SET status = 'thrown_away' WHERE rid = 1")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO collect_notices (id, ticket_id, how, date, "
                                   "created_at) SELECT 'n1', id, 'letter', '2026-09-01', "
                                   "'2026-09-01T10:00:00.000Z' FROM tickets WHERE rid = 1")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO collect_notices (id, ticket_id, how, date, "
                                   "created_at) SELECT 'n2', id, 'pigeon', '2026-09-01', "
                                   "'2026-09-01T10:00:00.000Z' FROM tickets WHERE rid = 1")));
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery o(other);
        QVERIFY2(o.exec(QStringLiteral("UPDATE tickets SET status = 'disposed' WHERE rid = 2")),
                 qPrintable(o.lastError().text()));
        QVERIFY(!o.exec(QStringLiteral("UPDATE tickets SET status = 'gone' WHERE rid = 2")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = "
                                        "'disposed'")),
             2);
}

// The loaners step (issue 20, CN-07) on a store of version 7: the loaner list and the loans
// are there and empty, a loaner and a loan of an old ticket go in through the repository, and
// the checks hold (one loan out per loaner, a known state only).
void TestMigrations::loanersAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v7.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM loaners")), 0);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM loans")), 0);
    QSqlQuery q(store.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tickets ORDER BY rid LIMIT 1")) && q.next());
    const QString ticketId = q.value(0).toString();
    LoanerRepository loaners(*store.db, store.clock);
    Loaner loaner;
    loaner.imei = QStringLiteral("356938035643809");
    loaner.model = QStringLiteral("Huawei P40");
    loaner.deposit.minor = 20000;
    Loan loan;
    const Status written = store.db->write([&]() -> Status {
        if (Status s = loaners.insertLoanerInTransaction(loaner); !s)
            return s;
        loan.loanerId = loaner.id;
        loan.ticketId = ticketId;
        loan.conditionOut = loaner.condition;
        loan.deposit = loaner.deposit;
        loan.expectedReturn = store.clock.today().addDays(14);
        return loaners.insertLoanInTransaction(loan);
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    auto out = loaners.loansOut();
    QVERIFY(out);
    QCOMPARE(out->size(), 1);
    QCOMPARE(out->first().loaner.imei, loaner.imei);
    // A second loan out for the same loaner, an unknown state: refused by the schema.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO loans (id, loaner_id, ticket_id, condition_out, "
                                   "deposit_minor, lent_at, expected_return) VALUES ('x', '%1', "
                                   "'%2', 'ok', 0, '2026-11-23', '2026-11-30')")
                        .arg(loaner.id, ticketId)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE loaners SET state = 'lost'")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

// The diagnosis fee step: tickets from before it owe no fee (0), keep the default waiver rule,
// and the schema refuses a negative fee or a waiver flag other than 0 or 1.
void TestMigrations::diagnosisFeeAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v7.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    const qint64 tickets = store.count(QStringLiteral("SELECT count(*) FROM tickets"));
    QVERIFY(tickets > 0);
    QCOMPARE(
        store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE diagnosis_fee_minor = 0 "
                                   "AND diagnosis_fee_waive_on_approval = 1 AND "
                                   "diagnosis_fee_waived_reason = '' AND "
                                   "diagnosis_fee_waived_by IS NULL")),
        tickets);
    QSqlQuery q(store.db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE tickets SET diagnosis_fee_minor = -1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE tickets SET diagnosis_fee_waive_on_approval = 2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE tickets SET diagnosis_fee_minor = 3000")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

// The version clock step (issue 19), on fixtures/v6.sqlite (tickets up to version 4, unsent
// outbox rows): the clock starts above every version the store used,
// the store gets an incarnation (a UUID), unsent outbox rows carry it as their origin, and
// record_origins knows every record: the version it was sent with under protocol 1 (origin
// ''), or its unsent row's pair. The next write is stamped above all of them.
void TestMigrations::versionClockAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v6.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());

    auto clock = VersionClock::current(*store.db);
    QVERIFY(clock);
    const qint64 highest = store.count(QStringLiteral(
        "SELECT max(v) FROM (SELECT max(version) AS v FROM outbox UNION ALL SELECT max(version) "
        "FROM tickets UNION ALL SELECT max(version) FROM customers UNION ALL SELECT "
        "max(version) FROM devices UNION ALL SELECT max(version) FROM settings UNION ALL "
        "SELECT max(version) FROM users)"));
    QVERIFY(highest > 1);
    QVERIFY(*clock >= highest);
    auto origin = VersionClock::origin(*store.db);
    QVERIFY(origin);
    QVERIFY(!QUuid::fromString(*origin).isNull());
    QCOMPARE(origin->size(), 36);

    const qint64 rows = store.count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(rows > 0);
    QCOMPARE(
        store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE origin = '%1'").arg(*origin)),
        rows);
    const qint64 tickets = store.count(QStringLiteral("SELECT count(*) FROM tickets"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM record_origins r JOIN tickets t ON "
                                        "r.entity = 'ticket' AND r.id = t.id AND r.version >= "
                                        "t.version")),
             tickets);
    // A snapshot still waiting in the outbox is known at its unsent row's pair.
    QCOMPARE(
        store.count(
            QStringLiteral(
                "SELECT count(*) FROM (SELECT entity, entity_id, max(version) AS v FROM outbox "
                "WHERE record_kind = 'snapshot' GROUP BY entity, entity_id) o JOIN "
                "record_origins r ON r.entity = o.entity AND r.id = o.entity_id AND r.version "
                "= o.v AND r.origin = '%1'")
                .arg(*origin)),
        store.count(QStringLiteral("SELECT count(DISTINCT entity || '/' || entity_id) FROM "
                                   "outbox WHERE record_kind = 'snapshot'")));

    SettingsRepository settings(*store.db, store.clock);
    QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("Upgraded")));
    QSqlQuery q(store.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT version, origin, payload FROM outbox ORDER BY seq DESC "
                                  "LIMIT 1"))
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), *clock + 1);
    QCOMPARE(q.value(1).toString(), *origin);
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toByteArray())
                 .object()
                 .value(QLatin1String("version"))
                 .toInteger(),
             *clock + 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

// The pull step (issue 19), on fixtures/v6.sqlite: the pull starts from an empty cursor with
// nothing parked, the ticket events still in the outbox are known at their unsent pair, and a
// ticket event written after the upgrade is recorded with its pair as the outbox takes it.
void TestMigrations::pullStateAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v6.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM pull_state WHERE id = 1 AND "
                                        "cursor = '' AND last_pull IS NULL AND behind = 0")),
             1);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM parked_records")), 0);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM event_conflicts")), 0);
    const qint64 unsent
        = store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event'"));
    QVERIFY(unsent > 0);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM event_origins e JOIN outbox o ON "
                                        "o.entity_id = e.event_id AND o.version = e.version AND "
                                        "o.origin = e.origin")),
             unsent);
    QSqlQuery ticket(store.db->connection());
    QVERIFY(
        ticket.exec(QStringLiteral("SELECT id FROM tickets WHERE status = 'received' LIMIT 1")));
    QVERIFY(ticket.next());
    const QString ticketId = ticket.value(0).toString();
    ticket.finish();
    Actor actor;
    actor.name = QStringLiteral("repairctl");
    auto moved = TicketRepository(*store.db, store.clock)
                     .transition(ticketId, TicketStatus::Diagnosing, actor, QString());
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM event_origins e JOIN outbox o ON "
                                        "o.entity_id = e.event_id AND o.version = e.version")),
             unsent + 1);
}

// Step 17: the outbox's rows of one record are found by index, not by reading the outbox
// (the applier's "newest unsent change" and the removal of a settled snapshot's older
// quarantined rows).
void TestMigrations::outboxRecordIndexAfterTheUpgrade()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v6.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.open());
    QCOMPARE(store.db->schemaVersion(), latestSchemaVersion());
    QVERIFY(store.count(QStringLiteral("SELECT count(*) FROM outbox")) > 0);
    const QStringList lookups {
        QStringLiteral("SELECT payload FROM outbox WHERE entity = 'ticket' AND entity_id = 'x' "
                       "ORDER BY seq DESC LIMIT 1"),
        QStringLiteral("DELETE FROM outbox WHERE quarantined = 1 AND record_kind = 'snapshot' "
                       "AND entity = 'ticket' AND entity_id = 'x' AND version <= 9"),
    };
    for (const QString &lookup : lookups) {
        QSqlQuery plan(store.db->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + lookup));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(steps.join(u'|').contains(
                     QLatin1String("USING INDEX outbox_record (entity=? AND entity_id=?)")),
                 qPrintable(steps.join(u'|')));
    }
}

void TestMigrations::failedStepLeavesStoreAsItWas()
{
    test::StoreFixture store;
    const QString path = store.dir.filePath(QStringLiteral("store.sqlite"));
    // A table in the way makes step 2 fail halfway through.
    QVERIFY(loadFixture(QStringLiteral("v1.sql"), path,
                        {QStringLiteral("CREATE TABLE quote_lines (x)")}));
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QStringLiteral("version 2")));
    Database::Options options;
    options.migrate = false;
    auto again = Database::open(path, options);
    QVERIFY(again.ok());
    QCOMPARE((*again)->schemaVersion(), 1);
    QSqlQuery q((*again)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('customers', 'tickets', 'outbox')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
