#pragma once

#include "tickets/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rc {

// What a person at the counter may do: the one role → permission table of the center
// (domain.md §1). The workflow layer checks it for every step whoever calls (a screen, the
// command line, a later sync pull); screens read it only to decide which buttons to offer.
enum class Permission {
    ViewQueue, // queue, ticket view, search: everyone
    Intake, // register a phone: clerk, manager
    AssignTechnician, // give a ticket to a technician: clerk, manager
    TakeTicket, // take a ticket for oneself: technician, manager
    Diagnose, // 检测, and writing or changing the quote's lines: technician, manager
    Approval, // record the customer's answer to a quote: clerk, manager
    Payment, // take money: clerk, manager
    Repair, // 维修: technician, manager
    Pickup, // hand the phone back: clerk, manager
    Cancel, // cancel a ticket, with a reason: clerk, manager
    Remedy, // carry out the remedy the verdict allows (refund, exchange, accessory): clerk, manager
    CollectNotice, // record a notice to collect a ready phone: clerk, manager
    Dispose, // dispose of an uncollected phone, with a reason: manager
    Loaners, // the loaner phones (备用机, CN-07): add, lend, take back: clerk, manager
    WriteOffLoaner, // write off a loaner phone that is out, with a reason: manager
    AddNote, // a note on the timeline: everyone
    OverrideVerdict, // override a warranty verdict with a written reason: manager
    ManageCenter, // users, price list, settings: manager
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static const QList<Permission> &all();
    // Stable ids for programs ("override_verdict"); labels for people, translated.
    static QString id(Permission permission);
    static std::optional<Permission> fromId(const QString &id);
    static QString label(Permission permission);

    static bool roleAllows(Role role, Permission permission);
    // The role in words, translated ("Clerk" / "前台").
    static QString roleName(Role role);
    static QList<Permission> of(Role role);
};

} // namespace rc
