#include "demogenerator.h"

#include "identifiers/checkdigit.h"
#include "store/auditchain.h"
#include "store/database.h"
#include "store/searchtokens.h"
#include "store/sql.h"
#include "tickets/ticketnumber.h"
#include "tickets/ticketstatus.h"

#include <QCryptographicHash>
#include <QQueue>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace rc {

namespace {

struct Tac
{
    const char *tac;
    const char *brand;
    const char *model;
};

// Real TACs from the Osmocom TAC database (CC BY-SA 3.0, © Harald Welte and contributors).
constexpr Tac kTacs[] = {
    {"35104463", "Apple", "iPhone 13"},     {"35648710", "Apple", "iPhone SE"},
    {"35018398", "Apple", "iPhone"},        {"35362709", "Samsung", "Galaxy A5 (2017)"},
    {"35603310", "Samsung", "SM-G970U"},    {"35753906", "Samsung", "SM-J100H"},
    {"86292205", "Huawei", "Y9 2019"},      {"86908403", "Huawei", "P20 Pro"},
    {"86763902", "Huawei", "Y520"},         {"86326504", "Xiaomi", "Redmi 8A"},
    {"86751306", "Xiaomi", "Redmi 9A"},     {"86247104", "Xiaomi", "Redmi Note 7"},
    {"86802902", "Xiaomi", "Redmi Note 3"}, {"86366403", "OnePlus", "3T"},
    {"86122904", "OnePlus", "GM1900"},      {"86565504", "OPPO", "FIND X2 LITE"},
    {"86264103", "Oppo", "CPH1607"},        {"86992102", "Meizu", "M3 note"},
    {"86124503", "Honor", "TIT-L01"},       {"86055404", "Honor", "8A"},
    {"86426602", "Lenovo", "S939"},         {"35675904", "Oppo", "N1"},
};

const char *const kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",   "周",   "徐",   "孙", "马",
    "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁",   "谢",   "宋",   "唐", "许",
    "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",   "袁",   "潘",   "于", "蒋",
    "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",   "任",   "沈",   "姚", "卢",
    "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "欧阳", "司马", "诸葛",
};

const char *const kGiven[] = {
    "伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",
    "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",
    "刚",   "桂英", "小明", "晓东", "建华", "志强", "海燕", "雪",   "婷",   "欣怡",
    "子轩", "浩然", "梓涵", "一诺", "宇航", "思远", "佳琪", "文博", "雨桐", "俊杰",
    "晨",   "颖",   "鑫",   "鹏",   "辉",   "琳",   "慧",   "红",   "玉兰", "春梅",
};

const char *const kFirstNames[] = {
    "James",  "Mary",   "John",  "Linda", "Michael", "Sarah", "David", "Emma",  "Daniel", "Olivia",
    "Thomas", "Sophie", "Peter", "Anna",  "Kevin",   "Grace", "Lucas", "Chloe", "Mark",   "Helen",
};

const char *const kLastNames[] = {
    "Smith", "Johnson", "Brown",  "Taylor", "Wilson", "Evans",  "Walker",   "Wright", "Green",
    "Hall",  "Wood",    "Clarke", "Miller", "Davis",  "Martin", "Thompson", "White",  "Harris",
};

const char *const kPhonePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "157", "158", "159", "166", "176", "177", "180", "181", "186", "187", "188", "189", "199",
};

struct Fault
{
    const char *text;
    const char *component;
    const char *category;
    const char *part; // the quote's part line
};

constexpr Fault kFaults[] = {
    {"屏幕不亮 / screen stays black", "main_unit", "performance", "屏幕不亮 配件 part"},
    {"无法开机 / will not power on", "main_unit", "performance", "无法开机 配件 part"},
    {"充电无反应 / does not charge", "charger", "performance", "充电无反应 配件 part"},
    {"电池续航很差 / battery drains fast", "battery", "performance", "电池续航很差 配件 part"},
    {"通话对方听不到 / other side cannot hear", "main_unit", "performance",
     "通话对方听不到 配件 part"},
    {"屏幕摔碎 / screen cracked after a drop", "screen", "performance", "屏幕摔碎 配件 part"},
    {"进水后无法开机 / dead after water", "mainboard", "performance", "进水后无法开机 配件 part"},
    {"后壳划痕 / scratches on the back", "main_unit", "cosmetic", "后壳划痕 配件 part"},
    {"系统卡顿 / system is slow", "main_unit", "software", "系统卡顿 配件 part"},
    {"无信号 / no network", "mainboard", "performance", "无信号 配件 part"},
    {"扬声器无声 / no sound from speaker", "main_unit", "performance", "扬声器无声 配件 part"},
    {"自动关机 / shuts down by itself", "main_unit", "performance", "自动关机 配件 part"},
};

const char *const kAccessories[] = {"sim_tray", "case", "charger", "cable", "box"};

const char *const kPaymentMethods[] = {"wechat", "wechat", "alipay", "alipay", "cash", "card"};

constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kJulianDayOfEpoch = 2440588;

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

// Writes value as `width` decimal digits (more if it needs them) and returns the end.
char *putNumber(char *out, qint64 value, int width)
{
    char buffer[20];
    int n = 0;
    do {
        buffer[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n < width)
        buffer[n++] = '0';
    while (n > 0)
        *out++ = buffer[--n];
    return out;
}

// The IMEI of a TAC and a 6-digit serial: 14 digits and their Luhn check digit.
void makeImei(const char *tac, quint32 serial, char (&out)[15])
{
    std::memcpy(out, tac, 8);
    putNumber(out + 8, serial, 6);
    char values[14];
    for (int i = 0; i < 14; ++i)
        values[i] = static_cast<char>(out[i] - '0');
    out[14] = static_cast<char>('0' + luhnCheckDigit(values));
}

template<size_t N>
void reverseInto(const char (&text)[N], char (&out)[N])
{
    for (size_t i = 0; i < N; ++i)
        out[i] = text[N - 1 - i];
}

// The statuses demo tickets are given, in TicketLifecycle order: all but the remedies (a
// refund, an exchange or an accessory replacement needs its remedy record, issue 20) and
// disposed (it needs its notices to collect), which are also the statuses the report facts
// keep a stage column for.
const QList<TicketStatus> &demoStatuses()
{
    static const QList<TicketStatus> statuses = [] {
        QList<TicketStatus> list;
        for (TicketStatus status : TicketLifecycle::allStatuses()) {
            if (!TicketLifecycle::isRemedy(status) && status != TicketStatus::Disposed)
                list.append(status);
        }
        return list;
    }();
    return statuses;
}

// The statuses a ticket passes through from received to target, shortest path.
QList<TicketStatus> pathTo(TicketStatus target)
{
    QHash<TicketStatus, TicketStatus> previous;
    QQueue<TicketStatus> queue;
    queue.enqueue(TicketStatus::Received);
    previous.insert(TicketStatus::Received, TicketStatus::Received);
    while (!queue.isEmpty()) {
        const TicketStatus at = queue.dequeue();
        for (TicketStatus next : TicketLifecycle::allowedTargets(at)) {
            if (!previous.contains(next)) {
                previous.insert(next, at);
                queue.enqueue(next);
            }
        }
    }
    QList<TicketStatus> path;
    for (TicketStatus at = target; at != TicketStatus::Received; at = previous.value(at))
        path.prepend(at);
    return path;
}

struct Lifecycle
{
    QList<QList<TicketStatus>> paths; // by status
    QList<QByteArray> ids; // by status
};

const Lifecycle &lifecycle()
{
    static const Lifecycle l = [] {
        Lifecycle made;
        for (TicketStatus status : demoStatuses()) {
            made.paths.append(pathTo(status));
            made.ids.append(TicketLifecycle::id(status).toUtf8());
        }
        return made;
    }();
    return l;
}

// The statement that writes a ticket's report facts: ?1 … ?10 the columns named first, then
// the time spent in each status, in demoStatuses() order.
const QByteArray &factsInsertSql()
{
    static const QByteArray sql = [] {
        QByteArray columns = "ticket_id, created_at, created_s, device_id, technician_id, "
                             "last_status, last_s, picked_s, kind, prev_pickup_at";
        QByteArray values = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10";
        int parameter = 10;
        for (TicketStatus status : demoStatuses()) {
            columns += ", s_" + TicketLifecycle::id(status).toUtf8();
            values += ", ?" + QByteArray::number(++parameter);
        }
        return "INSERT INTO ticket_facts (" + columns + ") VALUES (" + values + ")";
    }();
    return sql;
}

QByteArrayView text(const char *utf8)
{
    return QByteArrayView(utf8, qsizetype(std::strlen(utf8)));
}

// A buffer made in place, all of it (not up to a NUL: there is none).
template<size_t N>
QByteArrayView whole(const char (&buffer)[N])
{
    return QByteArrayView(buffer, qsizetype(N));
}

} // namespace

DemoGenerator::DemoGenerator(const Database &db, const DemoOptions &options, const QDateTime &now,
                             Staff staff)
    : m_options(options)
    , m_staff(std::move(staff))
    , m_rng(options.seed)
    , m_nowMs(now.toMSecsSinceEpoch())
    , m_center(options.center.trimmed().toUpper().toUtf8())
    , m_insertCustomer(db,
                       "INSERT INTO customers (id, version, name, phone, phone_rev, note, "
                       "created_at, updated_at) VALUES (?1, 1, ?2, ?3, ?4, '', ?5, ?5)",
                       QStringLiteral("demo customer"))
    , m_insertName(db,
                   "INSERT INTO customer_names (rowid, tokens) VALUES (last_insert_rowid(), ?1)",
                   QStringLiteral("demo customer name"))
    , m_insertDevice(db,
                     "INSERT INTO devices (id, version, imei1, imei2, imei1_rev, imei2_rev, "
                     "brand, model, serial, created_at, updated_at) VALUES (?1, 1, ?2, ?3, ?4, "
                     "?5, ?6, ?7, '', ?8, ?8)",
                     QStringLiteral("demo device"))
    , m_insertTicket(db,
                     "INSERT INTO tickets (id, version, number, center, station, customer_id, "
                     "device_id, status, created_at, updated_at, status_changed_at, "
                     "intake_user_id, technician_id, fault_description, fault_category, "
                     "component, sale_date, condition_json, accessories_json, backup_consent, "
                     "passcode_handling, quote_revision, approved_revision, picked_up_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13, ?14, "
                     "?15, ?16, '{}', ?17, ?18, ?19, ?20, ?21, ?22)",
                     QStringLiteral("demo ticket"))
    , m_insertEvent(db,
                    "INSERT INTO ticket_events (id, ticket_id, at, user_id, actor, kind, "
                    "from_status, to_status, note, data, prev_hash, hash, station) VALUES (?1, "
                    "?2, ?3, ?4, 'demo', ?5, ?6, ?7, '', '{}', ?8, ?9, ?10)",
                    QStringLiteral("demo event"))
    , m_insertQuote(db,
                    "INSERT INTO quote_lines (id, version, ticket_id, revision, kind, "
                    "description, quantity, unit_price_minor, covered, created_at, updated_at) "
                    "VALUES (?1, 1, ?2, 1, ?3, ?4, 1, ?5, ?6, ?7, ?7)",
                    QStringLiteral("demo quote line"))
    , m_insertPayment(db,
                      "INSERT INTO payments (id, version, ticket_id, kind, amount_minor, "
                      "currency, method, reference, user_id, at) VALUES (?1, 1, ?2, ?3, ?4, "
                      "'CNY', ?5, '', ?6, ?7)",
                      QStringLiteral("demo payment"))
    , m_insertFacts(db, factsInsertSql().constData(), QStringLiteral("demo report facts"))
    , m_insertKey(db, "INSERT OR IGNORE INTO ticket_keys (key, rid) VALUES (?1, ?2)",
                  QStringLiteral("demo search key"))
    , m_insertTicketName(db, "INSERT INTO ticket_names (rowid, tokens) VALUES (?1, ?2)",
                         QStringLiteral("demo ticket name"))
{
    const int days = qBound(7, m_options.tickets / 800, 1500);
    m_startMs = m_nowMs - days * kMsPerDay;
    m_spanMs = m_nowMs - 600000 - m_startMs;
    m_customers.reserve(size_t(qMax(0, m_options.tickets)));
    m_devices.reserve(size_t(qMax(0, m_options.tickets)));
    m_searchKeys.reserve(size_t(qMax(0, m_options.tickets)) * 3);
    // The events continue the store's own chain (docs/audit.md); a seeded store is usually
    // empty.
    if (auto station = auditchain::ownChain(db); station)
        m_chainStation = station->toUtf8();
    if (auto head = auditchain::lastHash(db, QStringLiteral("ticket_events"),
                                         QString::fromUtf8(m_chainStation));
        head)
        m_chainPrev = head->toLatin1();
}

void DemoGenerator::bindChain(QByteArrayView id, QByteArrayView ticket, QByteArrayView at,
                              QByteArrayView user, QByteArrayView kind, QByteArrayView from,
                              QByteArrayView to)
{
    // The canonical array of core/sync/chainhash.h, written directly: every field here is
    // ASCII that JSON does not escape (ids, timestamps, status ids), the note empty and the
    // data an empty object. db check verifies the result like any other chain.
    QByteArray &c = m_chainCanonical;
    c.clear();
    c += "[\"ticket_event\",\"";
    for (QByteArrayView field : {QByteArrayView(m_chainPrev), id, ticket, at, user,
                                 QByteArrayView("demo"), kind, from, to}) {
        c += field;
        c += "\",\"";
    }
    c += "\",{}]";
    m_chainHash = QCryptographicHash::hash(c, QCryptographicHash::Sha256).toHex();
    m_insertEvent.bind(8, m_chainPrev);
    m_insertEvent.bind(9, m_chainHash);
    m_insertEvent.bind(10, m_chainStation);
}

Status DemoGenerator::prepare() const
{
    for (const SqliteStatement *statement :
         {&m_insertCustomer, &m_insertName, &m_insertDevice, &m_insertTicket, &m_insertEvent,
          &m_insertQuote, &m_insertPayment, &m_insertFacts, &m_insertKey, &m_insertTicketName}) {
        if (Status s = statement->prepared(); !s)
            return s;
    }
    return {};
}

QHash<QString, int> DemoGenerator::sequences() const
{
    QHash<QString, int> all;
    for (auto it = m_sequences.cbegin(); it != m_sequences.cend(); ++it)
        all.insert(QString::fromUtf8(it.key()), it.value());
    return all;
}

// A deterministic time-ordered UUID (version 7 layout: milliseconds first, then random
// bits from the seeded generator), so a seed gives the same store every time and the
// unique indexes fill in order, which keeps seeding a million tickets fast.
void DemoGenerator::makeId(qint64 ms, Id &out)
{
    static const char hex[] = "0123456789abcdef";
    const quint64 random = m_rng.generate64();
    const quint32 more = m_rng.generate();
    quint8 bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>(quint64(ms) >> (40 - 8 * i));
    bytes[6] = static_cast<quint8>(0x70 | (random & 0x0f));
    bytes[7] = static_cast<quint8>(random >> 8);
    bytes[8] = static_cast<quint8>(0x80 | ((random >> 16) & 0x3f));
    for (int i = 9; i < 14; ++i)
        bytes[i] = static_cast<quint8>(random >> (8 * (i - 6)));
    bytes[14] = static_cast<quint8>(more);
    bytes[15] = static_cast<quint8>(more >> 8);
    char *p = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = hex[bytes[i] >> 4];
        *p++ = hex[bytes[i] & 0x0f];
    }
}

qint64 DemoGenerator::localDay(qint64 ms)
{
    // Offsets change on quarter hours at most: one time-zone look-up per quarter hour.
    const qint64 bucket = ms / 900000;
    if (bucket != m_offsetBucket) {
        m_offsetBucket = bucket;
        m_offsetMs = qint64(QTimeZone::systemTimeZone().offsetFromUtc(
                         QDateTime::fromMSecsSinceEpoch(bucket * 900000, QTimeZone::utc())))
                     * 1000;
    }
    const qint64 local = ms + m_offsetMs;
    return local >= 0 ? local / kMsPerDay : (local - kMsPerDay + 1) / kMsPerDay;
}

const QByteArray &DemoGenerator::nameTokens(const QByteArray &name)
{
    auto it = m_nameTokens.find(name);
    if (it == m_nameTokens.end())
        it = m_nameTokens.insert(name, NameTokens::forName(QString::fromUtf8(name)).toUtf8());
    return *it;
}

Result<int> DemoGenerator::newCustomer(qint64 ms, const char *stamp)
{
    QByteArray name;
    if (m_rng.bounded(100) < 85) {
        name = pick(m_rng, kSurnames);
        name += pick(m_rng, kGiven);
    } else {
        name = pick(m_rng, kFirstNames);
        name += ' ';
        name += pick(m_rng, kLastNames);
    }
    char phone[11];
    std::memcpy(phone, pick(m_rng, kPhonePrefixes), 3);
    putNumber(phone + 3, m_rng.bounded(100000000), 8);
    char phoneReversed[11];
    reverseInto(phone, phoneReversed);
    Id id;
    makeId(ms, id);
    m_insertCustomer.bind(1, QByteArrayView(id.data(), 36));
    m_insertCustomer.bind(2, name);
    m_insertCustomer.bind(3, whole(phone));
    m_insertCustomer.bind(4, whole(phoneReversed));
    m_insertCustomer.bind(5, QByteArrayView(stamp, 24));
    if (Status s = m_insertCustomer.run(); !s)
        return s.error();
    const QByteArray &tokens = nameTokens(name);
    m_insertName.bind(1, tokens);
    if (Status s = m_insertName.run(); !s)
        return s.error();
    Customer customer {id, {}, {}, tokens};
    std::memcpy(customer.phone.data(), phone, sizeof phone);
    std::memcpy(customer.phoneReversed.data(), phoneReversed, sizeof phoneReversed);
    m_customers.push_back(std::move(customer));
    ++m_report.customers;
    return static_cast<int>(m_customers.size() - 1);
}

Result<int> DemoGenerator::newDevice(qint64 ms, const char *stamp, int customer)
{
    const Tac &tac = pick(m_rng, kTacs);
    const quint32 serial = m_rng.bounded(1000000);
    char imei1[15];
    char imei1Reversed[15];
    char imei2[15];
    char imei2Reversed[15];
    makeImei(tac.tac, serial, imei1);
    reverseInto(imei1, imei1Reversed);
    // A share of phones are dual-SIM, the second IMEI the next serial.
    const bool dual = m_rng.bounded(100) < 20;
    if (dual) {
        makeImei(tac.tac, (serial + 1) % 1000000, imei2);
        reverseInto(imei2, imei2Reversed);
    }
    Id id;
    makeId(ms, id);
    m_insertDevice.bind(1, QByteArrayView(id.data(), 36));
    m_insertDevice.bind(2, whole(imei1));
    m_insertDevice.bind(3, dual ? whole(imei2) : QByteArrayView(""));
    m_insertDevice.bind(4, whole(imei1Reversed));
    m_insertDevice.bind(5, dual ? whole(imei2Reversed) : QByteArrayView(""));
    m_insertDevice.bind(6, text(tac.brand));
    m_insertDevice.bind(7, text(tac.model));
    m_insertDevice.bind(8, QByteArrayView(stamp, 24));
    if (Status s = m_insertDevice.run(); !s)
        return s.error();
    Device device {id, customer, {}, {}};
    std::memcpy(device.imei1Reversed.data(), imei1Reversed, sizeof imei1Reversed);
    if (dual)
        std::memcpy(device.imei2Reversed.data(), imei2Reversed, sizeof imei2Reversed);
    m_devices.push_back(device);
    ++m_report.devices;
    return static_cast<int>(m_devices.size() - 1);
}

Status DemoGenerator::writeTicket(int index)
{
    const Lifecycle &states = lifecycle();
    const QList<TicketStatus> &allStatuses = demoStatuses();
    const int total = m_options.tickets;
    const qint64 offset
        = total <= 1 ? 0 : m_spanMs * index / (total - 1) + qint64(m_rng.bounded(60000));
    const qint64 at = m_startMs + qMin(offset, m_spanMs);
    char stamp[24];
    sql::formatTimestamp(at, stamp);
    const QByteArrayView stampText(stamp, 24);
    const qint64 ageDays = (m_nowMs - at) / kMsPerDay;

    // The device: now and then one seen before (a repeat repair when it comes back within
    // the repair warranty), else a new one (and a returning customer now and then).
    int deviceIndex = -1;
    if (!m_devices.empty() && m_rng.bounded(100) < 8) {
        const size_t window = qMin<size_t>(m_devices.size(), 5000);
        deviceIndex
            = static_cast<int>(m_devices.size() - 1 - m_rng.bounded(static_cast<quint32>(window)));
    }
    const Fault &fault = pick(m_rng, kFaults);
    int customerIndex;
    if (deviceIndex >= 0) {
        customerIndex = m_devices[size_t(deviceIndex)].customer;
    } else {
        if (!m_customers.empty() && m_rng.bounded(100) < 12) {
            customerIndex
                = static_cast<int>(m_rng.bounded(static_cast<quint32>(m_customers.size())));
        } else {
            auto customer = newCustomer(at, stamp);
            if (!customer)
                return customer.error();
            customerIndex = *customer;
        }
        auto device = newDevice(at, stamp, customerIndex);
        if (!device)
            return device.error();
        deviceIndex = *device;
    }
    const Device &device = m_devices[size_t(deviceIndex)];
    const Customer &customer = m_customers[size_t(customerIndex)];
    const Id &deviceId = device.id;
    const Id &customerId = customer.id;

    // Where the ticket stands: old ones are mostly closed; the newest eleven cover every
    // status.
    TicketStatus target;
    const int fromEnd = total - 1 - index;
    if (fromEnd < allStatuses.size()) {
        target = allStatuses.at(fromEnd);
    } else if (ageDays > 20) {
        const quint32 r = m_rng.bounded(100);
        target = r < 85   ? TicketStatus::PickedUp
                 : r < 93 ? TicketStatus::ReturnedUnrepaired
                 : r < 97 ? TicketStatus::Cancelled
                          : TicketStatus::Ready;
    } else {
        target = allStatuses.at(
            static_cast<int>(m_rng.bounded(static_cast<quint32>(allStatuses.size()))));
    }
    const qsizetype targetIndex = allStatuses.indexOf(target);
    const QList<TicketStatus> &path = states.paths.at(targetIndex);

    // The number: center, station, local date, the station's sequence of the day. The
    // prefix is TicketNumber's, made again only when a station's local day changes.
    const int stationIndex = static_cast<int>(m_rng.bounded(2));
    const char *station = stationIndex == 0 ? "01" : "02";
    const qint64 day = localDay(at);
    const QDate localDate = QDate::fromJulianDay(kJulianDayOfEpoch + day);
    if (m_prefixDay[stationIndex] != day) {
        m_prefixDay[stationIndex] = day;
        m_prefix[stationIndex] = TicketNumber::prefix(QString::fromUtf8(m_center),
                                                      QString::fromLatin1(station), localDate)
                                     .toUtf8();
    }
    const QByteArray &prefix = m_prefix[stationIndex];
    const int sequence = ++m_sequences[prefix];
    char number[64];
    const qsizetype prefixSize = qMin<qsizetype>(prefix.size(), 40);
    std::memcpy(number, prefix.constData(), size_t(prefixSize));
    char *p = putNumber(number + prefixSize, sequence, 4);
    const QByteArrayView numberText(number, p - number);

    Id ticketId;
    makeId(at, ticketId);
    const QByteArrayView ticketText(ticketId.data(), 36);
    const QByteArray *technician = m_staff.technicianIds.isEmpty()
                                       ? nullptr
                                       : &m_staff.technicianIds.at(static_cast<int>(m_rng.bounded(
                                           static_cast<quint32>(m_staff.technicianIds.size()))));

    // Event times: a few hours to a day apart, never in the future.
    qint64 times[16];
    Q_ASSERT(path.size() <= 16);
    qint64 eventAt = at;
    for (qsizetype k = 0; k < path.size(); ++k) {
        eventAt += (1800 + qint64(m_rng.bounded(20 * 3600))) * 1000;
        eventAt = qMin(eventAt, m_nowMs);
        times[k] = eventAt;
    }
    const qint64 last = path.isEmpty() ? at : times[path.size() - 1];
    char lastStamp[24];
    sql::formatTimestamp(last, lastStamp);
    const QByteArrayView lastText(lastStamp, 24);
    const bool quoted = path.contains(TicketStatus::Quoted);
    const bool approved = path.contains(TicketStatus::Approved);
    const bool handedBack
        = target == TicketStatus::PickedUp || target == TicketStatus::ReturnedUnrepaired;

    char accessories[64];
    char *a = accessories;
    *a++ = '[';
    auto addAccessory = [&a, &accessories](const char *name) {
        if (a != accessories + 1)
            *a++ = ',';
        *a++ = '"';
        const size_t size = std::strlen(name);
        std::memcpy(a, name, size);
        a += size;
        *a++ = '"';
    };
    if (m_rng.bounded(100) < 70)
        addAccessory(kAccessories[0]);
    if (m_rng.bounded(100) < 30)
        addAccessory(pick(m_rng, kAccessories));
    *a++ = ']';
    char saleDate[10];
    sql::formatDate(localDate.addDays(-static_cast<qint64>(m_rng.bounded(900))), saleDate);

    SqliteStatement &t = m_insertTicket;
    t.bind(1, ticketText);
    t.bind(2, 1 + path.size());
    t.bind(3, numberText);
    t.bind(4, m_center);
    t.bind(5, QByteArrayView(station, 2));
    t.bind(6, QByteArrayView(customerId.data(), 36));
    t.bind(7, QByteArrayView(deviceId.data(), 36));
    t.bind(8, states.ids.at(targetIndex));
    t.bind(9, stampText);
    t.bind(10, lastText);
    if (m_staff.clerkId.isEmpty())
        t.bindNull(11);
    else
        t.bind(11, m_staff.clerkId);
    if (technician)
        t.bind(12, *technician);
    else
        t.bindNull(12);
    t.bind(13, text(fault.text));
    t.bind(14, text(fault.category));
    t.bind(15, text(fault.component));
    t.bind(16, whole(saleDate));
    t.bind(17, QByteArrayView(accessories, a - accessories));
    t.bind(18, m_rng.bounded(100) < 90 ? 1 : 0);
    t.bind(19, m_rng.bounded(100) < 60 ? QByteArrayView("customer_will_unlock")
                                       : QByteArrayView("no_lock"));
    t.bind(20, quoted ? 1 : 0);
    t.bind(21, approved ? 1 : 0);
    if (handedBack)
        t.bind(22, lastText);
    else
        t.bindNull(22);
    if (Status s = t.run(); !s)
        return s;
    if (Status s = writeSearchKeys(t.lastInsertRowId(), customer, device); !s)
        return s;

    // The timeline: created, then every transition. Tickets older than three months keep
    // a condensed one (created and the last transition).
    SqliteStatement &e = m_insertEvent;
    Id eventId;
    makeId(at, eventId);
    e.bind(1, QByteArrayView(eventId.data(), 36));
    e.bind(2, ticketText);
    e.bind(3, stampText);
    if (m_staff.clerkId.isEmpty())
        e.bindNull(4);
    else
        e.bind(4, m_staff.clerkId);
    e.bind(5, QByteArrayView("created"));
    e.bindNull(6);
    e.bind(7, states.ids.at(allStatuses.indexOf(TicketStatus::Received)));
    bindChain(QByteArrayView(eventId.data(), 36), ticketText, stampText, m_staff.clerkId, "created",
              {}, states.ids.at(allStatuses.indexOf(TicketStatus::Received)));
    if (Status s = e.run(); !s)
        return s;
    m_chainPrev = m_chainHash;
    ++m_report.events;
    Step steps[17];
    qsizetype stepCount = 0;
    steps[stepCount++] = {allStatuses.indexOf(TicketStatus::Received), at};
    const qsizetype firstStep = ageDays > 90 ? qMax<qsizetype>(0, path.size() - 1) : 0;
    TicketStatus from = firstStep > 0 ? path.at(firstStep - 1) : TicketStatus::Received;
    for (qsizetype k = firstStep; k < path.size(); ++k) {
        steps[stepCount++] = {allStatuses.indexOf(path.at(k)), times[k]};
        char eventStamp[24];
        sql::formatTimestamp(times[k], eventStamp);
        makeId(times[k], eventId);
        e.bind(1, QByteArrayView(eventId.data(), 36));
        e.bind(3, QByteArrayView(eventStamp, 24));
        if (technician)
            e.bind(4, *technician);
        else
            e.bindNull(4);
        e.bind(5, QByteArrayView("transition"));
        e.bind(6, states.ids.at(allStatuses.indexOf(from)));
        e.bind(7, states.ids.at(allStatuses.indexOf(path.at(k))));
        bindChain(QByteArrayView(eventId.data(), 36), ticketText, QByteArrayView(eventStamp, 24),
                  technician ? QByteArrayView(*technician) : QByteArrayView(), "transition",
                  states.ids.at(allStatuses.indexOf(from)),
                  states.ids.at(allStatuses.indexOf(path.at(k))));
        if (Status s = e.run(); !s)
            return s;
        m_chainPrev = m_chainHash;
        ++m_report.events;
        from = path.at(k);
    }

    // The quote (a part and the labour; the warranty covers four in ten), and for an
    // approved paid repair its money: a deposit at approval now and then, the balance at
    // pickup, adding up to the quote.
    bool covered = false;
    if (quoted) {
        covered = m_rng.bounded(100) < 40;
        const qint64 partMinor = (80 + qint64(m_rng.bounded(900))) * 100;
        const qint64 labourMinor = 5000;
        char quoteStamp[24];
        sql::formatTimestamp(path.size() > 1 ? times[1] : at, quoteStamp);
        SqliteStatement &q = m_insertQuote;
        const struct
        {
            const char *kind;
            const char *description;
            qint64 minor;
        } lines[] = {{"part", fault.part, partMinor}, {"labour", "维修工时 labour", labourMinor}};
        for (const auto &line : lines) {
            Id lineId;
            makeId(at, lineId);
            q.bind(1, QByteArrayView(lineId.data(), 36));
            q.bind(2, ticketText);
            q.bind(3, text(line.kind));
            q.bind(4, text(line.description));
            q.bind(5, line.minor);
            q.bind(6, covered ? 1 : 0);
            q.bind(7, QByteArrayView(quoteStamp, 24));
            if (Status s = q.run(); !s)
                return s;
        }
        const qint64 payable = covered ? 0 : partMinor + labourMinor;
        const qsizetype approvedStep = path.indexOf(TicketStatus::Approved);
        if (approved && payable > 0 && approvedStep >= 0) {
            const char *method = pick(m_rng, kPaymentMethods);
            SqliteStatement &pay = m_insertPayment;
            auto writePayment = [&](qint64 paidAt, const char *kind, qint64 amount) -> Status {
                Id paymentId;
                makeId(paidAt, paymentId);
                char paidStamp[24];
                sql::formatTimestamp(paidAt, paidStamp);
                pay.bind(1, QByteArrayView(paymentId.data(), 36));
                pay.bind(2, ticketText);
                pay.bind(3, text(kind));
                pay.bind(4, amount);
                pay.bind(5, text(method));
                if (m_staff.clerkId.isEmpty())
                    pay.bindNull(6);
                else
                    pay.bind(6, m_staff.clerkId);
                pay.bind(7, QByteArrayView(paidStamp, 24));
                if (Status s = pay.run(); !s)
                    return s;
                ++m_report.payments;
                return {};
            };
            qint64 deposit = 0;
            if (m_rng.bounded(100) < 35) {
                deposit = payable * 3 / 10 / 100 * 100;
                if (Status s = writePayment(times[approvedStep], "deposit", deposit); !s)
                    return s;
            }
            if (target == TicketStatus::PickedUp) {
                if (Status s = writePayment(last, "payment", payable - deposit); !s)
                    return s;
            }
        }
    }

    // How a picked-up ticket counts (1 warranty, 2 paid): by its approved quote; no verdict
    // is seeded, so an unapproved one stays unclassified (0).
    const int kind = target != TicketStatus::PickedUp ? 0 : !approved ? 0 : covered ? 1 : 2;
    if (Status s = writeFacts(ticketText, stampText, at, deviceIndex, technician, steps, stepCount,
                              kind, handedBack ? last : -1);
        !s)
        return s;
    ++m_report.tickets;
    return {};
}

Status DemoGenerator::writeSearchKeys(qint64 ticketRid, const Customer &customer,
                                      const Device &device)
{
    // What ticket_search_insert writes: 'P' + the phone, 'p' + it reversed, 'i' + each
    // reversed IMEI, and the customer's name tokens under the ticket's rid.
    auto keepKey = [&](char kind, const char *digits, size_t size) {
        SearchKey key {{}, qint8(size + 1), ticketRid};
        key.key[0] = kind;
        std::memcpy(key.key.data() + 1, digits, size);
        m_searchKeys.push_back(key);
    };
    keepKey('P', customer.phone.data(), customer.phone.size());
    keepKey('p', customer.phoneReversed.data(), customer.phoneReversed.size());
    keepKey('i', device.imei1Reversed.data(), device.imei1Reversed.size());
    if (device.imei2Reversed[0] != '\0')
        keepKey('i', device.imei2Reversed.data(), device.imei2Reversed.size());
    m_insertTicketName.bind(1, ticketRid);
    m_insertTicketName.bind(2, customer.nameTokens);
    return m_insertTicketName.run();
}

Status DemoGenerator::finish()
{
    // SQLite's BINARY order: bytes, then length.
    const auto text = [](const SearchKey &k) {
        return std::string_view(k.key.data(), k.size);
    };
    std::sort(m_searchKeys.begin(), m_searchKeys.end(),
              [&text](const SearchKey &a, const SearchKey &b) {
                  const int order = text(a).compare(text(b));
                  return order != 0 ? order < 0 : a.rid < b.rid;
              });
    for (const SearchKey &key : m_searchKeys) {
        m_insertKey.bind(1, QByteArrayView(key.key.data(), key.size));
        m_insertKey.bind(2, key.rid);
        if (Status s = m_insertKey.run(); !s)
            return s;
    }
    m_searchKeys.clear();
    m_searchKeys.shrink_to_fit();
    return {};
}

Status DemoGenerator::writeFacts(QByteArrayView ticketId, QByteArrayView createdAt,
                                 qint64 createdMs, int device, const QByteArray *technician,
                                 const Step *steps, qsizetype stepCount, int kind,
                                 qint64 handedBackMs)
{
    const Lifecycle &states = lifecycle();
    const qsizetype statusCount = states.ids.size();
    // Whole seconds, as strftime('%s') gives them: a status accrues the time until the
    // next event.
    qint64 seconds[16] = {};
    bool spent[16] = {};
    Q_ASSERT(statusCount <= 16);
    static const qsizetype pickedUp = demoStatuses().indexOf(TicketStatus::PickedUp);
    qint64 pickedS = -1;
    for (qsizetype i = 0; i < stepCount; ++i) {
        const qsizetype status = steps[i].status;
        if (i + 1 < stepCount) {
            seconds[status] += steps[i + 1].ms / 1000 - steps[i].ms / 1000;
            spent[status] = true;
        }
        if (status == pickedUp)
            pickedS = steps[i].ms / 1000;
    }
    // The latest hand-back of an earlier ticket of the same phone at or before this one
    // came in (later tickets come in after this one is handed back).
    QList<qint64> &handedBack = m_handedBack[device];
    qint64 previous = -1;
    for (qint64 ms : std::as_const(handedBack)) {
        if (ms <= createdMs)
            previous = qMax(previous, ms);
    }
    if (handedBackMs >= 0)
        handedBack.append(handedBackMs);
    else if (handedBack.isEmpty())
        m_handedBack.remove(device);
    char previousStamp[24];

    SqliteStatement &f = m_insertFacts;
    const Step &last = steps[stepCount - 1];
    f.bind(1, ticketId);
    f.bind(2, createdAt);
    f.bind(3, createdMs / 1000);
    f.bind(4, QByteArrayView(m_devices[size_t(device)].id.data(), 36));
    f.bind(5, technician ? QByteArrayView(*technician) : QByteArrayView(""));
    f.bind(6, states.ids.at(last.status));
    f.bind(7, last.ms / 1000);
    if (pickedS >= 0)
        f.bind(8, pickedS);
    else
        f.bindNull(8);
    f.bind(9, kind);
    if (previous >= 0) {
        sql::formatTimestamp(previous, previousStamp);
        f.bind(10, QByteArrayView(previousStamp, 24));
    } else {
        f.bindNull(10);
    }
    for (qsizetype status = 0; status < statusCount; ++status) {
        const int parameter = 11 + int(status);
        if (spent[status])
            f.bind(parameter, seconds[status]);
        else
            f.bindNull(parameter);
    }
    return f.run();
}

} // namespace rc
