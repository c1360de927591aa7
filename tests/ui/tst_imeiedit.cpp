#include "widgets/imeiedit.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace rc;

// The IMEI field as a keyboard-wedge scanner drives it: digits, then Enter or Tab, a few
// milliseconds apart (QTest::keyClicks without a delay), against a person typing.
class TestImeiEdit : public QObject
{
    Q_OBJECT

private slots:
    void scannerBurstWithEnterIsAScan();
    void scannerBurstWithTabIsAScanAndKeepsTheText();
    void typingIsNotAScan();
    void nextScanReplacesTheLastOne();
    void editingAfterAnEntryKeepsTheText();
    void inputMethodIsOff();
};

void TestImeiEdit::scannerBurstWithEnterIsAScan()
{
    ui::ImeiEdit edit;
    QSignalSpy committed(&edit, &ui::ImeiEdit::committed);
    QSignalSpy scanned(&edit, &ui::ImeiEdit::scanned);
    QTest::keyClicks(&edit, QStringLiteral("490154203237518"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.text(), QStringLiteral("490154203237518"));
    QCOMPARE(committed.count(), 1);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("490154203237518"));
    QVERIFY(edit.lastEntryWasScan());
}

void TestImeiEdit::scannerBurstWithTabIsAScanAndKeepsTheText()
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *edit = new ui::ImeiEdit(&form);
    auto *next = new QLineEdit(&form);
    layout->addWidget(edit);
    layout->addWidget(next);
    QSignalSpy scanned(edit, &ui::ImeiEdit::scanned);
    QTest::keyClicks(edit, QStringLiteral("IMEI:356938035643809"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(edit->text(), QStringLiteral("IMEI:356938035643809"));
    QVERIFY(next->text().isEmpty());
}

void TestImeiEdit::typingIsNotAScan()
{
    ui::ImeiEdit edit;
    QSignalSpy committed(&edit, &ui::ImeiEdit::committed);
    QSignalSpy scanned(&edit, &ui::ImeiEdit::scanned);
    // A fast typist still leaves more than burstGapMs between keys.
    QTest::keyClicks(&edit, QStringLiteral("3520990017"), Qt::NoModifier,
                     ui::ImeiEdit::burstGapMs + 30);
    QTest::keyClick(&edit, Qt::Key_Enter);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(scanned.count(), 0);
    QVERIFY(!edit.lastEntryWasScan());
}

void TestImeiEdit::nextScanReplacesTheLastOne()
{
    ui::ImeiEdit edit;
    QTest::keyClicks(&edit, QStringLiteral("490154203237518"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("352099001761481"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.text(), QStringLiteral("352099001761481"));
}

void TestImeiEdit::editingAfterAnEntryKeepsTheText()
{
    ui::ImeiEdit edit;
    QTest::keyClicks(&edit, QStringLiteral("49015420323751"));
    QTest::keyClick(&edit, Qt::Key_Return);
    // The clerk goes back to fix the entry: the text is edited, not replaced.
    QTest::keyClick(&edit, Qt::Key_End);
    QTest::keyClicks(&edit, QStringLiteral("8"));
    QCOMPARE(edit.text(), QStringLiteral("490154203237518"));
}

void TestImeiEdit::inputMethodIsOff()
{
    ui::ImeiEdit edit;
    QVERIFY(!edit.testAttribute(Qt::WA_InputMethodEnabled));
}

QTEST_MAIN(TestImeiEdit)
#include "tst_imeiedit.moc"
