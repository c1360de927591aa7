#pragma once

#include "cli.h"

// One handler per command; each lives in the file named after its group
// (dbcommands.cpp for "db …"). main.cpp lists them.
namespace rc::cli {

int runDbInfo(const Invocation &invocation);
int runImeiCheck(const Invocation &invocation);
int runWarrantyEvaluate(const Invocation &invocation);
int runReportKpis(const Invocation &invocation);
int runPriceExport(const Invocation &invocation);
int runPriceImport(const Invocation &invocation);

} // namespace rc::cli
