#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "identifiers/tacdatabase.h"
#include "store/warrantyhistory.h"
#include "sync/devicehistoryclient.h"
#include "tickets/ticket.h"
#include "warranty/intakeevidence.h"
#include "warranty/verdict.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rc {
class Database;
namespace warranty {
class WarrantyEngine;
}
} // namespace rc

namespace rc::workflow {

class Authority;
class Changes;

// Everything the counter knows about a phone being handed in: what the intake form holds and
// what `repairctl ticket create` takes. The same request gives the same stored case and
// verdict whichever door sends it: the desk builds the warranty case from it, the settings and
// the store's history, never from the door's own idea of them.
struct IntakeRequest
{
    // The phone: IMEI (or IMEISV, MEID) as typed or scanned; checked here.
    QString imei1;
    QString imei2; // dual-SIM phones only
    // As corrected by the clerk; empty: what the learned TACs, else the built-in table, say.
    // A brand or model different from what the TAC lookup says teaches the store this TAC.
    QString brand;
    QString model;

    // The customer: an existing one by id, else a new one with this name and phone.
    QString customerId;
    QString customerName;
    QString customerPhone;

    QString faultDescription; // the fault in the customer's words (required)
    QString faultCategory = QStringLiteral("performance"); // performance | cosmetic | software |
                                                           // none_found
    QString component = QStringLiteral("main_unit"); // the engine's component words
    QString faultCode; // from the 性能故障表 (optional)

    // The condition checklist (ConditionChecklist keys ticked → true) and a free note;
    // the marks that mean misuse become the case's damage (core/tickets/condition.h).
    QStringList conditionMarks;
    QString conditionNote;
    QStringList accessories; // received with the phone

    // The warranty evidence as the clerk established it: every piece starts unanswered and
    // an unanswered piece grants nothing (the sale date counts only with its proof named and
    // the IMEI on the paper checked; otherwise the verdict warns EVIDENCE_MISSING).
    warranty::IntakeEvidence evidence;

    bool backupConsent = false; // required: the customer was told data may be lost
    PasscodeHandling passcode = PasscodeHandling::NoLock;
    QString note; // on the "created" event
    // The user whose intake draft this request was typed in: the draft is deleted in the
    // same transaction as the ticket is saved (IntakeDraftRepository).
    QString draftUserId;

    // What head office said about the phone (IntakeDesk::askHeadOffice, or the intake
    // screen's own ask off the GUI thread). Counted only when it is about imei1; the store's
    // own history is always counted.
    sync::HqDeviceHistory headOffice;
};

// Which history the case was built from: this store's, and head office's tickets and
// exchanges of the phone at other stations and centers when head office answered (issue 19).
struct HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(HistorySource)

public:
    sync::HqDeviceHistory::Outcome outcome = sync::HqDeviceHistory::Outcome::NotAsked;
    QString reasonCode; // as HqDeviceHistory's, empty when answered
    QString reason;
    int received = 0; // tickets head office sent
    int used = 0; // of them, those this store does not hold (by ticket number)
    int counted = 0; // of those, the picked-up repairs the warranty case counts
    int exchanges = 0; // head office's exchanges of the phone not held here, counted too
    qint64 elapsedMs = 0; // how long asking took

    // The one line the intake screen shows near the verdict.
    QString summary() const;
    // {"asked", "answered", "tickets_received", "tickets_used", "repairs_counted",
    // "exchanges_counted", "elapsed_ms", and when not answered "reason" (a code) and
    // "message"}.
    QJsonObject toJson() const;
};

// What the desk makes of a request before it is saved: the case and verdict the ticket would
// store if saved now, the phone's history and the TAC lookup.
struct IntakeAssessment
{
    QJsonObject warrantyCase; // the case JSON (WarrantyCase::toJson)
    warranty::Verdict verdict;
    WarrantyHistory history; // this store's and head office's, merged
    HistorySource historySource;
    QString tacBrand; // what the learned TACs / the built-in table say ("" unknown)
    QString tacModel;
};

struct IntakeResult
{
    Ticket ticket;
    warranty::Verdict verdict;
    bool learnedTac = false; // the brand/model correction was stored for this TAC
    HistorySource historySource;
};

// The intake desk (受理): assesses a phone's case and registers phone, customer, ticket and a
// learned TAC in ONE transaction. Built once per process (main()) over the store, the clock,
// the warranty engine and the TAC table, and handed to every door.
class IntakeDesk
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDesk)

public:
    IntakeDesk(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
               TacDatabase &tacs, Authority &authority, Changes &changes);

    // Brand and model for an IMEI: the center's learned TACs first, then the built-in table.
    std::optional<TacInfo> lookUpTac(const QString &imei);
    // The case and verdict the request would be stored with today (read-only: the intake
    // screen shows it as the form changes; without a valid IMEI yet, without history).
    // Errors: CASE_INVALID (e.g. a sale date after today), or the store's.
    Result<IntakeAssessment> assess(const IntakeRequest &request);
    // What is still missing or wrong before the request can be registered, one error each
    // (empty: complete): IMEI_INVALID, IMEI2_INVALID, CUSTOMER_NAME, CUSTOMER_PHONE,
    // TICKET_FAULT, CONSENT_MISSING, INTAKE_WORD (an unknown category, component, proof,
    // condition mark).
    static QList<Error> problems(const IntakeRequest &request);
    // Asks head office for the phone's history with the store's sync settings (sync.hq_url,
    // the station's token), waiting at most boundMs; NotAsked when no head office is set.
    // The command line's way; the intake screen asks without blocking (DeviceHistoryClient).
    sync::HqDeviceHistory askHeadOffice(const QString &imei,
                                        int boundMs = sync::DeviceHistoryClient::kDefaultBoundMs);
    // The sync settings head office is asked with (the token from the token store).
    Result<sync::SyncSettings> headOfficeSettings();
    // The IMEI a request's history is read for: the 15-digit IMEI of imei1, empty when it is
    // not one.
    static QString historyImei(const QString &imei1);

    // Registers the phone for `userId` (permission Intake): customer and device found or
    // created, the ticket "received" with its case and verdict, the TAC learned when the
    // brand or model was corrected — all in one transaction, durable when this returns.
    // Emits Changes::ticketCreated.
    Result<IntakeResult> registerPhone(const QString &userId, const IntakeRequest &request);

private:
    Result<IntakeAssessment> assessInStore(const IntakeRequest &request);

    Database &m_db;
    const Clock &m_clock;
    const warranty::WarrantyEngine &m_engine;
    TacDatabase &m_tacs;
    Authority &m_authority;
    Changes &m_changes;
};

} // namespace rc::workflow
