#include "warranty/warrantyengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rc::warranty;

namespace {

// A case: cn-sanbao, performance fault, IMEI matches, unless `extra` (a JSON object) says
// otherwise; its "evidence" and "history" are merged into the defaults.
QJsonObject kase(const char *component, const char *sale, const char *today,
                 const char *extra = "{}")
{
    QJsonObject evidence {
        {QStringLiteral("sale_date"), sale ? QJsonValue(QString::fromLatin1(sale)) : QJsonValue()},
        {QStringLiteral("imei_matches"), true}};
    QJsonObject c {{QStringLiteral("policy"), QStringLiteral("cn-sanbao")},
                   {QStringLiteral("today"), QString::fromLatin1(today)},
                   {QStringLiteral("component"), QString::fromLatin1(component)},
                   {QStringLiteral("fault"), QStringLiteral("performance")},
                   {QStringLiteral("damage"), QJsonArray()},
                   {QStringLiteral("history"), QJsonObject()}};
    const QJsonObject more = QJsonDocument::fromJson(QByteArray(extra)).object();
    for (auto it = more.begin(); it != more.end(); ++it) {
        if (it.key() == QLatin1String("evidence")) {
            const QJsonObject e = it.value().toObject();
            for (auto j = e.begin(); j != e.end(); ++j)
                evidence.insert(j.key(), j.value());
        } else {
            c.insert(it.key(), it.value());
        }
    }
    c.insert(QStringLiteral("evidence"), evidence);
    return c;
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestWarrantyEngine : public QObject
{
    Q_OBJECT

private slots:
    void publicCases_data();
    void publicCases();
    void rules_data();
    void rules();
    void everyRuleIdIsReachable();
    void reasonsAreBilingualAndFilled();
    void brandExchangeChecks();
    void unknownPolicies();
    void verdictJsonRoundTrip();
    void deterministic();

private:
    QSet<QString> m_rulesSeen;
};

void TestWarrantyEngine::publicCases_data()
{
    QTest::addColumn<QJsonObject>("caseJson");
    QTest::addColumn<QJsonObject>("expect");
    QFile file(QStringLiteral(RC_TEST_DATA_DIR "/data/public.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int count = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const QJsonObject c = row.value(QStringLiteral("case")).toObject();
        QTest::newRow(qPrintable(c.value(QStringLiteral("id")).toString()))
            << c << row.value(QStringLiteral("expect")).toObject();
        ++count;
    }
    QCOMPARE(count, 12);
}

void TestWarrantyEngine::publicCases()
{
    QFETCH(QJsonObject, caseJson);
    QFETCH(QJsonObject, expect);
    const WarrantyEngine engine;
    const auto verdict = engine.evaluate(caseJson);
    QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().message));
    // Compared through the JSON, as a program reading the verdict would.
    const QJsonObject v = verdict->toJson();
    QCOMPARE(v.value(QStringLiteral("covered")), expect.value(QStringLiteral("covered")));
    QCOMPARE(v.value(QStringLiteral("basis")), expect.value(QStringLiteral("basis")));
    QStringList remedies;
    for (const QJsonValue &r : v.value(QStringLiteral("remedies")).toArray())
        remedies.append(r.toString());
    QStringList expectedRemedies;
    for (const QJsonValue &r : expect.value(QStringLiteral("remedies")).toArray())
        expectedRemedies.append(r.toString());
    QCOMPARE(sorted(remedies), sorted(expectedRemedies));
    QCOMPARE(v.value(QStringLiteral("warranty_start")),
             expect.value(QStringLiteral("warranty_start")));
    QCOMPARE(v.value(QStringLiteral("warranty_end")), expect.value(QStringLiteral("warranty_end")));
    const QJsonArray rules = v.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue &rule : expect.value(QStringLiteral("rules_include")).toArray())
        QVERIFY2(rules.contains(rule), qPrintable(rule.toString()));
}

void TestWarrantyEngine::rules_data()
{
    QTest::addColumn<QJsonObject>("caseJson");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QStringList>("remedies");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");

    const auto row = [](const char *name, const QJsonObject &c, bool covered, const char *basis,
                        const char *remedies, const char *start, const char *end,
                        const char *include, const char *exclude = "") {
        QTest::newRow(name) << c << covered << QString::fromLatin1(basis) << words(remedies)
                            << QString::fromLatin1(start) << QString::fromLatin1(end)
                            << words(include) << words(exclude);
    };
    const char *rex = "exchange free_repair refund";
    const char *ex = "exchange free_repair";
    const char *fr = "free_repair";

    // CN-01, CN-04 / CN-05 / CN-14: the 7 and 15-day windows, sale day = day 0.
    row("CN-04 day 0", kase("main_unit", "2026-01-10", "2026-01-10"), true, "statutory", rex,
        "2026-01-10", "2027-01-10", "CN-01 CN-04");
    row("CN-04 day 7", kase("main_unit", "2026-01-10", "2026-01-17"), true, "statutory", rex,
        "2026-01-10", "2027-01-10", "CN-01 CN-04", "CN-05 CN-14");
    row("CN-05 day 8", kase("main_unit", "2026-01-10", "2026-01-18"), true, "statutory", ex,
        "2026-01-10", "2027-01-10", "CN-05", "CN-04 CN-14");
    row("CN-05 day 15", kase("mainboard", "2026-01-10", "2026-01-25"), true, "statutory", ex,
        "2026-01-10", "2027-01-10", "CN-05", "CN-04");
    row("CN-14 day 16", kase("screen", "2026-01-10", "2026-01-26"), true, "statutory", fr,
        "2026-01-10", "2027-01-10", "CN-14", "CN-05");
    row("CN-05 across a month end", kase("main_unit", "2026-01-31", "2026-02-15"), true,
        "statutory", ex, "2026-01-31", "2027-01-31", "CN-05");
    // EX-1: the period's last day is covered, the day after is not.
    row("main unit last day", kase("main_unit", "2026-01-10", "2027-01-10"), true, "statutory", fr,
        "2026-01-10", "2027-01-10", "CN-14");
    row("EX-1 main unit day after", kase("main_unit", "2026-01-10", "2027-01-11"), false, "none",
        "", "2026-01-10", "2027-01-10", "EX-1", "CN-14");
    // 29 February and end-of-month clamping.
    row("29 Feb + 12 months last day", kase("main_unit", "2024-02-29", "2025-02-28"), true,
        "statutory", fr, "2024-02-29", "2025-02-28", "CN-14");
    row("EX-1 29 Feb + 12 months day after", kase("main_unit", "2024-02-29", "2025-03-01"), false,
        "none", "", "2024-02-29", "2025-02-28", "EX-1");
    row("sale on 29 Feb, day 7", kase("main_unit", "2028-02-29", "2028-03-07"), true, "statutory",
        rex, "2028-02-29", "2029-02-28", "CN-04");
    row("31 Aug battery ends 28 Feb", kase("battery", "2025-08-31", "2026-02-28"), true,
        "statutory", "exchange", "2025-08-31", "2026-02-28", "CN-13");
    row("EX-1 31 Aug battery day after", kase("battery", "2025-08-31", "2026-03-01"), false, "none",
        "", "2025-08-31", "2026-02-28", "EX-1");
    // CN-13 accessories on their own periods.
    row("CN-13 battery 6 months last day", kase("battery", "2026-01-10", "2026-07-10"), true,
        "statutory", "exchange", "2026-01-10", "2026-07-10", "CN-13", "CN-04");
    row("EX-1 battery 6 months day after", kase("battery", "2026-01-10", "2026-07-11"), false,
        "none", "", "2026-01-10", "2026-07-10", "EX-1");
    row("CN-13 headset 3 months last day", kase("wired_headset", "2026-01-10", "2026-04-10"), true,
        "statutory", "exchange", "2026-01-10", "2026-04-10", "CN-13");
    row("EX-1 headset 3 months day after", kase("wired_headset", "2026-01-10", "2026-04-11"), false,
        "none", "", "2026-01-10", "2026-04-10", "EX-1");
    row("CN-13 charger 12 months last day", kase("charger", "2026-01-10", "2027-01-10"), true,
        "statutory", "exchange", "2026-01-10", "2027-01-10", "CN-13");
    row("EX-1 charger day after", kase("charger", "2026-01-10", "2027-01-11"), false, "none", "",
        "2026-01-10", "2027-01-10", "EX-1");
    row("CN-13 card 12 months last day", kase("card", "2026-01-10", "2027-01-10"), true,
        "statutory", "exchange", "2026-01-10", "2027-01-10", "CN-13");
    row("CN-13 battery within 7 days is still an accessory exchange",
        kase("battery", "2026-01-10", "2026-01-12"), true, "statutory", "exchange", "2026-01-10",
        "2026-07-10", "CN-13", "CN-04");
    row("CN-13 one exchange: exchange again",
        kase("battery", "2026-01-10", "2026-04-01",
             R"({"history": {"exchanges": [{"component": "battery", "date": "2026-02-01"}]}})"),
        true, "statutory", "exchange", "2026-01-10", "2026-07-10", "CN-13");
    row("CN-13 two exchanges: refund",
        kase("battery", "2026-01-10", "2026-04-01",
             R"({"history": {"exchanges": [{"component": "battery", "date": "2026-02-01"},
                                          {"component": "battery", "date": "2026-03-01"}]}})"),
        true, "statutory", "exchange refund", "2026-01-10", "2026-07-10", "CN-13");
    row("CN-13 exchanges of another accessory do not count",
        kase("battery", "2026-01-10", "2026-04-01",
             R"({"history": {"exchanges": [{"component": "charger", "date": "2026-02-01"},
                                          {"component": "charger", "date": "2026-03-01"}]}})"),
        true, "statutory", "exchange", "2026-01-10", "2026-07-10", "CN-13");
    // Extension by repair days (same-day repair is 0 days).
    const char *tenDays
        = R"({"history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-03-01", "picked_up": "2026-03-11"}]}})";
    row("extension last day", kase("main_unit", "2026-01-10", "2027-01-20", tenDays), true,
        "statutory", fr, "2026-01-10", "2027-01-20", "CN-14");
    row("EX-1 extension day after", kase("main_unit", "2026-01-10", "2027-01-21", tenDays), false,
        "none", "", "2026-01-10", "2027-01-20", "EX-1");
    row("same-day repair extends by 0",
        kase(
            "main_unit", "2026-01-10", "2027-01-11",
            R"({"history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-03-01", "picked_up": "2026-03-01"}]}})"),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-1");
    row("main-unit repair extends the battery too",
        kase("battery", "2026-01-10", "2026-07-20", tenDays), true, "statutory", "exchange",
        "2026-01-10", "2026-07-20", "CN-13");
    row("battery repair does not extend the main unit",
        kase(
            "main_unit", "2026-01-10", "2027-01-11",
            R"({"history": {"covered_repairs": [{"component": "battery", "dropped_off": "2026-03-01", "picked_up": "2026-03-11"}]}})"),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-1");
    // CN-12 restart after exchange; the 7/15-day windows stay on the original sale.
    const char *exchanged
        = R"({"history": {"exchanges": [{"component": "main_unit", "date": "2026-06-01"}]}})";
    row("CN-12 restart last day", kase("main_unit", "2026-01-10", "2027-06-01", exchanged), true,
        "statutory", fr, "2026-06-01", "2027-06-01", "CN-12 CN-14");
    row("EX-1 after restart day after", kase("main_unit", "2026-01-10", "2027-06-02", exchanged),
        false, "none", "", "2026-06-01", "2027-06-01", "EX-1");
    row("EX-1 after the restarted period: CN-12 is still named",
        kase("main_unit", "2026-01-10", "2027-06-02", exchanged), false, "none", "", "2026-06-01",
        "2027-06-01", "CN-12 EX-1");
    row("EX-4 within the restarted period names CN-12",
        kase(
            "main_unit", "2026-01-10", "2026-09-01",
            R"({"damage": ["drop"], "history": {"exchanges": [{"component": "main_unit", "date": "2026-06-01"}]}})"),
        false, "none", "", "2026-06-01", "2027-06-01", "CN-12 EX-4");
    row("CN-12 restart also covers the battery",
        kase("battery", "2026-01-10", "2026-12-01", exchanged), true, "statutory", "exchange",
        "2026-06-01", "2026-12-01", "CN-12 CN-13");
    row("restart: repairs before it do not extend",
        kase("main_unit", "2026-01-10", "2027-06-02",
             R"({"history": {"exchanges": [{"component": "main_unit", "date": "2026-06-01"}],
                 "covered_repairs": [{"component": "main_unit", "dropped_off": "2026-03-01", "picked_up": "2026-03-11"}]}})"),
        false, "none", "", "2026-06-01", "2027-06-01", "EX-1");
    row("restart: repairs after it extend",
        kase("main_unit", "2026-01-10", "2027-06-11",
             R"({"history": {"exchanges": [{"component": "main_unit", "date": "2026-06-01"}],
                 "covered_repairs": [{"component": "screen", "dropped_off": "2026-07-01", "picked_up": "2026-07-11"}]}})"),
        true, "statutory", fr, "2026-06-01", "2027-06-11", "CN-12 CN-14");
    const char *earlyExchange
        = R"({"history": {"exchanges": [{"component": "main_unit", "date": "2026-01-12"}]}})";
    row("windows from the original sale: day 7",
        kase("main_unit", "2026-01-10", "2026-01-17", earlyExchange), true, "statutory", rex,
        "2026-01-12", "2027-01-12", "CN-04 CN-12");
    row("windows from the original sale: day 10 is CN-05",
        kase("main_unit", "2026-01-10", "2026-01-20", earlyExchange), true, "statutory", ex,
        "2026-01-12", "2027-01-12", "CN-05 CN-12", "CN-04");
    row("windows from the original sale: day 16 is CN-14",
        kase("main_unit", "2026-01-10", "2026-01-26", earlyExchange), true, "statutory", fr,
        "2026-01-12", "2027-01-12", "CN-14", "CN-05");
    // CN-06: two covered repairs since the (re)start.
    const char *oneRepair
        = R"({"history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-03-01", "picked_up": "2026-03-01"}]}})";
    const char *twoRepairs
        = R"({"history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-03-01", "picked_up": "2026-03-01"},
                                               {"component": "mainboard", "dropped_off": "2026-05-01", "picked_up": "2026-05-03"}]}})";
    row("one repair: CN-14", kase("main_unit", "2026-01-10", "2026-08-01", oneRepair), true,
        "statutory", fr, "2026-01-10", "2027-01-10", "CN-14", "CN-06");
    row("CN-06 two repairs", kase("screen", "2026-01-10", "2026-08-01", twoRepairs), true,
        "statutory", ex, "2026-01-10", "2027-01-12", "CN-06", "CN-14");
    row("CN-06 repairs before a restart do not count",
        kase("main_unit", "2026-01-10", "2026-08-01",
             R"({"history": {"exchanges": [{"component": "main_unit", "date": "2026-06-01"}],
                 "covered_repairs": [{"component": "main_unit", "dropped_off": "2026-03-01", "picked_up": "2026-03-01"},
                                     {"component": "main_unit", "dropped_off": "2026-05-01", "picked_up": "2026-05-03"}]}})"),
        true, "statutory", fr, "2026-06-01", "2027-06-01", "CN-12 CN-14", "CN-06");
    row("CN-06 battery repairs do not count for the main unit",
        kase(
            "main_unit", "2026-01-10", "2026-08-01",
            R"({"history": {"covered_repairs": [{"component": "battery", "dropped_off": "2026-03-01", "picked_up": "2026-03-01"},
                                                 {"component": "battery", "dropped_off": "2026-05-01", "picked_up": "2026-05-01"}]}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-14", "CN-06");
    // CN-02 invoice copy; CN-03 factory date only; EX-2 neither.
    row("CN-02 invoice copy",
        kase("main_unit", "2026-01-10", "2026-03-01",
             R"({"evidence": {"sale_date_source": "invoice_copy"}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-02 CN-14", "CN-01");
    row("CN-03 factory date, free repair only even in the first days",
        kase("main_unit", nullptr, "2026-04-03", R"({"evidence": {"factory_date": "2026-01-01"}})"),
        true, "statutory", fr, "2026-04-01", "2027-04-01", "CN-03", "CN-04 CN-05");
    row("CN-03 last day",
        kase("main_unit", nullptr, "2027-04-01", R"({"evidence": {"factory_date": "2026-01-01"}})"),
        true, "statutory", fr, "2026-04-01", "2027-04-01", "CN-03");
    // A verdict names the rule that set its dates also when the period has ended (issue 18).
    row("EX-1 CN-03 day after: the factory-date start is still named",
        kase("main_unit", nullptr, "2027-04-02", R"({"evidence": {"factory_date": "2026-01-01"}})"),
        false, "none", "", "2026-04-01", "2027-04-01", "CN-03 EX-1");
    row("EX-4 with a factory-date start names CN-03",
        kase("main_unit", nullptr, "2026-06-02",
             R"({"evidence": {"factory_date": "2026-01-01"}, "damage": ["liquid"]})"),
        false, "none", "", "2026-04-01", "2027-04-01", "CN-03 EX-4");
    row("CN-03 no exchange even after two repairs",
        kase("main_unit", nullptr, "2026-09-01",
             R"({"evidence": {"factory_date": "2026-01-01"},
                 "history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-05-01", "picked_up": "2026-05-01"},
                                                 {"component": "main_unit", "dropped_off": "2026-06-01", "picked_up": "2026-06-01"}]}})"),
        true, "statutory", fr, "2026-04-01", "2027-04-01", "CN-03");
    row("EX-2 no dates", kase("main_unit", nullptr, "2026-04-03"), false, "none", "", "", "",
        "EX-2");
    // Exclusions, inside the period.
    row("EX-3 IMEI mismatch",
        kase("main_unit", "2026-01-10", "2026-01-12", R"({"evidence": {"imei_matches": false}})"),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-3", "CN-04");
    row("EX-3 tampered label",
        kase("main_unit", "2026-01-10", "2026-03-12", R"({"damage": ["tampered_label"]})"), false,
        "none", "", "2026-01-10", "2027-01-10", "EX-3");
    row("EX-4 liquid", kase("main_unit", "2026-01-10", "2026-03-12", R"({"damage": ["liquid"]})"),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-4");
    row("EX-4 drop", kase("screen", "2026-01-10", "2026-03-12", R"({"damage": ["drop"]})"), false,
        "none", "", "2026-01-10", "2027-01-10", "EX-4");
    row("EX-4 crush", kase("battery", "2026-01-10", "2026-03-12", R"({"damage": ["crush"]})"),
        false, "none", "", "2026-01-10", "2026-07-10", "EX-4");
    row("EX-4 cracked screen",
        kase("screen", "2026-01-10", "2026-01-11", R"({"damage": ["cracked_screen"]})"), false,
        "none", "", "2026-01-10", "2027-01-10", "EX-4", "CN-04");
    row("EX-5 unauthorised repair",
        kase("main_unit", "2026-01-10", "2026-03-12", R"({"damage": ["unauthorized_repair"]})"),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-5");
    row("EX-6 force majeure",
        kase("main_unit", "2026-01-10", "2026-03-12", R"({"damage": ["force_majeure"]})"), false,
        "none", "", "2026-01-10", "2027-01-10", "EX-6");
    row("several exclusions are all named",
        kase(
            "main_unit", "2026-01-10", "2027-03-12",
            R"({"damage": ["liquid", "unauthorized_repair"], "evidence": {"imei_matches": false}})"),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-1 EX-3 EX-4 EX-5");
    // Not a performance fault.
    row("NF-1 cosmetic", kase("main_unit", "2026-01-10", "2026-01-12", R"({"fault": "cosmetic"})"),
        false, "none", "", "2026-01-10", "2027-01-10", "NF-1", "CN-04");
    row("NF-2 software", kase("main_unit", "2026-01-10", "2026-03-12", R"({"fault": "software"})"),
        false, "none", "", "2026-01-10", "2027-01-10", "NF-2");
    row("NF-3 no fault found",
        kase("battery", "2026-01-10", "2026-03-12", R"({"fault": "none_found"})"), false, "none",
        "", "2026-01-10", "2026-07-10", "NF-3");
    // NS-1: the data cable is not statutory.
    row("NS-1 data cable without brand policy", kase("data_cable", "2026-01-10", "2026-01-12"),
        false, "none", "", "2026-01-10", "", "NS-1");
    // Brand layer.
    const char *brand = R"({"brand_policy": "cn-brand-example"})";
    // A covered accessory under a brand policy is replaced, as CN-13 replaces the statutory
    // accessories (seed 004: 附件更换要求).
    row("BR-2 data cable last day: replaced", kase("data_cable", "2026-01-10", "2027-01-10", brand),
        true, "brand", "exchange", "2026-01-10", "2027-01-10", "BR-2");
    row("EX-1 BR-2 data cable day after", kase("data_cable", "2026-01-10", "2027-01-11", brand),
        false, "none", "", "2026-01-10", "2027-01-10", "EX-1");
    row("BR-1 screen in the second year", kase("screen", "2025-01-10", "2026-06-01", brand), true,
        "brand", fr, "2025-01-10", "2027-01-10", "BR-1", "CN-14");
    row("BR-1 mainboard last day", kase("mainboard", "2025-01-10", "2027-01-10", brand), true,
        "brand", fr, "2025-01-10", "2027-01-10", "BR-1");
    row("EX-1 BR-1 day after", kase("mainboard", "2025-01-10", "2027-01-11", brand), false, "none",
        "", "2025-01-10", "2027-01-10", "EX-1");
    row("precedence: statutory first while it covers",
        kase("screen", "2026-01-10", "2026-01-12", brand), true, "statutory", rex, "2026-01-10",
        "2028-01-10", "CN-04 BR-1");
    row("precedence: brand never removes a statutory right",
        kase("main_unit", "2026-01-10", "2026-06-12", brand), true, "statutory", fr, "2026-01-10",
        "2027-01-10", "CN-14", "BR-1");
    row("precedence: battery keeps its statutory period under a brand policy",
        kase("battery", "2026-01-10", "2026-07-11", brand), false, "none", "", "2026-01-10",
        "2026-07-10", "EX-1");
    row("brand: exclusions apply",
        kase("screen", "2025-01-10", "2026-06-01",
             R"({"brand_policy": "cn-brand-example", "damage": ["cracked_screen"]})"),
        false, "none", "", "2025-01-10", "2027-01-10", "EX-4", "BR-1");
    row("brand: extension days apply",
        kase(
            "screen", "2025-01-10", "2027-01-15",
            R"({"brand_policy": "cn-brand-example", "history": {"covered_repairs": [{"component": "screen", "dropped_off": "2025-03-01", "picked_up": "2025-03-06"}]}})"),
        true, "brand", fr, "2025-01-10", "2027-01-15", "BR-1");
    // RW-1: our repair warranty, 90 days from pickup (pickup = day 0).
    const char *ours
        = R"({"history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})";
    row("RW-1 day 90", kase("screen", "2024-01-15", "2027-01-11", ours), true, "repair_warranty",
        fr, "2024-01-15", "2025-01-15", "RW-1", "EX-1");
    row("EX-1 RW-1 day 91", kase("screen", "2024-01-15", "2027-01-12", ours), false, "none", "",
        "2024-01-15", "2025-01-15", "EX-1", "RW-1");
    row("RW-1 other component not covered", kase("battery", "2024-01-15", "2026-11-22", ours),
        false, "none", "", "2024-01-15", "2024-07-15", "EX-1", "RW-1");
    row("RW-1 main-unit repair covers its screen",
        kase(
            "screen", "2024-01-15", "2026-11-22",
            R"({"history": {"our_repairs": [{"component": "main_unit", "picked_up": "2026-10-13"}]}})"),
        true, "repair_warranty", fr, "2024-01-15", "2025-01-15", "RW-1");
    row("RW-1 whatever the product warranty says (EX-3)",
        kase(
            "screen", "2024-01-15", "2026-11-22",
            R"({"evidence": {"imei_matches": false}, "history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})"),
        true, "repair_warranty", fr, "2024-01-15", "2025-01-15", "RW-1");
    row("RW-1 no sale date needed",
        kase(
            "screen", nullptr, "2026-11-22",
            R"({"history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})"),
        true, "repair_warranty", fr, "", "", "RW-1");
    row("RW-1 not with new misuse damage (EX-4)",
        kase(
            "screen", "2024-01-15", "2026-11-22",
            R"({"damage": ["drop"], "history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})"),
        false, "none", "", "2024-01-15", "2025-01-15", "EX-4", "RW-1");
    row("RW-1 not for a software problem",
        kase(
            "screen", "2024-01-15", "2026-11-22",
            R"({"fault": "software", "history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})"),
        false, "none", "", "2024-01-15", "2025-01-15", "NF-2", "RW-1");
    row("RW-1 shorter days from the case",
        kase(
            "screen", "2024-01-15", "2026-11-13",
            R"({"repair_warranty_days": 30, "history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})"),
        false, "none", "", "2024-01-15", "2025-01-15", "EX-1", "RW-1");
    row("RW-1 statutory wins while it covers",
        kase(
            "screen", "2026-01-10", "2026-11-22",
            R"({"history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-14", "RW-1");
    // CN-07/08/09: a covered repair in progress.
    row("CN-07 day 7 in repair: no loaner yet",
        kase("main_unit", "2026-01-10", "2026-03-08",
             R"({"current_repair": {"dropped_off": "2026-03-01"}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-14", "CN-07");
    row("CN-07 day 8 in repair: loaner",
        kase("main_unit", "2026-01-10", "2026-03-09",
             R"({"current_repair": {"dropped_off": "2026-03-01"}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-07 CN-14");
    row("CN-08 day 60 waiting for parts: no exchange yet",
        kase("main_unit", "2026-01-10", "2026-04-30",
             R"({"current_repair": {"dropped_off": "2026-03-01", "delay": "maker_parts"}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-07", "CN-08");
    row("CN-08 day 61 waiting for parts: exchange",
        kase("main_unit", "2026-01-10", "2026-05-01",
             R"({"current_repair": {"dropped_off": "2026-03-01", "delay": "maker_parts"}})"),
        true, "statutory", ex, "2026-01-10", "2027-01-10", "CN-07 CN-08");
    row("CN-09 day 30 repairer's delay: no exchange yet",
        kase("main_unit", "2026-01-10", "2026-03-31",
             R"({"current_repair": {"dropped_off": "2026-03-01", "delay": "repairer"}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-07", "CN-09");
    row("CN-09 day 31 repairer's delay: exchange",
        kase("main_unit", "2026-01-10", "2026-04-01",
             R"({"current_repair": {"dropped_off": "2026-03-01", "delay": "repairer"}})"),
        true, "statutory", ex, "2026-01-10", "2027-01-10", "CN-09");
    row("current repair: the claim is judged on the drop-off day",
        kase("main_unit", "2026-01-10", "2027-02-01",
             R"({"current_repair": {"dropped_off": "2027-01-10", "delay": "repairer"}})"),
        true, "statutory", fr, "2026-01-10", "2027-01-10", "CN-07 CN-14", "EX-1 CN-09");
    // eu-2019-771
    const char *eu = R"({"policy": "eu-2019-771"})";
    row("EU-01 first year", kase("main_unit", "2026-01-10", "2027-01-10", eu), true, "statutory",
        ex, "2026-01-10", "2028-01-10", "EU-01 EU-03 EU-04", "EU-02");
    row("EU-02 day after 12 months", kase("main_unit", "2026-01-10", "2027-01-11", eu), true,
        "statutory", ex, "2026-01-10", "2028-01-10", "EU-01 EU-02");
    row("EU-01 last day of 24 months", kase("battery", "2026-01-10", "2028-01-10", eu), true,
        "statutory", ex, "2026-01-10", "2028-01-10", "EU-01 EU-02");
    row("EX-1 EU day after 24 months", kase("data_cable", "2026-01-10", "2028-01-11", eu), false,
        "none", "", "2026-01-10", "2028-01-10", "EX-1");
    row("EU: no refund window", kase("main_unit", "2026-01-10", "2026-01-11", eu), true,
        "statutory", ex, "2026-01-10", "2028-01-10", "EU-03", "CN-04");
    row("EU-05 failed again after a covered repair",
        kase(
            "screen", "2026-01-10", "2026-09-01",
            R"({"policy": "eu-2019-771", "history": {"covered_repairs": [{"component": "mainboard", "dropped_off": "2026-03-01", "picked_up": "2026-03-11"}]}})"),
        true, "statutory", "exchange free_repair price_reduction refund", "2026-01-10",
        "2028-01-10", "EU-05", "EU-06");
    row("EU-06 sale on 2026-07-31 extended once by 12 months",
        kase(
            "main_unit", "2026-07-31", "2028-08-01",
            R"({"policy": "eu-2019-771", "history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2027-03-01", "picked_up": "2027-03-11"},
                                                                          {"component": "main_unit", "dropped_off": "2027-05-01", "picked_up": "2027-05-11"}]}})"),
        true, "statutory", "exchange free_repair price_reduction refund", "2026-07-31",
        "2029-07-31", "EU-05 EU-06");
    row("EU-06 not for a sale on 2026-07-30",
        kase(
            "main_unit", "2026-07-30", "2028-07-31",
            R"({"policy": "eu-2019-771", "history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2027-03-01", "picked_up": "2027-03-11"}]}})"),
        false, "none", "", "2026-07-30", "2028-07-30", "EX-1", "EU-06");
    row("EU: no factory-date rule",
        kase("main_unit", nullptr, "2026-04-03",
             R"({"policy": "eu-2019-771", "evidence": {"factory_date": "2026-01-01"}})"),
        false, "none", "", "", "", "EX-2", "CN-03");
    row("EU: exclusions apply",
        kase("main_unit", "2026-01-10", "2026-04-03",
             R"({"policy": "eu-2019-771", "damage": ["liquid"]})"),
        false, "none", "", "2026-01-10", "2028-01-10", "EX-4");
}

void TestWarrantyEngine::rules()
{
    QFETCH(QJsonObject, caseJson);
    QFETCH(bool, covered);
    QFETCH(QString, basis);
    QFETCH(QStringList, remedies);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);

    const WarrantyEngine engine;
    const auto verdict = engine.evaluate(caseJson);
    QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().message));
    const QString rules = verdict->rules.join(u' ');
    QCOMPARE(verdict->covered, covered);
    QCOMPARE(toName(verdict->basis), basis);
    QStringList got;
    for (const Remedy r : verdict->remedies)
        got.append(toName(r));
    QCOMPARE(sorted(got), sorted(remedies));
    QCOMPARE(isoDate(verdict->warrantyStart), start);
    QCOMPARE(isoDate(verdict->warrantyEnd), end);
    for (const QString &rule : include)
        QVERIFY2(verdict->rules.contains(rule),
                 qPrintable(rule + QStringLiteral(" not in ") + rules));
    for (const QString &rule : exclude)
        QVERIFY2(!verdict->rules.contains(rule), qPrintable(rule + QStringLiteral(" in ") + rules));
    if (!covered)
        QVERIFY(verdict->remedies.isEmpty());
    QCOMPARE(verdict->reasons.size() >= verdict->rules.size(), true);
    for (const QString &rule : verdict->rules)
        m_rulesSeen.insert(rule);
}

// Runs after rules(): every rule ID of domain.md §2 was decided by at least one row.
void TestWarrantyEngine::everyRuleIdIsReachable()
{
    const QStringList all = words(
        "CN-01 CN-02 CN-03 CN-04 CN-05 CN-06 CN-07 CN-08 CN-09 CN-12 CN-13 CN-14 EX-1 EX-2 EX-3 "
        "EX-4 EX-5 EX-6 NF-1 NF-2 NF-3 NS-1 BR-1 BR-2 RW-1 EU-01 EU-02 EU-03 EU-04 EU-05 EU-06");
    if (m_rulesSeen.isEmpty())
        QSKIP("run together with rules()");
    for (const QString &rule : all)
        QVERIFY2(m_rulesSeen.contains(rule), qPrintable(rule));
}

void TestWarrantyEngine::reasonsAreBilingualAndFilled()
{
    const WarrantyEngine engine;
    const auto verdict = engine.evaluate(kase("battery", "2026-01-10", "2026-04-01",
                                              R"({"history": {"exchanges": [
                {"component": "battery", "date": "2026-02-01"},
                {"component": "battery", "date": "2026-03-01"}]}})"));
    QVERIFY(verdict.ok());
    QVERIFY(!verdict->reasons.isEmpty());
    for (const VerdictReason &r : verdict->reasons) {
        QVERIFY(!r.zh.isEmpty());
        QVERIFY(!r.en.isEmpty());
        QVERIFY2(!r.zh.contains(QLatin1Char('{')), qPrintable(r.zh));
        QVERIFY2(!r.en.contains(QLatin1Char('{')), qPrintable(r.en));
    }
    QVERIFY(verdict->summary(false).contains(QStringLiteral("battery")));
    QVERIFY(verdict->summary(true).contains(QStringLiteral("电池")));
    QVERIFY(verdict->summary(false).contains(QStringLiteral("2026-07-10")));
}

void TestWarrantyEngine::brandExchangeChecks()
{
    const WarrantyEngine engine;
    const auto verdict = engine.evaluate(
        kase("screen", "2026-01-10", "2026-01-12", R"({"brand_policy": "cn-brand-example"})"));
    QVERIFY(verdict.ok());
    QVERIFY(verdict->hasRemedy(Remedy::Exchange));
    QCOMPARE(verdict->warnings.size(), 4);
    QCOMPARE(verdict->warnings.first().code, QStringLiteral("BRAND_EXCHANGE_CHECK"));
    const auto repairOnly = engine.evaluate(
        kase("screen", "2026-01-10", "2026-06-12", R"({"brand_policy": "cn-brand-example"})"));
    QVERIFY(repairOnly.ok());
    QVERIFY(repairOnly->warnings.isEmpty());
}

void TestWarrantyEngine::unknownPolicies()
{
    const WarrantyEngine engine;
    const auto policy = engine.evaluate(
        kase("main_unit", "2026-01-10", "2026-01-12", R"({"policy": "us-magnuson"})"));
    QVERIFY(!policy.ok());
    QVERIFY(policy.error().message.startsWith(QStringLiteral("policy: ")));
    const auto brand = engine.evaluate(
        kase("main_unit", "2026-01-10", "2026-01-12", R"({"brand_policy": "nope"})"));
    QVERIFY(!brand.ok());
    QVERIFY(brand.error().message.startsWith(QStringLiteral("brand_policy: ")));
    // A brand policy is not a statutory one, and the other way round.
    QVERIFY(!engine
                 .evaluate(kase("main_unit", "2026-01-10", "2026-01-12",
                                R"({"policy": "cn-brand-example"})"))
                 .ok());
    QVERIFY(!engine
                 .evaluate(kase("main_unit", "2026-01-10", "2026-01-12",
                                R"({"brand_policy": "cn-sanbao"})"))
                 .ok());
}

void TestWarrantyEngine::verdictJsonRoundTrip()
{
    const WarrantyEngine engine;
    const auto verdict
        = engine.evaluate(kase("screen", "2026-01-10", "2026-01-12",
                               R"({"brand_policy": "cn-brand-example", "id": "x"})"));
    QVERIFY(verdict.ok());
    const QJsonObject json = verdict->toJson();
    const auto back = Verdict::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), json);
    QCOMPARE(json.value(QStringLiteral("case_id")).toString(), QStringLiteral("x"));
}

void TestWarrantyEngine::deterministic()
{
    const WarrantyEngine engine;
    const QJsonObject c = kase("main_unit", "2025-11-30", "2026-11-22",
                               R"({"history": {"covered_repairs": [
        {"component": "main_unit", "dropped_off": "2026-02-02", "picked_up": "2026-02-09"}]}})");
    const QJsonObject first = engine.evaluate(c)->toJson();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(engine.evaluate(c)->toJson(), first);
}

QTEST_GUILESS_MAIN(TestWarrantyEngine)
#include "tst_warrantyengine.moc"
