#pragma once

#include "money.h"

#include <QDateTime>
#include <QString>

namespace rc {

enum class QuoteLineKind { Part, Labour };

// One line of a quote (报价单). Lines belong to a revision: changing a quote makes a new
// revision, and a new revision needs a new approval before repair.
struct QuoteLine
{
    QString id; // UUID
    int version = 0;
    QString ticketId;
    int revision = 1;
    QuoteLineKind kind = QuoteLineKind::Part;
    QString priceItemId; // may be empty for a free-text line
    QString description;
    int quantity = 1;
    Money unitPrice;
    bool covered = false; // covered by the warranty (the customer does not pay it)
    QDateTime createdAt;

    Money total() const { return Money {unitPrice.minor * quantity, unitPrice.currency}; }
    Money payable() const { return covered ? Money {0, unitPrice.currency} : total(); }
};

// The customer's answer to one quote revision (维修前获得客户明确授权).
struct Approval
{
    QString id; // UUID
    QString ticketId;
    int revision = 1;
    bool approved = false; // false: declined
    Money payable; // what the customer agreed to pay for that revision
    QString method; // in_person (at the counter) | phone | message
    QString userId; // the clerk who recorded it
    QDateTime at;
    QString note;
};

} // namespace rc
