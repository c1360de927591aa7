#include "learnedtacrepository.h"

#include "auditlog.h"

#include "database.h"
#include "identifiers/tacdatabase.h"
#include "outbox.h"
#include "sql.h"

#include <QJsonObject>

namespace rc {

namespace {

// The 8-digit TAC of `text` (a TAC or an IMEI), or empty.
QString tacOf(const QString &text)
{
    const QString digits = text.trimmed();
    if (!TacDatabase::parseTac(digits))
        return QString();
    return digits.left(8);
}

QJsonObject toJson(const LearnedTac &t)
{
    return QJsonObject {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("tac"), t.tac},
        {QStringLiteral("brand"), t.brand},
        {QStringLiteral("model"), t.model},
        {QStringLiteral("user_id"), t.userId.isEmpty() ? QJsonValue() : QJsonValue(t.userId)},
        {QStringLiteral("updated_at"), sql::timestamp(t.updatedAt)},
    };
}

const QString selectColumns = QStringLiteral(
    "SELECT tac, id, version, brand, model, user_id, updated_at FROM learned_tacs");

LearnedTac fromRow(const QSqlQuery &q)
{
    LearnedTac t;
    t.tac = q.value(0).toString();
    t.id = q.value(1).toString();
    t.version = q.value(2).toInt();
    t.brand = q.value(3).toString();
    t.model = q.value(4).toString();
    t.userId = q.value(5).toString();
    t.updatedAt = sql::parseTimestamp(q.value(6).toString());
    return t;
}

} // namespace

LearnedTacRepository::LearnedTacRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<std::optional<LearnedTac>> LearnedTacRepository::byTac(const QString &tac)
{
    const QString key = tacOf(tac);
    if (key.isEmpty())
        return std::optional<LearnedTac>();
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" WHERE tac = ?"), {key},
                      QStringLiteral("learned TAC read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LearnedTac>();
    return std::optional<LearnedTac>(fromRow(*q));
}

Result<QList<LearnedTac>> LearnedTacRepository::all()
{
    auto q = sql::run(m_db, selectColumns + QStringLiteral(" ORDER BY tac"), {},
                      QStringLiteral("learned TACs read"));
    if (!q)
        return q.error();
    QList<LearnedTac> list;
    while (q->next())
        list.append(fromRow(*q));
    return list;
}

Result<LearnedTac> LearnedTacRepository::learn(const QString &tac, const QString &brand,
                                               const QString &model, const Actor &actor)
{
    LearnedTac t;
    t.tac = tacOf(tac);
    if (t.tac.isEmpty())
        return Error {QStringLiteral("TAC_INVALID"),
                      tr("A TAC is the first 8 digits of an IMEI: \"%1\" is not.").arg(tac)};
    t.brand = brand.trimmed();
    t.model = model.trimmed();
    if (t.brand.isEmpty())
        return Error {QStringLiteral("TAC_BRAND_MISSING"),
                      tr("Type the brand to remember for TAC %1.").arg(t.tac)};
    t.userId = actor.userId;
    t.updatedAt = m_clock.nowUtc();

    const Status status = m_db.write([&]() -> Status {
        auto existing = byTac(t.tac);
        if (!existing)
            return existing.error();
        if (*existing) {
            const LearnedTac &old = **existing;
            if (old.brand == t.brand && old.model == t.model) {
                t = old; // nothing to write
                return Status();
            }
            t.id = old.id;
            t.version = old.version + 1;
            if (Status s = sql::exec(m_db,
                                     QStringLiteral("UPDATE learned_tacs SET version = ?, brand = "
                                                    "?, model = ?, user_id = ?, updated_at = ? "
                                                    "WHERE tac = ?"),
                                     {t.version, t.brand, t.model, sql::nullable(t.userId),
                                      sql::timestamp(t.updatedAt), t.tac},
                                     QStringLiteral("learned TAC update"));
                !s)
                return s;
        } else {
            t.id = sql::newId();
            t.version = 1;
            if (Status s = sql::exec(m_db,
                                     QStringLiteral("INSERT INTO learned_tacs (tac, id, version, "
                                                    "brand, model, user_id, updated_at) VALUES "
                                                    "(?, ?, 1, ?, ?, ?, ?)"),
                                     {t.tac, t.id, t.brand, t.model, sql::nullable(t.userId),
                                      sql::timestamp(t.updatedAt)},
                                     QStringLiteral("learned TAC insert"));
                !s)
                return s;
        }
        // Audited (issue 21): what the counter now believes about a phone's TAC.
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(actor, QStringLiteral("tac.learn"), QStringLiteral("tac"),
                                      t.id, t.updatedAt,
                                      {{QStringLiteral("tac"), t.tac},
                                       {QStringLiteral("brand"), t.brand},
                                       {QStringLiteral("model"), t.model},
                                       {QStringLiteral("version"), t.version}}));
            !s)
            return s;
        return Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("tac"), t.id, t.version,
                              toJson(t), t.updatedAt);
    });
    if (!status)
        return status.error();
    return t;
}

Result<int> LearnedTacRepository::loadInto(TacDatabase &tacs)
{
    auto list = all();
    if (!list)
        return list.error();
    int added = 0;
    for (const LearnedTac &t : std::as_const(*list)) {
        if (tacs.addLearned(t.tac, t.brand, t.model))
            ++added;
    }
    return added;
}

} // namespace rc
