#include "synctestsupport.h"

#include "store/auditchain.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/versionclock.h"
#include "sync/chainhash.h"
#include "sync/wire.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace rc::synctest {

namespace {

QString uniqueName(const char *prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QString::fromLatin1(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase openPg(const QString &url, const QString &name, const QString &database)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QUrlQuery query(u);
    db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                       ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                       : u.host());
    db.setPort(query.hasQueryItem(QStringLiteral("port"))
                   ? query.queryItemValue(QStringLiteral("port")).toInt()
                   : u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(database.isEmpty() ? u.path().mid(1) : database);
    db.open();
    return db;
}

QString withDatabase(const QString &url, const QString &database)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

} // namespace

std::unique_ptr<HqDatabase> HqDatabase::create(Backend backend, const QString &folder,
                                               QString *error)
{
    auto db = std::unique_ptr<HqDatabase>(new HqDatabase);
    db->m_connectionName = uniqueName("hqcheck");
    if (backend == Backend::Sqlite) {
        db->m_spec = QStringLiteral("sqlite:%1/%2.sqlite").arg(folder, uniqueName("hq"));
        return db;
    }
    const QString admin = qEnvironmentVariable(kPgUrlVariable);
    if (admin.isEmpty()) {
        *error = QStringLiteral("%1 is not set").arg(QString::fromLatin1(kPgUrlVariable));
        return nullptr;
    }
    const QString name = uniqueName("rc_hq").toLower();
    {
        QSqlDatabase adminDb = openPg(admin, name + QStringLiteral("_admin"), {});
        if (!adminDb.isOpen()) {
            *error = adminDb.lastError().text();
        } else {
            QSqlQuery query(adminDb);
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                *error = query.lastError().text();
        }
        adminDb.close();
    }
    QSqlDatabase::removeDatabase(name + QStringLiteral("_admin"));
    if (!error->isEmpty())
        return nullptr;
    db->m_adminUrl = admin;
    db->m_dropName = name;
    db->m_spec = withDatabase(admin, name);
    return db;
}

HqDatabase::~HqDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_dropName.isEmpty()) {
        {
            QSqlDatabase adminDb = openPg(m_adminUrl, m_dropName + QStringLiteral("_drop"), {});
            QSqlQuery query(adminDb);
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dropName));
            adminDb.close();
        }
        QSqlDatabase::removeDatabase(m_dropName + QStringLiteral("_drop"));
    }
}

QSqlDatabase HqDatabase::connection()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName);
    if (m_dropName.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_spec.mid(7));
        db.open();
        return db;
    }
    return openPg(m_adminUrl, m_connectionName, m_dropName);
}

int postRecords(const QUrl &hq, const QString &center, const QString &token,
                const QList<QByteArray> &records)
{
    QNetworkAccessManager network;
    QNetworkRequest request(hq.resolved(QUrl(QString::fromLatin1(sync::kBatchesPath))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray body
        = sync::encodeBatch(center, QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QDateTime::currentDateTimeUtc(), records, QStringLiteral("01"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(20000);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        qWarning() << "batch answered" << status << reply->readAll();
    return status;
}

QString repairHqPath()
{
    return QStringLiteral(REPAIR_HQ_PATH);
}

QString repairHqFaultsPath()
{
    return QStringLiteral(REPAIR_HQ_FAULTS_PATH);
}

QString repairctlPath()
{
    return QStringLiteral(REPAIRCTL_PATH);
}

QByteArray snapshotRecord(const QString &entity, const QString &id, const QJsonObject &payload,
                          const QString &origin)
{
    sync::WireRecord record;
    record.entity = entity;
    record.id = id;
    record.version = 1;
    record.origin = origin;
    record.payload = payload;
    return sync::encodeRecord(record);
}

QString addStationToken(const QString &spec, const QString &center, const QString &station)
{
    QProcess process;
    process.start(repairHqPath(),
                  {QStringLiteral("--db"), spec, QStringLiteral("token"), QStringLiteral("add"),
                   center, QStringLiteral("--station"), station});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "token add failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromLatin1(process.readAllStandardOutput().trimmed());
}

QJsonObject syncRunOnce(const QString &storePath, const QString &user, const QString &pin,
                        const QUrl &hq, const QString &token)
{
    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPAIRCTL_USER"), user);
    env.insert(QStringLiteral("REPAIRCTL_PIN"), pin);
    env.insert(QStringLiteral("RC_HQ_TOKEN"), token);
    sync.setProcessEnvironment(env);
    sync.start(repairctlPath(),
               {QStringLiteral("--db"), storePath, QStringLiteral("sync"), QStringLiteral("run"),
                QStringLiteral("--hq"), hq.toString(), QStringLiteral("--once"),
                QStringLiteral("--give-up-after"), QStringLiteral("60")});
    if (!sync.waitForFinished(120000) || sync.exitCode() != 0) {
        qWarning() << "sync run failed:" << sync.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(sync.readAllStandardOutput()).object();
}

HqProcess::HqProcess(QString spec)
    : m_spec(std::move(spec))
{
}

HqProcess::~HqProcess()
{
    stop();
    if (!m_logPath.isEmpty())
        QFile::remove(m_logPath);
}

QByteArray HqProcess::stderrText()
{
    QFile log(m_logPath);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

QString HqProcess::addToken(const QString &center)
{
    QProcess process;
    process.start(repairHqPath(), {QStringLiteral("--db"), m_spec, QStringLiteral("token"),
                                   QStringLiteral("add"), center});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "token add failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromLatin1(process.readAllStandardOutput().trimmed());
}

QStringList HqProcess::addTokens(const QStringList &centers)
{
    QProcess process;
    process.start(repairHqPath(), QStringList {QStringLiteral("--db"), m_spec,
                                               QStringLiteral("token"), QStringLiteral("add")}
                                      + centers);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << "token add failed:" << process.readAllStandardError();
        return {};
    }
    QStringList tokens;
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray &line : lines)
        tokens.append(QString::fromLatin1(line.trimmed()));
    return tokens.size() == centers.size() ? tokens : QStringList();
}

bool HqProcess::start(quint16 port, const QString &faults)
{
    stop();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REPAIR_HQ_FAULTS"));
    if (!faults.isEmpty())
        env.insert(QStringLiteral("REPAIR_HQ_FAULTS"), faults);
    const QStringList extra = m_extraEnv.keys();
    for (const QString &key : extra)
        env.insert(key, m_extraEnv.value(key));
    m_process.setProcessEnvironment(env);
    // Its log (a JSON line per request) goes to a file: a pipe nobody reads while the test
    // is busy elsewhere would fill up and stall the server.
    if (m_logPath.isEmpty())
        m_logPath = QDir::temp().filePath(uniqueName("repair-hq") + QStringLiteral(".log"));
    m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
    // Faults can only be staged by the test build of repair-hq; the released one has none.
    m_process.start(faults.isEmpty() ? repairHqPath() : repairHqFaultsPath(),
                    QStringList {QStringLiteral("--db"), m_spec, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:%1").arg(port)}
                        + m_extraArguments);
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray line;
    QDeadlineTimer deadline(15000);
    while (!line.contains('\n') && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(200);
        line += m_process.readAllStandardOutput();
    }
    const int colon = static_cast<int>(line.lastIndexOf(':'));
    m_port = static_cast<quint16>(line.mid(colon + 1).split(' ').value(0).toUInt());
    if (m_port == 0)
        qWarning() << "repair-hq did not start:" << line << m_process.readAllStandardError();
    return m_port != 0;
}

void HqProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QUrl HqProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void ensureCenterCode(Database &database, const QString &center)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES "
                                 "('center.code', ?, ?)"));
    query.addBindValue(center);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        qFatal("setting the center code failed: %s", qPrintable(query.lastError().text()));
}

void ensureOutbox(Database &database)
{
    ensureCenterCode(database);
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'outbox'"));
    if (query.next())
        return;
    const QStringList ddl {
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " record_kind TEXT NOT NULL CHECK (record_kind IN ('snapshot','event')),"
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at TEXT,"
                       " last_error TEXT,"
                       " quarantined INTEGER NOT NULL DEFAULT 0,"
                       " origin TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox(quarantined, seq)"),
    };
    for (const QString &statement : ddl) {
        if (!query.exec(statement))
            qFatal("creating the outbox failed: %s", qPrintable(query.lastError().text()));
    }
}

static void insertRow(Database &database, const QString &kind, const QString &entity,
                      const QString &id, qint64 version, const QJsonObject &payload)
{
    QSqlQuery query(database.connection());
    // The store's incarnation as the origin, as Outbox::append stamps it (none before the
    // version clock's schema step).
    QString origin;
    if (query.exec(QStringLiteral("SELECT incarnation FROM version_clock")) && query.next())
        origin = query.value(0).toString();
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO outbox (record_kind, entity, entity_id, version, "
                                 "payload, created_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(version);
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(origin);
    if (!query.exec())
        qFatal("inserting an outbox row failed: %s", qPrintable(query.lastError().text()));
}

void addSnapshot(Database &database, Expected &expected, const QString &entity, const QString &id,
                 qint64 version, const QString &center)
{
    insertRow(database, QStringLiteral("snapshot"), entity, id, version,
              QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("center"), center},
                           {QStringLiteral("note"), QStringLiteral("v%1 维修").arg(version)}});
    const QString key = entity + QLatin1Char('/') + id;
    expected.snapshots[key] = qMax(expected.snapshots.value(key), version);
}

void addEvent(Database &database, Expected &expected, const QString &entity, const QString &id,
              const QString &center)
{
    insertRow(database, QStringLiteral("event"), entity, id, 1,
              QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("center"), center},
                           {QStringLiteral("what"), QStringLiteral("status_changed")}});
    expected.events[entity + QLatin1Char('/') + id] = true;
}

void fillOutbox(Database &database, Expected &expected, int entities, int versionsEach)
{
    ensureOutbox(database);
    // One transaction: a commit per row (synchronous=FULL) would dominate the test's time.
    if (!database.exec(QStringLiteral("BEGIN IMMEDIATE")))
        qFatal("BEGIN failed");
    QStringList ids;
    for (int i = 0; i < entities; ++i)
        ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Interleave versions so that older and newer rows of one record sit in different
    // batches as well as in the same one.
    for (int v = 1; v <= versionsEach; ++v) {
        for (int i = 0; i < entities; ++i) {
            const QString entity
                = i % 3 == 0 ? QStringLiteral("customer") : QStringLiteral("ticket");
            if (entity == QLatin1String("customer") && v > 1)
                continue;
            addSnapshot(database, expected, entity, ids.at(i), v);
            if (entity == QLatin1String("ticket"))
                addEvent(database, expected, QStringLiteral("ticket_event"),
                         QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
    }
    if (!database.exec(QStringLiteral("COMMIT")))
        qFatal("COMMIT failed");
}

qint64 outboxCount(Database &database, const QString &where)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ") + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString compareHq(QSqlDatabase hq, const Expected &expected, const QString &center)
{
    QStringList problems;
    QSqlQuery query(hq);
    query.prepare(
        QStringLiteral("SELECT entity, id, version, payload FROM records WHERE center = ?"));
    query.addBindValue(center);
    if (!query.exec())
        return QStringLiteral("cannot read HQ records: %1").arg(query.lastError().text());
    int records = 0;
    while (query.next()) {
        ++records;
        const QString key
            = query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
        const qint64 version = query.value(2).toLongLong();
        if (!expected.snapshots.contains(key))
            problems.append(QStringLiteral("unexpected record %1").arg(key));
        else if (expected.snapshots.value(key) != version)
            problems.append(QStringLiteral("%1 at version %2, expected %3")
                                .arg(key)
                                .arg(version)
                                .arg(expected.snapshots.value(key)));
        const QJsonObject payload
            = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        if (payload.value(QLatin1String("version")).toInteger() != version)
            problems.append(QStringLiteral("%1 payload does not match its version").arg(key));
    }
    if (records != expected.snapshots.size())
        problems.append(QStringLiteral("HQ has %1 records, expected %2")
                            .arg(records)
                            .arg(expected.snapshots.size()));
    QSqlQuery events(hq);
    events.prepare(QStringLiteral("SELECT entity, id FROM events WHERE center = ?"));
    events.addBindValue(center);
    if (!events.exec())
        return QStringLiteral("cannot read HQ events: %1").arg(events.lastError().text());
    int eventCount = 0;
    while (events.next()) {
        ++eventCount;
        const QString key
            = events.value(0).toString() + QLatin1Char('/') + events.value(1).toString();
        if (!expected.events.contains(key))
            problems.append(QStringLiteral("unexpected event %1").arg(key));
    }
    if (eventCount != expected.events.size())
        problems.append(QStringLiteral("HQ has %1 events, expected %2")
                            .arg(eventCount)
                            .arg(expected.events.size()));
    return problems.mid(0, 5).join(QStringLiteral("; "));
}

bool fillTicketBacklog(Database &db, int records)
{
    const QString origin = VersionClock::origin(db).value();
    qint64 version = VersionClock::current(db).value();
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO outbox (record_kind, entity, entity_id, version, payload, created_at, "
        "origin) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto add = [&](const char *kind, const char *entity, QJsonObject payload) {
        const QString id = payload.value(QLatin1String("id")).toString();
        // As store/outbox.cpp writes them: events keep version 1 (HQ refuses any other), a
        // snapshot takes the store's clock.
        const qint64 recordVersion = qstrcmp(kind, "event") == 0 ? 1 : ++version;
        payload.insert(QStringLiteral("version"), recordVersion);
        payload.insert(QStringLiteral("center"), QStringLiteral("SZ01"));
        insert.bindValue(0, QLatin1String(kind));
        insert.bindValue(1, QLatin1String(entity));
        insert.bindValue(2, id);
        insert.bindValue(3, recordVersion);
        insert.bindValue(4,
                         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        insert.bindValue(5, now);
        insert.bindValue(6, origin);
        return insert.exec();
    };
    using sql::newId;
    // The events in station 01's chain, with the fields a station sends (docs/audit.md).
    QString chainHead;
    for (int i = 0; i < records / 4; ++i) {
        const QString customer = newId();
        const QString device = newId();
        const QString ticket = newId();
        const QString phone = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
        const QString imei = QStringLiteral("86%1").arg(i, 13, 10, QLatin1Char('0'));
        bool ok = add("snapshot", "customer",
                      {{QStringLiteral("id"), customer},
                       {QStringLiteral("name"), QStringLiteral("王小明 %1").arg(i)},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("note"), QString()},
                       {QStringLiteral("created_at"), now},
                       {QStringLiteral("updated_at"), now}});
        ok = ok
             && add("snapshot", "device",
                    {{QStringLiteral("id"), device},
                     {QStringLiteral("imei1"), imei},
                     {QStringLiteral("brand"), QStringLiteral("Huawei")},
                     {QStringLiteral("model"), QStringLiteral("P40")},
                     {QStringLiteral("serial"), QString()},
                     {QStringLiteral("created_at"), now},
                     {QStringLiteral("updated_at"), now}});
        ok = ok
             && add("snapshot", "ticket",
                    {{QStringLiteral("id"), ticket},
                     {QStringLiteral("number"), QStringLiteral("SZ01-01-261123-%1").arg(i)},
                     {QStringLiteral("station"), QStringLiteral("01")},
                     {QStringLiteral("customer_id"), customer},
                     {QStringLiteral("device_id"), device},
                     {QStringLiteral("status"), QStringLiteral("received")},
                     {QStringLiteral("created_at"), now},
                     {QStringLiteral("updated_at"), now},
                     {QStringLiteral("status_changed_at"), now},
                     {QStringLiteral("fault_description"), QStringLiteral("屏幕不亮")},
                     {QStringLiteral("passcode_handling"), QStringLiteral("no_lock")},
                     {QStringLiteral("condition"), QJsonObject()},
                     {QStringLiteral("accessories"), QJsonArray()}});
        QJsonObject created {{QStringLiteral("id"), newId()},
                             {QStringLiteral("ticket_id"), ticket},
                             {QStringLiteral("at"), now},
                             {QStringLiteral("actor"), QStringLiteral("李前台")},
                             {QStringLiteral("kind"), QStringLiteral("created")},
                             {QStringLiteral("to"), QStringLiteral("received")},
                             {QStringLiteral("note"), QString()},
                             {QStringLiteral("data"), QJsonObject()},
                             {QStringLiteral("prev_hash"), chainHead}};
        const QString hash = chainhash::hashOfPayload(QStringLiteral("ticket_event"), created);
        auditchain::addChainFields(created, QStringLiteral("01"), chainHead, hash);
        chainHead = hash;
        ok = ok && add("event", "ticket_event", created);
        if (!ok) {
            qWarning() << "fill:" << insert.lastError().text();
            return false;
        }
    }
    if (!db.exec(QStringLiteral("UPDATE version_clock SET clock = %1").arg(version)))
        return false;
    return bool(db.exec(QStringLiteral("COMMIT")));
}

sync::SyncSettings stationSettings(const QUrl &url, const QString &token)
{
    sync::SyncSettings settings;
    settings.hqUrl = url;
    settings.token = token;
    settings.intervalSeconds = 3600;
    return settings;
}

} // namespace rc::synctest
