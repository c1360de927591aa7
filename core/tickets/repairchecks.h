#pragma once

#include <QJsonObject>
#include <QStringList>

namespace rc {

// The checks a repaired phone passes before it is "ready" (domain.md §1: tested after
// repair). A repair is finished only when every one of them is recorded as passed,
// whichever door records it; the labels are the screens'.
class RepairChecks
{
public:
    // power, display, touch, calls, audio, camera, charging, network
    static const QStringList &keys();
    static bool isKnown(const QString &key);
    // The keys not recorded as passed in `checks` ({"power": true, …}), in keys() order.
    static QStringList missing(const QJsonObject &checks);
    // Every key set to true.
    static QJsonObject allPassed();
};

} // namespace rc
