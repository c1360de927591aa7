#include "warranty/warrantycase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rc::warranty;

class TestWarrantyCase : public QObject
{
    Q_OBJECT

private slots:
    void inputErrors_data();
    void inputErrors();
    void minimalCase();
    void roundTrip();
};

namespace {

const char *const valid = R"({"id": "x", "policy": "cn-sanbao", "today": "2026-11-22",
  "component": "main_unit", "fault": "performance",
  "evidence": {"sale_date": "2026-11-19", "imei_matches": true, "factory_date": null},
  "damage": [], "history": {}})";

QByteArray with(const char *key, const char *value)
{
    QJsonObject o = QJsonDocument::fromJson(valid).object();
    const QString path = QString::fromLatin1(key);
    const QJsonValue v = QJsonDocument::fromJson(QByteArray("[") + value + "]").array().at(0);
    if (path.startsWith(QLatin1String("evidence."))) {
        QJsonObject e = o.value(QStringLiteral("evidence")).toObject();
        e.insert(path.mid(9), v);
        o.insert(QStringLiteral("evidence"), e);
    } else {
        o.insert(path, v);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void TestWarrantyCase::inputErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("not JSON") << QByteArray("{nope") << "case";
    QTest::newRow("array") << QByteArray("[]") << "case";
    QTest::newRow("policy missing") << with("policy", "null") << "policy";
    QTest::newRow("policy number") << with("policy", "3") << "policy";
    QTest::newRow("today missing") << with("today", "null") << "today";
    QTest::newRow("today malformed") << with("today", "\"2026-11-31\"") << "today";
    QTest::newRow("today with time") << with("today", "\"2026-11-22T10:00:00\"") << "today";
    QTest::newRow("today before sale") << with("today", "\"2026-11-18\"") << "today";
    QTest::newRow("component unknown") << with("component", "\"speaker\"") << "component";
    QTest::newRow("fault unknown") << with("fault", "\"broken\"") << "fault";
    QTest::newRow("damage unknown") << with("damage", "[\"liquid\", \"bite\"]") << "damage[1]";
    QTest::newRow("damage not a list") << with("damage", "\"liquid\"") << "damage";
    QTest::newRow("sale date malformed")
        << with("evidence.sale_date", "\"19/11/2026\"") << "evidence.sale_date";
    QTest::newRow("imei_matches not bool")
        << with("evidence.imei_matches", "\"yes\"") << "evidence.imei_matches";
    QTest::newRow("factory after today")
        << with("evidence.factory_date", "\"2027-01-01\"") << "today";
    QTest::newRow("history not object") << with("history", "[]") << "history";
    QTest::newRow("repair component") << with(
        "history",
        R"({"covered_repairs": [{"component": "x", "dropped_off": "2026-01-01", "picked_up": "2026-01-02"}]})")
                                      << "history.covered_repairs[0].component";
    QTest::newRow("repair backwards") << with(
        "history",
        R"({"covered_repairs": [{"component": "screen", "dropped_off": "2026-01-05", "picked_up": "2026-01-02"}]})")
                                      << "history.covered_repairs[0].picked_up";
    QTest::newRow("exchange date missing")
        << with("history", R"({"exchanges": [{"component": "main_unit"}]})")
        << "history.exchanges[0].date";
    QTest::newRow("our repair in the future") << with(
        "history", R"({"our_repairs": [{"component": "screen", "picked_up": "2026-12-01"}]})")
                                              << "history.our_repairs[0].picked_up";
    QTest::newRow("repair warranty days too short")
        << with("repair_warranty_days", "29") << "repair_warranty_days";
    QTest::newRow("repair warranty days beyond int")
        << with("repair_warranty_days", "1e75") << "repair_warranty_days";
    QTest::newRow("repair warranty days fractional")
        << with("repair_warranty_days", "90.5") << "repair_warranty_days";
    QTest::newRow("current repair delay")
        << with("current_repair", R"({"dropped_off": "2026-11-20", "delay": "weather"})")
        << "current_repair.delay";
}

void TestWarrantyCase::inputErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto parsed = WarrantyCase::fromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("CASE_INVALID"));
    QVERIFY2(parsed.error().message.startsWith(field + QStringLiteral(": ")),
             qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
}

void TestWarrantyCase::minimalCase()
{
    const auto parsed = WarrantyCase::fromJson(QByteArray(
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "card", "fault": "software"})"));
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->saleDate.isValid());
    QVERIFY(parsed->imeiMatches);
    QVERIFY(parsed->damage.isEmpty());
    QVERIFY(parsed->brandPolicy.isEmpty());
}

void TestWarrantyCase::roundTrip()
{
    const QByteArray full
        = R"({"id": "r", "policy": "cn-sanbao", "brand_policy": "cn-brand-example",
      "today": "2026-11-22", "component": "screen", "fault": "performance",
      "evidence": {"sale_date": "2026-01-19", "imei_matches": false, "factory_date": "2025-12-01",
                   "sale_date_source": "invoice_copy"},
      "damage": ["drop", "tampered_label"],
      "history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-02-02", "picked_up": "2026-02-09"}],
                  "exchanges": [{"component": "battery", "date": "2026-05-01"}],
                  "our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]},
      "current_repair": {"dropped_off": "2026-11-20", "delay": "maker_parts"},
      "repair_warranty_days": 120})";
    const auto parsed = WarrantyCase::fromJson(full);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const QJsonObject json = parsed->toJson();
    const auto again = WarrantyCase::fromJson(json);
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), json);
    QCOMPARE(json.value(QStringLiteral("damage")).toArray().size(), 2);
    QCOMPARE(again->claimDate(), QDate(2026, 11, 20));
    QCOMPARE(again->repairWarrantyDays.value_or(0), 120);
}

QTEST_GUILESS_MAIN(TestWarrantyCase)
#include "tst_warrantycase.moc"
