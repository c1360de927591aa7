#include "chainverifier.h"

#include "sync/chainhash.h"

#include <QJsonArray>
#include <QJsonDocument>
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

bool ChainVerifier::load(const QString &centerCode, const std::function<Result<QByteArray>()> &read,
                         QString *problem)
{
    std::lock_guard lock(m_mutex);
    Center &center = m_centers[centerCode];
    if (center.loaded)
        return true;
    auto stored = read();
    if (!stored) {
        if (problem)
            *problem = stored.error().message;
        return false;
    }
    center.loaded = true;
    if (stored->isEmpty())
        return true;
    const QJsonObject o = QJsonDocument::fromJson(*stored).object();
    center.generation = o.value(QLatin1String("generation")).toInteger();
    center.verified = o.value(QLatin1String("verified")).toInteger();
    center.edits = o.value(QLatin1String("edits")).toInteger();
    center.forks = o.value(QLatin1String("forks")).toInteger();
    center.gapsFilled = o.value(QLatin1String("gaps_filled")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        center.findings.append({centerCode, text(f, "station"), text(f, "chain"), text(f, "kind"),
                                text(f, "id"), text(f, "detail")});
    }
    for (const QJsonValue &v : o.value(QLatin1String("chains")).toArray()) {
        const QJsonObject c = v.toObject();
        Chain &chain = center.chains[text(c, "station") + QLatin1Char('\n') + text(c, "chain")];
        chain.anchored = c.value(QLatin1String("anchored")).toBool();
        for (const QJsonValue &entry : c.value(QLatin1String("links")).toArray()) {
            const QJsonArray pair = entry.toArray();
            link(chain, pair.at(0).toString(), pair.at(1).toString());
        }
        chain.tip = text(c, "tip"); // after the links, which move it too
        for (const QJsonValue &w : c.value(QLatin1String("waiting")).toArray()) {
            const QJsonObject waiting = w.toObject();
            chain.waiting[text(waiting, "prev")]
                = Waiting {text(waiting, "id"), text(waiting, "hash"),
                           waiting.value(QLatin1String("reported")).toBool()};
        }
        for (const QJsonValue &id : c.value(QLatin1String("gaps_open")).toArray())
            chain.gapsOpen.append(id.toString());
    }
    return true;
}

std::pair<qint64, QByteArray> ChainVerifier::state(const QString &centerCode) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_centers.constFind(centerCode);
    if (it == m_centers.cend())
        return {0, QByteArray()};
    QJsonArray chains;
    for (const auto &[key, chain] : it->chains) {
        QJsonArray links;
        const qsizetype from = qMax<qsizetype>(0, chain.recentOrder.size() - kPersistedLinks);
        for (qsizetype i = from; i < chain.recentOrder.size(); ++i) {
            const QString &prev = chain.recentOrder.at(i);
            links.append(QJsonArray {prev, chain.recentNext.value(prev)});
        }
        QJsonArray waiting;
        for (const auto &[prev, w] : chain.waiting)
            waiting.append(QJsonObject {{QStringLiteral("prev"), prev},
                                        {QStringLiteral("id"), w.id},
                                        {QStringLiteral("hash"), w.hash},
                                        {QStringLiteral("reported"), w.reported}});
        chains.append(QJsonObject {
            {QStringLiteral("station"), key.section(QLatin1Char('\n'), 0, 0)},
            {QStringLiteral("chain"), key.section(QLatin1Char('\n'), 1)},
            {QStringLiteral("anchored"), chain.anchored},
            {QStringLiteral("tip"), chain.tip},
            {QStringLiteral("links"), links},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("gaps_open"), QJsonArray::fromStringList(chain.gapsOpen)}});
    }
    QJsonArray findings;
    for (const Finding &f : it->findings)
        findings.append(toJson(f));
    const QJsonObject o {{QStringLiteral("generation"), it->generation},
                         {QStringLiteral("verified"), it->verified},
                         {QStringLiteral("edits"), it->edits},
                         {QStringLiteral("forks"), it->forks},
                         {QStringLiteral("gaps_filled"), it->gapsFilled},
                         {QStringLiteral("findings"), findings},
                         {QStringLiteral("chains"), chains}};
    return {it->generation, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

QList<ChainVerifier::Finding> ChainVerifier::endBatch(const QString &centerCode)
{
    QList<Finding> found;
    std::lock_guard lock(m_mutex);
    const auto it = m_centers.find(centerCode);
    if (it == m_centers.end())
        return found;
    ++it->generation;
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
