// Device history across centers (issue 19): GET /v1/devices/{imei}/history on a real
// repair-hq, SQLite and PostgreSQL, from the payloads the counter sends: the phone's tickets
// and its exchanges at every center.
#include "synctestsupport.h"

#include "sync/devicehistoryclient.h"
#include "sync/wire.h"
#include "tickets/recordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rc;
using namespace rc::synctest;

namespace {

const QString kImei = QStringLiteral("490154203237518");
const QString kOtherImei = QStringLiteral("356938035643809");
const QString kThirdImei = QStringLiteral("867543031234561");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

Answer finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.raw).object();
    reply->deleteLater();
    return answer;
}

QString errorCode(const Answer &answer)
{
    return answer.json.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

QByteArray snapshot(const QString &entity, const QString &id, const QJsonObject &payload)
{
    return synctest::snapshotRecord(entity, id, payload,
                                    QStringLiteral("5f0c2a8e-1111-4a2b-9c3d-000000000001"));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Device device(const QString &id, const QString &imei1, const QString &imei2 = {})
{
    Device d;
    d.id = id;
    d.version = 1;
    d.imei1 = imei1;
    d.imei2 = imei2;
    d.brand = QStringLiteral("Xiaomi");
    d.model = QStringLiteral("Redmi Note 13");
    d.createdAt = d.updatedAt = utc("2026-02-01T08:00:00Z");
    return d;
}

Ticket ticket(const QString &id, const QString &number, const QString &center,
              const QString &deviceId, const char *createdAt)
{
    Ticket t;
    t.id = id;
    t.version = 1;
    t.number = number;
    t.center = center;
    t.customerId = QStringLiteral("cust-") + id;
    t.deviceId = deviceId;
    t.createdAt = t.updatedAt = t.statusChangedAt = utc(createdAt);
    t.faultDescription = QStringLiteral("screen flickers");
    t.faultCategory = QStringLiteral("performance");
    t.component = QStringLiteral("screen");
    return t;
}

QJsonObject exchange(const QString &deviceId, const char *component, const char *date)
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("ticket_id"), QJsonValue()},
            {QStringLiteral("component"), QLatin1String(component)},
            {QStringLiteral("date"), QLatin1String(date)}};
}

QStringList numbers(const Answer &answer)
{
    QStringList out;
    for (const QJsonValue &value : answer.json.value(QLatin1String("tickets")).toArray())
        out.append(value.toObject().value(QLatin1String("number")).toString());
    return out;
}

} // namespace

class TestDeviceHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void history_data();
    void history();
    void cleanupTestCase();

private:
    Answer get(const QString &path, const QString &token);
    int post(const QString &center, const QList<QByteArray> &records, const QString &token);

    QTemporaryDir m_dir;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqProcess> m_hq;
};

void TestDeviceHistory::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
    m_network = new QNetworkAccessManager(this);
}

void TestDeviceHistory::cleanupTestCase()
{
    m_hq.reset();
    m_db.reset();
}

Answer TestDeviceHistory::get(const QString &path, const QString &token)
{
    QNetworkRequest request(m_hq->url().resolved(QUrl(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return finish(m_network->get(request));
}

int TestDeviceHistory::post(const QString &center, const QList<QByteArray> &records,
                            const QString &token)
{
    QNetworkRequest request(m_hq->url().resolved(QUrl(QString::fromLatin1(sync::kBatchesPath))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray body
        = sync::encodeBatch(center, QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QDateTime::currentDateTimeUtc(), records, QStringLiteral("S1"));
    const Answer answer = finish(m_network->post(request, body));
    if (answer.status != 200)
        qWarning() << "batch answered" << answer.status << answer.raw;
    return answer.status;
}

void TestDeviceHistory::history_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgres") << int(Backend::Postgres);
}

void TestDeviceHistory::history()
{
    QFETCH(int, backend);
    if (Backend(backend) == Backend::Postgres && qEnvironmentVariableIsEmpty(kPgUrlVariable))
        QSKIP("no PostgreSQL cluster: set RC_TEST_PG_URL (.ci/run does)");
    QString error;
    m_hq.reset();
    m_db = HqDatabase::create(Backend(backend), m_dir.path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_hq = std::make_unique<HqProcess>(m_db->spec());
    const QString north = m_hq->addToken(QStringLiteral("NORTH"));
    const QString south = m_hq->addToken(QStringLiteral("SOUTH"));
    const QString admin = m_hq->addToken(QString());
    QVERIFY(!north.isEmpty() && !south.isEmpty() && !admin.isEmpty());
    QString station;
    {
        QProcess add;
        add.start(repairHqPath(), {QStringLiteral("--db"), m_db->spec(), QStringLiteral("token"),
                                   QStringLiteral("add"), QStringLiteral("SOUTH"),
                                   QStringLiteral("--station"), QStringLiteral("S2")});
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        station = QString::fromLatin1(add.readAllStandardOutput().trimmed());
    }
    QVERIFY(m_hq->start());

    // NORTH repaired the screen under warranty and handed the phone back; its repair
    // warranty is 60 days there. It also has another phone.
    Customer customer;
    customer.id = QStringLiteral("cust-n1");
    customer.name = QStringLiteral("Zhang Wei");
    customer.phone = QStringLiteral("13800138000");
    customer.createdAt = customer.updatedAt = utc("2026-03-01T09:00:00Z");
    Ticket repaired
        = ticket(QStringLiteral("t-n1"), QStringLiteral("N-0001"), QStringLiteral("NORTH"),
                 QStringLiteral("d-n1"), "2026-03-01T09:00:00Z");
    repaired.customerId = customer.id;
    repaired.status = TicketStatus::PickedUp;
    repaired.pickedUpAt = repaired.statusChangedAt = utc("2026-03-10T15:30:00Z");
    repaired.warrantyVerdict = {{QStringLiteral("covered"), true}};
    const QJsonObject diagnosis {
        {QStringLiteral("id"), QStringLiteral("dg-n1")},
        {QStringLiteral("ticket_id"), repaired.id},
        {QStringLiteral("fault_codes"), QJsonArray {QStringLiteral("SCR-01")}},
        {QStringLiteral("outcome"), QStringLiteral("repairable")},
    };
    Ticket otherPhone
        = ticket(QStringLiteral("t-n2"), QStringLiteral("N-0002"), QStringLiteral("NORTH"),
                 QStringLiteral("d-n2"), "2026-03-02T09:00:00Z");
    QCOMPARE(post(QStringLiteral("NORTH"),
                  {snapshot(QStringLiteral("customer"), customer.id, toJson(customer)),
                   snapshot(QStringLiteral("device"), QStringLiteral("d-n1"),
                            toJson(device(QStringLiteral("d-n1"), kImei))),
                   snapshot(QStringLiteral("ticket"), repaired.id, toJson(repaired)),
                   snapshot(QStringLiteral("diagnosis"), QStringLiteral("dg-n1"), diagnosis),
                   snapshot(QStringLiteral("setting"), QStringLiteral("repair_warranty.days"),
                            {{QStringLiteral("key"), QStringLiteral("repair_warranty.days")},
                             {QStringLiteral("value"), QStringLiteral("60")}}),
                   snapshot(QStringLiteral("device"), QStringLiteral("d-n2"),
                            toJson(device(QStringLiteral("d-n2"), kOtherImei))),
                   snapshot(QStringLiteral("ticket"), otherPhone.id, toJson(otherPhone)),
                   // The phone's battery exchanged (CN-13), and the other phone's.
                   snapshot(QStringLiteral("device_exchange"), QStringLiteral("x-n1"),
                            exchange(QStringLiteral("d-n1"), "battery", "2026-03-20")),
                   snapshot(QStringLiteral("device_exchange"), QStringLiteral("x-n2"),
                            exchange(QStringLiteral("d-n2"), "charger", "2026-03-21"))},
                  north),
             200);

    // SOUTH has the same phone, known there by its second IMEI, still being diagnosed.
    const Ticket open
        = ticket(QStringLiteral("t-s1"), QStringLiteral("S-0001"), QStringLiteral("SOUTH"),
                 QStringLiteral("d-s1"), "2026-05-01T10:00:00Z");
    QCOMPARE(post(QStringLiteral("SOUTH"),
                  {snapshot(QStringLiteral("device"), QStringLiteral("d-s1"),
                            toJson(device(QStringLiteral("d-s1"), kThirdImei, kImei))),
                   snapshot(QStringLiteral("ticket"), open.id, toJson(open)),
                   // Given in exchange there (CN-12 restarts its warranty).
                   snapshot(QStringLiteral("device_exchange"), QStringLiteral("x-s1"),
                            exchange(QStringLiteral("d-s1"), "main_unit", "2026-05-02"))},
                  south),
             200);

    const QString path = QStringLiteral("/v1/devices/%1/history").arg(kImei);
    Answer a = get(path, north);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("imei")).toString(), kImei);
    QCOMPARE(numbers(a), (QStringList {QStringLiteral("N-0001"), QStringLiteral("S-0001")}));
    const QJsonArray tickets = a.json.value(QLatin1String("tickets")).toArray();
    const QJsonObject first = tickets.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("center")).toString(), QStringLiteral("NORTH"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("picked_up"));
    QCOMPARE(first.value(QLatin1String("component")).toString(), QStringLiteral("screen"));
    QCOMPARE(first.value(QLatin1String("fault_code")).toString(), QStringLiteral("SCR-01"));
    QCOMPARE(first.value(QLatin1String("covered")), QJsonValue(true));
    QCOMPARE(first.value(QLatin1String("created_at")).toString(),
             toJson(repaired).value(QLatin1String("created_at")).toString());
    QCOMPARE(first.value(QLatin1String("closed_at")).toString(),
             toJson(repaired).value(QLatin1String("picked_up_at")).toString());
    // RW-1 with NORTH's 60 days: 2026-03-10 + 60.
    QCOMPARE(first.value(QLatin1String("repair_warranty_until")).toString(),
             QStringLiteral("2026-05-09"));
    const QJsonObject second = tickets.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("center")).toString(), QStringLiteral("SOUTH"));
    QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("received"));
    QVERIFY(second.value(QLatin1String("closed_at")).isNull());
    QVERIFY(second.value(QLatin1String("fault_code")).isNull());
    QVERIFY(second.value(QLatin1String("covered")).isNull());
    QVERIFY(second.value(QLatin1String("repair_warranty_until")).isNull());
    // Its exchanges at both centers, oldest first.
    const QJsonArray exchanges = a.json.value(QLatin1String("exchanges")).toArray();
    QCOMPARE(exchanges.size(), 2);
    QCOMPARE(exchanges.at(0).toObject(),
             (QJsonObject {{QStringLiteral("id"), QStringLiteral("x-n1")},
                           {QStringLiteral("center"), QStringLiteral("NORTH")},
                           {QStringLiteral("date"), QStringLiteral("2026-03-20")},
                           {QStringLiteral("component"), QStringLiteral("battery")}}));
    QCOMPARE(exchanges.at(1).toObject(),
             (QJsonObject {{QStringLiteral("id"), QStringLiteral("x-s1")},
                           {QStringLiteral("center"), QStringLiteral("SOUTH")},
                           {QStringLiteral("date"), QStringLiteral("2026-05-02")},
                           {QStringLiteral("component"), QStringLiteral("main_unit")}}));
    // The counter reads the same answer.
    auto decoded = sync::DeviceHistoryClient::decode(a.raw, kImei);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded->tickets.size(), 2);
    QCOMPARE(decoded->exchanges.size(), 2);
    QCOMPARE(decoded->exchanges.at(1).center, QStringLiteral("SOUTH"));
    QCOMPARE(decoded->exchanges.at(1).date, QDate(2026, 5, 2));
    // Nothing about the customer.
    for (const char *secret : {"Zhang Wei", "13800138000", "cust-", "customer"})
        QVERIFY2(!a.raw.contains(secret), secret);

    // The same answer for the other center, a station and an admin.
    QCOMPARE(get(path, south).raw, a.raw);
    QCOMPARE(get(path, station).raw, a.raw);
    QCOMPARE(get(path, admin).raw, a.raw);

    // Another IMEI: only its own ticket; an unknown one: nothing.
    a = get(QStringLiteral("/v1/devices/%1/history").arg(kOtherImei), north);
    QCOMPARE(a.status, 200);
    QCOMPARE(numbers(a), QStringList {QStringLiteral("N-0002")});
    QCOMPARE(a.json.value(QLatin1String("exchanges")).toArray().size(), 1);
    a = get(QStringLiteral("/v1/devices/353918057894566/history"), north);
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.value(QLatin1String("tickets")).toArray().isEmpty());
    QVERIFY(a.json.value(QLatin1String("exchanges")).toArray().isEmpty());

    // A wrong check digit, too short, not digits: 400 BAD_IMEI.
    for (const char *bad : {"490154203237519", "49015420323751", "49015420323751x"}) {
        a = get(QStringLiteral("/v1/devices/%1/history").arg(QLatin1String(bad)), north);
        QCOMPARE(a.status, 400);
        QCOMPARE(errorCode(a), QStringLiteral("BAD_IMEI"));
    }
    // No token, an unknown token: 401.
    QCOMPARE(get(path, QString()).status, 401);
    QCOMPARE(get(path, QStringLiteral("rc_nope")).status, 401);

    // The lookup indexes exist.
    QSqlDatabase hq = m_db->connection();
    QSqlQuery q(hq);
    QVERIFY(q.exec(Backend(backend) == Backend::Sqlite
                       ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                        " AND name IN ('records_device_imei1',"
                                        " 'records_device_imei2', 'records_ticket_device',"
                                        " 'records_diagnosis_ticket')")
                       : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN"
                                        " ('records_device_imei1', 'records_device_imei2',"
                                        " 'records_ticket_device', 'records_diagnosis_ticket')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

QTEST_MAIN(TestDeviceHistory)
#include "tst_devicehistory.moc"
