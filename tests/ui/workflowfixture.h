#pragma once

// The GUI fixture (uifixture.h) plus what the workflow screens need: a price list, a warranty
// engine over the built-in policies, and tickets with a real intake case and verdict moved
// along the workflow through the store.

#include "lifecyclewalker.h"
#include "uifixture.h"

#include "store/pricelistrepository.h"
#include "store/quoterepository.h"
#include "warranty/warrantyengine.h"

#include <QAbstractButton>
#include <QJsonArray>

namespace rc::test {

struct WorkflowFixture : UiFixture
{
    warranty::WarrantyEngine engine;
    QList<PriceItem> prices;

    bool openWithPrices()
    {
        if (!open())
            return false;
        PriceListRepository list(*db, clock);
        const QList<PriceItem> items {
            item(QStringLiteral("SCR-P40"), QuoteLineKind::Part, QStringLiteral("Screen P40"),
                 15000),
            item(QStringLiteral("BAT-P40"), QuoteLineKind::Part, QStringLiteral("Battery P40"),
                 9900),
            item(QStringLiteral("LAB-STD"), QuoteLineKind::Labour, QStringLiteral("Labour"), 5000),
        };
        for (const PriceItem &i : items) {
            auto saved = list.save(i);
            if (!saved)
                return false;
        }
        auto active = list.active();
        if (!active)
            return false;
        prices = *active;
        return true;
    }

    static PriceItem item(const QString &code, QuoteLineKind kind, const QString &name,
                          qint64 minor)
    {
        PriceItem i;
        i.code = code;
        i.kind = kind;
        i.name = name;
        i.unitPrice.minor = minor;
        return i;
    }

    // A main-unit performance fault sold 2026-10-01: covered (CN-14) until damage is found.
    QJsonObject intakeCase() const
    {
        return QJsonObject {
            {QStringLiteral("policy"), QStringLiteral("cn-sanbao")},
            {QStringLiteral("today"), QStringLiteral("2026-11-23")},
            {QStringLiteral("component"), QStringLiteral("main_unit")},
            {QStringLiteral("fault"), QStringLiteral("performance")},
            {QStringLiteral("evidence"),
             QJsonObject {{QStringLiteral("sale_date"), QStringLiteral("2026-10-01")},
                          {QStringLiteral("imei_matches"), true}}},
            {QStringLiteral("damage"), QJsonArray {}},
        };
    }

    NewTicket workflowDraft(const QString &imei = QStringLiteral("490154203237518"))
    {
        NewTicket d = draft(imei);
        d.accessories = {QStringLiteral("sim_tray"), QStringLiteral("case")};
        d.warrantyCase = intakeCase();
        auto verdict = engine.evaluate(d.warrantyCase);
        if (!verdict)
            qFatal("%s", qPrintable(verdict.error().message));
        d.warrantyVerdict = verdict->toJson();
        return d;
    }

    // A ticket moved to `status`; from "quoted" on it carries a quote of 2 × screen
    // (payable, 300.00) and labour (covered, 50.00).
    Ticket ticketAt(TicketStatus status, const NewTicket &d)
    {
        const Actor actor {QString(), QStringLiteral("test")};
        Ticket t = createTicket(d);
        using S = TicketStatus;
        const QList<S> path {S::Diagnosing, S::Quoted, S::Approved, S::Repairing, S::Ready};
        QuoteRepository quotes(*db, clock);
        for (S next : path) {
            if (t.status == status)
                break;
            if (next == S::Quoted) {
                QuoteLine screen;
                screen.priceItemId = prices.at(1).id;
                screen.description = QStringLiteral("Screen P40");
                screen.quantity = 2;
                screen.unitPrice.minor = 15000;
                QuoteLine labour;
                labour.kind = QuoteLineKind::Labour;
                labour.description = QStringLiteral("Labour");
                labour.unitPrice.minor = 5000;
                labour.covered = true;
                auto issued = quotes.issue(t.id, {screen, labour}, actor);
                if (!issued)
                    qFatal("%s", qPrintable(issued.error().message));
            } else if (next == S::Approved) {
                auto answered = quotes.answer(
                    t.id, QuoteAnswer {true, QStringLiteral("in_person"), {}, {}}, actor);
                if (!answered)
                    qFatal("%s", qPrintable(answered.error().message));
            } else {
                auto moved = test::LifecycleWalker::move(*db, clock, t.id, next, actor);
                if (!moved)
                    qFatal("%s", qPrintable(moved.error().message));
            }
            t = tickets->byId(t.id)->value();
        }
        return t;
    }
    Ticket ticketAt(TicketStatus status) { return ticketAt(status, workflowDraft()); }

    Ticket reread(const Ticket &t) const { return tickets->byId(t.id)->value(); }
};

} // namespace rc::test
