// repair-hq's settings (hq/config.h): numbers read whole and within range, the sources in
// their order, the config file's syntax, and the warning for a readable password.
#include "config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::hq;

class TestHqConfig : public QObject
{
    Q_OBJECT

private slots:
    void integers_data();
    void integers();
    void settings_data();
    void settings();
    void file();
    void readablePassword();
};

void TestHqConfig::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("size");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("plain") << QStringLiteral("512") << false << qint64(512);
    QTest::newRow("blanks") << QStringLiteral(" 512 ") << false << qint64(512);
    QTest::newRow("letters") << QStringLiteral("abc") << false << qint64(-1);
    QTest::newRow("trailing junk") << QStringLiteral("12x") << false << qint64(-1);
    QTest::newRow("empty") << QString() << false << qint64(-1);
    QTest::newRow("plus") << QStringLiteral("+5") << false << qint64(-1);
    QTest::newRow("below") << QStringLiteral("0") << false << qint64(-1);
    QTest::newRow("above") << QStringLiteral("3000000") << false << qint64(-1);
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << false << qint64(-1);
    QTest::newRow("K") << QStringLiteral("64K") << true << qint64(65536);
    QTest::newRow("M") << QStringLiteral("2m") << true << qint64(2097152);
    QTest::newRow("suffix not for counts") << QStringLiteral("2M") << false << qint64(-1);
    QTest::newRow("size above") << QStringLiteral("3G") << true << qint64(-1);
}

void TestHqConfig::integers()
{
    QFETCH(QString, text);
    QFETCH(bool, size);
    QFETCH(qint64, expected);
    const auto parsed = parseInteger(text, 1, size ? qint64(1) << 30 : 1000000, size);
    QCOMPARE(parsed ? *parsed : -1, expected);
    if (!parsed)
        QVERIFY(!parsed.error().message.isEmpty());
}

void TestHqConfig::settings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("workers") << QStringLiteral("workers") << QStringLiteral("4") << true;
    QTest::newRow("underscores") << QStringLiteral("queue_limit") << QStringLiteral("64") << true;
    QTest::newRow("max-body abc") << QStringLiteral("max-body") << QStringLiteral("abc") << false;
    QTest::newRow("max-body over the protocol")
        << QStringLiteral("max-body") << QStringLiteral("8M") << false;
    QTest::newRow("timeout") << QStringLiteral("idle-timeout") << QStringLiteral("2.5") << true;
    QTest::newRow("timeout nan") << QStringLiteral("idle-timeout") << QStringLiteral("nan")
                                 << false;
    QTest::newRow("boolean") << QStringLiteral("allow-remote") << QStringLiteral("yes") << true;
    QTest::newRow("boolean junk") << QStringLiteral("allow-remote") << QStringLiteral("maybe")
                                  << false;
    QTest::newRow("unknown") << QStringLiteral("colour") << QStringLiteral("blue") << false;
    QTest::newRow("empty log") << QStringLiteral("access-log") << QString() << false;
}

void TestHqConfig::settings()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    Config config;
    const rc::Status status = config.set(name, value, QStringLiteral("test"));
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QVERIFY(status.error().message.contains(QStringLiteral("test")));
        QVERIFY(status.error().message.contains(QString(name).replace(u'_', u'-')));
    }
}

void TestHqConfig::file()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hq.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# head office\n\ndb = sqlite:/srv/hq.sqlite\nworkers=6\n  listen = "
                   "127.0.0.1:8420  \n");
    }
    Config config;
    QStringList warnings;
    QVERIFY(config.loadFile(path, &warnings));
    QCOMPARE(config.db, QStringLiteral("sqlite:/srv/hq.sqlite"));
    QCOMPARE(config.workers, 6);
    QCOMPARE(config.listen, QStringLiteral("127.0.0.1:8420"));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(config.origin.value(QStringLiteral("workers")), path + QStringLiteral(":4"));
    // A later source wins.
    QVERIFY(config.set(QStringLiteral("workers"), QStringLiteral("2"), QStringLiteral("cli")));
    QCOMPARE(config.workers, 2);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("workers = 6\nthis line has no equals sign\n");
    }
    const rc::Status bad = config.loadFile(path, &warnings);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral(":2")));
    QVERIFY(!config.loadFile(dir.filePath(QStringLiteral("missing")), &warnings));
}

void TestHqConfig::readablePassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hq.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("db = postgres://hq:secret@db:5432/hq\n");
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    Config config;
    QStringList warnings;
    QVERIFY(config.loadFile(path, &warnings));
    QVERIFY(warnings.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QVERIFY(config.loadFile(path, &warnings));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("chmod 600")));
}

QTEST_GUILESS_MAIN(TestHqConfig)
#include "tst_hqconfig.moc"
