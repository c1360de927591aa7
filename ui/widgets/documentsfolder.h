#pragma once

#include <QString>

namespace rc::ui {

// Where file dialogs start (Save as PDF, CSV import and export, the backup folder) and where
// the counter works: the user's documents folder, created when missing (a dialog given a
// folder that does not exist falls back to the working directory), else the home folder.
// Never the store's folder: a dialog listing it opens and closes the store's files to guess
// their types (see docs/architecture.md, "The store's locks").
QString documentsFolder();

} // namespace rc::ui
