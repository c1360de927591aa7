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
int runReportTill(const Invocation &invocation);
int runReportRemedies(const Invocation &invocation);
int runReportRefunds(const Invocation &invocation);
int runPriceExport(const Invocation &invocation);
int runPriceImport(const Invocation &invocation);
int runDbCheck(const Invocation &invocation);
int runDbBackup(const Invocation &invocation);
int runDbRestore(const Invocation &invocation);
int runSetup(const Invocation &invocation);
int runUserAdd(const Invocation &invocation);
int runUserDisable(const Invocation &invocation);
int runUserEnable(const Invocation &invocation);
int runUserList(const Invocation &invocation);
int runUserSetPin(const Invocation &invocation);
int runSettingsGet(const Invocation &invocation);
int runSettingsSet(const Invocation &invocation);
int runTicketCreate(const Invocation &invocation);
int runTicketAssign(const Invocation &invocation);
int runTicketDiagnose(const Invocation &invocation);
int runTicketQuote(const Invocation &invocation);
int runTicketAnswer(const Invocation &invocation);
int runTicketPay(const Invocation &invocation);
int runTicketRepair(const Invocation &invocation);
int runTicketPickup(const Invocation &invocation);
int runTicketMove(const Invocation &invocation);
int runTicketOverride(const Invocation &invocation);
int runTicketCancel(const Invocation &invocation);
int runTicketRemedy(const Invocation &invocation);
int runTicketNotify(const Invocation &invocation);
int runTicketDispose(const Invocation &invocation);
int runTicketNote(const Invocation &invocation);
int runTicketShow(const Invocation &invocation);
int runTicketList(const Invocation &invocation);
int runSearch(const Invocation &invocation);
int runDeviceHistory(const Invocation &invocation);
int runDemoSeed(const Invocation &invocation);
int runLoanerAdd(const Invocation &invocation);
int runLoanerList(const Invocation &invocation);
int runLoanerLend(const Invocation &invocation);
int runLoanerReturn(const Invocation &invocation);
int runLoanerWriteOff(const Invocation &invocation);
int runReportLoaners(const Invocation &invocation);

int runSyncRun(const Invocation &invocation);
int runSyncStatus(const Invocation &invocation);
int runSyncQuarantined(const Invocation &invocation);
int runSyncRetry(const Invocation &invocation);

} // namespace rc::cli
