// The Widgets-side printing helper: settings, printing to the chosen printer, preview, PDF
// export and the automatic intake receipt. Printers are PDF printers here (no CUPS queue
// is assumed), made through the helper's printer factory.
#include "paperchecks.h"
#include "print/printactions.h"
#include "samplepaper.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::print;
using namespace rc::print::test;

class TestPrintActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settingsDefaultsAndRoundTrip();
    void printsToTheConfiguredPrinter();
    void previewShowsEveryPage();
    void exportsPdf();
    void printsIntakeReceiptAutomaticallyWhenAsked();

private:
    std::unique_ptr<PrintActions> makeActions();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_askedPrinters;
    int m_printed = 0;
};

void TestPrintActions::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("print.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_askedPrinters.clear();
}

void TestPrintActions::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<PrintActions> TestPrintActions::makeActions()
{
    auto actions = std::make_unique<PrintActions>(nullptr, PrintSettings(m_settings.get()));
    actions->setPrinterFactory([this](const QString &name) {
        m_askedPrinters.append(name);
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(
            m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(++m_printed)));
        return printer;
    });
    return actions;
}

void TestPrintActions::settingsDefaultsAndRoundTrip()
{
    PrintSettings settings(m_settings.get());
    QCOMPARE(settings.format(PaperKind::Intake), PaperFormat::Thermal80);
    QCOMPARE(settings.format(PaperKind::Quote), PaperFormat::A4);
    QCOMPARE(settings.format(PaperKind::Pickup), PaperFormat::A4);
    QVERIFY(!settings.autoPrintIntake());
    QVERIFY(!settings.language().has_value());
    QVERIFY(settings.printerName(PaperKind::Label).isEmpty());

    settings.setFormat(PaperKind::Quote, PaperFormat::Thermal80);
    settings.setPrinterName(PaperKind::Label, QStringLiteral("Zebra GK420"));
    settings.setAutoPrintIntake(true);
    settings.setLanguage(PaperLanguage::English);
    m_settings->sync();

    QSettings reread(m_dir.filePath(QStringLiteral("print.ini")), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("print/quote/format")).toString(),
             QStringLiteral("thermal80"));
    QCOMPARE(reread.value(QStringLiteral("print/label/printer")).toString(),
             QStringLiteral("Zebra GK420"));
    QCOMPARE(reread.value(QStringLiteral("print/intake/auto")).toBool(), true);
    QCOMPARE(reread.value(QStringLiteral("print/language")).toString(), QStringLiteral("en"));
    PrintSettings again(&reread);
    QCOMPARE(again.format(PaperKind::Quote), PaperFormat::Thermal80);
    QCOMPARE(again.language(), std::optional<PaperLanguage>(PaperLanguage::English));
}

void TestPrintActions::printsToTheConfiguredPrinter()
{
    PrintSettings(m_settings.get()).setPrinterName(PaperKind::Pickup, QStringLiteral("Counter A4"));
    auto actions = makeActions();
    QSignalSpy printed(actions.get(), &PrintActions::printed);
    auto paper = actions->paperFor(test::samplePaper(), PaperKind::Pickup, PaperLanguage::Chinese);
    QVERIFY(paper.ok());
    QCOMPARE(paper->options().format, PaperFormat::A4);
    QVERIFY(actions->print(*paper).ok());
    QCOMPARE(m_askedPrinters, QStringList(QStringLiteral("Counter A4")));
    QCOMPARE(printed.size(), 1);
    const QString pdf = m_dir.filePath(QStringLiteral("printed-1.pdf"));
    QCOMPARE(pdfPageCount(pdf), paper->pageCount());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("DEMO01-261123-0042")));
    QVERIFY(text.contains(normalized(QStringLiteral("取机单 · 维修记录"))));
    // The printer took the paper's page and the barcode still reads.
    const QStringList pages = rasterise(pdf, 300);
    QVERIFY(!pages.isEmpty());
    QCOMPARE(QImage(pages.first()).width(), qRound(210 / 25.4 * 300));
    QVERIFY(decodeBarcodes(pages.first()).contains(QStringLiteral("CODE-128:DEMO01-261123-0042")));
}

void TestPrintActions::previewShowsEveryPage()
{
    auto actions = makeActions();
    auto paper
        = actions->paperFor(test::sampleWithLines(40), PaperKind::Quote, PaperLanguage::English);
    QVERIFY(paper.ok());
    QVERIFY(paper->pageCount() >= 2);
    QPrintPreviewDialog *dialog = actions->createPreview(*paper);
    auto *widget = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    widget->updatePreview();
    QCOMPARE(widget->pageCount(), paper->pageCount());
    delete dialog;
}

void TestPrintActions::exportsPdf()
{
    auto actions = makeActions();
    auto paper = actions->paperFor(test::samplePaper(), PaperKind::Label, PaperLanguage::English);
    QVERIFY(paper.ok());
    const QString pdf = m_dir.filePath(QStringLiteral("label.pdf"));
    QVERIFY(actions->exportPdf(*paper, pdf).ok());
    QVERIFY(pdfText(pdf).contains(QStringLiteral("138****5678")));
    QVERIFY(!actions->exportPdf(*paper, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))).ok());
}

void TestPrintActions::printsIntakeReceiptAutomaticallyWhenAsked()
{
    auto actions = makeActions();
    auto off = actions->autoPrintIntake(test::samplePaper(), PaperLanguage::Chinese);
    QVERIFY(off.ok());
    QVERIFY(!*off);
    QVERIFY(m_askedPrinters.isEmpty());

    actions->settings().setAutoPrintIntake(true);
    actions->settings().setPrinterName(PaperKind::Intake, QStringLiteral("Roll"));
    auto on = actions->autoPrintIntake(test::samplePaper(), PaperLanguage::English);
    QVERIFY(on.ok());
    QVERIFY(*on);
    QCOMPARE(m_askedPrinters, QStringList(QStringLiteral("Roll")));
    const QString text = pdfText(m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(m_printed)));
    QVERIFY(text.contains(normalized(QStringLiteral("Repair intake receipt"))));
    QVERIFY(text.contains(QStringLiteral("138****5678")));
}

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
