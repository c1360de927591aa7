// The audit chains end to end (issue 21, docs/audit.md): a store whose audit entry was edited
// and whose ticket event was deleted with the sqlite3 shell (triggers dropped first, the
// outbox rows changed with them, as an attacker who wants HQ not to notice would) is reported
// by `repairctl db check` and, after `repairctl sync run`, by a real repair-hq: in its log
// and in /v1/stats of the center. An untouched store syncs with nothing reported.
#include "hqload.h"
#include "synctestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rc;
using namespace rc::synctest;

class TestAuditChainHq : public QObject
{
    Q_OBJECT

private slots:
    void editAndDeletionReported_data();
    void editAndDeletionReported();
    void gapAndForkAcrossARestart_data();
    void gapAndForkAcrossARestart();
};

namespace {

bool addTickets(const QString &store, int tickets, int first);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run exec(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("432100"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A store of center with its manager boss and `tickets` tickets, as repairctl makes it; empty
// on failure.
QString makeStore(const QString &path, const QString &center, int tickets)
{
    Run r
        = exec(repairctlPath(),
               {QStringLiteral("--db"), path, QStringLiteral("setup"), QStringLiteral("--center"),
                center, QStringLiteral("--center-name"), QStringLiteral("示范中心"),
                QStringLiteral("--station"), QStringLiteral("01"), QStringLiteral("--manager"),
                QStringLiteral("boss"), QStringLiteral("--manager-name"), QStringLiteral("王店长")},
               "432100\n");
    if (r.exitCode != 0)
        return QString();
    return addTickets(path, tickets, 0) ? path : QString();
}

bool addTickets(const QString &store, int tickets, int first)
{
    for (int i = first; i < first + tickets; ++i) {
        const Run r
            = exec(repairctlPath(), {QStringLiteral("--db"), store, QStringLiteral("ticket"),
                                     QStringLiteral("create"), QStringLiteral("--imei"),
                                     QStringLiteral("490154203237518"), QStringLiteral("--name"),
                                     QStringLiteral("张三 %1").arg(i), QStringLiteral("--phone"),
                                     QStringLiteral("138001380%1").arg(i, 2, 10, QLatin1Char('0')),
                                     QStringLiteral("--fault"), QStringLiteral("屏幕不亮"),
                                     QStringLiteral("--backup-consent")});
        if (r.exitCode != 0)
            return false;
    }
    return true;
}

bool syncOnce(const QString &store, const QUrl &hq, const QString &token)
{
    const Run sync
        = exec(repairctlPath(), {QStringLiteral("--db"), store, QStringLiteral("sync"),
                                 QStringLiteral("run"), QStringLiteral("--hq"), hq.toString(),
                                 QStringLiteral("--token"), token, QStringLiteral("--once")});
    if (sync.exitCode != 0)
        qWarning("%s", sync.err.constData());
    return sync.exitCode == 0;
}

QStringList findingKinds(const QJsonObject &stats)
{
    QStringList kinds;
    for (const QJsonValue &f : stats.value(QLatin1String("findings")).toArray())
        kinds << f.toObject().value(QLatin1String("kind")).toString();
    kinds.sort();
    return kinds;
}

} // namespace

void TestAuditChainHq::editAndDeletionReported_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestAuditChainHq::editAndDeletionReported()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (scripts/deps.sh installs it)");
    QTemporaryDir dir;
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QStringList tokens = hq.addTokens({QStringLiteral("DEMO"), QStringLiteral("GOOD")});
    QCOMPARE(tokens.size(), 2);
    QVERIFY(hq.start());

    // Two centers' stores, each set up with a manager and four tickets.
    auto makeStore = [&](const QString &center) {
        const QString store = dir.filePath(center + QStringLiteral(".sqlite"));
        Run r = exec(repairctlPath(),
                     {QStringLiteral("--db"), store, QStringLiteral("setup"),
                      QStringLiteral("--center"), center, QStringLiteral("--center-name"),
                      QStringLiteral("示范中心"), QStringLiteral("--station"), QStringLiteral("01"),
                      QStringLiteral("--manager"), QStringLiteral("boss"),
                      QStringLiteral("--manager-name"), QStringLiteral("王店长")},
                     "432100\n");
        if (r.exitCode != 0)
            return QString();
        for (int i = 0; i < 4; ++i) {
            r = exec(repairctlPath(),
                     {QStringLiteral("--db"), store, QStringLiteral("ticket"),
                      QStringLiteral("create"), QStringLiteral("--imei"),
                      QStringLiteral("490154203237518"), QStringLiteral("--name"),
                      QStringLiteral("张三 %1").arg(i), QStringLiteral("--phone"),
                      QStringLiteral("1380013800%1").arg(i), QStringLiteral("--fault"),
                      QStringLiteral("屏幕不亮"), QStringLiteral("--backup-consent")});
            if (r.exitCode != 0)
                return QString();
        }
        return store;
    };
    const QString tampered = makeStore(QStringLiteral("DEMO"));
    const QString untouched = makeStore(QStringLiteral("GOOD"));
    QVERIFY(!tampered.isEmpty() && !untouched.isEmpty());
    auto scalar = [&](const QString &query) {
        return QString::fromUtf8(exec(sqlite3, {tampered, query}).out.trimmed());
    };
    const QString editedId = scalar(QStringLiteral("SELECT id FROM audit_entries WHERE rid = 1"));
    const QString deletedId = scalar(QStringLiteral("SELECT id FROM ticket_events WHERE rid = 2"));
    const QString afterDeletedId
        = scalar(QStringLiteral("SELECT id FROM ticket_events WHERE rid = 3"));
    QVERIFY(!editedId.isEmpty() && !deletedId.isEmpty() && !afterDeletedId.isEmpty());

    const Run attack
        = exec(sqlite3,
               {tampered,
                QStringLiteral(
                    "DROP TRIGGER audit_entries_no_update; DROP TRIGGER ticket_events_no_delete;"
                    "UPDATE audit_entries SET note = '无' WHERE rid = 1;"
                    "UPDATE outbox SET payload = json_set(payload, '$.note', '无') WHERE entity = "
                    "'audit_entry' AND entity_id = '%1';"
                    "DELETE FROM ticket_events WHERE rid = 2;"
                    "DELETE FROM outbox WHERE entity = 'ticket_event' AND entity_id = '%2';")
                    .arg(editedId, deletedId)});
    QVERIFY2(attack.exitCode == 0, attack.err.constData());

    // The store itself says so.
    const Run check = exec(repairctlPath(), {QStringLiteral("--db"), tampered, QStringLiteral("db"),
                                             QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    const QJsonArray local = QJsonDocument::fromJson(check.out)
                                 .object()
                                 .value(QLatin1String("audit_chain"))
                                 .toObject()
                                 .value(QLatin1String("problems"))
                                 .toArray();
    QCOMPARE(local.size(), 2);
    QCOMPARE(local[0].toObject().value(QLatin1String("id")).toString(), editedId);
    QCOMPARE(local[1].toObject().value(QLatin1String("id")).toString(), afterDeletedId);

    // Both stores sync; HQ reports the tampered center's edit and gap, nothing for the other.
    for (const auto &[store, token] :
         {std::pair(tampered, tokens[0]), std::pair(untouched, tokens[1])}) {
        const Run sync = exec(repairctlPath(),
                              {QStringLiteral("--db"), store, QStringLiteral("sync"),
                               QStringLiteral("run"), QStringLiteral("--hq"), hq.url().toString(),
                               QStringLiteral("--token"), token, QStringLiteral("--once")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }
    const QJsonObject bad = auditChainStats(hq.port(), tokens[0]);
    QCOMPARE(bad.value(QLatin1String("edits")).toInteger(), 1);
    QCOMPARE(bad.value(QLatin1String("gaps_open")).toInteger(), 1);
    QVERIFY(bad.value(QLatin1String("verified")).toInteger() > 0);
    QStringList kinds;
    for (const QJsonValue &f : bad.value(QLatin1String("findings")).toArray()) {
        const QJsonObject finding = f.toObject();
        kinds << finding.value(QLatin1String("kind")).toString();
        if (kinds.last() == QLatin1String("edit"))
            QCOMPARE(finding.value(QLatin1String("id")).toString(), editedId);
        if (kinds.last() == QLatin1String("gap")) {
            QCOMPARE(finding.value(QLatin1String("id")).toString(), afterDeletedId);
            QCOMPARE(finding.value(QLatin1String("chain")).toString(),
                     QStringLiteral("ticket_event"));
            QCOMPARE(finding.value(QLatin1String("station")).toString(), QStringLiteral("01"));
        }
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList {QStringLiteral("edit"), QStringLiteral("gap")}));
    const QJsonObject good = auditChainStats(hq.port(), tokens[1]);
    // Every entry of the untouched store verified.
    const qint64 entries
        = exec(sqlite3, {untouched, QStringLiteral("SELECT (SELECT count(*) FROM audit_entries) + "
                                                   "(SELECT count(*) FROM ticket_events)")})
              .out.trimmed()
              .toLongLong();
    QVERIFY(entries >= 5);
    QCOMPARE(good.value(QLatin1String("verified")).toInteger(), entries);
    QCOMPARE(good.value(QLatin1String("edits")).toInteger()
                 + good.value(QLatin1String("forks")).toInteger()
                 + good.value(QLatin1String("gaps_open")).toInteger(),
             0);
    // And HQ's log names them.
    const QByteArray log = hq.stderrText();
    QVERIFY2(log.contains("\"audit_chain\"") && log.contains(afterDeletedId.toUtf8())
                 && log.contains(editedId.toUtf8()),
             log.right(2000).constData());
}

void TestAuditChainHq::gapAndForkAcrossARestart_data()
{
    editAndDeletionReported_data();
}

// HQ keeps its chain verifier's state in its database: a repair-hq restarted between two pushes
// still reports a gap whose missing entry is the first after the restart, and a fork from a
// store put back to an older copy after the restart (its new entries follow an entry HQ saw
// followed by another before the restart). Each center's entries are otherwise verified
// across the restart as one chain.
void TestAuditChainHq::gapAndForkAcrossARestart()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (scripts/deps.sh installs it)");
    QTemporaryDir dir;
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QStringList tokens = hq.addTokens({QStringLiteral("GAPS"), QStringLiteral("FORK")});
    QCOMPARE(tokens.size(), 2);
    QVERIFY(hq.start());

    const QString gaps
        = makeStore(dir.filePath(QStringLiteral("gaps.sqlite")), QStringLiteral("GAPS"), 2);
    const QString fork
        = makeStore(dir.filePath(QStringLiteral("fork.sqlite")), QStringLiteral("FORK"), 2);
    QVERIFY(!gaps.isEmpty() && !fork.isEmpty());
    // The older copy of the fork store, taken before its third ticket.
    const QString older = dir.filePath(QStringLiteral("fork-older.sqlite"));
    QCOMPARE(exec(sqlite3, {fork, QStringLiteral(".backup '%1'").arg(older)}).exitCode, 0);
    QVERIFY(addTickets(fork, 1, 2));
    QVERIFY(syncOnce(gaps, hq.url(), tokens[0]));
    QVERIFY(syncOnce(fork, hq.url(), tokens[1]));
    QVERIFY(findingKinds(auditChainStats(hq.port(), tokens[0])).isEmpty());
    QVERIFY(findingKinds(auditChainStats(hq.port(), tokens[1])).isEmpty());
    const qint64 verifiedBefore
        = auditChainStats(hq.port(), tokens[0]).value(QLatin1String("verified")).toInteger();
    QVERIFY(verifiedBefore >= 5);

    hq.stop();
    QVERIFY(hq.start());

    // The gap: two more tickets, the first ticket event after the restart deleted (triggers
    // dropped, its outbox row with it).
    const QString lastSynced
        = QString::fromUtf8(exec(sqlite3, {gaps, QStringLiteral("SELECT max(rid) FROM "
                                                                "ticket_events")})
                                .out.trimmed());
    QVERIFY(addTickets(gaps, 2, 10));
    const QString missing = QString::fromUtf8(
        exec(sqlite3,
             {gaps,
              QStringLiteral("SELECT id FROM ticket_events WHERE rid = %1 + 1").arg(lastSynced)})
            .out.trimmed());
    const QString afterMissing = QString::fromUtf8(
        exec(sqlite3,
             {gaps,
              QStringLiteral("SELECT id FROM ticket_events WHERE rid = %1 + 2").arg(lastSynced)})
            .out.trimmed());
    QVERIFY(!missing.isEmpty() && !afterMissing.isEmpty());
    const Run attack = exec(sqlite3, {gaps, QStringLiteral("DROP TRIGGER ticket_events_no_delete;"
                                                           "DELETE FROM ticket_events WHERE id = "
                                                           "'%1';"
                                                           "DELETE FROM outbox WHERE entity = "
                                                           "'ticket_event' AND entity_id = '%1';")
                                                .arg(missing)});
    QVERIFY2(attack.exitCode == 0, attack.err.constData());
    QVERIFY(syncOnce(gaps, hq.url(), tokens[0]));
    const QJsonObject gapStats = auditChainStats(hq.port(), tokens[0]);
    QCOMPARE(findingKinds(gapStats), QStringList {QStringLiteral("gap")});
    QCOMPARE(gapStats.value(QLatin1String("gaps_open")).toInteger(), 1);
    QCOMPARE(gapStats.value(QLatin1String("findings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             afterMissing);
    // The counts carry on from before the restart.
    QVERIFY(gapStats.value(QLatin1String("verified")).toInteger() > verifiedBefore);

    // The fork: the older copy is put back and a ticket is taken in; its first event follows
    // the entry HQ already saw followed by the third ticket's.
    QVERIFY(QFile::remove(fork));
    QFile::remove(fork + QStringLiteral("-wal"));
    QFile::remove(fork + QStringLiteral("-shm"));
    QVERIFY(QFile::copy(older, fork));
    QVERIFY(addTickets(fork, 1, 20));
    QVERIFY(syncOnce(fork, hq.url(), tokens[1]));
    const QJsonObject forkStats = auditChainStats(hq.port(), tokens[1]);
    QVERIFY2(findingKinds(forkStats).contains(QStringLiteral("fork")),
             QJsonDocument(forkStats).toJson().constData());
    QVERIFY(forkStats.value(QLatin1String("forks")).toInteger() >= 1);
    QVERIFY(hq.stderrText().contains("\"fork\""));
}

QTEST_GUILESS_MAIN(TestAuditChainHq)
#include "tst_auditchain_hq.moc"
