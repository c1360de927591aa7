#include "router.h"

#include <QUrl>

namespace rc::hq {

void Router::add(Route route)
{
    const QList<QByteArray> segments = route.pattern.split('/');
    m_segments.emplace_back(segments.cbegin(), segments.cend());
    m_routes.push_back(std::move(route));
}

Router::Match Router::match(http::Method method, const QByteArray &path) const
{
    Match found;
    const QList<QByteArray> segments = path.split('/');
    for (size_t i = 0; i < m_routes.size(); ++i) {
        const std::vector<QByteArray> &pattern = m_segments[i];
        if (pattern.size() != static_cast<size_t>(segments.size()))
            continue;
        PathParams params;
        bool same = true;
        for (size_t s = 0; s < pattern.size() && same; ++s) {
            const QByteArray &want = pattern[s];
            const QByteArray &got = segments.at(static_cast<qsizetype>(s));
            if (want.startsWith('{') && want.endsWith('}')) {
                if (got.isEmpty())
                    same = false;
                else
                    params.insert(want.mid(1, want.size() - 2), QUrl::fromPercentEncoding(got));
            } else {
                same = want == got;
            }
        }
        if (!same)
            continue;
        found.pathExists = true;
        if (m_routes[i].method == method) {
            found.route = &m_routes[i];
            found.params = std::move(params);
            return found;
        }
    }
    return found;
}

} // namespace rc::hq
