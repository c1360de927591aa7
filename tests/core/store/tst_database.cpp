#include "store/database.h"
#include "store/migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFileOwnerOnlyWithPragmas();
    void migratesToLatest();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void missingFileWithoutCreateIsAnError();
    void writeRollsBackOnFailure();

private:
    static QString pragma(Database &db, const QString &name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
            return {};
        return query.value(0).toString();
    }
    static QByteArray message(const Result<std::unique_ptr<Database>> &result)
    {
        return result.ok() ? QByteArray() : result.error().message.toUtf8();
    }
};

void TestDatabase::createsFileOwnerOnlyWithPragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/store.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), message(db).constData());
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(**db, QStringLiteral("synchronous")), QStringLiteral("2"));
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QVERIFY(pragma(**db, QStringLiteral("busy_timeout")).toInt() > 0);
}

void TestDatabase::migratesToLatest()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db.ok(), message(db).constData());
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 1);
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(
            (*db)->exec(QStringLiteral("PRAGMA user_version=%1").arg(latestSchemaVersion() + 1)));
    }
    auto again = Database::open(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("DB_TOO_NEW"));
    QVERIFY(again.error().message.contains(QString::number(latestSchemaVersion() + 1)));
}

void TestDatabase::refusesGarbageFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("DB_CORRUPT"));
    // Never silently replaced.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
}

void TestDatabase::missingFileWithoutCreateIsAnError()
{
    QTemporaryDir dir;
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(dir.filePath(QStringLiteral("absent.sqlite")), options);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("DB_MISSING"));
}

void TestDatabase::writeRollsBackOnFailure()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(db.ok());
    Database &store = **db;
    const Status failed = store.write([&]() -> Status {
        if (Status s = store.exec(QStringLiteral("INSERT INTO settings VALUES('a','1','now')")); !s)
            return s;
        return store.exec(QStringLiteral("INSERT INTO no_such_table VALUES(1)"));
    });
    QVERIFY(!failed.ok());
    QSqlQuery query(store.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
