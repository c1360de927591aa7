#include "workflowfixture.h"

#include "print/papermenu.h"
#include "quote/quotescreen.h"
#include "store/paymentrepository.h"
#include "store/pricelistrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>

using namespace rc;

class TestQuoteScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsLinesAndTotals();
    void quotePaperIsOffered();
    void approvalByPhoneRecordsHowAndWhen();
    void declineIsRecorded();
    void diagnosisFeeTermsShown();
    void depositIsTaken();
    void changedQuoteNeedsNewApproval();
    void technicianCannotAnswer();
    void priceItemsInTheInterfaceLanguage();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_screen->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void makeScreen();

    std::unique_ptr<test::WorkflowFixture> m_fx;
    std::unique_ptr<ui::QuoteScreen> m_screen;
};

void TestQuoteScreen::init()
{
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    makeScreen();
}

void TestQuoteScreen::makeScreen()
{
    m_screen = std::make_unique<ui::QuoteScreen>(*m_fx->services, m_fx->session);
    m_screen->resize(1100, 700);
    m_screen->show();
}

void TestQuoteScreen::showsLinesAndTotals()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    QCOMPARE(child<QTableView>("linesTable")->model()->rowCount(), 2);
    QVERIFY(child<QLabel>("totalLabel")->text().contains(QStringLiteral("350.00")));
    QVERIFY(child<QLabel>("coveredLabel")->text().contains(QStringLiteral("50.00")));
    QVERIFY(child<QLabel>("payableLabel")->text().contains(QStringLiteral("300.00")));
    QVERIFY(child<QLabel>("revisionLabel")->text().contains(QStringLiteral("1")));
    // A clerk records answers but does not change the quote.
    QVERIFY(!child<QPushButton>("addLineButton")->isEnabled());
    QVERIFY(child<QPushButton>("approveButton")->isEnabled());
}

void TestQuoteScreen::quotePaperIsOffered()
{
    makeScreen();
    QVERIFY(!child<QPushButton>("printQuoteButton")->isEnabled()); // no ticket yet
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    auto *button = child<QPushButton>("printQuoteButton");
    QVERIFY(button->isEnabled());
    QCOMPARE(button->menu(), m_screen->paperMenu());
    QVERIFY(m_screen->paperMenu()->findChild<QAction *>(QStringLiteral("quotePaperPreviewAction")));
    auto paper = m_screen->paperMenu()->paper();
    QVERIFY2(paper, qPrintable(paper ? QString() : paper.error().message));
    QCOMPARE(paper->options().kind, print::PaperKind::Quote);
    const QString text = paper->texts().join(QLatin1Char(' '));
    QVERIFY2(text.contains(t.number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("300.00")), qPrintable(text));
    const QString pdf = m_fx->dir.filePath(QStringLiteral("quote.pdf"));
    QVERIFY(m_screen->paperMenu()->exportPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

void TestQuoteScreen::approvalByPhoneRecordsHowAndWhen()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    auto *method = child<QComboBox>("answerMethodCombo");
    method->setCurrentIndex(method->findData(QStringLiteral("phone")));
    const QDateTime when = QDateTime(QDate(2026, 11, 23), QTime(8, 5), Qt::UTC);
    child<QDateTimeEdit>("answerTimeEdit")->setDateTime(when.toLocalTime());
    QTest::keyClicks(child<QLineEdit>("answerNoteEdit"), QStringLiteral("called back"));
    QTest::mouseClick(child<QPushButton>("approveButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Approved);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM approvals WHERE ticket_id = ? AND "
                                        "method = 'phone' AND decision = 'approved' AND "
                                        "payable_minor = 30000 AND note = 'called back'"),
                         {t.id}),
             1);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM approvals WHERE at LIKE "
                                        "'2026-11-23T08:05%'")),
             1);
    QCOMPARE(child<QListWidget>("answersList")->count(), 1);
    QVERIFY(!child<QPushButton>("approveButton")->isEnabled());
}

void TestQuoteScreen::declineIsRecorded()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    QTest::mouseClick(child<QPushButton>("declineButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Declined);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM approvals WHERE decision = "
                                        "'declined' AND method = 'in_person'")),
             1);
}

// The diagnosis fee (检测费): while the quote waits for an answer the screen says what approving
// or declining does to it, in the intake receipt's words; once approved, where it stands.
void TestQuoteScreen::diagnosisFeeTermsShown()
{
    const Ticket noFee = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(noFee.id));
    QVERIFY(!child<QLabel>("quoteDiagnosisFeeLabel")->isVisible());

    QVERIFY(m_fx->settings->setValue(QStringLiteral("fees.diagnosis"), QStringLiteral("30.00")));
    NewTicket d = m_fx->workflowDraft();
    d.warrantyVerdict.insert(QStringLiteral("covered"), false);
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted, d);
    QVERIFY(m_screen->showTicket(t.id));
    auto *fee = child<QLabel>("quoteDiagnosisFeeLabel");
    QVERIFY(fee->isVisible());
    QCOMPARE(fee->text(), DiagnosisFee::terms(Money {3000, QStringLiteral("CNY")}, true));
    QTest::mouseClick(child<QPushButton>("approveButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Approved);
    QVERIFY(fee->isVisible());
    QVERIFY2(fee->text().contains(QStringLiteral("waived")), qPrintable(fee->text()));
    QVERIFY(fee->text().contains(QStringLiteral("30.00")));
}

void TestQuoteScreen::depositIsTaken()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    auto *deposit = child<QLineEdit>("depositEdit");
    QTest::keyClicks(deposit, QStringLiteral("50x"));
    QTest::keyClick(deposit, Qt::Key_Return);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    deposit->clear();
    QTest::keyClicks(deposit, QStringLiteral("50"));
    QTest::keyClick(deposit, Qt::Key_Return);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT amount_minor FROM payments WHERE kind = "
                                        "'deposit' AND ticket_id = ?"),
                         {t.id}),
             5000);
    QCOMPARE(child<QLabel>("paidLabel")->text(), QStringLiteral("50.00"));
}

void TestQuoteScreen::changedQuoteNeedsNewApproval()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Approved);
    m_fx->logIn(Role::Technician, QStringLiteral("zhao"));
    QVERIFY(m_screen->showTicket(t.id));
    child<QComboBox>("priceItemCombo")->setCurrentIndex(0); // battery
    QTest::mouseClick(child<QPushButton>("addLineButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>("saveRevisionButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("saveRevisionButton"), Qt::LeftButton);
    Ticket after = m_fx->reread(t);
    QCOMPARE(after.status, TicketStatus::Quoted);
    QCOMPARE(after.quoteRevision, 2);
    QCOMPARE(after.approvedRevision, 1);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE revision = 2")), 3);

    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    QVERIFY(m_screen->showTicket(t.id));
    QTest::mouseClick(child<QPushButton>("approveButton"), Qt::LeftButton);
    after = m_fx->reread(t);
    QCOMPARE(after.status, TicketStatus::Approved);
    QCOMPARE(after.approvedRevision, 2);
    auto balance = PaymentRepository(*m_fx->db, m_fx->clock).balance(t.id);
    QVERIFY(balance);
    // The battery line is covered: the intake verdict covers the phone.
    QCOMPARE(balance->payable.minor, 30000);
}

void TestQuoteScreen::technicianCannotAnswer()
{
    m_fx->logIn(Role::Technician, QStringLiteral("zhao"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    QVERIFY(!child<QPushButton>("approveButton")->isEnabled());
    QVERIFY(!child<QPushButton>("takeDepositButton")->isEnabled());
    QVERIFY(child<QPushButton>("addLineButton")->isEnabled());
}

// Issue 17: the English interface showed a price item's Chinese name although the item has an
// English one. The line keeps the item's name as stored (the papers choose per language).
void TestQuoteScreen::priceItemsInTheInterfaceLanguage()
{
    PriceItem display = test::WorkflowFixture::item(QStringLiteral("SCR-X9"), QuoteLineKind::Part,
                                                    QStringLiteral("屏幕总成"), 42000);
    display.nameEn = QStringLiteral("Display assembly");
    auto saved = PriceListRepository(*m_fx->db, m_fx->clock).save(display);
    QVERIFY(saved.ok());
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    const Ticket t = m_fx->ticketAt(TicketStatus::Approved);
    m_fx->logIn(Role::Technician, QStringLiteral("zhao"));
    makeScreen();
    QVERIFY(m_screen->showTicket(t.id));
    auto *items = child<QComboBox>("priceItemCombo");
    const int index = items->findData(saved->id);
    QVERIFY(index >= 0);
    QVERIFY2(items->itemText(index).contains(QStringLiteral("Display assembly")),
             qPrintable(items->itemText(index)));
    QVERIFY(!items->itemText(index).contains(QStringLiteral("屏幕总成")));
    // An item without an English name keeps its one name.
    QVERIFY(
        items->itemText(items->findData(m_fx->prices.at(0).id)).contains(m_fx->prices.at(0).name));
    items->setCurrentIndex(index);
    QTest::mouseClick(child<QPushButton>("addLineButton"), Qt::LeftButton);
    auto *table = child<QTableView>("linesTable");
    const int row = table->model()->rowCount() - 1;
    const QModelIndex description = table->model()->index(row, 1);
    QCOMPARE(description.data().toString(), QStringLiteral("Display assembly"));
    QTest::mouseClick(child<QPushButton>("saveRevisionButton"), Qt::LeftButton);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE description = "
                                        "'屏幕总成' AND revision = 2")),
             1);

    // The Chinese interface shows the Chinese name.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    makeScreen();
    QVERIFY(m_screen->showTicket(t.id));
    auto *lines = child<QTableView>("linesTable")->model();
    QStringList shown;
    for (int r = 0; r < lines->rowCount(); ++r)
        shown << lines->index(r, 1).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("屏幕总成")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(!shown.contains(QStringLiteral("Display assembly")));
}

QTEST_MAIN(TestQuoteScreen)
#include "tst_quotescreen.moc"
