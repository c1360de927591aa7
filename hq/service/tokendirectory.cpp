#include "tokendirectory.h"

#include <QCryptographicHash>

#include <mutex>

namespace rc::hq {

TokenDirectory::Lookup TokenDirectory::find(QByteArrayView token, Entry *entry,
                                            QByteArray *hashOut) const
{
    if (!m_loaded.load())
        return Lookup::NotLoaded;
    // Ours are "rc_" and 43 characters; anything else is unknown without hashing.
    if (token.size() < 8 || token.size() > 128 || !token.startsWith("rc_"))
        return Lookup::Unknown;
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    if (hashOut)
        *hashOut = hash;
    std::shared_lock lock(m_mutex);
    const auto it = m_tokens.constFind(hash);
    if (it == m_tokens.constEnd())
        return Lookup::Unknown;
    *entry = *it;
    return Lookup::Found;
}

void TokenDirectory::apply(const std::vector<TokenChange> &changes)
{
    if (changes.empty())
        return;
    std::unique_lock lock(m_mutex);
    for (const TokenChange &change : changes) {
        if (change.revoked)
            m_tokens.remove(change.sha256);
        else
            m_tokens.insert(change.sha256, Entry {change.center, change.admin, change.station});
        m_lastSeq.store(qMax(m_lastSeq.load(), change.seq));
    }
}

qsizetype TokenDirectory::size() const
{
    std::shared_lock lock(m_mutex);
    return m_tokens.size();
}

} // namespace rc::hq
