#include "settingsrules.h"

#include "tickets/money.h"
#include "warranty/policy.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUrl>

namespace rc::workflow {

namespace {

struct NumberRule
{
    const char *key;
    int min;
    int max;
};

// The ranges the Settings screen's spin boxes offer.
constexpr NumberRule kNumbers[] = {
    {"repair_warranty.days", 30, 730}, // China requires at least 30 days
    {"uncollected.days", 7, 730},       {"ui.lock_minutes", 0, 240},
    {"backup.keep_days", 1, 3650},      {"sync.interval_seconds", 5, 86400},
    {"security.min_pin_length", 4, 12}, // new PINs of every role; older ones work until changed
};

} // namespace

const QStringList &SettingsRules::keys()
{
    static const QStringList keys {
        QStringLiteral("center.code"),           QStringLiteral("center.name"),
        QStringLiteral("center.address"),        QStringLiteral("center.phone"),
        QStringLiteral("station.code"),          QStringLiteral("policy.statutory"),
        QStringLiteral("policy.brand"),          QStringLiteral("repair_warranty.days"),
        QStringLiteral("uncollected.days"),      QStringLiteral("ui.lock_minutes"),
        QStringLiteral("backup.keep_days"),      QStringLiteral("backup.folder"),
        QStringLiteral("sync.hq_url"),           QStringLiteral("sync.token"),
        QStringLiteral("sync.interval_seconds"), QStringLiteral("security.min_pin_length"),
        QStringLiteral("fees.diagnosis"),        QStringLiteral("fees.waive_diagnosis_on_approval"),
    };
    return keys;
}

bool SettingsRules::isKnown(const QString &key)
{
    return keys().contains(key);
}

bool SettingsRules::isSecret(const QString &key)
{
    return key.endsWith(QLatin1String("token"));
}

bool SettingsRules::isStationLocal(const QString &key)
{
    return key == QLatin1String("station.code") || key == QLatin1String("backup.folder")
           || key.startsWith(QLatin1String("print."));
}

bool SettingsRules::range(const QString &key, int *min, int *max)
{
    for (const NumberRule &rule : kNumbers) {
        if (key == QLatin1String(rule.key)) {
            *min = rule.min;
            *max = rule.max;
            return true;
        }
    }
    return false;
}

QString SettingsRules::problem(const QString &key, const QString &value,
                               const warranty::PolicySet &policies)
{
    static const QRegularExpression centerCode(QStringLiteral("^[A-Z0-9]{2,8}$"));
    static const QRegularExpression stationCode(QStringLiteral("^[0-9]{2}$"));
    static const QRegularExpression phone(QStringLiteral("^[0-9+() -]*$"));
    if (!isKnown(key))
        return tr("%1 is not a setting a manager sets (known: %2).")
            .arg(key, keys().join(QStringLiteral(", ")));
    if (value.size() > 1000)
        return tr("The value of %1 is too long.").arg(key);
    int min = 0;
    int max = 0;
    if (range(key, &min, &max)) {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < min || n > max)
            return tr("%1 is a whole number from %2 to %3, not \"%4\".")
                .arg(key)
                .arg(min)
                .arg(max)
                .arg(value);
        return {};
    }
    if (key == QLatin1String("fees.diagnosis")) {
        qint64 minor = 0;
        if (!Money::parseDecimal(value.trimmed(), &minor) || minor < 0
            || minor > qint64(100000) * 100)
            return tr("The diagnosis fee is an amount from 0 (no fee) to 100000.00, such as "
                      "30.00, not \"%1\".")
                .arg(value);
        return {};
    }
    if (key == QLatin1String("fees.waive_diagnosis_on_approval") && value != QLatin1String("1")
        && value != QLatin1String("0"))
        return tr("fees.waive_diagnosis_on_approval is 1 (waive the diagnosis fee when the quote "
                  "is approved) or 0 (add it to the repair), not \"%1\".")
            .arg(value);
    if (key == QLatin1String("center.code") && !centerCode.match(value).hasMatch())
        return tr("The center code is 2 to 8 capital letters or digits, such as DEMO.");
    if (key == QLatin1String("center.name") && value.trimmed().isEmpty())
        return tr("The center name is missing: receipts print it.");
    if ((key == QLatin1String("center.name") || key == QLatin1String("center.address"))
        && value.size() > 200)
        return tr("The value of %1 is too long.").arg(key);
    if (key == QLatin1String("center.phone")
        && (!phone.match(value).hasMatch() || value.size() > 40))
        return tr("The phone number may hold digits, spaces, +, - and brackets only.");
    if (key == QLatin1String("station.code") && !stationCode.match(value).hasMatch())
        return tr("The station code is two digits, such as 01.");
    if (key == QLatin1String("policy.statutory")) {
        const QStringList known = policies.ids(warranty::PolicyLayer::Statutory);
        if (!known.contains(value))
            return tr("Unknown statutory policy \"%1\" (known: %2).")
                .arg(value, known.join(QStringLiteral(", ")));
    }
    if (key == QLatin1String("policy.brand") && !value.isEmpty()) {
        const QStringList known = policies.ids(warranty::PolicyLayer::Brand);
        if (!known.contains(value))
            return tr("Unknown brand policy \"%1\" (known: %2; empty for none).")
                .arg(value, known.join(QStringLiteral(", ")));
    }
    if (key == QLatin1String("sync.hq_url") && !value.isEmpty()) {
        const QUrl parsed(value, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("http")
                && parsed.scheme() != QLatin1String("https")))
            return tr("The HQ address is a web address such as https://hq.example.com.");
    }
    if (key == QLatin1String("sync.token") && value.contains(QLatin1Char(' ')))
        return tr("The access token has no spaces.");
    if (key == QLatin1String("backup.folder") && !value.isEmpty()) {
        const QFileInfo info(value);
        if (!info.isAbsolute())
            return tr("The backup folder is a full path, such as /srv/backups.");
        if (!info.exists() || !info.isDir())
            return tr("The backup folder %1 does not exist.").arg(value);
        // Permission bits can say yes where the file system says no (read-only mounts).
        QTemporaryFile probe(QDir(value).filePath(QStringLiteral(".write-test-XXXXXX")));
        if (!info.isWritable() || !probe.open())
            return tr("The backup folder %1 cannot be written to.").arg(value);
    }
    return {};
}

QString SettingsRules::problem(const QMap<QString, QString> &values,
                               const warranty::PolicySet &policies)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!isKnown(it.key()))
            return problem(it.key(), it.value(), policies);
    }
    for (const QString &key : keys()) {
        if (!values.contains(key))
            continue;
        if (const QString p = problem(key, values.value(key), policies); !p.isEmpty())
            return p;
    }
    return {};
}

} // namespace rc::workflow
