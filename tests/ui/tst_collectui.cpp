// Uncollected phones at the counter (issue 20): the ticket view's "Notice to collect…" and
// "Dispose…" with their dialogs (the core's refusals shown as it words them), the notices in
// the timeline, the queue's "Ready for" column and its sort, and the reports screen's
// remedies-by-rule and refunds tabs with their CSV exports.
#include "workflowfixture.h"

#include "common/csv.h"
#include "models/ticketqueuemodel.h"
#include "queue/queuescreen.h"
#include "reports/reportsscreen.h"
#include "ticket/collectdialogs.h"
#include "ticket/ticketview.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rc;
using S = TicketStatus;

class TestCollectUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noticeThenDisposeFromTheTicketView();
    void theClerkHasNoDispose();
    void readyForInTheQueue();
    void remedyAndRefundTabs();

private:
    // A manager with a 6-digit PIN, signed in.
    User logInManager()
    {
        auto boss = m_fx->users->create(QStringLiteral("boss"), QStringLiteral("王店长"),
                                        Role::Manager, QStringLiteral("135790"));
        if (!boss)
            qFatal("%s", qPrintable(boss.error().message));
        m_fx->session.logIn(*boss);
        return *boss;
    }
    QStringList timelineTexts(ui::TicketView &view) const
    {
        QStringList out;
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
            out.append(tree->topLevelItem(i)->text(2) + QLatin1Char('|')
                       + tree->topLevelItem(i)->text(3));
        return out;
    }

    std::unique_ptr<test::WorkflowFixture> m_fx;
};

void TestCollectUi::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
}

void TestCollectUi::noticeThenDisposeFromTheTicketView()
{
    const Ticket t = m_fx->ticketAt(S::Ready, m_fx->workflowDraft());
    logInManager();
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    QVERIFY(!view.noticeButton()->isHidden());
    QVERIFY(!view.disposeButton()->isHidden());

    // Dispose with no notice: the dialog shows the core's refusal and stays open.
    view.disposeButton()->click();
    ui::DisposeDialog *dispose = view.disposeDialog();
    QVERIFY(dispose);
    dispose->reasonEdit()->setText(QStringLiteral("送回收"));
    QVERIFY(!dispose->dispose());
    QVERIFY2(dispose->message().contains(QStringLiteral("never told")),
             qPrintable(dispose->message()));
    dispose->reject();
    QTRY_VERIFY(!view.disposeDialog());

    // A notice by letter, recorded through the dialog; the timeline lists it.
    view.noticeButton()->click();
    ui::NoticeDialog *notice = view.noticeDialog();
    QVERIFY(notice);
    notice->howBox()->setCurrentIndex(notice->howBox()->findData(QStringLiteral("letter")));
    notice->noteEdit()->setText(QStringLiteral("挂号信"));
    QVERIFY(notice->record());
    QTRY_VERIFY(!view.noticeDialog());
    const QStringList timeline = timelineTexts(view);
    QVERIFY2(timeline.filter(QStringLiteral("Notice to collect|")).size() == 1,
             qPrintable(timeline.join(u'\n')));
    QVERIFY(timeline.filter(QStringLiteral("挂号信")).size() == 1);

    // Too early: the first allowed day is named.
    view.disposeButton()->click();
    dispose = view.disposeDialog();
    QVERIFY(dispose);
    auto *history = dispose->findChild<QLabel *>(QStringLiteral("disposeHistory"));
    QVERIFY(history->text().contains(QStringLiteral("2027-02-21")));
    dispose->reasonEdit()->setText(QStringLiteral("送回收"));
    QVERIFY(!dispose->dispose());
    QVERIFY(dispose->message().contains(QStringLiteral("2027-02-21")));
    // No reason.
    m_fx->clock.advanceSeconds(90 * 24 * 3600);
    dispose->reasonEdit()->clear();
    QVERIFY(!dispose->dispose());
    QVERIFY(dispose->message().contains(QStringLiteral("Write why")));
    dispose->reasonEdit()->setText(QStringLiteral("客户失联，送回收"));
    QVERIFY2(dispose->dispose(), qPrintable(dispose->message()));
    QTRY_VERIFY(!view.disposeDialog());
    QCOMPARE(m_fx->tickets->byId(t.id)->value().status, S::Disposed);
    // Closed: neither action is offered any more.
    QVERIFY(view.noticeButton()->isHidden());
    QVERIFY(view.disposeButton()->isHidden());
}

void TestCollectUi::theClerkHasNoDispose()
{
    const Ticket t = m_fx->ticketAt(S::Ready, m_fx->workflowDraft());
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    QVERIFY(!view.noticeButton()->isHidden());
    QVERIFY(view.disposeButton()->isHidden());
    // Even with the dialog built by hand, the core refuses the clerk.
    QVERIFY(m_fx->workflows->tickets.noticeToCollect(m_fx->session.userId(), t.id,
                                                     QStringLiteral("phone")));
    m_fx->clock.advanceSeconds(100 * 24 * 3600);
    ui::DisposeDialog dialog(*m_fx->services, m_fx->session, t);
    dialog.reasonEdit()->setText(QStringLiteral("送回收"));
    QVERIFY(!dialog.dispose());
    QVERIFY(!dialog.message().isEmpty());
    QCOMPARE(m_fx->tickets->byId(t.id)->value().status, S::Ready);
    // Not ready: no notice action.
    const Ticket repairing
        = m_fx->ticketAt(S::Repairing, m_fx->workflowDraft(QStringLiteral("356938035643809")));
    QVERIFY(view.showTicket(repairing.id));
    QVERIFY(view.noticeButton()->isHidden());
}

void TestCollectUi::readyForInTheQueue()
{
    const Ticket older = m_fx->ticketAt(S::Ready, m_fx->workflowDraft());
    m_fx->clock.advanceSeconds(5 * 24 * 3600);
    const Ticket newer
        = m_fx->ticketAt(S::Ready, m_fx->workflowDraft(QStringLiteral("356938035643809")));
    m_fx->clock.advanceSeconds(2 * 24 * 3600);
    const Ticket open
        = m_fx->ticketAt(S::Repairing, m_fx->workflowDraft(QStringLiteral("352099001761481")));
    m_fx->logIn(Role::Clerk);
    ui::QueueScreen queue(*m_fx->services, m_fx->session);
    ui::TicketQueueModel *model = queue.model();
    QCOMPARE(model->rowCount(), 3);
    const auto cell = [&](int row) {
        return model->index(row, ui::TicketQueueModel::ReadyFor).data().toString();
    };
    QCOMPARE(model->headerData(ui::TicketQueueModel::ReadyFor, Qt::Horizontal).toString(),
             QStringLiteral("Ready for"));
    // Newest first by default: the repairing ticket has no ready days.
    QCOMPARE(model->ticketAt(0).id, open.id);
    QCOMPARE(cell(0), QString());
    QCOMPARE(model->ticketAt(1).id, newer.id);
    QCOMPARE(cell(1), QStringLiteral("2 day(s)"));
    QCOMPARE(cell(2), QStringLiteral("7 day(s)"));
    // Sorted by "Ready for": the one waiting longest first, then the others.
    queue.setLongestReadyFirst(true);
    QCOMPARE(model->ticketAt(0).id, older.id);
    QCOMPARE(model->ticketAt(1).id, newer.id);
    QCOMPARE(model->ticketAt(2).id, open.id);
    queue.setLongestReadyFirst(false);
    QCOMPARE(model->ticketAt(0).id, open.id);
}

void TestCollectUi::remedyAndRefundTabs()
{
    // A refund (CN-04) at the counter: a ticket sold three days ago.
    NewTicket d = m_fx->workflowDraft();
    QJsonObject c = m_fx->intakeCase();
    QJsonObject evidence = c.value(QStringLiteral("evidence")).toObject();
    evidence.insert(QStringLiteral("sale_date"), QStringLiteral("2026-11-20"));
    c.insert(QStringLiteral("evidence"), evidence);
    d.warrantyCase = c;
    d.warrantyVerdict = m_fx->engine.evaluate(c)->toJson();
    const Ticket t = m_fx->createTicket(d);
    const User clerk = m_fx->logIn(Role::Clerk);
    workflow::RemedyInput refund;
    refund.kind = QStringLiteral("refund");
    refund.method = QStringLiteral("cash");
    refund.amount.minor = 259900;
    auto done = m_fx->workflows->tickets.remedy(clerk.id, t.id, refund);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    logInManager();

    ui::ReportsScreen screen(*m_fx->services, m_fx->session);
    QVERIFY(screen.run());
    QTRY_VERIFY(screen.figures().has_value());
    QCOMPARE(screen.tabs()->count(), 3);
    auto *remedies = screen.findChild<QTableWidget *>(QStringLiteral("remediesTable"));
    auto *refunds = screen.findChild<QTableWidget *>(QStringLiteral("refundsTable"));
    QVERIFY(remedies && refunds);
    QCOMPARE(remedies->rowCount(), screen.remedyFigures()->rows.size());
    bool cn04 = false;
    for (int row = 0; row < remedies->rowCount(); ++row)
        cn04 = cn04
               || (remedies->item(row, 1)->text() == QLatin1String("CN-04")
                   && remedies->item(row, 2)->text() == QLatin1String("1")
                   && remedies->item(row, 3)->text() == QLatin1String("2599.00"));
    QVERIFY(cn04);
    QCOMPARE(refunds->rowCount(), 1);
    QCOMPARE(refunds->item(0, 1)->text(), t.number);
    QCOMPARE(refunds->item(0, 2)->text(), QStringLiteral("2599.00"));
    QCOMPARE(refunds->item(0, 4)->text(), clerk.displayName);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refunds.csv"));
    QVERIFY(screen.exportRefundsCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto parsed = Csv::parse(file.readAll());
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(1).fields.at(1), t.number);
    QCOMPARE(parsed->at(1).fields.at(2), QStringLiteral("2599.00"));
    QVERIFY(screen.exportRemediesCsv(dir.filePath(QStringLiteral("remedies.csv"))));
}

QTEST_MAIN(TestCollectUi)
#include "tst_collectui.moc"
