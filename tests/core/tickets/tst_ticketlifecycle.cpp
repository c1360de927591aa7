#include "tickets/ticketnumber.h"
#include "tickets/ticketstatus.h"

#include <QTest>

using namespace rc;

class TestTicketLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTrip();
    void graph_data();
    void graph();
    void refusalNamesAllowedTargets();
    void finalStatuses();
    void ticketNumber();
};

void TestTicketLifecycle::idsRoundTrip()
{
    QCOMPARE(TicketLifecycle::allStatuses().size(), 15);
    QSet<QString> ids;
    for (TicketStatus status : TicketLifecycle::allStatuses()) {
        const QString id = TicketLifecycle::id(status);
        QVERIFY(!id.isEmpty());
        QVERIFY(!TicketLifecycle::label(status).isEmpty());
        QCOMPARE(TicketLifecycle::fromId(id), std::optional<TicketStatus>(status));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 15);
    QCOMPARE(TicketLifecycle::id(TicketStatus::AccessoryReplaced),
             QStringLiteral("accessory_replaced"));
    QCOMPARE(TicketLifecycle::id(TicketStatus::WaitingParts), QStringLiteral("waiting_parts"));
    QCOMPARE(TicketLifecycle::id(TicketStatus::ReturnedUnrepaired),
             QStringLiteral("returned_unrepaired"));
    QVERIFY(!TicketLifecycle::fromId(QStringLiteral("done")));
}

// The whole graph of domain.md §1, written out: every pair not listed is refused.
void TestTicketLifecycle::graph_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    // Every open status may also close with a remedy the verdict allows (issue 20).
    const QStringList remedies {QStringLiteral("exchanged"), QStringLiteral("refunded"),
                                QStringLiteral("accessory_replaced")};
    const QMap<QString, QStringList> allowed {
        {QStringLiteral("received"),
         QStringList {QStringLiteral("diagnosing"), QStringLiteral("cancelled")} + remedies},
        {QStringLiteral("diagnosing"),
         QStringList {QStringLiteral("quoted"), QStringLiteral("returned_unrepaired"),
                      QStringLiteral("cancelled")}
             + remedies},
        {QStringLiteral("quoted"),
         QStringList {QStringLiteral("approved"), QStringLiteral("declined"),
                      QStringLiteral("diagnosing"), QStringLiteral("cancelled")}
             + remedies},
        {QStringLiteral("approved"),
         QStringList {QStringLiteral("repairing"), QStringLiteral("waiting_parts"),
                      QStringLiteral("quoted"), QStringLiteral("cancelled")}
             + remedies},
        {QStringLiteral("declined"),
         QStringList {QStringLiteral("quoted"), QStringLiteral("returned_unrepaired")} + remedies},
        {QStringLiteral("repairing"),
         QStringList {QStringLiteral("waiting_parts"), QStringLiteral("ready"),
                      QStringLiteral("quoted"), QStringLiteral("returned_unrepaired")}
             + remedies},
        {QStringLiteral("waiting_parts"),
         QStringList {QStringLiteral("repairing"), QStringLiteral("quoted"),
                      QStringLiteral("returned_unrepaired")}
             + remedies},
        {QStringLiteral("ready"),
         QStringList {QStringLiteral("picked_up"), QStringLiteral("repairing")} + remedies
             + QStringList {QStringLiteral("disposed")}},
        {QStringLiteral("picked_up"), {}},
        {QStringLiteral("returned_unrepaired"), {}},
        {QStringLiteral("cancelled"), {}},
        {QStringLiteral("exchanged"), {}},
        {QStringLiteral("refunded"), {}},
        {QStringLiteral("accessory_replaced"), {}},
        {QStringLiteral("disposed"), {}},
    };
    for (TicketStatus from : TicketLifecycle::allStatuses()) {
        for (TicketStatus to : TicketLifecycle::allStatuses()) {
            const QString f = TicketLifecycle::id(from);
            const QString t = TicketLifecycle::id(to);
            QTest::addRow("%s->%s", qPrintable(f), qPrintable(t))
                << f << t << allowed.value(f).contains(t);
        }
    }
}

void TestTicketLifecycle::graph()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const TicketStatus f = *TicketLifecycle::fromId(from);
    const TicketStatus t = *TicketLifecycle::fromId(to);
    QCOMPARE(TicketLifecycle::isAllowed(f, t), allowed);
    QCOMPARE(TicketLifecycle::refusal(f, t).isEmpty(), allowed);
}

void TestTicketLifecycle::refusalNamesAllowedTargets()
{
    const QString message = TicketLifecycle::refusal(TicketStatus::Received, TicketStatus::Ready);
    QVERIFY(message.contains(TicketLifecycle::label(TicketStatus::Received)));
    QVERIFY(message.contains(TicketLifecycle::label(TicketStatus::Ready)));
    QVERIFY(message.contains(TicketLifecycle::label(TicketStatus::Diagnosing)));
    const QString closed
        = TicketLifecycle::refusal(TicketStatus::PickedUp, TicketStatus::Repairing);
    QVERIFY(closed.contains(QStringLiteral("closed")));
}

void TestTicketLifecycle::finalStatuses()
{
    QVERIFY(TicketLifecycle::isFinal(TicketStatus::PickedUp));
    QVERIFY(TicketLifecycle::isFinal(TicketStatus::Cancelled));
    QVERIFY(TicketLifecycle::isFinal(TicketStatus::ReturnedUnrepaired));
    for (TicketStatus remedy :
         {TicketStatus::Exchanged, TicketStatus::Refunded, TicketStatus::AccessoryReplaced}) {
        QVERIFY(TicketLifecycle::isFinal(remedy));
        QVERIFY(TicketLifecycle::isRemedy(remedy));
        QVERIFY(!TicketLifecycle::isDestructive(remedy));
    }
    QVERIFY(!TicketLifecycle::isRemedy(TicketStatus::Cancelled));
    // An uncollected phone disposed of (issue 20): final, not a remedy.
    QVERIFY(TicketLifecycle::isFinal(TicketStatus::Disposed));
    QVERIFY(!TicketLifecycle::isRemedy(TicketStatus::Disposed));
    QVERIFY(!TicketLifecycle::isFinal(TicketStatus::Ready));
}

void TestTicketLifecycle::ticketNumber()
{
    const QDate date(2026, 11, 23);
    QCOMPARE(TicketNumber::format(QStringLiteral("demo"), QStringLiteral("01"), date, 42),
             QStringLiteral("DEMO01-261123-0042"));
    QCOMPARE(TicketNumber::format(QStringLiteral("SZ3"), QStringLiteral("02"), date, 12345),
             QStringLiteral("SZ302-261123-12345"));
    QVERIFY(TicketNumber::looksLike(QStringLiteral(" demo01-261123-0042 ")));
    QVERIFY(!TicketNumber::looksLike(QStringLiteral("490154203237518")));
    QVERIFY(!TicketNumber::looksLike(QStringLiteral("DEMO01-2611-0042")));
    QCOMPARE(TicketNumber::normalize(QStringLiteral(" demo01-261123-0042")),
             QStringLiteral("DEMO01-261123-0042"));
}

QTEST_GUILESS_MAIN(TestTicketLifecycle)
#include "tst_ticketlifecycle.moc"
