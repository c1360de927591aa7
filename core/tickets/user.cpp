#include "user.h"

namespace rc {

QString roleId(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Technician:
        return QStringLiteral("technician");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    if (id == QLatin1String("clerk"))
        return Role::Clerk;
    if (id == QLatin1String("technician"))
        return Role::Technician;
    if (id == QLatin1String("manager"))
        return Role::Manager;
    return std::nullopt;
}

} // namespace rc
