#pragma once

#include "common/result.h"
#include "ticketrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace rc {

class Database;

// Finding tickets from what a clerk types, newest first, limited:
//  - a ticket number ("DEMO01-261123-0042", any case);
//  - an IMEI, whole (15 digits, either IMEI of a dual-SIM phone) or its last 4–6 digits;
//  - a phone number: a prefix (3 digits or more) or the last 4 digits;
//  - a customer name: any part of a Chinese name ("小明" finds 王小明), the start of any
//    word of other names ("smi" finds John Smith), case-insensitive.
// Digits are read as every kind they can be (4 digits: IMEI end, phone end, phone start),
// and the results merged. Every kind reads ticket rids newest first from an index keyed per
// ticket (ticket_keys: phone, reversed phone and reversed IMEIs; ticket_names: an FTS5 index
// of the customer's name characters and pairs), then fetches only the `limit` rows shown.
// When a phone prefix matches very many tickets ("138") the newest tickets are scanned
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

    // Above this many tickets matching a phone prefix or suffix the newest tickets are
    // scanned instead of the index. Both ways give the same answer; tests lower the bound to
    // check that.
    static constexpr int kDefaultIndexBound = 5000;
    void setIndexBound(int bound) { m_indexBound = bound; }

private:
    // A SELECT of ticket rids (column rid), newest first, limited, and its bindings.
    struct RidQuery
    {
        QString select;
        QVariantList values;
    };
    // Each kind's query; none when the text cannot be that kind.
    Result<std::optional<RidQuery>> imeiQuery(const QString &imei, int limit);
    Result<std::optional<RidQuery>> imeiSuffixQuery(const QString &digits, int limit);
    Result<std::optional<RidQuery>> phonePrefixQuery(const QString &digits, int limit);
    Result<std::optional<RidQuery>> phoneSuffixQuery(const QString &digits, int limit);
    Result<std::optional<RidQuery>> nameQuery(const QString &text, int limit);
    // Keys in [from, to) of ticket_keys; scanCondition (over c = customers, the same two
    // bindings) is used instead when very many tickets match.
    Result<std::optional<RidQuery>> keyRange(const QString &from, const QString &to,
                                             const QString &scanCondition, int limit);
    // The summaries of the tickets the query finds, newest first.
    Result<QList<TicketSummary>> byRids(const Result<std::optional<RidQuery>> &query, int limit);

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
