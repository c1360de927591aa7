#include "lifecyclewalker.h"
#include "models/promises.h"
#include "models/ticketqueuemodel.h"
#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace rc;

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pagesLazily();
    void showsStatusAgeTechnicianAndNext();
    void agesAreColouredAndFlagged();
    void failedLoadIsReported();

private:
    ui::TicketQueueModel::Fetch openTickets();
    std::unique_ptr<test::UiFixture> m_fx;
};

void TestTicketQueueModel::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
}

ui::TicketQueueModel::Fetch TestTicketQueueModel::openTickets()
{
    return [this](int offset, int limit) {
        TicketFilter filter;
        filter.openOnly = true;
        filter.offset = offset;
        filter.limit = limit;
        return m_fx->tickets->list(filter);
    };
}

void TestTicketQueueModel::pagesLazily()
{
    const int total = ui::TicketQueueModel::pageSize * 2 + 17;
    for (int i = 0; i < total; ++i)
        m_fx->createTicket(m_fx->draft());
    // A closed ticket is not in the queue.
    const Ticket closed = m_fx->createTicket(m_fx->draft());
    QVERIFY(
        test::LifecycleWalker::move(*m_fx->db, m_fx->clock, closed.id, TicketStatus::Cancelled));

    ui::TicketQueueModel model(m_fx->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(openTickets());
    QCOMPARE(model.rowCount(), ui::TicketQueueModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ui::TicketQueueModel::pageSize * 2);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    // Newest first.
    QVERIFY(model.ticketAt(0).number > model.ticketAt(total - 1).number);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.ticketAt(row).id != closed.id);
    model.reload();
    QCOMPARE(model.rowCount(), ui::TicketQueueModel::pageSize);
}

void TestTicketQueueModel::showsStatusAgeTechnicianAndNext()
{
    QLocale::setDefault(QLocale(QLocale::English));
    auto tech = m_fx->users->create(QStringLiteral("wang"), QStringLiteral("王工"),
                                    Role::Technician, QStringLiteral("2222"));
    QVERIFY(tech);
    const Ticket ticket = m_fx->createTicket(m_fx->draft());
    QVERIFY(m_fx->tickets->assignTechnician(ticket.id, tech->id, Actor {}));
    QVERIFY(m_fx->tickets->transition(ticket.id, TicketStatus::Diagnosing, Actor {}));
    m_fx->clock.advanceSeconds(2 * 86400 + 60);

    ui::TicketQueueModel model(m_fx->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTechnicianNames({{tech->id, QStringLiteral("王工")}});
    model.setSource(openTickets());
    QCOMPARE(model.rowCount(), 1);
    using M = ui::TicketQueueModel;
    QCOMPARE(model.index(0, M::Number).data().toString(), ticket.number);
    QCOMPARE(model.index(0, M::Status).data().toString(),
             TicketLifecycle::label(TicketStatus::Diagnosing));
    QCOMPARE(model.index(0, M::Age).data().toString(),
             ui::TicketQueueModel::tr("%n day(s)", nullptr, 2));
    QCOMPARE(model.index(0, M::Technician).data().toString(), QStringLiteral("王工"));
    QCOMPARE(model.index(0, M::Customer).data().toString(), QStringLiteral("王小明"));
    QCOMPARE(model.index(0, M::Device).data().toString(), QStringLiteral("Huawei P40"));
    QCOMPARE(model.index(0, M::NextStep).data().toString(),
             ui::Promises::nextStep(TicketStatus::Diagnosing));
    QCOMPARE(model.index(0, 0).data(M::TicketIdRole).toString(), ticket.id);
}

void TestTicketQueueModel::agesAreColouredAndFlagged()
{
    const Ticket ticket = m_fx->createTicket(m_fx->draft());
    for (TicketStatus status : {TicketStatus::Diagnosing, TicketStatus::Quoted,
                                TicketStatus::Approved, TicketStatus::Repairing})
        QVERIFY(test::LifecycleWalker::move(*m_fx->db, m_fx->clock, ticket.id, status));
    ui::TicketQueueModel model(m_fx->clock);
    model.setSource(openTickets());
    using M = ui::TicketQueueModel;
    QCOMPARE(model.index(0, M::Age).data(M::UrgencyRole).toInt(), int(ui::Urgency::None));
    QVERIFY(!model.index(0, M::Age).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(0, M::Flag).data().toString().isEmpty());

    // Behind the center's own promise with no rule at stake yet: the coloured cell says so.
    m_fx->clock.advanceSeconds(4 * 86400 + 60);
    model.reload();
    QCOMPARE(model.index(0, M::Age).data(M::UrgencyRole).toInt(), int(ui::Urgency::Due));
    QVERIFY(model.index(0, M::Flag).data(M::RuleIdRole).toString().isEmpty());
    QCOMPARE(model.index(0, M::Flag).data().toString(),
             ui::Promises::urgencyFlag(ui::Urgency::Due));
    QVERIFY(model.index(0, M::Flag)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(ui::Promises::nextStep(TicketStatus::Repairing)));
    m_fx->clock.advanceSeconds(-(4 * 86400 + 60));

    m_fx->clock.advanceSeconds(8 * 86400 + 60);
    model.reload();
    QCOMPARE(model.index(0, M::Age).data(M::UrgencyRole).toInt(), int(ui::Urgency::Late));
    QCOMPARE(model.index(0, M::Flag).data(M::RuleIdRole).toString(), QStringLiteral("CN-07"));
    QVERIFY(model.index(0, M::Flag).data().toString().contains(QStringLiteral("CN-07")));
    QVERIFY(
        model.index(0, M::Flag).data(Qt::ToolTipRole).toString().contains(QStringLiteral("CN-07")));
    QVERIFY(model.index(0, M::Age).data(Qt::BackgroundRole).value<QBrush>().color().isValid());

    m_fx->clock.advanceSeconds(23 * 86400);
    model.reload();
    QCOMPARE(model.index(0, M::Flag).data(M::RuleIdRole).toString(), QStringLiteral("CN-09"));
}

void TestTicketQueueModel::failedLoadIsReported()
{
    ui::TicketQueueModel model(m_fx->clock);
    QSignalSpy failed(&model, &ui::TicketQueueModel::loadFailed);
    model.setSource([](int, int) -> Result<QList<TicketSummary>> {
        return Error {QStringLiteral("DB_IO"), QStringLiteral("disk gone")};
    });
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.lastError(), QStringLiteral("disk gone"));
}

QTEST_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
