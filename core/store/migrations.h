#pragma once

#include <QStringList>

#include <vector>

namespace rc {

// One step of the schema's history. Steps are applied in order, all pending steps in a
// single transaction, and PRAGMA user_version records the last one applied. A step is
// never edited once released: a change is a new step.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// The statements that fill an empty ticket_facts (schema step 5) from tickets, their
// timeline and quote lines: what the step's triggers would have written.
QStringList reportFactsFill();
// The triggers of step 5 that fire on inserting tickets, timeline events and quote lines.
QStringList reportFactsInsertTriggers();

// The statements that fill empty search tables ticket_keys and ticket_names (schema step 6)
// from tickets, customers and devices: what the step's triggers would have written.
QStringList ticketSearchFill();
// The trigger of step 6 that fires on inserting a ticket.
QString ticketSearchInsertTrigger();

} // namespace rc
