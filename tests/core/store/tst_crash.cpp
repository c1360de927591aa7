// Kills a real writing process (crashwriter) with SIGKILL at random moments, again and
// again on the same store, then checks that everything it reported as saved is there,
// whole, and that nothing half-written exists.
// RC_CRASH_ITERATIONS sets the number of kills (default 200; the long run uses 1000).
#include "store/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingReported();

private:
    static qint64 scalar(Database &db, const QString &statement, const QString &bind = {})
    {
        QSqlQuery query(db.connection());
        query.prepare(statement);
        if (!bind.isNull())
            query.addBindValue(bind);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    void verify(const QString &path, const QSet<QString> &created, const QSet<QString> &moved);
};

void TestCrash::verify(const QString &path, const QSet<QString> &created,
                       const QSet<QString> &moved)
{
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = **opened;
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());

    // Everything reported as saved is there, with its event and outbox rows.
    for (const QString &number : created) {
        const QString condition = QStringLiteral("(SELECT id FROM tickets WHERE number = ?)");
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE number = ?"), number), 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = 'created' "
                                       "AND ticket_id = %1")
                            .arg(condition),
                        number),
                 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket' AND "
                                       "version = 1 AND entity_id = %1")
                            .arg(condition),
                        number),
                 1);
    }
    for (const QString &number : moved) {
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM tickets WHERE number = ? AND status "
                                       "= 'diagnosing' AND version = 2"),
                        number),
                 1);
    }
    // Nothing half-written: every record belongs to a whole change.
    const QStringList orphans {
        QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM "
                       "ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created')"),
        QStringLiteral("SELECT count(*) FROM tickets t WHERE (SELECT count(*) FROM ticket_events "
                       "e WHERE e.ticket_id = t.id) != t.version"),
        QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                       "WHERE o.entity = 'ticket' AND o.entity_id = t.id AND o.version = "
                       "t.version)"),
        QStringLiteral("SELECT count(*) FROM ticket_events e WHERE NOT EXISTS (SELECT 1 FROM "
                       "outbox o WHERE o.entity = 'ticket_event' AND o.entity_id = e.id)"),
        QStringLiteral("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM tickets "
                       "t WHERE t.customer_id = c.id)"),
        QStringLiteral("SELECT count(*) FROM devices d WHERE NOT EXISTS (SELECT 1 FROM tickets t "
                       "WHERE t.device_id = d.id)"),
        QStringLiteral("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM "
                       "customer_names n WHERE n.rowid = c.rid)"),
        QStringLiteral("SELECT count(*) FROM outbox o WHERE o.entity = 'ticket' AND NOT EXISTS "
                       "(SELECT 1 FROM tickets t WHERE t.id = o.entity_id)"),
    };
    for (const QString &orphan : orphans)
        QVERIFY2(scalar(db, orphan) == 0, qPrintable(orphan));
}

void TestCrash::killedWriterLosesNothingReported()
{
    const int iterations = qEnvironmentVariableIsSet("RC_CRASH_ITERATIONS")
                               ? qEnvironmentVariableIntValue("RC_CRASH_ITERATIONS")
                               : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    QSet<QString> created;
    QSet<QString> moved;
    int killedWhileWriting = 0;
    for (int i = 0; i < iterations; ++i) {
        QProcess writer;
        writer.setProgram(QStringLiteral(CRASHWRITER_PATH));
        writer.setArguments({path, QString::number(rng.generate())});
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), "crashwriter did not start");
        // A random moment: one time in five anywhere from the start (opening, migrating),
        // otherwise amid writes (after the first commit was reported, however slow the
        // start is, e.g. under a sanitizer).
        if (rng.bounded(5) == 0) {
            QTest::qWait(static_cast<int>(rng.bounded(0, 60)));
        } else {
            QVERIFY(writer.waitForReadyRead(20000));
            QTest::qWait(static_cast<int>(rng.bounded(0, 40)));
        }
        if (writer.state() != QProcess::Running) {
            QFAIL(qPrintable(QStringLiteral("crashwriter ended by itself: %1")
                                 .arg(QString::fromUtf8(writer.readAllStandardError()))));
        }
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        bool wrote = false;
        for (const QByteArray &line : lines) {
            if (line.startsWith("C ")) {
                created.insert(QString::fromLatin1(line.mid(2)));
                wrote = true;
            } else if (line.startsWith("T ")) {
                moved.insert(QString::fromLatin1(line.mid(2)));
            }
        }
        if (wrote)
            ++killedWhileWriting;
        // Check now and then on the way, and at the end.
        if (i % 50 == 49 || i == iterations - 1) {
            verify(path, created, moved);
            if (QTest::currentTestFailed())
                return;
        }
    }
    qInfo("%d kills, %d of them after writes had begun; %lld tickets reported saved", iterations,
          killedWhileWriting, static_cast<long long>(created.size()));
    QVERIFY(killedWhileWriting > iterations / 2);
    QVERIFY(!created.isEmpty());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
