#include "print/papermenu.h"
#include "store/diagnosisrepository.h"
#include "store/paymentrepository.h"
#include "ticket/ticketview.h"
#include "uifixture.h"

#include "lifecyclewalker.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace rc;

class TestTicketView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheTicketAndItsTimeline();
    void statusChangeGoesThroughTheLifecycle();
    void refusedChangeShowsWhy();
    void closingMovesAreNeverPreselected();
    void cancellingNeedsAReasonAndAConfirmation();
    void cancellingSettlesTheDeposit_data();
    void cancellingSettlesTheDeposit();
    void rolesSeeOnlyTheirMoves();
    void workflowActionsFollowRoleAndStatus();
    void changeStatusNeverReachesTheSteps();
    void papersAreReprintedFromTheTicket();
    void intakeVerdictIsKeptAfterTheDiagnosis();
    void customerMarkupIsShownAsTyped();
    void conflictingMoveIsMarked();

private:
    std::unique_ptr<test::UiFixture> m_fx;
    Ticket m_ticket;
};

void TestTicketView::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    NewTicket draft = m_fx->draft();
    draft.accessories = {QStringLiteral("sim_tray"), QStringLiteral("case")};
    draft.condition = QJsonObject {{QStringLiteral("scratches"), true}};
    draft.warrantyVerdict = QJsonObject {
        {QStringLiteral("covered"), true},
        {QStringLiteral("basis"), QStringLiteral("statutory")},
        {QStringLiteral("remedies"), QJsonArray {QStringLiteral("free_repair")}},
        {QStringLiteral("warranty_end"), QStringLiteral("2027-05-01")},
        {QStringLiteral("reasons"),
         QJsonArray {QJsonObject {{QStringLiteral("rule"), QStringLiteral("CN-14")},
                                  {QStringLiteral("zh"), QStringLiteral("三包有效期内免费修理")},
                                  {QStringLiteral("en"), QStringLiteral("Free repair")}}}},
    };
    m_ticket = m_fx->createTicket(draft);
}

void TestTicketView::showsTheTicketAndItsTimeline()
{
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    auto text = [&](const char *name) {
        auto *label = view.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    };
    QVERIFY(text("ticketTitle").contains(m_ticket.number));
    QCOMPARE(text("ticketStatusLabel"), TicketLifecycle::label(TicketStatus::Received));
    QVERIFY(text("ticketCustomerLabel").contains(QStringLiteral("138****5678")));
    QVERIFY(!text("ticketCustomerLabel").contains(QStringLiteral("13812345678")));
    QVERIFY(text("ticketDeviceLabel").contains(QStringLiteral("490154203237518")));
    QVERIFY(text("ticketReceivedLabel").contains(QStringLiteral("SIM tray")));
    QVERIFY(text("ticketReceivedLabel").contains(QStringLiteral("Scratches")));
    QVERIFY(text("ticketIntakeWarrantyLabel").contains(QStringLiteral("CN-14")));
    QVERIFY(text("ticketIntakeWarrantyLabel").contains(QStringLiteral("Free repair")));
    QVERIFY(text("ticketWarrantyLabel").contains(QStringLiteral("Unchanged since intake")));
    auto *timeline = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    QCOMPARE(timeline->topLevelItemCount(), 1);
}

void TestTicketView::papersAreReprintedFromTheTicket()
{
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("papersButton"));
    QVERIFY(button && button->menu());
    QVERIFY(!button->isEnabled()); // no ticket open
    QVERIFY(view.showTicket(m_ticket.id));
    QVERIFY(button->isEnabled());
    // What a received ticket has had: its intake receipt and its label; no quote yet, and
    // no pickup receipt before the hand-back.
    using K = print::PaperKind;
    QVERIFY(view.paperMenu(K::Intake)->menuAction()->isEnabled());
    QVERIFY(view.paperMenu(K::Label)->menuAction()->isEnabled());
    QVERIFY(!view.paperMenu(K::Quote)->menuAction()->isEnabled());
    QVERIFY(!view.paperMenu(K::Pickup)->menuAction()->isEnabled());
    // The remedy papers are offered only for a ticket their remedy closed.
    QVERIFY(!view.paperMenu(K::Exchange)->menuAction()->isVisible());
    QVERIFY(!view.paperMenu(K::Refund)->menuAction()->isVisible());
    QCOMPARE(button->menu()->actions().size(), 6);
    for (K kind : {K::Intake, K::Label}) {
        auto paper = view.paperMenu(kind)->paper();
        QVERIFY2(paper, qPrintable(paper ? QString() : paper.error().message));
        QCOMPARE(paper->options().kind, kind);
        QVERIFY(paper->texts().join(QLatin1Char(' ')).contains(m_ticket.number));
    }
    QVERIFY(
        view.paperMenu(K::Intake)->findChild<QAction *>(QStringLiteral("reprintIntakePdfAction")));
    const QString pdf = m_fx->dir.filePath(QStringLiteral("reprint.pdf"));
    QVERIFY(view.paperMenu(K::Intake)->exportPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

void TestTicketView::statusChangeGoesThroughTheLifecycle()
{
    m_fx->logIn(Role::Technician);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    QSignalSpy changed(&view, &ui::TicketView::ticketChanged);
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *note = view.findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"));
    auto *move = view.findChild<QPushButton *>(QStringLiteral("changeStatusButton"));
    target->setCurrentIndex(target->findData(QStringLiteral("diagnosing")));
    QTest::keyClicks(note, QStringLiteral("on the bench"));
    QTest::mouseClick(move, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);

    auto stored = m_fx->tickets->byId(m_ticket.id);
    QCOMPARE(stored->value().status, TicketStatus::Diagnosing);
    auto events = m_fx->tickets->timeline(m_ticket.id);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->last().note, QStringLiteral("on the bench"));
    QCOMPARE(events->last().userId, m_fx->session.userId());
    auto *timeline = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    QCOMPARE(timeline->topLevelItemCount(), 2);
}

void TestTicketView::refusedChangeShowsWhy()
{
    m_fx->logIn(Role::Manager);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    // Not on the graph: received → ready.
    QVERIFY(!view.changeStatus(TicketStatus::Ready));
    auto *message = view.findChild<QLabel *>(QStringLiteral("ticketMessage"));
    QVERIFY(message->text().contains(
        TicketLifecycle::refusal(TicketStatus::Received, TicketStatus::Ready)));
    QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Received);

    // Changed by someone else meanwhile: the store refuses the stale move.
    QVERIFY(m_fx->tickets->transition(m_ticket.id, TicketStatus::Diagnosing, Actor {}));
    auto *move = view.findChild<QPushButton *>(QStringLiteral("changeStatusButton"));
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *note = view.findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"));
    target->setCurrentIndex(target->findData(QStringLiteral("cancelled")));
    QTest::keyClicks(note, QStringLiteral("customer changed their mind"));
    QTest::mouseClick(move, Qt::LeftButton);
    QMessageBox *box = view.confirmDialog();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmCloseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2(message->text().contains(QStringLiteral("meanwhile")),
                 qPrintable(message->text()));
    QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Diagnosing);
}

void TestTicketView::changeStatusNeverReachesTheSteps()
{
    // Issue 18: "Change status to" moved a ready ticket to picked up without the IMEI scan,
    // repairing to ready without the checks, quoted to approved without an answer. It no
    // longer offers those moves, and refuses them when asked, naming the step to use.
    m_fx->logIn(Role::Manager);
    ui::TicketView view(*m_fx->services, m_fx->session);
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *message = view.findChild<QLabel *>(QStringLiteral("ticketMessage"));
    using S = TicketStatus;
    const struct
    {
        S at;
        S refused;
    } cases[] = {{S::Ready, S::PickedUp},
                 {S::Repairing, S::Ready},
                 {S::Quoted, S::Approved},
                 {S::Quoted, S::Declined},
                 {S::Approved, S::Repairing}};
    for (const auto &c : cases) {
        const Ticket t = m_fx->createTicket(m_fx->draft(QStringLiteral("356938035643809")));
        QVERIFY(test::LifecycleWalker::move(*m_fx->db, m_fx->clock, t.id, S::Diagnosing));
        for (S step : {S::Quoted, S::Approved, S::Repairing, S::Ready}) {
            if (m_fx->tickets->byId(t.id)->value().status == c.at)
                break;
            QVERIFY(test::LifecycleWalker::move(*m_fx->db, m_fx->clock, t.id, step));
        }
        QVERIFY(view.showTicket(t.id));
        QCOMPARE(target->findData(TicketLifecycle::id(c.refused)), -1);
        QVERIFY(!view.changeStatus(c.refused, QStringLiteral("just do it")));
        QVERIFY2(message->text().contains(TicketLifecycle::label(c.refused)),
                 qPrintable(message->text()));
        QCOMPARE(m_fx->tickets->byId(t.id)->value().status, c.at);
    }
}

// A received ticket offered to a clerk: the only move is to cancel, and still nothing is
// chosen; a click on Change status with the box untouched changes nothing.
void TestTicketView::closingMovesAreNeverPreselected()
{
    m_fx->logIn(Role::Manager);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *move = view.findChild<QPushButton *>(QStringLiteral("changeStatusButton"));
    QCOMPARE(target->currentIndex(), 0);
    QVERIFY(target->currentData().toString().isEmpty());
    QVERIFY(!move->isEnabled());
    // The moves that keep the ticket open first, the closing ones last.
    QVERIFY(target->findData(QStringLiteral("diagnosing"))
            < target->findData(QStringLiteral("cancelled")));
    QVERIFY(target->itemText(target->findData(QStringLiteral("cancelled")))
                .contains(QStringLiteral("closes the ticket")));

    for (Role role : {Role::Clerk, Role::Manager}) {
        m_fx->logIn(role, role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("boss"));
        QVERIFY(view.showTicket(m_ticket.id));
        QVERIFY(target->currentData().toString().isEmpty());
        QTest::mouseClick(move, Qt::LeftButton);
        QVERIFY(!view.requestStatusChange());
        QVERIFY(!view.confirmDialog());
        QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Received);
    }
    // Diagnosing the ticket reloads the list: again nothing chosen.
    QVERIFY(m_fx->tickets->transition(m_ticket.id, TicketStatus::Diagnosing, Actor {}));
    view.reload();
    QVERIFY(target->currentData().toString().isEmpty());
    QVERIFY(target->findData(QStringLiteral("cancelled")) > 0);
    // Returning it unrepaired is a step of its own (the hand-back), never a plain move.
    QCOMPARE(target->findData(QStringLiteral("returned_unrepaired")), -1);
}

void TestTicketView::cancellingNeedsAReasonAndAConfirmation()
{
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    view.show();
    QVERIFY(view.showTicket(m_ticket.id));
    QSignalSpy changed(&view, &ui::TicketView::ticketChanged);
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *note = view.findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"));
    auto *move = view.findChild<QPushButton *>(QStringLiteral("changeStatusButton"));
    auto *message = view.findChild<QLabel *>(QStringLiteral("ticketMessage"));
    target->setCurrentIndex(target->findData(QStringLiteral("cancelled")));
    QVERIFY(move->isEnabled());
    QVERIFY(note->placeholderText().contains(QStringLiteral("required")));

    // No reason: refused on the screen, nothing asked, nothing written.
    QTest::mouseClick(move, Qt::LeftButton);
    QVERIFY(!view.confirmDialog());
    QVERIFY(message->text().contains(QStringLiteral("why")));
    QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Received);

    // A reason: a confirmation is asked; "Keep it open" (the default) keeps it open.
    QTest::keyClicks(note, QStringLiteral("<b>customer</b> took it back"));
    QTest::mouseClick(move, Qt::LeftButton);
    QMessageBox *box = view.confirmDialog();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->objectName(), QStringLiteral("confirmStatusDialog"));
    QVERIFY(box->text().contains(m_ticket.number));
    QVERIFY(box->text().contains(QStringLiteral("<b>customer</b> took it back")));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepOpenButton"));
    QCOMPARE(box->defaultButton(), keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!view.confirmDialog());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Received);

    // Asked again and confirmed: cancelled, with the reason on the timeline.
    QTest::mouseClick(move, Qt::LeftButton);
    box = view.confirmDialog();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmCloseButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Cancelled);
    QCOMPARE(m_fx->tickets->timeline(m_ticket.id)->last().note,
             QStringLiteral("<b>customer</b> took it back"));
    QCOMPARE(target->count(), 0); // closed: nothing more to choose
}

void TestTicketView::cancellingSettlesTheDeposit_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("given back") << QString();
    QTest::newRow("kept") << QStringLiteral("已拆机检测");
}

void TestTicketView::cancellingSettlesTheDeposit()
{
    QFETCH(QString, reason);
    Payment deposit;
    deposit.ticketId = m_ticket.id;
    deposit.kind = QStringLiteral("deposit");
    deposit.amount = Money {3000, QStringLiteral("CNY")};
    deposit.method = QStringLiteral("alipay");
    QVERIFY(PaymentRepository(*m_fx->db, m_fx->clock)
                .record(deposit, Actor {QString(), QStringLiteral("test")}));
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    view.show();
    QVERIFY(view.showTicket(m_ticket.id));
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *keep = view.findChild<QLineEdit *>(QStringLiteral("keepDepositEdit"));
    QVERIFY(keep->isHidden()); // only when cancelling
    target->setCurrentIndex(target->findData(QStringLiteral("cancelled")));
    QVERIFY(!keep->isHidden());
    // Typed as a Chinese input method commits it: whole words.
    view.findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"))
        ->setText(QStringLiteral("客户不修了"));
    keep->setText(reason);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("changeStatusButton")),
                      Qt::LeftButton);
    QMessageBox *box = view.confirmDialog();
    QVERIFY(box);
    // The confirmation says what becomes of the deposit.
    QVERIFY2(box->text().contains(reason.isEmpty() ? QStringLiteral("goes back") : reason),
             qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmCloseButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Cancelled);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund' "
                                        "AND amount_minor = 3000 AND method = 'alipay'")),
             reason.isEmpty() ? 1 : 0);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'ticket.deposit_kept'")),
             reason.isEmpty() ? 0 : 1);
}

void TestTicketView::rolesSeeOnlyTheirMoves()
{
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    // received → diagnosing is the technician's; the clerk may only cancel.
    QCOMPARE(target->findData(QStringLiteral("diagnosing")), -1);
    QVERIFY(target->findData(QStringLiteral("cancelled")) >= 0);
    QVERIFY(!view.changeStatus(TicketStatus::Diagnosing));
    QCOMPARE(m_fx->tickets->byId(m_ticket.id)->value().status, TicketStatus::Received);
}

void TestTicketView::workflowActionsFollowRoleAndStatus()
{
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    auto *diagnose = new QPushButton(QStringLiteral("Diagnose"));
    auto *pickup = new QPushButton(QStringLiteral("Pickup"));
    view.addAction(diagnose, ui::Permission::Diagnose, {TicketStatus::Received});
    view.addAction(pickup, ui::Permission::Pickup, {TicketStatus::Ready});
    QVERIFY(view.showTicket(m_ticket.id));
    QVERIFY(diagnose->isHidden()); // the clerk does not diagnose
    QVERIFY(pickup->isHidden()); // not ready yet
    m_fx->logIn(Role::Technician, QStringLiteral("tech"));
    QVERIFY(!diagnose->isHidden());
}

// A diagnosis finds liquid: the ticket's verdict now is EX-4, but what the customer was told
// at intake (CN-14, free repair) stays, on the screen as "at intake" and on a reprinted intake
// receipt.
void TestTicketView::intakeVerdictIsKeptAfterTheDiagnosis()
{
    m_fx->logIn(Role::Technician);
    const QJsonObject notCovered {
        {QStringLiteral("covered"), false},
        {QStringLiteral("basis"), QStringLiteral("none")},
        {QStringLiteral("rules"), QJsonArray {QStringLiteral("EX-4")}},
        {QStringLiteral("reasons"),
         QJsonArray {QJsonObject {{QStringLiteral("rule"), QStringLiteral("EX-4")},
                                  {QStringLiteral("zh"), QStringLiteral("人为损坏")},
                                  {QStringLiteral("en"), QStringLiteral("Liquid damage")}}}},
    };
    DiagnosisUpdate update;
    update.diagnosis.ticketId = m_ticket.id;
    update.diagnosis.findings = QStringLiteral("corrosion");
    update.diagnosis.damage = {QStringLiteral("liquid")};
    update.warrantyCase = {{QStringLiteral("damage"), QJsonArray {QStringLiteral("liquid")}}};
    update.warrantyVerdict = notCovered;
    QVERIFY(DiagnosisRepository(*m_fx->db, m_fx->clock)
                .record(update, Actor {m_fx->session.userId(), QStringLiteral("Zhao")}));

    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    auto text = [&](const char *name) {
        return view.findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY(text("ticketIntakeWarrantyLabel").contains(QStringLiteral("CN-14")));
    QVERIFY(text("ticketIntakeWarrantyLabel").contains(QStringLiteral("Covered")));
    QVERIFY(!text("ticketIntakeWarrantyLabel").contains(QStringLiteral("EX-4")));
    QVERIFY(text("ticketWarrantyLabel").contains(QStringLiteral("EX-4")));
    QVERIFY(text("ticketWarrantyLabel").contains(QStringLiteral("Not covered")));

    // The intake receipt printed again says what was said then; the quote would say now.
    auto reprint = view.paperMenu(print::PaperKind::Intake)->paper();
    QVERIFY2(reprint, qPrintable(reprint ? QString() : reprint.error().message));
    const QString printed = reprint->texts().join(QLatin1Char(' '));
    QVERIFY2(printed.contains(QStringLiteral("Free repair")), qPrintable(printed));
    QVERIFY(!printed.contains(QStringLiteral("EX-4")));
    QVERIFY(!printed.contains(QStringLiteral("Liquid damage")));
}

// Whatever the customer typed is shown as typed on every label of the ticket view.
void TestTicketView::customerMarkupIsShownAsTyped()
{
    const QString bold = QStringLiteral("<b>flicker</b> &amp; <i>no sound</i>");
    NewTicket draft = m_fx->draft(QStringLiteral("356938035643809"), QStringLiteral("<b>Li</b>"));
    draft.faultDescription = bold;
    draft.device.brand = QStringLiteral("<u>Huawei</u>");
    draft.condition = QJsonObject {{QStringLiteral("note"), QStringLiteral("<s>dent</s>")}};
    const Ticket t = m_fx->createTicket(draft);
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    int shown = 0;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!text.contains(QStringLiteral("<b>flicker")) && !text.contains(QStringLiteral("<b>Li"))
            && !text.contains(QStringLiteral("<u>Huawei"))
            && !text.contains(QStringLiteral("<s>dent")))
            continue;
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY(shown >= 4);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("ticketFaultLabel"))->text().contains(bold));
}

// A status move that lost to another station's (docs/sync-protocol.md, version 2) stays in the
// timeline, marked in red, with the sentence on hover.
void TestTicketView::conflictingMoveIsMarked()
{
    m_fx->logIn(Role::Technician);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(m_ticket.id));
    auto *target = view.findChild<QComboBox *>(QStringLiteral("statusTargetCombo"));
    auto *note = view.findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"));
    target->setCurrentIndex(target->findData(QStringLiteral("diagnosing")));
    QTest::keyClicks(note, QStringLiteral("on the bench"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("changeStatusButton")),
                      Qt::LeftButton);
    auto events = m_fx->tickets->timeline(m_ticket.id);
    QCOMPARE(events->size(), 2);
    QSqlQuery mark(m_fx->db->connection());
    QVERIFY(mark.prepare(QStringLiteral(
        "INSERT INTO event_conflicts (event_id, ticket_id, winner_id) VALUES (?, ?, ?)")));
    mark.addBindValue(events->last().id);
    mark.addBindValue(m_ticket.id);
    mark.addBindValue(events->first().id);
    QVERIFY2(mark.exec(), qPrintable(mark.lastError().text()));

    QVERIFY(view.showTicket(m_ticket.id));
    auto *timeline = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    QCOMPARE(timeline->topLevelItemCount(), 2);
    const QTreeWidgetItem *plain = timeline->topLevelItem(0);
    const QTreeWidgetItem *lost = timeline->topLevelItem(1);
    QCOMPARE(lost->text(3), QStringLiteral("Conflict: not taken · on the bench"));
    QVERIFY(lost->toolTip(2).contains(QLatin1String("another station's move counts")));
    QCOMPARE(lost->foreground(2).color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(plain->foreground(2).color() != QColor(0xb0, 0x00, 0x20));
}

QTEST_MAIN(TestTicketView)
#include "tst_ticketview.moc"
