// Identifier throughput: DeviceId::parse + TacDatabase lookup over scanner-like input.
// Prints identifiers per second; exits 1 if any input was misread.
#include "identifiers/checkdigit.h"
#include "identifiers/deviceid.h"
#include "identifiers/tacdatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

int main()
{
    using namespace rc;
    constexpr int Count = 200000;
    constexpr int Rounds = 3;

    QElapsedTimer timer;
    timer.start();
    TacDatabase::preload();
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    // Real TACs from the table (half) and unknown ones (half); some inputs formatted as a
    // clerk or scanner gives them.
    QRandomGenerator random(42);
    const char *knownTacs[] = {"49015420", "35209900", "35693803", "01020100", "35675904"};
    QStringList inputs;
    inputs.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        QString body
            = i % 2 ? QString::fromLatin1(knownTacs[i % 5])
                    : QStringLiteral("86%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
        body += QStringLiteral("%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0'));
        QString imei = body + QString::number(imeiCheckDigit(body));
        switch (i % 4) {
        case 1:
            imei += QStringLiteral("\r\n");
            break;
        case 2:
            imei = QStringLiteral("IMEI: ") + imei;
            break;
        case 3:
            imei.insert(8, QLatin1Char('-'));
            break;
        default:
            break;
        }
        inputs.append(imei);
    }

    const TacDatabase tacs;
    double best = 0;
    double bestParseOnly = 0;
    int valid = 0;
    int known = 0;
    for (int round = 0; round < Rounds; ++round) {
        valid = 0;
        known = 0;
        timer.restart();
        for (const QString &input : std::as_const(inputs)) {
            DeviceId id = DeviceId::parse(input);
            id.lookUpTac(tacs);
            valid += id.isValid() ? 1 : 0;
            known += id.brand().isEmpty() ? 0 : 1;
        }
        const double perSecond = Count / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
        best = std::max(best, perSecond);

        int parsed = 0;
        timer.restart();
        for (const QString &input : std::as_const(inputs))
            parsed += DeviceId::parse(input).isValid() ? 1 : 0;
        bestParseOnly
            = std::max(bestParseOnly, Count / (static_cast<double>(timer.nsecsElapsed()) / 1e9));
        if (parsed != Count)
            return 1;
    }

    double bestLookups = 0;
    for (int round = 0; round < Rounds; ++round) {
        int found = 0;
        timer.restart();
        for (int i = 0; i < Count; ++i)
            found += tacs.lookup(static_cast<quint32>(35000000 + i * 37)).has_value() ? 1 : 0;
        bestLookups
            = std::max(bestLookups, Count / (static_cast<double>(timer.nsecsElapsed()) / 1e9));
        if (found < 0)
            return 1;
    }

    std::printf("TAC table: %lld rows, first load %.1f ms\n",
                static_cast<long long>(TacDatabase::builtinCount()), loadMs);
    std::printf("parse + TAC lookup: %.2f M identifiers/s (%d inputs, best of %d)\n", best / 1e6,
                Count, Rounds);
    std::printf("parse only:         %.2f M identifiers/s\n", bestParseOnly / 1e6);
    std::printf("TAC lookup only:    %.2f M lookups/s\n", bestLookups / 1e6);
    if (valid != Count || known < Count / 2) {
        std::printf("misread: %d valid, %d with brand\n", valid, known);
        return 1;
    }
    return 0;
}
