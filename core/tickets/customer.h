#pragma once

#include <QDateTime>
#include <QString>

namespace rc {

// A customer of the center. `phone` holds digits only (a leading + kept), as typed minus
// spaces and dashes.
struct Customer
{
    QString id; // UUID
    int version = 0;
    QString name;
    QString phone;
    QString note;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

} // namespace rc
