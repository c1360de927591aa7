// `repairctl report kpis`, `price import`, `price export`, run as real processes.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestManagerCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reportOnEmptyStore();
    void reportUsageErrors();
    void priceImportExport();
    void malformedImportIsUsageErrorAndImportsNothing();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run run(QStringList arguments)
    {
        arguments.prepend(m_path);
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("boss"));
        env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("432100"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REPAIRCTL_PATH), arguments);
        process.write(m_input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(data);
        return file.fileName();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_input;
};

void TestManagerCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    QFile(m_path).open(QIODevice::WriteOnly); // an empty file is a new store
    // Its manager: price imports are a manager's operation.
    m_input = "432100\n";
    const Run setup
        = run({QStringLiteral("setup"), QStringLiteral("--center"), QStringLiteral("DEMO"),
               QStringLiteral("--center-name"), QStringLiteral("Demo"), QStringLiteral("--station"),
               QStringLiteral("01"), QStringLiteral("--manager"), QStringLiteral("boss"),
               QStringLiteral("--manager-name"), QStringLiteral("Boss")});
    m_input.clear();
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
}

void TestManagerCommands::reportOnEmptyStore()
{
    const Run r
        = run({QStringLiteral("report"), QStringLiteral("kpis"), QStringLiteral("--from"),
               QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-07")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    QCOMPARE(o.value(QStringLiteral("received")).toInt(-1), 0);
    QCOMPARE(o.value(QStringLiteral("repair_warranty_days")).toInt(), 90);
    QCOMPARE(r.out.count('\n'), 1);

    const Run csv = run({QStringLiteral("report"), QStringLiteral("kpis"), QStringLiteral("--from"),
                         QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                         QStringLiteral("2026-11-01"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("metric,value\r\n"));
}

void TestManagerCommands::reportUsageErrors()
{
    const Run missing = run({QStringLiteral("report"), QStringLiteral("kpis")});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err.count('\n'), 1);
    const Run reversed
        = run({QStringLiteral("report"), QStringLiteral("kpis"), QStringLiteral("--from"),
               QStringLiteral("2026-11-07"), QStringLiteral("--to"), QStringLiteral("2026-11-01")});
    QCOMPARE(reversed.exitCode, 2);
}

void TestManagerCommands::priceImportExport()
{
    const QString file
        = writeFile(QStringLiteral("prices.csv"),
                    "\xEF\xBB\xBF"
                    "code,kind,name_zh,name_en,unit_price\r\nBAT-1,part,电池,\"Battery, 4000 mAh\","
                    "199\r\nLAB-1,labour,工时,Labour,50\r\n");
    const Run imported = run({QStringLiteral("price"), QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("added")).toInt(),
             2);
    const Run exported = run({QStringLiteral("price"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out,
             QByteArray("code,kind,name_zh,name_en,unit_price,currency,stock,active\r\n"
                        "BAT-1,part,电池,\"Battery, 4000 mAh\",199.00,CNY,0,1\r\n"
                        "LAB-1,labour,工时,Labour,50.00,CNY,0,1\r\n"));
}

void TestManagerCommands::malformedImportIsUsageErrorAndImportsNothing()
{
    const QString file = writeFile(QStringLiteral("bad.csv"),
                                   "code,kind,name_zh,unit_price\nA,part,甲,1\nB,part,乙,abc\n");
    const Run r = run({QStringLiteral("price"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Line 3"));
    QCOMPARE(r.err.count('\n'), 1);
    const Run exported = run({QStringLiteral("price"), QStringLiteral("export")});
    QCOMPARE(exported.out.count('\n'), 1); // the header only
}

QTEST_GUILESS_MAIN(TestManagerCommands)
#include "tst_managercommands.moc"
