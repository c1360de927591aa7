#include "config.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <functional>

#include <sys/stat.h>

namespace rc::hq {

namespace {

Error badValue(const QString &name, const QString &value, const QString &why)
{
    return {QStringLiteral("BAD_SETTING"),
            QStringLiteral("%1 = \"%2\": %3").arg(name, value.left(80), why)};
}

struct Setting
{
    const char *name;
    std::function<Status(Config &, const QString &)> set;
};

Status integer(const QString &name, const QString &value, qint64 min, qint64 max, bool size,
               const std::function<void(qint64)> &store)
{
    auto parsed = parseInteger(value, min, max, size);
    if (!parsed)
        return badValue(name, value, parsed.error().message);
    store(*parsed);
    return {};
}

Status number(const QString &name, const QString &value, double min, double max,
              const std::function<void(double)> &store)
{
    auto parsed = parseNumber(value, min, max);
    if (!parsed)
        return badValue(name, value, parsed.error().message);
    store(*parsed);
    return {};
}

const QList<Setting> &settings()
{
    static const QList<Setting> all {
        {"db",
         [](Config &c, const QString &v) -> Status {
             c.db = v;
             return {};
         }},
        {"listen",
         [](Config &c, const QString &v) -> Status {
             c.listen = v;
             return {};
         }},
        {"allow-remote",
         [](Config &c, const QString &v) -> Status {
             const QString t = v.trimmed().toLower();
             if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
                 c.allowRemote = true;
             else if (t == QLatin1String("false") || t == QLatin1String("no")
                      || t == QLatin1String("0"))
                 c.allowRemote = false;
             else
                 return badValue(QStringLiteral("allow-remote"), v,
                                 QStringLiteral("give true or false"));
             return {};
         }},
        {"workers",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("workers"), v, 0, 256, false,
                            [&c](qint64 n) { c.workers = static_cast<int>(n); });
         }},
        {"max-connections",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("max-connections"), v, 16, 1000000, false,
                            [&c](qint64 n) { c.maxConnections = static_cast<int>(n); });
         }},
        {"listen-backlog",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("listen-backlog"), v, 16, 65535, false,
                            [&c](qint64 n) { c.listenBacklog = static_cast<int>(n); });
         }},
        {"queue-limit",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("queue-limit"), v, 1, 100000, false,
                            [&c](qint64 n) { c.queueLimit = static_cast<int>(n); });
         }},
        {"center-queue-limit",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("center-queue-limit"), v, 1, 64, false,
                            [&c](qint64 n) { c.centerQueueLimit = static_cast<int>(n); });
         }},
        {"max-body",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("max-body"), v, 1024, 4 * 1024 * 1024, true,
                            [&c](qint64 n) { c.maxBody = n; });
         }},
        {"body-budget",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("body-budget"), v, 1024 * 1024,
                            qint64(64) * 1024 * 1024 * 1024, true,
                            [&c](qint64 n) { c.bodyBudget = n; });
         }},
        {"token-rate",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("token-rate"), v, 0, 1e6,
                           [&c](double n) { c.tokenRate = n; });
         }},
        {"token-burst",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("token-burst"), v, 1, 1e6,
                           [&c](double n) { c.tokenBurst = n; });
         }},
        {"center-byte-rate",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("center-byte-rate"), v, 0,
                            qint64(1024) * 1024 * 1024 * 1024, true,
                            [&c](qint64 n) { c.centerByteRate = static_cast<double>(n); });
         }},
        {"center-byte-burst",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("center-byte-burst"), v, 1024,
                            qint64(1024) * 1024 * 1024 * 1024, true,
                            [&c](qint64 n) { c.centerByteBurst = static_cast<double>(n); });
         }},
        {"idle-timeout",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("idle-timeout"), v, 0.1, 3600,
                           [&c](double n) { c.idleTimeout = n; });
         }},
        {"head-timeout",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("head-timeout"), v, 0.1, 3600,
                           [&c](double n) { c.headTimeout = n; });
         }},
        {"body-timeout",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("body-timeout"), v, 0.1, 3600,
                           [&c](double n) { c.bodyTimeout = n; });
         }},
        {"write-timeout",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("write-timeout"), v, 0.1, 3600,
                           [&c](double n) { c.writeTimeout = n; });
         }},
        {"partitions",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("partitions"), v, 1, 1024, false,
                            [&c](qint64 n) { c.partitions = static_cast<int>(n); });
         }},
        {"batch-retention-days",
         [](Config &c, const QString &v) {
             return integer(QStringLiteral("batch-retention-days"), v, 0, 36500, false,
                            [&c](qint64 n) { c.batchRetentionDays = static_cast<int>(n); });
         }},
        {"statement-timeout",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("statement-timeout"), v, 1, 3600,
                           [&c](double n) { c.statementTimeout = n; });
         }},
        {"access-log",
         [](Config &c, const QString &v) -> Status {
             if (v.isEmpty())
                 return badValue(QStringLiteral("access-log"), v,
                                 QStringLiteral("give a file, - (standard error) or off"));
             c.accessLog = v;
             return {};
         }},
        {"upstream",
         [](Config &c, const QString &v) {
             c.upstream = v;
             return Status {};
         }},
        {"upstream-token",
         [](Config &c, const QString &v) {
             c.upstreamToken = v;
             return Status {};
         }},
        {"upstream-token-file",
         [](Config &c, const QString &v) {
             c.upstreamTokenFile = v;
             return Status {};
         }},
        {"upstream-ca-file",
         [](Config &c, const QString &v) {
             c.upstreamCaFile = v;
             return Status {};
         }},
        {"upstream-interval",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("upstream-interval"), v, 0.1, 3600,
                           [&c](double n) { c.upstreamInterval = n; });
         }},
        {"upstream-retry-max",
         [](Config &c, const QString &v) {
             return number(QStringLiteral("upstream-retry-max"), v, 1, 3600,
                           [&c](double n) { c.upstreamRetryMax = n; });
         }},
    };
    return all;
}

} // namespace

Result<qint64> parseInteger(const QString &text, qint64 min, qint64 max, bool sizeSuffix)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (sizeSuffix && !digits.isEmpty()) {
        const QChar last = digits.back().toUpper();
        if (last == u'K' || last == u'M' || last == u'G') {
            unit = last == u'K' ? 1024 : last == u'M' ? 1024 * 1024 : 1024 * 1024 * 1024;
            digits.chop(1);
        }
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || digits.isEmpty() || digits.front() == u'+')
        return Error {QStringLiteral("BAD_NUMBER"),
                      sizeSuffix ? QStringLiteral("not a whole number (K, M or G may follow)")
                                 : QStringLiteral("not a whole number")};
    if (value < min / unit || value > max / unit || value * unit < min || value * unit > max)
        return Error {QStringLiteral("BAD_NUMBER"),
                      QStringLiteral("must be from %1 to %2").arg(min).arg(max)};
    return value * unit;
}

Result<double> parseNumber(const QString &text, double min, double max)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error {QStringLiteral("BAD_NUMBER"), QStringLiteral("not a number")};
    if (value < min || value > max)
        return Error {QStringLiteral("BAD_NUMBER"),
                      QStringLiteral("must be from %1 to %2").arg(min).arg(max)};
    return value;
}

QStringList Config::names()
{
    QStringList out;
    for (const Setting &setting : settings())
        out.append(QString::fromLatin1(setting.name));
    return out;
}

Status Config::set(const QString &rawName, const QString &value, const QString &source)
{
    const QString name = QString(rawName).replace(u'_', u'-').trimmed();
    for (const Setting &setting : settings()) {
        if (name == QLatin1String(setting.name)) {
            if (Status status = setting.set(*this, value.trimmed()); !status)
                return Error {status.error().code,
                              QStringLiteral("%1 (%2)").arg(status.error().message, source)};
            origin.insert(name, source);
            return {};
        }
    }
    return Error {QStringLiteral("BAD_SETTING"),
                  QStringLiteral("unknown setting %1 (%2); known: %3")
                      .arg(name.left(60), source, names().join(QStringLiteral(", ")))};
}

Status Config::loadFile(const QString &path, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("BAD_CONFIG"),
                      QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    bool holdsPassword = false;
    bool holdsToken = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            return Error {QStringLiteral("BAD_CONFIG"),
                          QStringLiteral("%1:%2: expected name = value").arg(path).arg(i + 1)};
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (Status status = set(name, value, QStringLiteral("%1:%2").arg(path).arg(i + 1)); !status)
            return status;
        if (name == QLatin1String("db") && value.contains(u'@')
            && value.section(u'@', 0, 0).contains(u':'))
            holdsPassword = true;
        if (name == QLatin1String("upstream-token") || name == QLatin1String("upstream_token"))
            holdsToken = true;
    }
    struct stat info
    {
    };
    if (holdsPassword && ::stat(QFile::encodeName(path).constData(), &info) == 0
        && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        warnings->append(QStringLiteral("%1 holds a database password and can be read by others: "
                                        "chmod 600 %1")
                             .arg(path));
    if (holdsToken && ::stat(QFile::encodeName(path).constData(), &info) == 0
        && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        warnings->append(QStringLiteral("%1 holds the upstream token and can be read by others: "
                                        "chmod 600 %1")
                             .arg(path));
    return {};
}

} // namespace rc::hq
