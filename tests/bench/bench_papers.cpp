// Render time per paper: layout (Paper::build) and layout + PDF (toPdf), for every kind and
// format, Chinese, from the sample ticket; plus a 40-line quote. Prints one JSON object per
// paper with the median and 95th percentile in milliseconds. Aim: ≤ 100 ms per paper.
// The first render in the process is reported apart ("cold"): it pays for loading the fonts,
// as a `repairctl receipt render` or the first print after starting the counter does.
// RC_BENCH_ITERATIONS sets the number of timed runs (default 10).
#include "print/paper.h"
#include "samplepaper.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rc::print;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(
        values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5));
    return values[index];
}

double rounded(double ms)
{
    return static_cast<double>(qRound(ms * 100)) / 100;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int iterations = std::max(3, qEnvironmentVariableIntValue("RC_BENCH_ITERATIONS") > 0
                                           ? qEnvironmentVariableIntValue("RC_BENCH_ITERATIONS")
                                           : 10);
    struct Case
    {
        QString name;
        PaperData data;
        PaperOptions options;
    };
    std::vector<Case> cases;
    for (PaperKind kind :
         {PaperKind::Intake, PaperKind::Quote, PaperKind::Pickup, PaperKind::Label}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            if (kind == PaperKind::Label && format == PaperFormat::A4)
                continue; // the label has one stock
            cases.push_back({kindName(kind) + QLatin1Char('-') + formatName(format),
                             test::samplePaper(),
                             {kind, format, PaperLanguage::Chinese, PaperCopy::Customer}});
        }
    }
    for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4})
        cases.push_back({QStringLiteral("quote40-") + formatName(format),
                         test::sampleWithLines(40),
                         {PaperKind::Quote, format, PaperLanguage::Chinese, PaperCopy::Customer}});

    {
        QElapsedTimer timer;
        timer.start();
        auto paper = Paper::build(cases.front().data, cases.front().options);
        if (!paper || !paper->toPdf())
            return 1;
        const QJsonObject line {
            {QStringLiteral("paper"), cases.front().name},
            {QStringLiteral("cold_render_ms"),
             rounded(static_cast<double>(timer.nsecsElapsed()) / 1e6)},
        };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    int failures = 0;
    for (const Case &c : cases) {
        // Warm up: fonts, glyph caches, zint.
        for (int i = 0; i < 2; ++i) {
            auto paper = Paper::build(c.data, c.options);
            if (!paper || !paper->toPdf())
                return 1;
        }
        std::vector<double> layout;
        std::vector<double> total;
        int pages = 0;
        qsizetype bytes = 0;
        for (int i = 0; i < iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto paper = Paper::build(c.data, c.options);
            const double built = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            auto pdf = paper->toPdf();
            total.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            layout.push_back(built);
            pages = paper->pageCount();
            bytes = pdf ? pdf->size() : 0;
        }
        const double p95 = percentile(total, 0.95);
        if (p95 > 100)
            ++failures;
        const QJsonObject line {
            {QStringLiteral("paper"), c.name},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("pdf_bytes"), bytes},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("layout_median_ms"), rounded(percentile(layout, 0.5))},
            {QStringLiteral("render_median_ms"), rounded(percentile(total, 0.5))},
            {QStringLiteral("render_p95_ms"), rounded(p95)},
        };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    std::fprintf(stderr, "%d of %zu papers above 100 ms (p95)\n", failures, cases.size());
    return 0;
}
