#pragma once

#include "ticketstatus.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rc {

// How the phone's screen lock was handled at intake. The passcode itself is never stored.
enum class PasscodeHandling {
    NoLock, // the phone has no screen lock
    RemovedByCustomer, // the customer removed the lock before handing it over
    CustomerWillUnlock, // the customer comes or is called to unlock when needed
    NotNeeded, // the repair does not need the phone unlocked
};
QString passcodeHandlingId(PasscodeHandling handling);
std::optional<PasscodeHandling> passcodeHandlingFromId(const QString &id);

// A repair ticket (维修单).
struct Ticket
{
    QString id; // UUID
    int version = 0;
    QString number; // human number, see TicketNumber
    QString center;
    QString station;
    QString customerId;
    QString deviceId;
    TicketStatus status = TicketStatus::Received;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime statusChangedAt; // UTC
    QString intakeUserId; // who registered it (may be empty: command line, demo data)
    QString technicianId; // assigned technician (may be empty)
    QString faultDescription; // the fault as the customer described it
    QString faultCategory; // performance | cosmetic | software | none_found (warranty case)
    QString component; // main_unit | screen | battery | … (warranty case)
    QDate saleDate; // from the invoice / 三包凭证, invalid when unknown
    QJsonObject condition; // condition checklist: {"screen_cracked": true, "scratches": "…"}
    QStringList accessories; // received with the phone: "sim_tray", "case", "charger", …
    bool backupConsent = false; // the customer was told data may be lost and agreed
    PasscodeHandling passcode = PasscodeHandling::NoLock;
    QJsonObject warrantyCase; // evidence snapshot: the case JSON (warranty-cases/README.md)
    QJsonObject warrantyVerdict; // the current verdict JSON (re-evaluated at diagnosis, or
                                 // a manager's override)
    QJsonObject intakeVerdict; // the verdict the customer was told at intake (its receipt's);
                               // never changed after the ticket is created
    int quoteRevision = 0; // the current quote's revision (0: no quote yet)
    int approvedRevision = 0; // the revision the customer approved (0: none)
    QDateTime pickedUpAt; // UTC, when handed back (picked_up / returned_unrepaired)
};

// One line of a ticket's timeline and audit trail. Immutable once written.
struct TicketEvent
{
    QString id; // UUID
    QString ticketId;
    QDateTime at; // UTC
    QString userId; // may be empty (command line, system)
    QString actor; // who, as shown: the user's display name or "repairctl"
    QString kind; // created | transition | edit | note | diagnosis | quote | approval |
                  // payment | warranty | override
    std::optional<TicketStatus> fromStatus;
    std::optional<TicketStatus> toStatus;
    QString note;
    QJsonObject data; // kind-specific details
    // A status move that lost to another station's different move from the same status
    // (docs/sync-protocol.md, version 2): kept in the timeline, marked, its status not taken.
    bool conflict = false;
};

} // namespace rc
