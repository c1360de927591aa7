#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tickets/customer.h"
#include "tickets/device.h"
#include "tickets/ticket.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rc {

class Database;
namespace test {
struct LifecycleWalker;
}
namespace workflow {
class TicketWorkflow;
}

// What lets a caller make a lifecycle move that belongs to a workflow step (TicketSteps):
// only the steps that check their own requirements can make one — the quote, answer, repair
// and hand-back repositories and the workflow layer (core/workflow) — and the tests' walker
// (tests/support/lifecyclewalker.h), which sets up tickets in any status for tests of other
// things. Everyone else gets the generic move, which refuses those moves.
class StepKey
{
    friend class QuoteRepository;
    friend class PickupRepository;
    friend class RepairRepository;
    friend class workflow::TicketWorkflow;
    friend struct test::LifecycleWalker;
    StepKey() = default;
};

// What the intake screen (or `repairctl ticket create`) hands over to register a phone.
struct NewTicket
{
    // The customer: an existing one by id, else `customer` is stored as a new record.
    QString customerId;
    Customer customer;
    // The device: an existing one by id, else the newest device with device.imei1 as either
    // IMEI, else `device` is stored as a new record.
    QString deviceId;
    Device device;

    QString faultDescription; // required
    QString faultCategory; // performance | cosmetic | software | none_found (may be empty)
    QString component; // main_unit | screen | battery | … (may be empty)
    QDate saleDate;
    QJsonObject condition;
    QStringList accessories;
    bool backupConsent = false;
    PasscodeHandling passcode = PasscodeHandling::NoLock;
    QJsonObject warrantyCase; // evidence snapshots; empty when not evaluated
    QJsonObject warrantyVerdict;
    QString technicianId;
    QString note; // goes on the "created" event
    // The user whose intake draft this ticket was typed in: the draft is deleted in the
    // same transaction, so a saved intake is never offered back (IntakeDraftRepository).
    QString draftUserId;
};

// A ticket with what a list or a search result shows beside it (no extra queries needed).
struct TicketSummary
{
    QString id;
    QString number;
    TicketStatus status = TicketStatus::Received;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString customerId;
    QString customerName;
    QString customerPhone;
    QString deviceId;
    QString imei1;
    QString imei2;
    QString brand;
    QString model;
    QString faultDescription;
    QString component;
    QString technicianId;
    QDateTime pickedUpAt; // when handed back, invalid before
    QDateTime statusChangedAt; // when it reached its status (a ready ticket: since when ready)
};
QJsonObject toJson(const TicketSummary &summary);

struct TicketFilter
{
    std::optional<TicketStatus> status;
    QString technicianId; // empty: any
    bool openOnly = false; // not picked up, returned or cancelled (the queue)
    bool unassignedOnly = false; // no technician assigned yet
    // Ready tickets first, those ready the longest first (uncollected phones, issue 20); then
    // the others, newest first. Sorts every ticket the filter matches.
    bool longestReadyFirst = false;
    int limit = 50;
    int offset = 0;
};

// Tickets and their timeline. Every change runs in one BEGIN IMMEDIATE transaction that
// writes the ticket, its event (the timeline and audit trail) and the outbox rows (ticket
// snapshot + event), so a change is either whole or absent. When a call returns success the
// commit is durable (synchronous=FULL).
class TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(TicketRepository)

public:
    TicketRepository(Database &db, const Clock &clock);

    // Registers a phone: customer and device (found or created), a ticket in status
    // "received" with a new number (center.code + station.code settings, today's date, the
    // station's next sequence), a "created" event, and the outbox rows.
    Result<Ticket> create(const NewTicket &draft, const Actor &actor);

    // The generic move ("change status"): along the lifecycle (TicketLifecycle), and only
    // the moves no workflow step owns (TicketSteps::genericTargets: e.g. received →
    // diagnosing). A move not on the graph fails with code TRANSITION, one a step owns
    // (approved, ready, picked_up, …) with code WORKFLOW and a sentence naming the step. With
    // expectedVersion set, fails with STALE when the ticket changed meanwhile. A move that
    // closes the ticket unrepaired (TicketLifecycle::isDestructive) fails with
    // REASON_REQUIRED when the note is empty.
    Result<Ticket> transition(const QString &ticketId, TicketStatus to, const Actor &actor,
                              const QString &note = {},
                              std::optional<int> expectedVersion = std::nullopt);
    // Assigns (or with an empty id, unassigns) the technician; an "edit" event.
    Result<Ticket> assignTechnician(const QString &ticketId, const QString &technicianId,
                                    const Actor &actor);
    // Replaces the warranty evidence snapshots (re-evaluation or a manager's override:
    // the note says why); a "warranty" event keeps the previous verdict.
    Result<Ticket> setWarranty(const QString &ticketId, const QJsonObject &warrantyCase,
                               const QJsonObject &verdict, const Actor &actor, const QString &note);
    // A free-text note on the timeline; the ticket itself does not change.
    Result<TicketEvent> addNote(const QString &ticketId, const Actor &actor, const QString &note);

    Result<std::optional<Ticket>> byId(const QString &id);
    // By human number, case-insensitive ("demo01-261123-0042").
    Result<std::optional<Ticket>> byNumber(const QString &number);
    // Newest first.
    Result<QList<TicketSummary>> list(const TicketFilter &filter);
    // Oldest first: created, every transition, edit and note.
    Result<QList<TicketEvent>> timeline(const QString &ticketId);

    // Inside Database::write(): stores a changed ticket (version + 1, updated_at now) with
    // its event and both outbox rows. For other repositories that change a ticket
    // (diagnosis, quote, payment).
    Result<Ticket> saveInTransaction(Ticket ticket, TicketEvent event);
    // Inside Database::write(): an event of `kind` ("note", "loan", …) about a change made
    // elsewhere (money kept, a fee waived, a loaner): the ticket is saved with it as above.
    Result<Ticket> recordInTransaction(const QString &ticketId, const Actor &actor,
                                       const QString &kind, const QString &note,
                                       const QJsonObject &data);
    Result<Ticket> loadInTransaction(const QString &ticketId, std::optional<int> expectedVersion);
    // Inside Database::write(): the generic move of transition().
    Result<Ticket> transitionInTransaction(const QString &ticketId, TicketStatus to,
                                           const Actor &actor, const QString &note,
                                           std::optional<int> expectedVersion = std::nullopt);
    // Inside Database::write(): any move the lifecycle allows, for a workflow step that has
    // checked its own requirements (see StepKey). quoted → approved records the current
    // quote revision as approved; picked_up and returned_unrepaired record the hand-back time.
    Result<Ticket> stepInTransaction(const QString &ticketId, TicketStatus to, const Actor &actor,
                                     const QString &note, std::optional<int> expectedVersion,
                                     StepKey key);

    // A manager replaces the warranty verdict by hand (e.g. goodwill, or evidence the engine
    // cannot weigh). The reason is required; the actor must be a manager (checked against
    // the users table). An "override" event keeps the previous and the new verdict: the
    // audit trail. The new verdict is marked {"overridden": true, "override_reason": …}.
    Result<Ticket> overrideWarranty(const QString &ticketId, const QJsonObject &verdict,
                                    const QString &reason, const Actor &actor);

private:
    Status insertEvent(const TicketEvent &event);
    Result<Ticket> move(Ticket ticket, TicketStatus to, const Actor &actor, const QString &note);
    Result<QString> nextNumber(const QString &center, const QString &station, const QDate &date);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
