#pragma once

namespace rc {
class DeviceHistory;
class TacDatabase;
class TicketSearch;
namespace warranty {
class WarrantyEngine;
}
class AuditLog;
class Clock;
class CustomerRepository;
class DeviceRepository;
class DiagnosisRepository;
class IntakeDraftRepository;
class PaymentRepository;
class PickupRepository;
class PriceListRepository;
class QuoteRepository;
class RepairRepository;
class SettingsRepository;
class TicketRepository;
class UserRepository;
namespace workflow {
class Records;
struct Workflows;
} // namespace workflow
} // namespace rc

namespace rc::ui {

// What the screens work with, built once in app/repair-counter/main.cpp (the composition
// root) and handed to every screen by reference. Screens do not receive the Database: they
// read through the repositories and `records`, and every change goes through `workflows`.
// The repositories are read-only for screens; the one exception is `drafts`, the intake
// form's own per-user draft, which is not business data. Screens never open the store or
// build engines or repositories themselves, and never reach for a singleton: a test builds
// its own Services over a temporary store and a FixedClock (tests/ui/uifixture.h does it in
// one line). Built with designated initializers, so a new member is added by name.
struct Services
{
    const Clock &clock;
    SettingsRepository &settings;
    UserRepository &users;
    CustomerRepository &customers;
    DeviceRepository &devices;
    TicketRepository &tickets;
    TicketSearch &search;
    DeviceHistory &history;
    const warranty::WarrantyEngine &warranty;
    TacDatabase &tacs; // built-in table + the center's learned TACs
    PriceListRepository &prices;
    DiagnosisRepository &diagnoses;
    QuoteRepository &quotes;
    PaymentRepository &payments;
    RepairRepository &repairs;
    PickupRepository &pickups; // candidates and release checks; the release is a workflow
    IntakeDraftRepository &drafts;
    AuditLog &audit;
    // The dossier of a ticket (the ticket view, the papers), the report figures and the
    // facts about the store file (core/workflow/records.h).
    const workflow::Records &records;
    // The workflow layer (core/workflow): every change a screen makes goes through it, as the
    // acting user of the session; it checks permissions and each step's requirements.
    workflow::Workflows &workflows;
};

} // namespace rc::ui
