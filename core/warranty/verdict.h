#pragma once

#include "common/result.h"
#include "warrantytypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::warranty {

// One sentence in both languages. Verdict sentences are data (from the policy files), not
// tr(): the receipt prints the language the customer asked for whatever the UI language is.
struct Sentence
{
    QString zh;
    QString en;
    QString text(bool chinese) const { return chinese ? zh : en; }
};

// Why: one rule that decided the verdict, with the sentence the clerk reads out.
struct VerdictReason
{
    QString rule; // "CN-04"
    QString zh;
    QString en;
};

// Something the clerk must check or say, without changing the verdict: the brand's exchange
// conditions to confirm (BRAND_EXCHANGE_CHECK), the EU burden of proof (EU-02), …
struct VerdictWarning
{
    QString code;
    QString zh;
    QString en;
};

// What the warranty gives for one case: the verdict JSON of shared/warranty-cases/README.md.
// toJson() writes covered, basis, remedies, warranty_start, warranty_end, rules, reasons,
// warnings, plus policy, brand_policy, repair_warranty_end, loaner_phone and case_id.
struct Verdict
{
    bool covered = false;
    Basis basis = Basis::None;
    QList<Remedy> remedies; // in the order refund, exchange, free_repair, price_reduction
    QDate warrantyStart; // invalid = null
    QDate warrantyEnd; // last covered day under the product layers; invalid = null
    QStringList rules; // rule IDs, in the order they were applied
    QList<VerdictReason> reasons; // one per rule (a rule may have more than one sentence)
    QList<VerdictWarning> warnings;

    QString caseId;
    QString policy;
    QString brandPolicy;
    QDate repairWarrantyEnd; // RW-1: the last day of the repair warranty that applied
    bool loanerPhone = false; // CN-07

    bool hasRemedy(Remedy remedy) const { return remedies.contains(remedy); }
    bool hasRule(const QString &rule) const { return rules.contains(rule); }
    // The reasons as one paragraph in one language, e.g. for a receipt line:
    // "Performance fault within 7 days of sale: refund, exchange or repair (CN-04)".
    QString summary(bool chinese) const;

    QJsonObject toJson() const;
    static Result<Verdict> fromJson(const QJsonObject &object);
};

} // namespace rc::warranty
