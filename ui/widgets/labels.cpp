#include "labels.h"

#include "tickets/accessories.h"
#include "tickets/condition.h"

#include <QLocale>

namespace rc::ui {

const QStringList &Labels::conditionKeys()
{
    return ConditionChecklist::keys();
}

QString Labels::conditionDamage(const QString &key)
{
    return ConditionChecklist::damageFor(key);
}

QString Labels::condition(const QString &key)
{
    if (key == QLatin1String("screen_cracked"))
        return tr("Screen cracked");
    if (key == QLatin1String("back_cracked"))
        return tr("Back cracked");
    if (key == QLatin1String("scratches"))
        return tr("Scratches");
    if (key == QLatin1String("dents"))
        return tr("Dents (dropped)");
    if (key == QLatin1String("bent"))
        return tr("Bent or crushed");
    if (key == QLatin1String("liquid_marks"))
        return tr("Liquid marks");
    if (key == QLatin1String("opened_before"))
        return tr("Opened elsewhere");
    if (key == QLatin1String("label_damaged"))
        return tr("IMEI label damaged");
    if (key == QLatin1String("no_power"))
        return tr("Does not power on");
    return key;
}

const QStringList &Labels::accessoryKeys()
{
    return Accessories::keys();
}

QString Labels::accessory(const QString &key)
{
    return Accessories::label(key);
}

QString Labels::passcode(PasscodeHandling handling)
{
    switch (handling) {
    case PasscodeHandling::NoLock:
        return tr("The phone has no screen lock");
    case PasscodeHandling::RemovedByCustomer:
        return tr("The customer removed the lock");
    case PasscodeHandling::CustomerWillUnlock:
        return tr("The customer will unlock it when needed");
    case PasscodeHandling::NotNeeded:
        return tr("Not needed for this repair");
    }
    return {};
}

const QStringList &Labels::componentNames()
{
    static const QStringList names {
        QStringLiteral("main_unit"), QStringLiteral("screen"),     QStringLiteral("mainboard"),
        QStringLiteral("battery"),   QStringLiteral("charger"),    QStringLiteral("wired_headset"),
        QStringLiteral("card"),      QStringLiteral("data_cable"),
    };
    return names;
}

QString Labels::component(const QString &name)
{
    if (name == QLatin1String("main_unit"))
        return tr("Main unit");
    if (name == QLatin1String("screen"))
        return tr("Screen");
    if (name == QLatin1String("mainboard"))
        return tr("Mainboard");
    if (name == QLatin1String("battery"))
        return tr("Battery");
    if (name == QLatin1String("charger"))
        return tr("Charger");
    if (name == QLatin1String("wired_headset"))
        return tr("Wired headset");
    if (name == QLatin1String("card"))
        return tr("SIM / data card");
    if (name == QLatin1String("data_cable"))
        return tr("Data cable");
    return name;
}

QString Labels::fault(const QString &name)
{
    if (name == QLatin1String("performance"))
        return tr("Performance fault (三包)");
    if (name == QLatin1String("cosmetic"))
        return tr("Cosmetic");
    if (name == QLatin1String("software"))
        return tr("Software");
    if (name == QLatin1String("none_found"))
        return tr("No fault found");
    return name;
}

QString Labels::remedy(const QString &name)
{
    if (name == QLatin1String("refund"))
        return tr("refund");
    if (name == QLatin1String("exchange"))
        return tr("exchange");
    if (name == QLatin1String("free_repair"))
        return tr("free repair");
    if (name == QLatin1String("price_reduction"))
        return tr("price reduction");
    return name;
}

QString Labels::basis(const QString &name)
{
    if (name == QLatin1String("statutory"))
        return tr("statutory warranty");
    if (name == QLatin1String("brand"))
        return tr("brand warranty");
    if (name == QLatin1String("repair_warranty"))
        return tr("our repair warranty");
    return name;
}

QString Labels::priceItemName(const PriceItem &item)
{
    // The interface's language is the default locale (Language::install sets it).
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return chinese || item.nameEn.trimmed().isEmpty() ? item.name : item.nameEn;
}

QString Labels::lineDescription(const QString &description, const PriceItem *item)
{
    if (item && description == item->name)
        return priceItemName(*item);
    return description;
}

QString Labels::maskedPhone(const QString &phone)
{
    if (phone.size() < 7)
        return phone;
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

} // namespace rc::ui
