#include "addresses.h"

#include <QHostAddress>
#include <QList>

#include <utility>

namespace rc::sync {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isPrivateAddress(const QString &host)
{
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    static const QList<std::pair<QHostAddress, int>> ranges {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    for (const auto &range : ranges) {
        if (address.isInSubnet(range))
            return true;
    }
    return false;
}

} // namespace rc::sync
