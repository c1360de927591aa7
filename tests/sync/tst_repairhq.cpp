// repair-hq as a process: its command line and its HTTP answers, on SQLite and PostgreSQL.
#include "hqload.h"
#include "synctestsupport.h"

#include "sync/wire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rc;
using namespace rc::synctest;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

Answer request(const QByteArray &verb, const QUrl &url, const QString &token,
               const QByteArray &body = {},
               const QByteArray &contentType = QByteArrayLiteral("application/json"))
{
    QNetworkAccessManager network;
    QNetworkRequest req(url);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(req, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.raw).object();
    delete reply;
    return answer;
}

QByteArray record(const QString &id, qint64 version, const QString &center = QStringLiteral("DEMO"))
{
    return sync::encodeRecord({sync::RecordKind::Snapshot, QStringLiteral("ticket"), id, version,
                               QJsonObject {{QStringLiteral("id"), id},
                                            {QStringLiteral("version"), version},
                                            {QStringLiteral("center"), center}}});
}

QByteArray batch(const QList<QByteArray> &records, const QString &center = {})
{
    return sync::encodeBatch(center, QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QDateTime::currentDateTimeUtc(), records);
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runHq(const QString &spec, const QStringList &words,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(repairHqPath(),
                  (spec.isEmpty() ? QStringList() : QStringList {QStringLiteral("--db"), spec})
                      + words);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString errorCode(const Answer &answer)
{
    return answer.json.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

} // namespace

class TestRepairHq : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenAdd();
    void http_data();
    void http();
    void tokenRevoke_data();
    void tokenRevoke();
    void tokenColumnAddedToOldDatabase();
    void oldDatabaseWithData_data();
    void oldDatabaseWithData();
    void adminToken_data() { http_data(); }
    void adminToken();
    void wire_data();
    void wire();
    void connectionHandling();
    void nulCharacters_data() { http_data(); }
    void nulCharacters();
    void settings();
    void listenRefusesRemote();
    void partitions();
    void batchIdsPruned_data() { http_data(); }
    void batchIdsPruned();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HqDatabase> m_wireDb;
    std::unique_ptr<HqProcess> m_wireHq;
};

void TestRepairHq::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
}

void TestRepairHq::tokenAdd()
{
    const QString spec
        = QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("t.sqlite")));
    QProcess process;
    process.start(repairHqPath(), {QStringLiteral("--db"), spec, QStringLiteral("token"),
                                   QStringLiteral("add"), QStringLiteral("SH-01")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    const QByteArray token = process.readAllStandardOutput().trimmed();
    QVERIFY(token.startsWith("rc_"));
    QVERIFY(token.size() > 40);
    // Only the hash is kept.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tk"));
    db.setDatabaseName(spec.mid(7));
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT token_sha256, center FROM tokens")));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), QStringLiteral("SH-01"));
        QVERIFY(query.value(0).toString() != QString::fromLatin1(token));
        QCOMPARE(query.value(0).toString().size(), 64);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("tk"));

    process.start(repairHqPath(), {QStringLiteral("--db"), spec, QStringLiteral("token"),
                                   QStringLiteral("add"), QStringLiteral("bad code!")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
    process.start(repairHqPath(), {QStringLiteral("--db"), QStringLiteral("mysql://x")});
    QVERIFY(process.waitForFinished());
    QVERIFY(process.exitCode() != 0);
}

void TestRepairHq::http_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestRepairHq::http()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString demo = hq.addToken(QStringLiteral("DEMO"));
    const QString other = hq.addToken(QStringLiteral("OTHER"));
    QVERIFY(!demo.isEmpty() && !other.isEmpty());
    QVERIFY(hq.start());
    const QUrl base = hq.url();
    auto at = [&](const char *path) {
        return base.resolved(QUrl(QString::fromLatin1(path)));
    };

    Answer a = request("GET", at("/healthz"), {});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(request("GET", at("/v1/stats"), {}).status, 401);
    QCOMPARE(request("GET", at("/v1/stats"), QStringLiteral("rc_nope")).status, 401);
    QCOMPARE(request("GET", at("/nowhere"), demo).status, 404);
    QCOMPARE(request("GET", at("/v1/batches"), demo).status, 405);

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray good = batch({record(id, 2)}, QStringLiteral("DEMO"));
    QCOMPARE(request("POST", at("/v1/batches"), {}, good).status, 401);
    a = request("POST", at("/v1/batches"), QStringLiteral("rc_nope"), good);
    QCOMPARE(a.status, 401);
    QCOMPARE(errorCode(a), QStringLiteral("BAD_TOKEN"));
    a = request("POST", at("/v1/batches"), demo, good, "text/plain");
    QCOMPARE(a.status, 415);
    a = request("POST", at("/v1/batches"), demo, "{\"protocol\":1,");
    QCOMPARE(a.status, 400);
    QCOMPARE(errorCode(a), QStringLiteral("BAD_JSON"));
    a = request("POST", at("/v1/batches"), demo, R"({"protocol":9,"batch_id":"b","records":[]})");
    QCOMPARE(a.status, 400);
    QCOMPARE(errorCode(a), QStringLiteral("UNSUPPORTED_PROTOCOL"));

    // Size limits.
    QList<QByteArray> many;
    for (int i = 0; i <= sync::WireLimits::maxRecords; ++i)
        many.append(record(QUuid::createUuid().toString(QUuid::WithoutBraces), 1));
    a = request("POST", at("/v1/batches"), demo, batch(many));
    QCOMPARE(a.status, 413);
    QCOMPARE(errorCode(a), QStringLiteral("TOO_MANY_RECORDS"));
    QByteArray huge = batch({record(id, 1)});
    huge.insert(1, "\"pad\":\"" + QByteArray(sync::WireLimits::maxBodyBytes, 'x') + "\",");
    a = request("POST", at("/v1/batches"), demo, huge);
    QCOMPARE(a.status, 413);
    QCOMPARE(errorCode(a), QStringLiteral("BODY_TOO_LARGE"));

    // Applied, then duplicate, then stale.
    a = request("POST", at("/v1/batches"), demo, good);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("status")),
             QStringLiteral("applied"));
    a = request("POST", at("/v1/batches"), demo, batch({record(id, 2)}));
    QCOMPARE(a.json.value(QLatin1String("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("status")),
             QStringLiteral("duplicate"));
    a = request("POST", at("/v1/batches"), demo, batch({record(id, 1)}));
    QCOMPARE(a.json.value(QLatin1String("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("status")),
             QStringLiteral("stale"));

    // A center cannot write another center's records: the batch's claim is refused, a
    // payload claiming another center is rejected, and the same id under another token is
    // another center's record.
    a = request("POST", at("/v1/batches"), other, batch({record(id, 5)}, QStringLiteral("DEMO")));
    QCOMPARE(a.status, 403);
    QCOMPARE(errorCode(a), QStringLiteral("CENTER_MISMATCH"));
    a = request("POST", at("/v1/batches"), other, batch({record(id, 5, QStringLiteral("DEMO"))}));
    QCOMPARE(a.status, 200);
    const QJsonObject rejected = a.json.value(QLatin1String("results")).toArray().at(0).toObject();
    QCOMPARE(rejected.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QLatin1String("error")).toObject().value(QLatin1String("code")),
             QStringLiteral("CENTER_MISMATCH"));
    a = request("POST", at("/v1/batches"), other, batch({record(id, 9, QStringLiteral("OTHER"))}));
    QCOMPARE(a.status, 200);
    {
        QSqlQuery query(hqDb->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT center, version FROM records ORDER BY center")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("DEMO"));
        QCOMPARE(query.value(1).toLongLong(), 2);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("OTHER"));
        QCOMPARE(query.value(1).toLongLong(), 9);
    }

    // A center sees its own figures only, kept as batches applied.
    a = request("GET", at("/v1/stats"), demo);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("center")).toString(), QStringLiteral("DEMO"));
    QCOMPARE(a.json.value(QLatin1String("records")).toInt(), 1);
    QCOMPARE(a.json.value(QLatin1String("events")).toInt(), 0);
    QVERIFY(!a.json.contains(QLatin1String("centers")));
    QCOMPARE(a.json.value(QLatin1String("batches")).toInt(), 3);
    QCOMPARE(a.json.value(QLatin1String("by_entity")).toObject().value(QLatin1String("ticket")), 1);
    a = request("GET", at("/v1/stats?center=OTHER"), demo);
    QCOMPARE(a.json.value(QLatin1String("center")).toString(), QStringLiteral("DEMO"));
    // Database trouble never reaches a caller as text; /metrics is for an admin token only.
    QCOMPARE(request("GET", at("/metrics"), demo).status, 403);
    QCOMPARE(request("GET", at("/metrics"), {}).status, 401);
    QCOMPARE(request("GET", at("/readyz"), {}).status, 200);
}

void TestRepairHq::tokenRevoke_data()
{
    http_data();
}

void TestRepairHq::tokenRevoke()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString leaked = hq.addToken(QStringLiteral("DEMO"));
    const QString other = hq.addToken(QStringLiteral("OTHER"));
    QVERIFY(!leaked.isEmpty() && !other.isEmpty());
    QVERIFY(hq.start());
    const QUrl batches = hq.url().resolved(QUrl(QStringLiteral("/v1/batches")));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(request("POST", batches, leaked, batch({record(id, 1)})).status, 200);

    // `token list` shows ids and centers, never the secret.
    Run list = runHq(hqDb->spec(), {QStringLiteral("token"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(leaked.toUtf8()));
    QString leakedId;
    for (const QByteArray &line : list.out.trimmed().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(o.value(QLatin1String("revoked_at")).isNull());
        if (o.value(QLatin1String("center")).toString() == QLatin1String("DEMO"))
            leakedId = o.value(QLatin1String("id")).toString();
    }
    QCOMPARE(leakedId.size(), 12);

    // Revoked by its id while HQ serves: refused within the cache time, the other center's
    // token still works.
    Run revoke = runHq(hqDb->spec(), {QStringLiteral("token"), QStringLiteral("revoke"), leakedId});
    QCOMPARE(revoke.exitCode, 0);
    QVERIFY(
        !QJsonDocument::fromJson(revoke.out).object().value(QLatin1String("revoked_at")).isNull());
    // (repair-hq remembers a token's answer for 2 s.)
    QElapsedTimer sinceRevoke;
    sinceRevoke.start();
    Answer refused;
    do {
        refused = request("POST", batches, leaked, batch({record(id, 2)}));
        if (refused.status == 401)
            break;
        QTest::qWait(100);
    } while (!sinceRevoke.hasExpired(5000));
    QCOMPARE(refused.status, 401);
    QVERIFY(sinceRevoke.elapsed() < 3000);
    QCOMPARE(errorCode(refused), QStringLiteral("BAD_TOKEN"));
    QCOMPARE(request("POST", batches, other,
                     batch({record(id, 1, QStringLiteral("OTHER"))}, QStringLiteral("OTHER")))
                 .status,
             200);

    // Again: a negative answer. Garbage: a usage error. The whole token works as the key.
    revoke = runHq(hqDb->spec(), {QStringLiteral("token"), QStringLiteral("revoke"), leakedId});
    QCOMPARE(revoke.exitCode, 1);
    QVERIFY(revoke.err.contains("revoked"));
    QCOMPARE(runHq(hqDb->spec(),
                   {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("xyz")})
                 .exitCode,
             2);
    QCOMPARE(runHq(hqDb->spec(),
                   {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("00000000")})
                 .exitCode,
             1);
    QCOMPARE(
        runHq(hqDb->spec(), {QStringLiteral("token"), QStringLiteral("revoke"), other}).exitCode,
        0);
}

void TestRepairHq::tokenColumnAddedToOldDatabase()
{
    // An HQ file from before tokens could be revoked: the column is added on opening and
    // the old token keeps working until revoked.
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE centers (code TEXT PRIMARY KEY NOT NULL, "
                                      "created_at TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE tokens (token_sha256 TEXT PRIMARY KEY NOT NULL,"
                                      " center TEXT NOT NULL REFERENCES centers(code),"
                                      " created_at TEXT NOT NULL)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO centers VALUES ('SH-01', '2026-01-01T00:00:00Z')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO tokens VALUES ('%1', 'SH-01', '2026-01-01T00:00:00Z')")
                .arg(QString(64, QLatin1Char('a')))));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const QString spec = QStringLiteral("sqlite:") + path;
    const Run list = runHq(spec, {QStringLiteral("token"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(list.out.trimmed()).object();
    QCOMPARE(o.value(QLatin1String("center")).toString(), QStringLiteral("SH-01"));
    QCOMPARE(o.value(QLatin1String("id")).toString(), QString(12, QLatin1Char('a')));
    QVERIFY(o.value(QLatin1String("revoked_at")).isNull());
    QCOMPARE(runHq(spec, {QStringLiteral("token"), QStringLiteral("revoke"),
                          QString(8, QLatin1Char('a'))})
                 .exitCode,
             0);
}

void TestRepairHq::oldDatabaseWithData_data()
{
    http_data();
}

void TestRepairHq::oldDatabaseWithData()
{
    // A database of repair-hq before versioned schemas, with records, events and batch ids:
    // upgraded in place, every row kept, change numbers and counters filled in.
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    {
        QSqlQuery q(hqDb->connection());
        const QStringList legacy {
            QStringLiteral("CREATE TABLE centers (code TEXT PRIMARY KEY NOT NULL, created_at TEXT "
                           "NOT NULL)"),
            QStringLiteral("CREATE TABLE tokens (token_sha256 TEXT PRIMARY KEY NOT NULL, center "
                           "TEXT NOT NULL REFERENCES centers(code), created_at TEXT NOT NULL, "
                           "revoked_at TEXT)"),
            QStringLiteral("CREATE TABLE records (center TEXT NOT NULL, entity TEXT NOT NULL, id "
                           "TEXT NOT NULL, version BIGINT NOT NULL, payload TEXT NOT NULL, "
                           "batch_id TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY "
                           "(center, entity, id))"),
            QStringLiteral("CREATE TABLE events (center TEXT NOT NULL, entity TEXT NOT NULL, id "
                           "TEXT NOT NULL, payload TEXT NOT NULL, batch_id TEXT NOT NULL, "
                           "received_at TEXT NOT NULL, PRIMARY KEY (center, entity, id))"),
            QStringLiteral("CREATE TABLE batches (center TEXT NOT NULL, batch_id TEXT NOT NULL, "
                           "records INTEGER NOT NULL, sent_at TEXT NOT NULL, received_at TEXT NOT "
                           "NULL, PRIMARY KEY (center, batch_id))"),
            QStringLiteral("INSERT INTO centers VALUES ('SH-01', '2026-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO records VALUES ('SH-01', 'ticket', 't1', 3, "
                           "'{\"id\":\"t1\",\"version\":3}', 'b1', '2026-01-02T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO records VALUES ('SH-01', 'customer', 'c1', 1, "
                           "'{\"id\":\"c1\",\"version\":1}', 'b1', '2026-01-02T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO events VALUES ('SH-01', 'ticket_event', 'e1', "
                           "'{\"id\":\"e1\"}', 'b1', '2026-01-02T00:00:00.000Z')"),
            // Received yesterday: within the retention HQ prunes batch ids after.
            QStringLiteral("INSERT INTO batches VALUES ('SH-01', 'b1', 3, "
                           "'2026-01-02T00:00:00.000Z', '%1')")
                .arg(QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs)),
        };
        for (const QString &sql : legacy)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u' ' + sql));
    }
    const Run migrated = runHq(hqDb->spec(), {QStringLiteral("migrate")});
    QCOMPARE(migrated.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(migrated.out)
                .object()
                .value(QLatin1String("schema_version"))
                .toInt()
            > 0);
    {
        QSqlQuery q(hqDb->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT entity, id, version, seq FROM records ORDER BY seq")));
        QStringList rows;
        QList<qint64> seqs;
        while (q.next()) {
            rows.append(QStringLiteral("%1/%2@%3")
                            .arg(q.value(0).toString(), q.value(1).toString())
                            .arg(q.value(2).toLongLong()));
            seqs.append(q.value(3).toLongLong());
        }
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.contains(QStringLiteral("ticket/t1@3")));
        QVERIFY(q.exec(QStringLiteral("SELECT seq FROM events")));
        QVERIFY(q.next());
        seqs.append(q.value(0).toLongLong());
        std::sort(seqs.begin(), seqs.end());
        QCOMPARE(seqs, (QList<qint64> {1, 2, 3}));
        QVERIFY(
            q.exec(QStringLiteral("SELECT last_seq, batches FROM centers WHERE code = 'SH-01'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3);
        QCOMPARE(q.value(1).toLongLong(), 1);
    }
    // Served as before: the old batch id is a replay, the figures are the counters.
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("SH-01"));
    QVERIFY(hq.start());
    Answer a
        = request("POST", hq.url().resolved(QUrl(QStringLiteral("/v1/batches"))), token,
                  sync::encodeBatch(QStringLiteral("SH-01"), QStringLiteral("b1"),
                                    QDateTime::currentDateTimeUtc(),
                                    {record(QStringLiteral("t1"), 3, QStringLiteral("SH-01"))}));
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.value(QLatin1String("replay")).toBool());
    a = request("GET", hq.url().resolved(QUrl(QStringLiteral("/v1/stats"))), token);
    QCOMPARE(a.json.value(QLatin1String("records")).toInt(), 2);
    QCOMPARE(a.json.value(QLatin1String("events")).toInt(), 1);
}

void TestRepairHq::adminToken()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString a1 = hq.addToken(QStringLiteral("A1"));
    const QString b2 = hq.addToken(QStringLiteral("B2"));
    const Run admin = runHq(
        hqDb->spec(), {QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--admin")});
    QCOMPARE(admin.exitCode, 0);
    const QString adminToken = QString::fromLatin1(admin.out.trimmed());
    QVERIFY(adminToken.startsWith(QLatin1String("rc_")));
    QVERIFY(hq.start());
    auto at = [&](const char *path) {
        return hq.url().resolved(QUrl(QString::fromLatin1(path)));
    };
    QCOMPARE(request("POST", at("/v1/batches"), a1,
                     batch({record(QStringLiteral("x1"), 1, QStringLiteral("A1")),
                            record(QStringLiteral("x2"), 1, QStringLiteral("A1"))}))
                 .status,
             200);
    QCOMPARE(request("POST", at("/v1/batches"), b2,
                     batch({record(QStringLiteral("y1"), 4, QStringLiteral("B2"))}))
                 .status,
             200);
    // An admin token has no center: it cannot push.
    Answer a = request("POST", at("/v1/batches"), adminToken,
                       batch({record(QStringLiteral("z"), 1, {})}));
    QCOMPARE(a.status, 403);
    QCOMPARE(errorCode(a), QStringLiteral("FORBIDDEN"));
    // Every center's figures, or one center's.
    a = request("GET", at("/v1/stats"), adminToken);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("scope")).toString(), QStringLiteral("chain"));
    QCOMPARE(a.json.value(QLatin1String("centers")).toInt(), 2);
    QCOMPARE(a.json.value(QLatin1String("records")).toInt(), 3);
    QCOMPARE(a.json.value(QLatin1String("batches")).toInt(), 2);
    a = request("GET", at("/v1/stats?center=B2"), adminToken);
    QCOMPARE(a.json.value(QLatin1String("center")).toString(), QStringLiteral("B2"));
    QCOMPARE(a.json.value(QLatin1String("records")).toInt(), 1);
    QCOMPARE(request("GET", at("/v1/stats?center=NOPE"), adminToken).status, 404);
    // Prometheus text, with the records counted by result.
    a = request("GET", at("/metrics"), adminToken);
    QCOMPARE(a.status, 200);
    QVERIFY(a.raw.contains("repair_hq_records_total{result=\"applied\"} 3"));
    QVERIFY(a.raw.contains("repair_hq_batch_duration_seconds_count 2"));
    QVERIFY(a.raw.contains("repair_hq_database_up 1"));
    QVERIFY(a.raw.contains("repair_hq_queue_depth"));
    QVERIFY(a.raw.contains("repair_hq_db_pool_size"));
    // One JSON line per request in the log, with center, batch, records and result.
    QTRY_VERIFY(hq.stderrText().contains("\"route\":\"metrics\""));
    bool seen = false;
    for (const QByteArray &line : hq.stderrText().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("route")).toString() == QLatin1String("batches")
            && o.value(QLatin1String("center")).toString() == QLatin1String("A1")) {
            seen = true;
            QCOMPARE(o.value(QLatin1String("records")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("applied")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("status")).toInt(), 200);
            QVERIFY(!o.value(QLatin1String("batch")).toString().isEmpty());
            QVERIFY(o.value(QLatin1String("ms")).toDouble() > 0);
        }
    }
    QVERIFY(seen);
}

void TestRepairHq::wire_data()
{
    // What a client sends at the level of bytes, and HQ's status line.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("health") << QByteArray("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << 200
                            << QByteArray();
    QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n") << 200 << QByteArray();
    QTest::newRow("NUL in a header")
        << (QByteArray("GET /healthz HTTP/1.1\r\nX: a") + '\0' + QByteArray("b\r\n\r\n")) << 400
        << QByteArray("BAD_REQUEST");
    QTest::newRow("TLS to plain HTTP")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << 400
        << QByteArray("BAD_REQUEST");
    QTest::newRow("bare LF") << QByteArray("GET /healthz HTTP/1.1\nHost: h\n\n") << 400
                             << QByteArray("BAD_REQUEST");
    QTest::newRow("folded header") << QByteArray("GET /healthz HTTP/1.1\r\nX: a\r\n b\r\n\r\n")
                                   << 400 << QByteArray("BAD_REQUEST");
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << QByteArray("HTTP_VERSION");
    QTest::newRow("HTTP/3.0") << QByteArray("GET /healthz HTTP/3.0\r\n\r\n") << 505
                              << QByteArray("HTTP_VERSION");
    QTest::newRow("chunked") << QByteArray("POST /v1/batches HTTP/1.1\r\nTransfer-Encoding: "
                                           "chunked\r\n\r\n0\r\n\r\n")
                             << 411 << QByteArray("LENGTH_REQUIRED");
    QTest::newRow("two lengths") << QByteArray("POST /v1/batches HTTP/1.1\r\nContent-Length: 1\r\n"
                                               "Content-Length: 2\r\n\r\nab")
                                 << 400 << QByteArray("BAD_REQUEST");
    QTest::newRow("signed length")
        << QByteArray("POST /v1/batches HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << 400
        << QByteArray("BAD_REQUEST");
    QTest::newRow("head too large")
        << (QByteArray("GET /healthz HTTP/1.1\r\nX: ") + QByteArray(20000, 'a') + "\r\n\r\n") << 431
        << QByteArray("HEADERS_TOO_LARGE");
    QTest::newRow("unknown method")
        << QByteArray("BREW /healthz HTTP/1.1\r\n\r\n") << 405 << QByteArray("METHOD_NOT_ALLOWED");
    QTest::newRow("absolute target")
        << QByteArray("GET http://h/healthz HTTP/1.1\r\n\r\n") << 400 << QByteArray("BAD_REQUEST");
    QTest::newRow("no token, 1 GiB declared")
        << QByteArray("POST /v1/batches HTTP/1.1\r\nContent-Length: 1073741824\r\n\r\n") << 401
        << QByteArray("UNAUTHENTICATED");
    QTest::newRow("body on a GET")
        << QByteArray("GET /healthz HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc") << 413
        << QByteArray("BODY_TOO_LARGE");
}

void TestRepairHq::wire()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    if (!m_wireHq) {
        QString error;
        m_wireDb = HqDatabase::create(Backend::Sqlite, m_dir.path(), &error);
        m_wireHq = std::make_unique<HqProcess>(m_wireDb->spec());
        QVERIFY(m_wireHq->start());
    }
    const int fd = connectLoopback(m_wireHq->port());
    QVERIFY(sendAll(fd, bytes));
    const RawAnswer answer = readAnswer(fd, 5000);
    ::close(fd);
    QCOMPARE(answer.status, status);
    if (!code.isEmpty())
        QVERIFY2(answer.body.contains("\"code\":\"" + code + '"'), answer.body.constData());
}

void TestRepairHq::connectionHandling()
{
    // A whole request followed by a half-close is answered, then the connection closed;
    // pipelined requests are answered in order; Expect: 100-continue is honoured; a
    // connection that says nothing is closed after head-timeout.
    QString error;
    auto hqDb = HqDatabase::create(Backend::Sqlite, m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    hq.setArguments({QStringLiteral("-o"), QStringLiteral("head-timeout=1")});
    QVERIFY(hq.start());
    auto post = [&](const QByteArray &body, const QByteArray &extra = {}) {
        return "POST /v1/batches HTTP/1.1\r\nHost: hq\r\nContent-Type: application/json\r\n"
               "Authorization: Bearer "
               + token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\n" + extra + "\r\n" + body;
    };

    int fd = connectLoopback(hq.port());
    QVERIFY(sendAll(fd, post(batch({record(QStringLiteral("half"), 1)}))));
    ::shutdown(fd, SHUT_WR);
    RawAnswer answer = readAnswer(fd, 10000);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("\"applied\""));
    char byte = 0;
    QCOMPARE(::recv(fd, &byte, 1, 0), 0); // and then closed
    ::close(fd);

    fd = connectLoopback(hq.port());
    QVERIFY(sendAll(fd, post(batch({record(QStringLiteral("p1"), 1)}))
                            + "GET /healthz HTTP/1.1\r\nHost: hq\r\n\r\n"
                            + post(batch({record(QStringLiteral("p1"), 1)}))));
    QByteArray rest;
    answer = readAnswer(fd, 10000, &rest);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("\"applied\""));
    answer = readAnswer(fd, 10000, &rest);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("\"ok\""));
    answer = readAnswer(fd, 10000, &rest);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("\"duplicate\""));
    ::close(fd);

    const QByteArray body = batch({record(QStringLiteral("expect"), 1)});
    const QByteArray request = post(body, "Expect: 100-continue\r\n");
    fd = connectLoopback(hq.port());
    QVERIFY(sendAll(fd, request.left(request.size() - body.size())));
    char interim[64] = {};
    const ssize_t n = ::recv(fd, interim, sizeof interim - 1, 0);
    QVERIFY(n > 0);
    QVERIFY(QByteArray(interim).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    QVERIFY(sendAll(fd, body));
    QCOMPARE(readAnswer(fd, 10000).status, 200);
    ::close(fd);

    fd = connectLoopback(hq.port());
    QElapsedTimer silent;
    silent.start();
    QCOMPARE(::recv(fd, &byte, 1, 0), 0);
    QVERIFY(silent.elapsed() >= 900 && silent.elapsed() < 5000);
    ::close(fd);
}

void TestRepairHq::nulCharacters()
{
    // U+0000 cannot be stored in PostgreSQL text or jsonb: a batch id with one is a bad
    // request (never a 503 the client would retry forever), a payload with one is a
    // rejected record while the rest of the batch goes in.
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("DEMO"));
    QVERIFY(hq.start());
    const QUrl batches = hq.url().resolved(QUrl(QStringLiteral("/v1/batches")));
    Answer a
        = request("POST", batches, token, R"({"protocol":1,"batch_id":"b\u0000x","records":[]})");
    QCOMPARE(a.status, 400);
    QCOMPARE(errorCode(a), QStringLiteral("BAD_BATCH"));
    const QByteArray poisoned = sync::encodeRecord(
        {sync::RecordKind::Snapshot, QStringLiteral("ticket"), QStringLiteral("p1"), 1,
         QJsonObject {{QStringLiteral("note"), QStringLiteral("a") + QChar(0) + u'b'}}});
    QVERIFY(poisoned.contains("\\u0000"));
    const QByteArray escaped = sync::encodeRecord(
        {sync::RecordKind::Snapshot, QStringLiteral("ticket"), QStringLiteral("p2"), 1,
         QJsonObject {{QStringLiteral("note"), QStringLiteral("\\u0000 is fine as text")}}});
    a = request("POST", batches, token,
                batch({poisoned, escaped, record(QStringLiteral("p3"), 1)}));
    QCOMPARE(a.status, 200);
    const QJsonArray results = a.json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(results.at(0)
                 .toObject()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("code")),
             QStringLiteral("BAD_PAYLOAD"));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("applied"));
    QCOMPARE(results.at(2).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("applied"));
}

void TestRepairHq::settings()
{
    const QString spec
        = QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("s.sqlite")));
    // Numbers are checked whole, and the message names the setting.
    Run run = runHq(spec, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--max-body"), QStringLiteral("abc")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("max-body"), run.err.constData());
    run = runHq(spec, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("-o"), QStringLiteral("workers=3x")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("workers"));
    run = runHq(spec, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("-o"), QStringLiteral("queue-limit=0")});
    QCOMPARE(run.exitCode, 2);
    run = runHq(spec, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")});
    QCOMPARE(run.exitCode, 2);
    run = runHq(spec, {QStringLiteral("-o"), QStringLiteral("no-such-thing=1"),
                       QStringLiteral("token"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no-such-thing"));

    // The database from a config file or the environment, never needed on the command line.
    const QString configPath = m_dir.filePath(QStringLiteral("hq.conf"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("# repair-hq settings\ndb = " + spec.toUtf8() + "\nmax-body = 2M\n");
    }
    run = runHq({}, {QStringLiteral("--config"), configPath, QStringLiteral("token"),
                     QStringLiteral("add"), QStringLiteral("CONF")});
    QCOMPARE(run.exitCode, 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REPAIR_HQ_DB"), spec);
    run = runHq({}, {QStringLiteral("token"), QStringLiteral("list")}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"center\":\"CONF\""));
    // A password in a file others can read is pointed out.
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("db = postgres://hq:secret@127.0.0.1:1/hq\n");
    }
    QFile::setPermissions(configPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    run = runHq({}, {QStringLiteral("--config"), configPath, QStringLiteral("token"),
                     QStringLiteral("list")});
    QCOMPARE(run.exitCode, 1); // nothing listens on port 1
    QVERIFY2(run.err.contains("chmod 600"), run.err.constData());
    QVERIFY2(!run.err.contains("secret"), run.err.constData());

    // A whole token to revoke comes from a file, not the command line.
    const QString token = QString::fromLatin1(
        runHq(spec, {QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("LEAK")})
            .out.trimmed());
    const QString tokenPath = m_dir.filePath(QStringLiteral("leaked-token"));
    {
        QFile file(tokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toLatin1() + '\n');
    }
    run = runHq(spec, {QStringLiteral("token"), QStringLiteral("revoke"),
                       QStringLiteral("--token-file"), tokenPath});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"center\":\"LEAK\""));

    // The released binary cannot stage faults, whatever the environment says.
    environment.insert(QStringLiteral("REPAIR_HQ_FAULTS"), QStringLiteral("500-after-commit=5"));
    HqProcess hq(spec);
    hq.setEnvironment(QStringLiteral("REPAIR_HQ_FAULTS"), QStringLiteral("500-after-commit=5"));
    QVERIFY(hq.start());
    const QString conf = QString::fromLatin1(
        runHq(spec, {QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("F")})
            .out.trimmed());
    QTRY_COMPARE(request("POST", hq.url().resolved(QUrl(QStringLiteral("/v1/batches"))), conf,
                         batch({record(QStringLiteral("f1"), 1, QStringLiteral("F"))}))
                     .status,
                 200);
    QVERIFY(hq.stderrText().contains("REPAIR_HQ_FAULTS is ignored"));
}

void TestRepairHq::listenRefusesRemote()
{
    const QString spec
        = QStringLiteral("sqlite:%1").arg(m_dir.filePath(QStringLiteral("l.sqlite")));
    Run run = runHq(spec, {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("loopback"), run.err.constData());
    run = runHq(spec, {QStringLiteral("--listen"), QStringLiteral("[::]:0")});
    QCOMPARE(run.exitCode, 2);
    // Asked for explicitly, it serves (and says so).
    QProcess process;
    process.start(repairHqPath(), {QStringLiteral("--db"), spec, QStringLiteral("--listen"),
                                   QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-remote"),
                                   QStringLiteral("--access-log"), QStringLiteral("off")});
    QVERIFY(process.waitForReadyRead(10000));
    QVERIFY(process.readAllStandardOutput().contains("listening on http://0.0.0.0:"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().contains("warning: serving plain HTTP on 0.0.0.0"));
}

void TestRepairHq::cleanupTestCase()
{
    m_wireHq.reset();
    m_wireDb.reset();
}

void TestRepairHq::partitions()
{
    // PostgreSQL: records, events and batches are hash-partitioned by center from the first
    // start, the count a setting; a later different setting changes nothing.
    if (qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend::Postgres, m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    QCOMPARE(runHq(hqDb->spec(), {QStringLiteral("-o"), QStringLiteral("partitions=4"),
                                  QStringLiteral("migrate")})
                 .exitCode,
             0);
    const Run again = runHq(hqDb->spec(), {QStringLiteral("-o"), QStringLiteral("partitions=8"),
                                           QStringLiteral("migrate")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.contains("4 partitions"));
    QSqlQuery q(hqDb->connection());
    for (const char *table : {"records", "events", "batches"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(pg_get_expr(c.relpartbound, c.oid)) "
                                      "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                      "WHERE i.inhparent = '%1'::regclass")
                           .arg(QString::fromLatin1(table))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.value(1).toString().contains(QLatin1String("modulus 4")));
    }
    // Every key, the change feed's indexes (by seq, by station and seq) and device history's
    // ticket and diagnosis indexes lead with the center; only the lookups of a phone by IMEI,
    // in every center, cannot.
    QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename IN "
                                  "('records', 'events', 'batches')")));
    int indexes = 0;
    int imeiIndexes = 0;
    while (q.next()) {
        const QString definition = q.value(0).toString();
        if (definition.contains(QLatin1String("'imei"))) {
            ++imeiIndexes;
        } else if (!definition.contains(QLatin1String("received_at"))) {
            ++indexes;
            QVERIFY2(definition.contains(QLatin1String("(center,")), qPrintable(definition));
        }
    }
    QCOMPARE(indexes, 9);
    QCOMPARE(imeiIndexes, 2);
}

void TestRepairHq::batchIdsPruned()
{
    // Batch ids are forgotten after the retention period (a resend that old is harmless:
    // versions and event keys decide, the id only says "replay").
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    auto hqDb = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    HqProcess hq(hqDb->spec());
    const QString token = hq.addToken(QStringLiteral("OLD"));
    {
        QSqlQuery q(hqDb->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO batches VALUES ('OLD', 'ancient', 1, '', "
                           "'2020-01-01T00:00:00.000Z'), ('OLD', 'recent', 1, '', "
                           "'%1')")
                .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))));
    }
    hq.setArguments({QStringLiteral("-o"), QStringLiteral("batch-retention-days=7")});
    QVERIFY(hq.start());
    QTRY_VERIFY_WITH_TIMEOUT(hq.stderrText().contains("batches_pruned"), 10000);
    QSqlQuery q(hqDb->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT batch_id FROM batches WHERE center = 'OLD'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("recent"));
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestRepairHq)
#include "tst_repairhq.moc"
