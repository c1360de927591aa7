// `repairctl warranty evaluate`, run as a real process on the public cases.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestWarrantyEvaluate : public QObject
{
    Q_OBJECT

private slots:
    void publicCasesAsJsonLines();
    void oneCaseFromStdin();
    void prettyPrintedFile();
    void inputErrorsNameTheField_data();
    void inputErrorsNameTheField();
    void badLineStopsEverything();
    void missingFileIsUsageError();
    void extraPolicyFolder();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        // A data folder of its own, so no user policy folder takes part.
        static QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REPAIRCTL_PATH),
                      QStringList {QStringLiteral("warranty"), QStringLiteral("evaluate")}
                          + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    static QString publicCases()
    {
        return QStringLiteral(RC_SOURCE_DIR "/tests/core/warranty/data/public.jsonl");
    }
};

void TestWarrantyEvaluate::publicCasesAsJsonLines()
{
    QFile file(publicCases());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> rows;
    QByteArray cases;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        rows.append(row);
        cases += QJsonDocument(row.value(QStringLiteral("case")).toObject())
                     .toJson(QJsonDocument::Compact)
                 + '\n';
    }
    const Run r = run({QStringLiteral("-")}, cases);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject expect = rows[i].value(QStringLiteral("expect")).toObject();
        const QJsonObject verdict = QJsonDocument::fromJson(lines[i]).object();
        for (const char *key : {"covered", "basis", "warranty_start", "warranty_end"})
            QCOMPARE(verdict.value(QLatin1String(key)), expect.value(QLatin1String(key)));
        QStringList got;
        for (const QJsonValue &v : verdict.value(QStringLiteral("remedies")).toArray())
            got.append(v.toString());
        QStringList want;
        for (const QJsonValue &v : expect.value(QStringLiteral("remedies")).toArray())
            want.append(v.toString());
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        const QJsonArray rules = verdict.value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &rule : expect.value(QStringLiteral("rules_include")).toArray())
            QVERIFY(rules.contains(rule));
        for (const QJsonValue &reason : verdict.value(QStringLiteral("reasons")).toArray()) {
            QVERIFY(!reason.toObject().value(QStringLiteral("zh")).toString().isEmpty());
            QVERIFY(!reason.toObject().value(QStringLiteral("en")).toString().isEmpty());
        }
    }
}

void TestWarrantyEvaluate::oneCaseFromStdin()
{
    const Run r
        = run({}, R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit",
        "fault": "performance", "evidence": {"sale_date": "2026-11-19", "imei_matches": true}})");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("covered")).toBool(), true);
    QVERIFY(v.value(QStringLiteral("rules")).toArray().contains(QStringLiteral("CN-04")));
}

void TestWarrantyEvaluate::prettyPrintedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"policy\": \"cn-sanbao\",\n  \"today\": \"2026-11-22\",\n"
               "  \"component\": \"battery\",\n  \"fault\": \"performance\",\n"
               "  \"evidence\": {\"sale_date\": \"2026-04-10\"}\n}\n");
    file.close();
    const Run r = run({path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("covered")).toBool(true), false);
    QCOMPARE(v.value(QStringLiteral("warranty_end")).toString(), QStringLiteral("2026-10-10"));
}

void TestWarrantyEvaluate::inputErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("field");
    const QByteArray base
        = R"("today": "2026-11-22", "component": "main_unit", "fault": "performance")";
    QTest::newRow("unknown policy")
        << QByteArray(R"({"policy": "xx", )" + base + "}") << QByteArray("policy");
    QTest::newRow("unknown brand policy")
        << QByteArray(R"({"policy": "cn-sanbao", "brand_policy": "yy", )" + base + "}")
        << QByteArray("brand_policy");
    QTest::newRow("malformed date") << QByteArray(
        R"({"policy": "cn-sanbao", "today": "22.11.2026", "component": "main_unit", "fault": "performance"})")
                                    << QByteArray("today");
    QTest::newRow("today before sale") << QByteArray(
        R"({"policy": "cn-sanbao", )" + base + R"(, "evidence": {"sale_date": "2026-12-01"}})")
                                       << QByteArray("today");
    QTest::newRow("unknown component") << QByteArray(
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "lens", "fault": "performance"})")
                                       << QByteArray("component");
    QTest::newRow("unknown fault") << QByteArray(
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "screen", "fault": "meh"})")
                                   << QByteArray("fault");
    QTest::newRow("unknown damage")
        << QByteArray(R"({"policy": "cn-sanbao", )" + base + R"(, "damage": ["scratch"]})")
        << QByteArray("damage[0]");
    QTest::newRow("not JSON") << QByteArray("{policy") << QByteArray("case");
}

void TestWarrantyEvaluate::inputErrorsNameTheField()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, field);
    const Run r = run({QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(field + ": "), r.err.constData());
}

void TestWarrantyEvaluate::badLineStopsEverything()
{
    const QByteArray good
        = R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "performance"})";
    const QByteArray bad
        = R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "cosmic"})";
    const Run r = run({}, good + "\n" + bad + "\n" + good + "\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("line 2: fault: "), r.err.constData());
}

void TestWarrantyEvaluate::missingFileIsUsageError()
{
    const Run r = run({QStringLiteral("/nonexistent/case.json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestWarrantyEvaluate::extraPolicyFolder()
{
    QTemporaryDir dir;
    QFile source(QStringLiteral(RC_SOURCE_DIR "/resources/policies/cn-brand-example.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(source.readAll()).object();
    policy.insert(QStringLiteral("id"), QStringLiteral("acme"));
    QFile target(dir.filePath(QStringLiteral("acme.json")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(QJsonDocument(policy).toJson());
    target.close();
    const QByteArray input
        = R"({"policy": "cn-sanbao", "brand_policy": "acme", "today": "2026-11-22",
        "component": "data_cable", "fault": "performance", "evidence": {"sale_date": "2026-01-19"}})";
    const Run r = run({QStringLiteral("--policies"), dir.path(), QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("basis")).toString(),
             QStringLiteral("brand"));
    const Run without = run({QStringLiteral("-")}, input);
    QCOMPARE(without.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestWarrantyEvaluate)
#include "tst_warrantyevaluate.moc"
