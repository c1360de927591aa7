#include "storefixture.h"

#include "store/actor.h"
#include "store/backup.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/tokenstore.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace rc;

// The HQ token is kept out of the store, its WAL, its backups and its outbox (issue 21): in
// an owner-only file here (RC_TOKEN_STORE=file, as every test runs), the keychain elsewhere.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fileIsOwnerOnly();
    void everyWayOfSettingKeepsItOutOfTheStore();
    void oldStoreMovesItsTokenOutOnOpen();

private:
    // Every file of the store's folder (store, -wal, backups …) that holds needle.
    QStringList filesContaining(const QByteArray &needle) const;
    std::unique_ptr<test::StoreFixture> m_store;
};

void TestTokenStore::init()
{
    QCOMPARE(qEnvironmentVariable("RC_TOKEN_STORE"), QStringLiteral("file"));
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
}

QStringList TestTokenStore::filesContaining(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_store->dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

void TestTokenStore::fileIsOwnerOnly()
{
    const TokenStore store(m_store->db->path());
    QCOMPARE(store.backend(), TokenStore::Backend::File);
    QVERIFY(store.filePath().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    QVERIFY(store.write(QStringLiteral("tok-owner-only")).ok());
    QCOMPARE(*store.read(), QStringLiteral("tok-owner-only"));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(store.filePath()).absolutePath()).constData(), &st),
             0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    // Another store has its own token.
    QCOMPARE(*TokenStore(m_store->dir.filePath(QStringLiteral("other.sqlite"))).read(), QString());
    QVERIFY(store.remove().ok());
    QVERIFY(!QFileInfo::exists(store.filePath()));
    QCOMPARE(*store.read(), QString());
}

void TestTokenStore::everyWayOfSettingKeepsItOutOfTheStore()
{
    SettingsRepository settings(*m_store->db, m_store->clock);
    // The CLI's `settings set`, the settings screen (audited), the sync settings.
    const QByteArray first = "tok-plain-8d1f03";
    QVERIFY(settings.setValue(QStringLiteral("sync.token"), QString::fromLatin1(first)).ok());
    QCOMPARE(*settings.value(QStringLiteral("sync.token")), QString::fromLatin1(first));
    const QByteArray second = "tok-audited-51c2e7";
    QVERIFY(settings
                .setValues({{QStringLiteral("sync.token"), QString::fromLatin1(second)}},
                           Actor {QString(), QStringLiteral("manager")})
                .ok());
    QCOMPARE(*settings.value(QStringLiteral("sync.token")), QString::fromLatin1(second));
    sync::SyncStateStore syncStore(*m_store->db);
    const QByteArray third = "tok-sync-a9e4b6";
    sync::SyncSettings sync;
    sync.hqUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    sync.token = QString::fromLatin1(third);
    QVERIFY(syncStore.saveSettings(sync, m_store->clock.nowUtc()).ok());
    QCOMPARE(syncStore.settings()->token, QString::fromLatin1(third));
    QCOMPARE(*settings.value(QStringLiteral("sync.token")), QString::fromLatin1(third));
    QCOMPARE(
        m_store->count(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sync.token'")),
        0);
    auto backup = Backup::make(*m_store->db, m_store->clock, QStringLiteral("t"));
    QVERIFY(backup.ok());
    QVERIFY(m_store->db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok());
    for (const QByteArray &token : {first, second, third})
        QCOMPARE(filesContaining(token), QStringList());
    // Where it is instead.
    QFile kept(TokenStore(m_store->db->path()).filePath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), third);
}

void TestTokenStore::oldStoreMovesItsTokenOutOnOpen()
{
    // A store of schema version 7 (tests/fixtures/v7.sqlite, before "HQ token out of the
    // store") with a token in its settings table, as older versions kept it.
    const QString path = m_store->db->path();
    m_store->db.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QVERIFY(QFile::copy(QStringLiteral(RC_TEST_DATA_DIR "/fixtures/v7.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray token = "tok-old-store-3b77c0";
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-store"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery insert(raw);
        QVERIFY(insert.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY2(insert.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value, "
                                            "updated_at) VALUES ('sync.token', '%1', "
                                            "'2026-01-01T00:00:00Z')")
                                 .arg(QString::fromLatin1(token))),
                 qPrintable(insert.lastError().text()));
        insert.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-store"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(old.readAll().contains(token)); // the search below can find it
    old.close();
    QVERIFY(TokenStore(path).read()->isEmpty());

    QVERIFY(m_store->open());
    QCOMPARE(m_store->count(QStringLiteral("PRAGMA user_version")), latestSchemaVersion());
    QCOMPARE(*TokenStore(path).read(), QString::fromLatin1(token));
    QCOMPARE(sync::SyncStateStore(*m_store->db).settings()->token, QString::fromLatin1(token));
    QCOMPARE(
        m_store->count(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sync.token'")),
        0);
    // Neither the store, its WAL nor the backup made before the upgrade has the bytes.
    QVERIFY(!Backup::list(path).isEmpty());
    m_store->db.reset();
    QCOMPARE(filesContaining(token), QStringList());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
