// The counter's side of tst_storelocks: a process that keeps the store open, saves a ticket,
// then opens and closes the store's three files from descriptors of its own (as Qt's file
// dialog does when it shows the store's folder), waits for another program to open and close
// the store, saves more and waits to be killed.
//   lockholder STORE
// Reads "go" lines on stdin; prints:
//   "A NUMBER"    the first ticket, committed
//   "sniffed"     store.sqlite, -wal and -shm were opened, read and closed beside SQLite
//   "B NUMBER"    after a "go": a second ticket, committed
//   "M NUMBER"    after a "go": the first ticket moved to diagnosing, committed
// then it sleeps until it is killed.
#include "common/clock.h"
#include "demo/demodata.h"
#include "store/database.h"
#include "store/ticketrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QMimeDatabase>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

rc::NewTicket draft(const QString &fault, const QString &imeiStem)
{
    rc::NewTicket draft;
    draft.customer.name = QStringLiteral("陈小红");
    draft.customer.phone = QStringLiteral("13912345678");
    QString imei = imeiStem;
    imei += QString::number(rc::DemoData::luhnCheckDigit(imei));
    draft.device.imei1 = imei;
    draft.faultDescription = fault;
    return draft;
}

// What a file dialog does to each file it lists: open it, read its head to guess its type,
// close it. Three ways, so that no path is left out: the C library, QFile and QMimeDatabase.
void sniff(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        char head[64];
        [[maybe_unused]] const ssize_t got = ::read(fd, head, sizeof head);
        ::close(fd);
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        file.read(64);
        file.close();
    }
    QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

bool waitForGo()
{
    std::string line;
    return static_cast<bool>(std::getline(std::cin, line)) && line == "go";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: lockholder STORE\n");
        return 2;
    }
    const QString path = args.at(1);
    auto opened = rc::Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    rc::SystemClock clock;
    rc::TicketRepository tickets(**opened, clock);
    const rc::Actor actor {QString(), QStringLiteral("lockholder")};

    auto first = tickets.create(draft(QStringLiteral("屏幕不亮"), QStringLiteral("35104463000001")),
                                actor);
    if (!first) {
        std::fprintf(stderr, "create: %s\n", qPrintable(first.error().message));
        return 1;
    }
    say(QStringLiteral("A %1").arg(first->number));

    for (const char *suffix : {"", "-wal", "-shm"})
        sniff(path + QLatin1String(suffix));
    say(QStringLiteral("sniffed"));

    if (!waitForGo())
        return 3;
    auto second = tickets.create(
        draft(QStringLiteral("Screen flickers"), QStringLiteral("35104463000002")), actor);
    if (!second) {
        std::fprintf(stderr, "create: %s\n", qPrintable(second.error().message));
        return 1;
    }
    say(QStringLiteral("B %1").arg(second->number));
    auto moved = tickets.transition(first->id, rc::TicketStatus::Diagnosing, actor);
    if (!moved) {
        std::fprintf(stderr, "transition: %s\n", qPrintable(moved.error().message));
        return 1;
    }
    say(QStringLiteral("M %1").arg(moved->number));
    for (;;)
        QThread::sleep(60);
}
