#include "searchtokens.h"

#include <QStringList>

namespace rc {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF) // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF) // CJK Unified Ideographs
           || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF) // CJK Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x2FA1F); // Extensions B…
}

struct Runs
{
    QList<QList<char32_t>> cjk; // runs of CJK characters
    QStringList words; // other words, lower-cased
};

Runs split(const QString &text)
{
    Runs runs;
    QList<char32_t> cjkRun;
    QString word;
    auto flush = [&] {
        if (!cjkRun.isEmpty())
            runs.cjk.append(cjkRun);
        cjkRun.clear();
        if (!word.isEmpty())
            runs.words.append(word.toLower());
        word.clear();
    };
    const QList<uint> codepoints = text.toUcs4();
    for (uint u : codepoints) {
        const char32_t c = u;
        if (isCjk(c)) {
            if (!word.isEmpty()) {
                runs.words.append(word.toLower());
                word.clear();
            }
            cjkRun.append(c);
        } else if (QChar::isLetterOrNumber(c)) {
            if (!cjkRun.isEmpty()) {
                runs.cjk.append(cjkRun);
                cjkRun.clear();
            }
            word.append(QString::fromUcs4(&c, 1));
        } else {
            flush();
        }
    }
    flush();
    return runs;
}

QString quoted(const QString &token)
{
    return QLatin1Char('"') + token + QLatin1Char('"');
}

} // namespace

QString NameTokens::forName(const QString &name)
{
    const Runs runs = split(name);
    QStringList tokens = runs.words;
    for (const QList<char32_t> &run : runs.cjk) {
        for (qsizetype i = 0; i < run.size(); ++i) {
            tokens.append(QString::fromUcs4(&run[i], 1));
            if (i + 1 < run.size())
                tokens.append(QString::fromUcs4(&run[i], 2));
        }
    }
    return tokens.join(QLatin1Char(' '));
}

QString NameTokens::matchExpression(const QString &query)
{
    const Runs runs = split(query);
    QStringList terms;
    for (const QString &word : runs.words)
        terms.append(quoted(word) + QLatin1Char('*'));
    for (const QList<char32_t> &run : runs.cjk) {
        if (run.size() == 1) {
            terms.append(quoted(QString::fromUcs4(run.constData(), 1)));
            continue;
        }
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            terms.append(quoted(QString::fromUcs4(&run[i], 2)));
    }
    return terms.join(QLatin1Char(' '));
}

bool NameTokens::needsLikeCheck(const QString &query)
{
    const Runs runs = split(query);
    for (const QList<char32_t> &run : runs.cjk) {
        if (run.size() > 2)
            return true;
    }
    return false;
}

} // namespace rc
