#pragma once

#include "tickets/servicepromises.h"
#include "tickets/ticketstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rc::ui {

// Where a ticket stands against the service promises of domain.md §1, for the queue. The
// rules (and the CN-07/08/09 days) are core's (core/tickets/servicepromises.h); this adds
// the words the queue shows.
using Urgency = rc::Urgency;
using PromiseState = rc::PromiseState;

class Promises
{
    Q_DECLARE_TR_FUNCTIONS(Promises)

public:
    // createdAt: drop-off; statusChangedAt: last transition (invalid: use createdAt).
    static PromiseState evaluate(TicketStatus status, const QDateTime &createdAt,
                                 const QDateTime &statusChangedAt, const QDateTime &now,
                                 const DeadlineDays &days = {});
    // The flag sentence for a rule ID, translated. The queue does not know whether the repair
    // is covered, so the sentence says "if covered".
    static QString flagText(const QString &ruleId);
    // The same in a few words for a table cell ("Loaner phone (CN-07)").
    static QString shortFlag(const QString &ruleId);
    // A ticket behind the center's own service promise for its step, without a rule at stake
    // yet: a word for the cell ("Late", "Due") and a sentence for its tooltip naming the step.
    static QString urgencyFlag(Urgency urgency);
    static QString urgencyText(Urgency urgency, TicketStatus status);
    // What the counter does next for a ticket in this status, translated.
    static QString nextStep(TicketStatus status);
    // Open: not picked up, returned or cancelled.
    static bool isOpen(TicketStatus status);
};

} // namespace rc::ui
