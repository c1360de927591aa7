#pragma once

#include "tickets/priceitem.h"
#include "tickets/ticket.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rc::ui {

// The translated words for the stable ids screens show: condition and accessory keys of a
// ticket, passcode handling, warranty components, faults, remedies and bases (by their JSON names,
// so reading a stored verdict needs no engine). One place, so the intake form, the ticket view and
// the workflow screens say the same thing.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    // The condition checklist keys, in form order, and the warranty damage word each implies
    // ("" when none: a scratch is not misuse).
    static const QStringList &conditionKeys();
    static QString conditionDamage(const QString &key);
    static QString condition(const QString &key);
    static const QStringList &accessoryKeys();
    static QString accessory(const QString &key);
    static QString passcode(PasscodeHandling handling);
    // By the names of the warranty case and verdict JSON (the name itself if unknown).
    static const QStringList &componentNames();
    static QString component(const QString &name); // main_unit | screen | battery | …
    static QString fault(const QString &name); // performance | cosmetic | software | none_found
    static QString remedy(const QString &name); // refund | exchange | free_repair | …
    static QString basis(const QString &name); // statutory | brand | repair_warranty
    // A price-list item's name in the interface's language: its English name in the English
    // interface when it has one, else its Chinese name.
    static QString priceItemName(const PriceItem &item);
    // What a quote line or a repair part taken from `item` (nullptr: none) is called on screen:
    // the item's name in the interface's language while the description is still the item's
    // own name, the description as written once someone changed it.
    static QString lineDescription(const QString &description, const PriceItem *item);
    // "138****5678": phone numbers are masked where they need not be read in full.
    static QString maskedPhone(const QString &phone);
};

} // namespace rc::ui
