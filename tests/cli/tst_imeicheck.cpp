// `repairctl imei check`, run as a real process.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestImeiCheck : public QObject
{
    Q_OBJECT

private slots:
    void validInputs();
    void invalidInputGivesExitOne();
    void fieldsOfEveryKind();
    void fromStdin();
    void noInputIsUsageError();

private:
    struct Run
    {
        int exitCode;
        QList<QJsonObject> lines;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(REPAIRCTL_PATH),
                      QStringList {QStringLiteral("imei"), QStringLiteral("check")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {-1, {}, "timeout"};
        Run r {process.exitCode(), {}, process.readAllStandardError()};
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                r.lines.append(QJsonDocument::fromJson(line).object());
        }
        return r;
    }
};

void TestImeiCheck::validInputs()
{
    const Run r
        = run({QStringLiteral("490154203237518"), QStringLiteral("IMEI: 35-209900-176148-1"),
               QStringLiteral("3520990017614823")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines[0].value(QStringLiteral("brand")).toString(), QStringLiteral("Nokia"));
    QCOMPARE(r.lines[1].value(QStringLiteral("imei")).toString(),
             QStringLiteral("352099001761481"));
    QCOMPARE(r.lines[1].value(QStringLiteral("input")).toString(),
             QStringLiteral("IMEI: 35-209900-176148-1"));
    QCOMPARE(r.lines[2].value(QStringLiteral("kind")).toString(), QStringLiteral("imeisv"));
    QCOMPARE(r.lines[2].value(QStringLiteral("svn")).toString(), QStringLiteral("23"));
}

void TestImeiCheck::invalidInputGivesExitOne()
{
    const Run r = run({QStringLiteral("490154203237518"), QStringLiteral("490154203237519")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines[1].value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(r.lines[1].value(QStringLiteral("error")).toString(),
             QStringLiteral("IMEI_CHECK_DIGIT"));
    QCOMPARE(r.lines[1].value(QStringLiteral("check_digit")).toString(), QStringLiteral("8"));
    QVERIFY(r.err.isEmpty());
}

void TestImeiCheck::fieldsOfEveryKind()
{
    const Run r = run({QStringLiteral("49015420323751"), QStringLiteral("A10000009296F2"),
                       QStringLiteral("6901234567892"), QStringLiteral("000000000000000"),
                       QStringLiteral("860123450000012")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 5);
    for (const QJsonObject &o : r.lines) {
        for (const char *key : {"input", "valid", "kind", "imei", "tac", "svn", "check_digit",
                                "error", "warnings", "brand", "model"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(r.lines[0].value(QStringLiteral("error")).toString(),
             QStringLiteral("IMEI_INCOMPLETE"));
    QCOMPARE(r.lines[0].value(QStringLiteral("check_digit")).toString(), QStringLiteral("8"));
    QCOMPARE(r.lines[1].value(QStringLiteral("kind")).toString(), QStringLiteral("meid"));
    QCOMPARE(r.lines[1].value(QStringLiteral("check_digit")).toString(), QStringLiteral("F"));
    QCOMPARE(r.lines[1].value(QStringLiteral("esn")).toString(), QStringLiteral("8075B7ED"));
    QCOMPARE(r.lines[2].value(QStringLiteral("error")).toString(), QStringLiteral("WRONG_BARCODE"));
    QCOMPARE(r.lines[3].value(QStringLiteral("error")).toString(), QStringLiteral("IMEI_ALL_ZERO"));
    QCOMPARE(r.lines[4].value(QStringLiteral("valid")).toBool(), true);
    QVERIFY(r.lines[4]
                .value(QStringLiteral("warnings"))
                .toArray()
                .contains(QStringLiteral("TAC_UNKNOWN")));
}

void TestImeiCheck::fromStdin()
{
    // As a keyboard-wedge scanner types: digits then CR LF or Tab.
    const Run r = run({QStringLiteral("--stdin")},
                      "490154203237518\r\n356938035643809\t\r\n\r\n860123450000020\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines[1].value(QStringLiteral("imei")).toString(),
             QStringLiteral("356938035643809"));
    const Run bad = run({QStringLiteral("--stdin")}, "490154203237518\n4901542032375\n");
    QCOMPARE(bad.exitCode, 1);
}

void TestImeiCheck::noInputIsUsageError()
{
    const Run r = run({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("repairctl: "));
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestImeiCheck)
#include "tst_imeicheck.moc"
