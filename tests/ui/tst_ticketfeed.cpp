// Technician assignment from the ticket view and the diagnosis screen, the queue's "My
// tickets", and the change feed: the queue and the open ticket view follow changes made
// through the workflow layer, whoever makes them (issue 18).
#include "diagnosis/diagnosisscreen.h"
#include "models/ticketqueuemodel.h"
#include "queue/queuescreen.h"
#include "reports/kpireport.h"
#include "ticket/ticketview.h"
#include "widgets/assigncontrol.h"
#include "workflowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rc;

class TestTicketFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clerkAssignsFromTheTicketView();
    void technicianTakesFromTheDiagnosisScreen();
    void refusedAssignmentShowsWhyAndChangesNothing();
    void assignedTicketsCountInTheTechnicianReport();
    void myTicketsFilterSurvivesAReload();
    void queueFollowsChangesMadeElsewhere();
    void ticketViewReloadsOnlyForItsOwnTicket();

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    // The action of "Assign to…" for `username`, from the menu as it is when opened.
    static QAction *menuEntry(ui::AssignControl *control, const QString &objectName);
    int rowOf(ui::QueueScreen &queue, const QString &ticketId) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::WorkflowFixture> m_fx;
    User m_clerk;
    User m_tech;
    User m_tech2;
};

void TestTicketFeed::initTestCase()
{
    // "My tickets" is kept in QSettings: a folder of the test's own, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTicketFeed::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    QSettings().clear();
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
    m_clerk = m_fx->users
                  ->create(QStringLiteral("zhang"), QStringLiteral("张前台"), Role::Clerk,
                           QStringLiteral("1111"))
                  .value();
    m_tech = m_fx->users
                 ->create(QStringLiteral("wang"), QStringLiteral("王工"), Role::Technician,
                          QStringLiteral("2222"))
                 .value();
    m_tech2 = m_fx->users
                  ->create(QStringLiteral("zhao"), QStringLiteral("赵工"), Role::Technician,
                           QStringLiteral("3333"))
                  .value();
}

void TestTicketFeed::cleanup()
{
    m_fx.reset();
}

QAction *TestTicketFeed::menuEntry(ui::AssignControl *control, const QString &objectName)
{
    emit control->assignMenu()->aboutToShow(); // filled from the store when it opens
    return control->assignMenu()->findChild<QAction *>(objectName);
}

int TestTicketFeed::rowOf(ui::QueueScreen &queue, const QString &ticketId) const
{
    for (int row = 0; row < queue.model()->rowCount(); ++row) {
        if (queue.model()->ticketAt(row).id == ticketId)
            return row;
    }
    return -1;
}

void TestTicketFeed::clerkAssignsFromTheTicketView()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    m_fx->session.logIn(m_clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    view.show();
    QVERIFY(view.showTicket(t.id));
    auto *control = view.assignControl();
    QCOMPARE(control->technicianText(), QStringLiteral("Nobody yet"));
    // A clerk gives tickets away; taking one is a technician's.
    QVERIFY(child<QPushButton>(control, "assignButton")->isVisible());
    QVERIFY(!child<QPushButton>(control, "takeTicketButton")->isVisible());

    // The menu lists the enabled technicians, not the clerk nor a disabled one.
    QVERIFY(m_fx->users->setDisabled(m_tech2.id, true, Actor {}));
    QVERIFY(!menuEntry(control, QStringLiteral("assignTo_zhao")));
    QVERIFY(!menuEntry(control, QStringLiteral("assignTo_zhang")));
    QAction *wang = menuEntry(control, QStringLiteral("assignTo_wang"));
    QVERIFY(wang);
    wang->trigger();

    QCOMPARE(m_fx->reread(t).technicianId, m_tech.id);
    QCOMPARE(control->technicianText(), QStringLiteral("王工"));
    // The timeline shows the assignment with the name (read again through the change feed).
    auto *timeline = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    QTRY_COMPARE(timeline->topLevelItemCount(), 2);
    QTreeWidgetItem *last = timeline->topLevelItem(1);
    QCOMPARE(last->text(2), QStringLiteral("Technician assigned"));
    QCOMPARE(last->text(3), QStringLiteral("王工"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets WHERE technician_id = ?"),
                         {m_tech.id}),
             1);

    // Back to nobody.
    QAction *nobody = menuEntry(control, QStringLiteral("assignToNobody"));
    QVERIFY(nobody && nobody->isEnabled());
    nobody->trigger();
    QVERIFY(m_fx->reread(t).technicianId.isEmpty());
    QCOMPARE(control->technicianText(), QStringLiteral("Nobody yet"));
}

void TestTicketFeed::technicianTakesFromTheDiagnosisScreen()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    m_fx->session.logIn(m_tech);
    ui::DiagnosisScreen screen(*m_fx->services, m_fx->session, m_fx->engine);
    screen.show();
    QVERIFY(screen.showTicket(t.id));
    auto *control = screen.assignControl();
    auto *take = child<QPushButton>(control, "takeTicketButton");
    QVERIFY(take->isVisible());
    // A technician takes; giving tickets to others is the counter's.
    QVERIFY(!child<QPushButton>(control, "assignButton")->isVisible());
    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).technicianId, m_tech.id);
    QCOMPARE(control->technicianText(), QStringLiteral("王工"));
    QVERIFY(!take->isVisible()); // it is theirs now
}

void TestTicketFeed::refusedAssignmentShowsWhyAndChangesNothing()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    m_fx->session.logIn(m_clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    auto *control = view.assignControl();
    // The menu was read, then the technician was disabled: the core refuses, with the name.
    QAction *zhao = menuEntry(control, QStringLiteral("assignTo_zhao"));
    QVERIFY(zhao);
    QVERIFY(m_fx->users->setDisabled(m_tech2.id, true, Actor {}));
    zhao->trigger();
    QVERIFY(m_fx->reread(t).technicianId.isEmpty());
    QVERIFY2(control->message().contains(QStringLiteral("赵工")), qPrintable(control->message()));
    // A clerk cannot take a ticket, whatever the buttons show: the core says so, and the
    // refusal is in the audit trail.
    QVERIFY(!control->takeIt());
    QVERIFY(!control->message().isEmpty());
    QVERIFY(m_fx->reread(t).technicianId.isEmpty());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'access.refused' AND user_id = ?"),
                         {m_clerk.id}),
             1);
}

void TestTicketFeed::assignedTicketsCountInTheTechnicianReport()
{
    // Outside demo data the per-technician report fills from assignments made at the counter.
    const Ticket t = m_fx->ticketAt(TicketStatus::Ready);
    m_fx->session.logIn(m_clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    QAction *wang = menuEntry(view.assignControl(), QStringLiteral("assignTo_wang"));
    QVERIFY(wang);
    wang->trigger();
    QCOMPARE(m_fx->reread(t).technicianId, m_tech.id);
    QVERIFY(test::LifecycleWalker::move(*m_fx->db, m_fx->clock, t.id, TicketStatus::PickedUp));

    const QDate today = m_fx->clock.nowUtc().toLocalTime().date();
    auto figures = KpiReport::compute(*m_fx->db, today, today, 90);
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
    const TechnicianFigures *row = nullptr;
    for (const TechnicianFigures &f : figures->technicians) {
        if (f.technicianId == m_tech.id)
            row = &f;
    }
    QVERIFY(row);
    QCOMPARE(row->completed, 1);
    QCOMPARE(row->name, QStringLiteral("王工"));
    // The reference recount agrees.
    auto recount = KpiReport::recount(*m_fx->db, today, today, 90);
    QVERIFY(recount);
    QCOMPARE(KpiReport::toJson(*recount), KpiReport::toJson(*figures));
}

void TestTicketFeed::myTicketsFilterSurvivesAReload()
{
    const Ticket mine = m_fx->ticketAt(TicketStatus::Diagnosing);
    const Ticket theirs = m_fx->ticketAt(TicketStatus::Diagnosing,
                                         m_fx->workflowDraft(QStringLiteral("356938035643809")));
    const Ticket nobodys = m_fx->ticketAt(TicketStatus::Received,
                                          m_fx->workflowDraft(QStringLiteral("353918051234564")));
    QVERIFY(m_fx->workflows->tickets.take(m_tech.id, mine.id));
    QVERIFY(m_fx->workflows->tickets.take(m_tech2.id, theirs.id));

    // A clerk has no tickets of their own: no such filter.
    m_fx->session.logIn(m_clerk);
    {
        ui::QueueScreen queue(*m_fx->services, m_fx->session);
        queue.show();
        QVERIFY(!child<QCheckBox>(&queue, "myTicketsCheck")->isVisible());
        QCOMPARE(queue.model()->rowCount(), 3);
    }

    m_fx->session.logIn(m_tech);
    {
        ui::QueueScreen queue(*m_fx->services, m_fx->session);
        queue.show();
        auto *check = child<QCheckBox>(&queue, "myTicketsCheck");
        QVERIFY(check->isVisible());
        QVERIFY(!check->isChecked()); // the default view is the whole queue
        QCOMPARE(queue.model()->rowCount(), 3);
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
        QVERIFY(check->isChecked());
        QCOMPARE(queue.model()->rowCount(), 1);
        QCOMPARE(queue.model()->ticketAt(0).id, mine.id);
        QVERIFY(!child<QComboBox>(&queue, "technicianFilterCombo")->isEnabled());
        queue.reload();
        QCOMPARE(queue.model()->rowCount(), 1);
    }
    // A new queue (a restart, a language switch) shows the technician's choice again…
    {
        ui::QueueScreen queue(*m_fx->services, m_fx->session);
        QVERIFY(queue.myTicketsOnly());
        QCOMPARE(queue.model()->rowCount(), 1);
        QCOMPARE(queue.model()->ticketAt(0).id, mine.id);
        // …for them only: the other technician logs in on the same station.
        m_fx->session.logIn(m_tech2);
        QVERIFY(!queue.myTicketsOnly());
        QCOMPARE(queue.model()->rowCount(), 3);
        queue.setMyTicketsOnly(true);
        QCOMPARE(queue.model()->rowCount(), 1);
        QCOMPARE(queue.model()->ticketAt(0).id, theirs.id);
    }
    Q_UNUSED(nobodys)
}

void TestTicketFeed::queueFollowsChangesMadeElsewhere()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    m_fx->session.logIn(m_clerk);
    ui::QueueScreen queue(*m_fx->services, m_fx->session);
    queue.show();
    QCOMPARE(queue.model()->rowCount(), 1);
    const int row = rowOf(queue, t.id);
    QVERIFY(row >= 0);
    QVERIFY(queue.model()->ticketAt(row).technicianId.isEmpty());

    // Straight through the workflow layer, no screen involved (as repairctl or a pull would).
    QVERIFY(m_fx->workflows->tickets.assign(m_clerk.id, t.id, m_tech.id));
    QTRY_COMPARE(queue.model()->ticketAt(rowOf(queue, t.id)).technicianId, m_tech.id);
    const QModelIndex technician
        = queue.model()->index(rowOf(queue, t.id), ui::TicketQueueModel::Technician);
    QCOMPARE(queue.model()->data(technician).toString(), QStringLiteral("王工"));

    QVERIFY(m_fx->workflows->tickets.move(m_tech.id, t.id, TicketStatus::Diagnosing));
    QTRY_COMPARE(queue.model()->ticketAt(rowOf(queue, t.id)).status, TicketStatus::Diagnosing);

    // A ticket registered at the intake desk appears without a click on Refresh.
    NewTicket d = m_fx->workflowDraft(QStringLiteral("356938035643809"));
    auto created = m_fx->tickets->create(d, Actor {});
    QVERIFY(created);
    QCOMPARE(queue.model()->rowCount(), 1); // the repository alone announces nothing
    emit m_fx->workflows->changes.ticketCreated(created->id);
    QTRY_COMPARE(queue.model()->rowCount(), 2);
}

void TestTicketFeed::ticketViewReloadsOnlyForItsOwnTicket()
{
    const Ticket shown = m_fx->ticketAt(TicketStatus::Received);
    const Ticket other = m_fx->ticketAt(TicketStatus::Received,
                                        m_fx->workflowDraft(QStringLiteral("356938035643809")));
    m_fx->session.logIn(m_clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    view.show();
    QVERIFY(view.showTicket(shown.id));
    auto *status = child<QLabel>(&view, "ticketStatusLabel");
    auto *note = child<QLineEdit>(&view, "statusNoteEdit");
    auto *timeline = child<QTreeWidget>(&view, "timelineTree");
    QCOMPARE(status->text(), QStringLiteral("Received"));
    const int events = timeline->topLevelItemCount();
    note->setText(QStringLiteral("typed before the change"));

    // Another ticket changes: the view is not read again (the note stays, nothing moves).
    QVERIFY(m_fx->workflows->tickets.move(m_tech.id, other.id, TicketStatus::Diagnosing));
    QTest::qWait(20);
    QCOMPARE(view.ticket()->version, shown.version);

    // Its own ticket changes through the workflow layer: status, technician and timeline are
    // the store's now, and what the user was typing is still there.
    QVERIFY(m_fx->workflows->tickets.take(m_tech.id, shown.id));
    QVERIFY(m_fx->workflows->tickets.move(m_tech.id, shown.id, TicketStatus::Diagnosing));
    QTRY_COMPARE(status->text(), QStringLiteral("Diagnosing"));
    QCOMPARE(view.ticket()->version, m_fx->reread(shown).version);
    QCOMPARE(view.assignControl()->technicianText(), QStringLiteral("王工"));
    QVERIFY(timeline->topLevelItemCount() > events);
    QCOMPARE(note->text(), QStringLiteral("typed before the change"));
}

QTEST_MAIN(TestTicketFeed)
#include "tst_ticketfeed.moc"
