// A full disk: the change fails with a clear error, what was saved before stays intact,
// and writing works again once there is space.
#include "storefixture.h"

#include "store/ticketrepository.h"

#include <QDir>
#include <QProcess>

#include <unistd.h>

using namespace rc;

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void pageLimit();
    void tinyFilesystem();

private:
    static NewTicket draft(int i)
    {
        NewTicket d;
        d.customer.name = QStringLiteral("容量测试 %1").arg(i);
        d.customer.phone = QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'));
        d.device.imei1 = QStringLiteral("490154203237518");
        d.faultDescription = QStringLiteral("屏幕不亮, the screen stays black ").repeated(20);
        return d;
    }
    // Creates tickets until one fails; returns the numbers saved and the error.
    static QStringList fillUntilFailure(TicketRepository &tickets, Error *error, int start = 0)
    {
        QStringList saved;
        for (int i = start; i < start + 20000; ++i) {
            auto created = tickets.create(draft(i), {QString(), QStringLiteral("test")});
            if (!created) {
                *error = created.error();
                return saved;
            }
            saved.append(created->number);
        }
        return saved;
    }
    static void checkIntact(test::StoreFixture &store, const QStringList &numbers);
    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }
};

void TestDiskFull::checkIntact(test::StoreFixture &store, const QStringList &numbers)
{
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM tickets")), numbers.size());
    // Every ticket whole: its created event and its outbox rows.
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                        "'created'")),
             numbers.size());
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket'")),
             numbers.size());
    TicketRepository tickets(*store.db, store.clock);
    for (const QString &number : numbers)
        QVERIFY(tickets.byNumber(number)->has_value());
}

void TestDiskFull::pageLimit()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    TicketRepository tickets(*store.db, store.clock);
    QStringList saved;
    for (int i = 0; i < 5; ++i)
        saved.append(tickets.create(draft(i), {})->number);
    // The file may not grow beyond what it has now plus a few pages.
    const qint64 pages = store.count(QStringLiteral("PRAGMA page_count"));
    QVERIFY(store.db->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 4)));
    Error error;
    saved += fillUntilFailure(tickets, &error, 5);
    QCOMPARE(error.code, QStringLiteral("DB_FULL"));
    QVERIFY2(error.message.contains(QStringLiteral("full")), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("Nothing of this change was saved")));
    checkIntact(store, saved);

    // Space is back: writing works again, on the same connection.
    QVERIFY(store.db->exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
    auto after = tickets.create(draft(99999), {});
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    saved.append(after->number);
    checkIntact(store, saved);
}

void TestDiskFull::tinyFilesystem()
{
    if (::geteuid() != 0)
        QSKIP("mounting a tiny filesystem needs root");
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=1m"), QStringLiteral("rc-diskfull"), mountPoint}))
        QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN)");
    auto unmount = qScopeGuard([&] { run(QStringLiteral("umount"), {mountPoint}); });
    {
        test::StoreFixture store;
        auto opened = Database::open(QDir(mountPoint).filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened.ok());
        store.db = std::move(opened).value();
        TicketRepository tickets(*store.db, store.clock);
        Error error;
        QStringList saved = fillUntilFailure(tickets, &error);
        QVERIFY(!saved.isEmpty());
        QVERIFY2(error.code == QLatin1String("DB_FULL") || error.code == QLatin1String("DB_IO"),
                 qPrintable(error.code + QLatin1Char(' ') + error.message));
        QVERIFY(!error.message.isEmpty());
        // A second try while still full fails the same way and breaks nothing.
        QVERIFY(!tickets.create(draft(77777), {}).ok());
        checkIntact(store, saved);

        // Space is back.
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,size=16m"), mountPoint}));
        auto after = tickets.create(draft(88888), {});
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
        saved.append(after->number);
        checkIntact(store, saved);
        store.db.reset();
        // And the store opens again from the file, whole.
        auto reopened = Database::open(QDir(mountPoint).filePath(QStringLiteral("store.sqlite")));
        QVERIFY(reopened.ok());
        store.db = std::move(reopened).value();
        checkIntact(store, saved);
    }
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
