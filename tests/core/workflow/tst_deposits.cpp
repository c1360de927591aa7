// Deposits when a ticket closes without a repair (issue 20, "money that adds up"): the phone
// goes back unrepaired or the ticket is cancelled, and the money the customer left goes back as
// a refund payment (method and person), or is kept with a written reason, audited. Through the
// workflow layer on a real store, every door's core.
#include "workflowstore.h"

#include "store/paymentrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace rc;
using S = TicketStatus;

class TestDeposits : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void cancelGivesTheDepositBack();
    void cancelKeepsTheDepositWithAReason();
    void aBlankReasonKeepsNothing();
    void unrepairedPickupGivesTheDepositBack();
    void unrepairedPickupKeepsTheDepositWithAReason();
    void aRepairedPhoneKeepsItsDepositAsPayment();
    void nothingHeldNothingWritten();

private:
    qint64 count(const QString &sql) const { return m_store->count(sql); }
    Ticket withDeposit(qint64 minor, const QString &method = QStringLiteral("cash"))
    {
        const Ticket t = m_store->registered();
        workflow::PaymentInput in;
        in.amount.minor = minor;
        in.method = method;
        in.deposit = true;
        auto paid = m_store->wf->tickets.pay(m_store->clerk.id, t.id, in);
        if (!paid)
            qFatal("deposit: %s", qPrintable(paid.error().message));
        return m_store->reread(t.id);
    }
    QList<Payment> payments(const QString &ticketId)
    {
        auto list = PaymentRepository(*m_store->db, m_store->clock).forTicket(ticketId);
        if (!list)
            qFatal("payments: %s", qPrintable(list.error().message));
        return *list;
    }
    Balance balance(const QString &ticketId)
    {
        return PaymentRepository(*m_store->db, m_store->clock).balance(ticketId).value();
    }
    // Declined at the quote: the phone goes back unrepaired.
    Ticket declined(const Ticket &t)
    {
        const Ticket quoted = m_store->walkTo(t, S::Quoted);
        auto no = m_store->wf->tickets.answer(m_store->clerk.id, quoted.id,
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

    std::unique_ptr<test::WorkflowStore> m_store;
};

void TestDeposits::init()
{
    m_store = std::make_unique<test::WorkflowStore>();
    m_store->managerPin = QStringLiteral("135790");
    QVERIFY(m_store->setUp());
}

void TestDeposits::cancelGivesTheDepositBack()
{
    const Ticket t = withDeposit(10000, QStringLiteral("wechat"));
    QCOMPARE(balance(t.id).paid.minor, 10000);
    DepositOutcome settled;
    auto done = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("客户不修了"),
                                            t.version, {}, &settled);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->status, S::Cancelled);
    QCOMPARE(settled.held.minor, 10000);
    QCOMPARE(settled.returned.minor, 10000);
    QCOMPARE(settled.kept.minor, 0);
    // A refund payment, by the clerk, the way it was paid; nothing left on the ticket.
    const QList<Payment> list = payments(t.id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.last().kind, QStringLiteral("refund"));
    QCOMPARE(list.last().amount.minor, 10000);
    QCOMPARE(list.last().method, QStringLiteral("wechat"));
    QCOMPARE(list.last().userId, m_store->clerk.id);
    QCOMPARE(balance(t.id).paid.minor, 0);
    // Synced, and in the timeline; the ticket read back is the one after the refund.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'payment'")), 2);
    QCOMPARE(done->version, m_store->reread(t.id).version);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.deposit_kept'")),
             0);
}

void TestDeposits::cancelKeepsTheDepositWithAReason()
{
    const Ticket t = withDeposit(5000);
    DepositOutcome settled;
    auto done = m_store->wf->tickets.cancel(
        m_store->clerk.id, t.id, QStringLiteral("客户不修了"), std::nullopt,
        DepositChoice {QStringLiteral("已拆机检测，检测费抵扣订金"), QString()}, &settled);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(settled.kept.minor, 5000);
    QCOMPARE(settled.returned.minor, 0);
    QCOMPARE(payments(t.id).size(), 1); // no refund
    QCOMPARE(balance(t.id).paid.minor, 5000);
    // Audited, with the amount and the reason; a note in the timeline.
    QSqlQuery q(m_store->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_id, entity_id, note, data FROM audit_entries "
                                  "WHERE kind = 'ticket.deposit_kept'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_store->clerk.id);
    QCOMPARE(q.value(1).toString(), t.id);
    QCOMPARE(q.value(2).toString(), QStringLiteral("已拆机检测，检测费抵扣订金"));
    const QJsonObject data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(data.value(QStringLiteral("amount_minor")).toInteger(), 5000);
    QVERIFY(!q.next());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'note' AND "
                                  "note LIKE '%已拆机检测%'")),
             1);
}

void TestDeposits::aBlankReasonKeepsNothing()
{
    const Ticket t = withDeposit(5000);
    auto refused
        = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("客户不修了"),
                                      std::nullopt, DepositChoice {QStringLiteral("   "), {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("DEPOSIT_REASON"));
    auto badMethod
        = m_store->wf->tickets.cancel(m_store->clerk.id, t.id, QStringLiteral("客户不修了"),
                                      std::nullopt, DepositChoice {{}, QStringLiteral("gold")});
    QVERIFY(!badMethod);
    QCOMPARE(badMethod.error().code, QStringLiteral("PAYMENT_METHOD"));
    // Nothing written: the ticket is open, the deposit still held.
    QCOMPARE(m_store->reread(t.id).status, S::Received);
    QCOMPARE(payments(t.id).size(), 1);
    PickupRequest r = handBack(declined(t));
    r.deposit.keepReason = QStringLiteral("\t");
    auto pickup = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY(!pickup);
    QCOMPARE(pickup.error().code, QStringLiteral("DEPOSIT_REASON"));
    QCOMPARE(m_store->reread(t.id).status, S::Declined);
}

void TestDeposits::unrepairedPickupGivesTheDepositBack()
{
    const Ticket t = declined(withDeposit(8000, QStringLiteral("cash")));
    QCOMPARE(t.status, S::Declined);
    PickupRequest r = handBack(t);
    r.deposit.method = QStringLiteral("alipay");
    auto released = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    QCOMPARE(released->ticket.status, S::ReturnedUnrepaired);
    QCOMPARE(released->deposit.returned.minor, 8000);
    QCOMPARE(released->deposit.method, QStringLiteral("alipay"));
    QCOMPARE(released->balance.paid.minor, 0);
    const QList<Payment> list = payments(t.id);
    QCOMPARE(list.last().kind, QStringLiteral("refund"));
    QCOMPARE(list.last().method, QStringLiteral("alipay"));
    QCOMPARE(list.last().userId, m_store->clerk.id);
}

void TestDeposits::unrepairedPickupKeepsTheDepositWithAReason()
{
    const Ticket t = declined(withDeposit(8000));
    PickupRequest r = handBack(t);
    r.deposit.keepReason = QStringLiteral("Diagnosis fee agreed at intake");
    auto released = m_store->wf->tickets.handBack(m_store->clerk.id, r);
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    QCOMPARE(released->deposit.kept.minor, 8000);
    QCOMPARE(released->balance.paid.minor, 8000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.deposit_kept' AND note = 'Diagnosis fee agreed at "
                                  "intake'")),
             1);
}

void TestDeposits::aRepairedPhoneKeepsItsDepositAsPayment()
{
    // Repaired and picked up: the deposit counts against the bill, nothing goes back.
    const Ticket t = withDeposit(5000);
    const Ticket done = m_store->walkTo(t, S::PickedUp);
    QCOMPARE(done.status, S::PickedUp);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'")), 0);
    const Balance b = balance(t.id);
    QCOMPARE(b.paid.minor, b.payable.minor);
}

void TestDeposits::nothingHeldNothingWritten()
{
    const Ticket t = m_store->registered();
    const qint64 events = count(QStringLiteral("SELECT count(*) FROM ticket_events"));
    DepositOutcome settled;
    auto done = m_store->wf->tickets.cancel(
        m_store->clerk.id, t.id, QStringLiteral("重复登记"), std::nullopt,
        DepositChoice {QStringLiteral("whatever"), {}}, &settled);
    QVERIFY(done);
    QCOMPARE(settled.held.minor, 0);
    QCOMPARE(settled.kept.minor, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events")), events + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                  "'ticket.deposit_kept'")),
             0);
}

QTEST_GUILESS_MAIN(TestDeposits)
#include "tst_deposits.moc"
