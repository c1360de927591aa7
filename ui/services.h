#pragma once

namespace rc {
class DeviceHistory;
class TacDatabase;
class TicketSearch;
namespace warranty {
class WarrantyEngine;
}
class Clock;
class CustomerRepository;
class Database;
class DeviceRepository;
class SettingsRepository;
class TicketRepository;
class UserRepository;
namespace workflow {
struct Workflows;
}
} // namespace rc

namespace rc::ui {

// What the screens work with, built once in app/repair-counter/main.cpp (the composition
// root) and handed to every screen by reference. The repositories are read-only for
// screens: writes go through `workflows`. Screens never open the store or build
// engines themselves, and never reach for a singleton: a test builds its own Services
// over a temporary store and a FixedClock (tests/ui/uifixture.h does it in one line).
struct Services
{
    Database &database;
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
    // The workflow layer (core/workflow): every change a screen makes goes through it, as the
    // acting user of the session; it checks permissions and each step's requirements.
    workflow::Workflows &workflows;
};

} // namespace rc::ui
