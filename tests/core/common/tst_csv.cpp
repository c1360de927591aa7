#include "common/csv.h"

#include <QRegularExpression>
#include <QTest>

using namespace rc;

namespace {

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> records)
{
    QList<QStringList> out;
    for (const auto &record : records) {
        QStringList fields;
        for (const char *field : record)
            fields.append(QString::fromUtf8(field));
        out.append(fields);
    }
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void roundTrip();
    void formulasNeutralised_data();
    void formulasNeutralised();
    void neutralisedRoundTrip();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain lf") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}})
                              << QList<int> {1, 2};
    QTest::newRow("crlf, no final newline")
        << QByteArray("a,b\r\n1,2") << rows({{"a", "b"}, {"1", "2"}}) << QList<int> {1, 2};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a\n")
                         << rows({{"a"}}) << QList<int> {1};
    QTest::newRow("quoted comma and quote") << QByteArray("\"x, y\",\"say \"\"hi\"\"\"\n")
                                            << rows({{"x, y", "say \"hi\""}}) << QList<int> {1};
    QTest::newRow("quoted newline keeps line numbers")
        << QByteArray("\"two\nlines\",b\nnext,c\n") << rows({{"two\nlines", "b"}, {"next", "c"}})
        << QList<int> {1, 3};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\"\n") << rows({{"", "", ""}, {""}})
                                  << QList<int> {1, 2};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\r\nb\n") << rows({{"a"}, {"b"}}) << QList<int> {1, 4};
    QTest::newRow("utf-8") << QByteArray("维修,工时\n") << rows({{"维修", "工时"}})
                           << QList<int> {1};
}

void TestCsv::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    auto parsed = Csv::parse(input);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(parsed->at(i).fields, records.at(i));
        QCOMPARE(parsed->at(i).line, lines.at(i));
    }
}

void TestCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("line");

    QTest::newRow("quote inside field")
        << QByteArray("a,b\nx\"y,z\n") << QStringLiteral("CSV_QUOTE") << QStringLiteral("Line 2");
    QTest::newRow("text after quote")
        << QByteArray("a\n\n\"x\"y\n") << QStringLiteral("CSV_QUOTE") << QStringLiteral("Line 3");
    QTest::newRow("never closed") << QByteArray("a\nb\n\"open,\nmore\n")
                                  << QStringLiteral("CSV_QUOTE") << QStringLiteral("Line 3");
    QTest::newRow("not utf-8") << QByteArray("caf\xE9\n") << QStringLiteral("CSV_ENCODING")
                               << QString();
}

void TestCsv::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(QString, line);
    auto parsed = Csv::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY2(parsed.error().message.contains(line), qPrintable(parsed.error().message));
}

void TestCsv::roundTrip()
{
    const QStringList fields {QStringLiteral("plain"),
                              QStringLiteral("a,b"),
                              QStringLiteral("say \"hi\""),
                              QStringLiteral("two\r\nlines"),
                              QString(),
                              QStringLiteral(" padded ")};
    const QByteArray line = Csv::formatRecord(fields);
    QVERIFY(line.endsWith("\r\n"));
    QCOMPARE(line.left(6), QByteArray("plain,"));
    auto parsed = Csv::parse(line + Csv::formatRecord({QStringLiteral("x")}));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->first().fields, fields);
    QCOMPARE(parsed->at(1).line, 3);
}

void TestCsv::formulasNeutralised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x.test\",\"pay\")")
                            << QByteArray("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"pay\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus text") << QStringLiteral("-10% 优惠") << QByteArray("'-10% 优惠");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QByteArray("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QByteArray("\"'\r=1+1\"");
    QTest::newRow("already quoted formula") << QStringLiteral("'=1+1") << QByteArray("''=1+1");
    QTest::newRow("negative number") << QStringLiteral("-1250") << QByteArray("-1250");
    QTest::newRow("decimal") << QStringLiteral("-12.50") << QByteArray("-12.50");
    QTest::newRow("sum, not a number") << QStringLiteral("-1+2") << QByteArray("'-1+2");
    QTest::newRow("apostrophe text") << QStringLiteral("'quoted'") << QByteArray("'quoted'");
    QTest::newRow("formula later") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("fullwidth digits") << QStringLiteral("-１２") << QByteArray("'-１２");
}

void TestCsv::formulasNeutralised()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, written);
    const QByteArray line = Csv::formatRecord({typed, QStringLiteral("end")});
    QCOMPARE(line, written + ",end\r\n");
    // Whatever a spreadsheet does with the file, no cell begins with a formula character.
    auto parsed = Csv::parse(line);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->first().fields, (QStringList {typed, QStringLiteral("end")}));
}

void TestCsv::neutralisedRoundTrip()
{
    // Every text made of the characters that matter, up to four long, survives.
    const QList<QChar> alphabet {u'=', u'+', u'-', u'@', u'\t', u'\r', u'\'', u'1', u'.', u'x'};
    QStringList texts {QString()};
    QStringList all;
    for (int length = 1; length <= 4; ++length) {
        QStringList next;
        for (const QString &text : std::as_const(texts))
            for (const QChar c : alphabet)
                next.append(text + c);
        texts = next;
        all += next;
    }
    for (const QString &text : std::as_const(all)) {
        const QString cell = Csv::neutralised(text);
        QCOMPARE(Csv::restored(cell), text);
        // A cell that still begins with a formula character is a plain number.
        static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r]"));
        static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
        if (formula.match(cell).hasMatch())
            QVERIFY2(number.match(cell).hasMatch(), qPrintable(cell));
        auto parsed = Csv::parse(Csv::formatRecord({text, QStringLiteral("x")}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->first().fields.first(), text);
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
