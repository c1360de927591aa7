#pragma once

#include "store/hqstore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <atomic>
#include <shared_mutex>

namespace rc::hq {

// Every valid token, as SHA-256 → center (or admin), in memory. The server thread checks a
// request's token here without touching the database; a maintenance thread keeps it
// current by reading the tokens changed since the last change it saw (every second, so a
// revocation made anywhere takes effect within about that).
//
// This is the "token cache", bounded by the number of real tokens: a made-up token costs
// one hash and a lookup and is remembered nowhere, so a client sending millions of random
// tokens grows nothing.
class TokenDirectory
{
public:
    struct Entry
    {
        QString center; // empty for an admin token
        bool admin = false;
        QString station; // a station token's station
    };
    enum class Lookup { Found, Unknown, NotLoaded };

    // hash (optional) receives the token's SHA-256, a key for it that is not the secret.
    Lookup find(QByteArrayView token, Entry *entry, QByteArray *hash = nullptr) const;
    void apply(const std::vector<TokenChange> &changes);
    void markLoaded() { m_loaded.store(true); }
    bool isLoaded() const { return m_loaded.load(); }
    qint64 lastSeq() const { return m_lastSeq.load(); }
    qsizetype size() const;

private:
    mutable std::shared_mutex m_mutex;
    QHash<QByteArray, Entry> m_tokens; // raw SHA-256 → entry
    std::atomic<qint64> m_lastSeq {0};
    std::atomic<bool> m_loaded {false};
};

} // namespace rc::hq
