#include "printactions.h"

#include "widgets/documentsfolder.h"

#include <QFileDialog>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace rc::print {

PrintActions::PrintActions(QWidget *window, PrintSettings settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(std::move(settings))
{
}

Result<Paper> PrintActions::paperFor(const PaperData &data, PaperKind kind,
                                     PaperLanguage fallbackLanguage, PaperCopy copy) const
{
    return Paper::build(data, {kind, m_settings.format(kind),
                               m_settings.language().value_or(fallbackLanguage), copy});
}

QStringList PrintActions::availablePrinters()
{
    return QPrinterInfo::availablePrinterNames();
}

std::unique_ptr<QPrinter> PrintActions::printerFor(const Paper &paper) const
{
    const QString name = m_settings.printerName(paper.options().kind);
    std::unique_ptr<QPrinter> printer;
    if (m_factory) {
        printer = m_factory(name);
    } else {
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        if (!name.isEmpty() && availablePrinters().contains(name))
            printer->setPrinterName(name);
    }
    if (!printer)
        return printer;
    printer->setFullPage(true);
    printer->setDocName(paper.title());
    printer->setPageLayout(QPageLayout(paper.pageSize(), QPageLayout::Portrait,
                                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    return printer;
}

namespace {

// A printer that writes a PDF file ("Print to file" in the print dialog, or no printer
// installed), not one drawing a preview of the pages.
bool printsToPdfFile(QPrinter &printer)
{
    const QPaintEngine *engine = printer.paintEngine();
    return printer.outputFormat() == QPrinter::PdfFormat
           && (!engine || engine->type() != QPaintEngine::Picture);
}

} // namespace

Status PrintActions::print(const Paper &paper, QPrinter &printer)
{
    printer.setFullPage(true);
    printer.setDocName(paper.title());
    Status status;
    if (printsToPdfFile(printer)) {
        // The same PDF as Save as PDF, whose text layer says what the paper says; the print
        // engine's own names some Chinese characters by their radical twins (⼈ for 人).
        status = printer.outputFileName().isEmpty()
                     ? Status(Error {QStringLiteral("PRINT_NO_FILE"),
                                     tr("No printer is installed and no file was chosen. Use "
                                        "Save as PDF.")})
                     : paper.writePdf(printer.outputFileName());
    } else {
        status = paper.print(printer);
    }
    if (status)
        emit printed(paper.title(), printer.printerName());
    else
        emit failed(status.error().message);
    return status;
}

Status PrintActions::print(const Paper &paper)
{
    if (m_settings.isPdfOnly(paper.options().kind)) {
        if (!exportPdfWithDialog(paper))
            return Error {QStringLiteral("PRINT_CANCELLED"), tr("The PDF was not saved.")};
        return {};
    }
    auto printer = printerFor(paper);
    if (!printer || !printer->isValid())
        return Error {QStringLiteral("PRINT_NO_PRINTER"), tr("No printer is available.")};
    return print(paper, *printer);
}

bool PrintActions::printWithDialog(const Paper &paper)
{
    if (m_settings.isPdfOnly(paper.options().kind))
        return exportPdfWithDialog(paper);
    auto printer = printerFor(paper);
    if (!printer)
        return false;
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print %1").arg(paper.title()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return print(paper, *printer).ok();
}

QPrintPreviewDialog *PrintActions::createPreview(const Paper &paper)
{
    auto printer = printerFor(paper);
    QPrinter *raw = printer.release();
    auto *dialog = new QPrintPreviewDialog(raw, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview: %1").arg(paper.title()));
    // The dialog does not own its printer.
    connect(dialog, &QObject::destroyed, dialog, [raw] { delete raw; });
    // A failure is reported through failed().
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, paper](QPrinter *target) { static_cast<void>(print(paper, *target)); });
    return dialog;
}

int PrintActions::preview(const Paper &paper)
{
    return createPreview(paper)->exec();
}

Status PrintActions::exportPdf(const Paper &paper, const QString &path)
{
    const Status status = paper.writePdf(path);
    if (!status)
        emit failed(status.error().message);
    return status;
}

bool PrintActions::exportPdfWithDialog(const Paper &paper)
{
    const QString folder = ui::documentsFolder();
    QString name = paper.title();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export PDF"), folder + QLatin1Char('/') + name + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    return exportPdf(paper, path).ok();
}

Result<bool> PrintActions::autoPrintIntake(const PaperData &data, PaperLanguage fallbackLanguage)
{
    if (!m_settings.autoPrintIntake() || m_settings.isPdfOnly(PaperKind::Intake))
        return false;
    auto paper = paperFor(data, PaperKind::Intake, fallbackLanguage, PaperCopy::Customer);
    if (!paper)
        return paper.error();
    if (auto status = print(*paper); !status)
        return status.error();
    return true;
}

} // namespace rc::print
