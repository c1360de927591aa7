#pragma once

#include "customer.h"
#include "device.h"
#include "ticket.h"
#include "user.h"

#include <QJsonObject>

namespace rc {

// The JSON form of the records: what the outbox carries to HQ and what repairctl prints.
// Keys are snake_case; instants UTC ISO-8601; dates YYYY-MM-DD; money in minor units.
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const Device &device);
QJsonObject toJson(const Ticket &ticket);
QJsonObject toJson(const TicketEvent &event);
// Without any PIN material: the hash never leaves the store.
QJsonObject toJson(const User &user);

} // namespace rc
