#include "documentsfolder.h"

#include <QDir>
#include <QStandardPaths>

namespace rc::ui {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

} // namespace rc::ui
