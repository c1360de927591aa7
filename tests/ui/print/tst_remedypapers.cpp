// The remedy papers (issue 20): the exchange certificate (换货凭证) and the refund receipt of
// tickets closed through the real `repairctl ticket remedy`, rendered by `repairctl receipt
// render` in both formats and languages and read back with pdftotext and pdftoppm: the IMEIs,
// the conditions confirmed one by one, the old phone's fate, the warranty restart (CN-12), the
// amount, method and approver (CN-04).
#include "paperchecks.h"
#include "print/papercontent.h"
#include "print/paperdata.h"
#include "print/papertext.h"
#include "repairctlrun.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::print;
using namespace rc::print::test;

Q_DECLARE_METATYPE(rc::print::PaperKind)
Q_DECLARE_METATYPE(rc::print::PaperFormat)
Q_DECLARE_METATYPE(rc::print::PaperLanguage)

namespace {

const QString kOldImei = QStringLiteral("353918051234561");
const QString kNewImei = QStringLiteral("860123456789014");
const QString kNewImei2 = QStringLiteral("860123456789022");
const QString kRefundImei = QStringLiteral("490154203237518");

} // namespace

class TestRemedyPapers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();
    void onlyForTheRemedyThatClosedTheTicket();

private:
    using CliRun = rc::test::CliRun;
    CliRun as(const QString &user, const QString &pin, const QStringList &arguments,
              const QByteArray &input = {}) const
    {
        return rc::test::runRepairctl(m_db, arguments, user, pin, input);
    }
    CliRun clerk(const QStringList &arguments) const
    {
        return as(QStringLiteral("li"), QStringLiteral("246810"), arguments);
    }
    QString newTicket(const QString &imei, int daysAgo) const
    {
        const CliRun created
            = clerk({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--imei"),
                     imei, QStringLiteral("--name"), QStringLiteral("王小明"),
                     QStringLiteral("--phone"), QStringLiteral("13812345678"),
                     QStringLiteral("--fault"), QStringLiteral("开机后自动重启"),
                     QStringLiteral("--backup-consent"), QStringLiteral("--component"),
                     QStringLiteral("main_unit"), QStringLiteral("--sale-date"),
                     QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate),
                     QStringLiteral("--proof"), QStringLiteral("invoice"),
                     QStringLiteral("--imei-on-papers"), QStringLiteral("match")});
        if (created.exitCode != 0)
            qFatal("ticket create: %s", created.err.constData());
        return created.json().value(QLatin1String("number")).toString();
    }
    CliRun renderPaper(const QString &number, PaperKind kind, PaperFormat format,
                       PaperLanguage language, const QString &pdf) const
    {
        return rc::test::runRepairctl(m_db, {QStringLiteral("receipt"), QStringLiteral("render"),
                                             number, QStringLiteral("--kind"), kindName(kind),
                                             QStringLiteral("--format"), formatName(format),
                                             QStringLiteral("--lang"), languageName(language),
                                             QStringLiteral("--out"), pdf});
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_exchanged;
    QString m_refunded;
    QString m_remedyDate;
};

void TestRemedyPapers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const CliRun setup
        = as({}, {},
             {QStringLiteral("setup"), QStringLiteral("--center"), QStringLiteral("SZ01"),
              QStringLiteral("--center-name"), QStringLiteral("深圳维修中心 Shenzhen Repairs"),
              QStringLiteral("--station"), QStringLiteral("01"), QStringLiteral("--manager"),
              QStringLiteral("boss"), QStringLiteral("--manager-name"), QStringLiteral("王店长")},
             "135790\n");
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    const CliRun added = as(QStringLiteral("boss"), QStringLiteral("135790"),
                            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                             QStringLiteral("--name"), QStringLiteral("李前台"),
                             QStringLiteral("--role"), QStringLiteral("clerk")},
                            "246810\n");
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // Day 10 after the sale (CN-05): an exchange, every condition confirmed one by one, the old
    // phone back to the maker, a dual-SIM replacement.
    m_exchanged = newTicket(kOldImei, 10);
    const CliRun exchanged = clerk({QStringLiteral("ticket"), QStringLiteral("remedy"), m_exchanged,
                                    QStringLiteral("--exchange"), QStringLiteral("--new-imei"),
                                    kNewImei, QStringLiteral("--new-imei2"), kNewImei2,
                                    QStringLiteral("--check"), QStringLiteral("box_complete"),
                                    QStringLiteral("--check"), QStringLiteral("no_wear"),
                                    QStringLiteral("--check"), QStringLiteral("imei_label_intact"),
                                    QStringLiteral("--check"), QStringLiteral("dates_agree")});
    QVERIFY2(exchanged.exitCode == 0, exchanged.err.constData());
    QCOMPARE(exchanged.status(), QStringLiteral("exchanged"));
    m_remedyDate = exchanged.json()
                       .value(QLatin1String("remedy"))
                       .toObject()
                       .value(QLatin1String("date"))
                       .toString();
    QVERIFY(!m_remedyDate.isEmpty());

    // Day 3 (CN-04): a refund of the invoice price by mobile payment.
    m_refunded = newTicket(kRefundImei, 3);
    const CliRun refunded
        = clerk({QStringLiteral("ticket"), QStringLiteral("remedy"), m_refunded,
                 QStringLiteral("--refund"), QStringLiteral("--amount"), QStringLiteral("2999.00"),
                 QStringLiteral("--method"), QStringLiteral("mobile")});
    QVERIFY2(refunded.exitCode == 0, refunded.err.constData());
    QCOMPARE(refunded.status(), QStringLiteral("refunded"));
}

void TestRemedyPapers::render_data()
{
    QTest::addColumn<PaperKind>("kind");
    QTest::addColumn<PaperFormat>("format");
    QTest::addColumn<PaperLanguage>("language");
    for (PaperKind kind : {PaperKind::Exchange, PaperKind::Refund}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            for (PaperLanguage language : {PaperLanguage::Chinese, PaperLanguage::English})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1-%2-%3")
                        .arg(kindName(kind), formatName(format), languageName(language))))
                    << kind << format << language;
        }
    }
}

void TestRemedyPapers::render()
{
    QFETCH(PaperKind, kind);
    QFETCH(PaperFormat, format);
    QFETCH(PaperLanguage, language);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString pdf = m_dir.filePath(tag + QStringLiteral(".pdf"));
    const QString number = kind == PaperKind::Exchange ? m_exchanged : m_refunded;
    const CliRun result = renderPaper(number, kind, format, language, pdf);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject answer = result.json();
    QCOMPARE(answer.value(QLatin1String("kind")).toString(), kindName(kind));
    QCOMPARE(answer.value(QLatin1String("pages")).toInt(), pdfPageCount(pdf));
    QVERIFY2(pdfStructureProblems(pdf).isEmpty(), qPrintable(pdfStructureProblems(pdf)));

    const QString text = pdfText(pdf);
    const auto expect = [&](const QString &needle) {
        QVERIFY2(text.contains(normalized(needle)),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(needle, text)));
    };
    const bool zh = language == PaperLanguage::Chinese;
    expect(number);
    expect(QStringLiteral("深圳维修中心 Shenzhen Repairs"));
    expect(QStringLiteral("王小明"));
    expect(QStringLiteral("138****5678"));
    expect(QStringLiteral("李前台")); // who recorded (approved) it
    if (kind == PaperKind::Exchange) {
        expect(zh ? QStringLiteral("换货凭证") : QStringLiteral("Exchange certificate"));
        expect(kOldImei);
        expect(kNewImei);
        expect(kNewImei2);
        // Every condition, each confirmed on its own line.
        for (const QString &condition :
             zh ? QStringList {QStringLiteral("包装及附件齐全"),
                               QStringLiteral("机身无划痕、无磨损"),
                               QStringLiteral("IMEI 标签完好"),
                               QStringLiteral("发票与三包凭证日期一致")}
                : QStringList {QStringLiteral("Box and accessories complete"),
                               QStringLiteral("No wear or scratches on the phone"),
                               QStringLiteral("IMEI label intact"),
                               QStringLiteral("Invoice and warranty card dates agree")})
            expect(condition + (zh ? QStringLiteral("　") : QStringLiteral("—"))
                   + term(Term::Confirmed, language));
        QVERIFY(!text.contains(normalized(term(Term::NotConfirmed, language))));
        expect(term(Term::OldPhoneFate, language) + term(Term::OldPhoneToMaker, language));
        expect(term(Term::WarrantyStart, language) + m_remedyDate);
        expect(term(Term::WarrantyRestartText, language).arg(m_remedyDate));
        expect(QStringLiteral("CN-05"));
        expect(QStringLiteral("CN-12"));
    } else {
        expect(zh ? QStringLiteral("退货退款凭证") : QStringLiteral("Refund receipt"));
        expect(kRefundImei);
        expect(term(Term::RefundAmount, language) + QStringLiteral("¥2,999.00"));
        expect(term(Term::RefundMethod, language)
               + paymentMethodName(QStringLiteral("mobile"), language));
        expect(zh ? QStringLiteral("移动支付") : QStringLiteral("Mobile payment"));
        expect(QStringLiteral("CN-04"));
        expect(term(Term::OldPhoneKept, language));
    }
    // Nothing of the other language's words.
    QVERIFY(!text.contains(
        normalized(term(kind == PaperKind::Exchange ? Term::ExchangeTitle : Term::RefundTitle,
                        zh ? PaperLanguage::English : PaperLanguage::Chinese))));

    // On paper: every page inside the printable area, the ticket's barcode readable.
    const int dpi = 300;
    const QStringList pages = rasterise(pdf, dpi);
    QCOMPARE(pages.size(), answer.value(QLatin1String("pages")).toInt());
    const PaperGeometry geometry = paperGeometry({kind, format, language, PaperCopy::Customer});
    const QRectF printable = QRectF(0, 0, answer.value(QLatin1String("width_mm")).toDouble(),
                                    answer.value(QLatin1String("height_mm")).toDouble())
                                 .marginsRemoved(geometry.marginsMm);
    const QString outside = inkOutside(printable, pages, dpi);
    QVERIFY2(outside.isEmpty(), qPrintable(outside));
    const QString decoded = decodeBarcodes(pages.first());
    QVERIFY2(decoded.contains(QStringLiteral("CODE-128:") + number), qPrintable(decoded));

    // RC_PAPER_SAMPLES=DIR keeps the PDFs for docs/papers.
    const QString samples = qEnvironmentVariable("RC_PAPER_SAMPLES");
    if (!samples.isEmpty()) {
        QDir().mkpath(samples);
        const QString kept = QDir(samples).filePath(tag + QStringLiteral(".pdf"));
        QFile::remove(kept);
        QVERIFY(QFile::copy(pdf, kept));
    }
}

void TestRemedyPapers::onlyForTheRemedyThatClosedTheTicket()
{
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    // A refunded ticket has no exchange certificate, an exchanged one no refund receipt, an
    // open one neither.
    CliRun refused = renderPaper(m_refunded, PaperKind::Exchange, PaperFormat::A4,
                                 PaperLanguage::English, pdf);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("exchange certificate"), refused.err.constData());
    refused
        = renderPaper(m_exchanged, PaperKind::Refund, PaperFormat::A4, PaperLanguage::English, pdf);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("refund receipt"), refused.err.constData());
    const QString open = newTicket(QStringLiteral("352099001761481"), 3);
    refused
        = renderPaper(open, PaperKind::Refund, PaperFormat::Thermal80, PaperLanguage::Chinese, pdf);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestRemedyPapers)
#include "tst_remedypapers.moc"
