#include "workflowfixture.h"

#include "repair/repairscreen.h"
#include "store/repairrepository.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace rc;

class TestRepairScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startFromApprovedShowsApprovedParts();
    void readyNeedsEveryCheck();
    void waitingForPartsAndBack();
    void notFixedIsRecorded();
    void notApprovedCannotStart();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_screen->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void tickAll();

    std::unique_ptr<test::WorkflowFixture> m_fx;
    std::unique_ptr<ui::RepairScreen> m_screen;
};

void TestRepairScreen::init()
{
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
    m_fx->logIn(Role::Technician, QStringLiteral("zhao"));
    m_screen = std::make_unique<ui::RepairScreen>(*m_fx->services, m_fx->session);
    m_screen->resize(1100, 700);
    m_screen->show();
}

void TestRepairScreen::tickAll()
{
    for (const QString &key : ui::RepairScreen::checkKeys()) {
        auto *box = m_screen->findChild<QCheckBox *>(QStringLiteral("check_%1").arg(key));
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QVERIFY(box->isChecked());
    }
}

void TestRepairScreen::startFromApprovedShowsApprovedParts()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Approved);
    QVERIFY(m_screen->showTicket(t.id));
    auto *parts = child<QTableWidget>("partsUsedTable");
    QCOMPARE(parts->rowCount(), 1);
    QCOMPARE(parts->item(0, 0)->text(), QStringLiteral("Screen P40"));
    QCOMPARE(parts->item(0, 1)->text(), QStringLiteral("2"));
    QVERIFY(!child<QPushButton>("readyButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startRepairButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Repairing);
    QVERIFY(child<QPushButton>("readyButton")->isEnabled());
}

void TestRepairScreen::readyNeedsEveryCheck()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Repairing);
    QVERIFY(m_screen->showTicket(t.id));
    QTest::mouseClick(child<QPushButton>("readyButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Repairing);
    QVERIFY(!m_screen->message().isEmpty());
    tickAll();
    QTest::keyClicks(child<QLineEdit>("repairNoteEdit"), QStringLiteral("Screen replaced"));
    QTest::mouseClick(child<QPushButton>("readyButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Ready);
    auto record = RepairRepository(*m_fx->db, m_fx->clock).latest(t.id);
    QVERIFY(record && *record);
    QCOMPARE((*record)->result, QStringLiteral("fixed"));
    QCOMPARE((*record)->parts.size(), 1);
    QCOMPARE((*record)->parts.at(0).quantity, 2);
    QVERIFY((*record)->checks.value(QStringLiteral("touch")).toBool());
    QCOMPARE((*record)->note, QStringLiteral("Screen replaced"));
}

void TestRepairScreen::waitingForPartsAndBack()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Repairing);
    QVERIFY(m_screen->showTicket(t.id));
    QTest::mouseClick(child<QPushButton>("waitingPartsButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Repairing); // the note is required
    QTest::keyClicks(child<QLineEdit>("repairNoteEdit"), QStringLiteral("Screen on order"));
    QTest::mouseClick(child<QPushButton>("waitingPartsButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::WaitingParts);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE to_status = "
                                        "'waiting_parts' AND note = 'Screen on order'")),
             1);
    QVERIFY(child<QPushButton>("startRepairButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("startRepairButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Repairing);
}

void TestRepairScreen::notFixedIsRecorded()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Repairing);
    QVERIFY(m_screen->showTicket(t.id));
    QTest::keyClicks(child<QLineEdit>("repairNoteEdit"), QStringLiteral("Board cracked"));
    QTest::mouseClick(child<QPushButton>("notFixedButton"), Qt::LeftButton);
    auto record = RepairRepository(*m_fx->db, m_fx->clock).latest(t.id);
    QVERIFY(record && *record);
    QCOMPARE((*record)->result, QStringLiteral("not_fixed"));
}

void TestRepairScreen::notApprovedCannotStart()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Quoted);
    QVERIFY(m_screen->showTicket(t.id));
    QVERIFY(!child<QPushButton>("startRepairButton")->isEnabled());
    // Even when asked directly, the core refuses and the screen says why.
    QVERIFY(!m_screen->startRepair());
    QVERIFY(m_screen->message().contains(t.number));
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Quoted);
}

QTEST_MAIN(TestRepairScreen)
#include "tst_repairscreen.moc"
