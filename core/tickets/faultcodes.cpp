#include "faultcodes.h"

namespace rc {

const QList<FaultCode> &FaultCodes::all()
{
    static const QList<FaultCode> codes = [] {
        const QString main = QStringLiteral("main_unit");
        return QList<FaultCode> {
            {QStringLiteral("function_fails"), main},
            {QStringLiteral("screen_blank"), main},
            {QStringLiteral("no_power"), main},
            {QStringLiteral("no_network"), main},
            {QStringLiteral("no_ring"), main},
            {QStringLiteral("dialling_errors"), main},
            {QStringLiteral("abnormal_shutdown"), main},
            {QStringLiteral("sim_contact"), main},
            {QStringLiteral("keys_fail"), main},
            {QStringLiteral("no_sound"), main},
            {QStringLiteral("casing_crack"), main},
            {QStringLiteral("no_charge"), QStringLiteral("charger")},
            {QStringLiteral("battery_fails"), QStringLiteral("battery")},
            {QStringLiteral("headset_no_audio"), QStringLiteral("wired_headset")},
            {QStringLiteral("card_fails"), QStringLiteral("card")},
        };
    }();
    return codes;
}

bool FaultCodes::isKnown(const QString &code)
{
    for (const FaultCode &c : all()) {
        if (c.code == code)
            return true;
    }
    return false;
}

QStringList FaultCodes::forComponent(const QString &component)
{
    const bool mainUnit = component == QLatin1String("screen")
                          || component == QLatin1String("mainboard")
                          || component == QLatin1String("main_unit");
    QStringList codes;
    for (const FaultCode &c : all()) {
        if (c.component == component || (mainUnit && c.component == QLatin1String("main_unit")))
            codes.append(c.code);
    }
    return codes;
}

QString FaultCodes::label(const QString &code)
{
    if (code == QLatin1String("function_fails"))
        return tr("A function in the manual fails");
    if (code == QLatin1String("screen_blank"))
        return tr("Screen blank, garbled or missing segments");
    if (code == QLatin1String("no_power"))
        return tr("Will not power on");
    if (code == QLatin1String("no_network"))
        return tr("Will not register or communicate");
    if (code == QLatin1String("no_ring"))
        return tr("No ring");
    if (code == QLatin1String("dialling_errors"))
        return tr("Dialling errors");
    if (code == QLatin1String("abnormal_shutdown"))
        return tr("Shuts down by itself");
    if (code == QLatin1String("sim_contact"))
        return tr("SIM card contact fault");
    if (code == QLatin1String("keys_fail"))
        return tr("Keys fail");
    if (code == QLatin1String("no_sound"))
        return tr("No sound, one-way audio or wrong volume");
    if (code == QLatin1String("casing_crack"))
        return tr("Casing cracks from structure or material");
    if (code == QLatin1String("no_charge"))
        return tr("Charger does not charge");
    if (code == QLatin1String("battery_fails"))
        return tr("Battery: fails after charging or capacity below 80 %");
    if (code == QLatin1String("headset_no_audio"))
        return tr("Headset: no audio");
    if (code == QLatin1String("card_fails"))
        return tr("Card does not work");
    return code;
}

const QStringList &FaultCodes::damageWords()
{
    static const QStringList words {QStringLiteral("liquid"),
                                    QStringLiteral("drop"),
                                    QStringLiteral("crush"),
                                    QStringLiteral("cracked_screen"),
                                    QStringLiteral("unauthorized_repair"),
                                    QStringLiteral("tampered_label"),
                                    QStringLiteral("force_majeure")};
    return words;
}

QString FaultCodes::damageLabel(const QString &word)
{
    if (word == QLatin1String("liquid"))
        return tr("Liquid ingress");
    if (word == QLatin1String("drop"))
        return tr("Dropped");
    if (word == QLatin1String("crush"))
        return tr("Crushed");
    if (word == QLatin1String("cracked_screen"))
        return tr("Cracked screen");
    if (word == QLatin1String("unauthorized_repair"))
        return tr("Opened or repaired by someone not authorised");
    if (word == QLatin1String("tampered_label"))
        return tr("Warranty label or card altered");
    if (word == QLatin1String("force_majeure"))
        return tr("Force majeure (fire, flood…)");
    return word;
}

} // namespace rc
