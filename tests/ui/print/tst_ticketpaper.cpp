// A ticket taken through the whole counter in a real store, then every paper rendered from it
// by `repairctl receipt render` (a real process) and read back: text, barcode, margins.
#include "lifecyclewalker.h"
#include "paperchecks.h"
#include "print/papercontent.h"
#include "print/paperdata.h"
#include "print/papertext.h"
#include "print/ticketpaper.h"
#include "store/database.h"
#include "store/diagnosisrepository.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"
#include "tickets/repairchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::print;
using namespace rc::print::test;

Q_DECLARE_METATYPE(rc::print::PaperKind)
Q_DECLARE_METATYPE(rc::print::PaperFormat)
Q_DECLARE_METATYPE(rc::print::PaperLanguage)

class TestTicketPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mapsTheStoredTicket();
    void renderFromStore_data();
    void renderFromStore();
    void shopCopyAndReprint();
    void refusesWhatItCannotDo();

private:
    Run repairctl(const QStringList &arguments);
    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    QTemporaryDir m_dir;
    QString m_number;
};

void TestTicketPaper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(storePath());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    Database &db = **opened;
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(1, 41), Qt::UTC));

    SettingsRepository settings(db, clock);
    QVERIFY(
        settings
            .setValues(
                {{QStringLiteral("center.name"), QStringLiteral("示范维修中心 Demo Repair Center")},
                 {QStringLiteral("center.address"), QStringLiteral("上海市徐汇区漕溪北路 88 号")},
                 {QStringLiteral("center.phone"), QStringLiteral("021-5555 0188")}})
            .ok());
    UserRepository users(db, clock, 1);
    auto clerk = users.create(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Clerk,
                              QStringLiteral("1234"));
    auto technician = users.create(QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                                   Role::Technician, QStringLiteral("5678"));
    QVERIFY(clerk.ok() && technician.ok());
    const Actor atCounter {clerk->id, clerk->displayName};
    const Actor atBench {technician->id, technician->displayName};

    NewTicket draft;
    draft.customer.name = QStringLiteral("李明 <b>Li</b> & Co");
    draft.customer.phone = QStringLiteral("13812345678");
    draft.device.imei1 = QStringLiteral("860123450000012");
    draft.device.imei2 = QStringLiteral("860123450000020");
    draft.device.brand = QStringLiteral("Huawei");
    draft.device.model = QStringLiteral("Mate 60 Pro");
    // Typed with ligature pairs and characters whose CJK glyphs have twins (issue 17).
    draft.faultDescription = QStringLiteral("屏幕闪烁 &amp; 无声音 flicker office 人 页 户");
    draft.faultCategory = QStringLiteral("performance");
    draft.component = QStringLiteral("main_unit");
    draft.condition = {{QStringLiteral("scratches"), QStringLiteral("后壳轻微")},
                       {QStringLiteral("fault_code"), QStringLiteral("function_fails")}};
    draft.accessories = {QStringLiteral("sim_tray"), QStringLiteral("case")};
    draft.backupConsent = true;
    draft.warrantyVerdict = QJsonDocument::fromJson(R"({"covered": true, "basis": "statutory",
        "remedies": ["free_repair"], "rules": ["CN-01", "CN-14"],
        "reasons": [{"rule": "CN-14", "zh": "三包有效期内性能故障，免费修理",
                     "en": "Performance fault within the warranty period: free repair"}]})")
                                .object();
    TicketRepository tickets(db, clock);
    auto ticket = tickets.create(draft, atCounter);
    QVERIFY2(ticket.ok(), ticket.ok() ? "" : qPrintable(ticket.error().message));
    m_number = ticket->number;
    const QString id = ticket->id;
    QVERIFY(tickets.assignTechnician(id, technician->id, atCounter).ok());

    clock.advanceSeconds(3600);
    DiagnosisUpdate diagnosis;
    diagnosis.diagnosis.ticketId = id;
    diagnosis.diagnosis.technicianId = technician->id;
    diagnosis.diagnosis.findings = QStringLiteral("排线松动");
    diagnosis.diagnosis.cause = QStringLiteral("屏幕排线接触不良 Display flex loose");
    auto diagnosed = DiagnosisRepository(db, clock).record(diagnosis, atBench);
    QVERIFY2(diagnosed.ok(), diagnosed.ok() ? "" : qPrintable(diagnosed.error().message));

    rc::QuoteLine screen;
    screen.kind = QuoteLineKind::Part;
    screen.description = QStringLiteral("屏幕总成 Display assembly");
    screen.unitPrice = Money {129900, QStringLiteral("CNY")};
    screen.covered = true;
    rc::QuoteLine labour;
    labour.kind = QuoteLineKind::Labour;
    labour.description = QStringLiteral("拆装测试 Labour");
    labour.unitPrice = Money {5000, QStringLiteral("CNY")};
    QuoteRepository quotes(db, clock);
    auto issued = quotes.issue(id, {screen, labour}, atBench);
    QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().message));
    clock.advanceSeconds(3600);
    QuoteAnswer yes;
    yes.approved = true;
    yes.method = QStringLiteral("in_person");
    auto answered = quotes.answer(id, yes, atCounter);
    QVERIFY2(answered.ok(), answered.ok() ? "" : qPrintable(answered.error().message));

    PaymentRepository payments(db, clock);
    rc::Payment deposit;
    deposit.ticketId = id;
    deposit.kind = QStringLiteral("deposit");
    deposit.amount = Money {2000, QStringLiteral("CNY")};
    deposit.method = QStringLiteral("cash");
    QVERIFY(payments.record(deposit, atCounter).ok());
    QVERIFY(rc::test::LifecycleWalker::move(db, clock, id, TicketStatus::Repairing, atBench).ok());

    clock.advanceSeconds(2 * 86400);
    rc::RepairRecord repair;
    repair.ticketId = id;
    repair.technicianId = technician->id;
    repair.parts = {RepairPart {QString(), QStringLiteral("屏幕总成 Display assembly"), 1}};
    repair.checks = RepairChecks::allPassed(); // ready needs every post-repair check
    repair.note = QStringLiteral("更换屏幕总成，整机测试通过 Display replaced, tested");
    auto repaired = RepairRepository(db, clock).record(repair, atBench, TicketStatus::Ready);
    QVERIFY2(repaired.ok(), repaired.ok() ? "" : qPrintable(repaired.error().message));

    clock.advanceSeconds(3600);
    PickupRequest pickup;
    pickup.ticketId = id;
    pickup.scannedImei = QStringLiteral("860123450000012");
    pickup.accessoriesReturned = draft.accessories;
    rc::Payment balance;
    balance.ticketId = id;
    balance.kind = QStringLiteral("payment");
    balance.amount = Money {3000, QStringLiteral("CNY")};
    balance.method = QStringLiteral("wechat");
    pickup.payment = balance;
    auto released = PickupRepository(db, clock).release(pickup, atCounter);
    QVERIFY2(released.ok(), released.ok() ? "" : qPrintable(released.error().message));
    QCOMPARE(released->ticket.status, TicketStatus::PickedUp);
}

void TestTicketPaper::mapsTheStoredTicket()
{
    auto db = Database::open(storePath());
    QVERIFY(db.ok());
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
    auto source = loadTicketPaperSource(**db, clock, m_number.toLower());
    QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
    const PaperData paper = paperFromTicket(*source, clock.nowUtc(), false);
    QCOMPARE(paper.ticketNumber, m_number);
    QCOMPARE(paper.center.phone, QStringLiteral("021-5555 0188"));
    QCOMPARE(paper.clerk, QStringLiteral("王芳"));
    QCOMPARE(paper.device.imeis,
             QStringList({QStringLiteral("860123450000012"), QStringLiteral("860123450000020")}));
    QCOMPARE(paper.warranty.ruleIds,
             QStringList({QStringLiteral("CN-01"), QStringLiteral("CN-14")}));
    QVERIFY(paper.warranty.sentence.zh.startsWith(QStringLiteral("三包有效期内")));
    QCOMPARE(paper.lines.size(), size_t(2));
    QCOMPARE(paper.customerTotal(), 5000);
    QCOMPARE(paper.deposit, 2000);
    QCOMPARE(paper.paidTotal(), 5000);
    QVERIFY(paper.approvedAt.isValid());
    QCOMPARE(paper.repair.causeFound, QStringLiteral("屏幕排线接触不良 Display flex loose"));
    QVERIFY(paper.repair.workDone.startsWith(QStringLiteral("更换屏幕总成")));
    QCOMPARE(paper.repair.partsReplaced, QStringList(QStringLiteral("屏幕总成 Display assembly")));
    QCOMPARE(paper.repair.technician, QStringLiteral("张伟"));
    QCOMPARE(paper.repair.droppedOff,
             QDateTime(QDate(2026, 11, 23), QTime(1, 41), Qt::UTC).toLocalTime().date());
    QVERIFY(paper.repair.returned.isValid());
    QCOMPARE(paper.repair.repairWarrantyEnd, paper.repair.returned.addDays(90));

    auto missing = loadTicketPaperSource(**db, clock, QStringLiteral("NOPE01-000000-0001"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("NOT_FOUND"));
}

Run TestTicketPaper::repairctl(const QStringList &arguments)
{
    return run(QStringLiteral(REPAIRCTL_PATH),
               QStringList {QStringLiteral("--db"), storePath()} + arguments);
}

void TestTicketPaper::renderFromStore_data()
{
    QTest::addColumn<PaperKind>("kind");
    QTest::addColumn<PaperFormat>("format");
    QTest::addColumn<PaperLanguage>("language");
    for (PaperKind kind :
         {PaperKind::Intake, PaperKind::Quote, PaperKind::Pickup, PaperKind::Label}) {
        for (PaperFormat format : {PaperFormat::Thermal80, PaperFormat::A4}) {
            for (PaperLanguage language : {PaperLanguage::Chinese, PaperLanguage::English}) {
                QTest::newRow(qPrintable(
                    QStringLiteral("%1-%2-%3")
                        .arg(kindName(kind), formatName(format), languageName(language))))
                    << kind << format << language;
            }
        }
    }
}

void TestTicketPaper::renderFromStore()
{
    QFETCH(PaperKind, kind);
    QFETCH(PaperFormat, format);
    QFETCH(PaperLanguage, language);
    const QString pdf
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf"));
    const Run result = repairctl(
        {QStringLiteral("receipt"), QStringLiteral("render"), m_number, QStringLiteral("--kind"),
         kindName(kind), QStringLiteral("--format"), formatName(format), QStringLiteral("--lang"),
         languageName(language), QStringLiteral("--out"), pdf});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(answer.value(QLatin1String("number")).toString(), m_number);
    QCOMPARE(answer.value(QLatin1String("pages")).toInt(), pdfPageCount(pdf));

    const QString text = pdfText(pdf);
    const auto expect = [&](const QString &needle) {
        QVERIFY2(text.contains(normalized(needle)),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(needle, text.left(500))));
    };
    expect(m_number);
    expect(QStringLiteral("138****5678"));
    QVERIFY(!text.contains(QStringLiteral("13812345678")));
    if (kind == PaperKind::Label) {
        expect(QStringLiteral("Huawei Mate 60 Pro"));
    } else {
        expect(QStringLiteral("示范维修中心 Demo Repair Center"));
        expect(QStringLiteral("李明 <b>Li</b> & Co"));
        expect(language == PaperLanguage::Chinese
                   ? QStringLiteral("三包有效期内性能故障，免费修理")
                   : QStringLiteral("Performance fault within the warranty period"));
        expect(QStringLiteral("CN-14"));
    }
    switch (kind) {
    case PaperKind::Intake: {
        expect(QStringLiteral("屏幕闪烁 &amp; 无声音"));
        // The text layer gives back what was typed, as typed: no ligature, no radical twin.
        const QString raw = pdfRawText(pdf);
        QVERIFY2(raw.contains(QStringLiteral("flickeroffice人页户")), qPrintable(raw));
        expect(QStringLiteral("王芳"));
        // Words in the paper's language only, never the ids the ticket stores (issue 17:
        // "fault_code: function_fails", "SIM 卡托 SIM tray").
        const bool zh = language == PaperLanguage::Chinese;
        expect(zh ? QStringLiteral("SIM 卡托、保护壳") : QStringLiteral("SIM tray, case"));
        expect(zh ? QStringLiteral("划痕：后壳轻微") : QStringLiteral("scratches: 后壳轻微"));
        expect(term(Term::FaultCode, language));
        expect(zh ? QStringLiteral("说明书所列功能失效")
                  : QStringLiteral("a function in the manual fails"));
        for (const QString &absent :
             {QStringLiteral("fault_code"), QStringLiteral("function_fails"),
              QStringLiteral("sim_tray"), zh ? QStringLiteral("SIM tray") : QStringLiteral("卡托"),
              zh ? QStringLiteral("scratches") : QStringLiteral("划痕")})
            QVERIFY2(!text.contains(normalized(absent)), qPrintable(absent));
        break;
    }
    case PaperKind::Quote:
        expect(QStringLiteral("屏幕总成"));
        expect(QStringLiteral("¥1,349.00"));
        expect(QStringLiteral("¥50.00"));
        expect(QStringLiteral("¥30.00")); // balance after the ¥20 advance payment
        expect(term(Term::DepositPaid, language)); // 已付订金 / Advance paid
        break;
    case PaperKind::Pickup:
        expect(QStringLiteral("屏幕排线接触不良 Display flex loose"));
        expect(QStringLiteral("更换屏幕总成，整机测试通过 Display replaced, tested"));
        expect(QStringLiteral("张伟"));
        expect(paymentMethodName(QStringLiteral("wechat"), language));
        expect(term(Term::RepairWarrantyUntil, language));
        break;
    case PaperKind::Loan: // the loaner papers: tst_loanpaper
    case PaperKind::LoanReturn:
    case PaperKind::Label:
        break;
    case PaperKind::Exchange:
    case PaperKind::Refund:
        break; // a remedy's papers: tst_remedypapers
    }

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
    QVERIFY2(decoded.contains(QStringLiteral("CODE-128:") + m_number), qPrintable(decoded));
}

void TestTicketPaper::shopCopyAndReprint()
{
    const QString pdf = m_dir.filePath(QStringLiteral("shop-reprint.pdf"));
    const Run result = repairctl(
        {QStringLiteral("receipt"), QStringLiteral("render"), m_number, QStringLiteral("--kind"),
         QStringLiteral("pickup"), QStringLiteral("--format"), QStringLiteral("a4"),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--copy"),
         QStringLiteral("shop"), QStringLiteral("--reprint"), QStringLiteral("--out"), pdf});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("13812345678")));
    QVERIFY(text.contains(normalized(term(Term::ShopCopy, PaperLanguage::English))));
    QVERIFY(text.contains(QStringLiteral("REPRINT·")));
    QVERIFY(QJsonDocument::fromJson(result.out).object().value(QLatin1String("reprint")).toBool());
}

void TestTicketPaper::refusesWhatItCannotDo()
{
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    const QStringList render {QStringLiteral("receipt"), QStringLiteral("render")};
    Run result = repairctl(
        render + QStringList {QStringLiteral("NOPE01-000000-0001"), QStringLiteral("--out"), pdf});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.isEmpty());
    result = repairctl(render
                       + QStringList {m_number, QStringLiteral("--kind"), QStringLiteral("invoice"),
                                      QStringLiteral("--out"), pdf});
    QCOMPARE(result.exitCode, 2);
    result = repairctl(render
                       + QStringList {m_number, QStringLiteral("--lang"), QStringLiteral("fr"),
                                      QStringLiteral("--out"), pdf});
    QCOMPARE(result.exitCode, 2);
    result = repairctl(render + QStringList {m_number});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--out"));
    QVERIFY(!QFileInfo::exists(pdf));
}

QTEST_MAIN(TestTicketPaper)
#include "tst_ticketpaper.moc"
