#include "repairchecks.h"

namespace rc {

const QStringList &RepairChecks::keys()
{
    static const QStringList keys {QStringLiteral("power"),    QStringLiteral("display"),
                                   QStringLiteral("touch"),    QStringLiteral("calls"),
                                   QStringLiteral("audio"),    QStringLiteral("camera"),
                                   QStringLiteral("charging"), QStringLiteral("network")};
    return keys;
}

bool RepairChecks::isKnown(const QString &key)
{
    return keys().contains(key);
}

QStringList RepairChecks::missing(const QJsonObject &checks)
{
    QStringList out;
    for (const QString &key : keys()) {
        if (checks.value(key).toBool() != true)
            out.append(key);
    }
    return out;
}

QJsonObject RepairChecks::allPassed()
{
    QJsonObject out;
    for (const QString &key : keys())
        out.insert(key, true);
    return out;
}

} // namespace rc
