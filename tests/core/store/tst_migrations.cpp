// Every migration step from a fixture of the older version: schema and data after.
#include "storefixture.h"

#include "reports/kpireport.h"
#include "store/backup.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>

using namespace rc;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreOrdered();
    void fromVersion1();
    void fromVersion2();
    void fromVersion4();
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
    QVERIFY(tickets.transition(id, TicketStatus::PickedUp, {}).ok());
    same(90);
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
