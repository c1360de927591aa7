// The loaner phones at the counter (issue 20, CN-07): the loaner screen (add, lend to the
// open ticket with the deposit taken, take back with the condition checked and the deposit
// kept only with a reason, a manager's write-off), the pickup screen refusing the hand-back
// while the loaner is out (core's refusal, shown as core words it), the ticket view's loaner
// line and CN-07 offer, the queue's loaners out and overdue.
#include "workflowfixture.h"

#include "loaners/loanerscreen.h"
#include "pickup/pickupscreen.h"
#include "print/papermenu.h"
#include "queue/queuescreen.h"
#include "ticket/ticketview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace rc;

namespace {
const QString kLoaner = QStringLiteral("356938035643809");
}

class TestLoanerScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addLendPickupRefusedReturn();
    void writeOffIsShownToManagersOnly();
    void ticketViewShowsTheLoanerAndTheCn07Offer();

private:
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    void addLoaner(ui::LoanerScreen &screen)
    {
        QTest::keyClicks(child<QLineEdit>(&screen, "loanerImeiEdit"), kLoaner);
        QTest::keyClicks(child<QLineEdit>(&screen, "loanerModelEdit"),
                         QStringLiteral("Huawei P40"));
        QTest::keyClicks(child<QLineEdit>(&screen, "loanerDepositEdit"), QStringLiteral("200.00"));
        QTest::mouseClick(child<QPushButton>(&screen, "addLoanerButton"), Qt::LeftButton);
    }
    std::unique_ptr<test::WorkflowFixture> m_fx;
};

void TestLoanerScreen::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
}

void TestLoanerScreen::addLendPickupRefusedReturn()
{
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Ready);
    ui::LoanerScreen screen(*m_fx->services, m_fx->session);
    screen.resize(1200, 700);
    screen.show();
    addLoaner(screen);
    QCOMPARE(screen.loaners().size(), 1);
    QVERIFY2(screen.message().contains(kLoaner), qPrintable(screen.message()));
    auto *lend = child<QPushButton>(&screen, "lendButton");
    QVERIFY(lend->isEnabled()); // the new one is selected
    screen.setTicketNumber(t.number);
    auto *method = child<QComboBox>(&screen, "lendMethodCombo");
    method->setCurrentIndex(method->findData(QStringLiteral("mobile")));
    QTest::mouseClick(lend, Qt::LeftButton);
    QVERIFY2(screen.message().contains(t.number), qPrintable(screen.message()));
    QCOMPARE(screen.loaners().first().state, QStringLiteral("lent"));
    // The loan agreement, printed at lend (preview, print, PDF).
    auto paper = screen.paperMenu()->paper();
    QVERIFY2(paper, paper ? "" : qPrintable(paper.error().message));
    QCOMPARE(paper->options().kind, print::PaperKind::Loan);
    QVERIFY(paper->texts().join(QLatin1Char(' ')).contains(kLoaner));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT amount_minor FROM payments WHERE ticket_id = ? AND "
                                        "kind = 'deposit' AND method = 'mobile'"),
                         {t.id}),
             20000);
    // The queue says it is out, and overdue: the ticket's phone is ready.
    ui::QueueScreen queue(*m_fx->services, m_fx->session);
    auto *loaners = child<QLabel>(&queue, "queueLoanersLabel");
    QVERIFY2(loaners->text().contains(t.number), qPrintable(loaners->text()));
    QVERIFY(loaners->text().contains(QStringLiteral("overdue")));

    // The pickup screen: the phone is ready and the IMEI matches, but core refuses.
    ui::PickupScreen pickup(*m_fx->services, m_fx->session);
    pickup.resize(1100, 700);
    pickup.show();
    QVERIFY(pickup.showTicket(t.id));
    auto *imei = child<QLineEdit>(&pickup, "pickupImeiEdit");
    QTest::keyClicks(imei, QStringLiteral("490154203237518"));
    QTest::keyClick(imei, Qt::Key_Return);
    for (const char *box : {"accessory_sim_tray", "accessory_case"}) {
        auto *check = pickup.findChild<QCheckBox *>(QLatin1String(box));
        if (check)
            check->setChecked(true);
    }
    QVERIFY(!pickup.release());
    QVERIFY2(pickup.message().contains(kLoaner), qPrintable(pickup.message()));
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Ready);

    // Back, damaged: keeping the deposit needs a reason.
    screen.selectImei(kLoaner);
    auto *condition = child<QComboBox>(&screen, "returnConditionCombo");
    condition->setCurrentIndex(condition->findData(QStringLiteral("damaged")));
    child<QCheckBox>(&screen, "keepDepositCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&screen, "returnButton"), Qt::LeftButton);
    QVERIFY2(screen.message().contains(QStringLiteral("reason")), qPrintable(screen.message()));
    QCOMPARE(screen.loaners().first().state, QStringLiteral("lent"));
    QTest::keyClicks(child<QLineEdit>(&screen, "keepReasonEdit"), QStringLiteral("cracked screen"));
    QTest::mouseClick(child<QPushButton>(&screen, "returnButton"), Qt::LeftButton);
    QVERIFY2(screen.message().contains(QStringLiteral("kept")), qPrintable(screen.message()));
    QCOMPARE(screen.loaners().first().state, QStringLiteral("in_stock"));
    QCOMPARE(screen.loaners().first().condition, QStringLiteral("damaged"));
    auto slip = screen.paperMenu()->paper();
    QVERIFY(slip);
    QCOMPARE(slip->options().kind, print::PaperKind::LoanReturn);
    QVERIFY(slip->texts().join(QLatin1Char(' ')).contains(QStringLiteral("cracked screen")));
    // Now the phone goes home.
    QVERIFY2(pickup.release(), qPrintable(pickup.message()));
    QCOMPARE(m_fx->reread(t).status, TicketStatus::PickedUp);
}

void TestLoanerScreen::writeOffIsShownToManagersOnly()
{
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Repairing);
    ui::LoanerScreen screen(*m_fx->services, m_fx->session);
    screen.show();
    addLoaner(screen);
    screen.setTicketNumber(t.number);
    QTest::mouseClick(child<QPushButton>(&screen, "lendButton"), Qt::LeftButton);
    QCOMPARE(screen.loaners().first().state, QStringLiteral("lent"));
    QVERIFY(!child<QPushButton>(&screen, "writeOffButton")->isVisible());
    // A manager (6-digit PIN) sees it; without a reason core refuses.
    auto manager = m_fx->users->create(QStringLiteral("zhou"), QStringLiteral("周经理"),
                                       Role::Manager, QStringLiteral("864209"));
    QVERIFY(manager);
    m_fx->session.logIn(*manager);
    QVERIFY(child<QPushButton>(&screen, "writeOffButton")->isVisible());
    screen.selectImei(kLoaner);
    QTest::mouseClick(child<QPushButton>(&screen, "writeOffButton"), Qt::LeftButton);
    QVERIFY2(screen.message().contains(QStringLiteral("reason")), qPrintable(screen.message()));
    QTest::keyClicks(child<QLineEdit>(&screen, "writeOffReasonEdit"), QStringLiteral("lost"));
    QTest::mouseClick(child<QPushButton>(&screen, "writeOffButton"), Qt::LeftButton);
    QCOMPARE(screen.loaners().first().state, QStringLiteral("written_off"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'loaner.write_off' AND note = 'lost'")),
             1);
}

void TestLoanerScreen::ticketViewShowsTheLoanerAndTheCn07Offer()
{
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Repairing);
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    auto *line = child<QLabel>(&view, "ticketLoanerLabel");
    QVERIFY2(!line->text().contains(QStringLiteral("CN-07")), qPrintable(line->text()));
    // Eight days later: a covered repair past the CN-07 days offers a loaner.
    m_fx->clock.advanceSeconds(8 * 86400);
    QVERIFY(view.showTicket(t.id));
    QVERIFY2(line->text().contains(QStringLiteral("CN-07")), qPrintable(line->text()));
    // Lent: the line names it.
    ui::LoanerScreen screen(*m_fx->services, m_fx->session);
    addLoaner(screen);
    screen.setTicketNumber(t.number);
    QTest::mouseClick(child<QPushButton>(&screen, "lendButton"), Qt::LeftButton);
    QTRY_VERIFY2(line->text().contains(kLoaner), qPrintable(line->text()));
    QVERIFY(!line->text().contains(QStringLiteral("CN-07")));
}

QTEST_MAIN(TestLoanerScreen)
#include "tst_loanerscreen.moc"
