// The Checkpointer (core/store/checkpointer.h): the log is copied back into the store on its
// thread while the writer, whose own automatic checkpoint is out of reach, keeps saving.
#include "storefixture.h"

#include "store/checkpointer.h"
#include "store/sql.h"

#include <QFileInfo>
#include <QSignalSpy>

using namespace rc;

class TestCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void copiesTheLogWhileTheWriterSaves();
};

void TestCheckpointer::copiesTheLogWhileTheWriterSaves()
{
    test::StoreFixture store;
    QVERIFY(store.open());
    const QString path = store.db->path();
    QVERIFY(store.db->setAutoCheckpoint(1000000)); // the writer never checkpoints itself
    const qint64 before = QFileInfo(path).size();

    Checkpointer checkpointer(path);
    checkpointer.setInterval(20);
    checkpointer.start();
    const QString blob(2000, QLatin1Char('x'));
    for (int i = 0; i < 300; ++i) {
        const Status saved = store.db->write([&]() -> Status {
            return sql::exec(*store.db,
                             QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                            "VALUES (?, ?, '2026-11-23T09:30:00.000Z')"),
                             {QStringLiteral("bench.%1").arg(i), blob},
                             QStringLiteral("setting write"));
        });
        QVERIFY(saved.ok());
    }
    // The store file grew: the checkpointer copied the log's pages into it.
    QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 300 * 2000, 10000);
    checkpointer.stop();
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE "
                                        "'bench.%'")),
             300);
    QSqlQuery check(store.db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
