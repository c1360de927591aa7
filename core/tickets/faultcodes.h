#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc {

// The 性能故障表 (domain.md §2.3): what counts as a performance fault, per component, as the
// codes a diagnosis records ("no_power"). A code on this table makes the fault a performance
// fault for the warranty case; the labels are for people and translated.
struct FaultCode
{
    QString code; // stable id, stored and synced
    QString component; // main_unit | battery | charger | wired_headset | card
};

class FaultCodes
{
    Q_DECLARE_TR_FUNCTIONS(FaultCodes)

public:
    // Every code, main unit first, in the order of the table.
    static const QList<FaultCode> &all();
    static bool isKnown(const QString &code);
    // The codes of one component ("screen" and "mainboard" are part of the main unit).
    static QStringList forComponent(const QString &component);
    // The translated description, e.g. "Will not power on" / "不能开机"; the code if unknown.
    static QString label(const QString &code);

    // The damage words of the warranty case (EX-4/5/6), in the order the screen offers them.
    static const QStringList &damageWords();
    static QString damageLabel(const QString &word);
};

} // namespace rc
