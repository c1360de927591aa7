#include "migrations.h"

namespace rc {

namespace {

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> steps;
    steps.push_back({1,
                     "settings",
                     {
                         QStringLiteral("CREATE TABLE settings ("
                                        " key TEXT PRIMARY KEY NOT NULL,"
                                        " value TEXT NOT NULL,"
                                        " updated_at TEXT NOT NULL)"),
                     }});
    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

} // namespace rc
