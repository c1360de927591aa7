#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rc::test {

// What a repairctl process left: its exit code and both outputs.
struct CliRun
{
    int exitCode;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString status() const { return json().value(QLatin1String("status")).toString(); }
};

// `repairctl --db DB arguments…` (the test's REPAIRCTL_PATH) as a real process, signed in as
// `user` with `pin` (REPAIRCTL_USER / REPAIRCTL_PIN) when a user is given, else as nobody, with
// `input` on its standard input.
inline CliRun runRepairctl(const QString &db, const QStringList &arguments,
                           const QString &user = {}, const QString &pin = {},
                           const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REPAIRCTL_USER"));
    env.remove(QStringLiteral("REPAIRCTL_PIN"));
    if (!user.isEmpty()) {
        env.insert(QStringLiteral("REPAIRCTL_USER"), user);
        env.insert(QStringLiteral("REPAIRCTL_PIN"), pin);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REPAIRCTL_PATH),
                  QStringList {QStringLiteral("--db"), db} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace rc::test
