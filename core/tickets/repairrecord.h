#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rc {

// A part the technician fitted (for the 三包 repair record on the pickup receipt).
struct RepairPart
{
    QString priceItemId; // may be empty
    QString description;
    int quantity = 1;
};

// What was done to the phone (维修记录): parts used, the checks after the repair and the
// result. Stored as a "repair" event on the ticket's timeline: immutable, the newest one is
// the current record.
struct RepairRecord
{
    QString ticketId;
    QString technicianId;
    QDateTime at; // UTC
    QList<RepairPart> parts;
    QJsonObject checks; // post-repair checks: {"power": true, "display": true, "calls": false}
    QString result = QStringLiteral("fixed"); // fixed | not_fixed
    QString note;
};

} // namespace rc
