#pragma once

// The canonical dump of a station's store, for comparing stations of one center after they
// exchanged their records (tst_remotechanges, tst_convergence).

#include "workflowstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rc::test {

// The rows of the tables every station shares, one line each, sorted: without the local
// row order (rid), the local optimistic-concurrency version, the local hash chains, PIN
// material and sign-in lockout, the station-local settings, the conflict audits each station
// keeps for itself.
inline QStringList dump(WorkflowStore &s)
{
    static const QSet<QString> local {
        QStringLiteral("rid"),
        QStringLiteral("version"),
        QStringLiteral("prev_hash"),
        QStringLiteral("hash"),
        QStringLiteral("pin_hash"),
        QStringLiteral("pin_salt"),
        QStringLiteral("pin_iterations"),
        QStringLiteral("failed_attempts"),
        QStringLiteral("locked_until"),
    };
    const QList<QPair<QString, QString>> tables {
        {QStringLiteral("customers"), {}},
        {QStringLiteral("devices"), {}},
        {QStringLiteral("users"), {}},
        {QStringLiteral("tickets"), {}},
        {QStringLiteral("ticket_events"), {}},
        {QStringLiteral("diagnoses"), {}},
        {QStringLiteral("price_items"), {}},
        {QStringLiteral("quote_lines"), {}},
        {QStringLiteral("approvals"), {}},
        {QStringLiteral("payments"), {}},
        {QStringLiteral("learned_tacs"), {}},
        {QStringLiteral("audit_entries"), QStringLiteral("kind <> 'sync.conflict'")},
        {QStringLiteral("settings"),
         QStringLiteral("key NOT IN ('station.code', 'backup.folder') AND key NOT LIKE 'sync.%'")},
        {QStringLiteral("event_conflicts"), {}},
    };
    QStringList lines;
    for (const auto &[table, where] : tables) {
        QSqlQuery q(s.db->connection());
        if (!q.exec(
                QStringLiteral("SELECT * FROM %1%2")
                    .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)))
            qFatal("dump %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
        while (q.next()) {
            const QSqlRecord row = q.record();
            QStringList fields {table};
            for (int i = 0; i < row.count(); ++i) {
                if (!local.contains(row.fieldName(i)))
                    fields << row.fieldName(i) + u'=' + row.value(i).toString();
            }
            lines << fields.join(u'|');
        }
    }
    lines.sort();
    return lines;
}

} // namespace rc::test
