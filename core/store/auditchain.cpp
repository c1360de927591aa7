#include "auditchain.h"

#include "database.h"
#include "settingsrepository.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace rc::auditchain {

namespace {

QString columnText(sqlite3_value *value)
{
    const auto *bytes = sqlite3_value_text(value);
    if (!bytes)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes), sqlite3_value_bytes(value));
}

void sqlHash(sqlite3_context *context, int argc, sqlite3_value **argv, bool event)
{
    QStringList a;
    a.reserve(argc);
    for (int i = 0; i < argc; ++i)
        a.append(columnText(argv[i]));
    QString hash;
    if (event && argc == 11)
        hash = eventHash(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                         dataValue(a[10]));
    else if (!event && argc == 10)
        hash = auditHash(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], dataValue(a[9]));
    else {
        sqlite3_result_error(context, "wrong number of arguments to the audit chain hash", -1);
        return;
    }
    const QByteArray bytes = hash.toLatin1();
    sqlite3_result_text(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void sqlAuditHash(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    sqlHash(context, argc, argv, false);
}

void sqlEventHash(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    sqlHash(context, argc, argv, true);
}

} // namespace

bool registerSqlFunctions(const Database &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function_v2(handle, "rc_audit_hash", 10, flags, nullptr, &sqlAuditHash,
                                      nullptr, nullptr, nullptr)
               == SQLITE_OK
           && sqlite3_create_function_v2(handle, "rc_event_hash", 11, flags, nullptr, &sqlEventHash,
                                         nullptr, nullptr, nullptr)
                  == SQLITE_OK;
}

Result<QString> lastHash(const Database &db, const QString &table)
{
    auto q
        = sql::run(db, QStringLiteral("SELECT hash FROM %1 ORDER BY rid DESC LIMIT 1").arg(table),
                   {}, QStringLiteral("audit chain head"));
    if (!q)
        return q.error();
    // Never a null QString: that would bind as NULL.
    const QString hash = q->next() ? q->value(0).toString() : QString();
    return hash.isEmpty() ? QStringLiteral("") : hash;
}

Status addChainFields(const Database &db, QJsonObject &payload, const QString &prevHash,
                      const QString &hash)
{
    auto q = sql::run(db, QStringLiteral("SELECT value FROM settings WHERE key = 'station.code'"),
                      {}, QStringLiteral("audit chain station"));
    if (!q)
        return q.error();
    payload.insert(QStringLiteral("station"),
                   q->next() ? q->value(0).toString()
                             : SettingsRepository::defaultValue(QStringLiteral("station.code")));
    payload.insert(QStringLiteral("prev_hash"), prevHash);
    payload.insert(QStringLiteral("hash"), hash);
    return {};
}

Result<ChainReport> check(const Database &db)
{
    ChainReport report;
    {
        auto columns = sql::run(db,
                                QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                               "'ticket_events') WHERE name = 'hash'"),
                                {}, QStringLiteral("audit chain columns"));
        if (!columns)
            return columns.error();
        report.chained = columns->next() && columns->value(0).toInt() == 1;
    }
    if (!report.chained)
        return report;
    struct Table
    {
        QString name;
        QString columns;
        bool event;
    };
    const Table tables[] {
        {QStringLiteral("audit_entries"),
         QStringLiteral("id, at, user_id, actor, kind, entity, entity_id, note, data"), false},
        {QStringLiteral("ticket_events"),
         QStringLiteral("id, ticket_id, at, user_id, actor, kind, from_status, to_status, note, "
                        "data"),
         true},
    };
    for (const Table &table : tables) {
        auto q = sql::run(db,
                          QStringLiteral("SELECT rid, prev_hash, hash, %1 FROM %2 ORDER BY rid")
                              .arg(table.columns, table.name),
                          {}, QStringLiteral("audit chain read"));
        if (!q)
            return q.error();
        QString previous;
        qint64 previousRid = 0;
        qint64 count = 0;
        bool found = false;
        while (q->next()) {
            ++count;
            if (found)
                continue;
            const qint64 rid = q->value(0).toLongLong();
            const QString prevHash = q->value(1).toString();
            const QString hash = q->value(2).toString();
            auto v = [&](int i) {
                return q->value(3 + i).toString();
            };
            const QString expected = table.event
                                         ? eventHash(prevHash, v(0), v(1), v(2), v(3), v(4), v(5),
                                                     v(6), v(7), v(8), dataValue(v(9)))
                                         : auditHash(prevHash, v(0), v(1), v(2), v(3), v(4), v(5),
                                                     v(6), v(7), dataValue(v(8)));
            ChainProblem problem {table.name, rid, v(0), {}};
            if (prevHash != previous)
                problem.what
                    = previousRid == 0
                          ? QCoreApplication::translate(
                              "AuditChain",
                              "the first entry does not start the chain: entries before it "
                              "are missing")
                          : QCoreApplication::translate(
                                "AuditChain",
                                "its previous hash is not the hash of the entry before it "
                                "(rid %1): an entry between them is missing or was edited")
                                .arg(previousRid);
            else if (hash != expected)
                problem.what = QCoreApplication::translate(
                    "AuditChain", "its hash does not match its contents: the entry was edited");
            if (!problem.what.isEmpty()) {
                report.problems.append(problem);
                found = true;
            }
            previous = hash;
            previousRid = rid;
        }
        (table.event ? report.ticketEvents : report.auditEntries) = count;
    }
    return report;
}

} // namespace rc::auditchain
