#include "demodata.h"

#include "database.h"
#include "migrations.h"
#include "searchtokens.h"
#include "settingsrepository.h"
#include "sql.h"
#include "tickets/ticketnumber.h"
#include "tickets/ticketstatus.h"
#include "userrepository.h"

#include <QHash>
#include <QQueue>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUuid>

#include <vector>

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

const QString kDemoKey = QStringLiteral("store.demo");

int luhn(const QString &first14)
{
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int digit = first14.at(13 - i).digitValue();
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return (10 - sum % 10) % 10;
}

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

// A deterministic time-ordered UUID (version 7 layout: milliseconds first, then random
// bits from the seeded generator), so a seed gives the same store every time and the
// unique indexes fill in order, which keeps seeding a million tickets fast.
QString uuid(QRandomGenerator &rng, const QDateTime &at)
{
    const quint64 ms = static_cast<quint64>(at.toMSecsSinceEpoch());
    QUuid id(static_cast<uint>(ms >> 16), static_cast<ushort>(ms & 0xffff),
             static_cast<ushort>((rng.generate() & 0x0fff) | 0x7000),
             static_cast<uchar>((rng.generate() & 0x3f) | 0x80), static_cast<uchar>(rng.generate()),
             static_cast<uchar>(rng.generate()), static_cast<uchar>(rng.generate()),
             static_cast<uchar>(rng.generate()), static_cast<uchar>(rng.generate()),
             static_cast<uchar>(rng.generate()), static_cast<uchar>(rng.generate()));
    return id.toString(QUuid::WithoutBraces);
}

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

struct PreparedInsert
{
    QSqlQuery query;
    QString what;

    PreparedInsert(const Database &db, const QString &statement, QString name)
        : query(db.connection())
        , what(std::move(name))
    {
        query.prepare(statement);
    }
    Status run(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.bindValue(i, QStringLiteral(""));
            else
                query.bindValue(i, value);
        }
        if (!query.exec())
            return Database::queryError(query, what);
        return {};
    }
};

struct CustomerRef
{
    QString id;
};

struct DeviceRef
{
    QString id;
    int customer; // index into customers
    QDateTime lastPickup;
    QString component;
};

} // namespace

Result<bool> DemoData::isDemoStore(const Database &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kDemoKey},
                      QStringLiteral("demo flag"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toString() == QLatin1String("1");
}

int DemoData::luhnCheckDigit(const QString &first14)
{
    return luhn(first14);
}

Result<DemoReport> DemoData::seed(Database &db, const Clock &clock, const DemoOptions &options)
{
    if (options.tickets < 0)
        return Error {QStringLiteral("DEMO_OPTIONS"), tr("The number of tickets is negative.")};
    {
        auto count = sql::run(db, QStringLiteral("SELECT count(*) FROM tickets"), {},
                              QStringLiteral("ticket count"));
        if (!count)
            return count.error();
        if (count->next() && count->value(0).toLongLong() > 0)
            return Error {QStringLiteral("STORE_NOT_EMPTY"),
                          tr("The store already has tickets; demo data goes into an empty "
                             "store only.")};
    }
    DemoReport report;
    const QString center = options.center.trimmed().toUpper();
    SettingsRepository settings(db, clock);
    if (Status s = settings.setValues({
            {QStringLiteral("center.code"), center},
            {QStringLiteral("center.name"), QStringLiteral("维修柜台演示中心 Repair Counter Demo")},
            {QStringLiteral("center.address"), QStringLiteral("深圳市南山区科技园路 1 号")},
            {QStringLiteral("center.phone"), QStringLiteral("0755-8888 6666")},
            {QStringLiteral("station.code"), QStringLiteral("01")},
            // A demo store never syncs (SyncEngine refuses): its tickets are not real.
            {kDemoKey, QStringLiteral("1")},
        });
        !s)
        return s.error();

    UserRepository users(db, clock);
    QStringList technicianIds;
    QString clerkId;
    const struct
    {
        const char *username;
        const char *name;
        Role role;
    } demoUsers[] = {
        {"clerk", "前台 李娜 Li Na", Role::Clerk},
        {"tech1", "工程师 王强 Wang Qiang", Role::Technician},
        {"tech2", "工程师 陈杰 Chen Jie", Role::Technician},
        {"manager", "店长 张伟 Zhang Wei", Role::Manager},
    };
    for (const auto &u : demoUsers) {
        auto existing = users.byUsername(QString::fromLatin1(u.username));
        if (!existing)
            return existing.error();
        User user;
        if (existing->has_value()) {
            user = **existing;
        } else {
            auto created = users.create(QString::fromLatin1(u.username), QString::fromUtf8(u.name),
                                        u.role, QStringLiteral("1234"));
            if (!created)
                return created.error();
            user = *created;
            ++report.users;
        }
        if (user.role == Role::Technician)
            technicianIds.append(user.id);
        if (user.role == Role::Clerk)
            clerkId = user.id;
    }

    QRandomGenerator rng(options.seed);
    const QDateTime now = clock.nowUtc();
    const int days = qBound(7, options.tickets / 800, 1500);
    const QDateTime start = now.addDays(-days);
    const qint64 spanMs = start.msecsTo(now.addSecs(-600));
    const QStringList stations {QStringLiteral("01"), QStringLiteral("02")};

    std::vector<CustomerRef> customers;
    std::vector<DeviceRef> devices;
    customers.reserve(static_cast<size_t>(options.tickets));
    devices.reserve(static_cast<size_t>(options.tickets));
    QHash<QString, int> sequences;
    QHash<TicketStatus, QList<TicketStatus>> paths;
    for (TicketStatus status : TicketLifecycle::allStatuses())
        paths.insert(status, pathTo(status));

    PreparedInsert insertCustomer(
        db,
        QStringLiteral("INSERT INTO customers (id, version, name, phone, phone_rev, note, "
                       "created_at, updated_at) VALUES (?, 1, ?, ?, ?, '', ?, ?)"),
        QStringLiteral("demo customer"));
    PreparedInsert insertName(db,
                              QStringLiteral("INSERT INTO customer_names (rowid, tokens) VALUES "
                                             "(last_insert_rowid(), ?)"),
                              QStringLiteral("demo customer name"));
    PreparedInsert insertDevice(
        db,
        QStringLiteral("INSERT INTO devices (id, version, imei1, imei2, imei1_rev, imei2_rev, "
                       "brand, model, serial, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, "
                       "?, '', ?, ?)"),
        QStringLiteral("demo device"));
    PreparedInsert insertTicket(
        db,
        QStringLiteral("INSERT INTO tickets (id, version, number, center, station, customer_id, "
                       "device_id, status, created_at, updated_at, status_changed_at, "
                       "intake_user_id, technician_id, fault_description, fault_category, "
                       "component, sale_date, condition_json, accessories_json, backup_consent, "
                       "passcode_handling, quote_revision, approved_revision, picked_up_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, "
                       "?, ?, ?)"),
        QStringLiteral("demo ticket"));
    PreparedInsert insertEvent(
        db,
        QStringLiteral("INSERT INTO ticket_events (id, ticket_id, at, user_id, actor, kind, "
                       "from_status, to_status, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', "
                       "'{}')"),
        QStringLiteral("demo event"));
    PreparedInsert insertQuote(
        db,
        QStringLiteral("INSERT INTO quote_lines (id, version, ticket_id, revision, kind, "
                       "description, quantity, unit_price_minor, covered, created_at, updated_at) "
                       "VALUES (?, 1, ?, 1, ?, ?, 1, ?, ?, ?, ?)"),
        QStringLiteral("demo quote line"));

    PreparedInsert insertPayment(
        db,
        QStringLiteral(
            "INSERT INTO payments (id, version, ticket_id, kind, amount_minor, currency, "
            "method, reference, user_id, at) VALUES (?, 1, ?, ?, ?, 'CNY', ?, '', ?, ?)"),
        QStringLiteral("demo payment"));

    // Bulk writing: no fsync per batch and a large page cache; the store is synced and put
    // back to synchronous=FULL at the end (a crash meanwhile loses demo data only).
    const auto restorePragmas = qScopeGuard([&db] {
        QSqlQuery pragma(db.connection());
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("PRAGMA cache_size=-2000"));
    });
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=OFF"), QStringLiteral("PRAGMA cache_size=-524288")}) {
        if (Status s = db.exec(pragma); !s)
            return s.error();
    }
    const QString created = QStringLiteral("created");
    const QString labour = QStringLiteral("labour");
    const QString labourText = QStringLiteral("维修工时 labour");
    const QVariant clerk = clerkId.isEmpty() ? QVariant() : QVariant(clerkId);
    const QString transition = QStringLiteral("transition");
    const QString actor = QStringLiteral("demo");
    const int batch = qMax(1, options.batch);
    // The per-row triggers of the search keys (step 6) and report facts (step 5) that fire on
    // what the seed inserts: each batch drops them, writes its rows, fills their tables for
    // the batch set-based and puts them back, all in the batch's transaction, so a store is
    // never left without them (row by row they took most of the seeding time).
    QStringList bulkTriggers {QStringLiteral("ticket_search_insert")};
    bulkTriggers << reportFactsInsertTriggers();
    QStringList triggerSql;
    bool factsTriggers = false;
    bool searchTrigger = false;
    for (const QString &name : std::as_const(bulkTriggers)) {
        auto trigger = sql::run(db,
                                QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = "
                                               "'trigger' AND name = ?"),
                                {name}, QStringLiteral("demo trigger"));
        if (!trigger)
            return trigger.error();
        if (!trigger->next())
            continue;
        triggerSql << trigger->value(0).toString();
        if (name == bulkTriggers.constFirst())
            searchTrigger = true;
        else
            factsTriggers = true;
    }
    Status status;
    for (int done = 0; done < options.tickets && status;) {
        const int end = qMin(options.tickets, done + batch);
        status = db.write([&]() -> Status {
            qint64 firstRid = 0;
            if (!triggerSql.isEmpty()) {
                auto next = sql::run(db,
                                     QStringLiteral("SELECT coalesce(max(rid), 0) + 1 FROM "
                                                    "tickets"),
                                     {}, QStringLiteral("demo batch start"));
                if (!next)
                    return next.error();
                firstRid = next->next() ? next->value(0).toLongLong() : 1;
                for (const QString &name : std::as_const(bulkTriggers)) {
                    if (Status s = db.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + name); !s)
                        return s;
                }
            }
            for (int i = done; i < end; ++i) {
                const qint64 offset = options.tickets <= 1
                                          ? 0
                                          : spanMs * i / (options.tickets - 1) + rng.bounded(60000);
                const QDateTime at = start.addMSecs(qMin(offset, spanMs));
                const QString stamp = sql::timestamp(at);
                const int ageDays = static_cast<int>(at.daysTo(now));

                // The device: now and then one seen before (a repeat repair when it comes
                // back within the repair warranty), else a new one (and a returning
                // customer now and then).
                int deviceIndex = -1;
                if (!devices.empty() && rng.bounded(100) < 8) {
                    const size_t window = qMin<size_t>(devices.size(), 5000);
                    deviceIndex = static_cast<int>(devices.size() - 1
                                                   - rng.bounded(static_cast<quint32>(window)));
                }
                int customerIndex;
                const Fault *fault = &pick(rng, kFaults);
                if (deviceIndex >= 0) {
                    customerIndex = devices[size_t(deviceIndex)].customer;
                } else {
                    if (!customers.empty() && rng.bounded(100) < 12) {
                        customerIndex
                            = static_cast<int>(rng.bounded(static_cast<quint32>(customers.size())));
                    } else {
                        QString name;
                        if (rng.bounded(100) < 85)
                            name = QString::fromUtf8(pick(rng, kSurnames))
                                   + QString::fromUtf8(pick(rng, kGiven));
                        else
                            name = QString::fromLatin1(pick(rng, kFirstNames)) + QLatin1Char(' ')
                                   + QString::fromLatin1(pick(rng, kLastNames));
                        const QString phone = QString::fromLatin1(pick(rng, kPhonePrefixes))
                                              + QStringLiteral("%1").arg(rng.bounded(100000000), 8,
                                                                         10, QLatin1Char('0'));
                        const QString id = uuid(rng, at);
                        if (Status s = insertCustomer.run(
                                {id, name, phone, sql::reversed(phone), stamp, stamp});
                            !s)
                            return s;
                        if (Status s = insertName.run({NameTokens::forName(name)}); !s)
                            return s;
                        customers.push_back({id});
                        ++report.customers;
                        customerIndex = static_cast<int>(customers.size() - 1);
                    }
                    const Tac &tac = pick(rng, kTacs);
                    const QString serial
                        = QStringLiteral("%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
                    QString imei1 = QString::fromLatin1(tac.tac) + serial;
                    imei1 += QString::number(luhn(imei1));
                    QString imei2;
                    if (rng.bounded(100) < 20) {
                        imei2 = QString::fromLatin1(tac.tac)
                                + QStringLiteral("%1").arg((serial.toInt() + 1) % 1000000, 6, 10,
                                                           QLatin1Char('0'));
                        imei2 += QString::number(luhn(imei2));
                    }
                    const QString id = uuid(rng, at);
                    if (Status s
                        = insertDevice.run({id, imei1, imei2, sql::reversed(imei1),
                                            sql::reversed(imei2), QString::fromLatin1(tac.brand),
                                            QString::fromUtf8(tac.model), stamp, stamp});
                        !s)
                        return s;
                    devices.push_back({id, customerIndex, {}, {}});
                    ++report.devices;
                    deviceIndex = static_cast<int>(devices.size() - 1);
                }
                DeviceRef &device = devices[size_t(deviceIndex)];

                // Where the ticket stands: old ones are mostly closed; the newest eleven
                // cover every status.
                TicketStatus target;
                const int fromEnd = options.tickets - 1 - i;
                if (fromEnd < 11) {
                    target = TicketLifecycle::allStatuses().at(fromEnd);
                } else if (ageDays > 20) {
                    const quint32 r = rng.bounded(100);
                    target = r < 85   ? TicketStatus::PickedUp
                             : r < 93 ? TicketStatus::ReturnedUnrepaired
                             : r < 97 ? TicketStatus::Cancelled
                                      : TicketStatus::Ready;
                } else {
                    target = TicketLifecycle::allStatuses().at(static_cast<int>(rng.bounded(11)));
                }
                const QList<TicketStatus> &path = paths[target];

                const QString station = stations.at(static_cast<int>(rng.bounded(2)));
                const QString prefix
                    = TicketNumber::prefix(center, station, at.toLocalTime().date());
                const int sequence = ++sequences[prefix];
                const QString number
                    = prefix + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
                const QString ticketId = uuid(rng, at);
                const QString technician = technicianIds.isEmpty()
                                               ? QString()
                                               : technicianIds.at(static_cast<int>(rng.bounded(
                                                   static_cast<quint32>(technicianIds.size()))));

                // Event times: a few hours to a day apart, never in the future.
                QDateTime eventAt = at;
                QList<QDateTime> times;
                for (qsizetype k = 0; k < path.size(); ++k) {
                    eventAt = eventAt.addSecs(1800 + rng.bounded(20 * 3600));
                    if (eventAt > now)
                        eventAt = now;
                    times.append(eventAt);
                }
                const QDateTime last = times.isEmpty() ? at : times.last();
                const bool quoted = path.contains(TicketStatus::Quoted);
                const bool approved = path.contains(TicketStatus::Approved);
                const bool handedBack = target == TicketStatus::PickedUp
                                        || target == TicketStatus::ReturnedUnrepaired;
                QStringList accessories;
                if (rng.bounded(100) < 70)
                    accessories.append(QString::fromLatin1(kAccessories[0]));
                if (rng.bounded(100) < 30)
                    accessories.append(QString::fromLatin1(pick(rng, kAccessories)));
                const QDate saleDate
                    = at.toLocalTime().date().addDays(-static_cast<int>(rng.bounded(900)));

                if (Status s = insertTicket.run({
                        ticketId,
                        1 + path.size(),
                        number,
                        center,
                        station,
                        customers[size_t(customerIndex)].id,
                        device.id,
                        TicketLifecycle::id(target),
                        stamp,
                        sql::timestamp(last),
                        sql::timestamp(last),
                        clerkId.isEmpty() ? QVariant() : QVariant(clerkId),
                        technician.isEmpty() ? QVariant() : QVariant(technician),
                        QString::fromUtf8(fault->text),
                        QString::fromLatin1(fault->category),
                        QString::fromLatin1(fault->component),
                        saleDate.toString(Qt::ISODate),
                        accessories.isEmpty() ? QStringLiteral("[]")
                                              : QStringLiteral("[\"%1\"]")
                                                    .arg(accessories.join(QStringLiteral("\",\""))),
                        rng.bounded(100) < 90 ? 1 : 0,
                        rng.bounded(100) < 60 ? QStringLiteral("customer_will_unlock")
                                              : QStringLiteral("no_lock"),
                        quoted ? 1 : 0,
                        approved ? 1 : 0,
                        handedBack ? QVariant(sql::timestamp(last)) : QVariant(),
                    });
                    !s)
                    return s;
                if (Status s
                    = insertEvent.run({uuid(rng, at), ticketId, stamp,
                                       clerkId.isEmpty() ? QVariant() : QVariant(clerkId), actor,
                                       created, QVariant(), QStringLiteral("received")});
                    !s)
                    return s;
                ++report.events;
                // Tickets older than three months keep a condensed timeline (created and
                // the last transition), which keeps a million-ticket seed near a minute.
                TicketStatus from = TicketStatus::Received;
                const qsizetype firstStep = ageDays > 90 ? qMax<qsizetype>(0, path.size() - 1) : 0;
                if (firstStep > 0)
                    from = path.at(firstStep - 1);
                for (qsizetype k = firstStep; k < path.size(); ++k) {
                    if (Status s = insertEvent.run(
                            {uuid(rng, times.at(k)), ticketId, sql::timestamp(times.at(k)),
                             technician.isEmpty() ? QVariant() : QVariant(technician), actor,
                             transition, TicketLifecycle::id(from),
                             TicketLifecycle::id(path.at(k))});
                        !s)
                        return s;
                    ++report.events;
                    from = path.at(k);
                }
                // The quote (a part and the labour; the warranty covers four in ten), and for
                // an approved paid repair its money: a deposit at approval now and then, the
                // balance at pickup, adding up to the quote.
                if (quoted) {
                    const bool covered = rng.bounded(100) < 40;
                    const qint64 partMinor = (80 + rng.bounded(900)) * 100;
                    const qint64 labourMinor = 5000;
                    const QString quoteAt = sql::timestamp(times.value(1, at));
                    if (Status s = insertQuote.run({uuid(rng, at), ticketId, QStringLiteral("part"),
                                                    QString::fromUtf8(fault->part), partMinor,
                                                    covered ? 1 : 0, quoteAt, quoteAt});
                        !s)
                        return s;
                    if (Status s
                        = insertQuote.run({uuid(rng, at), ticketId, labour, labourText, labourMinor,
                                           covered ? 1 : 0, quoteAt, quoteAt});
                        !s)
                        return s;
                    const qint64 payable = covered ? 0 : partMinor + labourMinor;
                    const qsizetype approvedStep = path.indexOf(TicketStatus::Approved);
                    if (approved && payable > 0 && approvedStep >= 0) {
                        const QString method = QString::fromLatin1(pick(rng, kPaymentMethods));
                        qint64 deposit = 0;
                        if (rng.bounded(100) < 35) {
                            deposit = payable * 3 / 10 / 100 * 100;
                            const QDateTime paidAt = times.at(approvedStep);
                            if (Status s = insertPayment.run(
                                    {uuid(rng, paidAt), ticketId, QStringLiteral("deposit"),
                                     deposit, method, clerk, sql::timestamp(paidAt)});
                                !s)
                                return s;
                            ++report.payments;
                        }
                        if (target == TicketStatus::PickedUp) {
                            if (Status s = insertPayment.run(
                                    {uuid(rng, last), ticketId, QStringLiteral("payment"),
                                     payable - deposit, method, clerk, sql::timestamp(last)});
                                !s)
                                return s;
                            ++report.payments;
                        }
                    }
                }
                if (target == TicketStatus::PickedUp)
                    device.lastPickup = last;
                ++report.tickets;
            }
            if (factsTriggers) {
                // What the facts triggers write, for the whole batch.
                const QString batchIds
                    = QStringLiteral("SELECT id FROM tickets WHERE rid >= %1").arg(firstRid);
                for (const QString &statement : reportFactsFill(batchIds)) {
                    if (Status s = db.exec(statement); !s)
                        return s;
                }
            }
            if (searchTrigger) {
                // What the trigger ticket_search_insert (schema v6) writes, for the whole batch.
                if (Status s = sql::exec(
                        db,
                        QStringLiteral(
                            "INSERT OR IGNORE INTO ticket_keys (key, rid)"
                            " SELECT 'P' || c.phone, t.rid FROM tickets t JOIN customers c ON c.id "
                            "="
                            " t.customer_id WHERE t.rid >= ? AND c.phone <> ''"
                            " UNION ALL SELECT 'p' || c.phone_rev, t.rid FROM tickets t JOIN "
                            "customers"
                            " c ON c.id = t.customer_id WHERE t.rid >= ? AND c.phone_rev <> ''"
                            " UNION ALL SELECT 'i' || d.imei1_rev, t.rid FROM tickets t JOIN "
                            "devices d"
                            " ON d.id = t.device_id WHERE t.rid >= ? AND d.imei1_rev <> ''"
                            " UNION ALL SELECT 'i' || d.imei2_rev, t.rid FROM tickets t JOIN "
                            "devices d"
                            " ON d.id = t.device_id WHERE t.rid >= ? AND d.imei2_rev <> ''"
                            " ORDER BY 1, 2"),
                        {firstRid, firstRid, firstRid, firstRid},
                        QStringLiteral("demo search keys"));
                    !s)
                    return s;
                if (Status s
                    = sql::exec(db,
                                QStringLiteral("INSERT INTO ticket_names (rowid, tokens) "
                                               "SELECT t.rid, n.tokens FROM tickets t JOIN "
                                               "customers c ON c.id = t.customer_id JOIN "
                                               "customer_names n ON n.rowid = c.rid WHERE "
                                               "t.rid >= ? ORDER BY t.rid"),
                                {firstRid}, QStringLiteral("demo name index"));
                    !s)
                    return s;
            }
            for (const QString &statement : std::as_const(triggerSql)) {
                if (Status s = db.exec(statement); !s)
                    return s;
            }
            return {};
        });
        done = end;
        if (status && options.progress)
            options.progress(done);
    }
    if (!status)
        return status.error();

    // New tickets continue each station's sequence of the day.
    status = db.write([&]() -> Status {
        for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
            if (Status s = sql::exec(db,
                                     QStringLiteral("INSERT INTO ticket_sequences (prefix, last) "
                                                    "VALUES (?, ?) ON CONFLICT (prefix) DO "
                                                    "UPDATE SET last = max(last, excluded.last)"),
                                     {it.key(), it.value()}, QStringLiteral("demo sequence"));
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    // Durable from here on: one checkpoint with synchronous=FULL writes everything out.
    if (Status s = db.exec(QStringLiteral("PRAGMA synchronous=FULL")); !s)
        return s.error();
    if (Status s = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s.error();
    return report;
}

} // namespace rc
