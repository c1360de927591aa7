// Hostile text through the real exports: `repairctl price export` and `report kpis --csv`
// never write a cell a spreadsheet would run as a formula, and `price import` reads an
// exported file back as it was typed.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &db, QStringList arguments, const QByteArray &input = {},
        const QString &user = QStringLiteral("boss"), const QString &pin = QStringLiteral("432100"))
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), user);
    env.insert(QStringLiteral("REPAIRCTL_PIN"), pin);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REPAIRCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

bool setUp(const QString &db)
{
    QFile(db).open(QIODevice::WriteOnly); // an empty file is a new store
    return run(db,
               {QStringLiteral("setup"), QStringLiteral("--center"), QStringLiteral("DEMO"),
                QStringLiteral("--center-name"), QStringLiteral("Demo"),
                QStringLiteral("--station"), QStringLiteral("01"), QStringLiteral("--manager"),
                QStringLiteral("boss"), QStringLiteral("--manager-name"), QStringLiteral("Boss")},
               "432100\n")
               .exitCode
           == 0;
}

// Every cell of the output (a rough split is enough: no hostile text here has a comma
// outside quotes), and whether one begins with a formula character.
QStringList formulaCells(const QByteArray &csv)
{
    static const QRegularExpression formula(QStringLiteral("^\"?[=+\\-@\\t\\r]"));
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    QStringList found;
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    for (const QString &line : lines) {
        for (const QString &cell : line.split(u',')) {
            if (formula.match(cell).hasMatch() && !number.match(cell).hasMatch())
                found.append(cell);
        }
    }
    return found;
}

} // namespace

class TestCsvExports : public QObject
{
    Q_OBJECT

private slots:
    void priceExportNeutralisesAndImportReadsBack();
    void kpiCsvNeutralisesTechnicianNames();

private:
    QTemporaryDir m_dir;
};

void TestCsvExports::priceExportNeutralisesAndImportReadsBack()
{
    const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
    QVERIFY(setUp(first));
    // As typed in a text editor: nothing neutralised yet.
    QFile file(m_dir.filePath(QStringLiteral("typed.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,kind,name_zh,name_en,unit_price\r\n"
               "DISC-1,part,-10% 优惠,\"=HYPERLINK(\"\"http://evil.test\"\",\"\"pay\"\")\",5\r\n"
               "AT-1,labour,@SUM(A1:A9),+1+cmd,7\r\n");
    file.close();
    const Run imported
        = run(first, {QStringLiteral("price"), QStringLiteral("import"), file.fileName()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const Run exported = run(first, {QStringLiteral("price"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(formulaCells(exported.out).isEmpty(),
             qPrintable(formulaCells(exported.out).join(QStringLiteral(" | "))));
    QVERIFY(exported.out.contains("'-10% 优惠"));
    QVERIFY(exported.out.contains("\"'=HYPERLINK("));
    QVERIFY(exported.out.contains(",'@SUM(A1:A9),'+1+cmd,"));

    // The exported file into another store: the names are what was typed.
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    QVERIFY(setUp(second));
    QFile exportedFile(m_dir.filePath(QStringLiteral("exported.csv")));
    QVERIFY(exportedFile.open(QIODevice::WriteOnly));
    exportedFile.write(exported.out);
    exportedFile.close();
    const Run reimported
        = run(second, {QStringLiteral("price"), QStringLiteral("import"), exportedFile.fileName()});
    QVERIFY2(reimported.exitCode == 0, reimported.err.constData());
    {
        QSqlDatabase sql
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        sql.setDatabaseName(second);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(QStringLiteral("SELECT code, name, name_en FROM price_items "
                                          "ORDER BY code")));
        QStringList names;
        while (query.next())
            names << query.value(0).toString() << query.value(1).toString()
                  << query.value(2).toString();
        QCOMPARE(names, (QStringList {QStringLiteral("AT-1"), QStringLiteral("@SUM(A1:A9)"),
                                      QStringLiteral("+1+cmd"), QStringLiteral("DISC-1"),
                                      QStringLiteral("-10% 优惠"),
                                      QStringLiteral("=HYPERLINK(\"http://evil.test\",\"pay\")")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    const Run again = run(second, {QStringLiteral("price"), QStringLiteral("export")});
    QCOMPARE(again.out, exported.out);
}

void TestCsvExports::kpiCsvNeutralisesTechnicianNames()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run seeded
        = run(db, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tickets"),
                   QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
    // A technician whose name someone typed to attack the manager's spreadsheet.
    {
        QSqlDatabase sql
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE users SET display_name = '=HYPERLINK(\"http://evil.test\",\"x\")' "
            "WHERE username = 'tech1'")));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE users SET display_name = '-2+3' WHERE username = 'tech2'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
    const Run report
        = run(db,
              {QStringLiteral("report"), QStringLiteral("kpis"), QStringLiteral("--from"),
               QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
               QStringLiteral("--csv")},
              {}, QStringLiteral("manager"), QStringLiteral("123456"));
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY2(report.out.contains("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\""),
             report.out.left(3000).constData());
    QVERIFY(report.out.contains("\r\n'-2+3,"));
    QVERIFY2(formulaCells(report.out).isEmpty(),
             qPrintable(formulaCells(report.out).join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestCsvExports)
#include "tst_csvexports.moc"
