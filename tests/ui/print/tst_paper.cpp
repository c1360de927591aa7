// Renders every paper to PDF and reads it back the way a person or a scanner would: the text
// with pdftotext, the barcode with zbarimg from a 300 dpi raster, the margins from that raster.
// Set RC_PAPER_SAMPLES=DIR to keep every PDF rendered here in DIR (docs/papers comes from it).
#include "paperchecks.h"
#include "print/barcode.h"
#include "print/paper.h"
#include "print/paperlayout.h"
#include "print/papertext.h"
#include "samplepaper.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::print;

Q_DECLARE_METATYPE(rc::print::PaperKind)
Q_DECLARE_METATYPE(rc::print::PaperFormat)
Q_DECLARE_METATYPE(rc::print::PaperLanguage)

using namespace rc::print::test;

class TestPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renderPaper_data();
    void renderPaper();
    void fortyQuoteLinesPaginateOnA4();
    void fortyQuoteLinesExtendTheRoll();
    void markupPrintsLiterally_data();
    void markupPrintsLiterally();
    void longTextWrapsInsideThePaper();
    void phoneMaskedExceptOnShopCopy();
    void reprintSaysSoWithTheTime();
    void barcodeIsCrispAtPrinterResolution();
    void maskPhone_data();
    void maskPhone();
    void cjkFontFound();
    void chineseTextLayerSaysTheSource_data();
    void chineseTextLayerSaysTheSource();
    void quoteTableHeadsRepeatOnEveryA4Page();
    void diagnosisFeeLines_data();
    void diagnosisFeeLines();

private:
    // Writes the paper's PDF, returns its path.
    QString pdfOf(const Paper &paper, const QString &name);
    static QString textOf(const QString &pdf, int page = 0) { return pdfText(pdf, page); }

    QTemporaryDir m_dir;
    QString m_samples;
};

void TestPaper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdftoppm", "pdfinfo", "zbarimg"})
        QVERIFY2(
            !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            qPrintable(
                QStringLiteral("%1 missing: run scripts/deps.sh").arg(QString::fromLatin1(tool))));
    m_samples = qEnvironmentVariable("RC_PAPER_SAMPLES");
    if (!m_samples.isEmpty())
        QDir().mkpath(m_samples);
}

QString TestPaper::pdfOf(const Paper &paper, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    const auto status = paper.writePdf(path);
    if (!status)
        qWarning() << status.error().message;
    if (status && !m_samples.isEmpty())
        QFile::copy(path, QDir(m_samples).filePath(name + QStringLiteral(".pdf")));
    return status ? path : QString();
}

void TestPaper::renderPaper_data()
{
    QTest::addColumn<PaperKind>("kind");
    QTest::addColumn<PaperFormat>("format");
    QTest::addColumn<PaperLanguage>("language");
    for (PaperKind kind :
         {PaperKind::Intake, PaperKind::Quote, PaperKind::Pickup, PaperKind::Label}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            for (PaperLanguage language : {PaperLanguage::Chinese, PaperLanguage::English}) {
                const QString name
                    = QStringLiteral("%1-%2-%3")
                          .arg(kindName(kind), formatName(format), languageName(language));
                QTest::newRow(qPrintable(name)) << kind << format << language;
            }
        }
    }
}

void TestPaper::renderPaper()
{
    QFETCH(PaperKind, kind);
    QFETCH(PaperFormat, format);
    QFETCH(PaperLanguage, language);
    const PaperData data = test::samplePaper();
    auto paper = Paper::build(data, {kind, format, language, PaperCopy::Customer});
    QVERIFY2(paper.ok(), paper.ok() ? "" : qPrintable(paper.error().message));
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QString pdf = pdfOf(*paper, name);
    QVERIFY(!pdf.isEmpty());

    // The page is what the format promises.
    const QSizeF size = paper->pageSize().size(QPageSize::Millimeter);
    if (kind == PaperKind::Label) {
        QCOMPARE(size, QSizeF(50, 30));
    } else if (format == PaperFormat::A4) {
        QCOMPARE(size, QSizeF(210, 297));
    } else {
        QCOMPARE(size.width(), 80.0);
        QVERIFY(size.height() > 100);
    }

    const QString text = textOf(pdf);
    const auto expect = [&](const QString &needle) {
        QVERIFY2(text.contains(normalized(needle)),
                 qPrintable(
                     QStringLiteral("\"%1\" not in the PDF text: %2").arg(needle, text.left(600))));
    };
    if (kind == PaperKind::Label) {
        expect(data.ticketNumber);
        expect(QStringLiteral("0042"));
        expect(QStringLiteral("Mate 60 Pro"));
        expect(QStringLiteral("138****5678"));
    } else {
        expect(data.center.name);
        expect(data.ticketNumber);
        expect(data.customer.name);
        expect(QStringLiteral("138****5678"));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        expect(term(Term::CustomerCopy, language));
        expect(data.warranty.sentence.in(language));
        expect(QStringLiteral("CN-14"));
    }
    switch (kind) {
    case PaperKind::Intake:
        expect(term(Term::IntakeTitle, language));
        expect(QStringLiteral("860123450000012"));
        expect(QStringLiteral("860123450000020"));
        expect(data.fault);
        expect(data.faultCode.in(language));
        expect(data.condition.in(language));
        // Each word in the paper's language only (issue 17: "SIM 卡托 SIM tray").
        for (const Bilingual &accessory : data.accessories) {
            expect(accessory.in(language));
            const PaperLanguage other = language == PaperLanguage::Chinese ? PaperLanguage::English
                                                                           : PaperLanguage::Chinese;
            QVERIFY2(!text.contains(normalized(accessory.in(other))),
                     qPrintable(accessory.in(other)));
        }
        expect(term(Term::BackupConsentGiven, language));
        expect(term(Term::TermsUncollected, language).arg(90));
        expect(term(Term::CustomerSignature, language));
        break;
    case PaperKind::Quote:
        expect(term(Term::QuoteTitle, language));
        // Table cells wrap beside each other, so their lines interleave in the text layer.
        for (const QString &word :
             QStringLiteral("屏幕总成 Display assembly 拆装及测试 Disassembly and test")
                 .split(QLatin1Char(' ')))
            expect(word);
        expect(term(Term::CustomerPays, language));
        expect(QStringLiteral("¥1,437.00")); // the quote total
        expect(QStringLiteral("¥138.00")); // what the customer pays
        expect(QStringLiteral("¥88.00")); // balance after the advance payment
        // 订金, an advance credited to the bill, never 定金 (forfeited or doubled): issue 17.
        expect(term(Term::DepositPaid, language));
        QVERIFY(!text.contains(QStringLiteral("定金")));
        QVERIFY(!text.contains(QStringLiteral("eposit")));
        expect(term(Term::ApprovalText, language));
        break;
    case PaperKind::Pickup:
        expect(term(Term::PickupTitle, language));
        for (Term label :
             {Term::DroppedOff, Term::Fault, Term::CauseFound, Term::WorkDone, Term::PartsReplaced,
              Term::ReturnDate, Term::Technician, Term::RepairWarrantyUntil})
            expect(term(label, language));
        expect(QStringLiteral("2026-11-23"));
        expect(data.repair.causeFound);
        expect(data.repair.workDone);
        expect(QStringLiteral("2026-11-25"));
        expect(data.repair.technician);
        expect(QStringLiteral("2027-02-23"));
        expect(paymentMethodName(QStringLiteral("wechat"), language));
        break;
    case PaperKind::Loan: // the loaner papers: tst_loanpaper
    case PaperKind::LoanReturn:
    case PaperKind::Label:
        break;
    case PaperKind::Exchange:
    case PaperKind::Refund:
        break; // from a stored remedy: tst_remedypapers
    }

    const int dpi = 300;
    const QStringList pages = rasterise(pdf, dpi);
    QCOMPARE(pages.size(), paper->pageCount());
    const QString outside = inkOutside(paper->printableRectMm(), pages, dpi);
    QVERIFY2(outside.isEmpty(), qPrintable(outside));
    const QString decoded = decodeBarcodes(pages.first());
    QVERIFY2(decoded.contains(QStringLiteral("CODE-128:") + data.ticketNumber),
             qPrintable(QStringLiteral("zbarimg read: \"%1\"").arg(decoded)));
    if (kind == PaperKind::Intake || format == PaperFormat::A4) {
        if (kind != PaperKind::Label)
            QVERIFY2(decoded.contains(QStringLiteral("QR-Code:") + data.ticketNumber),
                     qPrintable(decoded));
    }
}

void TestPaper::fortyQuoteLinesPaginateOnA4()
{
    const PaperData data = test::sampleWithLines(40);
    auto paper = Paper::build(
        data, {PaperKind::Quote, PaperFormat::A4, PaperLanguage::English, PaperCopy::Customer});
    QVERIFY(paper.ok());
    QVERIFY2(paper->pageCount() >= 2, qPrintable(QString::number(paper->pageCount())));
    const QString pdf = pdfOf(*paper, QStringLiteral("quote40-a4"));
    QCOMPARE(pdfPageCount(pdf), paper->pageCount());
    QString all;
    for (int page = 1; page <= paper->pageCount(); ++page) {
        const QString text = textOf(pdf, page);
        // The header on every page, and the page number at its foot.
        QVERIFY2(text.contains(data.ticketNumber), qPrintable(QStringLiteral("page %1").arg(page)));
        QVERIFY(text.contains(normalized(data.center.name)));
        QVERIFY2(text.contains(
                     normalized(QStringLiteral("Page %1 of %2").arg(page).arg(paper->pageCount()))),
                 qPrintable(text.right(200)));
        all += text;
    }
    for (int i = 1; i <= 40; ++i)
        QVERIFY2(all.contains(normalized(
                     QStringLiteral("Line %1 配件 part").arg(i, 2, 10, QLatin1Char('0')))),
                 qPrintable(QString::number(i)));
    QVERIFY(all.contains(normalized(formatMoney(data.customerTotal(), data.currency))));
    const QStringList pages = rasterise(pdf, 100);
    QCOMPARE(pages.size(), paper->pageCount());
    const QString outside = inkOutside(paper->printableRectMm(), pages, 100);
    QVERIFY2(outside.isEmpty(), qPrintable(outside));
}

void TestPaper::fortyQuoteLinesExtendTheRoll()
{
    const PaperOptions options {PaperKind::Quote, PaperFormat::Thermal80, PaperLanguage::Chinese,
                                PaperCopy::Customer};
    auto short_ = Paper::build(test::sampleWithLines(2), options);
    auto long_ = Paper::build(test::sampleWithLines(40), options);
    QVERIFY(short_.ok() && long_.ok());
    QCOMPARE(long_->pageCount(), 1);
    const qreal shortHeight = short_->pageSize().size(QPageSize::Millimeter).height();
    const qreal longHeight = long_->pageSize().size(QPageSize::Millimeter).height();
    // 38 more lines, each at least one 2.9 mm text line high.
    QVERIFY2(longHeight - shortHeight > 38 * 2.9,
             qPrintable(QStringLiteral("%1 → %2 mm").arg(shortHeight).arg(longHeight)));
    const QString pdf = pdfOf(*long_, QStringLiteral("quote40-thermal"));
    const QString text = textOf(pdf);
    for (int i = 1; i <= 40; ++i)
        QVERIFY(text.contains(
            normalized(QStringLiteral("Line %1 配件 part").arg(i, 2, 10, QLatin1Char('0')))));
    const QString outside = inkOutside(long_->printableRectMm(), rasterise(pdf, 100), 100);
    QVERIFY2(outside.isEmpty(), qPrintable(outside));
}

void TestPaper::markupPrintsLiterally_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fault");
    QTest::newRow("html") << QStringLiteral("<b>Bold</b> & <i>Co</i>")
                          << QStringLiteral("&amp; &lt;script&gt;alert(1)&lt;/script&gt; <br/>");
    QTest::newRow("arabic") << QStringLiteral("محمد علي") << QStringLiteral("الشاشة مكسورة");
    QTest::newRow("emoji") << QStringLiteral("Zoë 😀 Li") << QStringLiteral("屏幕碎了 😭 &nbsp;");
}

void TestPaper::markupPrintsLiterally()
{
    QFETCH(QString, name);
    QFETCH(QString, fault);
    PaperData data = test::samplePaper();
    data.customer.name = name;
    data.fault = fault;
    for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
        auto paper = Paper::build(
            data, {PaperKind::Intake, format, PaperLanguage::English, PaperCopy::Customer});
        QVERIFY(paper.ok());
        QVERIFY(paper->texts().join(QLatin1Char('\n')).contains(name));
        QVERIFY(paper->texts().join(QLatin1Char('\n')).contains(fault));
        const QString text = textOf(pdfOf(
            *paper, QStringLiteral("markup-%1-%2")
                        .arg(QString::fromLatin1(QTest::currentDataTag()), formatName(format))));
        // Emoji have no Unicode map in Qt's PDF font subsets: compare what is around them.
        for (const QString &piece : QStringList {name, fault}) {
            for (const QString &part :
                 piece.split(QRegularExpression(QStringLiteral("[\\x{1F300}-\\x{1FAFF}]")),
                             Qt::SkipEmptyParts)) {
                QVERIFY2(containsEitherWay(text, part.trimmed()),
                         qPrintable(QStringLiteral("\"%1\" not printed literally in: %2")
                                        .arg(part, text.left(800))));
            }
        }
    }
}

void TestPaper::longTextWrapsInsideThePaper()
{
    PaperData data = test::samplePaper();
    data.customer.name
        = QString(120, QLatin1Char('W')) + QStringLiteral(" 欧阳") + QString(60, QChar(0x5a1c));
    data.customer.address = QStringLiteral("Room 1234, ").repeated(30);
    data.fault = QStringLiteral("屏幕不亮").repeated(200) + QString(300, QLatin1Char('x'));
    data.device.model = QStringLiteral("Model").repeated(40);
    for (PaperKind kind : {PaperKind::Intake, PaperKind::Pickup, PaperKind::Label}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            auto paper
                = Paper::build(data, {kind, format, PaperLanguage::Chinese, PaperCopy::Shop});
            QVERIFY(paper.ok());
            const QString pdf = pdfOf(
                *paper, QStringLiteral("long-%1-%2").arg(kindName(kind), formatName(format)));
            const QString outside = inkOutside(paper->printableRectMm(), rasterise(pdf, 100), 100);
            QVERIFY2(outside.isEmpty(), qPrintable(outside));
            if (kind != PaperKind::Label)
                QVERIFY(textOf(pdf).contains(QString(120, QLatin1Char('W'))));
        }
    }
}

void TestPaper::phoneMaskedExceptOnShopCopy()
{
    const PaperData data = test::samplePaper();
    for (PaperKind kind : {PaperKind::Intake, PaperKind::Quote, PaperKind::Pickup}) {
        auto shop
            = Paper::build(data, {kind, PaperFormat::A4, PaperLanguage::Chinese, PaperCopy::Shop});
        QVERIFY(shop.ok());
        const QString text = textOf(pdfOf(*shop, QStringLiteral("shop-%1").arg(kindName(kind))));
        QVERIFY(text.contains(QStringLiteral("13812345678")));
        QVERIFY(text.contains(normalized(term(Term::ShopCopy, PaperLanguage::Chinese))));
    }
    // The label stays with the phone: masked whichever copy is asked for.
    auto label = Paper::build(
        data, {PaperKind::Label, PaperFormat::Thermal80, PaperLanguage::Chinese, PaperCopy::Shop});
    QVERIFY(label.ok());
    const QString text = textOf(pdfOf(*label, QStringLiteral("shop-label")));
    QVERIFY(text.contains(QStringLiteral("138****5678")));
    QVERIFY(!text.contains(QStringLiteral("13812345678")));
}

void TestPaper::reprintSaysSoWithTheTime()
{
    PaperData data = test::samplePaper();
    data.reprint = true;
    data.printedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    const QString when = formatDateTime(data.printedAt);
    for (PaperLanguage language : {PaperLanguage::Chinese, PaperLanguage::English}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            auto paper
                = Paper::build(data, {PaperKind::Pickup, format, language, PaperCopy::Customer});
            QVERIFY(paper.ok());
            const QString text = textOf(pdfOf(*paper, QStringLiteral("reprint")));
            QVERIFY2(text.contains(
                         normalized(term(Term::Reprint, language) + QStringLiteral(" · ") + when)),
                     qPrintable(text.left(400)));
        }
    }
    auto plain = Paper::build(test::samplePaper(), {PaperKind::Pickup, PaperFormat::A4,
                                                    PaperLanguage::English, PaperCopy::Customer});
    QVERIFY(plain.ok());
    QVERIFY(
        !textOf(pdfOf(*plain, QStringLiteral("first-print"))).contains(QStringLiteral("REPRINT")));
}

void TestPaper::barcodeIsCrispAtPrinterResolution()
{
    auto code = Barcode::encode(Barcode::Type::Code128, QStringLiteral("DEMO01-261123-0042"));
    QVERIFY(code.ok());
    // A 203 dpi thermal head and a 600 dpi laser: every module a whole number of dots, so
    // the raster holds only black and white, and every bar is a whole number of modules.
    for (int dpi : {203, 300, 600}) {
        const int width = qRound(50 / 25.4 * dpi);
        QImage image(width, qRound(12 / 25.4 * dpi), QImage::Format_Grayscale8);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(dpi / 254.0, dpi / 254.0); // layout units of 0.1 mm, as papers use
        const QRectF dark = code->paint(painter, QRectF(13.7, 0, 480, 120));
        painter.end();
        QVERIFY(!dark.isEmpty());
        int gray = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int value = image.pixelColor(x, y).value();
                if (value != 0 && value != 255)
                    ++gray;
            }
        }
        QVERIFY2(gray == 0,
                 qPrintable(QStringLiteral("%1 grey pixels at %2 dpi").arg(gray).arg(dpi)));
        const QString path = m_dir.filePath(QStringLiteral("code-%1.png").arg(dpi));
        QVERIFY(image.save(path));
        QVERIFY2(decodeBarcodes(path).contains(QStringLiteral("CODE-128:DEMO01-261123-0042")),
                 qPrintable(QString::number(dpi)));
    }
}

void TestPaper::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("spaced") << QStringLiteral("138 1234 5678") << QStringLiteral("138****5678");
    QTest::newRow("+86") << QStringLiteral("+86 138-1234-5678") << QStringLiteral("138****5678");
    QTest::newRow("landline") << QStringLiteral("021-55550188") << QStringLiteral("021****0188");
    QTest::newRow("local") << QStringLiteral("5555 0188") << QStringLiteral("55**0188");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("***45");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("letters") << QStringLiteral("unknown") << QStringLiteral("****");
}

void TestPaper::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(rc::print::maskPhone(phone), masked);
}

void TestPaper::cjkFontFound()
{
    // fonts-noto-cjk is a dependency: papers must not fall back to boxes for Chinese.
    QVERIFY2(paperFontFamilies().contains(QStringLiteral("Noto Sans CJK SC")),
             qPrintable(paperFontFamilies().join(QStringLiteral(", "))));
    const QFontMetricsF metrics(paperFont(3));
    QVERIFY(metrics.inFont(QChar(0x53d7))); // 受
}

// Characters whose glyph Noto Sans CJK SC shares with a Kangxi radical, a radical-supplement
// form or a traditional twin that comes first in the code chart, and the words of the brief.
static const char16_t *const kTwinProne[]
    = {u"维修", u"单", u"换", u"说", u"全", u"免费", u"凭证", u"人", u"工", u"心", u"户",
       u"方",   u"示", u"自", u"色", u"行", u"音",   u"黑",   u"日", u"无", u"页", u"角",
       u"金",   u"山", u"目", u"至", u"支", u"门",   u"长",   u"见", u"车", u"马", u"鱼",
       u"风",   u"龙", u"一", u"入", u"大", u"小",   u"水",   u"火", u"手", u"言", u"走",
       u"里",   u"高", u"用", u"生", u"田", u"白",   u"石",   u"立"};

void TestPaper::chineseTextLayerSaysTheSource_data()
{
    QTest::addColumn<PaperKind>("kind");
    QTest::addColumn<PaperFormat>("format");
    for (PaperKind kind : {PaperKind::Intake, PaperKind::Quote, PaperKind::Pickup}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4})
            QTest::addRow("%s-%s", qPrintable(kindName(kind)), qPrintable(formatName(format)))
                << kind << format;
    }
}

void TestPaper::chineseTextLayerSaysTheSource()
{
    QFETCH(PaperKind, kind);
    QFETCH(PaperFormat, format);
    PaperData data = test::samplePaper();
    QStringList words;
    for (const char16_t *word : kTwinProne)
        words.append(QString::fromUtf16(word));
    // In the customer's name (every paper prints it) and fault (intake and pickup).
    data.fault = words.join(QLatin1Char(' '));
    data.customer.name = QStringLiteral("黑山 马立白 ") + data.fault;
    auto paper = Paper::build(data, {kind, format, PaperLanguage::Chinese, PaperCopy::Customer});
    QVERIFY(paper.ok());
    const QString pdf
        = pdfOf(*paper, QStringLiteral("textlayer-%1-%2").arg(kindName(kind), formatName(format)));
    // The text as pdftotext gives it, not NFKC-normalised: a radical ⼈ must not pass for 人.
    const Run extracted
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                            QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QCOMPARE(extracted.exitCode, 0);
    QString text = QString::fromUtf8(extracted.out);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" in ") + text));
    QVERIFY(text.contains(QStringLiteral("黑山马立白")));
    for (const QChar ch : std::as_const(text)) {
        const char16_t code = ch.unicode();
        const bool twin = (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)
                          || code == 0x6236;
        QVERIFY2(!twin, qPrintable(QStringLiteral("U+%1 in the text layer")
                                       .arg(static_cast<int>(code), 4, 16, QLatin1Char('0'))));
    }
    // Every term of the paper in the text layer as written, labels and footer included.
    for (Term term : {Term::Phone, Term::Colour, Term::Fault, Term::PageOf, Term::Date}) {
        QString source = rc::print::term(term, PaperLanguage::Chinese);
        if (term == Term::PageOf)
            source = source.arg(1).arg(paper->pageCount());
        source.remove(QRegularExpression(QStringLiteral("\\s+")));
        const bool printed = (kind == PaperKind::Intake || term != Term::Colour)
                             && (format == PaperFormat::A4 || term != Term::PageOf)
                             && (kind != PaperKind::Intake || term != Term::Date)
                             && (kind != PaperKind::Quote || term != Term::Fault);
        if (printed)
            QVERIFY2(text.contains(source), qPrintable(source));
    }
}

void TestPaper::quoteTableHeadsRepeatOnEveryA4Page()
{
    for (PaperLanguage language : {PaperLanguage::English, PaperLanguage::Chinese}) {
        const PaperData data = test::sampleWithLines(40);
        auto paper = Paper::build(
            data, {PaperKind::Quote, PaperFormat::A4, language, PaperCopy::Customer});
        QVERIFY(paper.ok());
        QVERIFY(paper->pageCount() >= 2);
        const QString pdf
            = pdfOf(*paper, QStringLiteral("quote40-heads-%1").arg(languageName(language)));
        QCOMPARE(pdfPageCount(pdf), paper->pageCount());
        const auto t = [language](Term which) {
            return normalized(term(which, language));
        };
        const QString heads
            = t(Term::Item) + t(Term::Quantity) + t(Term::UnitPrice) + t(Term::Amount);
        for (int page = 1; page <= paper->pageCount(); ++page) {
            const QString text = textOf(pdf, page);
            // The page header, then the column heads above the first line of the page.
            QVERIFY2(text.contains(data.ticketNumber), qPrintable(QString::number(page)));
            QVERIFY2(text.contains(heads),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(400))));
            const auto head = text.indexOf(heads);
            const auto line = text.indexOf(QRegularExpression(QStringLiteral("Line\\d\\d")));
            if (line >= 0)
                QVERIFY2(head < line, qPrintable(QStringLiteral("page %1").arg(page)));
        }
        // Heads once per page, not once per line.
        const QString all = textOf(pdf);
        QCOMPARE(all.count(heads), paper->pageCount());
    }
}

// The diagnosis fee (检测费, issue 20) on every paper that speaks of it, in both formats and
// languages: the intake receipt's terms (费用透明), the quote's line (charged, waived, covered)
// and the pickup receipt's (waived, owed without a repair, waived by the manager).
void TestPaper::diagnosisFeeLines_data()
{
    QTest::addColumn<PaperKind>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("waiveOnApproval");
    QTest::addColumn<PaperFormat>("format");
    QTest::addColumn<PaperLanguage>("language");
    struct Case
    {
        const char *name;
        PaperKind kind;
        const char *status;
        bool waive;
    };
    const Case cases[] = {
        {"intake-waive", PaperKind::Intake, "pending", true},
        {"intake-add", PaperKind::Intake, "pending", false},
        {"quote-pending", PaperKind::Quote, "pending", true},
        {"quote-charged", PaperKind::Quote, "charged", false},
        {"quote-waived", PaperKind::Quote, "waived_on_approval", true},
        {"quote-covered", PaperKind::Quote, "covered", false},
        {"pickup-waived", PaperKind::Pickup, "waived_on_approval", true},
        {"pickup-charged", PaperKind::Pickup, "charged", false},
        {"pickup-owed", PaperKind::Pickup, "owed", true},
        {"pickup-manager", PaperKind::Pickup, "waived_by_manager", true},
    };
    for (const Case &c : cases) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            for (PaperLanguage language : {PaperLanguage::Chinese, PaperLanguage::English}) {
                const QString name
                    = QStringLiteral("fee-%1-%2-%3")
                          .arg(QLatin1String(c.name), formatName(format), languageName(language));
                QTest::newRow(qPrintable(name))
                    << c.kind << QString::fromLatin1(c.status) << c.waive << format << language;
            }
        }
    }
}

void TestPaper::diagnosisFeeLines()
{
    QFETCH(PaperKind, kind);
    QFETCH(QString, status);
    QFETCH(bool, waiveOnApproval);
    QFETCH(PaperFormat, format);
    QFETCH(PaperLanguage, language);
    PaperData data = test::samplePaper();
    data.diagnosisFee = 3000;
    data.diagnosisFeeWaiveOnApproval = waiveOnApproval;
    data.diagnosisFeeStatus = status;
    data.diagnosisFeeDue
        = status == QLatin1String("charged") || status == QLatin1String("owed") ? 3000 : 0;
    auto paper = Paper::build(data, {kind, format, language, PaperCopy::Customer});
    QVERIFY2(paper.ok(), paper.ok() ? "" : qPrintable(paper.error().message));
    const QString pdf = pdfOf(*paper, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!pdf.isEmpty());
    // On the roll a long label wraps beside its amount, so the amount's cell "¥0.00" may sit
    // between the label's words in the text layer: read with the zero amounts taken out.
    const QString text = textOf(pdf).remove(normalized(QStringLiteral("¥0.00")));
    const auto expect = [&](const QString &needle) {
        QVERIFY2(text.contains(normalized(needle)),
                 qPrintable(
                     QStringLiteral("\"%1\" not in the PDF text: %2").arg(needle, text.left(900))));
    };
    const auto absent = [&](const QString &needle) {
        QVERIFY2(!text.contains(normalized(needle)), qPrintable(needle));
    };
    const QString termsWaive
        = term(Term::DiagnosisFeeTermsWaive, language).arg(QStringLiteral("¥30.00"));
    const QString termsAdd
        = term(Term::DiagnosisFeeTermsAdd, language).arg(QStringLiteral("¥30.00"));
    if (kind == PaperKind::Intake) {
        expect(waiveOnApproval ? termsWaive : termsAdd);
        absent(waiveOnApproval ? termsAdd : termsWaive);
        return;
    }
    const QString waived = term(Term::DiagnosisFeeWaived, language);
    if (status == QLatin1String("pending")) {
        expect(termsWaive);
        absent(waived);
        expect(QStringLiteral("¥138.00"));
    } else if (status == QLatin1String("charged")) {
        expect(term(Term::DiagnosisFee, language));
        expect(QStringLiteral("¥30.00"));
        absent(waived);
        if (kind == PaperKind::Quote) {
            expect(QStringLiteral("¥168.00")); // 138.00 + 30.00
            expect(QStringLiteral("¥118.00")); // less the 50.00 advance
        }
    } else if (status == QLatin1String("waived_on_approval")) {
        expect(waived);
        if (kind == PaperKind::Quote)
            expect(QStringLiteral("¥138.00"));
    } else if (status == QLatin1String("covered")) {
        expect(term(Term::DiagnosisFeeCovered, language));
        absent(waived);
    } else if (status == QLatin1String("owed")) {
        expect(term(Term::DiagnosisFee, language));
        expect(QStringLiteral("¥30.00"));
        absent(waived);
    } else if (status == QLatin1String("waived_by_manager")) {
        expect(term(Term::DiagnosisFeeWaivedByManager, language));
    }
}

QTEST_MAIN(TestPaper)
#include "tst_paper.moc"
