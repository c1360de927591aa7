#include "policy.h"

#include "common/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace rc::warranty {

namespace {

// The reasons each rule set needs; a policy file without one of them is refused.
const QStringList &requiredReasons(const QString &ruleSet)
{
    static const QStringList common {QStringLiteral("EX-1"), QStringLiteral("EX-2"),
                                     QStringLiteral("EX-3"), QStringLiteral("EX-4"),
                                     QStringLiteral("EX-5"), QStringLiteral("EX-6"),
                                     QStringLiteral("NF-1"), QStringLiteral("NF-2"),
                                     QStringLiteral("NF-3"), QStringLiteral("NS-1")};
    static const QStringList cn
        = common + QStringList {QStringLiteral("CN-01"), QStringLiteral("CN-02"),
                                QStringLiteral("CN-03"), QStringLiteral("CN-04"),
                                QStringLiteral("CN-05"), QStringLiteral("CN-06"),
                                QStringLiteral("CN-07"), QStringLiteral("CN-08"),
                                QStringLiteral("CN-09"), QStringLiteral("CN-12"),
                                QStringLiteral("CN-13"), QStringLiteral("CN-13:refund"),
                                QStringLiteral("CN-14")};
    static const QStringList eu
        = common + QStringList {QStringLiteral("EU-01"), QStringLiteral("EU-02"),
                                QStringLiteral("EU-03"), QStringLiteral("EU-04"),
                                QStringLiteral("EU-05"), QStringLiteral("EU-06")};
    static const QStringList rw {QStringLiteral("RW-1")};
    static const QStringList none;
    if (ruleSet == QLatin1String("cn-sanbao"))
        return cn;
    if (ruleSet == QLatin1String("eu-2019-771"))
        return eu;
    if (ruleSet == QLatin1String("repair_warranty"))
        return rw;
    return none;
}

class Reader
{
public:
    explicit Reader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    Error error(const QString &field, const QString &problem) const
    {
        return Error {QStringLiteral("POLICY_INVALID"),
                      QStringLiteral("%1: %2: %3").arg(m_file, field, problem)};
    }

    Result<int> integer(const QJsonObject &o, const QString &key, const QString &path, int min,
                        int max, std::optional<int> fallback) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (fallback)
                return *fallback;
            return error(path, QStringLiteral("missing"));
        }
        const double d = v.toDouble(-1e9);
        // The range is checked before the cast: a double outside int's range is undefined there.
        if (!v.isDouble() || d < min || d > max || d != static_cast<double>(static_cast<int>(d)))
            return error(path,
                         QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return static_cast<int>(d);
    }

    Result<Sentence> sentence(const QJsonValue &v, const QString &path) const
    {
        if (!v.isObject())
            return error(path, QStringLiteral("must be an object {\"zh\": …, \"en\": …}"));
        const QJsonObject o = v.toObject();
        Sentence s {o.value(QStringLiteral("zh")).toString(),
                    o.value(QStringLiteral("en")).toString()};
        if (s.zh.trimmed().isEmpty())
            return error(path + QStringLiteral(".zh"), QStringLiteral("missing or empty"));
        if (s.en.trimmed().isEmpty())
            return error(path + QStringLiteral(".en"), QStringLiteral("missing or empty"));
        for (const QString &key : o.keys()) {
            if (key != QLatin1String("zh") && key != QLatin1String("en"))
                return error(path + QLatin1Char('.') + key, QStringLiteral("unknown field"));
        }
        return s;
    }

private:
    QString m_file;
};

} // namespace

Result<Policy> Policy::fromJson(const QByteArray &json, const QString &fileName)
{
    const Reader r(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return r.error(QStringLiteral("(file)"), QStringLiteral("not valid JSON: %1 at offset %2")
                                                     .arg(parseError.errorString())
                                                     .arg(parseError.offset));
    if (!document.isObject())
        return r.error(QStringLiteral("(file)"), QStringLiteral("must be a JSON object"));
    const QJsonObject o = document.object();
    Policy p;
    p.fileName = fileName;

    auto format
        = r.integer(o, QStringLiteral("format"), QStringLiteral("format"), 1, 1, std::nullopt);
    if (!format)
        return format.error();

    p.id = o.value(QStringLiteral("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!idPattern.match(p.id).hasMatch())
        return r.error(QStringLiteral("id"),
                       QStringLiteral("must be lower-case letters, digits, '-', '_' or '.'"));
    const QString baseName = QFileInfo(fileName).completeBaseName();
    if (!baseName.isEmpty() && baseName != p.id)
        return r.error(
            QStringLiteral("id"),
            QStringLiteral("\"%1\" differs from the file name \"%2\"").arg(p.id, baseName));

    const QString layer = o.value(QStringLiteral("layer")).toString();
    QStringList allowed {QStringLiteral("format"), QStringLiteral("id"),
                         QStringLiteral("layer"),  QStringLiteral("name"),
                         QStringLiteral("source"), QStringLiteral("reasons")};
    QString ruleSetForReasons;
    if (layer == QLatin1String("statutory")) {
        p.layer = PolicyLayer::Statutory;
        p.ruleSet = o.value(QStringLiteral("rule_set")).toString();
        if (p.ruleSet != QLatin1String("cn-sanbao") && p.ruleSet != QLatin1String("eu-2019-771"))
            return r.error(QStringLiteral("rule_set"),
                           QStringLiteral("must be \"cn-sanbao\" or \"eu-2019-771\""));
        ruleSetForReasons = p.ruleSet;
        allowed << QStringLiteral("rule_set") << QStringLiteral("components");
    } else if (layer == QLatin1String("brand")) {
        p.layer = PolicyLayer::Brand;
        allowed << QStringLiteral("components") << QStringLiteral("exchange_checks");
    } else if (layer == QLatin1String("repair_warranty")) {
        p.layer = PolicyLayer::RepairWarranty;
        ruleSetForReasons = QStringLiteral("repair_warranty");
        allowed << QStringLiteral("days") << QStringLiteral("minimum_days");
    } else {
        return r.error(QStringLiteral("layer"),
                       QStringLiteral("must be \"statutory\", \"brand\" or \"repair_warranty\""));
    }

    auto name = r.sentence(o.value(QStringLiteral("name")), QStringLiteral("name"));
    if (!name)
        return name.error();
    p.name = *name;
    p.source = o.value(QStringLiteral("source")).toString();

    // Numeric parameters: each with its range and default.
    struct IntField
    {
        const char *key;
        int *target;
        int min;
        int max;
    };
    std::vector<IntField> ints;
    if (p.ruleSet == QLatin1String("cn-sanbao")) {
        ints = {{"refund_days", &p.refundDays, 0, 365},
                {"exchange_days", &p.exchangeDays, 0, 365},
                {"factory_date_offset_days", &p.factoryDateOffsetDays, 0, 3650},
                {"repairs_before_exchange", &p.repairsBeforeExchange, 1, 100},
                {"accessory_exchanges_before_refund", &p.accessoryExchangesBeforeRefund, 1, 100},
                {"loaner_after_days", &p.loanerAfterDays, 0, 365},
                {"parts_delay_exchange_days", &p.partsDelayExchangeDays, 0, 3650},
                {"repairer_delay_exchange_days", &p.repairerDelayExchangeDays, 0, 3650}};
    } else if (p.ruleSet == QLatin1String("eu-2019-771")) {
        ints = {{"burden_of_proof_months", &p.burdenOfProofMonths, 0, 240},
                {"repair_extension_months", &p.repairExtensionMonths, 0, 240}};
        allowed << QStringLiteral("repair_extension_sales_from");
    } else if (p.layer == PolicyLayer::RepairWarranty) {
        ints = {{"days", &p.days, 1, 3650}, {"minimum_days", &p.minimumDays, 30, 3650}};
    }
    for (const IntField &f : ints) {
        const QString key = QString::fromLatin1(f.key);
        auto value = r.integer(o, key, key, f.min, f.max, *f.target);
        if (!value)
            return value.error();
        *f.target = *value;
        allowed << key;
    }
    if (p.ruleSet == QLatin1String("cn-sanbao") && p.exchangeDays < p.refundDays)
        return r.error(QStringLiteral("exchange_days"),
                       QStringLiteral("must not be less than refund_days"));
    if (p.layer == PolicyLayer::RepairWarranty && p.days < p.minimumDays)
        return r.error(QStringLiteral("days"),
                       QStringLiteral("must be at least minimum_days (%1)").arg(p.minimumDays));
    if (p.ruleSet == QLatin1String("eu-2019-771")) {
        const QJsonValue from = o.value(QStringLiteral("repair_extension_sales_from"));
        if (!from.isUndefined() && !from.isNull()) {
            p.repairExtensionSalesFrom = parseIsoDate(from.toString());
            if (!p.repairExtensionSalesFrom.isValid())
                return r.error(QStringLiteral("repair_extension_sales_from"),
                               QStringLiteral("not a date (YYYY-MM-DD)"));
        }
    }

    // components
    if (p.layer != PolicyLayer::RepairWarranty) {
        const QJsonValue componentsValue = o.value(QStringLiteral("components"));
        if (!componentsValue.isObject())
            return r.error(QStringLiteral("components"),
                           QStringLiteral("missing or not an object"));
        const QJsonObject components = componentsValue.toObject();
        if (components.isEmpty())
            return r.error(QStringLiteral("components"), QStringLiteral("names no component"));
        static const QRegularExpression brandRule(QStringLiteral("^BR-[0-9]{1,3}$"));
        for (auto it = components.begin(); it != components.end(); ++it) {
            const QString path = QStringLiteral("components.") + it.key();
            const auto component = componentFromName(it.key());
            if (!component)
                return r.error(path, QStringLiteral("unknown component (one of: main_unit, "
                                                    "screen, mainboard, battery, charger, "
                                                    "wired_headset, card, data_cable)"));
            if (p.layer == PolicyLayer::Statutory
                && (*component == Component::Screen || *component == Component::Mainboard))
                return r.error(path, QStringLiteral("screen and mainboard are part of main_unit "
                                                    "in a statutory policy"));
            if (!it.value().isObject())
                return r.error(path, QStringLiteral("must be an object {\"months\": N}"));
            const QJsonObject termObject = it.value().toObject();
            Term term;
            auto months = r.integer(termObject, QStringLiteral("months"),
                                    path + QStringLiteral(".months"), 1, 240, std::nullopt);
            if (!months)
                return months.error();
            term.months = *months;
            if (p.layer == PolicyLayer::Brand) {
                term.rule = termObject.value(QStringLiteral("rule")).toString();
                if (!brandRule.match(term.rule).hasMatch())
                    return r.error(path + QStringLiteral(".rule"),
                                   QStringLiteral("must be a brand rule ID such as \"BR-1\""));
            }
            for (const QString &key : termObject.keys()) {
                if (key != QLatin1String("months") && key != QLatin1String("rule"))
                    return r.error(path + QLatin1Char('.') + key, QStringLiteral("unknown field"));
            }
            p.components[static_cast<std::size_t>(*component)] = term;
        }
    }

    // reasons
    const QJsonValue reasonsValue = o.value(QStringLiteral("reasons"));
    if (!reasonsValue.isObject())
        return r.error(QStringLiteral("reasons"), QStringLiteral("missing or not an object"));
    const QJsonObject reasons = reasonsValue.toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        auto s = r.sentence(it.value(), QStringLiteral("reasons.") + it.key());
        if (!s)
            return s.error();
        p.reasons.insert(it.key(), *s);
    }
    QStringList required = requiredReasons(ruleSetForReasons);
    if (p.layer == PolicyLayer::Brand) {
        for (const auto &term : p.components) {
            if (term && !required.contains(term->rule))
                required.append(term->rule);
        }
    }
    for (const QString &rule : required) {
        if (!p.reasons.contains(rule))
            return r.error(QStringLiteral("reasons.") + rule,
                           QStringLiteral("missing (every rule needs a zh and an en sentence)"));
    }

    if (p.layer == PolicyLayer::Brand) {
        const QJsonValue checks = o.value(QStringLiteral("exchange_checks"));
        if (!checks.isUndefined()) {
            if (!checks.isArray())
                return r.error(QStringLiteral("exchange_checks"), QStringLiteral("must be a list"));
            const QJsonArray list = checks.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                auto s = r.sentence(list.at(i), QStringLiteral("exchange_checks[%1]").arg(i));
                if (!s)
                    return s.error();
                p.exchangeChecks.append(*s);
            }
        }
    }

    for (const QString &key : o.keys()) {
        if (!allowed.contains(key))
            return r.error(key, QStringLiteral("unknown field for a %1 policy").arg(layer));
    }
    return p;
}

PolicySet PolicySet::builtin()
{
    PolicySet set;
    set.loadFolder(QStringLiteral(":/policies"), true);
    return set;
}

PolicySet PolicySet::load(const QStringList &extraFolders)
{
    PolicySet set = builtin();
    for (const QString &folder : extraFolders)
        set.loadFolder(folder, false);
    return set;
}

QString PolicySet::userPolicyFolder()
{
    return QDir(defaultDataDirectory()).filePath(QStringLiteral("policies"));
}

void PolicySet::loadFolder(const QString &folder, bool builtinFolder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({QStringLiteral("POLICY_UNREADABLE"),
                               tr("%1: cannot be read: %2").arg(name, file.errorString())});
            continue;
        }
        if (file.size() > 1024 * 1024) {
            m_problems.append({QStringLiteral("POLICY_INVALID"),
                               tr("%1: larger than 1 MiB, not a policy").arg(name)});
            continue;
        }
        auto policy = Policy::fromJson(file.readAll(), name);
        if (!policy) {
            m_problems.append(policy.error());
            continue;
        }
        if (!builtinFolder) {
            const Policy *existing = find(policy->id);
            if (policy->layer == PolicyLayer::Statutory
                || (existing && existing->layer == PolicyLayer::Statutory)) {
                m_problems.append(
                    {QStringLiteral("POLICY_INVALID"),
                     tr("%1: layer: statutory policies are built in and cannot be added or "
                        "replaced from the data folder")
                         .arg(name)});
                continue;
            }
        }
        insert(std::move(policy).value());
    }
}

void PolicySet::insert(Policy policy)
{
    const QString id = policy.id;
    m_policies.insert(id, std::make_shared<const Policy>(std::move(policy)));
}

const Policy *PolicySet::find(const QString &id) const
{
    const auto it = m_policies.constFind(id);
    return it == m_policies.constEnd() ? nullptr : it->get();
}

QStringList PolicySet::ids(PolicyLayer layer) const
{
    QStringList result;
    for (auto it = m_policies.constBegin(); it != m_policies.constEnd(); ++it) {
        if ((*it)->layer == layer)
            result.append(it.key());
    }
    result.sort();
    return result;
}

} // namespace rc::warranty
