#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rc::warranty {
class PolicySet;
}

namespace rc::workflow {

// What a manager may set in the store's settings table (docs/architecture.md), and what each
// value must look like — the Settings screen's checks, in core, so that `repairctl settings
// set` and the screen refuse the same values with the same sentence.
class SettingsRules
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRules)

public:
    // center.code, center.name, center.address, center.phone, station.code, policy.statutory,
    // policy.brand, repair_warranty.days, uncollected.days, ui.lock_minutes, backup.keep_days,
    // backup.folder, sync.hq_url, sync.token, sync.interval_seconds, security.min_pin_length,
    // fees.diagnosis (an amount, 0 = no fee), fees.waive_diagnosis_on_approval (1 or 0)
    static const QStringList &keys();
    static bool isKnown(const QString &key);
    // Secrets are written but never shown or audited with their value (keys ending in "token").
    static bool isSecret(const QString &key);
    // Settings of one station, not of the center: never taken from another station's records
    // (station.code, backup.folder, the printer and paper keys print.*).
    static bool isStationLocal(const QString &key);
    // The allowed range of a whole-number setting; false for other keys.
    static bool range(const QString &key, int *min, int *max);

    // The problem with one value as a sentence, empty when it is fine. Policies are checked
    // against the ones the engine knows.
    static QString problem(const QString &key, const QString &value,
                           const warranty::PolicySet &policies);
    // The first problem among several values (in keys() order), empty when all are fine.
    static QString problem(const QMap<QString, QString> &values,
                           const warranty::PolicySet &policies);
};

} // namespace rc::workflow
