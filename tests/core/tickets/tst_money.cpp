#include "tickets/money.h"

#include <QTest>

using namespace rc;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("yuan") << qint64(12345) << QStringLiteral("123.45");
    QTest::newRow("negative") << qint64(-1999) << QStringLiteral("-19.99");
}

void TestMoney::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    QCOMPARE((Money {minor, QStringLiteral("CNY")}.toDecimalString()), text);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole") << QStringLiteral("123") << true << qint64(12300);
    QTest::newRow("one decimal") << QStringLiteral("1.5") << true << qint64(150);
    QTest::newRow("two decimals") << QStringLiteral("0.99") << true << qint64(99);
    QTest::newRow("negative") << QStringLiteral("-5.00") << true << qint64(-500);
    QTest::newRow("three decimals") << QStringLiteral("1.234") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("dot only") << QStringLiteral("1.") << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    qint64 value = 0;
    QCOMPARE(Money::parseDecimal(text, &value), ok);
    if (ok)
        QCOMPARE(value, minor);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
