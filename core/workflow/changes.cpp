#include "changes.h"

namespace rc::workflow {

Changes::Changes(QObject *parent)
    : QObject(parent)
{
}

} // namespace rc::workflow
