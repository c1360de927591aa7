#include "warrantyengine.h"

#include <algorithm>

namespace rc::warranty {

namespace {

Error inputError(const QString &field, const QString &problem)
{
    return Error {QStringLiteral("CASE_INVALID"), QStringLiteral("%1: %2").arg(field, problem)};
}

// The values a sentence template may use: {start}, {end}, {component}, {months}, …
struct TemplateValues
{
    QDate start;
    QDate end;
    Component component = Component::MainUnit;
    int months = 0;
    int repairs = 0;
    int exchanges = 0;
    int rwDays = 0;
    QDate rwPickedUp;
    QDate rwEnd;
    const Policy *policy = nullptr;

    QString value(QStringView key, bool zh) const
    {
        const auto number = [](int n) {
            return QString::number(n);
        };
        if (key == u"start")
            return isoDate(start);
        if (key == u"end")
            return isoDate(end);
        if (key == u"component")
            return zh ? componentZh(component) : componentEn(component);
        if (key == u"months")
            return number(months);
        if (key == u"repairs")
            return number(repairs);
        if (key == u"exchanges")
            return number(exchanges);
        if (key == u"days")
            return number(rwDays);
        if (key == u"picked_up")
            return isoDate(rwPickedUp);
        if (key == u"rw_end")
            return isoDate(rwEnd);
        if (!policy)
            return {};
        if (key == u"refund_days")
            return number(policy->refundDays);
        if (key == u"exchange_days")
            return number(policy->exchangeDays);
        if (key == u"first_exchange_day")
            return number(policy->refundDays + 1);
        if (key == u"offset")
            return number(policy->factoryDateOffsetDays);
        if (key == u"loaner_days")
            return number(policy->loanerAfterDays);
        if (key == u"parts_days")
            return number(policy->partsDelayExchangeDays);
        if (key == u"repairer_days")
            return number(policy->repairerDelayExchangeDays);
        if (key == u"proof_months")
            return number(policy->burdenOfProofMonths);
        if (key == u"extension_months")
            return number(policy->repairExtensionMonths);
        if (key == u"extension_from")
            return isoDate(policy->repairExtensionSalesFrom);
        return {};
    }
};

QString fill(const QString &pattern, const TemplateValues &values, bool zh)
{
    if (!pattern.contains(QLatin1Char('{')))
        return pattern;
    QString out;
    out.reserve(pattern.size() + 16);
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += QStringView(pattern).mid(pos);
            break;
        }
        out += QStringView(pattern).mid(pos, open - pos);
        const QStringView key = QStringView(pattern).mid(open + 1, close - open - 1);
        const QString value = values.value(key, zh);
        if (value.isEmpty())
            out += QStringView(pattern).mid(open, close - open + 1);
        else
            out += value;
        pos = close + 1;
    }
    return out;
}

class Builder
{
public:
    explicit Builder(Verdict &verdict)
        : m_verdict(verdict)
    {
    }

    // Adds the rule (the part of key before ':') and its sentence from policy.
    void reason(const Policy &policy, const QString &key, const TemplateValues &values)
    {
        const qsizetype colon = key.indexOf(QLatin1Char(':'));
        const QString rule = colon < 0 ? key : key.left(colon);
        if (!m_verdict.rules.contains(rule))
            m_verdict.rules.append(rule);
        const auto it = policy.reasons.constFind(key);
        if (it == policy.reasons.constEnd()) {
            m_verdict.reasons.append({rule, rule, rule});
            return;
        }
        m_verdict.reasons.append({rule, fill(it->zh, values, true), fill(it->en, values, false)});
    }

    void remedies(std::initializer_list<Remedy> remedies)
    {
        for (const Remedy r : remedies) {
            if (!m_verdict.remedies.contains(r))
                m_verdict.remedies.append(r);
        }
    }

private:
    Verdict &m_verdict;
};

} // namespace

WarrantyEngine::WarrantyEngine()
    : m_policies(PolicySet::builtin())
{
}

WarrantyEngine::WarrantyEngine(PolicySet policies)
    : m_policies(std::move(policies))
{
}

Result<Verdict> WarrantyEngine::evaluate(const QJsonObject &caseJson) const
{
    auto parsed = WarrantyCase::fromJson(caseJson);
    if (!parsed)
        return parsed.error();
    return evaluate(*parsed);
}

Result<Verdict> WarrantyEngine::evaluate(const WarrantyCase &c) const
{
    const Policy *stat = m_policies.find(c.policy);
    if (!stat || stat->layer != PolicyLayer::Statutory)
        return inputError(
            QStringLiteral("policy"),
            QStringLiteral("unknown policy \"%1\" (known: %2)")
                .arg(c.policy.left(40),
                     m_policies.ids(PolicyLayer::Statutory).join(QStringLiteral(", "))));
    const Policy *brand = nullptr;
    if (!c.brandPolicy.isEmpty()) {
        brand = m_policies.find(c.brandPolicy);
        if (!brand || brand->layer != PolicyLayer::Brand)
            return inputError(
                QStringLiteral("brand_policy"),
                QStringLiteral("unknown brand policy \"%1\" (known: %2)")
                    .arg(c.brandPolicy.left(40),
                         m_policies.ids(PolicyLayer::Brand).join(QStringLiteral(", "))));
    }
    if (c.currentRepair && c.saleDate.isValid() && c.currentRepair->droppedOff < c.saleDate)
        return inputError(QStringLiteral("current_repair.dropped_off"),
                          QStringLiteral("before evidence.sale_date"));
    const Policy *repairWarranty = m_policies.repairWarranty();

    Verdict v;
    v.caseId = c.id;
    v.policy = c.policy;
    v.brandPolicy = c.brandPolicy;
    Builder out(v);

    const bool cn = stat->ruleSet == QLatin1String("cn-sanbao");
    const QDate claim = c.claimDate();
    const Component component = c.component;
    const Component statComponent = statutoryComponent(component);
    const bool mainPart = isMainUnitPart(component);

    // 1. Where the warranty starts: the sale (CN-01/02), else the factory date + 90 days
    //    (CN-03, cn-sanbao only), else nowhere (EX-2).
    QDate start;
    QString startRule;
    bool freeRepairOnly = false;
    if (c.saleDate.isValid()) {
        start = c.saleDate;
        if (cn)
            startRule = c.saleDateSource == SaleDateSource::InvoiceCopy ? QStringLiteral("CN-02")
                                                                        : QStringLiteral("CN-01");
    } else if (cn && c.factoryDate.isValid()) {
        start = c.factoryDate.addDays(stat->factoryDateOffsetDays);
        startRule = QStringLiteral("CN-03");
        freeRepairOnly = true;
    }

    // 2. CN-12: a main-unit exchange restarts the warranty on the exchange date (the latest
    //    one since the start counts).
    bool restarted = false;
    if (cn && start.isValid()) {
        QDate latest;
        for (const WarrantyCase::Exchange &e : c.exchanges) {
            if (isMainUnitPart(e.component) && e.date >= start && e.date <= claim
                && (!latest.isValid() || e.date > latest))
                latest = e.date;
        }
        if (latest.isValid()) {
            start = latest;
            restarted = true;
        }
    }

    // 3. Covered repairs since the (re)start: their days extend the period (cn-sanbao; a
    //    main-unit repair extends every component, an accessory's only its own) and they
    //    count for CN-06 / EU-05 / EU-06 when they were on the same statutory component.
    qint64 extensionDays = 0;
    int priorRepairs = 0;
    if (start.isValid()) {
        for (const WarrantyCase::CoveredRepair &r : c.coveredRepairs) {
            if (r.droppedOff < start || r.droppedOff > claim)
                continue;
            const bool sameComponent = statutoryComponent(r.component) == statComponent;
            if (sameComponent)
                ++priorRepairs;
            if (cn && (isMainUnitPart(r.component) || sameComponent))
                extensionDays += daysBetween(r.droppedOff, r.pickedUp);
        }
    }

    // 4. The statutory period's last day.
    QDate statutoryEnd;
    int statutoryMonths = 0;
    bool euExtended = false;
    if (start.isValid() && stat->term(statComponent)) {
        statutoryMonths = stat->term(statComponent)->months;
        statutoryEnd = addMonthsClamped(start, statutoryMonths);
        if (cn) {
            statutoryEnd = statutoryEnd.addDays(extensionDays);
        } else if (priorRepairs > 0 && stat->repairExtensionMonths > 0
                   && stat->repairExtensionSalesFrom.isValid() && c.saleDate.isValid()
                   && c.saleDate >= stat->repairExtensionSalesFrom) {
            statutoryEnd = addMonthsClamped(statutoryEnd, stat->repairExtensionMonths);
            euExtended = true;
        }
    }

    // 5. The brand layer's last day for this exact component (BR-…).
    QDate brandEnd;
    const std::optional<Policy::Term> *brandTerm = brand ? &brand->term(component) : nullptr;
    if (brandTerm && !brandTerm->has_value())
        brandTerm = nullptr;
    if (start.isValid() && brandTerm) {
        brandEnd = addMonthsClamped(start, (*brandTerm)->months);
        if (cn)
            brandEnd = brandEnd.addDays(extensionDays);
    }

    v.warrantyStart = start;
    v.warrantyEnd = statutoryEnd;
    if (brandEnd.isValid() && (!statutoryEnd.isValid() || brandEnd > statutoryEnd))
        v.warrantyEnd = brandEnd;

    TemplateValues values;
    values.start = start;
    values.end = statutoryEnd;
    values.component = component;
    values.months = statutoryMonths;
    values.repairs = priorRepairs;
    values.policy = stat;

    // 6. Exclusions and faults that are not performance faults.
    QStringList exclusions;
    if (!c.imeiMatches || c.damage.contains(Damage::TamperedLabel))
        exclusions.append(QStringLiteral("EX-3"));
    if (c.damage.contains(Damage::Liquid) || c.damage.contains(Damage::Drop)
        || c.damage.contains(Damage::Crush) || c.damage.contains(Damage::CrackedScreen))
        exclusions.append(QStringLiteral("EX-4"));
    if (c.damage.contains(Damage::UnauthorizedRepair))
        exclusions.append(QStringLiteral("EX-5"));
    if (c.damage.contains(Damage::ForceMajeure))
        exclusions.append(QStringLiteral("EX-6"));
    const bool misuse = exclusions.contains(QStringLiteral("EX-4"))
                        || exclusions.contains(QStringLiteral("EX-5"))
                        || exclusions.contains(QStringLiteral("EX-6"));
    QString notAFault;
    switch (c.fault) {
    case Fault::Performance:
        break;
    case Fault::Cosmetic:
        notAFault = QStringLiteral("NF-1");
        break;
    case Fault::Software:
        notAFault = QStringLiteral("NF-2");
        break;
    case Fault::NoneFound:
        notAFault = QStringLiteral("NF-3");
        break;
    }
    const bool blocked = !exclusions.isEmpty() || !notAFault.isEmpty();
    const bool statutoryCovers = statutoryEnd.isValid() && claim <= statutoryEnd;
    const bool brandCovers = brandEnd.isValid() && claim <= brandEnd;

    const auto brandReason = [&] {
        TemplateValues b = values;
        b.end = brandEnd;
        b.months = (*brandTerm)->months;
        out.reason(*brand, (*brandTerm)->rule, b);
    };
    // The rules that set the verdict's dates other than the sale itself: the factory-date
    // start (CN-03) and the restart after an exchange (CN-12). Named in every verdict whose
    // dates they set, also when the period has ended, so the clerk can say why it ended then.
    const auto dateRules = [&] {
        if (startRule == QLatin1String("CN-03"))
            out.reason(*stat, startRule, values);
        if (restarted)
            out.reason(*stat, QStringLiteral("CN-12"), values);
    };

    if (!blocked && statutoryCovers) {
        v.covered = true;
        v.basis = Basis::Statutory;
        if (cn) {
            out.reason(*stat, startRule, values);
            if (restarted)
                out.reason(*stat, QStringLiteral("CN-12"), values);
            if (freeRepairOnly) {
                out.reason(*stat, QStringLiteral("CN-14"), values);
                out.remedies({Remedy::FreeRepair});
            } else if (mainPart) {
                // The 7/15-day windows count from the original sale only.
                const qint64 sinceSale = daysBetween(c.saleDate, claim);
                bool decided = false;
                if (sinceSale <= stat->refundDays) {
                    out.reason(*stat, QStringLiteral("CN-04"), values);
                    out.remedies({Remedy::Refund, Remedy::Exchange, Remedy::FreeRepair});
                    decided = true;
                } else if (sinceSale <= stat->exchangeDays) {
                    out.reason(*stat, QStringLiteral("CN-05"), values);
                    out.remedies({Remedy::Exchange, Remedy::FreeRepair});
                    decided = true;
                }
                if (priorRepairs >= stat->repairsBeforeExchange) {
                    out.reason(*stat, QStringLiteral("CN-06"), values);
                    out.remedies({Remedy::FreeRepair, Remedy::Exchange});
                    decided = true;
                }
                if (!decided) {
                    out.reason(*stat, QStringLiteral("CN-14"), values);
                    out.remedies({Remedy::FreeRepair});
                }
            } else {
                out.reason(*stat, QStringLiteral("CN-13"), values);
                out.remedies({Remedy::Exchange});
                int accessoryExchanges = 0;
                for (const WarrantyCase::Exchange &e : c.exchanges) {
                    if (e.component == component && e.date >= start && e.date <= claim)
                        ++accessoryExchanges;
                }
                if (accessoryExchanges >= stat->accessoryExchangesBeforeRefund) {
                    values.exchanges = accessoryExchanges;
                    out.reason(*stat, QStringLiteral("CN-13:refund"), values);
                    out.remedies({Remedy::Refund});
                }
            }
            if (c.currentRepair) {
                const qint64 inRepair = daysBetween(c.currentRepair->droppedOff, c.today);
                if (inRepair > stat->loanerAfterDays) {
                    out.reason(*stat, QStringLiteral("CN-07"), values);
                    v.loanerPhone = true;
                }
                if (c.currentRepair->delay == RepairDelay::MakerParts
                    && inRepair > stat->partsDelayExchangeDays) {
                    out.reason(*stat, QStringLiteral("CN-08"), values);
                    out.remedies({Remedy::Exchange});
                }
                if (c.currentRepair->delay == RepairDelay::Repairer
                    && inRepair > stat->repairerDelayExchangeDays) {
                    out.reason(*stat, QStringLiteral("CN-09"), values);
                    out.remedies({Remedy::Exchange});
                }
            }
        } else {
            out.reason(*stat, QStringLiteral("EU-01"), values);
            out.reason(*stat, QStringLiteral("EU-03"), values);
            out.reason(*stat, QStringLiteral("EU-04"), values);
            out.remedies({Remedy::Exchange, Remedy::FreeRepair});
            if (claim > addMonthsClamped(start, stat->burdenOfProofMonths)) {
                out.reason(*stat, QStringLiteral("EU-02"), values);
                const VerdictReason &r = v.reasons.constLast();
                v.warnings.append({QStringLiteral("EU-02"), r.zh, r.en});
            }
            if (priorRepairs > 0) {
                out.reason(*stat, QStringLiteral("EU-05"), values);
                out.remedies({Remedy::Refund, Remedy::PriceReduction});
            }
            if (euExtended)
                out.reason(*stat, QStringLiteral("EU-06"), values);
        }
        // The brand gives a longer period: say so (it is why warranty_end is later).
        if (brandTerm && brandEnd > statutoryEnd)
            brandReason();
    } else if (!blocked && brandCovers) {
        v.covered = true;
        v.basis = Basis::Brand;
        if (!startRule.isEmpty() && startRule != QLatin1String("CN-03"))
            out.reason(*stat, startRule, values);
        dateRules();
        brandReason();
        // A covered accessory is replaced, as under the statutory accessory rules (CN-13; the
        // seeds' 附件更换要求); the main unit and its parts are repaired.
        out.remedies({mainPart ? Remedy::FreeRepair : Remedy::Exchange});
    } else {
        // RW-1: our own repair of this component, within the repair-warranty days, repaired
        // free whatever the product warranty says, unless there is new misuse damage.
        const WarrantyCase::OurRepair *ours = nullptr;
        int rwDays = 0;
        if (repairWarranty && notAFault.isEmpty() && !misuse) {
            rwDays = c.repairWarrantyDays.value_or(repairWarranty->days);
            for (const WarrantyCase::OurRepair &r : c.ourRepairs) {
                const bool sameComponent
                    = r.component == component || (r.component == Component::MainUnit && mainPart);
                if (sameComponent && r.pickedUp <= claim && daysBetween(r.pickedUp, claim) <= rwDays
                    && (!ours || r.pickedUp > ours->pickedUp))
                    ours = &r;
            }
        }
        dateRules();
        if (ours) {
            v.covered = true;
            v.basis = Basis::RepairWarranty;
            v.repairWarrantyEnd = ours->pickedUp.addDays(rwDays);
            values.rwDays = rwDays;
            values.rwPickedUp = ours->pickedUp;
            values.rwEnd = v.repairWarrantyEnd;
            out.reason(*repairWarranty, QStringLiteral("RW-1"), values);
            out.remedies({Remedy::FreeRepair});
        } else {
            v.covered = false;
            v.basis = Basis::None;
            if (!notAFault.isEmpty())
                out.reason(*stat, notAFault, values);
            for (const QString &rule : exclusions)
                out.reason(*stat, rule, values);
            if (!start.isValid()) {
                out.reason(*stat, QStringLiteral("EX-2"), values);
            } else if (!statutoryEnd.isValid() && !brandEnd.isValid()) {
                out.reason(*stat, QStringLiteral("NS-1"), values);
            } else if (!statutoryCovers && !brandCovers) {
                values.end = v.warrantyEnd;
                out.reason(*stat, QStringLiteral("EX-1"), values);
            }
        }
    }

    if (brand && v.remedies.contains(Remedy::Exchange)) {
        for (const Sentence &check : brand->exchangeChecks)
            v.warnings.append({QStringLiteral("BRAND_EXCHANGE_CHECK"), check.zh, check.en});
    }
    std::sort(v.remedies.begin(), v.remedies.end());
    return v;
}

} // namespace rc::warranty
