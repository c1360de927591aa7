#pragma once

#include "actor.h"
#include "common/clock.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rc {

class Database;
class TacDatabase;

// One TAC the center taught itself: the brand and model a clerk typed over what the TAC
// table pre-filled (or what head office sent).
struct LearnedTac
{
    QString tac; // 8 digits
    QString id;
    int version = 1;
    QString brand;
    QString model;
    QString userId; // who corrected it last (empty: head office, the command line)
    QDateTime updatedAt;
};

// The learned_tacs table. A correction replaces the TAC's brand and model (version + 1);
// saving what is already stored writes nothing. Every change writes the TAC's outbox
// snapshot (entity "tac") in the same transaction, so head office learns it too. Lookups
// at intake ask here first and fall back to the built-in table (TacDatabase).
class LearnedTacRepository
{
    Q_DECLARE_TR_FUNCTIONS(LearnedTacRepository)

public:
    LearnedTacRepository(Database &db, const Clock &clock);

    // tac: 8 digits, or an IMEI (its first 8 are used). Brand required, model may be empty.
    // Errors: TAC_INVALID, TAC_BRAND_MISSING, or the store's.
    Result<LearnedTac> learn(const QString &tac, const QString &brand, const QString &model,
                             const Actor &actor);
    Result<std::optional<LearnedTac>> byTac(const QString &tac);
    Result<QList<LearnedTac>> all(); // TAC order
    // Puts every learned TAC into the lookup's overlay; returns how many.
    Result<int> loadInto(TacDatabase &tacs);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rc
