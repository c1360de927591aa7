#include "warranty/warrantytypes.h"

#include <QTest>

using namespace rc::warranty;

class TestWarrantyDates : public QObject
{
    Q_OBJECT

private slots:
    void addMonths_data();
    void addMonths();
    void days();
    void isoDates_data();
    void isoDates();
};

void TestWarrantyDates::addMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("same day") << QDate(2026, 11, 19) << 12 << QDate(2027, 11, 19);
    QTest::newRow("29 Feb + 12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
    QTest::newRow("29 Feb + 48") << QDate(2024, 2, 29) << 48 << QDate(2028, 2, 29);
    QTest::newRow("31 Jan + 1") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
    QTest::newRow("31 Aug + 6") << QDate(2025, 8, 31) << 6 << QDate(2026, 2, 28);
    QTest::newRow("31 Mar + 3") << QDate(2026, 3, 31) << 3 << QDate(2026, 6, 30);
    QTest::newRow("30 Nov + 3") << QDate(2026, 11, 30) << 3 << QDate(2027, 2, 28);
    QTest::newRow("year end") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 31);
    QTest::newRow("24 months") << QDate(2025, 5, 31) << 24 << QDate(2027, 5, 31);
    QTest::newRow("zero") << QDate(2026, 5, 31) << 0 << QDate(2026, 5, 31);
}

void TestWarrantyDates::addMonths()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(addMonthsClamped(from, months), expected);
}

void TestWarrantyDates::days()
{
    QCOMPARE(daysBetween(QDate(2026, 11, 19), QDate(2026, 11, 19)), 0);
    QCOMPARE(daysBetween(QDate(2026, 11, 19), QDate(2026, 11, 26)), 7);
    QCOMPARE(daysBetween(QDate(2028, 2, 28), QDate(2028, 3, 1)), 2);
    QVERIFY(!addMonthsClamped(QDate(), 3).isValid());
}

void TestWarrantyDates::isoDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "2026-11-22" << true;
    QTest::newRow("leap day") << "2028-02-29" << true;
    QTest::newRow("not a leap day") << "2026-02-29" << false;
    QTest::newRow("short") << "2026-1-22" << false;
    QTest::newRow("time") << "2026-11-22T00:00" << false;
    QTest::newRow("slashes") << "2026/11/22" << false;
    QTest::newRow("full-width digits") << QStringLiteral("２０２６-11-22") << false;
    QTest::newRow("empty") << "" << false;
}

void TestWarrantyDates::isoDates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(parseIsoDate(text).isValid(), valid);
    if (valid)
        QCOMPARE(isoDate(parseIsoDate(text)), text);
}

QTEST_GUILESS_MAIN(TestWarrantyDates)
#include "tst_warrantydates.moc"
