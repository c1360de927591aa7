#include "permissions.h"

namespace rc {

namespace {

struct Entry
{
    Permission permission;
    const char *id;
    bool clerk;
    bool technician;
    bool manager;
};

// The table. A manager may do everything; nobody may do anything while disabled (checked by
// the Authority, not here).
constexpr Entry kTable[] = {
    {Permission::ViewQueue, "view_queue", true, true, true},
    {Permission::Intake, "intake", true, false, true},
    {Permission::AssignTechnician, "assign_technician", true, false, true},
    {Permission::TakeTicket, "take_ticket", false, true, true},
    {Permission::Diagnose, "diagnose", false, true, true},
    {Permission::Approval, "approval", true, false, true},
    {Permission::Payment, "payment", true, false, true},
    {Permission::Repair, "repair", false, true, true},
    {Permission::Pickup, "pickup", true, false, true},
    {Permission::Cancel, "cancel", true, false, true},
    {Permission::Remedy, "remedy", true, false, true},
    {Permission::CollectNotice, "collect_notice", true, false, true},
    {Permission::Dispose, "dispose", false, false, true},
    {Permission::Loaners, "loaners", true, false, true},
    {Permission::WriteOffLoaner, "write_off_loaner", false, false, true},
    {Permission::AddNote, "add_note", true, true, true},
    {Permission::OverrideVerdict, "override_verdict", false, false, true},
    {Permission::ManageCenter, "manage_center", false, false, true},
};

const Entry *entryOf(Permission permission)
{
    for (const Entry &entry : kTable) {
        if (entry.permission == permission)
            return &entry;
    }
    return nullptr;
}

} // namespace

const QList<Permission> &Permissions::all()
{
    static const QList<Permission> list = [] {
        QList<Permission> out;
        for (const Entry &entry : kTable)
            out.append(entry.permission);
        return out;
    }();
    return list;
}

QString Permissions::id(Permission permission)
{
    const Entry *entry = entryOf(permission);
    return entry ? QString::fromLatin1(entry->id) : QString();
}

std::optional<Permission> Permissions::fromId(const QString &id)
{
    for (const Entry &entry : kTable) {
        if (id == QLatin1String(entry.id))
            return entry.permission;
    }
    return std::nullopt;
}

QString Permissions::label(Permission permission)
{
    switch (permission) {
    case Permission::ViewQueue:
        return tr("see the queue and tickets");
    case Permission::Intake:
        return tr("register phones");
    case Permission::AssignTechnician:
        return tr("assign tickets to technicians");
    case Permission::TakeTicket:
        return tr("take tickets");
    case Permission::Diagnose:
        return tr("diagnose and write quotes");
    case Permission::Approval:
        return tr("record the customer's answer to a quote");
    case Permission::Payment:
        return tr("take payments");
    case Permission::Repair:
        return tr("repair");
    case Permission::Pickup:
        return tr("hand phones back");
    case Permission::Cancel:
        return tr("cancel tickets");
    case Permission::Remedy:
        return tr("carry out warranty remedies");
    case Permission::CollectNotice:
        return tr("record notices to collect");
    case Permission::Dispose:
        return tr("dispose of uncollected phones");
    case Permission::Loaners:
        return tr("lend loaner phones");
    case Permission::WriteOffLoaner:
        return tr("write off loaner phones");
    case Permission::AddNote:
        return tr("add notes");
    case Permission::OverrideVerdict:
        return tr("override warranty verdicts");
    case Permission::ManageCenter:
        return tr("manage users, prices and settings");
    }
    return {};
}

bool Permissions::roleAllows(Role role, Permission permission)
{
    const Entry *entry = entryOf(permission);
    if (!entry)
        return false;
    switch (role) {
    case Role::Clerk:
        return entry->clerk;
    case Role::Technician:
        return entry->technician;
    case Role::Manager:
        return entry->manager;
    }
    return false;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Technician:
        return tr("Technician");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

QList<Permission> Permissions::of(Role role)
{
    QList<Permission> out;
    for (const Entry &entry : kTable) {
        if (roleAllows(role, entry.permission))
            out.append(entry.permission);
    }
    return out;
}

} // namespace rc
