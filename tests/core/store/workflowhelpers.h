#pragma once

// Tickets at a given point of the workflow, for the tests of the workflow repositories.

#include "lifecyclewalker.h"
#include "storefixture.h"

#include "store/quoterepository.h"
#include "store/ticketrepository.h"

namespace rc::test {

inline NewTicket workflowDraft(const QString &imei = QStringLiteral("490154203237518"))
{
    NewTicket d;
    d.customer.name = QStringLiteral("王小明");
    d.customer.phone = QStringLiteral("13812345678");
    d.device.imei1 = imei;
    d.device.brand = QStringLiteral("Huawei");
    d.device.model = QStringLiteral("P40");
    d.faultDescription = QStringLiteral("屏幕不亮");
    d.component = QStringLiteral("main_unit");
    d.faultCategory = QStringLiteral("performance");
    d.accessories = {QStringLiteral("sim_tray"), QStringLiteral("case")};
    d.backupConsent = true;
    d.warrantyVerdict = {{QStringLiteral("covered"), true},
                         {QStringLiteral("basis"), QStringLiteral("statutory")}};
    return d;
}

inline QuoteLine line(const QString &description, qint64 unitMinor, int quantity = 1,
                      bool covered = false, QuoteLineKind kind = QuoteLineKind::Part)
{
    QuoteLine l;
    l.kind = kind;
    l.description = description;
    l.unitPrice.minor = unitMinor;
    l.quantity = quantity;
    l.covered = covered;
    return l;
}

// A ticket moved to `status` along the main path, with a quote of one payable line
// (screen 2 × 150.00) and one covered labour line when it gets that far.
inline Ticket ticketAt(StoreFixture &store, TicketStatus status,
                       const NewTicket &draft = workflowDraft())
{
    const Actor actor {QString(), QStringLiteral("test")};
    TicketRepository tickets(*store.db, store.clock);
    QuoteRepository quotes(*store.db, store.clock);
    auto t = tickets.create(draft, actor);
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    using S = TicketStatus;
    const QList<S> path {S::Diagnosing, S::Quoted, S::Approved,
                         S::Repairing,  S::Ready,  S::PickedUp};
    Ticket current = *t;
    for (S next : path) {
        if (current.status == status)
            break;
        Result<Ticket> moved = Error {};
        if (next == S::Quoted) {
            moved = quotes.issue(
                current.id,
                {line(QStringLiteral("Screen"), 15000, 2),
                 line(QStringLiteral("Labour"), 5000, 1, true, QuoteLineKind::Labour)},
                actor);
        } else if (next == S::Approved) {
            auto a = quotes.answer(current.id,
                                   QuoteAnswer {true, QStringLiteral("in_person"), {}, {}}, actor);
            if (!a)
                qFatal("%s", qPrintable(a.error().message));
            moved = tickets.byId(current.id)->value();
        } else {
            moved = test::LifecycleWalker::move(*store.db, store.clock, current.id, next, actor);
        }
        if (!moved)
            qFatal("%s", qPrintable(moved.error().message));
        current = *moved;
    }
    return current;
}

} // namespace rc::test
