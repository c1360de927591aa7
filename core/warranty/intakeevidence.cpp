#include "intakeevidence.h"

#include <QRegularExpression>
#include <QStringList>

namespace rc::warranty {

QList<IntakeEvidence::Missing> IntakeEvidence::missing() const
{
    QList<Missing> out;
    if (!saleDate.isValid())
        out.append(Missing::SaleDate);
    if (!proof)
        out.append(Missing::Proof);
    if (!imeiMatches)
        out.append(Missing::ImeiCheck);
    return out;
}

bool IntakeEvidence::saleDateEstablished() const
{
    return saleDate.isValid() && proof.has_value() && imeiMatches.has_value();
}

void IntakeEvidence::applyTo(WarrantyCase &c) const
{
    if (saleDateEstablished()) {
        c.saleDate = saleDate;
        c.saleDateSource = *proof;
    } else {
        c.saleDate = QDate();
        c.saleDateSource = SaleDateSource::Invoice;
    }
    c.imeiMatches = imeiMatches.value_or(true);
    c.factoryDate = factoryDate;
}

void IntakeEvidence::annotate(QJsonObject &caseJson) const
{
    if (imeiMatches)
        return;
    QJsonObject evidence = caseJson.value(QStringLiteral("evidence")).toObject();
    evidence.insert(QStringLiteral("imei_matches"), QJsonValue(QJsonValue::Null));
    caseJson.insert(QStringLiteral("evidence"), evidence);
}

void IntakeEvidence::annotate(Verdict &verdict) const
{
    if (missing().isEmpty())
        return;
    const Sentence sentence = missingSentence();
    verdict.warnings.append({QString::fromLatin1(missingWarningCode), sentence.zh, sentence.en});
}

Sentence IntakeEvidence::missingSentence() const
{
    // Data in both languages, like the policies' sentences: a receipt prints the customer's
    // language whatever the interface speaks.
    QStringList zh;
    QStringList en;
    for (Missing m : missing()) {
        switch (m) {
        case Missing::SaleDate:
            zh << QStringLiteral("购机日期");
            en << QStringLiteral("the sale date");
            break;
        case Missing::Proof:
            zh << QStringLiteral("购机凭证（发票或三包凭证）");
            en << QStringLiteral("its proof (invoice or warranty card)");
            break;
        case Missing::ImeiCheck:
            zh << QStringLiteral("凭证上的IMEI核对");
            en << QStringLiteral("the check of the IMEI on the papers");
            break;
        }
    }
    if (zh.isEmpty())
        return {};
    return {
        QStringLiteral("尚缺：%1。补齐前不按购机日期享受三包。").arg(zh.join(QStringLiteral("、"))),
        QStringLiteral("Still missing: %1. Until then the sale date gives no warranty right.")
            .arg(en.join(QStringLiteral(", ")))};
}

QDate IntakeEvidence::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    QRegularExpressionMatch m = compact.match(t);
    if (!m.hasMatch())
        m = separated.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace rc::warranty
