#include "warrantytypes.h"

#include <array>

namespace rc::warranty {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<const char *, N> &names, Enum value)
{
    return QString::fromLatin1(names[static_cast<std::size_t>(value)]);
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromNameIn(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 8> componentNames {"main_unit", "screen",    "mainboard",
                                                      "battery",   "charger",   "wired_headset",
                                                      "card",      "data_cable"};
constexpr std::array<const char *, 4> faultNames {"performance", "cosmetic", "software",
                                                  "none_found"};
constexpr std::array<const char *, 7> damageNames {
    "liquid",         "drop",         "crush", "cracked_screen", "unauthorized_repair",
    "tampered_label", "force_majeure"};
constexpr std::array<const char *, 4> remedyNames {"refund", "exchange", "free_repair",
                                                   "price_reduction"};
constexpr std::array<const char *, 4> basisNames {"statutory", "brand", "repair_warranty", "none"};
constexpr std::array<const char *, 3> sourceNames {"invoice", "invoice_copy", "warranty_card"};
constexpr std::array<const char *, 3> delayNames {"none", "maker_parts", "repairer"};

} // namespace

QString toName(Component value)
{
    return nameOf(componentNames, value);
}
QString toName(Fault value)
{
    return nameOf(faultNames, value);
}
QString toName(Damage value)
{
    return nameOf(damageNames, value);
}
QString toName(Remedy value)
{
    return nameOf(remedyNames, value);
}
QString toName(Basis value)
{
    return nameOf(basisNames, value);
}
QString toName(SaleDateSource value)
{
    return nameOf(sourceNames, value);
}
QString toName(RepairDelay value)
{
    return nameOf(delayNames, value);
}

std::optional<Component> componentFromName(const QString &name)
{
    return fromNameIn<Component>(componentNames, name);
}
std::optional<Fault> faultFromName(const QString &name)
{
    return fromNameIn<Fault>(faultNames, name);
}
std::optional<Damage> damageFromName(const QString &name)
{
    return fromNameIn<Damage>(damageNames, name);
}
std::optional<Remedy> remedyFromName(const QString &name)
{
    return fromNameIn<Remedy>(remedyNames, name);
}
std::optional<Basis> basisFromName(const QString &name)
{
    return fromNameIn<Basis>(basisNames, name);
}
std::optional<SaleDateSource> saleDateSourceFromName(const QString &name)
{
    return fromNameIn<SaleDateSource>(sourceNames, name);
}
std::optional<RepairDelay> repairDelayFromName(const QString &name)
{
    return fromNameIn<RepairDelay>(delayNames, name);
}

QString componentZh(Component component)
{
    switch (component) {
    case Component::MainUnit:
        return QStringLiteral("主机");
    case Component::Screen:
        return QStringLiteral("屏幕");
    case Component::Mainboard:
        return QStringLiteral("主板");
    case Component::Battery:
        return QStringLiteral("电池");
    case Component::Charger:
        return QStringLiteral("充电器");
    case Component::WiredHeadset:
        return QStringLiteral("有线耳机");
    case Component::Card:
        return QStringLiteral("移动终端卡");
    case Component::DataCable:
        return QStringLiteral("数据线");
    }
    return {};
}

QString componentEn(Component component)
{
    switch (component) {
    case Component::MainUnit:
        return QStringLiteral("main unit");
    case Component::Screen:
        return QStringLiteral("screen");
    case Component::Mainboard:
        return QStringLiteral("mainboard");
    case Component::Battery:
        return QStringLiteral("battery");
    case Component::Charger:
        return QStringLiteral("charger");
    case Component::WiredHeadset:
        return QStringLiteral("wired headset");
    case Component::Card:
        return QStringLiteral("SIM/data card");
    case Component::DataCable:
        return QStringLiteral("data cable");
    }
    return {};
}

Component statutoryComponent(Component component)
{
    return isMainUnitPart(component) ? Component::MainUnit : component;
}

bool isMainUnitPart(Component component)
{
    return component == Component::MainUnit || component == Component::Screen
           || component == Component::Mainboard;
}

QDate addMonthsClamped(QDate date, int months)
{
    if (!date.isValid())
        return {};
    const int total = date.year() * 12 + (date.month() - 1) + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(date.day(), lastDay));
}

qint64 daysBetween(QDate from, QDate to)
{
    return from.daysTo(to);
}

QDate parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit() || text[i].unicode() > 127)
            return {};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? date : QDate();
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace rc::warranty
