#pragma once

#include <QString>

namespace rc {

// The compiled translation of the application for a locale name ("zh_CN", "en"),
// as a resource path; empty when the language is not shipped.
QString translationFile(const QString &language);

} // namespace rc
