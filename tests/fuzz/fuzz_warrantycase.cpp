// Fuzzes the case-JSON parser and the engine behind it: any bytes either give an input error
// that names a field, or a case that evaluates (or is refused for an unknown policy), whose
// JSON round-trips, and whose verdict is consistent and round-trips too.
#include "warranty/warrantycase.h"
#include "warranty/warrantyengine.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace rc::warranty;
    static const WarrantyEngine engine;
    if (size > 16384)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = WarrantyCase::fromJson(json);
    if (!parsed) {
        require(parsed.error().code == QLatin1String("CASE_INVALID"));
        require(parsed.error().message.contains(QLatin1String(": ")));
        return 0;
    }
    const QJsonObject caseJson = parsed->toJson();
    const auto again = WarrantyCase::fromJson(caseJson);
    require(again.ok());
    require(again->toJson() == caseJson);

    const auto verdict = engine.evaluate(*parsed);
    if (!verdict) {
        require(verdict.error().message.startsWith(QLatin1String("policy: "))
                || verdict.error().message.startsWith(QLatin1String("brand_policy: "))
                || verdict.error().message.startsWith(QLatin1String("current_repair.")));
        return 0;
    }
    require(verdict->covered == !verdict->remedies.isEmpty());
    require(verdict->covered == (verdict->basis != Basis::None));
    require(!verdict->rules.isEmpty());
    for (const VerdictReason &reason : verdict->reasons)
        require(!reason.zh.isEmpty() && !reason.en.isEmpty());
    const QJsonObject verdictJson = verdict->toJson();
    const auto back = Verdict::fromJson(verdictJson);
    require(back.ok());
    require(back->toJson() == verdictJson);
    const auto second = engine.evaluate(*again);
    require(second.ok() && second->toJson() == verdictJson);
    return 0;
}
