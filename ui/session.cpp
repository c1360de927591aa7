#include "session.h"

namespace rc::ui {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Clerk:
        return Session::tr("Clerk");
    case Role::Technician:
        return Session::tr("Technician");
    case Role::Manager:
        return Session::tr("Manager");
    }
    return {};
}

Session::Session(QObject *parent)
    : QObject(parent)
{
}

QString Session::displayName() const
{
    if (!m_user)
        return {};
    return m_user->displayName.isEmpty() ? m_user->username : m_user->displayName;
}

bool Session::can(Permission permission) const
{
    return m_user && !m_locked && Permissions::roleAllows(m_user->role, permission);
}

void Session::logIn(const User &user)
{
    m_user = user;
    m_locked = false;
    emit changed();
}

void Session::logOut()
{
    m_user.reset();
    m_locked = false;
    emit changed();
}

void Session::lock()
{
    if (!m_user || m_locked)
        return;
    m_locked = true;
    emit changed();
}

} // namespace rc::ui
