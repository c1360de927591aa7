// The daily backup while the app stays open: made on its own thread and connection while
// the store is written, once per day, verified, pruned to backup.keep_days; a failure is
// reported and tried again.
#include "storefixture.h"

#include "store/backup.h"
#include "store/dailybackup.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSignalSpy>

using namespace rc;

namespace {

// A clock the test moves while the backup thread reads it.
class SharedClock final : public Clock
{
public:
    explicit SharedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advanceDays(int days)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addDays(days);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace

class TestDailyBackup : public QObject
{
    Q_OBJECT

private slots:
    void oncePerDayWhileOpen();
    void failureIsReportedAndRetried();

private:
    static QStringList dailyDates(const QString &storePath)
    {
        QStringList dates;
        const qsizetype stamp = QFileInfo(storePath).completeBaseName().size() + 1;
        for (const QString &file : Backup::list(storePath))
            dates.append(QFileInfo(file).fileName().mid(stamp, 8));
        return dates;
    }
};

void TestDailyBackup::oncePerDayWhileOpen()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    const QString path = store.db->path();
    QVERIFY(SettingsRepository(*store.db, store.clock)
                .setValues({{QStringLiteral("backup.keep_days"), QStringLiteral("2")}})
                .ok());
    TicketRepository tickets(*store.db, store.clock);
    auto addTicket = [&](int i) {
        NewTicket draft;
        draft.customer.name = QStringLiteral("王伟 %1").arg(i);
        draft.device.imei1 = QStringLiteral("490154203237518");
        draft.faultDescription = QStringLiteral("no power");
        return tickets.create(draft, {}).ok();
    };
    QVERIFY(addTicket(0));

    SharedClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::LocalTime).toUTC());
    DailyBackup daily(path, clock);
    daily.setCheckInterval(20);
    QSignalSpy made(&daily, &DailyBackup::backupMade);
    QSignalSpy failed(&daily, &DailyBackup::failed);
    daily.start();

    // Today's backup, made while the counter goes on writing.
    for (int i = 1; i <= 20; ++i)
        QVERIFY(addTicket(i));
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 20000);
    QCOMPARE(dailyDates(path), QStringList {QStringLiteral("20261123")});
    // Checked again and again the same day: still one.
    QTest::qWait(200);
    QCOMPARE(made.size(), 1);

    // The next days while the app stays open: one a day, the oldest pruned (keep 2 days).
    for (const char *day : {"20261124", "20261125", "20261126"}) {
        clock.advanceDays(1);
        QTRY_COMPARE_WITH_TIMEOUT(dailyDates(path).value(0), QString::fromLatin1(day), 20000);
        QVERIFY(addTicket(100));
    }
    QTRY_COMPARE(dailyDates(path),
                 (QStringList {QStringLiteral("20261126"), QStringLiteral("20261125"),
                               QStringLiteral("20261124")}));
    QTRY_COMPARE(made.size(), 4); // the signal follows the file
    QCOMPARE(failed.size(), 0);
    // Each is a good copy, with the tickets written up to it.
    for (const QString &file : Backup::list(path))
        QVERIFY2(Backup::verify(file).ok(), qPrintable(file));
    daily.stop();
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
    copy.setDatabaseName(Backup::latest(path));
    QVERIFY(copy.open());
    {
        QSqlQuery q(copy);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next());
        QVERIFY(q.value(0).toInt() >= 22);
    }
    copy.close();
    copy = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
}

void TestDailyBackup::failureIsReportedAndRetried()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    const QString path = store.db->path();
    // A file where the backup folder should be: no backup can be made.
    const QString folder = Backup::folderFor(path);
    QDir(folder).removeRecursively();
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    SharedClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::LocalTime).toUTC());
    DailyBackup daily(path, clock);
    daily.setCheckInterval(20);
    QSignalSpy made(&daily, &DailyBackup::backupMade);
    QSignalSpy failed(&daily, &DailyBackup::failed);
    daily.start();
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 20000); // reported, and tried again
    QCOMPARE(made.size(), 0);

    // Once the folder can be made, the next check makes today's backup.
    QVERIFY(QFile::remove(folder));
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 20000);
    QVERIFY(Backup::verify(made.first().first().toString()).ok());
}

QTEST_GUILESS_MAIN(TestDailyBackup)
#include "tst_dailybackup.moc"
