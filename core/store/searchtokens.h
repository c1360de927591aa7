#pragma once

#include <QString>

namespace rc {

// How customer names are indexed for "any part of the name" search (table customer_names,
// FTS5 with the unicode61 tokenizer). Chinese, Japanese and Korean characters are indexed
// one by one and in adjacent pairs, so any part of "欧阳小明" is found ("小", "小明",
// "阳小明"); other scripts are indexed by word and searched by word prefix ("smi" finds
// "John Smith"). Lower-cased.
class NameTokens
{
public:
    // The text stored in the index for a name.
    static QString forName(const QString &name);
    // The FTS5 MATCH expression for what was typed, or empty when it has nothing to look
    // up. A match on three or more Han characters may be a false positive (the pairs need
    // not be adjacent); callers also check name LIKE '%query%' (needsLikeCheck).
    static QString matchExpression(const QString &query);
    static bool needsLikeCheck(const QString &query);
};

} // namespace rc
