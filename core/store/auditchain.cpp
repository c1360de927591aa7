#include "auditchain.h"

#include "database.h"
#include "settingsrepository.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QSet>
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

Result<QString> ownChain(const Database &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT value FROM settings WHERE key = 'station.code'"),
                      {}, QStringLiteral("audit chain station"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString()
                     : SettingsRepository::defaultValue(QStringLiteral("station.code"));
}

Result<QString> lastHash(const Database &db, const QString &table, const QString &station)
{
    auto q
        = sql::run(db,
                   QStringLiteral("SELECT hash FROM %1 WHERE station = ? ORDER BY rid DESC LIMIT 1")
                       .arg(table),
                   {station}, QStringLiteral("audit chain head"));
    if (!q)
        return q.error();
    // Never a null QString: that would bind as NULL.
    const QString hash = q->next() ? q->value(0).toString() : QString();
    return hash.isEmpty() ? QStringLiteral("") : hash;
}

void addChainFields(QJsonObject &payload, const QString &station, const QString &prevHash,
                    const QString &hash)
{
    payload.insert(QStringLiteral("station"), station);
    payload.insert(QStringLiteral("prev_hash"), prevHash);
    payload.insert(QStringLiteral("hash"), hash);
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
    auto own = ownChain(db);
    if (!own)
        return own.error();
    // The first 64 bits of a hash: enough to tell the entries of one chain apart.
    const auto key = [](const QString &hash) {
        return hash.left(16).toULongLong(nullptr, 16);
    };
    for (const Table &table : tables) {
        auto q = sql::run(
            db,
            QStringLiteral("SELECT rid, station, prev_hash, hash, %1 FROM %2 ORDER BY station, rid")
                .arg(table.columns, table.name),
            {}, QStringLiteral("audit chain read"));
        if (!q)
            return q.error();
        QString station;
        QString previous;
        qint64 previousRid = 0;
        bool strict = true;
        QSet<quint64> hashes; // another station's chain: its entries' hashes
        QSet<quint64> linked; // and the hashes its entries link to
        QList<std::pair<quint64, qint64>> links; // (prev_hash, rid) to find a predecessor for
        qint64 count = 0;
        bool found = false;
        auto report_ = [&](const ChainProblem &problem) {
            report.problems.append(problem);
            found = true;
        };
        // Another station's chain, once all of it is read: every link goes to one of its
        // entries.
        auto endForeign = [&] {
            if (found || strict)
                return;
            for (const auto &[prevKey, rid] : std::as_const(links)) {
                if (hashes.contains(prevKey))
                    continue;
                auto id = sql::run(
                    db, QStringLiteral("SELECT id FROM %1 WHERE rid = ?").arg(table.name), {rid},
                    QStringLiteral("audit chain read"));
                report_({table.name, rid, id && id->next() ? id->value(0).toString() : QString(),
                         QCoreApplication::translate(
                             "AuditChain",
                             "the entry of station %1 it follows is not in this store: it is "
                             "missing")
                             .arg(station)});
                return;
            }
        };
        while (q->next()) {
            ++count;
            if (found)
                continue;
            const qint64 rid = q->value(0).toLongLong();
            const QString rowStation = q->value(1).toString();
            const QString prevHash = q->value(2).toString();
            const QString hash = q->value(3).toString();
            auto v = [&](int i) {
                return q->value(4 + i).toString();
            };
            if (count == 1 || rowStation != station) {
                endForeign();
                if (found)
                    continue;
                station = rowStation;
                strict = station == *own || station == QLatin1String(kLocalChain);
                previous.clear();
                previousRid = 0;
                hashes.clear();
                linked.clear();
                links.clear();
            }
            const QString expected = table.event
                                         ? eventHash(prevHash, v(0), v(1), v(2), v(3), v(4), v(5),
                                                     v(6), v(7), v(8), dataValue(v(9)))
                                         : auditHash(prevHash, v(0), v(1), v(2), v(3), v(4), v(5),
                                                     v(6), v(7), dataValue(v(8)));
            ChainProblem problem {table.name, rid, v(0), {}};
            if (hash != expected) {
                problem.what = QCoreApplication::translate(
                    "AuditChain", "its hash does not match its contents: the entry was edited");
            } else if (strict && prevHash != previous) {
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
            } else if (!strict && linked.contains(key(prevHash))) {
                problem.what
                    = QCoreApplication::translate(
                          "AuditChain",
                          "another entry of station %1 already follows the same entry: one of them "
                          "replaced an entry")
                          .arg(station);
            }
            if (!problem.what.isEmpty()) {
                report_(problem);
                continue;
            }
            if (!strict) {
                hashes.insert(key(hash));
                linked.insert(key(prevHash));
                if (!prevHash.isEmpty())
                    links.append({key(prevHash), rid});
            }
            previous = hash;
            previousRid = rid;
        }
        endForeign();
        (table.event ? report.ticketEvents : report.auditEntries) = count;
    }
    return report;
}

} // namespace rc::auditchain
