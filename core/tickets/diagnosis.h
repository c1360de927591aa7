#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rc {

// What the technician found (检测).
struct Diagnosis
{
    QString id; // UUID
    int version = 0;
    QString ticketId;
    QString technicianId;
    QDateTime at; // UTC
    QString findings; // free text
    QStringList faultCodes; // from the 性能故障表, e.g. "no_power", "no_sound"
    QStringList damage; // liquid, drop, crush, cracked_screen, unauthorized_repair, …
    QString cause; // cause found
    QString outcome = QStringLiteral("repair"); // repair | no_fault_found | cannot_repair
    QDateTime updatedAt;
};

} // namespace rc
