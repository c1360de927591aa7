#include "accessories.h"

namespace rc {

const QStringList &Accessories::keys()
{
    static const QStringList keys {
        QStringLiteral("sim_tray"), QStringLiteral("case"), QStringLiteral("charger"),
        QStringLiteral("cable"),    QStringLiteral("box"),  QStringLiteral("memory_card"),
        QStringLiteral("stylus"),
    };
    return keys;
}

QString Accessories::label(const QString &key)
{
    if (key == QLatin1String("sim_tray"))
        return tr("SIM tray");
    if (key == QLatin1String("case"))
        return tr("Case");
    if (key == QLatin1String("charger"))
        return tr("Charger");
    if (key == QLatin1String("cable"))
        return tr("Cable");
    if (key == QLatin1String("box"))
        return tr("Box");
    if (key == QLatin1String("memory_card"))
        return tr("Memory card");
    if (key == QLatin1String("stylus"))
        return tr("Stylus");
    return key;
}

QString Accessories::labels(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names.append(label(key));
    //: Between the names of accessories in a list ("SIM tray, Case").
    return names.join(tr(", "));
}

} // namespace rc
