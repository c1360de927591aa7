#pragma once

#include "common/result.h"
#include "policy.h"
#include "verdict.h"
#include "warrantycase.h"

#include <QJsonObject>

namespace rc::warranty {

// Evaluates a WarrantyCase against the policies: statutory (cn-sanbao or eu-2019-771),
// then the brand policy the case names, then the center's repair warranty (domain.md §2).
// Pure and deterministic: the date is the case's `today`, nothing is read but the case and
// the PolicySet given at construction. Const and thread-safe; cheap to copy (the policies
// are shared).
//
//     WarrantyEngine engine(PolicySet::load({PolicySet::userPolicyFolder()}));
//     auto c = WarrantyCase::fromJson(caseJson);          // input errors name the field
//     if (!c) return showError(c.error().message);
//     auto verdict = engine.evaluate(*c);                 // unknown policy → error
//     if (verdict) panel.show(verdict->summary(chinese), verdict->rules);
//
// The intake screen evaluates the case live as the clerk types; the store stores the case
// and verdict JSON (WarrantyCase::toJson / Verdict::toJson) on the ticket as evidence.
// Every rule ID the verdict can carry, its source and the date arithmetic are listed in
// docs/warranty.md.
class WarrantyEngine
{
public:
    // An engine over the built-in policies.
    WarrantyEngine();
    explicit WarrantyEngine(PolicySet policies);

    // Errors: code "CASE_INVALID", message naming the field ("policy: unknown policy
    // \"xx\" (known: cn-sanbao, eu-2019-771)").
    Result<Verdict> evaluate(const WarrantyCase &warrantyCase) const;
    // Parses then evaluates: the path of `repairctl warranty evaluate`.
    Result<Verdict> evaluate(const QJsonObject &caseJson) const;

    const PolicySet &policies() const { return m_policies; }

private:
    PolicySet m_policies;
};

} // namespace rc::warranty
