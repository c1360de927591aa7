#pragma once

#include "tickets/ticketstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rc::ui {

// Where a ticket stands against the service promises of domain.md §1, for the queue:
//   - diagnosis and quote within a few working days (amber after 3 days, red after 5);
//   - repair within 3 working days of approval (amber after 3 days in repair, red after 7);
//   - more than 7 days in repair: a loaner phone (备用机, CN-07);
//   - more than 30 days since drop-off through the repairer's delay: exchange (CN-09);
//   - more than 60 days since drop-off waiting for the maker's parts: exchange (CN-08).
// Pure: the caller passes "now"; the queue gets it from the injected Clock.
enum class Urgency { None, Due, Late };

struct PromiseState
{
    Urgency urgency = Urgency::None;
    QString ruleId; // "CN-07", "CN-08", "CN-09" or empty
    int daysOpen = 0; // whole days since drop-off
    int daysInStatus = 0; // whole days since the last status change
};

class Promises
{
    Q_DECLARE_TR_FUNCTIONS(Promises)

public:
    // createdAt: drop-off; statusChangedAt: last transition (invalid: use createdAt).
    static PromiseState evaluate(TicketStatus status, const QDateTime &createdAt,
                                 const QDateTime &statusChangedAt, const QDateTime &now);
    // The flag sentence for a rule ID, translated. The queue does not know whether the repair
    // is covered, so the sentence says "if covered".
    static QString flagText(const QString &ruleId);
    // The same in a few words for a table cell ("Loaner phone (CN-07)").
    static QString shortFlag(const QString &ruleId);
    // What the counter does next for a ticket in this status, translated.
    static QString nextStep(TicketStatus status);
    // Open: not picked up, returned or cancelled.
    static bool isOpen(TicketStatus status);
};

} // namespace rc::ui
