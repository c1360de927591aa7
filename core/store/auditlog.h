#pragma once

#include "actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rc {

class Database;

// One line of the audit trail: either a ticket event (the ticket's timeline: transitions,
// edits, warranty re-evaluations and overrides with their reason) or an audit entry for a
// change that is about no single ticket (users, prices, settings).
struct AuditEntry
{
    QString id; // UUID
    QDateTime at; // UTC
    QString userId; // may be empty (command line, system)
    QString actor; // the name shown
    QString kind; // ticket event kinds (created, transition, warranty, …) or user.create,
                  // user.role, user.disable, user.enable, user.pin, user.unlock,
                  // price.create, price.change, price.import, setting.change,
                  // user.sign_in, user.pin_failed, user.locked, user.unknown_sign_in,
                  // sync.settings, sync.retry,
                  // tac.learn, store.restore, and
                  // access.refused (a step or operation the workflow layer refused: data
                  // operation, code, permission; entity "ticket" or "operation")
    QString entity; // "ticket" for ticket events, else "user", "price_item", "setting"
    QString entityId;
    QString ticketNumber; // ticket events only
    QString note; // the reason or details as typed
    QJsonObject data; // kind-specific: {"from": …, "to": …}, previous and new verdict, …
};
QJsonObject toJson(const AuditEntry &entry);

struct AuditFilter
{
    QString ticketNumber; // only this ticket's events (case-insensitive); empty: any
    QString userId; // empty: anyone
    QString kind; // empty: any
    QDate from; // local calendar dates, inclusive; invalid: open
    QDate to;
    int limit = 1000;
};

// The audit trail: appends entries inside other repositories' transactions and reads the
// trail of ticket events and audit entries together, newest first.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db);

    // Inside Database::write(): stores the entry (id and at filled in when missing) and its
    // outbox event (entity "audit_entry").
    static Status appendInTransaction(const Database &db, AuditEntry entry);
    // An entry for `actor` about entity/entityId, ready for appendInTransaction().
    static AuditEntry entry(const Actor &actor, const QString &kind, const QString &entity,
                            const QString &entityId, const QDateTime &at,
                            const QJsonObject &data = {}, const QString &note = {});

    // The restore of a backup, written by Backup::restore into the restored store once it is
    // in place (kind store.restore: the backup restored, the file the replaced store was kept as,
    // and the schema version the backup had). Its own transaction.
    static Status recordRestore(Database &restored, const Actor &actor, const QString &backup,
                                const QString &replacedKeptAt, int backupSchemaVersion,
                                const QDateTime &at);

    Result<QList<AuditEntry>> query(const AuditFilter &filter);
    // The kinds present in the trail, sorted, for a filter list.
    Result<QStringList> kinds();

    // The first instant of a local calendar date, as stored (UTC ISO-8601).
    static QString startOfDay(const QDate &date);

private:
    Database &m_db;
};

} // namespace rc
