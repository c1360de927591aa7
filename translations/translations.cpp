#include "translations.h"

#include <QFile>

namespace rc {

QString translationFile(const QString &language)
{
    const QString path = QStringLiteral(":/i18n/repair-counter_%1.qm").arg(language);
    return QFile::exists(path) ? path : QString();
}

} // namespace rc
