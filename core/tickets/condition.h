#pragma once

#include <QJsonObject>
#include <QStringList>

namespace rc {

// The condition checklist at intake and what each mark means for the warranty: a cracked
// screen or liquid marks are misuse (EX-4), an earlier opening is EX-5, a damaged label EX-3
// (the engine's damage words, docs/warranty.md). One mapping for every door, so the same
// form gives the same warranty case from the screen and from the command line.
class ConditionChecklist
{
public:
    // screen_cracked, back_cracked, scratches, dents, bent, liquid_marks, opened_before,
    // label_damaged, no_power
    static const QStringList &keys();
    // The engine's damage word for a mark ("liquid_marks" → "liquid"); empty when the mark
    // says nothing about the warranty (scratches).
    static QString damageFor(const QString &key);
    // The damage words of the marks ticked in a stored condition object, in keys() order,
    // each once.
    static QStringList damageOf(const QJsonObject &condition);
};

} // namespace rc
