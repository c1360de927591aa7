#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace rc {

class Database;

// Realistic synthetic data for demonstrations and benchmarks: a center, a few users,
// customers with Chinese and English names and mainland mobile numbers, phones with real
// TACs (Osmocom TAC database) and IMEIs with valid check digits (a share dual-SIM),
// tickets spread over past days in every status with their whole timeline, returning
// customers and returning devices (some within the repair-warranty period).
//
// Demo data is written in bulk (one transaction, prepared statements) and is not
// queued in the outbox: it is not meant to reach head office. The few records the seed
// writes through the repositories (the demo users, the center's settings) are queued as
// usual, so the store is also marked as a demo store (setting store.demo = 1), and sync
// refuses to run on it: a demo store never pushes anything to a real HQ.
struct DemoOptions
{
    int tickets = 200;
    quint32 seed = 1;
    QString center = QStringLiteral("DEMO");
};

struct DemoReport
{
    int tickets = 0;
    int customers = 0;
    int devices = 0;
    int events = 0;
    int users = 0;
    int payments = 0;
};

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Seeds an empty store (no tickets yet); fails with STORE_NOT_EMPTY otherwise.
    // Demo users (PIN 1234): clerk "clerk", technicians "tech1", "tech2"; manager "manager"
    // (PIN 123456: a manager's PIN has at least 6 digits).
    static Result<DemoReport> seed(Database &db, const Clock &clock, const DemoOptions &options);

    // Whether the store was seeded with demo data (setting store.demo).
    static Result<bool> isDemoStore(const Database &db);

    // The Luhn check digit of 14 digits (domain.md §3).
    static int luhnCheckDigit(const QString &first14);
};

} // namespace rc
