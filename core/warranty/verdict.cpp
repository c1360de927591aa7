#include "verdict.h"

#include <QJsonArray>

namespace rc::warranty {

namespace {

Error verdictError(const QString &field, const QString &problem)
{
    return Error {QStringLiteral("VERDICT_INVALID"), QStringLiteral("%1: %2").arg(field, problem)};
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}

Result<QDate> readDate(const QJsonObject &o, const QString &key)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull())
        return QDate();
    const QDate date = parseIsoDate(value.toString());
    if (!date.isValid())
        return verdictError(key, QStringLiteral("not a date (YYYY-MM-DD)"));
    return date;
}

} // namespace

QString Verdict::summary(bool chinese) const
{
    QStringList parts;
    for (const VerdictReason &reason : reasons)
        parts.append(QStringLiteral("%1 (%2)").arg(chinese ? reason.zh : reason.en, reason.rule));
    return parts.join(chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

QJsonObject Verdict::toJson() const
{
    QJsonArray remedyList;
    for (const Remedy r : remedies)
        remedyList.append(toName(r));
    QJsonArray reasonList;
    for (const VerdictReason &r : reasons)
        reasonList.append(QJsonObject {{QStringLiteral("rule"), r.rule},
                                       {QStringLiteral("zh"), r.zh},
                                       {QStringLiteral("en"), r.en}});
    QJsonArray warningList;
    for (const VerdictWarning &w : warnings)
        warningList.append(QJsonObject {{QStringLiteral("code"), w.code},
                                        {QStringLiteral("zh"), w.zh},
                                        {QStringLiteral("en"), w.en}});
    QJsonObject o {
        {QStringLiteral("covered"), covered},
        {QStringLiteral("basis"), toName(basis)},
        {QStringLiteral("remedies"), remedyList},
        {QStringLiteral("warranty_start"), dateValue(warrantyStart)},
        {QStringLiteral("warranty_end"), dateValue(warrantyEnd)},
        {QStringLiteral("rules"), QJsonArray::fromStringList(rules)},
        {QStringLiteral("reasons"), reasonList},
        {QStringLiteral("warnings"), warningList},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("brand_policy"),
         brandPolicy.isEmpty() ? QJsonValue() : QJsonValue(brandPolicy)},
        {QStringLiteral("repair_warranty_end"), dateValue(repairWarrantyEnd)},
        {QStringLiteral("loaner_phone"), loanerPhone},
    };
    if (!caseId.isEmpty())
        o.insert(QStringLiteral("case_id"), caseId);
    return o;
}

Result<Verdict> Verdict::fromJson(const QJsonObject &o)
{
    Verdict v;
    const QJsonValue covered = o.value(QStringLiteral("covered"));
    if (!covered.isBool())
        return verdictError(QStringLiteral("covered"), QStringLiteral("must be true or false"));
    v.covered = covered.toBool();
    const auto basis = basisFromName(o.value(QStringLiteral("basis")).toString());
    if (!basis)
        return verdictError(QStringLiteral("basis"), QStringLiteral("unknown basis"));
    v.basis = *basis;
    const QJsonArray remedies = o.value(QStringLiteral("remedies")).toArray();
    for (const QJsonValue &value : remedies) {
        const auto remedy = remedyFromName(value.toString());
        if (!remedy)
            return verdictError(QStringLiteral("remedies"),
                                QStringLiteral("unknown remedy \"%1\"").arg(value.toString()));
        v.remedies.append(*remedy);
    }
    auto start = readDate(o, QStringLiteral("warranty_start"));
    if (!start)
        return start.error();
    v.warrantyStart = *start;
    auto end = readDate(o, QStringLiteral("warranty_end"));
    if (!end)
        return end.error();
    v.warrantyEnd = *end;
    auto rwEnd = readDate(o, QStringLiteral("repair_warranty_end"));
    if (!rwEnd)
        return rwEnd.error();
    v.repairWarrantyEnd = *rwEnd;
    const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue &value : rules)
        v.rules.append(value.toString());
    const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    for (const QJsonValue &value : reasons) {
        const QJsonObject r = value.toObject();
        v.reasons.append({r.value(QStringLiteral("rule")).toString(),
                          r.value(QStringLiteral("zh")).toString(),
                          r.value(QStringLiteral("en")).toString()});
    }
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    for (const QJsonValue &value : warnings) {
        if (value.isString()) {
            v.warnings.append({value.toString(), value.toString(), value.toString()});
            continue;
        }
        const QJsonObject w = value.toObject();
        v.warnings.append({w.value(QStringLiteral("code")).toString(),
                           w.value(QStringLiteral("zh")).toString(),
                           w.value(QStringLiteral("en")).toString()});
    }
    v.caseId = o.value(QStringLiteral("case_id")).toString();
    v.policy = o.value(QStringLiteral("policy")).toString();
    v.brandPolicy = o.value(QStringLiteral("brand_policy")).toString();
    v.loanerPhone = o.value(QStringLiteral("loaner_phone")).toBool();
    return v;
}

} // namespace rc::warranty
