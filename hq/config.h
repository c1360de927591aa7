#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace rc::hq {

// repair-hq's settings. Each has a name used the same way in a config file
// (`name = value`), on the command line (`--name value` for the common ones, `-o name=value`
// for any) and, for the database, in the environment (REPAIR_HQ_DB). Later sources win:
// defaults, the config file, the environment, the command line. Numbers are checked whole:
// "abc", "12x" or a value out of range is an error that names the setting.
struct Config
{
    QString db = QStringLiteral("sqlite:repair-hq.sqlite");
    QString listen; // ADDRESS:PORT; empty: no server
    bool allowRemote = false; // serve on a non-loopback address
    int workers = 0; // 0: 8 on PostgreSQL, 3 on SQLite
    int maxConnections = 10000;
    int listenBacklog = 4096;
    int queueLimit = 256;
    int centerQueueLimit = 2;
    qint64 maxBody = 4 * 1024 * 1024;
    qint64 bodyBudget = 128 * 1024 * 1024;
    double tokenRate = 100;
    double tokenBurst = 200;
    double centerByteRate = 16 * 1024 * 1024;
    double centerByteBurst = 64 * 1024 * 1024;
    double idleTimeout = 30; // seconds
    double headTimeout = 10;
    double bodyTimeout = 15;
    double writeTimeout = 15;
    int partitions = 16;
    int batchRetentionDays = 30;
    double statementTimeout = 30;
    QString accessLog = QStringLiteral("-");
    // A hub: the HQ it forwards to and pulls from, and its center token (the token also from
    // upstream-token-file or REPAIR_HQ_UPSTREAM_TOKEN, so it need not be on a command line).
    QString upstream;
    QString upstreamToken;
    QString upstreamTokenFile;
    // PEM certificates to trust for an https:// upstream, beside the system's
    QString upstreamCaFile;
    double upstreamInterval = 2; // seconds between rounds while upstream answers
    double upstreamRetryMax = 30; // the longest wait between failed rounds

    // Where each setting came from, for messages ("default", "config file", "environment",
    // "command line").
    QMap<QString, QString> origin;

    // Sets one setting by name; an unknown name or a bad value is an error.
    Status set(const QString &name, const QString &value, const QString &source);
    // Reads `name = value` lines ('#' starts a comment). A file that holds a database password
    // must not be readable by others (warned about, via warnings).
    Status loadFile(const QString &path, QStringList *warnings);

    static QStringList names();
};

// Strict number parsing for settings and command lines: the whole text, within [min, max].
// Sizes take a K, M or G suffix (KiB, MiB, GiB).
Result<qint64> parseInteger(const QString &text, qint64 min, qint64 max, bool sizeSuffix = false);
Result<double> parseNumber(const QString &text, double min, double max);

} // namespace rc::hq
