#include "tacdatabase.h"

#include <QFile>

#include <algorithm>
#include <vector>

namespace rc {

namespace {

// The built-in table, sorted by TAC: parallel arrays keep the search cache-friendly.
struct BuiltinTable
{
    std::vector<quint32> tacs;
    std::vector<TacInfo> infos;
};

BuiltinTable loadBuiltin()
{
    BuiltinTable table;
    QFile file(QStringLiteral(":/tac/tacdb.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return table; // every lookup then answers "unknown", which is what a missing table means
    const QByteArray data = file.readAll();
    table.tacs.reserve(23000);
    table.infos.reserve(23000);
    QHash<QByteArray, QString> brands; // one shared QString per brand
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line(data.constData() + pos, end - pos);
        pos = end + 1;
        if (line.isEmpty() || line.front() == '#')
            continue;
        const qsizetype tab1 = line.indexOf('\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
        if (tab1 != 8 || tab2 < 0)
            continue;
        const auto tac = TacDatabase::parseTac(QString::fromLatin1(line.first(8)));
        if (!tac)
            continue;
        const QByteArray brandBytes = line.sliced(tab1 + 1, tab2 - tab1 - 1).toByteArray();
        auto brand = brands.find(brandBytes);
        if (brand == brands.end())
            brand = brands.insert(brandBytes, QString::fromUtf8(brandBytes));
        table.tacs.push_back(*tac);
        table.infos.push_back({*brand, QString::fromUtf8(line.sliced(tab2 + 1)), false});
    }
    // The file is sorted; sort anyway so a hand-edited file cannot break the search.
    if (!std::is_sorted(table.tacs.begin(), table.tacs.end())) {
        std::vector<std::size_t> order(table.tacs.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return table.tacs[a] < table.tacs[b]; });
        BuiltinTable sorted;
        for (const std::size_t i : order) {
            sorted.tacs.push_back(table.tacs[i]);
            sorted.infos.push_back(table.infos[i]);
        }
        return sorted;
    }
    return table;
}

// Immutable once built; a function-local static gives a thread-safe lazy load.
const BuiltinTable &builtin()
{
    static const BuiltinTable table = loadBuiltin();
    return table;
}

} // namespace

std::optional<quint32> TacDatabase::parseTac(QStringView tac)
{
    if (tac.size() < 8)
        return std::nullopt;
    quint32 value = 0;
    for (int i = 0; i < 8; ++i) {
        const char16_t u = tac[i].unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        value = value * 10 + (u - u'0');
    }
    return value;
}

std::optional<TacInfo> TacDatabase::lookup(QStringView tac) const
{
    const auto value = parseTac(tac);
    if (!value)
        return std::nullopt;
    return lookup(*value);
}

std::optional<TacInfo> TacDatabase::lookup(quint32 tac) const
{
    if (!m_learned.isEmpty()) {
        const auto it = m_learned.constFind(tac);
        if (it != m_learned.constEnd())
            return *it;
    }
    const BuiltinTable &table = builtin();
    const auto it = std::lower_bound(table.tacs.begin(), table.tacs.end(), tac);
    if (it == table.tacs.end() || *it != tac)
        return std::nullopt;
    return table.infos[static_cast<std::size_t>(it - table.tacs.begin())];
}

bool TacDatabase::addLearned(QStringView tac, const QString &brand, const QString &model)
{
    if (tac.size() != 8)
        return false;
    const auto value = parseTac(tac);
    if (!value)
        return false;
    m_learned.insert(*value, TacInfo {brand, model, true});
    return true;
}

qsizetype TacDatabase::builtinCount()
{
    return static_cast<qsizetype>(builtin().tacs.size());
}

void TacDatabase::preload()
{
    (void)builtin();
}

} // namespace rc
