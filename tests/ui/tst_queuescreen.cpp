#include "models/ticketqueuemodel.h"
#include "queue/queuescreen.h"
#include "uifixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rc;

class TestQueueScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsOpenTicketsNewestFirst();
    void filtersByStatusAndTechnician();
    void scannedTicketNumberOpensTheTicket();
    void newIntakeOnlyForIntakeRoles();
    void searchFindsByImeiPhoneAndName();
    void searchResultsPageLikeTheList();

private:
    std::unique_ptr<test::UiFixture> m_fx;
    QList<Ticket> m_tickets;
    User m_tech;
};

void TestQueueScreen::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    auto tech = m_fx->users->create(QStringLiteral("wang"), QStringLiteral("王工"),
                                    Role::Technician, QStringLiteral("2222"));
    QVERIFY(tech);
    m_tech = tech.value();
    m_tickets.clear();
    for (int i = 0; i < 5; ++i)
        m_tickets << m_fx->createTicket(m_fx->draft());
    QVERIFY(m_fx->tickets->transition(m_tickets[0].id, TicketStatus::Cancelled, Actor {},
                                      QStringLiteral("customer took it back")));
    QVERIFY(m_fx->tickets->transition(m_tickets[1].id, TicketStatus::Diagnosing, Actor {}));
    QVERIFY(m_fx->tickets->assignTechnician(m_tickets[1].id, m_tech.id, Actor {}));
    QVERIFY(m_fx->tickets->transition(m_tickets[2].id, TicketStatus::Diagnosing, Actor {}));
}

void TestQueueScreen::showsOpenTicketsNewestFirst()
{
    m_fx->logIn(Role::Clerk);
    ui::QueueScreen screen(*m_fx->services, m_fx->session);
    auto *table = screen.findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(screen.model()->ticketAt(0).id, m_tickets[4].id);
    auto *count = screen.findChild<QLabel *>(QStringLiteral("queueCountLabel"));
    QVERIFY(count->text().contains(QLatin1Char('4')));
}

void TestQueueScreen::filtersByStatusAndTechnician()
{
    m_fx->logIn(Role::Manager);
    ui::QueueScreen screen(*m_fx->services, m_fx->session);
    auto *status = screen.findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
    auto *technician = screen.findChild<QComboBox *>(QStringLiteral("technicianFilterCombo"));
    QVERIFY(status && technician);
    status->setCurrentIndex(status->findData(QStringLiteral("diagnosing")));
    QCOMPARE(screen.model()->rowCount(), 2);
    technician->setCurrentIndex(technician->findData(m_tech.id));
    QCOMPARE(screen.model()->rowCount(), 1);
    QCOMPARE(screen.model()->ticketAt(0).id, m_tickets[1].id);
    QCOMPARE(screen.model()->index(0, ui::TicketQueueModel::Technician).data().toString(),
             QStringLiteral("王工"));
    status->setCurrentIndex(status->findData(QStringLiteral("cancelled")));
    technician->setCurrentIndex(0);
    QCOMPARE(screen.model()->rowCount(), 1);
    QCOMPARE(screen.model()->ticketAt(0).id, m_tickets[0].id);
}

void TestQueueScreen::scannedTicketNumberOpensTheTicket()
{
    m_fx->logIn(Role::Clerk);
    ui::QueueScreen screen(*m_fx->services, m_fx->session);
    QSignalSpy open(&screen, &ui::QueueScreen::openTicketRequested);
    auto *search = screen.findChild<QLineEdit *>(QStringLiteral("queueSearchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, m_tickets[3].number.toLower());
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_tickets[3].id);

    // Clearing the box brings the queue back.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(screen.model()->rowCount(), 4);
}

void TestQueueScreen::newIntakeOnlyForIntakeRoles()
{
    m_fx->logIn(Role::Technician, QStringLiteral("tech2"));
    ui::QueueScreen screen(*m_fx->services, m_fx->session);
    auto *button = screen.findChild<QPushButton *>(QStringLiteral("newIntakeButton"));
    QVERIFY(button);
    QVERIFY(button->isHidden());
    m_fx->logIn(Role::Clerk, QStringLiteral("clerk2"));
    QVERIFY(!button->isHidden());
    QSignalSpy intake(&screen, &ui::QueueScreen::intakeRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(intake.count(), 1);
}

void TestQueueScreen::searchResultsPageLikeTheList()
{
    m_fx->logIn(Role::Clerk);
    // More matches than one page: 5 + 120 tickets of the same customer.
    const int pageSize = ui::TicketQueueModel::pageSize;
    for (int i = 0; i < pageSize + 20; ++i) {
        m_fx->clock.advanceSeconds(1);
        m_fx->createTicket(m_fx->draft());
    }
    ui::QueueScreen screen(*m_fx->services, m_fx->session);
    auto *search = screen.findChild<QLineEdit *>(QStringLiteral("queueSearchEdit"));
    test::typeText(search, QStringLiteral("王小明"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *model = screen.model();
    QCOMPARE(model->rowCount(), pageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), pageSize + 25);
    QVERIFY(!model->canFetchMore({}));
    // Newest first across the page boundary, nobody twice.
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->ticketAt(row).id);
        if (row > 0)
            QVERIFY(model->ticketAt(row - 1).createdAt >= model->ticketAt(row).createdAt);
    }
    QCOMPARE(ids.size(), pageSize + 25);
    QVERIFY(screen.findChild<QLabel *>(QStringLiteral("queueCountLabel"))
                ->text()
                .contains(QString::number(pageSize + 25)));
}

void TestQueueScreen::searchFindsByImeiPhoneAndName()
{
    m_fx->logIn(Role::Clerk);
    const Ticket other = m_fx->createTicket(
        m_fx->draft(QStringLiteral("356938035643809"), QStringLiteral("欧阳小红")));
    ui::QueueScreen screen(*m_fx->services, m_fx->session);
    auto *search = screen.findChild<QLineEdit *>(QStringLiteral("queueSearchEdit"));
    const auto find = [&](const QString &text) {
        search->clear();
        test::typeText(search, text);
        QTest::keyClick(search, Qt::Key_Return);
        QStringList ids;
        for (int row = 0; row < screen.model()->rowCount(); ++row)
            ids << screen.model()->ticketAt(row).id;
        return ids;
    };
    QCOMPARE(find(QStringLiteral("356938035643809")), QStringList {other.id});
    QCOMPARE(find(QStringLiteral("3809")), QStringList {other.id}); // IMEI ending
    QCOMPARE(find(QStringLiteral("小红")), QStringList {other.id});
    QCOMPARE(find(QStringLiteral("王小明")).size(), 5); // the closed one is found as well
    QCOMPARE(find(QStringLiteral("5678")).size(), 6); // phone ending: everyone here
    QVERIFY(find(QStringLiteral("nobody")).isEmpty());
    auto *count = screen.findChild<QLabel *>(QStringLiteral("queueCountLabel"));
    QVERIFY(!count->text().isEmpty());
}

QTEST_MAIN(TestQueueScreen)
#include "tst_queuescreen.moc"
