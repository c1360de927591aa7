#pragma once

#include <QDateTime>
#include <QString>

namespace rc {

// A phone as the center knows it. Dual-SIM phones have two IMEIs; either may match an
// invoice. A device returning for another repair is the same record (its history).
struct Device
{
    QString id; // UUID
    int version = 0;
    QString imei1; // normalized 15 digits (or MEID/ESN as normalized by core/identifiers)
    QString imei2; // empty when single-SIM
    QString brand;
    QString model;
    QString serial;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace rc
