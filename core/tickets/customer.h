#pragma once

#include <QDateTime>
#include <QString>

namespace rc {

// A customer of the center. `phone` holds digits only ("+44 7700 900123" is stored as
// 447700900123), so prefix and last-digits searches work on what people type.
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
