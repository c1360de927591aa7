// A writing process for tst_crash: registers tickets (and moves every other one to
// diagnosing) as fast as it can, printing each number only after the change is committed,
// until it is killed.
//   crashwriter STORE SEED
// Output lines: "W" just before each write begins (create or transition), "C NUMBER" after
// a durable create, "T NUMBER" after a durable transition. A kill after a "W" and before the
// line that ends it landed inside that write.
#include "common/clock.h"
#include "demo/demodata.h"
#include "store/database.h"
#include "store/ticketrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crashwriter STORE SEED\n");
        return 2;
    }
    auto opened = rc::Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    rc::SystemClock clock;
    rc::TicketRepository tickets(**opened, clock);
    QRandomGenerator rng(args.at(2).toUInt());
    const rc::Actor actor {QString(), QStringLiteral("crashwriter")};
    for (int i = 0;; ++i) {
        rc::NewTicket draft;
        draft.customer.name = (i % 2) ? QStringLiteral("陈小红") : QStringLiteral("Mary Smith");
        draft.customer.phone
            = QStringLiteral("139%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        QString imei
            = QStringLiteral("35104463%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
        imei += QString::number(rc::DemoData::luhnCheckDigit(imei));
        draft.device.imei1 = imei;
        draft.faultDescription = QStringLiteral("屏幕不亮 %1").arg(i);
        std::printf("W\n");
        std::fflush(stdout);
        auto created = tickets.create(draft, actor);
        if (!created) {
            std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
            return 1;
        }
        std::printf("C %s\n", qPrintable(created->number));
        std::fflush(stdout);
        if (i % 2 == 0) {
            std::printf("W\n");
            std::fflush(stdout);
            auto moved = tickets.transition(created->id, rc::TicketStatus::Diagnosing, actor);
            if (!moved) {
                std::fprintf(stderr, "transition: %s\n", qPrintable(moved.error().message));
                return 1;
            }
            std::printf("T %s\n", qPrintable(moved->number));
            std::fflush(stdout);
        }
    }
}
