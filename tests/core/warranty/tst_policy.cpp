#include "warranty/policy.h"
#include "warranty/warrantyengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::warranty;

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void builtinPoliciesLoad();
    void shippedFilesValidate_data();
    void shippedFilesValidate();
    void invalidFiles_data();
    void invalidFiles();
    void extraFolderAddsBrandPolicy();
    void extraFolderCannotReplaceStatutory();
    void badExtraFileIsReportedNotFatal();
};

namespace {

QByteArray shipped(const QString &name)
{
    QFile file(QStringLiteral(RC_SOURCE_DIR "/resources/policies/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray brandPolicy(const char *id, int screenMonths)
{
    QJsonObject o
        = QJsonDocument::fromJson(shipped(QStringLiteral("cn-brand-example.json"))).object();
    o.insert(QStringLiteral("id"), QString::fromLatin1(id));
    QJsonObject components = o.value(QStringLiteral("components")).toObject();
    components.insert(QStringLiteral("screen"),
                      QJsonObject {{QStringLiteral("months"), screenMonths},
                                   {QStringLiteral("rule"), QStringLiteral("BR-1")}});
    o.insert(QStringLiteral("components"), components);
    return QJsonDocument(o).toJson();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

void TestPolicy::builtinPoliciesLoad()
{
    const PolicySet set = PolicySet::builtin();
    QVERIFY2(set.problems().isEmpty(),
             set.problems().isEmpty() ? "" : qPrintable(set.problems().first().message));
    QCOMPARE(set.ids(PolicyLayer::Statutory),
             (QStringList {QStringLiteral("cn-sanbao"), QStringLiteral("eu-2019-771")}));
    QCOMPARE(set.ids(PolicyLayer::Brand), QStringList {QStringLiteral("cn-brand-example")});
    QVERIFY(set.repairWarranty());
    QCOMPARE(set.repairWarranty()->days, 90);
    const Policy *cn = set.find(QStringLiteral("cn-sanbao"));
    QCOMPARE(cn->term(Component::Battery)->months, 6);
    QCOMPARE(cn->term(Component::WiredHeadset)->months, 3);
    QVERIFY(!cn->term(Component::DataCable));
}

void TestPolicy::shippedFilesValidate_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"cn-sanbao.json", "eu-2019-771.json", "cn-brand-example.json", "repair-warranty.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPolicy::shippedFilesValidate()
{
    QFETCH(QString, name);
    const auto policy = Policy::fromJson(shipped(name), name);
    QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().message));
}

void TestPolicy::invalidFiles_data()
{
    QTest::addColumn<QString>("base"); // shipped file to start from
    QTest::addColumn<QString>("field"); // top-level or dotted path to change
    QTest::addColumn<QByteArray>("value"); // JSON, or empty to remove
    QTest::addColumn<QString>("expected"); // the message starts with this

    QTest::newRow("format") << "cn-sanbao.json"
                            << "format" << QByteArray("2") << "cn-sanbao.json: format: ";
    QTest::newRow("id differs from file") << "cn-sanbao.json"
                                          << "id" << QByteArray("\"cn\"") << "cn-sanbao.json: id: ";
    QTest::newRow("layer") << "cn-sanbao.json"
                           << "layer" << QByteArray("\"federal\"") << "cn-sanbao.json: layer: ";
    QTest::newRow("rule set") << "cn-sanbao.json"
                              << "rule_set" << QByteArray("\"us\"") << "cn-sanbao.json: rule_set: ";
    QTest::newRow("months negative") << "cn-sanbao.json"
                                     << "components.battery.months" << QByteArray("-6")
                                     << "cn-sanbao.json: components.battery.months: ";
    QTest::newRow("months text") << "cn-sanbao.json"
                                 << "components.battery.months" << QByteArray("\"six\"")
                                 << "cn-sanbao.json: components.battery.months: ";
    QTest::newRow("months beyond int") << "cn-sanbao.json"
                                       << "components.battery.months" << QByteArray("1e75")
                                       << "cn-sanbao.json: components.battery.months: ";
    QTest::newRow("unknown component") << "cn-sanbao.json"
                                       << "components.speaker" << QByteArray("{\"months\": 6}")
                                       << "cn-sanbao.json: components.speaker: ";
    QTest::newRow("screen in statutory") << "cn-sanbao.json"
                                         << "components.screen" << QByteArray("{\"months\": 6}")
                                         << "cn-sanbao.json: components.screen: ";
    QTest::newRow("refund days") << "cn-sanbao.json"
                                 << "refund_days" << QByteArray("7.5")
                                 << "cn-sanbao.json: refund_days: ";
    QTest::newRow("missing reason")
        << "cn-sanbao.json"
        << "reasons.CN-04" << QByteArray() << "cn-sanbao.json: reasons.CN-04: ";
    QTest::newRow("empty zh") << "cn-sanbao.json"
                              << "reasons.CN-05" << QByteArray("{\"zh\": \"\", \"en\": \"x\"}")
                              << "cn-sanbao.json: reasons.CN-05.zh: ";
    QTest::newRow("typo field") << "cn-sanbao.json"
                                << "refund_dayz" << QByteArray("7")
                                << "cn-sanbao.json: refund_dayz: ";
    QTest::newRow("brand rule id") << "cn-brand-example.json"
                                   << "components.screen.rule" << QByteArray("\"CN-99\"")
                                   << "cn-brand-example.json: components.screen.rule: ";
    QTest::newRow("brand rule without reason") << "cn-brand-example.json"
                                               << "components.screen.rule" << QByteArray("\"BR-7\"")
                                               << "cn-brand-example.json: reasons.BR-7: ";
    QTest::newRow("repair warranty under 30 days")
        << "repair-warranty.json"
        << "days" << QByteArray("20") << "repair-warranty.json: days: ";
    QTest::newRow("eu date") << "eu-2019-771.json"
                             << "repair_extension_sales_from" << QByteArray("\"31.07.2026\"")
                             << "eu-2019-771.json: repair_extension_sales_from: ";
}

void TestPolicy::invalidFiles()
{
    QFETCH(QString, base);
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);

    QJsonObject root = QJsonDocument::fromJson(shipped(base)).object();
    const QStringList path = field.split(QLatin1Char('.'));
    // Walk down, change, walk back up.
    QList<QJsonObject> chain {root};
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        chain.append(chain.last().value(path.at(i)).toObject());
    if (value.isEmpty())
        chain.last().remove(path.last());
    else
        chain.last().insert(path.last(), QJsonDocument::fromJson("[" + value + "]").array().at(0));
    for (qsizetype i = path.size() - 2; i >= 0; --i)
        chain[i].insert(path.at(i), chain.at(i + 1));
    const auto policy = Policy::fromJson(QJsonDocument(chain.first()).toJson(), base);
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().code, QStringLiteral("POLICY_INVALID"));
    QVERIFY2(policy.error().message.startsWith(expected), qPrintable(policy.error().message));
}

void TestPolicy::extraFolderAddsBrandPolicy()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("acme-phones.json")), brandPolicy("acme-phones", 36));
    const PolicySet set = PolicySet::load({dir.path()});
    QVERIFY(set.problems().isEmpty());
    QVERIFY(set.find(QStringLiteral("acme-phones")));

    const WarrantyEngine engine(set);
    const auto verdict = engine.evaluate(QJsonDocument::fromJson(R"({
        "policy": "cn-sanbao", "brand_policy": "acme-phones", "today": "2027-12-01",
        "component": "screen", "fault": "performance",
        "evidence": {"sale_date": "2025-01-10", "imei_matches": true}})")
                                             .object());
    QVERIFY(verdict.ok());
    QVERIFY(verdict->covered);
    QCOMPARE(verdict->basis, Basis::Brand);
    QCOMPARE(verdict->warrantyEnd, QDate(2028, 1, 10));
}

void TestPolicy::extraFolderCannotReplaceStatutory()
{
    QTemporaryDir dir;
    QJsonObject cn = QJsonDocument::fromJson(shipped(QStringLiteral("cn-sanbao.json"))).object();
    QJsonObject components = cn.value(QStringLiteral("components")).toObject();
    components.insert(QStringLiteral("main_unit"), QJsonObject {{QStringLiteral("months"), 1}});
    cn.insert(QStringLiteral("components"), components);
    writeFile(dir.filePath(QStringLiteral("cn-sanbao.json")), QJsonDocument(cn).toJson());
    const PolicySet set = PolicySet::load({dir.path()});
    QCOMPARE(set.problems().size(), 1);
    QVERIFY(set.problems().first().message.startsWith(QStringLiteral("cn-sanbao.json: layer: ")));
    QCOMPARE(set.find(QStringLiteral("cn-sanbao"))->term(Component::MainUnit)->months, 12);
}

void TestPolicy::badExtraFileIsReportedNotFatal()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{\"format\": 1, ");
    writeFile(dir.filePath(QStringLiteral("good-brand.json")), brandPolicy("good-brand", 24));
    const PolicySet set = PolicySet::load({dir.path(), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(set.problems().size(), 1);
    QVERIFY(set.problems().first().message.startsWith(QStringLiteral("broken.json: ")));
    QVERIFY(set.find(QStringLiteral("good-brand")));
    QVERIFY(set.find(QStringLiteral("cn-sanbao")));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
