#pragma once

#include "common/result.h"
#include "ticketrepository.h"

#include <QCoreApplication>
#include <QList>

namespace rc {

class Database;

// Finding tickets from what a clerk types, newest first, limited:
//  - a ticket number ("DEMO01-261123-0042", any case);
//  - an IMEI, whole (15 digits, either IMEI of a dual-SIM phone) or its last 4–6 digits;
//  - a phone number: a prefix (3 digits or more) or the last 4 digits;
//  - a customer name: any part of a Chinese name ("小明" finds 王小明), the start of any
//    word of other names ("smi" finds John Smith), case-insensitive.
// Digits are read as every kind they can be (4 digits: IMEI end, phone end, phone start),
// and the results merged. Every kind is served by an index (IMEI and phone reversed for
// "ends with", an FTS5 index of name characters and pairs); when a kind matches very many
// customers (a common surname, a short phone prefix) the newest tickets are scanned
// instead, which then finds its `limit` hits quickly.
class TicketSearch
{
    Q_DECLARE_TR_FUNCTIONS(TicketSearch)

public:
    enum class Kind { Number, Imei, ImeiSuffix, PhonePrefix, PhoneSuffix, Name };

    explicit TicketSearch(const Database &db);

    // offset: skip that many of the newest matches (the next page of a list that scrolls).
    // Each kind is asked for offset + limit, so a page deep in the list costs more than the
    // first; the merged order (newest first, then number) is stable from page to page.
    Result<QList<TicketSummary>> search(const QString &query, int limit = 20, int offset = 0);

    // One kind only (for tests, benchmarks and screens with a dedicated field).
    Result<QList<TicketSummary>> byNumber(const QString &number);
    Result<QList<TicketSummary>> byImei(const QString &imei, int limit = 20);
    Result<QList<TicketSummary>> byImeiSuffix(const QString &digits, int limit = 20);
    Result<QList<TicketSummary>> byPhonePrefix(const QString &digits, int limit = 20);
    Result<QList<TicketSummary>> byPhoneSuffix(const QString &digits, int limit = 20);
    Result<QList<TicketSummary>> byName(const QString &text, int limit = 20);

    // Above this many matching customers a kind switches from the index to scanning the
    // newest tickets. Both ways give the same answer; tests lower the bound to check that.
    static constexpr int kDefaultIndexBound = 2000;
    void setIndexBound(int bound) { m_indexBound = bound; }

private:
    Result<QList<TicketSummary>> byCustomers(const QString &customerCondition,
                                             const QString &scanCondition,
                                             const QVariantList &values,
                                             const QVariantList &scanValues, int limit);

    const Database &m_db;
    int m_indexBound = kDefaultIndexBound;
};

// One visit of a device: a ticket, and whether it came back within the repair-warranty
// period of an earlier pickup of the same device (RW-1).
struct DeviceVisit
{
    TicketSummary ticket;
    bool repeatRepair = false;
    QString previousNumber; // the earlier ticket whose repair warranty it falls in
};

class DeviceHistory
{
    Q_DECLARE_TR_FUNCTIONS(DeviceHistory)

public:
    explicit DeviceHistory(const Database &db);
    // Every ticket of the phone with this IMEI (either IMEI), oldest first.
    // repairWarrantyDays: the setting repair_warranty.days.
    Result<QList<DeviceVisit>> forImei(const QString &imei, int repairWarrantyDays);

private:
    const Database &m_db;
};

} // namespace rc
