#include "storefixture.h"

#include "store/backup.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace rc;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupIsVerifiedAndSelfContained();
    void dailyOncePerDayAndPruned();
    void restoreRefusesWithoutForceAndKeepsReplaced();
    void restoreRefusesDamagedBackup();
    void corruptStoreNamesLatestBackup();
    void newerStoreNamesLatestBackup();
    void privateWhileBeingWritten();
    void restoreRefusedWhileAnotherProgramHasTheStore();

private:
    void addTicket();
    std::unique_ptr<test::StoreFixture> m_store;
};

void TestBackup::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
}

void TestBackup::addTicket()
{
    NewTicket draft;
    draft.customer.name = QStringLiteral("李娜");
    draft.customer.phone = QStringLiteral("13800000000");
    draft.device.imei1 = QStringLiteral("490154203237518");
    draft.faultDescription = QStringLiteral("no power");
    QVERIFY(TicketRepository(*m_store->db, m_store->clock)
                .create(draft, {QString(), QStringLiteral("t")})
                .ok());
}

void TestBackup::backupIsVerifiedAndSelfContained()
{
    addTicket();
    const QString target = m_store->dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(Backup::writeTo(*m_store->db, target).ok());
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    QCOMPARE(QFile::permissions(target) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(Backup::verify(target).ok());
    // Never over an existing file.
    QCOMPARE(Backup::writeTo(*m_store->db, target).error().code, QStringLiteral("EXISTS"));
    auto copy = Database::open(target);
    QVERIFY(copy.ok());
    QSqlQuery q((*copy)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestBackup::dailyOncePerDayAndPruned()
{
    auto first = Backup::ensureDaily(*m_store->db, m_store->clock);
    QVERIFY(first.ok());
    QVERIFY(!first->isEmpty());
    QVERIFY(first->contains(QStringLiteral("store-20261123-")));
    auto again = Backup::ensureDaily(*m_store->db, m_store->clock);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty()); // one a day
    QVERIFY(SettingsRepository(*m_store->db, m_store->clock)
                .setValue(QStringLiteral("backup.keep_days"), QStringLiteral("3")));
    for (int day = 1; day <= 5; ++day) {
        m_store->clock.advanceSeconds(86400);
        QVERIFY(!Backup::ensureDaily(*m_store->db, m_store->clock)->isEmpty());
    }
    // Today (Nov 28) and the three days before survive.
    const QStringList kept = Backup::list(m_store->db->path());
    QCOMPARE(kept.size(), 4);
    QVERIFY(kept.first().contains(QStringLiteral("20261128")));
    QVERIFY(kept.last().contains(QStringLiteral("20261125")));
    QCOMPARE(Backup::latest(m_store->db->path()), kept.first());
}

void TestBackup::restoreRefusesWithoutForceAndKeepsReplaced()
{
    addTicket();
    const QString backup = m_store->dir.filePath(QStringLiteral("b.sqlite"));
    QVERIFY(Backup::writeTo(*m_store->db, backup).ok());
    addTicket(); // the store now has 2, the backup 1
    const QString path = m_store->db->path();
    m_store->db.reset();
    QCOMPARE(Backup::restore(backup, path, false, m_store->clock).error().code,
             QStringLiteral("EXISTS"));
    QVERIFY(Backup::restore(backup, path, true, m_store->clock).ok());
    QVERIFY(m_store->open());
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM tickets")), 1);
    // The replaced store was moved aside, not deleted.
    const QStringList backups = Backup::list(path);
    QVERIFY(!backups.isEmpty());
    QVERIFY(backups.first().contains(QStringLiteral("-replaced")));
    auto replaced = Database::open(backups.first());
    QVERIFY(replaced.ok());
    QSqlQuery q((*replaced)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tickets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestBackup::restoreRefusesDamagedBackup()
{
    addTicket();
    const QString backup = m_store->dir.filePath(QStringLiteral("b.sqlite"));
    QVERIFY(Backup::writeTo(*m_store->db, backup).ok());
    {
        // Overwrite a page in the middle with garbage.
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        file.seek(2 * 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    const QString path = m_store->db->path();
    m_store->db.reset();
    auto restored = Backup::restore(backup, path, true, m_store->clock);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, QStringLiteral("DB_CORRUPT"));
    QVERIFY(m_store->open()); // the store is untouched
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM tickets")), 1);
}

void TestBackup::corruptStoreNamesLatestBackup()
{
    auto daily = Backup::ensureDaily(*m_store->db, m_store->clock);
    QVERIFY(daily.ok());
    const QString path = m_store->db->path();
    m_store->db.reset();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\x00')); // the header is gone
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("DB_CORRUPT"));
    QVERIFY2(opened.error().message.contains(*daily), qPrintable(opened.error().message));
    // Never silently replaced.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestBackup::newerStoreNamesLatestBackup()
{
    auto daily = Backup::ensureDaily(*m_store->db, m_store->clock);
    QVERIFY(daily.ok());
    QVERIFY(
        m_store->db->exec(QStringLiteral("PRAGMA user_version=%1").arg(latestSchemaVersion() + 1)));
    const QString path = m_store->db->path();
    m_store->db.reset();
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("DB_TOO_NEW"));
    QVERIFY(opened.error().message.contains(*daily));
}

// A backup is never readable by others, not even while VACUUM INTO is still writing it: a
// second thread polls the growing .part file's mode during a copy of a store of ~48 MB.
void TestBackup::privateWhileBeingWritten()
{
    const mode_t oldMask = ::umask(022); // the usual umask: files 0644 unless asked otherwise
    QSqlQuery q(m_store->db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE pad (b BLOB)")));
    QVERIFY(
        q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 48) INSERT INTO pad SELECT randomblob(1048576) FROM n")));
    const QString folder = m_store->dir.filePath(QStringLiteral("private/backups"));
    const QString target = folder + QStringLiteral("/copy.sqlite");
    const QByteArray part = QFile::encodeName(target + QStringLiteral(".part"));
    std::atomic<bool> done {false};
    std::atomic<int> seen {0};
    std::atomic<int> leaked {0};
    std::thread poller([&] {
        struct stat st
        {
        };
        while (!done.load()) {
            if (::stat(part.constData(), &st) == 0) {
                ++seen;
                if ((st.st_mode & 0077) != 0)
                    ++leaked;
            }
        }
    });
    const Status status = Backup::writeTo(*m_store->db, target);
    done = true;
    poller.join();
    ::umask(oldMask);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY2(seen.load() > 0, "the poller never saw the copy being written");
    QCOMPARE(leaked.load(), 0);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    // The automatic backups' folder too, and a restored store.
    auto made = Backup::make(*m_store->db, m_store->clock, QStringLiteral("t"));
    QVERIFY(made.ok());
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(*made).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    QCOMPARE(::stat(QFile::encodeName(*made).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
}

// db restore holds the store exclusively first: while another program has it open (here the
// sqlite3 shell, idle after one query) it refuses and changes nothing; afterwards it restores
// and records store.restored in the restored store.
void TestBackup::restoreRefusedWhileAnotherProgramHasTheStore()
{
    addTicket();
    const QString backup = m_store->dir.filePath(QStringLiteral("b.sqlite"));
    QVERIFY(Backup::writeTo(*m_store->db, backup).ok());
    addTicket(); // the store has 2 tickets, the backup 1
    const QString path = m_store->db->path();
    m_store->db.reset();

    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(shell.waitForStarted());
    shell.write("SELECT count(*) FROM tickets;\n");
    QVERIFY(shell.waitForReadyRead(10000));
    QCOMPARE(shell.readAllStandardOutput().trimmed(), QByteArray("2"));

    const Status busy = Backup::restore(backup, path, true, m_store->clock,
                                        Actor {QString(), QStringLiteral("tester")});
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code, QStringLiteral("STORE_BUSY"));
    QVERIFY(busy.error().message.contains(QStringLiteral("another program")));
    QVERIFY(Backup::list(path).isEmpty()); // nothing moved aside
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restore-tmp")));

    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(10000));
    QVERIFY(Backup::restore(backup, path, true, m_store->clock,
                            Actor {QString(), QStringLiteral("tester")})
                .ok());
    QVERIFY(m_store->open());
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM tickets")), 1);
    QCOMPARE(m_store->count(QStringLiteral(
                 "SELECT count(*) FROM audit_entries WHERE kind = 'store.restore' AND entity = "
                 "'store' AND entity_id LIKE '%/store.sqlite' AND actor = 'tester' AND "
                 "json_extract(data, '$.backup') LIKE '%/b.sqlite'")),
             1);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
