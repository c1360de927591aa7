// The store commands of repairctl, run as a real process on real files.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRepairctlStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketCreateShowList();
    void ticketCreateRefusesBadInput();
    void ticketCreateAssumesNoEvidence();
    void searchFindsAndSaysWhenNothing();
    void demoSeedEveryStatus();
    void backupCheckRestore();
    void checkFailsOnDamage();
    void checkNamesBackupInSetFolder();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> list;
            for (const QByteArray &line : out.split('\n')) {
                if (!line.isEmpty())
                    list.append(QJsonDocument::fromJson(line).object());
            }
            return list;
        }
    };
    // As the store's manager (set up by setUpStore()); the PIN from REPAIRCTL_PIN.
    Run run(const QStringList &arguments, const QString &db = {},
            const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REPAIRCTL_USER"), QStringLiteral("boss"));
        env.insert(QStringLiteral("REPAIRCTL_PIN"), QStringLiteral("432100"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REPAIRCTL_PATH),
                      QStringList {QStringLiteral("--db"), db.isEmpty() ? m_db : db} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    // A center with its manager boss (PIN 432100), as `repairctl setup` makes it.
    void setUpStore(const QString &db) const
    {
        const Run setup = run(
            {QStringLiteral("setup"), QStringLiteral("--center"), QStringLiteral("DEMO"),
             QStringLiteral("--center-name"), QStringLiteral("Demo"), QStringLiteral("--station"),
             QStringLiteral("01"), QStringLiteral("--manager"), QStringLiteral("boss"),
             QStringLiteral("--manager-name"), QStringLiteral("Boss")},
            db, "432100\n");
        QVERIFY2(setup.exitCode == 0, setup.err.constData());
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestRepairctlStore::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    setUpStore(m_db);
}

void TestRepairctlStore::ticketCreateShowList()
{
    const Run created = run(
        {QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--imei"),
         QStringLiteral("490154203237518"), QStringLiteral("--name"), QStringLiteral("王小明"),
         QStringLiteral("--phone"), QStringLiteral("138 1234 5678"), QStringLiteral("--fault"),
         QStringLiteral("屏幕不亮"), QStringLiteral("--sale-date"), QStringLiteral("2026-05-01"),
         QStringLiteral("--proof"), QStringLiteral("invoice"), QStringLiteral("--imei-on-papers"),
         QStringLiteral("match"), QStringLiteral("--backup-consent")});
    QCOMPARE(created.exitCode, 0);
    const QString number = created.json().value(QLatin1String("number")).toString();
    QVERIFY(number.startsWith(QStringLiteral("DEMO01-")));
    // The warranty engine judged the case; both are stored on the ticket as evidence.
    const QJsonObject verdict = created.json().value(QLatin1String("warranty_verdict")).toObject();
    QVERIFY(verdict.contains(QLatin1String("covered")));
    QVERIFY(!verdict.value(QLatin1String("rules")).toArray().isEmpty());

    const Run shown = run({QStringLiteral("ticket"), QStringLiteral("show"), number.toLower()});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject ticket = shown.json();
    QCOMPARE(ticket.value(QLatin1String("status")).toString(), QStringLiteral("received"));
    QCOMPARE(ticket.value(QLatin1String("sale_date")).toString(), QStringLiteral("2026-05-01"));
    QCOMPARE(ticket.value(QLatin1String("customer")).toObject().value(QLatin1String("phone")),
             QStringLiteral("13812345678"));
    QCOMPARE(ticket.value(QLatin1String("timeline")).toArray().size(), 1);
    QCOMPARE(ticket.value(QLatin1String("warranty_case"))
                 .toObject()
                 .value(QLatin1String("evidence"))
                 .toObject()
                 .value(QLatin1String("sale_date"))
                 .toString(),
             QStringLiteral("2026-05-01"));
    QCOMPARE(ticket.value(QLatin1String("warranty_verdict")).toObject(), verdict);
    // The brand and model came from the TAC table.
    QCOMPARE(ticket.value(QLatin1String("device")).toObject().value(QLatin1String("brand")),
             QStringLiteral("Nokia"));

    const Run listed = run({QStringLiteral("ticket"), QStringLiteral("list"),
                            QStringLiteral("--status"), QStringLiteral("received")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.lines().size(), 1);
    QCOMPARE(listed.lines().first().value(QLatin1String("number")).toString(), number);

    QCOMPARE(run({QStringLiteral("ticket"), QStringLiteral("show"),
                  QStringLiteral("DEMO01-200101-0001")})
                 .exitCode,
             1);
}

void TestRepairctlStore::ticketCreateRefusesBadInput()
{
    const QStringList base {
        QStringLiteral("ticket"),  QStringLiteral("create"),  QStringLiteral("--name"),
        QStringLiteral("A"),       QStringLiteral("--phone"), QStringLiteral("13800000000"),
        QStringLiteral("--fault"), QStringLiteral("x"),       QStringLiteral("--backup-consent")};
    const Run wrongCheck
        = run(base + QStringList {QStringLiteral("--imei"), QStringLiteral("490154203237519")});
    QCOMPARE(wrongCheck.exitCode, 2);
    QVERIFY(wrongCheck.err.contains("should be 8"));
    QCOMPARE(wrongCheck.out, QByteArray());
    QCOMPARE(run(base).exitCode, 2); // no --imei
    QCOMPARE(run(base
                 + QStringList {QStringLiteral("--imei"), QStringLiteral("490154203237518"),
                                QStringLiteral("--sale-date"), QStringLiteral("May 1")})
                 .exitCode,
             2);
    const QStringList imei {QStringLiteral("--imei"), QStringLiteral("490154203237518")};
    const Run badProof
        = run(base + imei + QStringList {QStringLiteral("--proof"), QStringLiteral("receipt")});
    QCOMPARE(badProof.exitCode, 2);
    QVERIFY(badProof.err.contains("--proof"));
    QCOMPARE(
        run(base + imei + QStringList {QStringLiteral("--imei-on-papers"), QStringLiteral("yes")})
            .exitCode,
        2);
}

// A sale date alone is not evidence: without its proof and the IMEI on the papers checked,
// the ticket stores no sale date and no right, and the verdict says what is missing.
void TestRepairctlStore::ticketCreateAssumesNoEvidence()
{
    const QDate recent = QDate::currentDate().addDays(-2);
    const QStringList base {QStringLiteral("ticket"),          QStringLiteral("create"),
                            QStringLiteral("--imei"),          QStringLiteral("356938035643809"),
                            QStringLiteral("--name"),          QStringLiteral("B"),
                            QStringLiteral("--phone"),         QStringLiteral("13800000001"),
                            QStringLiteral("--fault"),         QStringLiteral("no sound"),
                            QStringLiteral("--sale-date"),     recent.toString(Qt::ISODate),
                            QStringLiteral("--backup-consent")};
    const Run bare = run(base);
    QCOMPARE(bare.exitCode, 0);
    const QJsonObject verdict = bare.json().value(QLatin1String("warranty_verdict")).toObject();
    QVERIFY(!verdict.value(QLatin1String("covered")).toBool());
    QVERIFY(verdict.value(QLatin1String("rules")).toArray().contains(QStringLiteral("EX-2")));
    QVERIFY(QJsonDocument(verdict).toJson().contains("EVIDENCE_MISSING"));
    const Run shown = run({QStringLiteral("ticket"), QStringLiteral("show"),
                           bare.json().value(QLatin1String("number")).toString()});
    QVERIFY(shown.json().value(QLatin1String("sale_date")).isNull());
    QVERIFY(shown.json()
                .value(QLatin1String("warranty_case"))
                .toObject()
                .value(QLatin1String("evidence"))
                .toObject()
                .value(QLatin1String("imei_matches"))
                .isNull());

    // With the invoice and the IMEI checked: the 7-day rights (CN-04).
    const Run proven
        = run(base
              + QStringList {QStringLiteral("--proof"), QStringLiteral("invoice"),
                             QStringLiteral("--imei-on-papers"), QStringLiteral("match")});
    QCOMPARE(proven.exitCode, 0);
    const QJsonObject covered = proven.json().value(QLatin1String("warranty_verdict")).toObject();
    QVERIFY(covered.value(QLatin1String("covered")).toBool());
    QVERIFY(covered.value(QLatin1String("rules")).toArray().contains(QStringLiteral("CN-04")));
}

void TestRepairctlStore::searchFindsAndSaysWhenNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("search.sqlite"));
    setUpStore(db);
    QCOMPARE(
        run({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--imei"),
             QStringLiteral("356938035643809"), QStringLiteral("--name"),
             QStringLiteral("欧阳小明"), QStringLiteral("--phone"), QStringLiteral("13987650001"),
             QStringLiteral("--fault"), QStringLiteral("x"), QStringLiteral("--backup-consent")},
            db)
            .exitCode,
        0);
    for (const QString &query : {QStringLiteral("小明"), QStringLiteral("3809"),
                                 QStringLiteral("0001"), QStringLiteral("1398765")}) {
        const Run found = run({QStringLiteral("search"), query}, db);
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.lines().size(), 1);
        QCOMPARE(found.lines().first().value(QLatin1String("customer_name")).toString(),
                 QStringLiteral("欧阳小明"));
    }
    QCOMPARE(run({QStringLiteral("search"), QStringLiteral("赵")}, db).exitCode, 1);
    const Run history = run(
        {QStringLiteral("device"), QStringLiteral("history"), QStringLiteral("356938035643809")},
        db);
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.lines().first().value(QLatin1String("repeat_repair")).toBool(), false);
}

void TestRepairctlStore::demoSeedEveryStatus()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run seeded
        = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tickets"),
               QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7"),
               QStringLiteral("--center"), QStringLiteral("gz1")},
              db);
    QCOMPARE(seeded.exitCode, 0);
    QCOMPARE(seeded.json().value(QLatin1String("tickets")).toInt(), 300);
    for (const char *status :
         {"received", "diagnosing", "quoted", "approved", "declined", "repairing", "waiting_parts",
          "ready", "picked_up", "returned_unrepaired", "cancelled"}) {
        const Run listed
            = run({QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--status"),
                   QString::fromLatin1(status), QStringLiteral("--limit"), QStringLiteral("1")},
                  db);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.lines().size() == 1, status);
        QVERIFY(listed.lines()
                    .first()
                    .value(QLatin1String("number"))
                    .toString()
                    .startsWith(QStringLiteral("GZ1")));
    }
    // Seeding twice is refused; a new ticket continues the day's sequence.
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed")}, db).exitCode, 1);
    QCOMPARE(run({QStringLiteral("db"), QStringLiteral("check")}, db).exitCode, 0);
}

void TestRepairctlStore::backupCheckRestore()
{
    const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tickets"),
                  QStringLiteral("20")},
                 db)
                 .exitCode,
             0);
    const QString copy = m_dir.filePath(QStringLiteral("b-copy.sqlite"));
    const Run backup = run({QStringLiteral("db"), QStringLiteral("backup"), copy}, db);
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(backup.json().value(QLatin1String("verified")).toBool());
    QCOMPARE(run({QStringLiteral("db"), QStringLiteral("backup"), copy}, db).exitCode, 2);
    const Run refused = run({QStringLiteral("db"), QStringLiteral("restore"), copy}, db);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(
        run({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--force"), copy}, db)
            .exitCode,
        0);
    QCOMPARE(run({QStringLiteral("ticket"), QStringLiteral("list")}, db).lines().size(), 20);
    // Into a new place, no --force needed.
    const QString fresh = m_dir.filePath(QStringLiteral("new/restored.sqlite"));
    QCOMPARE(run({QStringLiteral("db"), QStringLiteral("restore"), copy}, fresh).exitCode, 0);
    QCOMPARE(run({QStringLiteral("db"), QStringLiteral("check")}, fresh).exitCode, 0);
}

void TestRepairctlStore::checkFailsOnDamage()
{
    const QString db = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tickets"),
                  QStringLiteral("300")},
                 db)
                 .exitCode,
             0);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 40 * 4096);
        file.seek(30 * 4096);
        file.write(QByteArray(8 * 4096, '\x33'));
    }
    const Run check = run({QStringLiteral("db"), QStringLiteral("check")}, db);
    QCOMPARE(check.exitCode, 1);
    QVERIFY(check.err.contains("damaged") || check.err.contains("not"));
}

void TestRepairctlStore::checkNamesBackupInSetFolder()
{
    // A manager moved the backups elsewhere (Settings → backup.folder): db check names the
    // latest backup found there.
    const QString db = m_dir.filePath(QStringLiteral("moved.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tickets"),
                  QStringLiteral("20")},
                 db)
                 .exitCode,
             0);
    const QString folder = m_dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(folder));
    const QString backup = folder + QStringLiteral("/moved-20261101-120000.sqlite");
    QCOMPARE(run({QStringLiteral("db"), QStringLiteral("backup"), backup}, db).exitCode, 0);
    {
        QSqlDatabase sql
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                                 "('backup.folder', ?, '2026-11-01T12:00:00Z') "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(folder);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));
    const Run check = run({QStringLiteral("db"), QStringLiteral("check")}, db);
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.json().value(QLatin1String("latest_backup")).toString(), backup);
}

QTEST_GUILESS_MAIN(TestRepairctlStore)
#include "tst_repairctl_store.moc"
