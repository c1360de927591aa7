// repair-hq's settings (hq/config.h): numbers read whole and within range, the sources in
// their order, the config file's syntax, the warning for a readable password or upstream
// token, and which upstream addresses a hub may use.
#include "config.h"
#include "service/upstream.h"

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
    void readableUpstreamToken();
    void upstreamUrls_data();
    void upstreamUrls();
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
    QTest::newRow("upstream interval")
        << QStringLiteral("upstream-interval") << QStringLiteral("0.5") << true;
    QTest::newRow("upstream interval zero")
        << QStringLiteral("upstream-interval") << QStringLiteral("0") << false;
    QTest::newRow("upstream retry junk")
        << QStringLiteral("upstream-retry-max") << QStringLiteral("10s") << false;
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

void TestHqConfig::readableUpstreamToken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("upstream = https://hq.example.com\nupstream-token = rc_secret\n");
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    Config config;
    QStringList warnings;
    QVERIFY(config.loadFile(path, &warnings));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(config.upstream, QStringLiteral("https://hq.example.com"));
    QCOMPARE(config.upstreamToken, QStringLiteral("rc_secret"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(config.loadFile(path, &warnings));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("upstream token")));
}

void TestHqConfig::upstreamUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << QStringLiteral("https://hq.example.com") << true;
    QTest::newRow("https with a path") << QStringLiteral("https://example.com/hq/") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8420") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8420") << true;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.20:8420") << true;
    QTest::newRow("http private v6") << QStringLiteral("http://[fd00::5]:8420") << true;
    QTest::newRow("http public") << QStringLiteral("http://203.0.113.5:8420") << false;
    QTest::newRow("http by name") << QStringLiteral("http://hq.lan:8420") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://10.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("a query") << QStringLiteral("https://hq.example.com/?a=1") << false;
    QTest::newRow("credentials") << QStringLiteral("https://u:p@hq.example.com") << false;
}

void TestHqConfig::upstreamUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(Upstream::urlProblem(QUrl(url)).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestHqConfig)
#include "tst_hqconfig.moc"
