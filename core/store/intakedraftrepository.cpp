#include "intakedraftrepository.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>

namespace rc {

IntakeDraftRepository::IntakeDraftRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status IntakeDraftRepository::save(const QString &userId, const QJsonObject &form)
{
    if (userId.isEmpty())
        return Error {QStringLiteral("DRAFT_USER"), tr("An intake draft belongs to a user.")};
    const QString json = QString::fromUtf8(QJsonDocument(form).toJson(QJsonDocument::Compact));
    return m_db.write([&]() -> Status {
        return sql::exec(m_db,
                         QStringLiteral("INSERT INTO intake_drafts (user_id, saved_at, form) "
                                        "VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                                        "saved_at = excluded.saved_at, form = excluded.form"),
                         {userId, sql::timestamp(m_clock.nowUtc()), json},
                         QStringLiteral("intake draft save"));
    });
}

Result<std::optional<IntakeDraft>> IntakeDraftRepository::forUser(const QString &userId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT saved_at, form FROM intake_drafts WHERE user_id = ?"),
                      {userId}, QStringLiteral("intake draft read"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<IntakeDraft>();
    IntakeDraft draft;
    draft.userId = userId;
    draft.savedAt = sql::parseTimestamp(q->value(0).toString());
    draft.form = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    return std::optional<IntakeDraft>(draft);
}

Status IntakeDraftRepository::discard(const QString &userId)
{
    return m_db.write([&]() -> Status { return discardInTransaction(userId); });
}

Status IntakeDraftRepository::discardInTransaction(const QString &userId)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM intake_drafts WHERE user_id = ?"), {userId},
                     QStringLiteral("intake draft delete"));
}

} // namespace rc
