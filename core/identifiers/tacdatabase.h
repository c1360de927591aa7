#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace rc {

struct TacInfo
{
    QString brand;
    QString model;
    bool learned = false; // from the center's own corrections, not the built-in table
};

// TAC (the first 8 digits of an IMEI) → brand and model, for pre-filling the intake form,
// never for deciding eligibility. The built-in table is the Osmocom TAC database (CC BY-SA
// 3.0, resources/tac/tacdb.tsv, compiled into rc_core). It is parsed once per process, on the
// first lookup (about 22 000 rows, a few milliseconds), so start-up does not pay for it; call
// preload() from a worker thread to pay it early. A lookup is a binary search.
//
// Learned TACs (the store keeps the clerk's corrections and the ones HQ sends) are an overlay
// the caller fills with addLearned(); they win over the built-in table. A TacDatabase is a
// value owned by its user: lookups are const and thread-safe, addLearned() is not.
class TacDatabase
{
public:
    TacDatabase() = default;

    std::optional<TacInfo> lookup(QStringView tac) const; // 8 digits, or an IMEI (first 8 used)
    std::optional<TacInfo> lookup(quint32 tac) const;

    // Returns false (and ignores it) if tac is not 8 digits.
    bool addLearned(QStringView tac, const QString &brand, const QString &model);
    void clearLearned() { m_learned.clear(); }
    qsizetype learnedCount() const { return m_learned.size(); }

    static qsizetype builtinCount();
    static void preload();
    // The TAC as a number, or nullopt if the first 8 characters are not digits.
    static std::optional<quint32> parseTac(QStringView tac);

private:
    QHash<quint32, TacInfo> m_learned;
};

} // namespace rc
