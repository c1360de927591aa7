#include "demodata.h"

#include "demogenerator.h"
#include "identifiers/checkdigit.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "store/userrepository.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlQuery>

namespace rc {

namespace {

const QString kDemoKey = QStringLiteral("store.demo");

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
    return imeiCheckDigit(first14);
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
    DemoGenerator::Staff staff;
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
            // PIN 1234, the manager's 123456 (a manager's PIN has at least 6 digits).
            auto created = users.create(
                QString::fromLatin1(u.username), QString::fromUtf8(u.name), u.role,
                u.role == Role::Manager ? QStringLiteral("123456") : QStringLiteral("1234"));
            if (!created)
                return created.error();
            user = *created;
            ++report.users;
        }
        if (user.role == Role::Technician)
            staff.technicianIds.append(user.id.toUtf8());
        if (user.role == Role::Clerk)
            staff.clerkId = user.id.toUtf8();
    }

    DemoGenerator generator(db, options, clock.nowUtc(), std::move(staff));
    if (Status s = generator.prepare(); !s)
        return s.error();

    // Bulk writing: a large page cache; a rollback journal instead of the WAL, which would
    // hold every new page once more before a checkpoint copied it into the store (the
    // journal keeps only the few pages the seed changes, not the ones it adds; it stays the
    // WAL when another connection has the store open); and neither foreign keys nor CHECK
    // constraints checked (an IN list check builds a lookup table for every row it checks),
    // as the generator writes only references to rows it wrote before and only values the
    // constraints allow. All of it is put back after.
    const auto restorePragmas = qScopeGuard([&db] {
        QSqlQuery pragma(db.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size=-2000"));
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
    });
    for (const QString &pragma :
         {QStringLiteral("PRAGMA cache_size=-524288"), QStringLiteral("PRAGMA foreign_keys=OFF"),
          QStringLiteral("PRAGMA ignore_check_constraints=ON")}) {
        if (Status s = db.exec(pragma); !s)
            return s.error();
    }
    // Refused (the store is busy) when another connection has it open: the WAL stays. Either
    // way the commit is synced, as synchronous stays FULL.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA journal_mode=TRUNCATE"));
    // All of it in one transaction: a seed that is killed or runs out of disk leaves the
    // store as it was. Inside it, the per-row triggers of the search keys (step 6) and report
    // facts (step 5) that fire on what the seed inserts are dropped (the generator writes
    // those rows itself, as the triggers would), and so are the secondary indexes of the
    // tables it fills, built again at the end from sorted rows instead of entry by entry
    // (row by row the triggers and indexes took most of the seeding time).
    Status status = db.write([&]() -> Status {
        const QStringList bulkTriggers
            = QStringList {ticketSearchInsertTrigger()} + reportFactsInsertTriggers();
        auto schema = sql::run(db,
                               QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE "
                                              "type IN ('index', 'trigger') AND sql IS NOT NULL "
                                              "AND tbl_name IN ('customers', 'devices', "
                                              "'tickets', 'ticket_events', 'quote_lines', "
                                              "'payments', 'ticket_facts')"),
                               {}, QStringLiteral("demo bulk schema"));
        if (!schema)
            return schema.error();
        QStringList drop;
        QStringList create;
        int triggers = 0;
        while (schema->next()) {
            const QString type = schema->value(0).toString();
            const QString name = schema->value(1).toString();
            const bool trigger = type == QLatin1String("trigger");
            if (trigger && !bulkTriggers.contains(name))
                continue;
            drop << QStringLiteral("DROP %1 %2").arg(type.toUpper(), name);
            create << schema->value(2).toString();
            triggers += trigger ? 1 : 0;
        }
        if (triggers != bulkTriggers.size())
            return Error {QStringLiteral("DEMO_SCHEMA"),
                          tr("The store lacks the triggers of its search and report tables.")};
        for (const QString &statement : std::as_const(drop)) {
            if (Status s = db.exec(statement); !s)
                return s;
        }
        for (int i = 0; i < options.tickets; ++i) {
            if (Status s = generator.writeTicket(i); !s)
                return s;
        }
        if (Status s = generator.finish(); !s)
            return s;
        for (const QString &statement : std::as_const(create)) {
            if (Status s = db.exec(statement); !s)
                return s;
        }
        // New tickets continue each station's sequence of the day.
        const QHash<QString, int> sequences = generator.sequences();
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
    if (Status s = db.exec(QStringLiteral("PRAGMA journal_mode=WAL")); !s)
        return s.error();
    const DemoReport &written = generator.report();
    report.tickets = written.tickets;
    report.customers = written.customers;
    report.devices = written.devices;
    report.events = written.events;
    report.payments = written.payments;
    return report;
}

} // namespace rc
