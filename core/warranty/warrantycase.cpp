#include "warrantycase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <functional>

namespace rc::warranty {

namespace {

Error fieldError(const QString &field, const QString &problem)
{
    return Error {QStringLiteral("CASE_INVALID"), QStringLiteral("%1: %2").arg(field, problem)};
}

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString().left(40));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("an array");
    if (value.isObject())
        return QStringLiteral("an object");
    return QStringLiteral("null");
}

// A date field: required (must be a date) or optional (absent or null allowed).
Result<QDate> readDate(const QJsonObject &object, const QString &key, const QString &path,
                       bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fieldError(path, QStringLiteral("missing (a date YYYY-MM-DD is required)"));
        return QDate();
    }
    const QDate date = value.isString() ? parseIsoDate(value.toString()) : QDate();
    if (!date.isValid())
        return fieldError(path, QStringLiteral("not a date (YYYY-MM-DD): %1").arg(quoted(value)));
    return date;
}

Result<QString> readString(const QJsonObject &object, const QString &key, const QString &path,
                           bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fieldError(path, QStringLiteral("missing"));
        return QString();
    }
    if (!value.isString())
        return fieldError(path, QStringLiteral("must be a string, not %1").arg(quoted(value)));
    return value.toString();
}

template<typename Enum>
Result<Enum> readWord(const QJsonObject &object, const QString &key, const QString &path,
                      std::optional<Enum> (*parse)(const QString &), const QString &allowed)
{
    auto text = readString(object, key, path, true);
    if (!text)
        return text.error();
    const auto value = parse(*text);
    if (!value)
        return fieldError(
            path, QStringLiteral("unknown value \"%1\" (one of: %2)").arg(text->left(40), allowed));
    return *value;
}

Result<QJsonArray> readList(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return fieldError(path, QStringLiteral("must be a list, not %1").arg(quoted(value)));
    return value.toArray();
}

Result<QJsonObject> readObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fieldError(path, QStringLiteral("must be an object, not %1").arg(quoted(value)));
    return value.toObject();
}

const QString componentWords = QStringLiteral(
    "main_unit, screen, mainboard, battery, charger, wired_headset, card, data_cable");

} // namespace

QDate WarrantyCase::claimDate() const
{
    return currentRepair ? currentRepair->droppedOff : today;
}

Result<WarrantyCase> WarrantyCase::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fieldError(QStringLiteral("case"), QStringLiteral("not valid JSON (%1 at offset %2)")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset));
    if (!document.isObject())
        return fieldError(QStringLiteral("case"), QStringLiteral("must be a JSON object"));
    return fromJson(document.object());
}

Result<WarrantyCase> WarrantyCase::fromJson(const QJsonObject &o)
{
    WarrantyCase c;

    const QJsonValue id = o.value(QStringLiteral("id"));
    if (id.isString())
        c.id = id.toString();
    else if (!id.isUndefined() && !id.isNull())
        return fieldError(QStringLiteral("id"), QStringLiteral("must be a string"));

    auto policy = readString(o, QStringLiteral("policy"), QStringLiteral("policy"), true);
    if (!policy)
        return policy.error();
    if (policy->isEmpty())
        return fieldError(QStringLiteral("policy"), QStringLiteral("must not be empty"));
    c.policy = *policy;
    auto brand
        = readString(o, QStringLiteral("brand_policy"), QStringLiteral("brand_policy"), false);
    if (!brand)
        return brand.error();
    c.brandPolicy = *brand;

    auto today = readDate(o, QStringLiteral("today"), QStringLiteral("today"), true);
    if (!today)
        return today.error();
    c.today = *today;

    auto component
        = readWord<Component>(o, QStringLiteral("component"), QStringLiteral("component"),
                              componentFromName, componentWords);
    if (!component)
        return component.error();
    c.component = *component;
    auto fault = readWord<Fault>(o, QStringLiteral("fault"), QStringLiteral("fault"), faultFromName,
                                 QStringLiteral("performance, cosmetic, software, none_found"));
    if (!fault)
        return fault.error();
    c.fault = *fault;

    // evidence
    const QJsonValue evidenceValue = o.value(QStringLiteral("evidence"));
    QJsonObject evidence;
    if (!evidenceValue.isUndefined() && !evidenceValue.isNull()) {
        auto e = readObject(evidenceValue, QStringLiteral("evidence"));
        if (!e)
            return e.error();
        evidence = *e;
    }
    auto sale = readDate(evidence, QStringLiteral("sale_date"),
                         QStringLiteral("evidence.sale_date"), false);
    if (!sale)
        return sale.error();
    c.saleDate = *sale;
    auto factory = readDate(evidence, QStringLiteral("factory_date"),
                            QStringLiteral("evidence.factory_date"), false);
    if (!factory)
        return factory.error();
    c.factoryDate = *factory;
    const QJsonValue matches = evidence.value(QStringLiteral("imei_matches"));
    if (matches.isBool())
        c.imeiMatches = matches.toBool();
    else if (!matches.isUndefined() && !matches.isNull())
        return fieldError(QStringLiteral("evidence.imei_matches"),
                          QStringLiteral("must be true or false, not %1").arg(quoted(matches)));
    if (evidence.contains(QStringLiteral("sale_date_source"))
        && !evidence.value(QStringLiteral("sale_date_source")).isNull()) {
        auto source = readWord<SaleDateSource>(evidence, QStringLiteral("sale_date_source"),
                                               QStringLiteral("evidence.sale_date_source"),
                                               saleDateSourceFromName,
                                               QStringLiteral("invoice, invoice_copy, "
                                                              "warranty_card"));
        if (!source)
            return source.error();
        c.saleDateSource = *source;
    }

    // damage
    auto damage = readList(o, QStringLiteral("damage"), QStringLiteral("damage"));
    if (!damage)
        return damage.error();
    for (qsizetype i = 0; i < damage->size(); ++i) {
        const QString path = QStringLiteral("damage[%1]").arg(i);
        const QJsonValue word = damage->at(i);
        const auto value = word.isString() ? damageFromName(word.toString()) : std::nullopt;
        if (!value)
            return fieldError(path, QStringLiteral("unknown damage %1 (one of: liquid, drop, "
                                                   "crush, cracked_screen, unauthorized_repair, "
                                                   "tampered_label, force_majeure)")
                                        .arg(quoted(word)));
        if (!c.damage.contains(*value))
            c.damage.append(*value);
    }

    // history
    const QJsonValue historyValue = o.value(QStringLiteral("history"));
    QJsonObject history;
    if (!historyValue.isUndefined() && !historyValue.isNull()) {
        auto h = readObject(historyValue, QStringLiteral("history"));
        if (!h)
            return h.error();
        history = *h;
    }
    const auto eachEntry
        = [&history](
              const QString &key,
              const std::function<Status(const QJsonObject &, const QString &)> &read) -> Status {
        const QString listPath = QStringLiteral("history.") + key;
        auto list = readList(history, key, listPath);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            auto entry = readObject(list->at(i), path);
            if (!entry)
                return entry.error();
            if (Status s = read(*entry, path); !s)
                return s;
        }
        return {};
    };
    const auto entryComponent = [](const QJsonObject &e, const QString &path) {
        return readWord<Component>(e, QStringLiteral("component"),
                                   path + QStringLiteral(".component"), componentFromName,
                                   componentWords);
    };
    const QDate caseToday = c.today;
    const auto notAfterToday = [caseToday](QDate date, const QString &path) -> Status {
        if (date > caseToday)
            return fieldError(path, QStringLiteral("after today (%1)").arg(isoDate(caseToday)));
        return {};
    };

    Status s
        = eachEntry(QStringLiteral("covered_repairs"),
                    [&](const QJsonObject &e, const QString &path) -> Status {
                        auto comp = entryComponent(e, path);
                        if (!comp)
                            return comp.error();
                        auto in = readDate(e, QStringLiteral("dropped_off"),
                                           path + QStringLiteral(".dropped_off"), true);
                        if (!in)
                            return in.error();
                        auto out = readDate(e, QStringLiteral("picked_up"),
                                            path + QStringLiteral(".picked_up"), true);
                        if (!out)
                            return out.error();
                        if (*out < *in)
                            return fieldError(path + QStringLiteral(".picked_up"),
                                              QStringLiteral("before dropped_off"));
                        if (Status t = notAfterToday(*out, path + QStringLiteral(".picked_up")); !t)
                            return t;
                        c.coveredRepairs.append({*comp, *in, *out});
                        return {};
                    });
    if (!s)
        return s.error();
    s = eachEntry(
        QStringLiteral("exchanges"), [&](const QJsonObject &e, const QString &path) -> Status {
            auto comp = entryComponent(e, path);
            if (!comp)
                return comp.error();
            auto date = readDate(e, QStringLiteral("date"), path + QStringLiteral(".date"), true);
            if (!date)
                return date.error();
            if (Status t = notAfterToday(*date, path + QStringLiteral(".date")); !t)
                return t;
            c.exchanges.append({*comp, *date});
            return {};
        });
    if (!s)
        return s.error();
    s = eachEntry(QStringLiteral("our_repairs"),
                  [&](const QJsonObject &e, const QString &path) -> Status {
                      auto comp = entryComponent(e, path);
                      if (!comp)
                          return comp.error();
                      auto date = readDate(e, QStringLiteral("picked_up"),
                                           path + QStringLiteral(".picked_up"), true);
                      if (!date)
                          return date.error();
                      if (Status t = notAfterToday(*date, path + QStringLiteral(".picked_up")); !t)
                          return t;
                      c.ourRepairs.append({*comp, *date});
                      return {};
                  });
    if (!s)
        return s.error();

    // current_repair (optional)
    const QJsonValue currentValue = o.value(QStringLiteral("current_repair"));
    if (!currentValue.isUndefined() && !currentValue.isNull()) {
        auto current = readObject(currentValue, QStringLiteral("current_repair"));
        if (!current)
            return current.error();
        auto in = readDate(*current, QStringLiteral("dropped_off"),
                           QStringLiteral("current_repair.dropped_off"), true);
        if (!in)
            return in.error();
        if (*in > c.today)
            return fieldError(QStringLiteral("current_repair.dropped_off"),
                              QStringLiteral("after today (%1)").arg(isoDate(c.today)));
        CurrentRepair repair {*in, RepairDelay::None};
        const QJsonValue delay = current->value(QStringLiteral("delay"));
        if (!delay.isUndefined() && !delay.isNull()) {
            auto d = readWord<RepairDelay>(
                *current, QStringLiteral("delay"), QStringLiteral("current_repair.delay"),
                repairDelayFromName, QStringLiteral("none, maker_parts, repairer"));
            if (!d)
                return d.error();
            repair.delay = *d;
        }
        c.currentRepair = repair;
    }

    const QJsonValue rwDays = o.value(QStringLiteral("repair_warranty_days"));
    if (!rwDays.isUndefined() && !rwDays.isNull()) {
        const double days = rwDays.toDouble(-1);
        // The range is checked before the cast: a double outside int's range is undefined there.
        if (!rwDays.isDouble() || days < 30 || days > 3650
            || days != static_cast<double>(static_cast<int>(days)))
            return fieldError(QStringLiteral("repair_warranty_days"),
                              QStringLiteral("must be a whole number of days from 30 to 3650, "
                                             "not %1")
                                  .arg(quoted(rwDays)));
        c.repairWarrantyDays = static_cast<int>(days);
    }

    // Dates that cannot be before the evidence.
    if (c.saleDate.isValid() && c.today < c.saleDate)
        return fieldError(QStringLiteral("today"),
                          QStringLiteral("%1 is before evidence.sale_date %2")
                              .arg(isoDate(c.today), isoDate(c.saleDate)));
    if (c.factoryDate.isValid() && c.today < c.factoryDate)
        return fieldError(QStringLiteral("today"),
                          QStringLiteral("%1 is before evidence.factory_date %2")
                              .arg(isoDate(c.today), isoDate(c.factoryDate)));
    return c;
}

QJsonObject WarrantyCase::toJson() const
{
    const auto date = [](QDate d) {
        return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
    };
    QJsonObject evidence {
        {QStringLiteral("sale_date"), date(saleDate)},
        {QStringLiteral("imei_matches"), imeiMatches},
        {QStringLiteral("factory_date"), date(factoryDate)},
    };
    if (saleDateSource != SaleDateSource::Invoice)
        evidence.insert(QStringLiteral("sale_date_source"), toName(saleDateSource));
    QJsonArray damageList;
    for (const Damage d : damage)
        damageList.append(toName(d));
    QJsonArray covered;
    for (const CoveredRepair &r : coveredRepairs)
        covered.append(QJsonObject {{QStringLiteral("component"), toName(r.component)},
                                    {QStringLiteral("dropped_off"), isoDate(r.droppedOff)},
                                    {QStringLiteral("picked_up"), isoDate(r.pickedUp)}});
    QJsonArray exchangeList;
    for (const Exchange &e : exchanges)
        exchangeList.append(QJsonObject {{QStringLiteral("component"), toName(e.component)},
                                         {QStringLiteral("date"), isoDate(e.date)}});
    QJsonArray ours;
    for (const OurRepair &r : ourRepairs)
        ours.append(QJsonObject {{QStringLiteral("component"), toName(r.component)},
                                 {QStringLiteral("picked_up"), isoDate(r.pickedUp)}});
    QJsonObject o {
        {QStringLiteral("policy"), policy},
        {QStringLiteral("brand_policy"),
         brandPolicy.isEmpty() ? QJsonValue() : QJsonValue(brandPolicy)},
        {QStringLiteral("today"), isoDate(today)},
        {QStringLiteral("component"), toName(component)},
        {QStringLiteral("fault"), toName(fault)},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("damage"), damageList},
        {QStringLiteral("history"), QJsonObject {{QStringLiteral("covered_repairs"), covered},
                                                 {QStringLiteral("exchanges"), exchangeList},
                                                 {QStringLiteral("our_repairs"), ours}}},
    };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (currentRepair)
        o.insert(QStringLiteral("current_repair"),
                 QJsonObject {{QStringLiteral("dropped_off"), isoDate(currentRepair->droppedOff)},
                              {QStringLiteral("delay"), toName(currentRepair->delay)}});
    if (repairWarrantyDays)
        o.insert(QStringLiteral("repair_warranty_days"), *repairWarrantyDays);
    return o;
}

} // namespace rc::warranty
