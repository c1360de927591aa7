// The store keeps its locks whatever else the process does (issue 17). A counter that shows
// the store's folder in a file dialog opens and closes store.sqlite, -wal and -shm beside
// SQLite; closing any descriptor of a file used to drop every POSIX lock the process held on
// it, so the next program to open the store took itself for the last connection, deleted the
// live -wal and -shm, and every change saved after that lived in a deleted file until a kill
// lost it. Here: a real counter-side process (lockholder) saves, sniffs the files, a second
// real process opens the store and exits, the first saves more and is SIGKILLed; the store,
// reopened, holds everything that was reported saved.
#include "proclocks.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/storelocking.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace rc;
using rc::test::lockKey;
using rc::test::locksOn;

namespace {

// Opens, reads and closes path from a descriptor of this process's own, as a file dialog does.
void sniff(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        file.read(64);
        file.close();
    }
}

// How many of this process's descriptors are open on files in folder.
int descriptorsIn(const QString &folder)
{
    const QString prefix = QDir(folder).canonicalPath() + QLatin1Char('/');
    int count = 0;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files);
    for (const QString &fd : fds) {
        if (QFile::symLinkTarget(QStringLiteral("/proc/self/fd/") + fd).startsWith(prefix))
            ++count;
    }
    return count;
}

// The sqlite3 shell opens the store, reads and closes it; it deletes -wal and -shm when it
// takes itself for the last connection.
bool shellReads(const QString &path)
{
    QProcess shell;
    shell.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
                {path, QStringLiteral("SELECT count(*) FROM settings;")});
    return shell.waitForFinished(30000) && shell.exitStatus() == QProcess::NormalExit
           && shell.exitCode() == 0;
}

bool readLine(QProcess &process, QByteArray &buffer, QByteArray *line)
{
    QElapsedTimer timer;
    timer.start();
    while (!buffer.contains('\n')) {
        if (timer.elapsed() > 30000 || process.state() != QProcess::Running)
            return false;
        process.waitForReadyRead(1000);
        buffer += process.readAllStandardOutput();
    }
    const qsizetype end = buffer.indexOf('\n');
    *line = buffer.left(end);
    buffer.remove(0, end + 1);
    return true;
}

} // namespace

class TestStoreLocks : public QObject
{
    Q_OBJECT

private slots:
    void sniffedStoreLosesNothing_data();
    void sniffedStoreLosesNothing();
    void severalConnectionsInOneProcess();
};

void TestStoreLocks::sniffedStoreLosesNothing_data()
{
    QTest::addColumn<QString>("reader");
    // The counter's own command line, and a program with SQLite's classic POSIX locks.
    QTest::newRow("repairctl ticket show") << QStringLiteral("repairctl");
    QTest::newRow("sqlite3 shell") << QStringLiteral("sqlite3");
}

void TestStoreLocks::sniffedStoreLosesNothing()
{
    QFETCH(QString, reader);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");

    QProcess holder;
    holder.setProgram(QStringLiteral(LOCKHOLDER_PATH));
    holder.setArguments({path});
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start();
    QVERIFY2(holder.waitForStarted(10000), "lockholder did not start");
    const auto stopHolder = qScopeGuard([&holder] {
        holder.kill();
        holder.waitForFinished(10000);
    });
    QByteArray buffer;
    QByteArray line;
    QVERIFY2(readLine(holder, buffer, &line) && line.startsWith("A "), line.constData());
    const QString first = QString::fromLatin1(line.mid(2));
    QVERIFY(readLine(holder, buffer, &line));
    QCOMPARE(line, QByteArray("sniffed"));

    // What the holder still holds after its own descriptors were closed.
    const QStringList storeLocks = locksOn(path);
    const QStringList shmLocks = locksOn(shm);
    const QString walKey = lockKey(wal);
    const QString shmKey = lockKey(shm);
    QVERIFY(!walKey.isEmpty());

    // Another program opens the store, reads and exits.
    QProcess other;
    if (reader == QLatin1String("repairctl")) {
        other.start(QStringLiteral(REPAIRCTL_PATH),
                    {QStringLiteral("--db"), path, QStringLiteral("ticket"), QStringLiteral("show"),
                     first});
    } else {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!shell.isEmpty(), "sqlite3 (Debian package sqlite3) is not installed");
        other.start(shell, {path, QStringLiteral("SELECT number FROM tickets;")});
    }
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    QVERIFY(other.readAllStandardOutput().contains(first.toLatin1()));

    const QString walKeyAfter = lockKey(wal);
    const QString shmKeyAfter = lockKey(shm);

    holder.write("go\n");
    QVERIFY(readLine(holder, buffer, &line) && line.startsWith("B "));
    const QString second = QString::fromLatin1(line.mid(2));
    QVERIFY(readLine(holder, buffer, &line) && line.startsWith("M "));
    holder.kill(); // SIGKILL: nothing is flushed or closed on the way out
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitStatus(), QProcess::CrashExit);

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QSqlQuery query((*opened)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT number, status FROM tickets ORDER BY number")));
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
    const QStringList expected {first + QStringLiteral(" diagnosing"),
                                second + QStringLiteral(" received")};
    QVERIFY2(found == expected, qPrintable(QStringLiteral("saved: %1; found after the kill: %2")
                                               .arg(expected.join(QStringLiteral(", ")),
                                                    found.join(QStringLiteral(", ")))));

    // The live WAL and shared memory were still the files the holder wrote to, not files
    // deleted under it.
    QCOMPARE(walKeyAfter, walKey);
    QCOMPARE(shmKeyAfter, shmKey);
    // The locks that made this hold: SQLite's shared lock on the database and the "someone is
    // connected" lock on the shared memory (its byte 128), still there after the sniffing.
    QVERIFY2(!storeLocks.isEmpty(), "no lock left on store.sqlite after the sniffing");
    QVERIFY2(!shmLocks.isEmpty(), "no lock left on store.sqlite-shm after the sniffing");
    QVERIFY2(shmLocks.join(QLatin1Char('\n')).contains(QLatin1String(" 128 128")),
             qPrintable(shmLocks.join(QLatin1Char('\n'))));
    for (const QString &lock : storeLocks + shmLocks)
        QVERIFY2(lock.startsWith(QLatin1String("OFDLCK")), qPrintable(lock));
}

// The counter has several connections at once (GUI thread, sync worker, backup thread).
// Locks stay exact among them: one closing leaves the others' locks in place, and when the
// last one closes, nothing stays locked and no descriptor stays open.
void TestStoreLocks::severalConnectionsInOneProcess()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
             "sqlite3 (Debian package sqlite3) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const SystemClock clock;

    auto gui = Database::open(path);
    QVERIFY2(gui.ok(), qPrintable(gui.ok() ? QString() : gui.error().message));
    QVERIFY(storeLockingInstalled());
    QVERIFY(SettingsRepository(**gui, clock)
                .setValue(QStringLiteral("center.name"), QStringLiteral("A")));

    QSemaphore workerWrote;
    QSemaphore workerMayClose;
    bool workerOk = false;
    std::thread worker([&] {
        auto db = Database::open(path);
        workerOk = db.ok()
                   && SettingsRepository(**db, clock)
                          .setValue(QStringLiteral("center.phone"), QStringLiteral("1"))
                          .ok();
        workerWrote.release();
        workerMayClose.acquire();
    });
    auto closeWorker = [&] {
        if (worker.joinable()) {
            workerMayClose.release();
            worker.join();
        }
    };
    const auto joinWorker = qScopeGuard(closeWorker);
    workerWrote.acquire();
    QVERIFY(workerOk);
    for (const QString &file : {path, wal, shm})
        sniff(file);
    QVERIFY(!locksOn(path).isEmpty());
    QVERIFY(!locksOn(shm).isEmpty());
    const int whileBothOpen = descriptorsIn(dir.path());

    // The worker's connection closes; the GUI thread's keeps its locks.
    closeWorker();
    QVERIFY(!locksOn(path).isEmpty());
    QVERIFY(!locksOn(shm).isEmpty());
    QVERIFY(descriptorsIn(dir.path()) < whileBothOpen);
    const QString walKey = lockKey(wal);
    QVERIFY(shellReads(path));
    QCOMPARE(lockKey(wal), walKey);
    QVERIFY(SettingsRepository(**gui, clock)
                .setValue(QStringLiteral("center.name"), QStringLiteral("B")));

    // The last connection closes: it checkpoints and removes -wal and -shm as usual, and
    // leaves no lock and no descriptor behind.
    std::unique_ptr<Database> last = std::move(gui).value();
    last.reset();
    QVERIFY(!QFileInfo::exists(wal));
    QVERIFY(!QFileInfo::exists(shm));
    QCOMPARE(locksOn(path), QStringList());
    QCOMPARE(descriptorsIn(dir.path()), 0);
    auto reopened = Database::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(SettingsRepository(**reopened, clock).value(QStringLiteral("center.name")).value(),
             QStringLiteral("B"));
    QCOMPARE(SettingsRepository(**reopened, clock).value(QStringLiteral("center.phone")).value(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestStoreLocks)
#include "tst_storelocks.moc"
