#include "condition.h"

namespace rc {

const QStringList &ConditionChecklist::keys()
{
    static const QStringList keys {
        QStringLiteral("screen_cracked"), QStringLiteral("back_cracked"),
        QStringLiteral("scratches"),      QStringLiteral("dents"),
        QStringLiteral("bent"),           QStringLiteral("liquid_marks"),
        QStringLiteral("opened_before"),  QStringLiteral("label_damaged"),
        QStringLiteral("no_power"),
    };
    return keys;
}

QString ConditionChecklist::damageFor(const QString &key)
{
    if (key == QLatin1String("screen_cracked"))
        return QStringLiteral("cracked_screen");
    if (key == QLatin1String("dents"))
        return QStringLiteral("drop");
    if (key == QLatin1String("bent"))
        return QStringLiteral("crush");
    if (key == QLatin1String("liquid_marks"))
        return QStringLiteral("liquid");
    if (key == QLatin1String("opened_before"))
        return QStringLiteral("unauthorized_repair");
    if (key == QLatin1String("label_damaged"))
        return QStringLiteral("tampered_label");
    return {};
}

QStringList ConditionChecklist::damageOf(const QJsonObject &condition)
{
    QStringList out;
    for (const QString &key : keys()) {
        if (!condition.value(key).toBool())
            continue;
        const QString damage = damageFor(key);
        if (!damage.isEmpty() && !out.contains(damage))
            out.append(damage);
    }
    return out;
}

} // namespace rc
