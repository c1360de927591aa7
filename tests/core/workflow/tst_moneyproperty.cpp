// Money that adds up (issue 20), as a property over generated tickets: seeded random paths
// through the real workflow on a real store file (intake, deposit, diagnosis, quote approved or
// declined, repair or cannot fix, pickup repaired or unrepaired, cancel, refund remedy,
// deposits given back or kept with a reason). Per ticket, payments minus refunds equal the
// approved payable amount at hand-back, 0 when the phone went back unrepaired or the ticket was
// cancelled (the deposit, when a reason kept it), minus the invoice price for a refund remedy
// (CN-04). The diagnosis fee (fees.diagnosis, varied per ticket: none or an amount, waived on
// approval or not) is part of it: added to the approved amount when the waiver is off, what is
// owed when the phone goes back unrepaired or the ticket is cancelled after diagnosis (unless a
// manager waived it), never on a covered ticket. Per day, the till report equals the sum of that
// day's payments, per method and in all. RC_PROPERTY_SEED=N replays a run;
// RC_PROPERTY_TICKETS=N sets how many tickets.
#include "workflowstore.h"

#include "identifiers/checkdigit.h"
#include "reports/tillreport.h"
#include "store/paymentrepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

using namespace rc;
using S = TicketStatus;

namespace {

enum class Path { CancelEarly, DeclinedUnrepaired, Repaired, CannotFix, CancelAfterQuote, Refund };

const char *pathName(Path p)
{
    switch (p) {
    case Path::CancelEarly:
        return "cancel early";
    case Path::DeclinedUnrepaired:
        return "declined, returned unrepaired";
    case Path::Repaired:
        return "repaired, picked up";
    case Path::CannotFix:
        return "cannot fix, returned unrepaired";
    case Path::CancelAfterQuote:
        return "cancelled after the quote";
    case Path::Refund:
        return "refund remedy";
    }
    return "?";
}

struct Expected
{
    QString ticketId;
    Path path;
    qint64 fee = 0; // the diagnosis fee fixed at intake
    bool waiveOnApproval = true;
    bool covered = false;
    qint64 net = 0; // payments − refunds
    QString trace;
};

} // namespace

class TestMoneyProperty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paymentsAddUpPerTicket();
    void theTillIsTheSumOfItsPayments();

private:
    template<typename R>
    void must(const R &result, const QString &what, const QString &trace)
    {
        if (!result)
            QFAIL(qPrintable(QStringLiteral("%1: %2 [%3] — %4")
                                 .arg(what, result.error().code, result.error().message, trace)));
    }
    QString newImei()
    {
        const QString body = QStringLiteral("35391805%1").arg(++m_serial, 6, 10, QLatin1Char('0'));
        return body + QString::number(imeiCheckDigit(body));
    }
    qint64 money(int lowYuan, int highYuan)
    {
        return qint64(m_random.bounded(lowYuan, highYuan + 1)) * 100;
    }
    QString method()
    {
        static const QStringList methods {QStringLiteral("cash"), QStringLiteral("card"),
                                          QStringLiteral("wechat"), QStringLiteral("alipay"),
                                          QStringLiteral("mobile")};
        return methods.at(m_random.bounded(int(methods.size())));
    }
    void walkOne(int index);
    PickupRequest handBack(const Ticket &t)
    {
        PickupRequest r;
        r.ticketId = t.id;
        r.scannedImei = m_store.imeiOf(t);
        r.accessoriesReturned = t.accessories;
        return r;
    }
    DepositChoice depositChoice(QString *trace)
    {
        DepositChoice choice;
        const int roll = m_random.bounded(3);
        if (roll == 0) {
            choice.keepReason = QStringLiteral("检测费 diagnosis fee agreed");
            *trace += QStringLiteral(" keep-deposit");
        } else if (roll == 1) {
            choice.method = method();
            *trace += QStringLiteral(" return-by-") + choice.method;
        }
        return choice;
    }
    // The diagnosis fee a ticket closed after diagnosis without a repair owes: none when the
    // warranty covers it; sometimes a manager waives it (the choice then says why).
    qint64 feeOwed(const Expected &e, DepositChoice *choice)
    {
        if (e.covered || e.fee == 0)
            return 0;
        if (m_random.bounded(4) == 0) {
            choice->waiveDiagnosisFee = QStringLiteral("店长免检测费");
            return 0;
        }
        return e.fee;
    }
    qint64 heldOf(const QString &ticketId)
    {
        return PaymentRepository(*m_store.db, m_store.clock).balance(ticketId)->paid.minor;
    }

    test::WorkflowStore m_store;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_serial = 0;
    QList<Expected> m_expected;
    QSet<QDate> m_days;
};

void TestMoneyProperty::initTestCase()
{
    m_store.managerPin = QStringLiteral("135790");
    QVERIFY(m_store.setUp());
    bool ok = false;
    m_seed = qEnvironmentVariable("RC_PROPERTY_SEED").toUInt(&ok);
    if (!ok)
        m_seed = 20;
    m_random.seed(m_seed);
    int tickets = qEnvironmentVariableIntValue("RC_PROPERTY_TICKETS", &ok);
    if (!ok || tickets <= 0)
        tickets = 120;
    qInfo("seed %u, %d tickets (RC_PROPERTY_SEED, RC_PROPERTY_TICKETS)", m_seed, tickets);
    for (int i = 0; i < tickets; ++i) {
        walkOne(i);
        if (QTest::currentTestFailed())
            return;
    }
    // Every path was taken.
    QSet<int> paths;
    for (const Expected &e : std::as_const(m_expected))
        paths.insert(int(e.path));
    QCOMPARE(paths.size(), 6);
}

void TestMoneyProperty::walkOne(int index)
{
    auto &wf = m_store.wf->tickets;
    const QString clerk = m_store.clerk.id;
    const QString tech = m_store.tech.id;
    // Some tickets a day, each an hour or so after the one before.
    m_store.clock.advanceSeconds(m_random.bounded(600, 5 * 3600));
    m_days.insert(m_store.clock.nowUtc().toLocalTime().date());

    const Path path = Path(m_random.bounded(6));
    // Sold 3 days ago (CN-04: a refund may be chosen), 40 days (covered repair: nothing to pay)
    // or 400 days (out of warranty: the customer pays the quote).
    const int saleDaysAgo = path == Path::Refund ? 3 : (m_random.bounded(2) ? 40 : 400);
    Expected e;
    e.path = path;
    e.trace = QStringLiteral("#%1 seed %2 %3 sold %4 days ago")
                  .arg(index)
                  .arg(m_seed)
                  .arg(QLatin1String(pathName(path)))
                  .arg(saleDaysAgo);
    // The center's diagnosis fee as it stands for this ticket's intake.
    e.fee = m_random.bounded(3) == 0 ? 0 : money(10, 80);
    e.waiveOnApproval = m_random.bounded(2) == 0;
    e.covered = saleDaysAgo != 400;
    {
        const Status set = m_store.wf->admin.setSettings(
            m_store.manager.id,
            {{QStringLiteral("fees.diagnosis"), Money {e.fee}.toDecimalString()},
             {QStringLiteral("fees.waive_diagnosis_on_approval"),
              e.waiveOnApproval ? QStringLiteral("1") : QStringLiteral("0")}});
        must(set, QStringLiteral("fee setting"), e.trace);
        e.trace += QStringLiteral(" fee %1 waive-on-approval %2 covered %3")
                       .arg(e.fee)
                       .arg(e.waiveOnApproval)
                       .arg(e.covered);
    }
    auto created = m_store.wf->intake.registerPhone(clerk, m_store.request(newImei(), saleDaysAgo));
    must(created, QStringLiteral("intake"), e.trace);
    if (!created)
        return;
    const Ticket t = created->ticket;
    e.ticketId = t.id;

    // A deposit at intake, on most tickets.
    if (m_random.bounded(3) > 0) {
        workflow::PaymentInput deposit;
        deposit.amount.minor = money(10, 100);
        deposit.method = method();
        deposit.deposit = true;
        must(wf.pay(clerk, t.id, deposit), QStringLiteral("deposit"), e.trace);
        e.trace += QStringLiteral(" deposit %1").arg(deposit.amount.minor);
    }

    switch (path) {
    case Path::CancelEarly: {
        const DepositChoice choice = depositChoice(&e.trace);
        const qint64 held = heldOf(t.id);
        must(wf.cancel(clerk, t.id, QStringLiteral("客户取消"), std::nullopt, choice),
             QStringLiteral("cancel"), e.trace);
        e.net = choice.keepReason.isEmpty() ? 0 : held;
        break;
    }
    case Path::CancelAfterQuote:
    case Path::DeclinedUnrepaired:
    case Path::Repaired:
    case Path::CannotFix:
    case Path::Refund: {
        if (path == Path::Refund) {
            workflow::RemedyInput refund;
            refund.kind = QStringLiteral("refund");
            refund.amount.minor = money(1000, 5000);
            refund.method = QStringLiteral("card");
            refund.deposit = depositChoice(&e.trace);
            const qint64 held = heldOf(t.id);
            must(wf.remedy(clerk, t.id, refund), QStringLiteral("remedy"), e.trace);
            e.net = (refund.deposit.keepReason.isEmpty() ? 0 : held) - refund.amount.minor;
            break;
        }
        const Ticket quoted = m_store.walkTo(t, S::Quoted);
        if (path == Path::CancelAfterQuote) {
            DepositChoice choice = depositChoice(&e.trace);
            const qint64 owed = feeOwed(e, &choice);
            if (owed > heldOf(t.id)) {
                // The customer pays the rest of the fee before the ticket is cancelled.
                workflow::PaymentInput rest;
                rest.amount.minor = owed - heldOf(t.id);
                rest.method = method();
                must(wf.pay(clerk, t.id, rest), QStringLiteral("fee payment"), e.trace);
                e.trace += QStringLiteral(" paid-fee %1").arg(rest.amount.minor);
            }
            const qint64 held = heldOf(t.id);
            const QString who = choice.waiveDiagnosisFee.isEmpty() ? clerk : m_store.manager.id;
            must(wf.cancel(who, t.id, QStringLiteral("客户不修了"), std::nullopt, choice),
                 QStringLiteral("cancel"), e.trace);
            e.net = choice.keepReason.isEmpty() ? owed : held;
            break;
        }
        if (path == Path::DeclinedUnrepaired) {
            must(wf.answer(clerk, t.id, QuoteAnswer {false, QStringLiteral("phone"), {}, {}}),
                 QStringLiteral("decline"), e.trace);
        } else {
            must(wf.answer(clerk, t.id, QuoteAnswer {true, QStringLiteral("in_person"), {}, {}}),
                 QStringLiteral("approve"), e.trace);
            // Sometimes more money on account once approved.
            if (m_random.bounded(4) == 0) {
                workflow::PaymentInput more;
                more.amount.minor = money(1, 50);
                more.method = method();
                must(wf.pay(clerk, t.id, more), QStringLiteral("payment"), e.trace);
                e.trace += QStringLiteral(" paid %1").arg(more.amount.minor);
            }
            must(wf.startRepair(tech, t.id), QStringLiteral("start"), e.trace);
            workflow::RepairInput done;
            done.checks = RepairChecks::allPassed();
            done.note = QStringLiteral("换屏");
            if (path == Path::Repaired)
                must(wf.finishRepair(tech, t.id, done), QStringLiteral("finish"), e.trace);
            else
                must(wf.cannotFix(tech, t.id, done), QStringLiteral("cannot fix"), e.trace);
        }
        m_store.clock.advanceSeconds(m_random.bounded(60, 3 * 86400));
        m_days.insert(m_store.clock.nowUtc().toLocalTime().date());
        PickupRequest r = handBack(m_store.reread(t.id));
        if (path == Path::Repaired) {
            const Balance before
                = PaymentRepository(*m_store.db, m_store.clock).balance(t.id).value();
            if (before.due.minor > 0) {
                Payment p;
                p.kind = QStringLiteral("payment");
                p.method = method();
                p.amount = before.due;
                r.payment = p;
            }
            auto released = wf.handBack(clerk, r);
            must(released, QStringLiteral("pickup"), e.trace);
            if (released)
                e.net = released->balance.payable.minor;
            // The approved quote's payable amount, as the customer agreed to it, and the
            // diagnosis fee when it is not waived on approval (never on a covered ticket).
            const qint64 charged = !e.covered && !e.waiveOnApproval ? e.fee : 0;
            QSqlQuery q(m_store.db->connection());
            q.prepare(QStringLiteral("SELECT payable_minor FROM approvals WHERE ticket_id = ? "
                                     "AND decision = 'approved' ORDER BY rid DESC LIMIT 1"));
            q.addBindValue(t.id);
            QVERIFY2(q.exec() && q.next(), qPrintable(e.trace));
            QVERIFY2(e.net == q.value(0).toLongLong() + charged, qPrintable(e.trace));
        } else {
            r.deposit = depositChoice(&e.trace);
            const qint64 owed = feeOwed(e, &r.deposit);
            qint64 held = heldOf(t.id);
            if (owed > held) {
                // The rest of the fee is paid with the hand-back.
                Payment p;
                p.kind = QStringLiteral("payment");
                p.method = method();
                p.amount.minor = owed - held;
                r.payment = p;
                held = owed;
                e.trace += QStringLiteral(" paid-fee %1").arg(p.amount.minor);
            }
            const QString who = r.deposit.waiveDiagnosisFee.isEmpty() ? clerk : m_store.manager.id;
            auto released = wf.handBack(who, r);
            must(released, QStringLiteral("pickup unrepaired"), e.trace);
            if (released)
                QCOMPARE(released->ticket.status, S::ReturnedUnrepaired);
            e.net = r.deposit.keepReason.isEmpty() ? owed : held;
        }
        break;
    }
    }
    m_expected.append(e);
}

void TestMoneyProperty::paymentsAddUpPerTicket()
{
    QVERIFY(!m_expected.isEmpty());
    for (const Expected &e : std::as_const(m_expected)) {
        const qint64 net = m_store.count(
            QStringLiteral("SELECT coalesce(sum(CASE kind WHEN 'refund' THEN -amount_minor ELSE "
                           "amount_minor END), 0) FROM payments WHERE ticket_id = ?"),
            {e.ticketId});
        QVERIFY2(net == e.net, qPrintable(QStringLiteral("payments − refunds %1, expected %2: %3")
                                              .arg(net)
                                              .arg(e.net)
                                              .arg(e.trace)));
        // A kept deposit is never silent: there is an audit entry with its reason.
        if (e.trace.contains(QLatin1String("keep-deposit")) && net > 0 && e.path != Path::Repaired)
            QVERIFY2(m_store.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind "
                                                  "= 'ticket.deposit_kept' AND entity_id = ?"),
                                   {e.ticketId})
                         == 1,
                     qPrintable(e.trace));
        // Every ticket is closed.
        QVERIFY2(TicketLifecycle::isFinal(m_store.reread(e.ticketId).status), qPrintable(e.trace));
    }
    // The diagnosis fee's paths were taken: kept from a deposit or paid without a repair, added
    // to a repair, waived on approval, waived by a manager.
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'note' "
                                         "AND data LIKE '%diagnosis_fee_minor%'"))
            > 0);
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'picked_up' "
                                         "AND diagnosis_fee_minor > 0 AND "
                                         "diagnosis_fee_waive_on_approval = 0"))
            > 0);
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'picked_up' "
                                         "AND diagnosis_fee_minor > 0 AND "
                                         "diagnosis_fee_waive_on_approval = 1"))
            > 0);
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                         "'ticket.diagnosis_fee_waived'"))
            > 0);
}

void TestMoneyProperty::theTillIsTheSumOfItsPayments()
{
    qint64 allDays = 0;
    for (const QDate &day : std::as_const(m_days)) {
        auto till = m_store.wf->admin.tillReport(m_store.manager.id, day);
        QVERIFY2(till, till ? "" : qPrintable(till.error().message));
        // The day's payments, read one by one and summed here, per till method.
        QSqlQuery q(m_store.db->connection());
        q.prepare(QStringLiteral("SELECT kind, method, amount_minor, at FROM payments"));
        QVERIFY(q.exec());
        QHash<QString, TillLine> expected;
        TillLine total;
        while (q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
            if (at.toLocalTime().date() != day)
                continue;
            const qint64 minor = q.value(0).toString() == QLatin1String("refund")
                                     ? -q.value(2).toLongLong()
                                     : q.value(2).toLongLong();
            for (TillLine *line :
                 {&expected[TillReport::tillMethod(q.value(1).toString())], &total}) {
                (minor < 0 ? line->refundsMinor : line->takingsMinor) += minor;
                line->netMinor += minor;
                ++line->count;
            }
        }
        for (const TillLine &line : std::as_const(till->lines)) {
            const TillLine want = expected.value(line.method);
            const QString where = day.toString(Qt::ISODate) + QLatin1Char(' ') + line.method;
            QVERIFY2(line.takingsMinor == want.takingsMinor, qPrintable(where));
            QVERIFY2(line.refundsMinor == want.refundsMinor, qPrintable(where));
            QVERIFY2(line.netMinor == want.netMinor, qPrintable(where));
            QVERIFY2(line.count == want.count, qPrintable(where));
            QVERIFY(line.refundsMinor <= 0);
        }
        QCOMPARE(till->total.netMinor, total.netMinor);
        QCOMPARE(till->total.count, total.count);
        QCOMPARE(till->total.takingsMinor + till->total.refundsMinor, till->total.netMinor);
        allDays += till->total.count;
    }
    // Every payment fell on one of the days, none twice.
    QCOMPARE(allDays, m_store.count(QStringLiteral("SELECT count(*) FROM payments")));
    QVERIFY(m_store.count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'"))
            > 0);

    // The manager's only: a clerk is refused, and the refusal audited.
    auto refused = m_store.wf->admin.tillReport(m_store.clerk.id, *m_days.begin());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("FORBIDDEN"));
}

QTEST_GUILESS_MAIN(TestMoneyProperty)
#include "tst_moneyproperty.moc"
