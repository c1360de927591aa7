#include "outbox.h"

#include "store/auditlog.h"

#include "store/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>
#include <QVariant>

namespace rc::sync {

Outbox::Outbox(Database &database)
    : m_database(database)
{
}

Result<QList<PendingRecord>> Outbox::nextBatch(int maxRecords, qint64 maxBytes,
                                               const QSet<qint64> &skip)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT seq, record_kind, entity, entity_id, version, payload, origin FROM outbox "
        "WHERE quarantined = 0 ORDER BY seq LIMIT ?"));
    query.addBindValue(maxRecords + static_cast<int>(skip.size()));
    if (!query.exec())
        return Database::queryError(query, QStringLiteral("reading the outbox"));

    QList<PendingRecord> batch;
    QHash<QString, qsizetype> snapshotIndex; // entity + id → index in batch
    QList<std::pair<qint64, Error>> broken;
    qint64 bytes = 0;
    while (query.next() && batch.size() < maxRecords) {
        const qint64 seq = query.value(0).toLongLong();
        if (skip.contains(seq))
            continue;
        WireRecord record;
        record.kind = query.value(1).toString() == QLatin1String("event") ? RecordKind::Event
                                                                          : RecordKind::Snapshot;
        record.entity = query.value(2).toString();
        record.id = query.value(3).toString();
        record.version = query.value(4).toLongLong();
        QJsonParseError parseError;
        const QJsonDocument payload
            = QJsonDocument::fromJson(query.value(5).toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !payload.isObject()) {
            broken.append({seq, Error {QStringLiteral("LOCAL_BAD_PAYLOAD"),
                                       tr("The outbox row's payload is not a JSON object.")}});
            continue;
        }
        record.payload = payload.object();
        if (!m_center.isEmpty())
            record.payload.insert(QStringLiteral("center"), m_center);
        record.origin = query.value(6).toString();

        const QString key = record.entity + QLatin1Char('/') + record.id;
        if (record.kind == RecordKind::Snapshot) {
            if (const auto it = snapshotIndex.constFind(key); it != snapshotIndex.constEnd()) {
                // A newer version makes the unsent older one redundant.
                PendingRecord &existing = batch[*it];
                if (std::pair(record.version, record.origin)
                    >= std::pair(existing.record.version, existing.record.origin)) {
                    const QByteArray encoded = encodeRecord(record);
                    bytes += encoded.size() - existing.encoded.size();
                    existing.record = record;
                    existing.encoded = encoded;
                }
                existing.seqs.append(seq);
                continue;
            }
        }
        PendingRecord pending {record, encodeRecord(record), {seq}};
        if (!batch.isEmpty() && bytes + pending.encoded.size() + 1 > maxBytes)
            break;
        bytes += pending.encoded.size() + 1;
        if (record.kind == RecordKind::Snapshot)
            snapshotIndex.insert(key, batch.size());
        batch.append(std::move(pending));
    }
    query.finish();

    if (!broken.isEmpty()) {
        Status status = m_database.write([&]() -> Status {
            QSqlQuery mark(m_database.connection());
            mark.prepare(
                QStringLiteral("UPDATE outbox SET quarantined = 1, last_error = ? WHERE seq = ?"));
            for (const auto &[seq, error] : broken) {
                mark.addBindValue(QStringLiteral("%1: %2").arg(error.code, error.message));
                mark.addBindValue(seq);
                if (!mark.exec())
                    return Database::queryError(mark, QStringLiteral("quarantining a row"));
            }
            return {};
        });
        if (!status)
            return status.error();
    }
    return batch;
}

Status Outbox::settle(const QList<PendingRecord> &acknowledged,
                      const QList<std::pair<PendingRecord, Error>> &rejected)
{
    return m_database.write([&]() -> Status {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
        QSqlQuery redundant(m_database.connection());
        redundant.prepare(
            QStringLiteral("DELETE FROM outbox WHERE quarantined = 1 AND record_kind = 'snapshot' "
                           "AND entity = ? AND entity_id = ? AND version <= ?"));
        for (const PendingRecord &pending : acknowledged) {
            for (const qint64 seq : pending.seqs) {
                remove.bindValue(0, seq);
                if (!remove.exec())
                    return Database::queryError(remove, QStringLiteral("removing a sent row"));
            }
            if (pending.record.kind == RecordKind::Snapshot) {
                redundant.bindValue(0, pending.record.entity);
                redundant.bindValue(1, pending.record.id);
                redundant.bindValue(2, pending.record.version);
                if (!redundant.exec())
                    return Database::queryError(redundant,
                                                QStringLiteral("removing a redundant row"));
            }
        }
        QSqlQuery mark(m_database.connection());
        mark.prepare(QStringLiteral("UPDATE outbox SET quarantined = 1, attempts = attempts + 1, "
                                    "last_error = ? WHERE seq = ?"));
        for (const auto &[pending, error] : rejected) {
            for (const qint64 seq : pending.seqs) {
                mark.bindValue(0, QStringLiteral("%1: %2").arg(error.code, error.message));
                mark.bindValue(1, seq);
                if (!mark.exec())
                    return Database::queryError(mark, QStringLiteral("quarantining a row"));
            }
        }
        return {};
    });
}

Status Outbox::noteFailure(const QList<PendingRecord> &records, const QString &error)
{
    return m_database.write([&]() -> Status {
        QSqlQuery mark(m_database.connection());
        mark.prepare(QStringLiteral(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
        for (const PendingRecord &pending : records) {
            for (const qint64 seq : pending.seqs) {
                mark.bindValue(0, error);
                mark.bindValue(1, seq);
                if (!mark.exec())
                    return Database::queryError(mark, QStringLiteral("counting an attempt"));
            }
        }
        return {};
    });
}

static Result<qint64> countWhere(Database &database, const char *where)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ") + QLatin1String(where))
        || !query.next())
        return Database::queryError(query, QStringLiteral("counting the outbox"));
    return query.value(0).toLongLong();
}

Result<qint64> Outbox::pendingCount()
{
    return countWhere(m_database, "quarantined = 0");
}

Result<qint64> Outbox::quarantinedCount()
{
    return countWhere(m_database, "quarantined = 1");
}

Result<QList<QuarantinedRecord>> Outbox::quarantined(int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT seq, record_kind, entity, entity_id, version, attempts, last_error, created_at "
        "FROM outbox WHERE quarantined = 1 ORDER BY seq LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return Database::queryError(query, QStringLiteral("reading quarantined rows"));
    QList<QuarantinedRecord> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toLongLong(), query.value(5).toInt(), query.value(6).toString(),
                     query.value(7).toString()});
    }
    return rows;
}

Status Outbox::release(qint64 seq, const Actor &actor)
{
    return m_database.write([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (seq > 0) {
            query.prepare(
                QStringLiteral("UPDATE outbox SET quarantined = 0, attempts = 0 WHERE seq = ?"));
            query.addBindValue(seq);
        } else {
            query.prepare(QStringLiteral(
                "UPDATE outbox SET quarantined = 0, attempts = 0 WHERE quarantined = 1"));
        }
        if (!query.exec())
            return Database::queryError(query, QStringLiteral("releasing quarantined rows"));
        const int released = query.numRowsAffected();
        if (released <= 0)
            return {};
        return AuditLog::appendInTransaction(
            m_database,
            AuditLog::entry(actor, QStringLiteral("sync.retry"), QStringLiteral("outbox"),
                            seq > 0 ? QString::number(seq) : QStringLiteral("all"),
                            QDateTime::currentDateTimeUtc(),
                            {{QStringLiteral("released"), released}}));
    });
}

} // namespace rc::sync
