#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRepairctl : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void unknownCommandIsUsageError();
    void dbInfoOnMissingStoreIsNegative();
    void dbInfoReportsSchema();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(REPAIRCTL_PATH), arguments);
        if (!process.waitForFinished(30000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
};

void TestRepairctl::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("repairctl " RC_VERSION));
}

void TestRepairctl::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Usage: repairctl"));
    QVERIFY(r.out.contains("db info"));
    const Run sub = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains("--db"));
}

void TestRepairctl::unknownCommandIsUsageError()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("repairctl: "));
    QCOMPARE(r.err.count('\n'), 1);
    const Run option
        = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--nope")});
    QCOMPARE(option.exitCode, 2);
}

void TestRepairctl::dbInfoOnMissingStoreIsNegative()
{
    QTemporaryDir dir;
    const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                       QStringLiteral("db"), QStringLiteral("info")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("does not exist"));
}

void TestRepairctl::dbInfoReportsSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QFile(path).open(QIODevice::WriteOnly); // an empty file is a new store
    const Run r = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(QStringLiteral("path")).toString(), path);
    QVERIFY(info.value(QStringLiteral("schema_version")).toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestRepairctl)
#include "tst_repairctl.moc"
