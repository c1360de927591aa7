#pragma once

#include "cli.h"

// One handler per command; each lives in the file named after its group
// (dbcommands.cpp for "db …"). main.cpp lists them.
namespace rc::cli {

int runDbInfo(const Invocation &invocation);
int runImeiCheck(const Invocation &invocation);
int runReceiptRender(const Invocation &invocation);
int runWarrantyEvaluate(const Invocation &invocation);
int runReportKpis(const Invocation &invocation);
int runPriceExport(const Invocation &invocation);
int runPriceImport(const Invocation &invocation);
int runDbCheck(const Invocation &invocation);
int runDbBackup(const Invocation &invocation);
int runDbRestore(const Invocation &invocation);
int runTicketCreate(const Invocation &invocation);
int runTicketShow(const Invocation &invocation);
int runTicketList(const Invocation &invocation);
int runSearch(const Invocation &invocation);
int runDeviceHistory(const Invocation &invocation);
int runDemoSeed(const Invocation &invocation);

int runSyncRun(const Invocation &invocation);
int runSyncStatus(const Invocation &invocation);
int runSyncQuarantined(const Invocation &invocation);
int runSyncRetry(const Invocation &invocation);

} // namespace rc::cli
