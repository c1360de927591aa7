// The loaner phones (备用机, CN-07; issue 20, LoanerDesk): the list, lending with the deposit
// taken, taking back with the condition checked and the deposit returned or kept with a
// reason, a manager's write-off, the refusals, the pickup refused while the loaner is out (at
// core, so at every door), the CN-07 offer and what is overdue.
#include "workflowstore.h"

#include "store/paymentrepository.h"
#include "store/pickuprepository.h"

#include <QSqlQuery>

using namespace rc;
using S = TicketStatus;

namespace {

const QString kLoanerImei = QStringLiteral("356938035643809");
const QString kOtherLoanerImei = QStringLiteral("353918057281236");

} // namespace

class TestLoaners : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addAndList();
    void lendTakesTheDeposit();
    void lendingALentLoanerIsRefused();
    void returningOneNotLentIsRefused();
    void keepingTheDepositNeedsAReason();
    void returnGivesTheDepositBack();
    void writeOffIsAManagers();
    void pickupWhileTheLoanerIsOutIsRefused();
    void aTicketPastTheCn07DaysOffersALoaner();
    void overdue();
    void cancelLeavesTheLoanersSecurityAlone();

private:
    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        return m_store->count(sql, values);
    }
    workflow::LoanerDesk &desk() { return m_store->wf->loaners; }
    Loaner addLoaner(const QString &imei = kLoanerImei, qint64 depositMinor = 20000)
    {
        workflow::LoanerInput in;
        in.imei = imei;
        in.model = QStringLiteral("Huawei P40");
        in.deposit.minor = depositMinor;
        auto added = desk().add(m_store->clerk.id, in);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    }
    workflow::LoanResult lend(const Ticket &t, const QString &imei = kLoanerImei)
    {
        workflow::LendInput in;
        in.imei = imei;
        in.method = QStringLiteral("card");
        auto lent = desk().lend(m_store->clerk.id, t.id, in);
        if (!lent)
            qFatal("%s", qPrintable(lent.error().message));
        return *lent;
    }
    Result<PickupResult> pickup(const Ticket &t)
    {
        PickupRequest request;
        request.ticketId = t.id;
        request.scannedImei = m_store->imeiOf(t);
        request.accessoriesReturned = t.accessories;
        auto balance = PaymentRepository(*m_store->db, m_store->clock).balance(t.id);
        if (balance && balance->due.minor > 0) {
            Payment p;
            p.kind = QStringLiteral("payment");
            p.method = QStringLiteral("cash");
            p.amount = balance->due;
            request.payment = p;
        }
        return m_store->wf->tickets.handBack(m_store->clerk.id, request);
    }
    std::unique_ptr<test::WorkflowStore> m_store;
    User m_manager; // with a 6-digit PIN
};

void TestLoaners::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    QVERIFY(m_store->setUp());
    auto m = m_store->wf->admin.addUser(m_store->manager.id, QStringLiteral("zhou"),
                                        QStringLiteral("周经理"), Role::Manager,
                                        QStringLiteral("864209"));
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    m_manager = *m;
}

void TestLoaners::addAndList()
{
    QSignalSpy changed(&m_store->wf->changes, &workflow::Changes::loanersChanged);
    // An IMEISV scanned from the box gives its IMEI.
    workflow::LoanerInput in;
    in.imei = QStringLiteral("35693803564380 01");
    in.model = QStringLiteral("Huawei P40");
    in.deposit.minor = 20000;
    auto added = desk().add(m_store->clerk.id, in);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(added->imei.size(), 15);
    QCOMPARE(added->state, QStringLiteral("in_stock"));
    QCOMPARE(changed.count(), 1);

    in.imei = kLoanerImei;
    auto twice = desk().add(m_store->clerk.id, in);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, QStringLiteral("LOANER_EXISTS"));
    in.imei = QStringLiteral("356938035643808"); // Luhn digit wrong
    auto bad = desk().add(m_store->clerk.id, in);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("IMEI_INVALID"));
    in.imei = kOtherLoanerImei;
    in.model = QStringLiteral("  ");
    QCOMPARE(desk().add(m_store->clerk.id, in).error().code, QStringLiteral("LOANER_MODEL"));
    in.model = QStringLiteral("Mate 30");
    in.deposit.minor = -1;
    QCOMPARE(desk().add(m_store->clerk.id, in).error().code, QStringLiteral("LOANER_DEPOSIT"));
    in.deposit.minor = 10000;
    in.condition = QStringLiteral("shiny");
    QCOMPARE(desk().add(m_store->clerk.id, in).error().code, QStringLiteral("LOANER_CONDITION"));
    in.condition = QStringLiteral("ok");
    // A technician does not lend phones: refused and audited.
    auto forbidden = desk().add(m_store->tech.id, in);
    QVERIFY(!forbidden);
    QCOMPARE(forbidden.error().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'access.refused' AND json_extract(data, '$.operation') = "
                                  "'loaner.add'")),
             1);

    auto list = desk().list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().deposit.minor, 20000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'loaner'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = 'loaner.add'")),
             1);
}

void TestLoaners::lendTakesTheDeposit()
{
    addLoaner();
    const Ticket t = m_store->registered();
    QSignalSpy changed(&m_store->wf->changes, &workflow::Changes::ticketChanged);
    const int versionBefore = t.version;
    const workflow::LoanResult lent = lend(t);
    QCOMPARE(lent.loan.state, QStringLiteral("out"));
    QCOMPARE(lent.loaner.state, QStringLiteral("lent"));
    QCOMPARE(lent.loan.deposit.minor, 20000);
    QCOMPARE(lent.loan.expectedReturn,
             m_store->clock.today().addDays(LoanerRepository::kDefaultLoanDays));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), t.id);
    // The deposit: a payment of kind deposit, card, by the clerk, for the loan.
    auto payments = PaymentRepository(*m_store->db, m_store->clock).forTicket(t.id);
    QVERIFY(payments);
    QCOMPARE(payments->size(), 1);
    QCOMPARE(payments->first().kind, QStringLiteral("deposit"));
    QCOMPARE(payments->first().amount.minor, 20000);
    QCOMPARE(payments->first().method, QStringLiteral("card"));
    QCOMPARE(payments->first().userId, m_store->clerk.id);
    QCOMPARE(payments->first().reference, QStringLiteral("loan:") + lent.loan.id);
    QCOMPARE(lent.loan.depositPaymentId, payments->first().id);
    // … which is not the repair's money.
    QCOMPARE(PaymentRepository(*m_store->db, m_store->clock).balance(t.id)->paid.minor, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'loan'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'loaner'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'loaner.lend'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND "
                                  "kind = 'loan'"),
                   {t.id}),
             1);
    QVERIFY(m_store->reread(t.id).version > versionBefore);
    auto out = desk().outForTicket(t.id);
    QVERIFY(out && *out);
    QCOMPARE((*out)->loaner.imei, kLoanerImei);
    QCOMPARE((*out)->overdue, false);

    // A method the counter does not take, a past return date: refused before anything.
    const Ticket other = m_store->registered(m_store->request(QStringLiteral("353918057281236")));
    workflow::LendInput in;
    in.imei = kOtherLoanerImei;
    in.method = QStringLiteral("iou");
    QCOMPARE(desk().lend(m_store->clerk.id, other.id, in).error().code,
             QStringLiteral("LOAN_METHOD"));
    in.method = QStringLiteral("cash");
    in.expectedReturn = m_store->clock.today().addDays(-1);
    QCOMPARE(desk().lend(m_store->clerk.id, other.id, in).error().code,
             QStringLiteral("LOAN_RETURN_DATE"));
    in.expectedReturn = {};
    QCOMPARE(desk().lend(m_store->clerk.id, other.id, in).error().code,
             QStringLiteral("LOANER_UNKNOWN"));
    QCOMPARE(desk().lend(m_store->tech.id, other.id, in).error().code, QStringLiteral("FORBIDDEN"));
}

void TestLoaners::lendingALentLoanerIsRefused()
{
    addLoaner();
    addLoaner(kOtherLoanerImei);
    const Ticket first = m_store->registered();
    const Ticket second = m_store->registered(m_store->request(QStringLiteral("353918057281236")));
    lend(first);
    const qint64 payments = count(QStringLiteral("SELECT count(*) FROM payments"));
    workflow::LendInput in;
    in.imei = kLoanerImei;
    auto refused = desk().lend(m_store->clerk.id, second.id, in);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("LOANER_LENT"));
    QVERIFY2(refused.error().message.contains(first.number), qPrintable(refused.error().message));
    // One loaner out per ticket.
    in.imei = kOtherLoanerImei;
    auto again = desk().lend(m_store->clerk.id, first.id, in);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("LOAN_EXISTS"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), payments);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loans")), 1);
    // A closed ticket gets none.
    QVERIFY(m_store->wf->tickets.cancel(m_store->clerk.id, second.id, QStringLiteral("客户取消")));
    auto closed = desk().lend(m_store->clerk.id, second.id, in);
    QVERIFY(!closed);
    QCOMPARE(closed.error().code, QStringLiteral("TICKET_CLOSED"));
}

void TestLoaners::returningOneNotLentIsRefused()
{
    addLoaner();
    workflow::ReturnInput in;
    in.imei = kLoanerImei;
    in.condition = QStringLiteral("ok");
    auto refused = desk().takeBack(m_store->clerk.id, in);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("LOANER_NOT_LENT"));
    in.imei = kOtherLoanerImei;
    QCOMPARE(desk().takeBack(m_store->clerk.id, in).error().code, QStringLiteral("LOANER_UNKNOWN"));
    in.imei = QStringLiteral("12345");
    QCOMPARE(desk().takeBack(m_store->clerk.id, in).error().code, QStringLiteral("IMEI_INVALID"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'loan'")), 0);
}

void TestLoaners::keepingTheDepositNeedsAReason()
{
    addLoaner();
    const Ticket t = m_store->registered();
    const workflow::LoanResult lent = lend(t);
    workflow::ReturnInput in;
    in.imei = kLoanerImei;
    in.condition = QStringLiteral("damaged");
    in.keepDeposit = true;
    in.keepReason = QStringLiteral("   ");
    auto refused = desk().takeBack(m_store->clerk.id, in);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("LOAN_KEEP_REASON"));
    in.condition = QStringLiteral("broken");
    QCOMPARE(desk().takeBack(m_store->clerk.id, in).error().code, QStringLiteral("LOAN_CONDITION"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loans WHERE state = 'out'")), 1);

    in.condition = QStringLiteral("damaged");
    in.keepReason = QStringLiteral("屏幕碎裂 screen cracked");
    auto back = desk().takeBack(m_store->clerk.id, in);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->loan.state, QStringLiteral("returned"));
    QCOMPARE(back->loan.depositOutcome, QStringLiteral("kept"));
    QCOMPARE(back->loan.reason, in.keepReason);
    QCOMPARE(back->loaner.state, QStringLiteral("in_stock"));
    QCOMPARE(back->loaner.condition, QStringLiteral("damaged"));
    // No money went back; the reason is in the audit trail.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'loaner.return' AND note = ?"),
                   {in.keepReason}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT version FROM loans WHERE id = ?"), {lent.loan.id}), 2);
}

void TestLoaners::returnGivesTheDepositBack()
{
    addLoaner();
    const Ticket t = m_store->registered();
    lend(t);
    workflow::ReturnInput in;
    in.imei = kLoanerImei;
    in.condition = QStringLiteral("ok");
    auto back = desk().takeBack(m_store->clerk.id, in);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->loan.depositOutcome, QStringLiteral("returned"));
    auto payments = PaymentRepository(*m_store->db, m_store->clock).forTicket(t.id);
    QVERIFY(payments);
    QCOMPARE(payments->size(), 2);
    QCOMPARE(payments->last().kind, QStringLiteral("refund"));
    QCOMPARE(payments->last().amount.minor, 20000);
    QCOMPARE(payments->last().method, QStringLiteral("card"));
    QCOMPARE(back->loan.refundPaymentId, payments->last().id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND "
                                  "kind = 'loan'"),
                   {t.id}),
             2);
    // Back in stock: it may be lent again.
    const Ticket other = m_store->registered(m_store->request(QStringLiteral("353918057281236")));
    lend(other);
}

void TestLoaners::writeOffIsAManagers()
{
    addLoaner();
    const Ticket t = m_store->registered();
    lend(t);
    auto clerk = desk().writeOff(m_store->clerk.id, kLoanerImei, QStringLiteral("客户丢失"));
    QVERIFY(!clerk);
    QCOMPARE(clerk.error().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'access.refused' AND json_extract(data, '$.operation') = "
                                  "'loaner.write_off'")),
             1);
    QCOMPARE(desk().writeOff(m_manager.id, kLoanerImei, QStringLiteral(" ")).error().code,
             QStringLiteral("LOAN_WRITE_OFF_REASON"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loans WHERE state = 'out'")), 1);
    auto done = desk().writeOff(m_manager.id, kLoanerImei, QStringLiteral("客户丢失 lost"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->loan.state, QStringLiteral("written_off"));
    QCOMPARE(done->loan.depositOutcome, QStringLiteral("kept"));
    QCOMPARE(done->loaner.state, QStringLiteral("written_off"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'loaner.write_off' AND note = '客户丢失 lost'")),
             1);
    // Written off: not lent again, not written off twice.
    const Ticket other = m_store->registered(m_store->request(QStringLiteral("353918057281236")));
    workflow::LendInput in;
    in.imei = kLoanerImei;
    QCOMPARE(desk().lend(m_store->clerk.id, other.id, in).error().code,
             QStringLiteral("LOANER_WRITTEN_OFF"));
    QCOMPARE(desk().writeOff(m_manager.id, kLoanerImei, QStringLiteral("again")).error().code,
             QStringLiteral("LOANER_NOT_LENT"));
}

void TestLoaners::pickupWhileTheLoanerIsOutIsRefused()
{
    addLoaner();
    addLoaner(kOtherLoanerImei);
    const Ticket t = m_store->registered();
    lend(t);
    const Ticket ready = m_store->walkTo(t, S::Repairing);
    Q_UNUSED(ready);
    {
        workflow::RepairInput done;
        done.checks = RepairChecks::allPassed();
        QVERIFY(m_store->wf->tickets.finishRepair(m_store->tech.id, t.id, done));
    }
    QCOMPARE(m_store->reread(t.id).status, S::Ready);
    const qint64 payments = count(QStringLiteral("SELECT count(*) FROM payments"));
    auto refused = pickup(m_store->reread(t.id));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("LOANER_OUT"));
    QVERIFY2(refused.error().message.contains(kLoanerImei), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("Huawei P40")));
    QCOMPARE(m_store->reread(t.id).status, S::Ready);
    // The payment that would have come with the hand-back was not kept either.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), payments);
    // The loaner comes back: the phone goes home.
    workflow::ReturnInput in;
    in.imei = kLoanerImei;
    in.condition = QStringLiteral("ok");
    QVERIFY(desk().takeBack(m_store->clerk.id, in));
    auto released = pickup(m_store->reread(t.id));
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    QCOMPARE(m_store->reread(t.id).status, S::PickedUp);

    // Written off by a manager: the phone goes home too.
    const Ticket second = m_store->registered(m_store->request(QStringLiteral("353918057281236")));
    lend(second, kOtherLoanerImei);
    m_store->walkTo(second, S::Repairing);
    {
        workflow::RepairInput done;
        done.checks = RepairChecks::allPassed();
        QVERIFY(m_store->wf->tickets.finishRepair(m_store->tech.id, second.id, done));
    }
    QCOMPARE(pickup(m_store->reread(second.id)).error().code, QStringLiteral("LOANER_OUT"));
    QVERIFY(desk().writeOff(m_manager.id, kOtherLoanerImei, QStringLiteral("客户买下")));
    QVERIFY(pickup(m_store->reread(second.id)));
}

void TestLoaners::aTicketPastTheCn07DaysOffersALoaner()
{
    // Sold 40 days ago, a performance fault of the main unit: a covered repair (CN-01).
    const Ticket t = m_store->registered();
    QVERIFY(t.intakeVerdict.value(QStringLiteral("covered")).toBool()
            || t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    m_store->walkTo(t, S::Repairing);
    QCOMPARE(desk().loanerDays(), 7);
    // Day 7 in the shop: not yet (CN-07 is "more than 7 days").
    m_store->clock.advanceSeconds(7 * 86400);
    workflow::LoanerOffer offer = desk().offer(m_store->reread(t.id));
    QCOMPARE(offer.offered, false);
    QCOMPARE(offer.daysOpen, 7);
    // Day 8: offered, citing CN-07.
    m_store->clock.advanceSeconds(86400);
    offer = desk().offer(m_store->reread(t.id));
    QCOMPARE(offer.offered, true);
    QCOMPARE(offer.ruleId, QStringLiteral("CN-07"));
    QCOMPARE(offer.daysOpen, 8);
    // Once one is out, no more offer.
    addLoaner();
    lend(t);
    QCOMPARE(desk().offer(m_store->reread(t.id)).offered, false);

    // A phone out of warranty (sold three years ago): a paid repair offers none.
    const Ticket paid
        = m_store->registered(m_store->request(QStringLiteral("353918057281236"), 3 * 365));
    QVERIFY(!paid.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    m_store->clock.advanceSeconds(10 * 86400);
    QCOMPARE(desk().offer(m_store->reread(paid.id)).offered, false);
}

void TestLoaners::overdue()
{
    addLoaner();
    const Ticket t = m_store->registered();
    lend(t);
    auto out = desk().loansOut();
    QVERIFY(out);
    QCOMPARE(out->size(), 1);
    QCOMPARE(out->first().overdue, false);
    // Past the expected return date.
    m_store->clock.advanceSeconds((LoanerRepository::kDefaultLoanDays + 1) * 86400);
    out = desk().loansOut();
    QCOMPARE(out->first().overdue, true);
    QCOMPARE(out->first().overdueWhy, QStringLiteral("past_expected_return"));
    QCOMPARE(out->first().ticketNumber, t.number);
    // The ticket's phone is ready: the loaner is due back whatever the date.
    Loan loan = out->first().loan;
    QString why;
    QVERIFY(LoanerRepository::isOverdue(loan, S::Ready, loan.lentAt.date(), &why));
    QCOMPARE(why, QStringLiteral("ticket_done"));
    QVERIFY(!LoanerRepository::isOverdue(loan, S::Repairing, loan.lentAt.date()));
    loan.state = QStringLiteral("returned");
    QVERIFY(!LoanerRepository::isOverdue(loan, S::Ready, loan.lentAt.date()));
}

// Cancelling a ticket gives back the repair's deposit, never the loaner's security: that one is
// settled when the loaner comes back (or is written off).
void TestLoaners::cancelLeavesTheLoanersSecurityAlone()
{
    addLoaner();
    const Ticket t = m_store->registered();
    lend(t);
    DepositOutcome settled;
    QVERIFY(m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("客户取消"),
                                        std::nullopt, {}, &settled));
    QCOMPARE(settled.held.minor, 0);
    QCOMPARE(settled.returned.minor, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE ticket_id = ? AND kind = "
                                  "'refund'"),
                   {t.id}),
             0);
    auto out = desk().outForTicket(t.id);
    QVERIFY(out && *out);
    QCOMPARE((*out)->loan.deposit.minor, 20000);
}

QTEST_GUILESS_MAIN(TestLoaners)
#include "tst_loaners.moc"
