#include "quote/quotelinesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rc;

class TestQuoteLinesModel : public QObject
{
    Q_OBJECT

private slots:
    void underModelTester();
    void editsFollowTotals();
    void readOnlyRefusesEdits();

private:
    static QuoteLine line(const QString &description, qint64 minor, int quantity, bool covered);
};

QuoteLine TestQuoteLinesModel::line(const QString &description, qint64 minor, int quantity,
                                    bool covered)
{
    QuoteLine l;
    l.description = description;
    l.unitPrice.minor = minor;
    l.quantity = quantity;
    l.covered = covered;
    return l;
}

void TestQuoteLinesModel::underModelTester()
{
    ui::QuoteLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditable(true);
    model.addLine(line(QStringLiteral("Screen"), 15000, 2, false));
    model.addLine(line(QStringLiteral("Labour"), 5000, 1, true));
    model.setLines({line(QStringLiteral("Battery"), 9900, 1, false)});
    model.addLine(line(QStringLiteral("Glue"), 100, 3, false));
    QVERIFY(model.setData(model.index(1, ui::QuoteLinesModel::QuantityColumn), 4));
    model.removeLine(0);
    model.setEditable(false);
    QCOMPARE(model.rowCount(), 1);
}

void TestQuoteLinesModel::editsFollowTotals()
{
    ui::QuoteLinesModel model;
    model.setEditable(true);
    model.setLines({line(QStringLiteral("Screen"), 15000, 2, false),
                    line(QStringLiteral("Labour"), 5000, 1, true)});
    QSignalSpy changed(&model, &ui::QuoteLinesModel::linesChanged);
    QCOMPARE(model.totals().payable.minor, 30000);
    QVERIFY(model.setData(model.index(0, ui::QuoteLinesModel::UnitPriceColumn),
                          QStringLiteral("120.50")));
    QCOMPARE(model.totals().payable.minor, 24100);
    QVERIFY(model.setData(model.index(0, ui::QuoteLinesModel::CoveredColumn), Qt::Checked,
                          Qt::CheckStateRole));
    QCOMPARE(model.totals().payable.minor, 0);
    QCOMPARE(model.totals().covered.minor, 29100);
    QVERIFY(!model.setData(model.index(0, ui::QuoteLinesModel::QuantityColumn), 0));
    QVERIFY(!model.setData(model.index(0, ui::QuoteLinesModel::UnitPriceColumn),
                           QStringLiteral("1.234")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.data(model.index(0, ui::QuoteLinesModel::TotalColumn)).toString(),
             QStringLiteral("241.00"));
}

void TestQuoteLinesModel::readOnlyRefusesEdits()
{
    ui::QuoteLinesModel model;
    model.setLines({line(QStringLiteral("Screen"), 15000, 2, false)});
    QVERIFY(
        !(model.flags(model.index(0, ui::QuoteLinesModel::QuantityColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ui::QuoteLinesModel::QuantityColumn), 3));
    QCOMPARE(model.lines().at(0).quantity, 2);
}

QTEST_MAIN(TestQuoteLinesModel)
#include "tst_quotelinesmodel.moc"
