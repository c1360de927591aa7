#include "chainverifier.h"

#include "sync/chainhash.h"

#include <QJsonArray>
#include <QSet>

namespace rc::hq {

namespace {

QString text(const QJsonObject &payload, const char *key)
{
    const QJsonValue value = payload.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

QJsonObject toJson(const ChainVerifier::Finding &f)
{
    return {{QStringLiteral("station"), f.station},
            {QStringLiteral("chain"), f.chain},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("id"), f.id},
            {QStringLiteral("detail"), f.detail}};
}

} // namespace

bool ChainVerifier::isChained(const QString &entity)
{
    return entity == QLatin1String(chainhash::kAuditChain)
           || entity == QLatin1String(chainhash::kEventChain);
}

void ChainVerifier::remember(Center &center, const Finding &finding)
{
    center.findings.append(finding);
    while (center.findings.size() > kMaxFindings)
        center.findings.removeFirst();
}

void ChainVerifier::link(Chain &chain, const QString &prev, const QString &hash)
{
    chain.recentNext.insert(prev, hash);
    chain.recentOrder.append(prev);
    while (chain.recentOrder.size() > kRecentHashes)
        chain.recentNext.remove(chain.recentOrder.takeFirst());
    chain.tip = hash;
}

QList<ChainVerifier::Finding> ChainVerifier::add(const QString &centerCode, const QString &entity,
                                                 const QJsonObject &payload)
{
    // Entries written before the chain existed carry no hash: nothing to verify.
    if (!isChained(entity) || !payload.contains(QLatin1String("hash")))
        return {};
    const QString station = text(payload, "station");
    const QString id = text(payload, "id");
    const QString prev = text(payload, "prev_hash");
    const QString hash = text(payload, "hash");
    QList<Finding> found;
    std::lock_guard lock(m_mutex);
    Center &center = m_centers[centerCode];
    Chain &chain = center.chains[station + QLatin1Char('\n') + entity];
    auto report = [&](const QString &kind, const QString &entryId, const QString &detail) {
        const Finding finding {centerCode, station, entity, kind, entryId, detail};
        remember(center, finding);
        found.append(finding);
    };
    if (chainhash::hashOfPayload(entity, payload) != hash) {
        ++center.edits;
        report(QStringLiteral("edit"), id,
               QStringLiteral("the entry's hash does not match its contents: it was edited"));
    }
    if (!chain.anchored || prev == chain.tip) {
        chain.anchored = true;
        link(chain, prev, hash);
        ++center.verified;
        // The entries that waited for this one follow it.
        for (auto next = chain.waiting.find(chain.tip); next != chain.waiting.end();
             next = chain.waiting.find(chain.tip)) {
            const Waiting waited = next->second;
            chain.waiting.erase(next);
            link(chain, chain.tip, waited.hash);
            ++center.verified;
            if (waited.reported) {
                ++center.gapsFilled;
                chain.gapsOpen.removeOne(waited.id);
                report(
                    QStringLiteral("gap_filled"), id,
                    QStringLiteral("the missing entry before %1 arrived and links").arg(waited.id));
            }
        }
        return found;
    }
    if (const auto known = chain.recentNext.constFind(prev); known != chain.recentNext.cend()) {
        if (*known != hash) {
            ++center.forks;
            report(QStringLiteral("fork"), id,
                   QStringLiteral("another entry already follows the same entry (prev_hash %1): "
                                  "one of them replaced an entry")
                       .arg(prev.left(12)));
        }
        return found;
    }
    chain.waiting[prev] = Waiting {id, hash, false};
    while (chain.waiting.size() > size_t(kMaxWaiting))
        chain.waiting.erase(chain.waiting.begin());
    return found;
}

QList<ChainVerifier::Finding> ChainVerifier::endBatch(const QString &centerCode)
{
    QList<Finding> found;
    std::lock_guard lock(m_mutex);
    const auto it = m_centers.find(centerCode);
    if (it == m_centers.end())
        return found;
    for (auto &[key, chain] : it->chains) {
        // An entry waiting for another waiting entry is behind the same gap.
        QSet<QString> waitingHashes;
        for (const auto &[prev, waiting] : chain.waiting)
            waitingHashes.insert(waiting.hash);
        for (auto &[prev, waiting] : chain.waiting) {
            if (waiting.reported || waitingHashes.contains(prev))
                continue;
            waiting.reported = true;
            chain.gapsOpen.append(waiting.id);
            const Finding finding {centerCode,
                                   key.section(QLatin1Char('\n'), 0, 0),
                                   key.section(QLatin1Char('\n'), 1),
                                   QStringLiteral("gap"),
                                   waiting.id,
                                   QStringLiteral("the entry before it (hash %1) has not arrived: "
                                                  "it is missing, or held back at the station")
                                       .arg(prev.left(12))};
            remember(*it, finding);
            found.append(finding);
        }
    }
    return found;
}

QJsonObject ChainVerifier::status(const QString &centerCode) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_centers.constFind(centerCode);
    if (it == m_centers.cend())
        return {{QStringLiteral("verified"), 0},    {QStringLiteral("edits"), 0},
                {QStringLiteral("forks"), 0},       {QStringLiteral("gaps_open"), 0},
                {QStringLiteral("gaps_filled"), 0}, {QStringLiteral("findings"), QJsonArray()}};
    qint64 open = 0;
    for (const auto &[key, chain] : it->chains)
        open += chain.gapsOpen.size();
    QJsonArray findings;
    for (const Finding &f : it->findings)
        findings.append(toJson(f));
    return {{QStringLiteral("verified"), it->verified},
            {QStringLiteral("edits"), it->edits},
            {QStringLiteral("forks"), it->forks},
            {QStringLiteral("gaps_open"), open},
            {QStringLiteral("gaps_filled"), it->gapsFilled},
            {QStringLiteral("findings"), findings}};
}

} // namespace rc::hq
