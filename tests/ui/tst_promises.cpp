#include "models/promises.h"

#include <QTest>

using namespace rc;
using rc::ui::Promises;
using rc::ui::Urgency;

// The service promises of domain.md §1 as the queue shows them.
class TestPromises : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void closedTicketsHaveNoFlag();
};

void TestPromises::evaluate_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("daysOpen");
    QTest::addColumn<int>("daysInStatus");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<QString>("rule");

    const int none = int(Urgency::None), due = int(Urgency::Due), late = int(Urgency::Late);
    QTest::newRow("new") << "received" << 0 << 0 << none << "";
    QTest::newRow("diagnosis day 3") << "diagnosing" << 3 << 3 << none << "";
    QTest::newRow("diagnosis day 4") << "diagnosing" << 4 << 4 << due << "";
    QTest::newRow("diagnosis day 6") << "diagnosing" << 6 << 6 << late << "";
    QTest::newRow("repair 3 days") << "repairing" << 3 << 3 << none << "";
    QTest::newRow("repair 4 days") << "repairing" << 4 << 4 << due << "";
    QTest::newRow("repair day 7") << "repairing" << 7 << 5 << due << "";
    QTest::newRow("repair day 8: loaner") << "repairing" << 8 << 5 << late << "CN-07";
    QTest::newRow("approved day 8: loaner") << "approved" << 8 << 1 << late << "CN-07";
    QTest::newRow("repair day 30") << "repairing" << 30 << 20 << late << "CN-07";
    QTest::newRow("repair day 31: exchange") << "repairing" << 31 << 20 << late << "CN-09";
    QTest::newRow("parts day 31: loaner") << "waiting_parts" << 31 << 20 << late << "CN-07";
    QTest::newRow("parts day 60") << "waiting_parts" << 60 << 50 << late << "CN-07";
    QTest::newRow("parts day 61: exchange") << "waiting_parts" << 61 << 50 << late << "CN-08";
    QTest::newRow("ready day 40") << "ready" << 40 << 1 << none << "";
}

void TestPromises::evaluate()
{
    QFETCH(QString, status);
    QFETCH(int, daysOpen);
    QFETCH(int, daysInStatus);
    QFETCH(int, urgency);
    QFETCH(QString, rule);
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    const auto state = Promises::evaluate(*TicketLifecycle::fromId(status), now.addDays(-daysOpen),
                                          now.addDays(-daysInStatus), now);
    QCOMPARE(state.daysOpen, daysOpen);
    QCOMPARE(state.daysInStatus, daysInStatus);
    QCOMPARE(int(state.urgency), urgency);
    QCOMPARE(state.ruleId, rule);
    if (!rule.isEmpty())
        QVERIFY(Promises::flagText(rule).contains(rule));
}

void TestPromises::closedTicketsHaveNoFlag()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    for (TicketStatus status :
         {TicketStatus::PickedUp, TicketStatus::ReturnedUnrepaired, TicketStatus::Cancelled}) {
        const auto state = Promises::evaluate(status, now.addDays(-90), now.addDays(-80), now);
        QCOMPARE(state.urgency, Urgency::None);
        QVERIFY(state.ruleId.isEmpty());
        QVERIFY(!Promises::isOpen(status));
    }
}

QTEST_GUILESS_MAIN(TestPromises)
#include "tst_promises.moc"
