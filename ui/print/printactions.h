#pragma once

#include "common/result.h"
#include "print/paper.h"
#include "print/printsettings.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace rc::print {

// What a screen calls to put a paper on paper: preview, print to any installed printer,
// export a PDF. The screens own the buttons; this owns the printers. Lives in rc_ui (Qt
// PrintSupport); the papers themselves come from rc_print.
class PrintActions : public QObject
{
    Q_OBJECT

public:
    explicit PrintActions(QWidget *window, PrintSettings settings = PrintSettings(),
                          QObject *parent = nullptr);

    PrintSettings &settings() { return m_settings; }

    // The paper as this workstation prints it: the format from the settings, the language
    // from the settings or else the one given (usually the interface's).
    Result<Paper> paperFor(const PaperData &data, PaperKind kind, PaperLanguage fallbackLanguage,
                           PaperCopy copy = PaperCopy::Customer) const;

    // A printer set up for the paper: the printer named in the settings for this kind (the
    // system default when none is named or it is gone), full page, the paper's page size.
    std::unique_ptr<QPrinter> printerFor(const Paper &paper) const;
    // Prints without asking, to printerFor(paper); at a station set to "PDF only" asks where
    // to save the PDF instead (PRINT_CANCELLED when the user cancelled).
    Status print(const Paper &paper);
    // Prints to this printer (already chosen), setting its page to the paper's.
    Status print(const Paper &paper, QPrinter &printer);
    // Asks with the system print dialog, then prints. False when the user cancelled.
    bool printWithDialog(const Paper &paper);
    // A preview window (not yet shown) whose Print button prints the paper; the caller
    // exec()s or open()s it.
    QPrintPreviewDialog *createPreview(const Paper &paper);
    int preview(const Paper &paper); // createPreview + exec
    Status exportPdf(const Paper &paper, const QString &path);
    // Asks where to save, then exports. False when the user cancelled or it failed.
    bool exportPdfWithDialog(const Paper &paper);

    // After a ticket is saved: prints its intake receipt when the settings say so (never at a
    // "PDF only" station). Returns true if it printed; an error when it should have and could
    // not.
    Result<bool> autoPrintIntake(const PaperData &data, PaperLanguage fallbackLanguage);

    static QStringList availablePrinters();

    // Test seam: how a printer is made from a name (default: QPrinter on that printer).
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>(const QString &printerName)>;
    void setPrinterFactory(PrinterFactory factory) { m_factory = std::move(factory); }

signals:
    void printed(const QString &title, const QString &printerName);
    void failed(const QString &message);

private:
    QPointer<QWidget> m_window;
    PrintSettings m_settings;
    PrinterFactory m_factory;
};

} // namespace rc::print
