#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rc::warranty {

// The words of the case and verdict JSON (shared/warranty-cases/README.md), as enums.
// Each has a stable JSON name (toName) and a parser (xxxFromName) that answers nullopt for
// anything else.

enum class Component {
    MainUnit,
    Screen,
    Mainboard,
    Battery,
    Charger,
    WiredHeadset,
    Card,
    DataCable
};
inline constexpr int ComponentCount = 8;
enum class Fault { Performance, Cosmetic, Software, NoneFound };
enum class Damage {
    Liquid,
    Drop,
    Crush,
    CrackedScreen,
    UnauthorizedRepair,
    TamperedLabel,
    ForceMajeure
};
enum class Remedy { Refund, Exchange, FreeRepair, PriceReduction };
enum class Basis { Statutory, Brand, RepairWarranty, None };
// Where the sale date comes from (optional case field evidence.sale_date_source).
enum class SaleDateSource { Invoice, InvoiceCopy, WarrantyCard };
// Why a repair in progress is late (optional case field current_repair.delay).
enum class RepairDelay { None, MakerParts, Repairer };

QString toName(Component value);
QString toName(Fault value);
QString toName(Damage value);
QString toName(Remedy value);
QString toName(Basis value);
QString toName(SaleDateSource value);
QString toName(RepairDelay value);

std::optional<Component> componentFromName(const QString &name);
std::optional<Fault> faultFromName(const QString &name);
std::optional<Damage> damageFromName(const QString &name);
std::optional<Remedy> remedyFromName(const QString &name);
std::optional<Basis> basisFromName(const QString &name);
std::optional<SaleDateSource> saleDateSourceFromName(const QString &name);
std::optional<RepairDelay> repairDelayFromName(const QString &name);

// The component's name in a sentence: zh "电池", en "battery".
QString componentZh(Component component);
QString componentEn(Component component);

// Screen and mainboard are part of the main unit for statutory purposes.
Component statutoryComponent(Component component);
bool isMainUnitPart(Component component); // main_unit, screen, mainboard

// Date arithmetic of domain.md §2.1.
// Months: the same day-number that many months later, or that month's last day when it has
// no such day (2024-02-29 + 12 months = 2025-02-28; 2026-01-31 + 1 month = 2026-02-28).
QDate addMonthsClamped(QDate date, int months);
// Whole days from `from` to `to` (the sale day is day 0: daysBetween(d, d) == 0).
qint64 daysBetween(QDate from, QDate to);
// Strict ISO YYYY-MM-DD (no time, no week dates); an invalid QDate if it is not one.
QDate parseIsoDate(const QString &text);
QString isoDate(QDate date); // "" for an invalid date

} // namespace rc::warranty
