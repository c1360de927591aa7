#pragma once

#include "money.h"

#include <QDateTime>
#include <QString>

namespace rc {

// Money taken or given back for a ticket.
struct Payment
{
    QString id; // UUID
    QString ticketId;
    QString kind; // deposit | payment | refund
    Money amount; // positive; refunds are positive amounts of kind "refund"
    QString method; // cash | card | wechat | alipay | mobile | other
    QString reference; // terminal or transfer reference, may be empty
    QString userId;
    QDateTime at;
};

} // namespace rc
