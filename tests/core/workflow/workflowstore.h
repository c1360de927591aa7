#pragma once

// A fresh store set up as a center (through CenterAdmin::setUp, as `repairctl setup` does)
// with the workflow layer over it and one user per role, for the tests of core/workflow.
// Tickets move only through the real steps here.

#include "storefixture.h"

#include "identifiers/tacdatabase.h"
#include "store/pricelistrepository.h"
#include "store/ticketrepository.h"
#include "tickets/repairchecks.h"
#include "warranty/warrantyengine.h"
#include "workflow/workflows.h"

#include <QSignalSpy>

namespace rc::test {

struct WorkflowStore : StoreFixture
{
    warranty::WarrantyEngine engine;
    TacDatabase tacs;
    std::unique_ptr<workflow::Workflows> wf;
    User manager;
    User clerk;
    User tech;
    QString screenItem; // price item ids
    QString labourItem;
    QString managerPin = QStringLiteral("432100"); // set before setUp() for another
    // Set before setUp() for a second station of the same center: its code, a prefix for its
    // users' names (unique across the center), and whether it imports the price list too.
    QString stationCode = QStringLiteral("01");
    QString userPrefix;
    bool withPrices = true;

    bool setUp()
    {
        if (!open())
            return false;
        wf = std::make_unique<workflow::Workflows>(*db, clock, engine, tacs, 1000);
        workflow::SetupRequest setup;
        setup.centerCode = QStringLiteral("SZ01");
        setup.centerName = QStringLiteral("深圳维修中心");
        setup.stationCode = stationCode;
        setup.managerUsername = userPrefix + QStringLiteral("boss");
        setup.managerName = QStringLiteral("王店长");
        setup.managerPin = managerPin;
        auto m = wf->admin.setUp(setup);
        if (!m)
            return fail(m.error());
        manager = *m;
        auto c = wf->admin.addUser(manager.id, userPrefix + QStringLiteral("li"),
                                   QStringLiteral("李前台"), Role::Clerk, QStringLiteral("1111"));
        if (!c)
            return fail(c.error());
        clerk = *c;
        auto t
            = wf->admin.addUser(manager.id, userPrefix + QStringLiteral("zhang"),
                                QStringLiteral("张师傅"), Role::Technician, QStringLiteral("2222"));
        if (!t)
            return fail(t.error());
        tech = *t;
        if (!withPrices)
            return true;
        auto imported
            = wf->admin.importPrices(manager.id, QByteArrayLiteral("code,kind,name_zh,unit_price\n"
                                                                   "SCR-P40,part,屏幕 P40,150.00\n"
                                                                   "LAB,labour,工时,50\n"));
        if (!imported)
            return fail(imported.error());
        PriceListRepository prices(*db, clock);
        screenItem = prices.byCode(QStringLiteral("SCR-P40"))->value().id;
        labourItem = prices.byCode(QStringLiteral("LAB"))->value().id;
        return true;
    }

    User addUser(const QString &username, Role role)
    {
        auto u = wf->admin.addUser(manager.id, username, username.toUpper(), role,
                                   role == Role::Manager ? QStringLiteral("123456")
                                                         : QStringLiteral("1234"));
        if (!u)
            qFatal("%s", qPrintable(u.error().message));
        return *u;
    }

    static bool fail(const Error &error)
    {
        qWarning("%s: %s", qPrintable(error.code), qPrintable(error.message));
        return false;
    }

    // A main-unit performance fault on a phone sold `saleDaysAgo` days ago, with the
    // accessories sim_tray and case.
    workflow::IntakeRequest request(const QString &imei = QStringLiteral("490154203237518"),
                                    int saleDaysAgo = 40) const
    {
        workflow::IntakeRequest r;
        r.imei1 = imei;
        r.customerName = QStringLiteral("王小明");
        r.customerPhone = QStringLiteral("13812345678");
        r.faultDescription = QStringLiteral("屏幕不亮");
        r.faultCategory = QStringLiteral("performance");
        r.component = QStringLiteral("main_unit");
        r.evidence.saleDate = clock.today().addDays(-saleDaysAgo);
        r.evidence.proof = warranty::SaleDateSource::Invoice;
        r.evidence.imeiMatches = true;
        r.accessories = {QStringLiteral("sim_tray"), QStringLiteral("case")};
        r.backupConsent = true;
        return r;
    }

    Ticket registered(const workflow::IntakeRequest &r)
    {
        auto created = wf->intake.registerPhone(clerk.id, r);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->ticket;
    }
    Ticket registered() { return registered(request()); }

    Ticket reread(const QString &id) { return TicketRepository(*db, clock).byId(id)->value(); }

    QString imeiOf(const Ticket &t) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT imei1 FROM devices WHERE id = ?"));
        q.addBindValue(t.deviceId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QList<QuoteLine> lines()
    {
        QuoteLine screen;
        screen.priceItemId = screenItem;
        screen.description = QStringLiteral("屏幕 P40");
        screen.unitPrice.minor = 15000;
        QuoteLine labour;
        labour.kind = QuoteLineKind::Labour;
        labour.priceItemId = labourItem;
        labour.description = QStringLiteral("工时");
        labour.unitPrice.minor = 5000;
        return {screen, labour};
    }

    // The ticket walked on through the real steps until it is `status` (diagnosing, quoted,
    // approved, repairing, ready, picked_up); every step must succeed.
    Ticket walkTo(const Ticket &start, TicketStatus status)
    {
        using S = TicketStatus;
        auto must = [](auto result, const char *what) {
            if (!result)
                qFatal("%s: %s", what, qPrintable(result.error().message));
        };
        for (Ticket t = reread(start.id);; t = reread(start.id)) {
            if (t.status == status)
                return t;
            switch (t.status) {
            case S::Received:
                must(wf->tickets.move(tech.id, t.id, S::Diagnosing), "diagnosing");
                break;
            case S::Diagnosing: {
                workflow::DiagnosisInput d;
                d.findings = QStringLiteral("屏幕排线腐蚀");
                d.faultCodes = {QStringLiteral("screen_blank")};
                d.lines = lines();
                must(wf->tickets.diagnose(tech.id, t.id, d), "diagnose");
                break;
            }
            case S::Quoted:
                must(wf->tickets.answer(clerk.id, t.id,
                                        QuoteAnswer {true, QStringLiteral("in_person"), {}, {}}),
                     "answer");
                break;
            case S::Approved:
                must(wf->tickets.startRepair(tech.id, t.id), "start");
                break;
            case S::Repairing: {
                workflow::RepairInput done;
                done.checks = RepairChecks::allPassed();
                done.note = QStringLiteral("换屏");
                must(wf->tickets.finishRepair(tech.id, t.id, done), "finish");
                break;
            }
            case S::Ready: {
                PickupRequest pickup;
                pickup.ticketId = t.id;
                pickup.scannedImei = imeiOf(t);
                pickup.accessoriesReturned = t.accessories;
                auto balance = PaymentRepository(*db, clock).balance(t.id);
                if (balance && balance->due.minor > 0) {
                    Payment p;
                    p.kind = QStringLiteral("payment");
                    p.method = QStringLiteral("cash");
                    p.amount = balance->due;
                    pickup.payment = p;
                }
                must(wf->tickets.handBack(clerk.id, pickup), "hand back");
                break;
            }
            default:
                qFatal("walkTo: no way from %s", qPrintable(TicketLifecycle::id(t.status)));
            }
        }
    }
};

} // namespace rc::test
