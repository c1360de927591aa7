#pragma once

#include "money.h"
#include "ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rc {

// The diagnosis fee (检测费, issue 20; 费用透明: the customer is told it at intake). The amount
// and the waiver rule are the center's settings (fees.diagnosis, fees.waive_diagnosis_on_approval)
// fixed on the ticket when it is registered, so a later change of the settings does not change
// what this customer was told.
struct DiagnosisFeeTerms
{
    Money amount; // 0: no fee
    bool waiveOnApproval = true;
    QString waivedReason; // a manager's waiver (audited); empty: not waived
    QString waivedBy; // the manager's user id
};

// Where the fee stands for a ticket.
enum class DiagnosisFeeStatus {
    None, // no fee was set when the ticket was registered
    Covered, // the warranty covers the repair: a covered repair never pays it
    Pending, // told, not yet due: the quote is not answered yet
    WaivedOnApproval, // the quote was approved and the center waives the fee then
    Charged, // the quote was approved and the fee is added to the payable amount
    Owed, // no repair (declined, cannot fix, cancelled after diagnosis): it is what is owed
    NotDiagnosed, // cancelled or handed back before any diagnosis: nothing is owed
    WaivedByManager, // a manager waived it, with a reason
};

struct DiagnosisFeeState
{
    DiagnosisFeeStatus status = DiagnosisFeeStatus::None;
    Money amount; // the fee fixed at intake
    Money due; // what of it is payable now (0, or the amount)
    QStringList rules; // Covered: the verdict's rule IDs
    QString waivedReason;
    bool waiveOnApproval = true; // the rule fixed at intake

    bool isSet() const { return amount.minor > 0; }
    QJsonObject toJson() const;
};

class DiagnosisFee
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisFee)

public:
    // The fee's state for a ticket: `at` is the status it is judged at (the status the ticket
    // is about to move to, at hand-back or cancel), else the ticket's own; `diagnosed` says
    // whether a diagnosis was recorded. The verdict judged is the current one, else the
    // intake's (a covered ticket never pays: its rules are cited).
    static DiagnosisFeeState assess(const DiagnosisFeeTerms &terms, const Ticket &ticket,
                                    bool diagnosed, std::optional<TicketStatus> at = {});

    // Stable ids for programs ("waived_on_approval") and sentences for papers and screens.
    static QString id(DiagnosisFeeStatus status);
    static QString describe(const DiagnosisFeeState &state);
    // The intake receipt's line (费用透明): the fee and the waiver rule; empty without a fee.
    static QString terms(const Money &amount, bool waiveOnApproval);
};

} // namespace rc
