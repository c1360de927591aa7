// Warranty throughput: WarrantyEngine::evaluate over a mix of cases (every rule family),
// and the whole JSON path (parse case, evaluate, write verdict) as repairctl runs it.
// Prints verdicts per second; exits 1 if a case fails to evaluate.
#include "warranty/warrantyengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>

#include <cstdio>

int main()
{
    using namespace rc::warranty;
    const char *const sources[] = {
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "performance", "evidence": {"sale_date": "2026-11-19", "imei_matches": true}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "performance", "evidence": {"sale_date": "2026-11-12", "imei_matches": true}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "mainboard", "fault": "performance", "evidence": {"sale_date": "2026-05-04", "imei_matches": true}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "performance", "evidence": {"sale_date": "2026-10-20", "imei_matches": true}, "damage": ["liquid"]})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "battery", "fault": "performance", "evidence": {"sale_date": "2026-04-10", "imei_matches": true}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "performance", "evidence": {"sale_date": null, "factory_date": "2026-03-01"}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "performance", "evidence": {"sale_date": "2025-11-30"}, "history": {"covered_repairs": [{"component": "main_unit", "dropped_off": "2026-02-02", "picked_up": "2026-02-09"}, {"component": "screen", "dropped_off": "2026-06-01", "picked_up": "2026-06-05"}]}})",
        R"({"policy": "cn-sanbao", "brand_policy": "cn-brand-example", "today": "2026-11-22", "component": "screen", "fault": "performance", "evidence": {"sale_date": "2025-05-31"}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "screen", "fault": "performance", "evidence": {"sale_date": "2024-01-15"}, "history": {"our_repairs": [{"component": "screen", "picked_up": "2026-10-13"}]}})",
        R"({"policy": "eu-2019-771", "today": "2026-11-22", "component": "main_unit", "fault": "performance", "evidence": {"sale_date": "2025-09-01"}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "main_unit", "fault": "software", "evidence": {"sale_date": "2026-09-01"}})",
        R"({"policy": "cn-sanbao", "today": "2026-11-22", "component": "battery", "fault": "performance", "evidence": {"sale_date": "2026-09-01"}, "history": {"exchanges": [{"component": "battery", "date": "2026-10-01"}, {"component": "battery", "date": "2026-11-01"}]}})",
    };
    const WarrantyEngine engine;
    QList<QByteArray> jsonCases;
    QList<WarrantyCase> cases;
    for (const char *source : sources) {
        jsonCases.append(QByteArray(source));
        auto parsed = WarrantyCase::fromJson(jsonCases.last());
        if (!parsed) {
            std::printf("bad case: %s\n", qPrintable(parsed.error().message));
            return 1;
        }
        cases.append(*parsed);
    }

    constexpr int Count = 240000;
    constexpr int Rounds = 3;
    QElapsedTimer timer;
    double bestEvaluate = 0;
    double bestJson = 0;
    for (int round = 0; round < Rounds; ++round) {
        int covered = 0;
        timer.start();
        for (int i = 0; i < Count; ++i) {
            const auto verdict = engine.evaluate(cases[i % cases.size()]);
            if (!verdict)
                return 1;
            covered += verdict->covered ? 1 : 0;
        }
        bestEvaluate
            = std::max(bestEvaluate, Count / (static_cast<double>(timer.nsecsElapsed()) / 1e9));
        if (covered == 0)
            return 1;

        const int jsonCount = Count / 8;
        qsizetype bytes = 0;
        timer.restart();
        for (int i = 0; i < jsonCount; ++i) {
            const auto verdict = engine.evaluate(
                QJsonDocument::fromJson(jsonCases[i % jsonCases.size()]).object());
            if (!verdict)
                return 1;
            bytes += QJsonDocument(verdict->toJson()).toJson(QJsonDocument::Compact).size();
        }
        bestJson
            = std::max(bestJson, jsonCount / (static_cast<double>(timer.nsecsElapsed()) / 1e9));
        if (bytes == 0)
            return 1;
    }
    std::printf("evaluate:                       %.0f k verdicts/s (%lld case kinds, best of %d)\n",
                bestEvaluate / 1e3, static_cast<long long>(cases.size()), Rounds);
    std::printf("parse JSON + evaluate + write:  %.0f k verdicts/s\n", bestJson / 1e3);
    return 0;
}
