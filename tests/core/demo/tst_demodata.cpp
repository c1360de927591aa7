// Demo data: every status, payments that add up to the approved quotes, nothing queued for
// head office, and a demo store that sync refuses to push.
#include "storefixture.h"

#include "demo/demodata.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/statusmoves.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace rc;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStatusAndHistory();
    void statusesFollowTheirMoves();
    void paymentsMatchTheQuotes();
    void nothingQueuedForHeadOffice();
    void syncRefusesADemoStore();
    void searchable();
    void reportFactsAsTheTriggersWrite();
    void searchKeysAsTheTriggerWrites();
    void indexesAndTriggersBack();
    void storeSettingsBack();
    void seedsBesideAnotherConnection();
    void refusesAStoreWithTickets();
    void fullDiskLeavesTheStoreAsItWas();

private:
    // The journal mode and whether foreign keys and CHECK constraints are enforced, on
    // `db`'s connection; kEnforced is how a store is left after a seed, whatever happened.
    static inline const QString kEnforced
        = QStringLiteral("wal foreign_keys=1 ignore_check_constraints=0");
    static QString settings(const Database &db)
    {
        QSqlQuery q(db.connection());
        QString mode;
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
            mode = q.value(0).toString();
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
            mode += QStringLiteral(" foreign_keys=") + q.value(0).toString();
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && q.next())
            mode += QStringLiteral(" ignore_check_constraints=") + q.value(0).toString();
        return mode;
    }

    // Every index and trigger of the store, as written.
    QStringList schema() const
    {
        QStringList all;
        QSqlQuery q(m_store.db->connection());
        q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM "
                              "sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name"));
        while (q.next())
            all << q.value(0).toString();
        return all;
    }

    QStringList m_schema;
    test::StoreFixture m_store;
    DemoReport m_report;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_store.open());
    DemoOptions options;
    options.tickets = 3000;
    options.seed = 11;
    m_schema = schema();
    auto report = DemoData::seed(*m_store.db, m_store.clock, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    m_report = *report;
}

void TestDemoData::everyStatusAndHistory()
{
    QCOMPARE(m_report.tickets, 3000);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM tickets")), 3000);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(DISTINCT status) FROM tickets")), 11);
    // Every ticket's timeline starts with its creation.
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                                          "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = "
                                          "t.id AND e.kind = 'created')")),
             0);
    // Returning devices exist.
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM (SELECT device_id FROM tickets "
                                         "GROUP BY device_id HAVING count(*) > 1)"))
            > 0);
}

// The demo's timelines name no move they followed (as stores before that did): every
// ticket's status is still the one its moves lead to, and none is read as a conflict.
void TestDemoData::statusesFollowTheirMoves()
{
    QStringList tickets;
    QSqlQuery q(m_store.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tickets")));
    while (q.next())
        tickets << q.value(0).toString();
    q.finish();
    QCOMPARE(tickets.size(), 3000);
    QStringList moved;
    int conflicts = 0;
    const Status tried = m_store.db->write([&]() -> Status {
        sql::StatementCache statements(*m_store.db);
        for (const QString &id : std::as_const(tickets)) {
            auto settled = StatusMoves::settle(statements, id);
            if (!settled)
                return settled.error();
            if (settled->statusChanged)
                moved << id;
            conflicts += settled->conflicts;
        }
        return Error {QStringLiteral("ROLLBACK"), QStringLiteral("looked only")};
    });
    QCOMPARE(tried.error().code, QStringLiteral("ROLLBACK"));
    QVERIFY2(moved.isEmpty(), qPrintable(moved.join(u' ')));
    QCOMPARE(conflicts, 0);
}

void TestDemoData::paymentsMatchTheQuotes()
{
    QVERIFY(m_report.payments > 0);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM payments")), m_report.payments);
    // A paid repair that was picked up is paid in full: deposit + balance = the payable part
    // of its approved quote.
    const QString payable = QStringLiteral(
        "(SELECT sum(l.quantity * l.unit_price_minor) FROM quote_lines l WHERE l.ticket_id = t.id "
        "AND l.revision = t.approved_revision AND l.covered = 0)");
    const QString paid
        = QStringLiteral("(SELECT coalesce(sum(p.amount_minor), 0) FROM payments p WHERE "
                         "p.ticket_id = t.id AND p.kind IN ('deposit', 'payment'))");
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM tickets t WHERE t.status = "
                                         "'picked_up' AND %1 > 0")
                              .arg(payable))
            > 100);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM tickets t WHERE t.status = "
                                          "'picked_up' AND coalesce(%1, 0) <> %2")
                               .arg(payable, paid)),
             0);
    // Others never pay more than the quote, covered repairs and unapproved quotes nothing.
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM tickets t WHERE %2 > "
                                          "coalesce(%1, 0)")
                               .arg(payable, paid)),
             0);
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'deposit'"))
            > 0);
    // Money is taken when it happens: a deposit at approval, the balance at pickup.
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM payments p JOIN tickets t ON t.id "
                                          "= p.ticket_id WHERE p.kind = 'payment' AND p.at <> "
                                          "t.picked_up_at")),
             0);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM payments p JOIN tickets t ON t.id "
                                          "= p.ticket_id WHERE p.at < t.created_at")),
             0);
}

void TestDemoData::nothingQueuedForHeadOffice()
{
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN "
                                          "('ticket', 'ticket_event', 'customer', 'device', "
                                          "'quote_line', 'payment')")),
             0);
    auto demo = DemoData::isDemoStore(*m_store.db);
    QVERIFY(demo.ok());
    QVERIFY(*demo);

    test::StoreFixture plain;
    QVERIFY(plain.open());
    QVERIFY(DemoData::isDemoStore(*plain.db).ok());
    QVERIFY(!*DemoData::isDemoStore(*plain.db));
}

void TestDemoData::syncRefusesADemoStore()
{
    // An HQ that counts who knocks.
    QTcpServer hq;
    QVERIFY(hq.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&hq, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = hq.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    sync::SyncSettings settings;
    settings.hqUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hq.serverPort()));
    settings.token = QStringLiteral("demo-token");
    sync::SyncTuning tuning;
    tuning.backoffBaseMs = 10;
    sync::SyncEngine engine(m_store.db->path(), settings, m_store.clock, tuning);
    QSignalSpy fatal(&engine, &sync::SyncEngine::fatalError);
    engine.start();
    QTRY_COMPARE(fatal.size(), 1);
    QVERIFY(fatal.first().first().toString().contains(QStringLiteral("demo")));
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    engine.syncNow();
    QTest::qWait(100);
    QCOMPARE(connections, 0);
}

void TestDemoData::searchable()
{
    // The search keys written in bulk are those the trigger writes, and the trigger is back.
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM ticket_names")), 3000);
    QCOMPARE(m_store.count(QStringLiteral(
                 "SELECT count(*) FROM tickets t JOIN devices d ON d.id = t.device_id "
                 "WHERE (SELECT count(*) FROM ticket_keys k WHERE k.rid = t.rid) "
                 "<> 3 + (d.imei2 <> '' AND d.imei2 <> d.imei1)")),
             0);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'trigger' AND name = 'ticket_search_insert'")),
             1);
    TicketSearch search(*m_store.db);
    QSqlQuery sample(m_store.db->connection());
    QVERIFY(sample.exec(QStringLiteral("SELECT t.number, c.name, c.phone, d.imei1 FROM tickets t "
                                       "JOIN customers c ON c.id = t.customer_id JOIN devices d "
                                       "ON d.id = t.device_id WHERE t.rid % 500 = 7")));
    int checked = 0;
    while (sample.next()) {
        const QString number = sample.value(0).toString();
        for (const QString &query : {sample.value(3).toString(), sample.value(2).toString()}) {
            auto found = search.search(query, 1000);
            QVERIFY(found.ok());
            bool hit = false;
            for (const TicketSummary &summary : *found)
                hit = hit || summary.number == number;
            QVERIFY2(hit, qPrintable(query));
        }
        ++checked;
    }
    QCOMPARE(checked, 6);
    // A ticket saved after the seed is indexed by the trigger.
    NewTicket draft;
    draft.customer.name = QStringLiteral("上官婉儿");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("no power");
    QVERIFY(TicketRepository(*m_store.db, m_store.clock).create(draft, {}).ok());
    QCOMPARE(search.search(QStringLiteral("婉儿"))->size(), 1);
}

void TestDemoData::reportFactsAsTheTriggersWrite()
{
    // The facts written in bulk per batch are those step 5 computes for the whole store from
    // scratch (what its triggers keep), row for row, and the triggers are back.
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM ticket_facts")),
             m_store.count(QStringLiteral("SELECT count(*) FROM tickets")));
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM ticket_facts WHERE "
                                         "prev_pickup_at IS NOT NULL"))
            > 0);
    QSqlQuery q(m_store.db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE seeded AS SELECT * FROM ticket_facts")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM ticket_facts")));
    for (const QString &statement : reportFactsFill())
        QVERIFY2(q.exec(statement), qPrintable(statement));
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM (SELECT * FROM ticket_facts "
                                          "EXCEPT SELECT * FROM temp.seeded)")),
             0);
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM (SELECT * FROM temp.seeded "
                                          "EXCEPT SELECT * FROM ticket_facts)")),
             0);
    QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.seeded")));
    for (const QString &name : reportFactsInsertTriggers())
        QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                              "'trigger' AND name = '%1'")
                                   .arg(name)),
                 1);
}

void TestDemoData::searchKeysAsTheTriggerWrites()
{
    // The search rows the generator writes per ticket are those step 6 fills for the whole
    // store from scratch (what its trigger writes), row for row, and the trigger is back.
    const int tickets = m_store.count(QStringLiteral("SELECT count(*) FROM tickets"));
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM ticket_names")), tickets);
    // Phone, reversed phone and IMEI for every ticket, a second IMEI for the dual-SIM ones.
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM ticket_keys")) > 3 * tickets);
    QSqlQuery q(m_store.db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE seeded_keys AS SELECT * FROM ticket_keys")));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE seeded_names AS SELECT rowid AS rid, tokens "
                                  "FROM ticket_names")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM ticket_keys")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM ticket_names")));
    for (const QString &statement : ticketSearchFill())
        QVERIFY2(q.exec(statement), qPrintable(statement));
    for (const auto &[table, seeded] :
         {std::pair {QStringLiteral("ticket_keys"), QStringLiteral("temp.seeded_keys")},
          std::pair {QStringLiteral("(SELECT rowid AS rid, tokens FROM ticket_names)"),
                     QStringLiteral("temp.seeded_names")}}) {
        QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM (SELECT * FROM %1 EXCEPT "
                                              "SELECT * FROM %2)")
                                   .arg(table, seeded)),
                 0);
        QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM (SELECT * FROM %2 EXCEPT "
                                              "SELECT * FROM %1)")
                                   .arg(table, seeded)),
                 0);
    }
    QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.seeded_keys")));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.seeded_names")));
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'trigger' AND name = '%1'")
                               .arg(ticketSearchInsertTrigger())),
             1);
}

void TestDemoData::indexesAndTriggersBack()
{
    // The seed drops the triggers and secondary indexes of the tables it fills and builds
    // them again: the store ends with the schema it started with.
    QVERIFY(m_schema.size() > 40);
    QCOMPARE(schema(), m_schema);
}

void TestDemoData::storeSettingsBack()
{
    // The seed writes through a rollback journal with foreign keys and CHECK constraints
    // unchecked; the store ends in WAL mode with both enforced, every reference it wrote
    // holds and so does every CHECK constraint (quick_check verifies those).
    QCOMPARE(settings(*m_store.db), kEnforced);
    QSqlQuery q(m_store.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QStringList broken;
    while (q.next())
        broken << q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
    QCOMPARE(broken, QStringList());
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void TestDemoData::seedsBesideAnotherConnection()
{
    // With the store open elsewhere too (the counter app beside repairctl), the seed keeps
    // the WAL and still works.
    test::StoreFixture store;
    QVERIFY(store.open());
    auto other = Database::open(store.db->path());
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
    DemoOptions options;
    options.tickets = 200;
    auto seeded = DemoData::seed(*store.db, store.clock, options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    QCOMPARE(settings(*store.db), kEnforced);
    QSqlQuery q((*other)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 200);
}

void TestDemoData::refusesAStoreWithTickets()
{
    auto again = DemoData::seed(*m_store.db, m_store.clock, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("STORE_NOT_EMPTY"));
}

void TestDemoData::fullDiskLeavesTheStoreAsItWas()
{
    // The seed is one transaction: when the disk fills up halfway, it fails with the
    // store's error and leaves no ticket, no dropped index and no missing trigger behind;
    // with space again, it runs.
    test::StoreFixture store;
    QVERIFY(store.open());
    DemoOptions options;
    options.tickets = 0;
    // The users and settings first (they go through the repositories, one by one).
    QVERIFY(DemoData::seed(*store.db, store.clock, options).ok());
    options.tickets = 3000;
    QSqlQuery q(store.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    q.finish();
    QStringList before;
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema ORDER BY name")));
    while (q.next())
        before << q.value(0).toString();
    QVERIFY(store.db->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 200)));
    auto failed = DemoData::seed(*store.db, store.clock, options);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("full"), Qt::CaseInsensitive),
             qPrintable(failed.error().message));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), 0);
    QStringList after;
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema ORDER BY name")));
    while (q.next())
        after << q.value(0).toString();
    QCOMPARE(after, before);
    QCOMPARE(settings(*store.db), kEnforced);
    QVERIFY(store.db->exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
    auto seeded = DemoData::seed(*store.db, store.clock, options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), 3000);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
