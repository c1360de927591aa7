// The diagnosis fee (检测费, issue 20; 费用透明): a center setting fixed on each ticket at intake,
// never paid on a repair the warranty covers, waived or added when the quote is approved, and
// what the customer owes when the phone goes back unrepaired or the ticket is cancelled after
// diagnosis (kept from the deposit, the rest given back); a manager may waive it with a reason,
// audited, a clerk may not. Through the workflow layer on a real store.
#include "workflowstore.h"

#include "store/diagnosisfees.h"
#include "store/paymentrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace rc;
using S = TicketStatus;
using F = DiagnosisFeeStatus;

class TestDiagnosisFee : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void settingsCheckTheFee_data();
    void settingsCheckTheFee();
    void noFeeByDefault();
    void theFeeIsFixedAtIntake();
    void aCoveredRepairNeverPaysIt();
    void approvedWithTheWaiverOn();
    void approvedWithTheWaiverOff();
    void declinedKeepsTheFeeFromTheDeposit();
    void declinedWithoutEnoughPaidIsRefused();
    void cannotFixAfterApprovalOwesTheFee();
    void cancelledAfterDiagnosisOwesTheFee();
    void cancelledBeforeDiagnosisOwesNothing();
    void aManagerWaivesTheFee();
    void aClerksWaiverIsRefused();
    void aWaiverNeedsAReasonAndSomethingToWaive();

private:
    void setFee(const QString &amount, bool waive = true)
    {
        const Status s = m_store->wf->admin.setSettings(
            m_store->manager.id, {{QStringLiteral("fees.diagnosis"), amount},
                                  {QStringLiteral("fees.waive_diagnosis_on_approval"),
                                   waive ? QStringLiteral("1") : QStringLiteral("0")}});
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    }
    // Sold 400 days ago: past the 12 months (EX-1), the customer pays.
    Ticket notCovered() { return m_store->registered(m_store->request(m_imei, 400)); }
    // Sold 40 days ago: a covered performance fault (CN-14).
    Ticket covered() { return m_store->registered(m_store->request(m_imei, 40)); }
    void deposit(const Ticket &t, qint64 minor)
    {
        workflow::PaymentInput in;
        in.amount.minor = minor;
        in.method = QStringLiteral("wechat");
        in.deposit = true;
        auto paid = m_store->wf->tickets.pay(m_store->clerk.id, t.id, in);
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
    }
    Balance balance(const QString &ticketId)
    {
        return PaymentRepository(*m_store->db, m_store->clock).balance(ticketId).value();
    }
    qint64 net(const QString &ticketId)
    {
        return m_store->count(QStringLiteral("SELECT coalesce(sum(CASE kind WHEN 'refund' THEN "
                                             "-amount_minor ELSE amount_minor END), 0) FROM "
                                             "payments WHERE ticket_id = ?"),
                              {ticketId});
    }
    Ticket declined(const Ticket &t)
    {
        m_store->walkTo(t, S::Quoted);
        auto no = m_store->wf->tickets.answer(m_store->clerk.id, t.id,
                                              QuoteAnswer {false, QStringLiteral("phone"), {}, {}});
        if (!no)
            qFatal("decline: %s", qPrintable(no.error().message));
        return m_store->reread(t.id);
    }
    PickupRequest handBack(const Ticket &t)
    {
        PickupRequest r;
        r.ticketId = t.id;
        r.scannedImei = m_store->imeiOf(t);
        r.accessoriesReturned = t.accessories;
        return r;
    }
    qint64 waivers(const QString &ticketId)
    {
        return m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                             "'ticket.diagnosis_fee_waived' AND entity_id = ?"),
                              {ticketId});
    }

    std::unique_ptr<test::WorkflowStore> m_store;
    QString m_imei = QStringLiteral("490154203237518");
};

void TestDiagnosisFee::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    m_store->managerPin = QStringLiteral("246810");
    QVERIFY(m_store->setUp());
}

void TestDiagnosisFee::settingsCheckTheFee_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("amount") << "fees.diagnosis"
                            << "30.00" << true;
    QTest::newRow("whole") << "fees.diagnosis"
                           << "30" << true;
    QTest::newRow("none") << "fees.diagnosis"
                          << "0" << true;
    QTest::newRow("negative") << "fees.diagnosis"
                              << "-5.00" << false;
    QTest::newRow("three decimals") << "fees.diagnosis"
                                    << "30.005" << false;
    QTest::newRow("words") << "fees.diagnosis"
                           << "thirty" << false;
    QTest::newRow("huge") << "fees.diagnosis"
                          << "100000.01" << false;
    QTest::newRow("waive on") << "fees.waive_diagnosis_on_approval"
                              << "1" << true;
    QTest::newRow("waive off") << "fees.waive_diagnosis_on_approval"
                               << "0" << true;
    QTest::newRow("waive yes") << "fees.waive_diagnosis_on_approval"
                               << "yes" << false;
}

void TestDiagnosisFee::settingsCheckTheFee()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const Status s = m_store->wf->admin.setSettings(m_store->manager.id, {{key, value}});
    QCOMPARE(bool(s), ok);
    if (!ok)
        QVERIFY(s.error().message.contains(key.section(QLatin1Char('.'), 1).left(8))
                || s.error().message.contains(QStringLiteral("diagnosis fee")));
    // Never by a clerk.
    QVERIFY(!m_store->wf->admin.setSettings(m_store->clerk.id, {{key, value}}));
}

void TestDiagnosisFee::noFeeByDefault()
{
    const Ticket t = notCovered();
    const Balance b = balance(t.id);
    QCOMPARE(b.diagnosisFee.status, F::None);
    QCOMPARE(b.diagnosisFee.amount.minor, 0);
    m_store->walkTo(t, S::PickedUp);
    QCOMPARE(net(t.id), 20000); // the quote, nothing more
}

void TestDiagnosisFee::theFeeIsFixedAtIntake()
{
    setFee(QStringLiteral("30.00"), false);
    const Ticket t = notCovered();
    // A later change of the settings does not change what this customer was told.
    setFee(QStringLiteral("50.00"), true);
    auto terms = DiagnosisFees::terms(*m_store->db, t.id);
    QVERIFY(terms);
    QCOMPARE(terms->amount.minor, 3000);
    QCOMPARE(terms->waiveOnApproval, false);
    QCOMPARE(balance(t.id).diagnosisFee.status, F::Pending);
    m_imei = QStringLiteral("356938035643809");
    const Ticket later = notCovered();
    auto laterTerms = DiagnosisFees::terms(*m_store->db, later.id);
    QCOMPARE(laterTerms->amount.minor, 5000);
    QCOMPARE(laterTerms->waiveOnApproval, true);
}

void TestDiagnosisFee::aCoveredRepairNeverPaysIt()
{
    setFee(QStringLiteral("30.00"), false);
    const Ticket t = covered();
    const QStringList rules = balance(t.id).diagnosisFee.rules; // the verdict's rules, cited
    QVERIFY(rules.contains(QStringLiteral("CN-14")));
    QCOMPARE(balance(t.id).diagnosisFee.status, F::Covered);
    m_store->walkTo(t, S::PickedUp);
    QCOMPARE(balance(t.id).diagnosisFee.status, F::Covered);
    // The quote's lines as written (the helper's lines are not marked covered), never the fee,
    // though the waiver is off.
    QCOMPARE(balance(t.id).payable.minor, 20000);
    QCOMPARE(net(t.id), 20000);
    // Declined or not, a covered ticket never owes it.
    m_imei = QStringLiteral("356938035643809");
    const Ticket second = declined(covered());
    auto back = m_store->wf->tickets.handBack(m_store->clerk.id, handBack(second));
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->balance.diagnosisFee.status, F::Covered);
    QCOMPARE(back->balance.payable.minor, 0);
    QCOMPARE(net(second.id), 0);
}

void TestDiagnosisFee::approvedWithTheWaiverOn()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    const Ticket ready = m_store->walkTo(t, S::Ready);
    const Balance b = balance(ready.id);
    QCOMPARE(b.diagnosisFee.status, F::WaivedOnApproval);
    QCOMPARE(b.diagnosisFee.due.minor, 0);
    QCOMPARE(b.payable.minor, 20000);
    m_store->walkTo(t, S::PickedUp);
    QCOMPARE(net(t.id), 20000);
    QVERIFY(DiagnosisFee::describe(balance(t.id).diagnosisFee).contains(QStringLiteral("waived")));
}

void TestDiagnosisFee::approvedWithTheWaiverOff()
{
    setFee(QStringLiteral("30.00"), false);
    const Ticket t = notCovered();
    const Ticket ready = m_store->walkTo(t, S::Ready);
    const Balance b = balance(ready.id);
    QCOMPARE(b.diagnosisFee.status, F::Charged);
    QCOMPARE(b.payable.minor, 23000);
    // Paying the quote alone is not enough.
    PickupRequest r = handBack(ready);
    Payment p;
    p.kind = QStringLiteral("payment");
    p.method = QStringLiteral("cash");
    p.amount.minor = 20000;
    r.payment = p;
    auto refused = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("BALANCE_DUE"));
    QVERIFY(refused.error().message.contains(QStringLiteral("30.00")));
    QCOMPARE(net(t.id), 0); // nothing written
    r.payment->amount.minor = 23000;
    auto released = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY2(released, released ? "" : qPrintable(released->ticket.number));
    QCOMPARE(released->ticket.status, S::PickedUp);
    QCOMPARE(released->balance.payable.minor, 23000);
    QCOMPARE(released->balance.due.minor, 0);
    QCOMPARE(net(t.id), 23000);
}

void TestDiagnosisFee::declinedKeepsTheFeeFromTheDeposit()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 10000);
    const Ticket no = declined(t);
    QCOMPARE(balance(no.id).diagnosisFee.status, F::Owed);
    auto back = m_store->wf->tickets.handBack(m_store->clerk.id, handBack(no));
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->ticket.status, S::ReturnedUnrepaired);
    QCOMPARE(back->deposit.held.minor, 10000);
    QCOMPARE(back->deposit.diagnosisFee.minor, 3000);
    QCOMPARE(back->deposit.returned.minor, 7000);
    QCOMPARE(back->deposit.kept.minor, 0);
    QCOMPARE(back->balance.payable.minor, 3000);
    QCOMPARE(back->balance.due.minor, 0);
    QCOMPARE(net(t.id), 3000);
    // The stated fee needs no written reason: no deposit_kept entry, a note in the timeline.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'ticket.deposit_kept'")),
             0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = "
                                           "? AND kind = 'note' AND note LIKE '%30.00%'"),
                            {t.id}),
             1);
    QCOMPARE(back->ticket.version, m_store->reread(t.id).version);
}

void TestDiagnosisFee::declinedWithoutEnoughPaidIsRefused()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 1000);
    const Ticket no = declined(t);
    auto refused = m_store->wf->tickets.handBack(m_store->clerk.id, handBack(no));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("DIAGNOSIS_FEE_DUE"));
    QVERIFY(refused.error().message.contains(QStringLiteral("20.00")));
    QCOMPARE(m_store->reread(t.id).status, S::Declined); // nothing written
    QCOMPARE(net(t.id), 1000);
    // The rest paid with the hand-back: accepted, nothing given back.
    PickupRequest r = handBack(no);
    Payment p;
    p.kind = QStringLiteral("payment");
    p.method = QStringLiteral("cash");
    p.amount.minor = 2000;
    r.payment = p;
    auto back = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->deposit.returned.minor, 0);
    QCOMPARE(net(t.id), 3000);
    QCOMPARE(back->balance.due.minor, 0);
}

void TestDiagnosisFee::cannotFixAfterApprovalOwesTheFee()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 5000);
    m_store->walkTo(t, S::Repairing);
    QCOMPARE(balance(t.id).diagnosisFee.status, F::WaivedOnApproval);
    workflow::RepairInput done;
    done.checks = RepairChecks::allPassed();
    done.note = QStringLiteral("主板损坏无法修复");
    QVERIFY(m_store->wf->tickets.cannotFix(m_store->tech.id, t.id, done));
    auto back = m_store->wf->tickets.handBack(m_store->clerk.id, handBack(m_store->reread(t.id)));
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->ticket.status, S::ReturnedUnrepaired);
    QCOMPARE(back->balance.diagnosisFee.status, F::Owed);
    QCOMPARE(back->deposit.returned.minor, 2000);
    QCOMPARE(back->balance.payable.minor, 3000); // the quote is not owed, the fee is
    QCOMPARE(net(t.id), 3000);
}

void TestDiagnosisFee::cancelledAfterDiagnosisOwesTheFee()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 5000);
    const Ticket quoted = m_store->walkTo(t, S::Quoted);
    DepositOutcome settled;
    auto done = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("客户不修了"),
                                            quoted.version, {}, &settled);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(settled.diagnosisFee.minor, 3000);
    QCOMPARE(settled.returned.minor, 2000);
    QCOMPARE(net(t.id), 3000);
    QCOMPARE(balance(t.id).due.minor, 0);
    QCOMPARE(done->version, m_store->reread(t.id).version);

    // Nothing paid: the cancel is refused until the fee is paid or waived.
    m_imei = QStringLiteral("356938035643809");
    const Ticket unpaid = notCovered();
    m_store->walkTo(unpaid, S::Quoted);
    auto refused
        = m_store->wf->tickets.cancel(m_store->clerk.id, unpaid.id, QStringLiteral("客户不修了"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("DIAGNOSIS_FEE_DUE"));
    QCOMPARE(m_store->reread(unpaid.id).status, S::Quoted);
}

void TestDiagnosisFee::cancelledBeforeDiagnosisOwesNothing()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 5000);
    DepositOutcome settled;
    auto done = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("客户取消"),
                                            std::nullopt, {}, &settled);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(settled.diagnosisFee.minor, 0);
    QCOMPARE(settled.returned.minor, 5000);
    QCOMPARE(balance(t.id).diagnosisFee.status, F::NotDiagnosed);
    QCOMPARE(net(t.id), 0);
}

void TestDiagnosisFee::aManagerWaivesTheFee()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 5000);
    const Ticket no = declined(t);
    PickupRequest r = handBack(no);
    r.deposit.waiveDiagnosisFee = QStringLiteral("老顾客，免检测费");
    auto back = m_store->wf->tickets.handBack(m_store->manager.id, r);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->balance.diagnosisFee.status, F::WaivedByManager);
    QCOMPARE(back->deposit.returned.minor, 5000);
    QCOMPARE(back->balance.payable.minor, 0);
    QCOMPARE(net(t.id), 0);
    // Audited, with the amount and the reason, by the manager.
    QSqlQuery q(m_store->db->connection());
    q.prepare(QStringLiteral("SELECT user_id, note, data FROM audit_entries WHERE kind = "
                             "'ticket.diagnosis_fee_waived' AND entity_id = ?"));
    q.addBindValue(t.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), m_store->manager.id);
    QCOMPARE(q.value(1).toString(), QStringLiteral("老顾客，免检测费"));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                 .object()
                 .value(QStringLiteral("amount_minor"))
                 .toInteger(),
             3000);
    QVERIFY(!q.next());
    QCOMPARE(back->ticket.version, m_store->reread(t.id).version);

    // On a cancel too, with nothing paid.
    m_imei = QStringLiteral("356938035643809");
    const Ticket other = notCovered();
    m_store->walkTo(other, S::Quoted);
    DepositChoice waive;
    waive.waiveDiagnosisFee = QStringLiteral("检测未拆机");
    auto cancelled = m_store->wf->tickets.cancel(m_store->manager.id, other.id,
                                                 QStringLiteral("客户不修了"), std::nullopt, waive);
    QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().message));
    QCOMPARE(waivers(other.id), 1);
    QCOMPARE(balance(other.id).due.minor, 0);
}

void TestDiagnosisFee::aClerksWaiverIsRefused()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    deposit(t, 5000);
    const Ticket no = declined(t);
    PickupRequest r = handBack(no);
    r.deposit.waiveDiagnosisFee = QStringLiteral("我说免了");
    auto refused = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(m_store->reread(t.id).status, S::Declined);
    QCOMPARE(waivers(t.id), 0);
    QCOMPARE(net(t.id), 5000);
    // The refusal itself is audited (the Authority's).
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                           "'access.refused' AND entity_id = ? AND data LIKE "
                                           "'%ticket.waive_diagnosis_fee%'"),
                            {t.id}),
             1);
    DepositChoice waive;
    waive.waiveDiagnosisFee = QStringLiteral("我说免了");
    auto cancel = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("不修"),
                                              std::nullopt, waive);
    QVERIFY(!cancel);
    QCOMPARE(cancel.error().code, QStringLiteral("FORBIDDEN"));
}

void TestDiagnosisFee::aWaiverNeedsAReasonAndSomethingToWaive()
{
    setFee(QStringLiteral("30.00"));
    const Ticket t = notCovered();
    const Ticket no = declined(t);
    PickupRequest r = handBack(no);
    r.deposit.waiveDiagnosisFee = QStringLiteral("   ");
    auto blank = m_store->wf->tickets.handBack(m_store->manager.id, r);
    QVERIFY(!blank);
    QCOMPARE(blank.error().code, QStringLiteral("FEE_WAIVER_REASON"));
    QCOMPARE(waivers(t.id), 0);
    // Covered: there is no fee to waive.
    m_imei = QStringLiteral("356938035643809");
    const Ticket free = declined(covered());
    PickupRequest f = handBack(free);
    f.deposit.waiveDiagnosisFee = QStringLiteral("免");
    auto nothing = m_store->wf->tickets.handBack(m_store->manager.id, f);
    QVERIFY(!nothing);
    QCOMPARE(nothing.error().code, QStringLiteral("FEE_NOT_DUE"));
}

QTEST_GUILESS_MAIN(TestDiagnosisFee)
#include "tst_diagnosisfee.moc"
