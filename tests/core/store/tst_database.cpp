#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/sqlitestatement.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

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
    void fastTimestampMatchesQDateTime_data();
    void fastTimestampMatchesQDateTime();
    void sqliteStatementErrorsCarryTheCode();
    void newIdsAreTimeOrderedUuids();

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

void TestDatabase::fastTimestampMatchesQDateTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("before the epoch") << qint64(-1);
    QTest::newRow("leap day 2000") << qint64(951782400123);
    QTest::newRow("last ms of 2099") << qint64(4102444799999);
    QTest::newRow("2100 is no leap year") << qint64(4107542400000);
    QTest::newRow("today") << QDateTime::currentMSecsSinceEpoch();
    // A day's worth of odd instants a year apart.
    for (int i = 0; i < 40; ++i)
        QTest::addRow("year %d", 1990 + i)
            << qint64(631152000000) + qint64(i) * 31556952000 + qint64(i) * 3723456;
}

void TestDatabase::fastTimestampMatchesQDateTime()
{
    // The bulk writers' formatter gives the text sql::timestamp stores, to the millisecond.
    QFETCH(qint64, ms);
    char text[24];
    sql::formatTimestamp(ms, text);
    QCOMPARE(QString::fromLatin1(text, 24),
             sql::timestamp(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())));
    char date[10];
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
    sql::formatDate(day, date);
    QCOMPARE(QString::fromLatin1(date, 10), day.toString(Qt::ISODate));
}

void TestDatabase::sqliteStatementErrorsCarryTheCode()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(db.ok());
    SqliteStatement bad(**db, "SELECT * FROM no_such_table", QStringLiteral("bad"));
    QVERIFY(!bad.prepared().ok());
    QVERIFY(bad.prepared().error().message.contains(QStringLiteral("no_such_table")));
    SqliteStatement insert(**db,
                           "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)",
                           QStringLiteral("setting"));
    QVERIFY(insert.prepared().ok());
    insert.bind(1, QByteArrayView("k"));
    insert.bind(2, QByteArrayView("v"));
    insert.bind(3, QByteArrayView("now"));
    QVERIFY(insert.run().ok());
    insert.bind(1, QByteArrayView("k"));
    insert.bind(2, QByteArrayView("v"));
    insert.bind(3, QByteArrayView("now"));
    const Status duplicate = insert.run();
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("DB_CONSTRAINT"));
    QVERIFY(duplicate.error().message.startsWith(QStringLiteral("setting")));
}

void TestDatabase::newIdsAreTimeOrderedUuids()
{
    // Version 7 (RFC 9562): a later id sorts after an earlier one, as text, so rows written
    // one after another land at the end of each index on their id.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString first = sql::newId();
    QTest::qSleep(3);
    const QString second = sql::newId();
    QSet<QString> seen;
    for (const QString &id : {first, second}) {
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY2(!uuid.isNull(), qPrintable(id));
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        // Qt 6.4's QUuid::version() knows versions 1 to 5 only: the digits are read.
        QCOMPARE(id.at(14), QLatin1Char('7'));
        QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id));
        QCOMPARE(uuid.variant(), QUuid::DCE);
        const qint64 ms = QStringView(id).left(8).toLongLong(nullptr, 16) << 16
                          | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY2(ms >= before && ms <= QDateTime::currentMSecsSinceEpoch(), qPrintable(id));
    }
    QVERIFY2(first < second, qPrintable(first + QLatin1Char(' ') + second));
    // The rest is random: a thousand ids in the same few milliseconds are all different.
    for (int i = 0; i < 1000; ++i)
        seen.insert(sql::newId());
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
