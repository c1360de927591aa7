// repair-hq as a process: its command line and its HTTP answers, on SQLite and PostgreSQL.
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
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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

Run runHq(const QString &spec, const QStringList &words)
{
    QProcess process;
    process.start(repairHqPath(), QStringList {QStringLiteral("--db"), spec} + words);
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

private:
    QTemporaryDir m_dir;
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

    a = request("GET", at("/v1/stats"), demo);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("records")).toInt(), 2);
    QCOMPARE(a.json.value(QLatin1String("events")).toInt(), 0);
    QCOMPARE(a.json.value(QLatin1String("centers")).toInt(), 2);
    QCOMPARE(a.json.value(QLatin1String("by_entity")).toObject().value(QLatin1String("ticket")), 2);
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

QTEST_GUILESS_MAIN(TestRepairHq)
#include "tst_repairhq.moc"
