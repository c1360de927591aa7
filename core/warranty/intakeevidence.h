#pragma once

#include "verdict.h"
#include "warrantycase.h"
#include "warrantytypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rc::warranty {

// The warranty evidence a clerk establishes at intake (domain.md §2.1, §2.3): the sale date,
// the paper that proves it, whether the IMEI on that paper is the phone's, and the factory
// date. Every piece starts unanswered, and an unanswered piece never grants a right: the
// sale date counts (CN-01/CN-02, and with it the refund and exchange of CN-04/CN-05) only
// once it is given, its proof is named and the IMEI on the paper was checked (a mismatch is
// EX-3). Until then the case carries no sale date (EX-2, or CN-03 with a factory date) and
// the verdict carries a warning EVIDENCE_MISSING that says what is missing.
struct IntakeEvidence
{
    enum class Missing { SaleDate, Proof, ImeiCheck };

    QDate saleDate; // invalid: not given
    std::optional<SaleDateSource> proof; // nothing: not named
    std::optional<bool> imeiMatches; // nothing: not checked
    QDate factoryDate; // invalid: not known

    // What is still unanswered, in the order of the form.
    QList<Missing> missing() const;
    // The sale date counts: given, proven, and the IMEI on the paper checked (either way).
    bool saleDateEstablished() const;

    // Writes the evidence into a case: the sale date and its source only when established,
    // the IMEI answer (unchecked counts as matching, which matters only with a sale date,
    // so it never grants anything), the factory date.
    void applyTo(WarrantyCase &c) const;
    // The case JSON as the ticket stores it: an unchecked IMEI is null, not true.
    void annotate(QJsonObject &caseJson) const;
    // Adds the warning EVIDENCE_MISSING (what is missing, zh and en) when anything is.
    void annotate(Verdict &verdict) const;
    // "No sale date, no proof of it, the IMEI on the papers not checked", zh and en.
    Sentence missingSentence() const;

    static constexpr const char *missingWarningCode = "EVIDENCE_MISSING";

    // A calendar date as a clerk types it: 2026-11-20, 2026/11/20, 2026.11.20, 20261120
    // (month and day may have one digit when separated). Invalid when it is not a date.
    static QDate parseDate(const QString &text);
};

} // namespace rc::warranty
