#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rc {

// What a phone may come in with (the intake form's checklist), by the stable ids a ticket
// stores ("sim_tray"), and their names for people. Core messages name them (a pickup refused
// because the SIM tray is not returned), so the words live here; the screens take them from
// here too (ui Labels).
class Accessories
{
    Q_DECLARE_TR_FUNCTIONS(Accessories)

public:
    // In the order the intake form offers them.
    static const QStringList &keys();
    // "SIM tray" / "卡托"; an id this version does not know is shown as stored.
    static QString label(const QString &key);
    // The names of several, joined the way the language lists things ("SIM tray, Case").
    static QString labels(const QStringList &keys);
};

} // namespace rc
