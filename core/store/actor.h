#pragma once

#include <QString>

namespace rc {

// Who does something: the signed-in user (id may be empty for the command line or the
// system) and the name the timeline shows.
struct Actor
{
    QString userId;
    QString name;
};

} // namespace rc
