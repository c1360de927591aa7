#pragma once

#include "paperdata.h"

#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace rc::print {

// Where and how this workstation prints each paper. Kept in QSettings, not in the store's
// settings table: printers belong to the machine at this counter, and a printer name means
// nothing at head office or on the next station.
//   print/<kind>/printer   printer name; empty: the system's default printer; pdfOnly():
//                          no printer at this station, the paper is saved as a PDF
//   print/<kind>/format    thermal80 | a4 (the label always uses its 50 × 30 mm stock)
//   print/intake/auto      true: print the intake receipt as soon as the ticket is saved
//   print/language         zh_CN | en | empty (follow the interface)
class PrintSettings
{
public:
    // settings: nullptr means the application's QSettings().
    explicit PrintSettings(QSettings *settings = nullptr);

    QString printerName(PaperKind kind) const;
    // The printer name that means "no printer: save a PDF" (not a name CUPS allows).
    static QString pdfOnly();
    bool isPdfOnly(PaperKind kind) const { return printerName(kind) == pdfOnly(); }
    void setPrinterName(PaperKind kind, const QString &name);
    PaperFormat format(PaperKind kind) const; // default: thermal80 for intake, A4 otherwise
    void setFormat(PaperKind kind, PaperFormat format);
    bool autoPrintIntake() const; // default: false
    void setAutoPrintIntake(bool on);
    std::optional<PaperLanguage> language() const;
    void setLanguage(std::optional<PaperLanguage> language);

    static QString printerKey(PaperKind kind);
    static QString formatKey(PaperKind kind);
    static QString autoPrintIntakeKey();
    static QString languageKey();

private:
    std::shared_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace rc::print
