// Issue 17: every path that makes a PDF gives back, through pdftotext, the characters typed.
// Save as PDF was right for Chinese; Print → Print to file (the print dialog's PDF printer)
// named 人 as its radical twin ⼈; and every PDF gave "ﬂicker" for "flicker" (one ligature
// glyph, one character). Compared as extracted, without Unicode normalisation: a search for
// the customer's words must find them as typed.
#include "paperchecks.h"
#include "print/paper.h"
#include "print/printactions.h"
#include "samplepaper.h"

#include <QApplication>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace rc::print;
using namespace rc::print::test;

Q_DECLARE_METATYPE(rc::print::PaperKind)
Q_DECLARE_METATYPE(rc::print::PaperLanguage)

namespace {

// What the customer and the clerk typed: Latin words with ligature pairs (fi, fl, ffi, ff),
// Chinese characters whose glyphs a CJK font shares with radicals or variants (人 ⼈, 页 ⻚,
// 户 戶), and an Arabic name.
const QString kLatin = QStringLiteral("flicker office fine affix");
const QString kChinese = QStringLiteral("人 页 户");
const QString kArabic = QStringLiteral("محمد عبد السلام");

PaperData typedPaper()
{
    PaperData data = samplePaper();
    data.customer.name = kArabic;
    data.fault = QStringLiteral("屏幕%1 — screen %2").arg(kChinese, kLatin);
    data.lines.front().description = QStringLiteral("Office flex cable 户外 人工 页面");
    return data;
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPathGivesTheTypedText_data();
    void everyPathGivesTheTypedText();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestPdfText::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPdfText::everyPathGivesTheTypedText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<PaperKind>("kind");
    QTest::addColumn<PaperLanguage>("language");
    for (const char *path : {"save-as-pdf", "print-dialog-to-file", "preview-print-to-file"}) {
        for (PaperKind kind : {PaperKind::Intake, PaperKind::Quote}) {
            for (PaperLanguage language : {PaperLanguage::Chinese, PaperLanguage::English}) {
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2 %3")
                        .arg(QLatin1String(path), kindName(kind), languageName(language))))
                    << QString::fromLatin1(path) << kind << language;
            }
        }
    }
}

void TestPdfText::everyPathGivesTheTypedText()
{
    QFETCH(QString, path);
    QFETCH(PaperKind, kind);
    QFETCH(PaperLanguage, language);
    QSettings settings(m_dir.filePath(QStringLiteral("print.ini")), QSettings::IniFormat);
    PrintActions actions(nullptr, PrintSettings(&settings));
    const QString pdf = m_dir.filePath(QStringLiteral("paper-%1.pdf").arg(++m_files));
    // "Print to file": the print dialog's PDF printer, writing to the file the user named.
    actions.setPrinterFactory([&pdf](const QString &) {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return printer;
    });
    auto paper = actions.paperFor(typedPaper(), kind, language);
    QVERIFY(paper.ok());

    if (path == QLatin1String("save-as-pdf")) {
        QVERIFY(actions.exportPdf(*paper, pdf).ok());
    } else if (path == QLatin1String("print-dialog-to-file")) {
        // The real print dialog, accepted as the user would with "Print to file" chosen.
        bool accepted = false;
        QTimer::singleShot(0, this, [&accepted] {
            if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
                accepted = true;
                dialog->accept();
            }
        });
        QVERIFY(actions.printWithDialog(*paper));
        QVERIFY(accepted);
    } else {
        // The preview's Print: after its print dialog, the preview prints to that printer.
        QPrintPreviewDialog *dialog = actions.createPreview(*paper);
        auto *widget = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        widget->updatePreview();
        QCOMPARE(widget->pageCount(), paper->pageCount());
        widget->print();
        delete dialog;
    }
    QVERIFY(QFileInfo::exists(pdf));
    // Names longer than the ones they replace (ﻻ → لا) moved the rest of the file: the
    // cross-reference table and the stream lengths moved with it.
    const QString problems = pdfStructureProblems(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString text = pdfRawText(pdf);
    QVERIFY(!text.isEmpty());
    const auto expect = [&text](const QString &typed) {
        QVERIFY2(containsAsTyped(text, typed),
                 qPrintable(QStringLiteral("\"%1\" not in the text layer: %2").arg(typed, text)));
    };
    if (kind == PaperKind::Quote) {
        expect(QStringLiteral("Office flex cable 户外 人工 页面"));
    } else {
        expect(kLatin);
        expect(kChinese);
    }
    // Arabic as letters, not as presentation forms, lam-alef included (سلام).
    QVERIFY2(containsAsTyped(text, kArabic), qPrintable(text));
    // Nothing the paper does not say: no ligature characters, no radicals, no presentation
    // forms.
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        QVERIFY2(!(c >= 0xfb00 && c <= 0xfb06) && !(c >= 0x2e80 && c <= 0x2fdf)
                     && !(c >= 0xfb50 && c <= 0xfdff) && !(c >= 0xfe70 && c <= 0xfeff),
                 qPrintable(QStringLiteral("U+%1 in %2")
                                .arg(static_cast<int>(c), 4, 16, QLatin1Char('0'))
                                .arg(text)));
    }
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
