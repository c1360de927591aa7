// The audit trail's hash chains (issue 21, docs/audit.md) seen by `repairctl db check`, with the
// store edited by the real sqlite3 shell as an attacker would: the append-only triggers refuse
// the edit, so the trigger is dropped first.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAuditChainCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void intactStoreChecksClean();
    void triggersRefuseEdits();
    void editedEventIsReported();
    void deletedEventIsReported();
    void editedAuditEntryIsReported();
    void restoreIsAuditedInRestoredStore();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    static Run exec(const QString &program, const QStringList &arguments,
                    const QByteArray &input = {})
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
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    Run ctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return exec(QStringLiteral(REPAIRCTL_PATH),
                    QStringList {QStringLiteral("--db"), m_db} + arguments, input);
    }
    Run sqlite(const QString &statements) const { return exec(m_sqlite3, {m_db, statements}); }
    QString scalar(const QString &query) const
    {
        return QString::fromUtf8(sqlite(query).out.trimmed());
    }
    QJsonObject firstProblem(const Run &check) const
    {
        return check.json()
            .value(QLatin1String("audit_chain"))
            .toObject()
            .value(QLatin1String("problems"))
            .toArray()
            .first()
            .toObject();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_sqlite3;
    int m_store = 0;
};

void TestAuditChainCli::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell is needed (scripts/deps.sh installs it)");
}

// A fresh store per test: set up (audit entries for the manager) and seeded (ticket events).
void TestAuditChainCli::init()
{
    m_db = m_dir.filePath(QStringLiteral("store%1.db").arg(++m_store));
    const Run setup
        = ctl({QStringLiteral("setup"), QStringLiteral("--center"), QStringLiteral("DEMO"),
               QStringLiteral("--center-name"), QStringLiteral("Demo"), QStringLiteral("--station"),
               QStringLiteral("01"), QStringLiteral("--manager"), QStringLiteral("boss"),
               QStringLiteral("--manager-name"), QStringLiteral("Boss")},
              "432100\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    for (int i = 0; i < 3; ++i) {
        const Run created = ctl(
            {QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("王芳"), QStringLiteral("--phone"), QStringLiteral("13800138000"),
             QStringLiteral("--imei"), QStringLiteral("490154203237518"), QStringLiteral("--fault"),
             QStringLiteral("屏幕碎了"), QStringLiteral("--backup-consent")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toInt() >= 3);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_entries")).toInt() >= 1);
}

void TestAuditChainCli::intactStoreChecksClean()
{
    const Run check = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    const QJsonObject chain = check.json().value(QLatin1String("audit_chain")).toObject();
    QCOMPARE(chain.value(QLatin1String("chained")).toBool(), true);
    QCOMPARE(chain.value(QLatin1String("ticket_events")).toInteger(),
             scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toLongLong());
    QVERIFY(chain.value(QLatin1String("problems")).toArray().isEmpty());
    // Every row carries its own hash and the one before it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE length(hash) <> 64")),
             QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_events e JOIN ticket_events p ON "
                                   "p.rid = e.rid - 1 WHERE e.prev_hash <> p.hash")),
             QStringLiteral("0"));
}

void TestAuditChainCli::triggersRefuseEdits()
{
    for (const QString &statement :
         {QStringLiteral("UPDATE ticket_events SET note = 'x' WHERE rid = 2"),
          QStringLiteral("DELETE FROM ticket_events WHERE rid = 2"),
          QStringLiteral("UPDATE audit_entries SET note = 'x'"),
          QStringLiteral("DELETE FROM audit_entries")}) {
        const Run edit = sqlite(statement);
        QVERIFY2(edit.exitCode != 0, qPrintable(statement));
        QVERIFY2(edit.err.contains("append-only"), edit.err.constData());
    }
    QCOMPARE(ctl({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
}

void TestAuditChainCli::editedEventIsReported()
{
    const QString id = scalar(QStringLiteral("SELECT id FROM ticket_events WHERE rid = 2"));
    const Run edit
        = sqlite(QStringLiteral("DROP TRIGGER ticket_events_no_update; "
                                "UPDATE ticket_events SET note = '客户同意' WHERE rid = 2"));
    QVERIFY2(edit.exitCode == 0, edit.err.constData());
    const Run check = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    const QJsonObject problem = firstProblem(check);
    QCOMPARE(problem.value(QLatin1String("table")).toString(), QStringLiteral("ticket_events"));
    QCOMPARE(problem.value(QLatin1String("rid")).toInteger(), 2);
    QCOMPARE(problem.value(QLatin1String("id")).toString(), id);
    QVERIFY(problem.value(QLatin1String("problem")).toString().contains(QLatin1String("edited")));
    QVERIFY2(check.err.contains("ticket_events at row 2"), check.err.constData());
}

void TestAuditChainCli::deletedEventIsReported()
{
    const Run del = sqlite(QStringLiteral("DROP TRIGGER ticket_events_no_delete; "
                                          "DELETE FROM ticket_events WHERE rid = 2"));
    QVERIFY2(del.exitCode == 0, del.err.constData());
    const Run check = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    const QJsonObject problem = firstProblem(check);
    QCOMPARE(problem.value(QLatin1String("table")).toString(), QStringLiteral("ticket_events"));
    // The gap shows at the entry after the deleted one, which names the entry before it.
    QCOMPARE(problem.value(QLatin1String("rid")).toInteger(), 3);
    QVERIFY(problem.value(QLatin1String("problem")).toString().contains(QLatin1String("rid 1")));
    QVERIFY(problem.value(QLatin1String("problem")).toString().contains(QLatin1String("missing")));
}

void TestAuditChainCli::editedAuditEntryIsReported()
{
    // Rewriting the hash along with the row does not hide it: the next entry names it.
    const Run edit
        = sqlite(QStringLiteral("DROP TRIGGER audit_entries_no_update; "
                                "UPDATE audit_entries SET actor = 'someone else', hash = "
                                "lower(hex(randomblob(32))) WHERE rid = 1"));
    QVERIFY2(edit.exitCode == 0, edit.err.constData());
    const Run check = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    const QJsonObject problem = firstProblem(check);
    QCOMPARE(problem.value(QLatin1String("table")).toString(), QStringLiteral("audit_entries"));
    QVERIFY(problem.value(QLatin1String("rid")).toInteger() >= 1);
}

void TestAuditChainCli::restoreIsAuditedInRestoredStore()
{
    const QString backup = m_dir.filePath(QStringLiteral("backup%1.sqlite").arg(m_store));
    const Run made = ctl({QStringLiteral("db"), QStringLiteral("backup"), backup});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString before = scalar(QStringLiteral("SELECT count(*) FROM audit_entries"));
    const Run restored
        = ctl({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--force"), backup});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entries")).toInt(),
             before.toInt() + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM audit_entries ORDER BY rid DESC LIMIT 1")),
             QStringLiteral("store.restore"));
    QVERIFY(scalar(QStringLiteral("SELECT data FROM audit_entries ORDER BY rid DESC LIMIT 1"))
                .contains(QFileInfo(backup).fileName()));
    // In the chain: the restored store checks clean.
    const Run check = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.err.constData());
}

QTEST_GUILESS_MAIN(TestAuditChainCli)
#include "tst_auditchain_cli.moc"
