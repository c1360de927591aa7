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

// The statements that fill ticket_facts (schema step 5) from tickets, their timeline and
// quote lines: for every ticket when ticketIds is empty, else for the tickets whose ids the
// subquery ticketIds selects (their rows must not exist yet; the previous pickup of their
// devices' other tickets is recomputed too). The result is what the step's triggers write.
QStringList reportFactsFill(const QString &ticketIds = {});
// The triggers of step 5 that fire on inserting tickets, timeline events and quote lines.
QStringList reportFactsInsertTriggers();

} // namespace rc
