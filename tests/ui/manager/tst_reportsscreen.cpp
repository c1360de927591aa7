#include "../uifixture.h"
#include "lifecyclewalker.h"

#include "reports/reportsscreen.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>

using namespace rc;

// Two tickets picked up (26 h and 50 h), one still open, in the week of 2026-11-16.
class TestReportsScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsFiguresTablesAndChart();
    void exportsCsv();
    void longRangesChartByWeek();
    void chartLabelsDoNotRepeat_data();
    void chartLabelsDoNotRepeat();
    void longRangesRunOnAWorker();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    void run(const QString &id, const QList<TicketStatus> &path, QDateTime at, int hoursEach)
    {
        for (TicketStatus s : path) {
            at = at.addSecs(hoursEach * 3600);
            m_fx.clock.setNowUtc(at);
            QVERIFY(test::LifecycleWalker::move(*m_fx.db, m_fx.clock, id, s));
        }
    }
    QString value(const QString &figure)
    {
        auto *t = child<QTableWidget>(m_screen.get(), "summaryTable");
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->item(row, 0)->text() == figure)
                return t->item(row, 1)->text();
        return QStringLiteral("(missing)");
    }

    test::UiFixture m_fx;
    std::unique_ptr<ui::ReportsScreen> m_screen;
};

void TestReportsScreen::initTestCase()
{
    QVERIFY(m_fx.open());
    m_fx.logIn(Role::Manager, QStringLiteral("boss"));
    using S = TicketStatus;
    const QList<S> path {S::Diagnosing, S::Quoted, S::Approved,
                         S::Repairing,  S::Ready,  S::PickedUp};
    const QDateTime monday(QDate(2026, 11, 16), QTime(8, 0), Qt::UTC);
    m_fx.clock.setNowUtc(monday);
    const Ticket a = m_fx.createTicket(m_fx.draft());
    run(a.id, path, monday, 4); // six steps of 4 h: 24 h … no: picked up after 24 h
    m_fx.clock.setNowUtc(monday.addDays(1));
    const Ticket b = m_fx.createTicket(m_fx.draft(QStringLiteral("356938035643809")));
    run(b.id, path, monday.addDays(1), 8); // 48 h
    m_fx.clock.setNowUtc(monday.addDays(2));
    m_fx.createTicket(m_fx.draft(QStringLiteral("352099001761481")));
    m_fx.clock.setNowUtc(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    m_screen = std::make_unique<ui::ReportsScreen>(*m_fx.services, m_fx.session);
    m_screen->setRange(QDate(2026, 11, 16), QDate(2026, 11, 22));
    QVERIFY(!child<QPushButton>(m_screen.get(), "exportReportButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "runReportButton"), Qt::LeftButton);
    QVERIFY(m_screen->figures().has_value());
}

void TestReportsScreen::showsFiguresTablesAndChart()
{
    QCOMPARE(value(ui::ReportsScreen::tr("Tickets received")), QStringLiteral("3"));
    QCOMPARE(value(ui::ReportsScreen::tr("Tickets completed (picked up)")), QStringLiteral("2"));
    // Median of 24 h and 48 h is 36 h; the 90th percentile is 48 h.
    QCOMPARE(value(ui::ReportsScreen::tr("Turnaround, median")),
             ui::ReportsScreen::tr("%1 h").arg(QStringLiteral("36.0")));
    QCOMPARE(value(ui::ReportsScreen::tr("Turnaround, 90th percentile")),
             ui::ReportsScreen::tr("%1 h").arg(QStringLiteral("48.0")));
    auto *stages = child<QTableWidget>(m_screen.get(), "stagesTable");
    QCOMPARE(stages->rowCount(), 6); // received … ready
    QCOMPARE(stages->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(stages->item(0, 2)->text(), QStringLiteral("6.0")); // (4 + 8) / 2
    auto *technicians = child<QTableWidget>(m_screen.get(), "techniciansTable");
    QCOMPARE(technicians->rowCount(), 1);
    QCOMPARE(technicians->item(0, 1)->text(), QStringLiteral("2"));

    QChart *chart = m_screen->chartView()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->count(), 7); // one bar per day
    QCOMPARE(bars->barSets().at(0)->at(0), 1.0); // received on Monday
    QCOMPARE(bars->barSets().at(1)->at(1), 1.0); // completed on Tuesday (24 h later)
    QCOMPARE(bars->barSets().at(1)->at(3), 1.0); // and on Thursday (48 h after Tuesday)
}

void TestReportsScreen::exportsCsv()
{
    QVERIFY(child<QPushButton>(m_screen.get(), "exportReportButton")->isEnabled());
    const QString path = m_fx.dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(m_screen->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("metric,value\r\nfrom,2026-11-16\r\nto,2026-11-22\r\nreceived,3\r\n"));
    QVERIFY(csv.contains("turnaround_median_hours,36.0\r\n"));
}

void TestReportsScreen::longRangesChartByWeek()
{
    m_screen->setRange(QDate(2026, 9, 1), QDate(2026, 11, 30));
    QVERIFY(m_screen->run());
    auto *bars = qobject_cast<QBarSeries *>(m_screen->chartView()->chart()->series().first());
    QCOMPARE(bars->barSets().at(0)->count(), 13); // 91 days in weeks
    double received = 0;
    for (int i = 0; i < bars->barSets().at(0)->count(); ++i)
        received += bars->barSets().at(0)->at(i);
    QCOMPARE(received, 3.0);
}

void TestReportsScreen::chartLabelsDoNotRepeat_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("a week, at most one ticket a day") << QDate(2026, 11, 16) << QDate(2026, 11, 22);
    QTest::newRow("a quarter, by week") << QDate(2026, 9, 1) << QDate(2026, 11, 30);
}

// Issue 17: the chart repeated its axis labels: "0 0 0 0 1" up the side when a day had at most
// one ticket, "09-… 09-… 10-…" along the bottom when weeks were cut to their bars' width. Read
// what the chart really draws: the text items of its scene.
void TestReportsScreen::chartLabelsDoNotRepeat()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    m_screen->setRange(from, to);
    QVERIFY(m_screen->run());
    QChartView *view = m_screen->chartView();
    m_screen->resize(1100, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QTest::qWait(300);
    QStringList counts;
    QStringList dates;
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    static const QRegularExpression date(QStringLiteral("^\\d\\d-\\d\\d$"));
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString label = text->toPlainText();
        if (number.match(label).hasMatch())
            counts << label;
        else if (date.match(label).hasMatch())
            dates << label;
        QVERIFY2(!label.endsWith(QStringLiteral("...")) && !label.endsWith(QChar(u'…')),
                 qPrintable(label)); // cut to its bar's width
    }
    QVERIFY2(counts.size() >= 2, qPrintable(counts.join(QLatin1Char(' '))));
    QCOMPARE(QSet<QString>(counts.begin(), counts.end()).size(), counts.size());
    QVERIFY(!dates.isEmpty());
    QCOMPARE(QSet<QString>(dates.begin(), dates.end()).size(), dates.size());
    m_screen->hide();
}

// A year: computed on a worker with its own connection; the screen stays usable, shows it is
// busy, refuses a second run meanwhile, and then shows the same figures as an inline run.
void TestReportsScreen::longRangesRunOnAWorker()
{
    m_screen->setRange(QDate(2025, 12, 1), QDate(2026, 11, 30));
    QSignalSpy finished(m_screen.get(), &ui::ReportsScreen::reportFinished);
    QVERIFY(m_screen->run());
    QVERIFY(m_screen->isRunning());
    QVERIFY(!m_screen->run());
    QVERIFY(!child<QPushButton>(m_screen.get(), "runReportButton")->isEnabled());
    QVERIFY(!child<QProgressBar>(m_screen.get(), "reportBusy")->isHidden());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_screen->isRunning());
    QVERIFY(child<QPushButton>(m_screen.get(), "runReportButton")->isEnabled());
    QVERIFY(child<QProgressBar>(m_screen.get(), "reportBusy")->isHidden());
    auto inline_ = KpiReport::compute(*m_fx.db, QDate(2025, 12, 1), QDate(2026, 11, 30),
                                      m_screen->figures()->repairWarrantyDays);
    QVERIFY(inline_.ok());
    QCOMPARE(m_screen->figures()->completed, 2);
    QCOMPARE(KpiReport::toJson(*m_screen->figures()), KpiReport::toJson(*inline_));
    QCOMPARE(value(ui::ReportsScreen::tr("Tickets received")), QStringLiteral("3"));
}

QTEST_MAIN(TestReportsScreen)
#include "tst_reportsscreen.moc"
