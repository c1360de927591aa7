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

} // namespace rc
