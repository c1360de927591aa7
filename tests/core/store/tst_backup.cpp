#include "storefixture.h"

#include "store/backup.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
