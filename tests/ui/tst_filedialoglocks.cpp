// A real QFileDialog (Qt's own widgets, as on a desktop without a platform dialog) showing the
// store's folder opens and closes store.sqlite, -wal and -shm to guess their types. Issue 17:
// that used to drop every lock the counter held on the store. The locks stay, and another
// program that opens and closes the store leaves the live WAL alone.
#include "../core/store/proclocks.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using rc::test::lockKey;
using rc::test::locksOn;

class TestFileDialogLocks : public QObject
{
    Q_OBJECT

private slots:
    void dialogOnStoreFolderLeavesLocks();
};

void TestFileDialogLocks::dialogOnStoreFolderLeavesLocks()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!shell.isEmpty(), "sqlite3 (Debian package sqlite3) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const FixedClock clock {QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC)};
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;
    SettingsRepository settings(db, clock);
    QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("before")));
    QVERIFY(!locksOn(path).isEmpty());
    QVERIFY(!locksOn(shm).isEmpty());

    QFileDialog dialog(nullptr, QStringLiteral("Save as PDF"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(model);
    // Listed, each with the type the dialog guessed for it (from the file's first bytes
    // where the name says nothing).
    const QModelIndex folder = model->index(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(folder), 3, 10000);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex file = model->index(row, 0, folder);
        QTRY_VERIFY_WITH_TIMEOUT(!model->type(file).isEmpty(), 10000);
    }
    QTest::qWait(500); // the gatherer thread and the icons finish their reading
    dialog.close();

    QVERIFY2(!locksOn(path).isEmpty(), "the dialog left no lock on store.sqlite");
    QVERIFY2(!locksOn(shm).isEmpty(), "the dialog left no lock on store.sqlite-shm");

    // Another program opens the store, reads and closes it: the WAL it would have deleted,
    // had the counter's locks gone, is still the one the counter writes to.
    const QString walKey = lockKey(wal);
    QProcess other;
    other.start(shell, {path, QStringLiteral("SELECT value FROM settings;")});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    QCOMPARE(lockKey(wal), walKey);
    QVERIFY(settings.setValue(QStringLiteral("center.name"), QStringLiteral("after")));
    QCOMPARE(settings.value(QStringLiteral("center.name")).value(), QStringLiteral("after"));
}

QTEST_MAIN(TestFileDialogLocks)
#include "tst_filedialoglocks.moc"
