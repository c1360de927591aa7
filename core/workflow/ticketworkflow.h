#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "store/quoterepository.h"
#include "tickets/diagnosis.h"
#include "tickets/quote.h"
#include "tickets/repairrecord.h"
#include "tickets/ticket.h"
#include "workflow/permissions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
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

// What the technician found (检测).
struct DiagnosisInput
{
    QString findings; // required
    QString cause;
    QStringList faultCodes; // FaultCodes (the 性能故障表)
    // The damage found (FaultCodes::damageWords); nothing: the damage noted at intake stands.
    std::optional<QStringList> damage;
    QString outcome = QStringLiteral("repair"); // repair | no_fault_found | cannot_repair
    // With outcome "repair": the parts and labour needed, issued as the next quote revision
    // in the same transaction (empty: the quote is written later, ticket quote).
    QList<QuoteLine> lines;
};

// The intake case evaluated again with what was found: what the diagnosis will store.
struct Reassessment
{
    QJsonObject warrantyCase;
    QJsonObject verdict;
    bool coverageChanged = false; // covered at intake, not now, or the other way round
};

struct DiagnosisResult
{
    Diagnosis diagnosis;
    Ticket ticket;
    Reassessment reassessment;
};

// Money taken: a deposit (订金, credited) or a payment.
struct PaymentInput
{
    Money amount;
    QString method; // cash | card | wechat | alipay | mobile | other
    bool deposit = false;
    QString reference;
};

// The end of a repair: the parts fitted and the post-repair checks (RepairChecks).
struct RepairInput
{
    QList<RepairPart> parts;
    QJsonObject checks; // {"power": true, …}; "ready" needs every one of RepairChecks::keys()
    QString note;
};

// The remedy the customer chose from what the warranty verdict allows (issue 20; domain.md §2):
// a refund (退货, the verdict lists "refund": CN-04, or CN-13 after two failed accessory
// exchanges), an exchange of the phone (换货, the verdict lists "exchange" for the main unit:
// CN-04/05/06/08/09) or of an accessory (CN-13). A manager may carry out one the verdict does
// not allow with a written reason (overrideReason), audited.
struct RemedyInput
{
    QString kind; // refund | exchange | accessory
    // refund: the price on the invoice and how it goes back (cash | card | mobile).
    Money amount;
    QString method;
    // exchange: the replacement phone, scanned (validated by core/identifiers) …
    QString newImei;
    QString newImei2;
    // … the exchange conditions confirmed, by key (TicketWorkflow::exchangeConditions) …
    QStringList checks;
    bool allChecks = false;
    // … and what becomes of the old phone: to_maker (back to the brand, the default) | kept.
    QString oldPhone;
    // accessory: the component replaced (battery | charger | wired_headset | card | data_cable).
    QString component;
    QString overrideReason; // a manager's, when the verdict does not allow the remedy
    // The money the customer left for a repair (deposits) goes back too, unless kept with a
    // reason; settled before a refund's own money.
    DepositChoice deposit;
};

// One exchange condition the clerk confirms (the seeds' list, then the brand policy's own).
struct ExchangeCondition
{
    QString key; // box_complete, no_wear, imei_label_intact, dates_agree, brand_1, …
    QString label; // translated, or the brand policy's sentence in the UI language
};

// What the step stored (the row of the remedies table, synced as entity "remedy").
struct RemedyRecord
{
    QString id;
    QString ticketId;
    QString kind;
    QStringList rules; // the verdict's rules that allowed it (+ "OVERRIDE")
    QString overrideReason;
    QJsonObject conditions; // exchange: {"box_complete": true, …}
    QString newDeviceId;
    QString newImei;
    QString oldPhone;
    QString component;
    QDate warrantyEnd; // accessory: the new accessory's own period; exchange: the phone's
    QString paymentId;
    Money amount;
    QString method;
    QString userId;
    QDate date;
    QJsonObject toJson() const;
};

struct RemedyResult
{
    Ticket ticket;
    RemedyRecord remedy;
};

// A notice to collect a ready phone (issue 20; the receipt's promise, domain.md §1): when, how
// (phone | message | letter) and who. Stored in collect_notices, synced as "collect_notice".
struct CollectNotice
{
    QString id;
    QString ticketId;
    QString how; // phone | message | letter
    QString note;
    QString userId;
    QDate date;
    QDateTime at; // UTC
    QJsonObject toJson() const;
};

// Where a ready ticket stands towards disposal: the notices so far and from when a manager may
// dispose of the phone (the last notice's date + uncollected.days).
struct UncollectedState
{
    int days = 90; // the uncollected.days setting
    QList<CollectNotice> notices; // oldest first
    std::optional<QDate> disposableFrom; // empty without a notice
};

// The ticket's steps after intake, each checking the acting user's permission (Authority) and
// its own requirements, whoever calls it: the screens, repairctl, the sync pull. Each writes
// in one transaction with its outbox rows and, once committed, announces the ticket on
// Changes::ticketChanged. Refusals are Errors with stable codes: FORBIDDEN / USER_DISABLED /
// USER_UNKNOWN (the Authority's, audited), WORKFLOW (a generic move a step owns), TRANSITION
// (not on the lifecycle graph), STALE, and each step's own (IMEI_MISMATCH, BALANCE_DUE,
// REPAIR_CHECKS, …).
class TicketWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TicketWorkflow)

public:
    TicketWorkflow(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
                   Authority &authority, Changes &changes);

    // Gives the ticket to a technician (AssignTechnician), or takes it when technicianId is
    // the acting user (TakeTicket). The assignee must be an enabled technician or manager;
    // an empty id unassigns (AssignTechnician). Closed tickets are refused.
    Result<Ticket> assign(const QString &userId, const QString &ticketId,
                          const QString &technicianId);
    Result<Ticket> take(const QString &userId, const QString &ticketId);

    // Records the diagnosis (Diagnose) while the ticket is received or diagnosing, with the
    // warranty evaluated again from the stored case and what was found; a quote in the same
    // transaction when lines are given.
    Result<DiagnosisResult> diagnose(const QString &userId, const QString &ticketId,
                                     const DiagnosisInput &input);
    // What diagnose() would store as the warranty case and verdict (read-only, for a preview).
    Result<Reassessment> reassess(const QString &ticketId, const DiagnosisInput &input);
    // A new quote revision (Diagnose): lines checked, a line marked covered becomes payable
    // when the ticket's current verdict is not covered. The ticket becomes "quoted".
    Result<Ticket> quote(const QString &userId, const QString &ticketId, QList<QuoteLine> lines,
                         const QString &note = {});
    // A quote line from the price list by item code (QuoteLine with the item's price); covered
    // nothing: as the ticket's current verdict says.
    Result<QuoteLine> priceLine(const QString &ticketId, const QString &code, int quantity,
                                std::optional<bool> covered);
    // The customer's answer to the current revision (Approval): the only way to "approved".
    Result<Approval> answer(const QString &userId, const QString &ticketId,
                            const QuoteAnswer &answer);
    // A deposit or payment (Payment) on an open ticket.
    Result<Payment> pay(const QString &userId, const QString &ticketId, const PaymentInput &input);

    // Repair (Repair): start once the current revision is approved (or again from "ready"),
    // parts arrived (waiting_parts → repairing), wait for parts (from approved or repairing,
    // naming the part), finish (every post-repair check passed → "ready"), cannot fix (the
    // phone goes back unrepaired at pickup; a note says why).
    Result<Ticket> startRepair(const QString &userId, const QString &ticketId,
                               const QString &note = {});
    Result<Ticket> partsArrived(const QString &userId, const QString &ticketId,
                                const QString &note = {});
    Result<Ticket> waitForParts(const QString &userId, const QString &ticketId,
                                const QString &note);
    Result<Ticket> finishRepair(const QString &userId, const QString &ticketId,
                                const RepairInput &input);
    Result<Ticket> cannotFix(const QString &userId, const QString &ticketId,
                             const RepairInput &input);

    // The hand-back (Pickup; and Payment when money is taken with it): the scanned IMEI must
    // match, the accessories be returned or their absence explained, the balance be paid;
    // "picked_up" for a repaired phone, "returned_unrepaired" otherwise.
    Result<PickupResult> handBack(const QString &userId, const PickupRequest &request);
    // Cancels the ticket (Cancel) with a reason; STALE when expectedVersion is given and the
    // ticket changed meanwhile. The money the customer left goes back (a refund by the acting
    // user) unless `deposit` keeps it with a written reason (audited); `settled`, when given,
    // says which.
    Result<Ticket> cancel(const QString &userId, const QString &ticketId, const QString &reason,
                          std::optional<int> expectedVersion = std::nullopt,
                          const DepositChoice &deposit = {}, DepositOutcome *settled = nullptr);
    // A manager's override of the verdict (OverrideVerdict), with a reason; audited with the
    // verdict before and after.
    Result<Ticket> overrideVerdict(const QString &userId, const QString &ticketId, bool covered,
                                   const QString &reason);
    // Closes the ticket with the remedy the customer chose (Remedy): only one the stored
    // verdict allows, unless a manager overrides with a reason (OverrideVerdict too). Refusals:
    // REMEDY_KIND, REMEDY_NOT_ALLOWED, REMEDY_COMPONENT, EXCHANGE_CONDITIONS, EXCHANGE_CHECK,
    // IMEI_INVALID, IMEI_SAME, REFUND_AMOUNT, REFUND_METHOD, TICKET_CLOSED. An exchange writes
    // a device_exchanges row for the new phone (its warranty restarts that day, CN-12), an
    // accessory one for the phone (CN-13 counts it); a refund a payment of kind "refund".
    Result<RemedyResult> remedy(const QString &userId, const QString &ticketId,
                                const RemedyInput &input);
    // The remedies the ticket's verdict allows now ("refund", "exchange", "accessory").
    static QStringList allowedRemedies(const Ticket &ticket);
    // The conditions an exchange needs confirmed for this ticket's verdict.
    static QList<ExchangeCondition> exchangeConditions(const Ticket &ticket);
    // The verdict the remedy is judged by: the current one, else the intake's.
    static QJsonObject remedyVerdict(const Ticket &ticket);

    // A notice to collect (CollectNotice) on a ready ticket: how is phone, message or letter.
    // A ticket event "collect_notice", a collect_notices row and its outbox row, audited.
    // Refusals: NOTICE_HOW, NOT_READY, NOT_FOUND and the Authority's.
    Result<CollectNotice> noticeToCollect(const QString &userId, const QString &ticketId,
                                          const QString &how, const QString &note = {});
    // Closes a ready ticket nobody collected as "disposed" (Dispose: a manager), with a
    // reason, no earlier than uncollected.days after the last notice; audited. Refusals:
    // DISPOSE_REASON, NOT_READY, DISPOSE_NO_NOTICE, DISPOSE_TOO_EARLY and the Authority's.
    Result<Ticket> dispose(const QString &userId, const QString &ticketId, const QString &reason);
    // The notices of a ticket and when it may be disposed of.
    Result<UncollectedState> uncollected(const QString &ticketId);

    // The generic status change: only the moves no step owns (TicketSteps::genericTargets);
    // the others are refused with code WORKFLOW naming the step to use.
    Result<Ticket> move(const QString &userId, const QString &ticketId, TicketStatus to,
                        const QString &note = {},
                        std::optional<int> expectedVersion = std::nullopt);
    Result<TicketEvent> addNote(const QString &userId, const QString &ticketId,
                                const QString &note);

    // The verdict a manager's override stores: the previous one marked covered or not, with
    // the remedy free repair when covered and an OVERRIDE reason in both languages.
    static QJsonObject overriddenVerdict(const QJsonObject &verdict, bool covered,
                                         const QString &reason);
    // The permission a generic move to `to` needs.
    static Permission permissionForMove(TicketStatus to);

private:
    Result<Reassessment> reassessTicket(const Ticket &ticket, const DiagnosisInput &input) const;
    Status checkLines(QList<QuoteLine> &lines, const Ticket &ticket) const;
    Result<Ticket> repairMove(const QString &userId, const QString &ticketId, TicketStatus to,
                              const QList<TicketStatus> &from, const QString &note,
                              const QString &operation);
    void changed(const QString &ticketId);

    Database &m_db;
    const Clock &m_clock;
    const warranty::WarrantyEngine &m_engine;
    Authority &m_authority;
    Changes &m_changes;
};

} // namespace rc::workflow
