#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "tickets/customer.h"
#include "tickets/device.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rc {

class Database;

// Customers: create, edit (optimistic: the version you read must still be current), find.
// Every change writes the customer's outbox snapshot in the same transaction and keeps the
// name index (customer_names) in step.
class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    CustomerRepository(Database &db, const Clock &clock);

    // Stores a new customer from draft (name required; phone normalized to digits).
    // Returns the stored record with id, version 1 and timestamps.
    Result<Customer> create(const Customer &draft);
    // Saves name, phone and note of `edited`; fails with STALE if edited.version is not the
    // stored version (someone else changed it), NOT_FOUND if the id is unknown.
    Result<Customer> update(const Customer &edited);
    Result<std::optional<Customer>> byId(const QString &id);
    // Customers with exactly this phone (digits compared), newest first.
    Result<QList<Customer>> byPhone(const QString &phone);
    // Customers to offer while the clerk types, newest first, at most `limit`: digits (3 or
    // more, spaces and dashes ignored) match the start of the phone, and 4 or more also its
    // last digits ("5678" finds 138 1234 5678); anything else matches the name as the ticket
    // search does (any part of a Chinese name, word prefixes otherwise). Every branch runs
    // on an index.
    Result<QList<Customer>> suggest(const QString &text, int limit = 10);

    // The same as create, for callers already inside Database::write().
    Result<Customer> insertInTransaction(const Customer &draft);

private:
    Database &m_db;
    const Clock &m_clock;
};

// Devices: a phone returning for another repair is the same record.
class DeviceRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRepository)

public:
    DeviceRepository(Database &db, const Clock &clock);

    Result<Device> create(const Device &draft);
    Result<std::optional<Device>> byId(const QString &id);
    // Devices with this IMEI as first or second identifier, newest first.
    Result<QList<Device>> byImei(const QString &imei);

    // Inside Database::write(): the newest device whose first or second IMEI is
    // draft.imei1, else a new one from draft. Brand/model/serial/imei2 fill in blanks of
    // an existing record (a new version) but never overwrite what is there.
    Result<Device> findOrInsertInTransaction(const Device &draft);
    Result<Device> insertInTransaction(const Device &draft);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
