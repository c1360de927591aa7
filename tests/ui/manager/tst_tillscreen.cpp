#include "../uifixture.h"

#include "reports/tillscreen.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QTableWidget>

using namespace rc;

// The till opens on the day's figures, follows the date picked, and gives the method's name the
// spare width rather than the count.
class TestTillScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTodaysFigures();
    void followsTheDatePicked();
    void theMethodTakesTheSpareWidth();

private:
    QString cell(int row, int column) const
    {
        auto *table = m_screen->findChild<QTableWidget *>(QStringLiteral("tillTable"));
        return table && row < table->rowCount() && table->item(row, column)
                   ? table->item(row, column)->text()
                   : QStringLiteral("(none)");
    }

    test::UiFixture m_fx;
    User m_manager;
    std::unique_ptr<ui::TillScreen> m_screen;
};

void TestTillScreen::initTestCase()
{
    QVERIFY(m_fx.open());
    m_fx.clock.setNowUtc(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    m_manager = m_fx.logIn(Role::Manager, QStringLiteral("boss"));
    const Ticket ticket = m_fx.createTicket(m_fx.draft());
    workflow::PaymentInput deposit;
    deposit.amount.minor = 5000;
    deposit.method = QStringLiteral("cash");
    deposit.deposit = true;
    QVERIFY(m_fx.workflows->tickets.pay(m_manager.id, ticket.id, deposit));
    m_fx.clock.setNowUtc(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    m_screen = std::make_unique<ui::TillScreen>(*m_fx.services, m_fx.session);
}

void TestTillScreen::opensOnTodaysFigures()
{
    QVERIFY(!m_screen->figures());
    m_screen->show();
    QVERIFY(m_screen->figures());
    QCOMPARE(m_screen->figures()->date, QDate(2026, 11, 21));
    QCOMPARE(m_screen->figures()->total.count, 0);
}

void TestTillScreen::followsTheDatePicked()
{
    m_screen->findChild<QDateEdit *>(QStringLiteral("tillDate"))->setDate(QDate(2026, 11, 20));
    QCOMPARE(m_screen->figures()->date, QDate(2026, 11, 20));
    QCOMPARE(m_screen->figures()->total.count, 1);
    QCOMPARE(m_screen->figures()->total.netMinor, qint64(5000));
    QCOMPARE(cell(0, 1), QStringLiteral("50.00"));
}

void TestTillScreen::theMethodTakesTheSpareWidth()
{
    auto *header
        = m_screen->findChild<QTableWidget *>(QStringLiteral("tillTable"))->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(0), QHeaderView::Stretch);
    QCOMPARE(header->sectionResizeMode(4), QHeaderView::ResizeToContents);
}

QTEST_MAIN(TestTillScreen)
#include "tst_tillscreen.moc"
