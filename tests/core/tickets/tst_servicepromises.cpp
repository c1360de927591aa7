// The service promises in core (core/tickets/servicepromises.h): CN-07/08/09 flags from the
// statutory policy's days.
#include "tickets/servicepromises.h"
#include "warranty/policy.h"

#include <QTest>

using namespace rc;

class TestServicePromises : public QObject
{
    Q_OBJECT

private slots:
    void flags_data();
    void flags();
    void daysComeFromThePolicy();
};

void TestServicePromises::flags_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("daysOpen");
    QTest::addColumn<QString>("rule");
    QTest::newRow("repairing day 7: nothing yet") << "repairing" << 7 << "";
    QTest::newRow("repairing day 8: CN-07 loaner") << "repairing" << 8 << "CN-07";
    QTest::newRow("repairing day 31: CN-09 exchange") << "repairing" << 31 << "CN-09";
    QTest::newRow("waiting parts day 60: CN-07") << "waiting_parts" << 60 << "CN-07";
    QTest::newRow("waiting parts day 61: CN-08") << "waiting_parts" << 61 << "CN-08";
    QTest::newRow("diagnosing day 31: CN-09") << "diagnosing" << 31 << "CN-09";
    QTest::newRow("ready: no flag") << "ready" << 90 << "";
    QTest::newRow("picked up: no flag") << "picked_up" << 90 << "";
}

void TestServicePromises::flags()
{
    QFETCH(QString, status);
    QFETCH(int, daysOpen);
    QFETCH(QString, rule);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const auto s = ServicePromises::evaluate(*TicketLifecycle::fromId(status),
                                             now.addDays(-daysOpen), now.addDays(-1), now);
    QCOMPARE(s.ruleId, rule);
    QCOMPARE(s.daysOpen, daysOpen);
    if (!rule.isEmpty())
        QCOMPARE(s.urgency, Urgency::Late);
}

void TestServicePromises::daysComeFromThePolicy()
{
    const auto set = warranty::PolicySet::builtin();
    const DeadlineDays sanbao = DeadlineDays::of(set.find(QStringLiteral("cn-sanbao")));
    QCOMPARE(sanbao.loanerDays, 7);
    QCOMPARE(sanbao.partsDays, 60);
    QCOMPARE(sanbao.repairerDays, 30);
    // A policy that promises a loaner after 10 days: day 8 is not late for CN-07 any more.
    warranty::Policy custom = *set.find(QStringLiteral("cn-sanbao"));
    custom.loanerAfterDays = 10;
    const DeadlineDays days = DeadlineDays::of(&custom);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QCOMPARE(
        ServicePromises::evaluate(TicketStatus::Repairing, now.addDays(-8), now, now, days).ruleId,
        QString());
    QCOMPARE(
        ServicePromises::evaluate(TicketStatus::Repairing, now.addDays(-11), now, now, days).ruleId,
        QStringLiteral("CN-07"));
    // The EU policy has no such days: the defaults.
    QCOMPARE(DeadlineDays::of(set.find(QStringLiteral("eu-2019-771"))).loanerDays, 7);
}

QTEST_GUILESS_MAIN(TestServicePromises)
#include "tst_servicepromises.moc"
