// The ticket workflow (core/workflow/ticketworkflow.h): every step's own requirements, checked
// whoever calls, and the walk-arounds it refuses.
#include "workflowstore.h"

#include "store/diagnosisrepository.h"
#include "store/paymentrepository.h"
#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "tickets/repairchecks.h"
#include "tickets/ticketsteps.h"

#include <QJsonArray>

using namespace rc;
using S = TicketStatus;

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void genericMoveRefusesEveryStepMove_data();
    void genericMoveRefusesEveryStepMove();
    void genericMoveDoesThePlainMoves();

    void approvedNeedsAnAnswerOnTheCurrentRevision();
    void aNewRevisionNeedsANewAnswer();
    void repairStartsOnlyOnceApproved();
    void readyNeedsEveryPostRepairCheck();
    void waitingForPartsNamesThePart();
    void cannotFixSendsThePhoneBackUnrepaired();
    void handBackChecksImeiBalanceAndAccessories();
    void cancelNeedsAReason();

    void diagnosisReevaluatesTheWarranty();
    void diagnosisKeepsWhatTheEvidenceLacks();
    void quoteLinesAreCoveredOnlyWithACoveredVerdict();
    void diagnosisWithLinesIssuesTheQuoteInTheSameTransaction();

    void assignAndTake();
    void overrideIsAManagersStepWithAReason();

    void rolesAreCheckedForEveryStep_data();
    void rolesAreCheckedForEveryStep();
    void aDisabledUserCanDoNothing();
    void anUnknownUserCanDoNothing();
    void changesAreAnnouncedAfterCommitOnly();

private:
    qint64 refusals() const
    {
        return m_store->count(
            QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = 'access.refused'"));
    }
    qint64 outbox() const { return m_store->count(QStringLiteral("SELECT count(*) FROM outbox")); }

    std::unique_ptr<test::WorkflowStore> m_store;
};

void TestTicketWorkflow::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
}

void TestTicketWorkflow::genericMoveRefusesEveryStepMove_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    // Every move of the lifecycle a step owns, from a status the real steps reach.
    const QList<S> reachable {S::Received,  S::Diagnosing, S::Quoted,  S::Approved,
                              S::Repairing, S::Ready,      S::PickedUp};
    for (S from : reachable) {
        for (S to : TicketLifecycle::allowedTargets(from)) {
            if (TicketSteps::stepFor(from, to))
                QTest::addRow("%s->%s", qPrintable(TicketLifecycle::id(from)),
                              qPrintable(TicketLifecycle::id(to)))
                    << int(from) << int(to);
        }
    }
}

void TestTicketWorkflow::genericMoveRefusesEveryStepMove()
{
    // The walk-arounds of issue 18: "Change status to" / ticket move reaching picked up,
    // ready or approved without the IMEI scan, the checks or the customer's answer. Refused
    // to everyone, the manager included, and nothing is written.
    QFETCH(int, from);
    QFETCH(int, to);
    const Ticket t = m_store->walkTo(m_store->registered(), S(from));
    const qint64 before = outbox();
    auto moved = m_store->wf->tickets.move(m_store->manager.id, t.id, S(to), QStringLiteral("x"));
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, QStringLiteral("WORKFLOW"));
    QVERIFY(moved.error().message.contains(TicketLifecycle::label(S(to))));
    QVERIFY(moved.error().message.contains(QStringLiteral("repairctl ticket")));
    QCOMPARE(m_store->reread(t.id).status, S(from));
    QCOMPARE(outbox(), before);
    // The repository's generic door refuses the same.
    auto direct = TicketRepository(*m_store->db, m_store->clock)
                      .transition(t.id, S(to), Actor {m_store->manager.id, QStringLiteral("x")});
    QVERIFY(!direct);
    QCOMPARE(direct.error().code, QStringLiteral("WORKFLOW"));
}

void TestTicketWorkflow::genericMoveDoesThePlainMoves()
{
    const Ticket t = m_store->registered();
    QCOMPARE(TicketSteps::genericTargets(S::Received), QList<S> {S::Diagnosing});
    auto moved = m_store->wf->tickets.move(m_store->tech.id, t.id, S::Diagnosing,
                                           QStringLiteral("on the bench"));
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(moved->status, S::Diagnosing);
    // Not on the graph at all: TRANSITION, with the allowed targets.
    auto refused = m_store->wf->tickets.move(m_store->tech.id, t.id, S::Received);
    QCOMPARE(refused.error().code, QStringLiteral("TRANSITION"));
    // A clerk may not take the phone to the bench.
    auto clerk
        = m_store->wf->tickets.move(m_store->clerk.id, m_store->registered().id, S::Diagnosing);
    QCOMPARE(clerk.error().code, QStringLiteral("FORBIDDEN"));
}

void TestTicketWorkflow::approvedNeedsAnAnswerOnTheCurrentRevision()
{
    // Without a quote there is nothing to answer (revision 0: nothing would be owed).
    const Ticket t = m_store->walkTo(m_store->registered(), S::Diagnosing);
    auto early = m_store->wf->tickets.answer(
        m_store->clerk.id, t.id, QuoteAnswer {true, QStringLiteral("in_person"), {}, {}});
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("NO_QUOTE"));
    QCOMPARE(m_store->reread(t.id).status, S::Diagnosing);
    // The answer is the way to "approved": recorded on the current revision.
    const Ticket quoted = m_store->walkTo(m_store->registered(), S::Quoted);
    auto bad = m_store->wf->tickets.answer(m_store->clerk.id, quoted.id,
                                           QuoteAnswer {true, QStringLiteral("telepathy"), {}, {}});
    QCOMPARE(bad.error().code, QStringLiteral("APPROVAL_METHOD"));
    auto answered = m_store->wf->tickets.answer(
        m_store->clerk.id, quoted.id, QuoteAnswer {true, QStringLiteral("phone"), {}, {}});
    QVERIFY(answered);
    QCOMPARE(answered->revision, quoted.quoteRevision);
    const Ticket approved = m_store->reread(quoted.id);
    QCOMPARE(approved.status, S::Approved);
    QCOMPARE(approved.approvedRevision, approved.quoteRevision);
    auto approvals = QuoteRepository(*m_store->db, m_store->clock).approvals(quoted.id);
    QCOMPARE(approvals->size(), 1);
    QCOMPARE(approvals->first().userId, m_store->clerk.id);
}

void TestTicketWorkflow::aNewRevisionNeedsANewAnswer()
{
    const Ticket approved = m_store->walkTo(m_store->registered(), S::Approved);
    auto requoted = m_store->wf->tickets.quote(m_store->tech.id, approved.id, m_store->lines());
    QVERIFY(requoted);
    QCOMPARE(requoted->status, S::Quoted);
    QCOMPARE(requoted->quoteRevision, approved.quoteRevision + 1);
    QCOMPARE(requoted->approvedRevision, approved.quoteRevision);
    auto start = m_store->wf->tickets.startRepair(m_store->tech.id, approved.id);
    QCOMPARE(start.error().code, QStringLiteral("TRANSITION"));
}

void TestTicketWorkflow::repairStartsOnlyOnceApproved()
{
    const Ticket quoted = m_store->walkTo(m_store->registered(), S::Quoted);
    auto early = m_store->wf->tickets.startRepair(m_store->tech.id, quoted.id);
    QVERIFY(!early);
    QCOMPARE(early.error().code, QStringLiteral("TRANSITION"));
    const Ticket approved = m_store->walkTo(m_store->registered(), S::Approved);
    // A clerk does not repair.
    QCOMPARE(m_store->wf->tickets.startRepair(m_store->clerk.id, approved.id).error().code,
             QStringLiteral("FORBIDDEN"));
    auto started = m_store->wf->tickets.startRepair(m_store->tech.id, approved.id);
    QVERIFY(started);
    QCOMPARE(started->status, S::Repairing);
}

void TestTicketWorkflow::readyNeedsEveryPostRepairCheck()
{
    const Ticket t = m_store->walkTo(m_store->registered(), S::Repairing);
    workflow::RepairInput input;
    input.checks = RepairChecks::allPassed();
    input.checks.insert(QStringLiteral("camera"), false);
    auto refused = m_store->wf->tickets.finishRepair(m_store->tech.id, t.id, input);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("REPAIR_CHECKS"));
    QVERIFY(refused.error().message.contains(QStringLiteral("camera")));
    QCOMPARE(m_store->reread(t.id).status, S::Repairing);
    // Nothing recorded by the refused finish.
    auto latest = RepairRepository(*m_store->db, m_store->clock).latest(t.id);
    QVERIFY(latest && !latest->has_value());
    // The repository's door checks the same, whoever calls it.
    RepairRecord record;
    record.ticketId = t.id;
    auto direct = RepairRepository(*m_store->db, m_store->clock)
                      .record(record, Actor {m_store->tech.id, QStringLiteral("x")}, S::Ready);
    QCOMPARE(direct.error().code, QStringLiteral("REPAIR_CHECKS"));
    input.checks = RepairChecks::allPassed();
    auto ready = m_store->wf->tickets.finishRepair(m_store->tech.id, t.id, input);
    QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().message));
    QCOMPARE(ready->status, S::Ready);
}

void TestTicketWorkflow::waitingForPartsNamesThePart()
{
    const Ticket t = m_store->walkTo(m_store->registered(), S::Repairing);
    auto unnamed = m_store->wf->tickets.waitForParts(m_store->tech.id, t.id, QStringLiteral(" "));
    QCOMPARE(unnamed.error().code, QStringLiteral("PARTS_NOTE"));
    auto waiting = m_store->wf->tickets.waitForParts(m_store->tech.id, t.id,
                                                     QStringLiteral("屏幕 P40 缺货"));
    QVERIFY(waiting);
    QCOMPARE(waiting->status, S::WaitingParts);
    // Only from waiting_parts do parts arrive.
    const Ticket other = m_store->walkTo(m_store->registered(), S::Repairing);
    QCOMPARE(m_store->wf->tickets.partsArrived(m_store->tech.id, other.id).error().code,
             QStringLiteral("TRANSITION"));
    auto back = m_store->wf->tickets.partsArrived(m_store->tech.id, t.id);
    QVERIFY(back);
    QCOMPARE(back->status, S::Repairing);
}

void TestTicketWorkflow::cannotFixSendsThePhoneBackUnrepaired()
{
    const Ticket t = m_store->walkTo(m_store->registered(), S::Repairing);
    workflow::RepairInput input;
    QCOMPARE(m_store->wf->tickets.cannotFix(m_store->tech.id, t.id, input).error().code,
             QStringLiteral("REPAIR_NOTE"));
    input.note = QStringLiteral("主板损坏，无法修复");
    QVERIFY(m_store->wf->tickets.cannotFix(m_store->tech.id, t.id, input));
    PickupRequest pickup;
    pickup.ticketId = t.id;
    pickup.scannedImei = QStringLiteral("490154203237518");
    pickup.accessoriesReturned = t.accessories;
    auto back = m_store->wf->tickets.handBack(m_store->clerk.id, pickup);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->ticket.status, S::ReturnedUnrepaired);
}

void TestTicketWorkflow::handBackChecksImeiBalanceAndAccessories()
{
    const Ticket t = m_store->walkTo(m_store->registered(), S::Ready);
    PickupRequest pickup;
    pickup.ticketId = t.id;
    pickup.accessoriesReturned = t.accessories;
    // The IMEI scanned now must be the ticket's phone.
    QCOMPARE(m_store->wf->tickets.handBack(m_store->clerk.id, pickup).error().code,
             QStringLiteral("IMEI_MISSING"));
    pickup.scannedImei = QStringLiteral("356938035643809");
    QCOMPARE(m_store->wf->tickets.handBack(m_store->clerk.id, pickup).error().code,
             QStringLiteral("IMEI_MISMATCH"));
    // The balance must be paid (screen 150.00 + labour 50.00, nothing covered by the lines).
    pickup.scannedImei = QStringLiteral("4901 5420 3237 518");
    auto due = m_store->wf->tickets.handBack(m_store->clerk.id, pickup);
    QCOMPARE(due.error().code, QStringLiteral("BALANCE_DUE"));
    // Accessories received come back, or a note says why they stay.
    pickup.accessoriesReturned = {QStringLiteral("sim_tray")};
    Payment p;
    p.kind = QStringLiteral("payment");
    p.method = QStringLiteral("cash");
    p.amount.minor = 20000;
    pickup.payment = p;
    QCOMPARE(m_store->wf->tickets.handBack(m_store->clerk.id, pickup).error().code,
             QStringLiteral("ACCESSORIES_MISSING"));
    // None of the refusals took the money.
    QCOMPARE(PaymentRepository(*m_store->db, m_store->clock).balance(t.id)->paid.minor, 0);
    pickup.missingAccessoriesNote = QStringLiteral("顾客把手机壳留下了");
    auto released = m_store->wf->tickets.handBack(m_store->clerk.id, pickup);
    QVERIFY2(released, qPrintable(released ? QString() : released.error().message));
    QCOMPARE(released->ticket.status, S::PickedUp);
    QCOMPARE(released->balance.due.minor, 0);
    QCOMPARE(released->repairWarrantyEnd, m_store->clock.today().addDays(90));
}

void TestTicketWorkflow::cancelNeedsAReason()
{
    const Ticket t = m_store->registered();
    QCOMPARE(
        m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("  ")).error().code,
        QStringLiteral("CANCEL_REASON"));
    QCOMPARE(m_store->wf->tickets.cancel(m_store->tech.id, t.id, QStringLiteral("x")).error().code,
             QStringLiteral("FORBIDDEN"));
    auto cancelled
        = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("顾客取回"));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->status, S::Cancelled);
    auto events = TicketRepository(*m_store->db, m_store->clock).timeline(t.id);
    QCOMPARE(events->last().note, QStringLiteral("顾客取回"));
    // A ready phone is not cancelled: it goes back at pickup.
    const Ticket ready = m_store->walkTo(m_store->registered(), S::Ready);
    QCOMPARE(
        m_store->wf->tickets.cancel(m_store->clerk.id, ready.id, QStringLiteral("x")).error().code,
        QStringLiteral("TRANSITION"));
}

void TestTicketWorkflow::diagnosisReevaluatesTheWarranty()
{
    // Sold 40 days ago, main unit: covered at intake (CN-01, CN-14). Liquid found at the bench:
    // EX-4, not covered; the change is said.
    const Ticket t = m_store->registered();
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    workflow::DiagnosisInput d;
    d.findings = QStringLiteral("主板进液");
    d.damage = QStringList {QStringLiteral("liquid")};
    d.outcome = QStringLiteral("repair");
    auto preview = m_store->wf->tickets.reassess(t.id, d);
    QVERIFY(preview);
    QVERIFY(preview->coverageChanged);
    auto done = m_store->wf->tickets.diagnose(m_store->tech.id, t.id, d);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QVERIFY(done->reassessment.coverageChanged);
    QCOMPARE(done->ticket.status, S::Diagnosing);
    QVERIFY(!done->ticket.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(done->ticket.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("EX-4")));
    QCOMPARE(done->ticket.warrantyVerdict, preview->verdict);
    // The technician who diagnosed an unassigned ticket has it now.
    QCOMPARE(done->ticket.technicianId, m_store->tech.id);
    // Unknown words are refused before anything is written.
    d.damage = QStringList {QStringLiteral("gremlins")};
    QCOMPARE(m_store->wf->tickets.diagnose(m_store->tech.id, t.id, d).error().code,
             QStringLiteral("DAMAGE_WORD"));
}

// The sale date was given without its proof at intake: EX-2 with EVIDENCE_MISSING. The
// diagnosis evaluates the case again; the evidence is unchanged, so the warning stays.
void TestTicketWorkflow::diagnosisKeepsWhatTheEvidenceLacks()
{
    workflow::IntakeRequest r = m_store->request();
    r.evidence.proof.reset();
    const Ticket t = m_store->registered(r);
    const auto codes = [](const QJsonObject &verdict) {
        QStringList list;
        for (const QJsonValue &w : verdict.value(QStringLiteral("warnings")).toArray())
            list << w.toObject().value(QStringLiteral("code")).toString();
        return list;
    };
    QVERIFY(codes(t.warrantyVerdict).contains(QStringLiteral("EVIDENCE_MISSING")));
    workflow::DiagnosisInput d;
    d.findings = QStringLiteral("屏幕排线松动");
    d.damage = QStringList {QStringLiteral("drop")};
    d.outcome = QStringLiteral("repair");
    auto done = m_store->wf->tickets.diagnose(m_store->tech.id, t.id, d);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QVERIFY(done->ticket.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("EX-2")));
    QCOMPARE(codes(done->ticket.warrantyVerdict).count(QStringLiteral("EVIDENCE_MISSING")), 1);

    // A ticket whose evidence was complete gets no such warning from its diagnosis.
    const Ticket complete
        = m_store->registered(m_store->request(QStringLiteral("356938035643809")));
    auto again = m_store->wf->tickets.diagnose(m_store->tech.id, complete.id, d);
    QVERIFY(again);
    QVERIFY(!codes(again->ticket.warrantyVerdict).contains(QStringLiteral("EVIDENCE_MISSING")));
}

void TestTicketWorkflow::quoteLinesAreCoveredOnlyWithACoveredVerdict()
{
    // A covered line on a ticket whose verdict is not covered is payable: the customer is not
    // told "0 to pay" for a repair the warranty does not cover.
    workflow::IntakeRequest r = m_store->request();
    r.conditionMarks = {QStringLiteral("liquid_marks")}; // EX-4 at intake
    const Ticket t = m_store->registered(r);
    QVERIFY(!t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(m_store->wf->tickets.move(m_store->tech.id, t.id, S::Diagnosing));
    QList<QuoteLine> lines = m_store->lines();
    for (QuoteLine &l : lines)
        l.covered = true;
    auto quoted = m_store->wf->tickets.quote(m_store->tech.id, t.id, lines);
    QVERIFY(quoted);
    auto stored = QuoteRepository(*m_store->db, m_store->clock).lines(t.id);
    for (const QuoteLine &l : *stored)
        QVERIFY(!l.covered);
    // From the price list, the verdict decides when the line does not say.
    auto line = m_store->wf->tickets.priceLine(t.id, QStringLiteral("SCR-P40"), 2, std::nullopt);
    QVERIFY(line);
    QCOMPARE(line->unitPrice.minor, 15000);
    QCOMPARE(line->quantity, 2);
    QVERIFY(!line->covered);
    QCOMPARE(m_store->wf->tickets.priceLine(t.id, QStringLiteral("NOPE"), 1, {}).error().code,
             QStringLiteral("PRICE_UNKNOWN"));
}

void TestTicketWorkflow::diagnosisWithLinesIssuesTheQuoteInTheSameTransaction()
{
    const Ticket t = m_store->registered();
    workflow::DiagnosisInput d;
    d.findings = QStringLiteral("屏幕排线腐蚀");
    d.lines = m_store->lines();
    d.lines[0].quantity = 0; // refused by the quote
    auto refused = m_store->wf->tickets.diagnose(m_store->tech.id, t.id, d);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("QUOTE_LINE"));
    // Neither the diagnosis nor the move to diagnosing stayed.
    QCOMPARE(m_store->reread(t.id).status, S::Received);
    QVERIFY(!DiagnosisRepository(*m_store->db, m_store->clock).forTicket(t.id)->has_value());
    d.lines = m_store->lines();
    auto done = m_store->wf->tickets.diagnose(m_store->tech.id, t.id, d);
    QVERIFY(done);
    QCOMPARE(done->ticket.status, S::Quoted);
    QCOMPARE(done->ticket.quoteRevision, 1);
}

void TestTicketWorkflow::assignAndTake()
{
    const Ticket t = m_store->registered();
    // A clerk gives the ticket to a technician.
    auto assigned = m_store->wf->tickets.assign(m_store->clerk.id, t.id, m_store->tech.id);
    QVERIFY(assigned);
    QCOMPARE(assigned->technicianId, m_store->tech.id);
    // Only to someone who repairs.
    QCOMPARE(m_store->wf->tickets.assign(m_store->clerk.id, t.id, m_store->clerk.id).error().code,
             QStringLiteral("FORBIDDEN")); // a clerk cannot take a ticket
    QCOMPARE(m_store->wf->tickets.assign(m_store->manager.id, t.id, m_store->clerk.id).error().code,
             QStringLiteral("ASSIGNEE_ROLE"));
    // A technician takes a ticket, but does not hand out others'.
    auto other = m_store->addUser(QStringLiteral("wu"), Role::Technician);
    const Ticket second = m_store->registered();
    QCOMPARE(m_store->wf->tickets.assign(m_store->tech.id, second.id, other.id).error().code,
             QStringLiteral("FORBIDDEN"));
    auto taken = m_store->wf->tickets.take(m_store->tech.id, second.id);
    QVERIFY(taken);
    QCOMPARE(taken->technicianId, m_store->tech.id);
    // A disabled technician is given nothing.
    QVERIFY(m_store->wf->admin.setDisabled(m_store->manager.id, other.id, true));
    QCOMPARE(m_store->wf->tickets.assign(m_store->clerk.id, t.id, other.id).error().code,
             QStringLiteral("ASSIGNEE_DISABLED"));
}

void TestTicketWorkflow::overrideIsAManagersStepWithAReason()
{
    const Ticket t = m_store->registered();
    const qint64 before = refusals();
    QCOMPARE(
        m_store->wf->tickets.overrideVerdict(m_store->clerk.id, t.id, false, QStringLiteral("x"))
            .error()
            .code,
        QStringLiteral("FORBIDDEN"));
    QCOMPARE(refusals(), before + 1);
    QCOMPARE(m_store->wf->tickets.overrideVerdict(m_store->manager.id, t.id, false, QString())
                 .error()
                 .code,
             QStringLiteral("OVERRIDE_REASON"));
    auto done = m_store->wf->tickets.overrideVerdict(m_store->manager.id, t.id, false,
                                                     QStringLiteral("发票为伪造"));
    QVERIFY(done);
    QVERIFY(!done->warrantyVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(done->warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("OVERRIDE")));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                           "'override' AND ticket_id = ?"),
                            {t.id}),
             1);
}

void TestTicketWorkflow::rolesAreCheckedForEveryStep_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("role");
    // A clerk cannot do a technician's step, nor a technician a clerk's.
    for (const char *step : {"diagnose", "quote", "start", "finish", "wait"})
        QTest::addRow("clerk %s", step) << QString::fromLatin1(step) << QStringLiteral("clerk");
    for (const char *step : {"answer", "pay", "pickup", "cancel", "assign"})
        QTest::addRow("technician %s", step)
            << QString::fromLatin1(step) << QStringLiteral("technician");
    for (const char *step : {"override"}) {
        QTest::addRow("clerk %s", step) << QString::fromLatin1(step) << QStringLiteral("clerk");
        QTest::addRow("technician %s", step)
            << QString::fromLatin1(step) << QStringLiteral("technician");
    }
}

void TestTicketWorkflow::rolesAreCheckedForEveryStep()
{
    QFETCH(QString, step);
    QFETCH(QString, role);
    const QString user = role == QLatin1String("clerk") ? m_store->clerk.id : m_store->tech.id;
    const Ticket t = m_store->walkTo(m_store->registered(), S::Ready);
    const qint64 before = refusals();
    const qint64 outboxBefore = outbox();
    workflow::TicketWorkflow &w = m_store->wf->tickets;
    Error error;
    const auto take = [&error](const auto &result) {
        if (!result)
            error = result.error();
    };
    workflow::DiagnosisInput diagnosis;
    diagnosis.findings = QStringLiteral("x");
    if (step == QLatin1String("diagnose"))
        take(w.diagnose(user, t.id, diagnosis));
    else if (step == QLatin1String("quote"))
        take(w.quote(user, t.id, m_store->lines()));
    else if (step == QLatin1String("start"))
        take(w.startRepair(user, t.id));
    else if (step == QLatin1String("finish"))
        take(w.finishRepair(user, t.id, {{}, RepairChecks::allPassed(), {}}));
    else if (step == QLatin1String("wait"))
        take(w.waitForParts(user, t.id, QStringLiteral("part")));
    else if (step == QLatin1String("answer"))
        take(w.answer(user, t.id, QuoteAnswer {true, QStringLiteral("phone"), {}, {}}));
    else if (step == QLatin1String("pay"))
        take(w.pay(user, t.id,
                   {Money {100, QStringLiteral("CNY")}, QStringLiteral("cash"), false, {}}));
    else if (step == QLatin1String("pickup"))
        take(w.handBack(
            user,
            PickupRequest {
                t.id, QStringLiteral("490154203237518"), t.accessories, {}, std::nullopt, {}, {}}));
    else if (step == QLatin1String("cancel"))
        take(w.cancel(user, t.id, QStringLiteral("x")));
    else if (step == QLatin1String("assign"))
        take(w.assign(user, t.id, m_store->manager.id)); // someone else
    else if (step == QLatin1String("override"))
        take(w.overrideVerdict(user, t.id, true, QStringLiteral("x")));
    QCOMPARE(error.code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(refusals(), before + 1);
    // Only the audit entry of the refusal was written.
    QCOMPARE(outbox(), outboxBefore + 1);
    QCOMPARE(m_store->reread(t.id).version, t.version);
}

void TestTicketWorkflow::aDisabledUserCanDoNothing()
{
    const Ticket t = m_store->walkTo(m_store->registered(), S::Quoted);
    QVERIFY(m_store->wf->admin.setDisabled(m_store->manager.id, m_store->clerk.id, true));
    QVERIFY(m_store->wf->admin.setDisabled(m_store->manager.id, m_store->tech.id, true));
    workflow::TicketWorkflow &w = m_store->wf->tickets;
    const QString clerk = m_store->clerk.id;
    const QString tech = m_store->tech.id;
    const QList<Error> errors {
        w.answer(clerk, t.id, QuoteAnswer {true, QStringLiteral("phone"), {}, {}}).error(),
        w.pay(clerk, t.id, {Money {100, QStringLiteral("CNY")}, QStringLiteral("cash"), true, {}})
            .error(),
        w.cancel(clerk, t.id, QStringLiteral("x")).error(),
        w.addNote(clerk, t.id, QStringLiteral("x")).error(),
        w.quote(tech, t.id, m_store->lines()).error(),
        w.move(tech, t.id, S::Diagnosing).error(),
        w.take(tech, t.id).error(),
        m_store->wf->intake.registerPhone(clerk, m_store->request()).error(),
        m_store->wf->admin.setPin(clerk, clerk, QStringLiteral("9999")).error(),
    };
    for (const Error &e : errors)
        QCOMPARE(e.code, QStringLiteral("USER_DISABLED"));
    QCOMPARE(m_store->reread(t.id).version, t.version);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'access.refused' AND json_extract(data, '$.code') = "
                                           "'USER_DISABLED'")),
             errors.size());
}

void TestTicketWorkflow::anUnknownUserCanDoNothing()
{
    const Ticket t = m_store->registered();
    QCOMPARE(m_store->wf->tickets.addNote(QString(), t.id, QStringLiteral("x")).error().code,
             QStringLiteral("USER_UNKNOWN"));
    QCOMPARE(m_store->wf->tickets.cancel(QStringLiteral("nobody"), t.id, QStringLiteral("x"))
                 .error()
                 .code,
             QStringLiteral("USER_UNKNOWN"));
    QCOMPARE(refusals(), 2);
}

void TestTicketWorkflow::changesAreAnnouncedAfterCommitOnly()
{
    QSignalSpy created(&m_store->wf->changes, &workflow::Changes::ticketCreated);
    QSignalSpy changed(&m_store->wf->changes, &workflow::Changes::ticketChanged);
    const Ticket t = m_store->registered();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), t.id);
    QVERIFY(!m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QString()));
    QVERIFY(!m_store->wf->tickets.move(m_store->clerk.id, t.id, S::Diagnosing));
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_store->wf->tickets.addNote(m_store->clerk.id, t.id, QStringLiteral("顾客来电")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), t.id);
}

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "tst_ticketworkflow.moc"
