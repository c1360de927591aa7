#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace rc {

class Database;

// An intake form not saved yet, kept for the user who typed it.
struct IntakeDraft
{
    QString userId;
    QDateTime savedAt; // UTC
    QJsonObject form; // the intake screen's fields (IntakeScreen::draftForm())
};

// Unsaved intake forms, one per user, in the store (table intake_drafts), so a crash, a
// closed window, a language switch or a logout loses nothing: the draft is offered back to
// the same user and to nobody else. Drafts are this counter's scratch, never records: they
// do not enter the outbox. Creating the ticket deletes its draft in the same transaction
// (NewTicket::draftUserId), so a saved intake is never offered again.
class IntakeDraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDraftRepository)

public:
    IntakeDraftRepository(Database &db, const Clock &clock);

    // Keeps `form` as the user's draft (replacing the one before), durable on return.
    Status save(const QString &userId, const QJsonObject &form);
    Result<std::optional<IntakeDraft>> forUser(const QString &userId);
    Status discard(const QString &userId);
    // Inside Database::write().
    Status discardInTransaction(const QString &userId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
