#pragma once

#include "common/result.h"
#include "demodata.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <array>
#include <limits>
#include <vector>

namespace rc {

class Database;

// The rows of a demo store, ticket by ticket in time order: the customer and phone when
// they are new, the ticket, its timeline, its quote and its money. Written through
// prepared statements of the SQLite C API with UTF-8 text made in place (no QVariant,
// QString or QDateTime per value): this is the loop a million-ticket seed spends its time
// in, and it writes the search keys and report facts of each ticket itself, as the triggers
// of schema steps 5 and 6 would. DemoData::seed owns the transaction, the triggers and the
// indexes.
class DemoGenerator
{
public:
    struct Staff
    {
        QByteArray clerkId; // empty: none
        QList<QByteArray> technicianIds;
    };

    DemoGenerator(const Database &db, const DemoOptions &options, const QDateTime &now,
                  Staff staff);

    // Whether every statement could be prepared.
    Status prepare() const;
    // Writes ticket number `index` (0 … options.tickets - 1, in order) and what it needs.
    Status writeTicket(int index);
    // Writes what is kept for the end: the search keys of every ticket written, in key
    // order (into an empty ticket_keys, that is appending rather than inserting all over).
    Status finish();

    // The rows written so far (tickets, customers, devices, events, payments).
    const DemoReport &report() const { return m_report; }
    // The last sequence used per ticket-number prefix, for ticket_sequences.
    QHash<QString, int> sequences() const;

private:
    using Id = std::array<char, 36>;
    struct Customer
    {
        Id id;
        std::array<char, 11> phone;
        std::array<char, 11> phoneReversed;
        QByteArray nameTokens;
    };
    struct Device
    {
        Id id;
        int customer; // index into m_customers
        std::array<char, 15> imei1Reversed;
        std::array<char, 15> imei2Reversed; // all '\0' for a single-SIM phone
    };
    struct SearchKey
    {
        std::array<char, 16> key; // the first `size` chars
        qint8 size;
        qint64 rid;
    };
    struct Step
    {
        qsizetype status; // index into TicketLifecycle::allStatuses()
        qint64 ms;
    };

    void makeId(qint64 ms, Id &out);
    // The index of the customer or device written (into m_customers, m_devices).
    Result<int> newCustomer(qint64 ms, const char *stamp);
    Result<int> newDevice(qint64 ms, const char *stamp, int customer);
    // The local calendar day of an instant (days since 1970-01-01), through a cached offset.
    qint64 localDay(qint64 ms);
    const QByteArray &nameTokens(const QByteArray &name);
    // The ticket's rows of the search tables (schema step 6), as its trigger would write
    // them: its name tokens now, its keys by finish().
    Status writeSearchKeys(qint64 ticketRid, const Customer &customer, const Device &device);
    // The ticket's row of the report facts (schema step 5), as its triggers would write it
    // from the timeline `steps` (every event with a status, in order).
    Status writeFacts(QByteArrayView ticketId, QByteArrayView createdAt, qint64 createdMs,
                      int device, const QByteArray *technician, const Step *steps,
                      qsizetype stepCount, int kind, qint64 handedBackMs);

    DemoOptions m_options;
    Staff m_staff;
    QRandomGenerator m_rng;
    qint64 m_nowMs;
    qint64 m_startMs;
    qint64 m_spanMs;
    QByteArray m_center;
    QByteArray m_prefix[2]; // the ticket-number prefix last made for each station
    qint64 m_prefixDay[2]
        = {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()};

    SqliteStatement m_insertCustomer;
    SqliteStatement m_insertName;
    SqliteStatement m_insertDevice;
    SqliteStatement m_insertTicket;
    SqliteStatement m_insertEvent;
    SqliteStatement m_insertQuote;
    SqliteStatement m_insertPayment;
    SqliteStatement m_insertFacts;
    SqliteStatement m_insertKey;
    SqliteStatement m_insertTicketName;

    std::vector<Customer> m_customers;
    std::vector<Device> m_devices;
    std::vector<SearchKey> m_searchKeys;
    // When each device's tickets were handed back (picked up or returned), for the
    // previous pickup the report facts carry.
    QHash<int, QList<qint64>> m_handedBack;
    QHash<QByteArray, int> m_sequences;
    QHash<QByteArray, QByteArray> m_nameTokens;
    qint64 m_offsetBucket = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
    DemoReport m_report;
    // The ticket events' hash chain (docs/audit.md): the previous event's hash, and the
    // canonical text and hash of the one being written.
    QByteArray m_chainPrev;
    QByteArray m_chainStation; // this store's own chain
    QByteArray m_chainCanonical;
    QByteArray m_chainHash;
    void bindChain(QByteArrayView id, QByteArrayView ticket, QByteArrayView at, QByteArrayView user,
                   QByteArrayView kind, QByteArrayView from, QByteArrayView to);
};

} // namespace rc
