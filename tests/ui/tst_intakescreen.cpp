#include "intake/draftkeeper.h"
#include "intake/intakescreen.h"
#include "lifecyclewalker.h"
#include "print/papermenu.h"
#include "store/learnedtacrepository.h"
#include "storelock.h"
#include "uifixture.h"
#include "widgets/imeiedit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

using namespace rc;

class TestIntakeScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scannerBurstLandsInTheImeiFieldAndValidates();
    void wrongCheckDigitSaysWhichIsExpected();
    void fourteenDigitsOfferTheCheckDigit();
    void savingCreatesTheTicket();
    void correctedBrandTeachesTheStore();
    void saveNeedsConsentAndTheEssentials();
    void existingCustomerIsOfferedByPhone();
    void customersAreOfferedAsTheClerkTypes();
    void warrantyPanelFollowsTheFields();
    void brandCorrectionTeachesTheTac();
    void clerkOnlyWithIntakePermission();
    void historyWarnsOfARepeatRepair();
    void untouchedEvidenceGrantsNothing();
    void everyPieceOfEvidenceIsNeeded();
    void aBadDateIsSaidAndBlocksSave();
    void loggingInRefreshesWhatTheRoleMayDo();
    void draftIsKeptAndOfferedBack();
    void draftIsNeverShownToAnotherUser();
    void draftSurvivesTheWindowGoing();
    void savedOrDiscardedDraftIsGone();
    void enterAdvancesAndCtrlSSaves();
    void tabOrderIsTheVisualOrder();
    void saveWaitsOutAnotherProgramsLongWrite();

private:
    template<typename T>
    T *child(const char *name)
    {
        auto *widget = m_screen->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void fillEssentials();
    qint64 drafts() const
    {
        return m_fx->count(QStringLiteral("SELECT count(*) FROM intake_drafts"));
    }
    QWidget *focused() const { return QApplication::focusWidget(); }
    // The papers the customer shows: the sale date, an invoice, its IMEI checked.
    void giveEvidence(const QDate &sale, const char *imei = "yes");

    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::IntakeScreen> m_screen;
};

void TestIntakeScreen::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_screen.reset();
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    m_fx->logIn(Role::Clerk);
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    m_screen->show();
}

void TestIntakeScreen::fillEssentials()
{
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("490154203237518"));
    QTest::keyClick(child<ui::ImeiEdit>("imeiEdit"), Qt::Key_Return);
    QTest::keyClicks(child<QLineEdit>("customerPhoneEdit"), QStringLiteral("13912345678"));
    test::typeText(child<QLineEdit>("customerNameEdit"), QStringLiteral("李华"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("开不了机"));
    QTest::mouseClick(child<QCheckBox>("backupConsentCheck"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
}

void TestIntakeScreen::giveEvidence(const QDate &sale, const char *imei)
{
    auto *date = child<QLineEdit>("saleDateEdit");
    date->clear();
    QTest::keyClicks(date, sale.toString(Qt::ISODate));
    auto *proof = child<QComboBox>("proofCombo");
    proof->setCurrentIndex(proof->findData(QStringLiteral("invoice")));
    auto *matches = child<QComboBox>("imeiMatchesCombo");
    matches->setCurrentIndex(matches->findData(QLatin1String(imei)));
}

void TestIntakeScreen::scannerBurstLandsInTheImeiFieldAndValidates()
{
    auto *imei = child<ui::ImeiEdit>("imeiEdit");
    QSignalSpy scanned(imei, &ui::ImeiEdit::scanned);
    // A keyboard-wedge scanner: 15 digits and Enter, no delay between keys.
    QTest::keyClicks(imei, QStringLiteral("490154203237518"));
    QTest::keyClick(imei, Qt::Key_Return);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(imei->text(), QStringLiteral("490154203237518"));
    QVERIFY(child<QLabel>("imeiMessage")->text().contains(QStringLiteral("IMEI valid")));
    // Pre-filled from the TAC table.
    QCOMPARE(child<QLineEdit>("brandEdit")->text(), QStringLiteral("Nokia"));
    QCOMPARE(child<QLineEdit>("modelEdit")->text(), QStringLiteral("3110"));
    QVERIFY(!m_screen->missing().contains(ui::IntakeScreen::tr("a valid IMEI")));
}

void TestIntakeScreen::wrongCheckDigitSaysWhichIsExpected()
{
    // The fault codes offered are the 性能故障表's for the chosen part.
    auto *codes = child<QComboBox>("faultCodeCombo");
    QVERIFY(codes->count() > 5);
    QVERIFY(codes->findData(QStringLiteral("no_power")) >= 0);
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("490154203237519"));
    const QString message = child<QLabel>("imeiMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("should be 8")), qPrintable(message));
    QVERIFY(m_screen->missing().contains(ui::IntakeScreen::tr("a valid IMEI")));
    // Correcting the last digit validates as it changes.
    QTest::keyClick(child<ui::ImeiEdit>("imeiEdit"), Qt::Key_Backspace);
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("8"));
    QVERIFY(child<QLabel>("imeiMessage")->text().contains(QStringLiteral("IMEI valid")));
}

void TestIntakeScreen::fourteenDigitsOfferTheCheckDigit()
{
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("49015420323751"));
    auto *suggestion = child<QPushButton>("imeiSuggestionButton");
    QVERIFY(!suggestion->isHidden());
    QTest::mouseClick(suggestion, Qt::LeftButton);
    QCOMPARE(child<ui::ImeiEdit>("imeiEdit")->text(), QStringLiteral("490154203237518"));
    QVERIFY(suggestion->isHidden());
}

void TestIntakeScreen::savingCreatesTheTicket()
{
    fillEssentials();
    QTest::keyClicks(child<ui::ImeiEdit>("imei2Edit"), QStringLiteral("356938035643809"));
    QTest::mouseClick(child<QCheckBox>("condition_scratches"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    QTest::mouseClick(child<QCheckBox>("accessory_sim_tray"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    auto *passcode = child<QComboBox>("passcodeCombo");
    passcode->setCurrentIndex(passcode->findData(QStringLiteral("customer_will_unlock")));
    giveEvidence(m_fx->clock.today().addDays(-3));

    QSignalSpy created(m_screen.get(), &ui::IntakeScreen::ticketCreated);
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(created.count(), 1);

    auto stored = m_fx->tickets->byId(created.at(0).at(0).toString());
    QVERIFY(stored && stored->has_value());
    const Ticket t = stored->value();
    QCOMPARE(t.status, TicketStatus::Received);
    QCOMPARE(t.faultDescription, QStringLiteral("开不了机"));
    QCOMPARE(t.faultCategory, QStringLiteral("performance"));
    QCOMPARE(t.component, QStringLiteral("main_unit"));
    QVERIFY(t.backupConsent);
    QCOMPARE(t.passcode, PasscodeHandling::CustomerWillUnlock);
    QCOMPARE(t.accessories, QStringList {QStringLiteral("sim_tray")});
    QVERIFY(t.condition.value(QStringLiteral("scratches")).toBool());
    QCOMPARE(t.saleDate, m_fx->clock.today().addDays(-3));
    QCOMPARE(t.intakeUserId, m_fx->session.userId());
    // The evidence snapshots: the case and the verdict shown on the panel (CN-04).
    QCOMPARE(t.warrantyCase.value(QStringLiteral("policy")).toString(),
             QStringLiteral("cn-sanbao"));
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("CN-04")));
    auto device = m_fx->devices->byId(t.deviceId);
    QCOMPARE(device->value().imei1, QStringLiteral("490154203237518"));
    QCOMPARE(device->value().imei2, QStringLiteral("356938035643809"));
    QCOMPARE(device->value().brand, QStringLiteral("Nokia"));
    auto customer = m_fx->customers->byId(t.customerId);
    QCOMPARE(customer->value().name, QStringLiteral("李华"));
    QCOMPARE(customer->value().phone, QStringLiteral("13912345678"));
    // The passcode is never asked for, so never stored: no column holds one.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM pragma_table_info('tickets') "
                                        "WHERE name LIKE '%passcode%' AND name <> "
                                        "'passcode_handling'")),
             0);

    // The form is ready for the next phone, and offers the receipt and the ticket.
    QVERIFY(child<ui::ImeiEdit>("imeiEdit")->text().isEmpty());
    QVERIFY(!child<QPushButton>("printReceiptButton")->isHidden());
    QVERIFY(child<QLabel>("savedLabel")->text().contains(t.number));
    QCOMPARE(m_screen->lastTicketNumber(), t.number);

    // The intake receipt, through the printing helper: a PDF with the ticket on it.
    const QString pdf = m_fx->dir.filePath(QStringLiteral("receipt.pdf"));
    const Status exported = m_screen->exportReceiptPdf(pdf);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QCOMPARE(child<QPushButton>("printReceiptButton")->menu(), m_screen->receiptMenu());
    // The device label, offered the same way.
    QVERIFY(!child<QPushButton>("printLabelButton")->isHidden());
    QCOMPARE(child<QPushButton>("printLabelButton")->menu(), m_screen->labelMenu());
    auto label = m_screen->labelMenu()->paper();
    QVERIFY2(label, qPrintable(label ? QString() : label.error().message));
    QCOMPARE(label->options().kind, print::PaperKind::Label);
    QVERIFY(label->texts().join(QLatin1Char(' ')).contains(t.number));
}

void TestIntakeScreen::correctedBrandTeachesTheStore()
{
    fillEssentials(); // the TAC table pre-fills Nokia 3110 for 49015420
    QCOMPARE(child<QLineEdit>("brandEdit")->text(), QStringLiteral("Nokia"));
    auto *brand = child<QLineEdit>("brandEdit");
    auto *model = child<QLineEdit>("modelEdit");
    brand->selectAll();
    QTest::keyClicks(brand, QStringLiteral("Huawei"));
    model->selectAll();
    QTest::keyClicks(model, QStringLiteral("P40"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!m_screen->lastTicketId().isEmpty());

    // The correction is in the store, with who made it, and queued for head office.
    auto learned = LearnedTacRepository(*m_fx->db, m_fx->clock).byTac(QStringLiteral("49015420"));
    QVERIFY(learned && learned->has_value());
    QCOMPARE((*learned)->brand, QStringLiteral("Huawei"));
    QCOMPARE((*learned)->model, QStringLiteral("P40"));
    QCOMPARE((*learned)->userId, m_fx->session.userId());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tac'")), 1);

    // The next phone with this TAC is pre-filled from what was learned, also on a fresh
    // lookup table (another station, the next start).
    m_fx->tacs.clearLearned();
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    m_screen->show();
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("490154203237518"));
    QTest::keyClick(child<ui::ImeiEdit>("imeiEdit"), Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("brandEdit")->text(), QStringLiteral("Huawei"));
    QCOMPARE(child<QLineEdit>("modelEdit")->text(), QStringLiteral("P40"));
    // Taking the pre-filled answer teaches nothing new.
    QTest::keyClicks(child<QLineEdit>("customerPhoneEdit"), QStringLiteral("13912345678"));
    test::typeText(child<QLineEdit>("customerNameEdit"), QStringLiteral("李华"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("开不了机"));
    QTest::mouseClick(child<QCheckBox>("backupConsentCheck"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets")), 2);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'tac'")), 1);
}

void TestIntakeScreen::saveNeedsConsentAndTheEssentials()
{
    fillEssentials();
    auto *consent = child<QCheckBox>("backupConsentCheck");
    consent->setChecked(false);
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>("saveHint")->text().contains(QStringLiteral("consent")));
    QVERIFY(!m_screen->save());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets")), 0);
    consent->setChecked(true);
    QVERIFY(save->isEnabled());
}

void TestIntakeScreen::existingCustomerIsOfferedByPhone()
{
    Customer known;
    known.name = QStringLiteral("张伟");
    known.phone = QStringLiteral("13700001111");
    auto stored = m_fx->customers->create(known);
    QVERIFY(stored);
    QTest::keyClicks(child<QLineEdit>("customerPhoneEdit"), QStringLiteral("137 0000 1111"));
    QCOMPARE(child<QLineEdit>("customerNameEdit")->text(), QStringLiteral("张伟"));
    // Taken at once: no list left open over the form.
    QVERIFY(!m_screen->findChild<QCompleter *>(QStringLiteral("customerCompleter"))
                 ->popup()
                 ->isVisible());
    QVERIFY(child<QLabel>("customerMatchLabel")->text().contains(QStringLiteral("张伟")));

    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("352099001761481"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("无声音"));
    child<QCheckBox>("backupConsentCheck")->setChecked(true);
    QVERIFY(m_screen->save());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM customers")), 1);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = ?"),
                         {stored->id}),
             1);
}

void TestIntakeScreen::customersAreOfferedAsTheClerkTypes()
{
    for (const auto &[name, phone] :
         {std::pair {QStringLiteral("张伟"), QStringLiteral("13700001111")},
          std::pair {QStringLiteral("李华"), QStringLiteral("13912345678")}}) {
        Customer c;
        c.name = name;
        c.phone = phone;
        QVERIFY(m_fx->customers->create(c));
    }
    auto *phone = child<QLineEdit>("customerPhoneEdit");
    auto *name = child<QLineEdit>("customerNameEdit");
    auto *completer = m_screen->findChild<QCompleter *>(QStringLiteral("customerCompleter"));
    QVERIFY(completer);

    // The first digits: the customers whose phone starts with them, in a list.
    QTest::keyClicks(phone, QStringLiteral("1370"));
    QCOMPARE(completer->model()->rowCount(), 1);
    QVERIFY(completer->popup()->isVisible());
    QVERIFY(completer->model()->index(0, 0).data().toString().contains(QStringLiteral("张伟")));
    // Picked with the keyboard: Down, Enter.
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(phone->text(), QStringLiteral("13700001111"));
    QCOMPARE(name->text(), QStringLiteral("张伟"));
    QVERIFY(child<QLabel>("customerMatchLabel")->text().contains(QStringLiteral("张伟")));

    // The last four digits the customer reads out.
    phone->clear();
    name->clear();
    QTest::keyClicks(phone, QStringLiteral("5678"));
    QCOMPARE(completer->model()->rowCount(), 1);
    QVERIFY(completer->model()->index(0, 0).data().toString().contains(QStringLiteral("李华")));
    QVERIFY(name->text().isEmpty()); // offered, not yet taken

    // A name: any part of it.
    phone->clear();
    auto *names = m_screen->findChild<QCompleter *>(QStringLiteral("customerNameCompleter"));
    QVERIFY(names);
    test::typeText(name, QStringLiteral("华"));
    QCOMPARE(names->model()->rowCount(), 1);
    QVERIFY(names->popup()->isVisible());
    QTest::keyClick(names->popup(), Qt::Key_Down);
    QTest::keyClick(names->popup(), Qt::Key_Return);
    QCOMPARE(name->text(), QStringLiteral("李华"));
    QCOMPARE(phone->text(), QStringLiteral("13912345678"));

    // Saved on the chosen customer: no new one.
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("352099001761481"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("无声音"));
    child<QCheckBox>("backupConsentCheck")->setChecked(true);
    QVERIFY(m_screen->save());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM customers")), 2);
}

void TestIntakeScreen::warrantyPanelFollowsTheFields()
{
    auto *verdict = child<QLabel>("warrantyVerdictLabel");
    auto *reasons = child<QLabel>("warrantyReasonsLabel");
    giveEvidence(m_fx->clock.today().addDays(-3));
    QVERIFY(m_screen->verdict() && m_screen->verdict()->covered);
    QVERIFY(reasons->text().contains(QStringLiteral("CN-04")));
    QVERIFY(verdict->text().contains(QStringLiteral("Covered")));
    // Dates as the papers print them, whatever the locale.
    const QString end = m_screen->verdict()->warrantyEnd.toString(Qt::ISODate);
    QVERIFY2(child<QLabel>("warrantyEndLabel")->text().contains(end),
             qPrintable(child<QLabel>("warrantyEndLabel")->text()));

    giveEvidence(m_fx->clock.today().addDays(-10));
    QVERIFY(reasons->text().contains(QStringLiteral("CN-05")));

    // Liquid marks found at the counter: misuse, not covered.
    QTest::mouseClick(child<QCheckBox>("condition_liquid_marks"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(reasons->text().contains(QStringLiteral("EX-4")));
    QVERIFY(verdict->text().contains(QStringLiteral("Not covered")));

    // Two years ago: past the period.
    child<QCheckBox>("condition_liquid_marks")->setChecked(false);
    giveEvidence(m_fx->clock.today().addYears(-2));
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(reasons->text().contains(QStringLiteral("EX-1")));
}

void TestIntakeScreen::brandCorrectionTeachesTheTac()
{
    fillEssentials();
    auto *brand = child<QLineEdit>("brandEdit");
    auto *model = child<QLineEdit>("modelEdit");
    brand->selectAll();
    QTest::keyClicks(brand, QStringLiteral("Huawei"));
    model->selectAll();
    QTest::keyClicks(model, QStringLiteral("Mate 60"));
    QVERIFY(m_screen->save());
    const auto learned = m_fx->tacs.lookup(QStringLiteral("49015420"));
    QVERIFY(learned);
    QCOMPARE(learned->brand, QStringLiteral("Huawei"));
    QCOMPARE(learned->model, QStringLiteral("Mate 60"));
    QVERIFY(learned->learned);
}

void TestIntakeScreen::clerkOnlyWithIntakePermission()
{
    m_fx->logIn(Role::Technician, QStringLiteral("tech"));
    fillEssentials();
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!m_screen->save());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets")), 0);
}

void TestIntakeScreen::historyWarnsOfARepeatRepair()
{
    // Repaired here and picked up 20 days ago.
    NewTicket earlier = m_fx->draft(QStringLiteral("352099001761481"));
    earlier.component = QStringLiteral("screen");
    const Ticket first = m_fx->createTicket(earlier);
    for (TicketStatus status :
         {TicketStatus::Diagnosing, TicketStatus::Quoted, TicketStatus::Approved,
          TicketStatus::Repairing, TicketStatus::Ready, TicketStatus::PickedUp}) {
        auto moved = test::LifecycleWalker::move(*m_fx->db, m_fx->clock, first.id, status);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    }
    m_fx->clock.advanceSeconds(20 * 86400);

    auto *imei = child<ui::ImeiEdit>("imeiEdit");
    QTest::keyClicks(imei, QStringLiteral("352099001761481"));
    QTest::keyClick(imei, Qt::Key_Return);
    QVERIFY(child<QLabel>("deviceHistoryLabel")->text().contains(first.number));
    auto *warning = child<QLabel>("repeatRepairLabel");
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(first.number));
    // Our repair warranty (RW-1) covers a new screen fault with no other evidence.
    QVERIFY(child<QLineEdit>("saleDateEdit")->text().isEmpty());
    auto *component = child<QComboBox>("componentCombo");
    component->setCurrentIndex(component->findData(QStringLiteral("screen")));
    QVERIFY(m_screen->verdict());
    QVERIFY(m_screen->verdict()->covered);
    QVERIFY(child<QLabel>("warrantyReasonsLabel")->text().contains(QStringLiteral("RW-1")));
}

// A hurried clerk who never touches the warranty section: the panel never said covered, the
// store holds no sale date and no right, the receipt prints none, and the verdict says what
// is missing.
void TestIntakeScreen::untouchedEvidenceGrantsNothing()
{
    auto *verdict = child<QLabel>("warrantyVerdictLabel");
    // An empty form: not covered, and why.
    QVERIFY(m_screen->verdict());
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(!verdict->text().contains(QStringLiteral("Covered")));
    QVERIFY(verdict->text().contains(QStringLiteral("evidence missing")));
    const QString warnings = child<QLabel>("warrantyWarningsLabel")->text();
    QVERIFY2(warnings.contains(QStringLiteral("the sale date")), qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("IMEI on the papers")));
    QVERIFY(child<QLineEdit>("saleDateEdit")->text().isEmpty());
    QVERIFY(child<QComboBox>("proofCombo")->currentData().toString().isEmpty());
    QVERIFY(child<QComboBox>("imeiMatchesCombo")->currentData().toString().isEmpty());

    fillEssentials();
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(m_screen->save());
    const Ticket t = m_fx->tickets->byId(m_screen->lastTicketId())->value();
    QVERIFY(!t.saleDate.isValid());
    const QJsonObject evidence = t.warrantyCase.value(QStringLiteral("evidence")).toObject();
    QVERIFY(evidence.value(QStringLiteral("sale_date")).isNull());
    QVERIFY(evidence.value(QStringLiteral("imei_matches")).isNull());
    QVERIFY(!t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("remedies")).toArray().isEmpty());
    const QJsonArray rules = t.warrantyVerdict.value(QStringLiteral("rules")).toArray();
    QVERIFY(rules.contains(QStringLiteral("EX-2")));
    QVERIFY(!rules.contains(QStringLiteral("CN-04")));
    bool said = false;
    for (const QJsonValue &w : t.warrantyVerdict.value(QStringLiteral("warnings")).toArray())
        said = said
               || w.toObject().value(QStringLiteral("code")).toString()
                      == QLatin1String(warranty::IntakeEvidence::missingWarningCode);
    QVERIFY(said);

    // What the customer's receipt says: no refund, no exchange, no free repair.
    auto receipt = m_screen->receiptMenu()->paper();
    QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error().message));
    const QString printed = receipt->texts().join(QLatin1Char(' '));
    QVERIFY2(printed.contains(QStringLiteral("EX-2")), qPrintable(printed));
    for (const char *right : {"CN-04", "CN-01", "refund", "退货", "换货"})
        QVERIFY2(!printed.contains(QString::fromUtf8(right)), right);
}

// Each piece alone grants nothing; all three together give the 7-day rights (CN-04).
void TestIntakeScreen::everyPieceOfEvidenceIsNeeded()
{
    auto *date = child<QLineEdit>("saleDateEdit");
    auto *proof = child<QComboBox>("proofCombo");
    auto *matches = child<QComboBox>("imeiMatchesCombo");
    auto *warnings = child<QLabel>("warrantyWarningsLabel");
    QTest::keyClicks(date, m_fx->clock.today().addDays(-2).toString(Qt::ISODate));
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(warnings->text().contains(QStringLiteral("its proof")));
    proof->setCurrentIndex(proof->findData(QStringLiteral("warranty_card")));
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(warnings->text().contains(QStringLiteral("IMEI on the papers")));
    QVERIFY(!warnings->text().contains(QStringLiteral("its proof")));
    matches->setCurrentIndex(matches->findData(QStringLiteral("no")));
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(m_screen->verdict()->hasRule(QStringLiteral("EX-3")));
    matches->setCurrentIndex(matches->findData(QStringLiteral("yes")));
    QVERIFY(m_screen->verdict()->covered);
    QVERIFY(m_screen->verdict()->hasRule(QStringLiteral("CN-04")));
    QVERIFY(!warnings->text().contains(QStringLiteral("missing")));
    QVERIFY(child<QLabel>("warrantyVerdictLabel")->text().contains(QStringLiteral("Covered")));
    // Back to no proof: the rights go again.
    proof->setCurrentIndex(0);
    QVERIFY(!m_screen->verdict()->covered);
}

void TestIntakeScreen::aBadDateIsSaidAndBlocksSave()
{
    fillEssentials();
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
    auto *date = child<QLineEdit>("saleDateEdit");
    QTest::keyClicks(date, QStringLiteral("2026-02-30"));
    auto *message = child<QLabel>("evidenceMessage");
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QStringLiteral("2026-02-30")), qPrintable(message->text()));
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(child<QLabel>("saveHint")->text().contains(QStringLiteral("sale date")));
    // Tomorrow is no sale date either.
    date->clear();
    QTest::keyClicks(date, m_fx->clock.today().addDays(1).toString(QStringLiteral("yyyy/M/d")));
    QVERIFY(message->text().contains(QStringLiteral("after today")));
    QVERIFY(!m_screen->save());
    // Typed as the invoice prints it.
    date->clear();
    QTest::keyClicks(date, m_fx->clock.today().addDays(-1).toString(QStringLiteral("yyyy/M/d")));
    QVERIFY(message->isHidden());
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
}

// Built before anyone logged in (the window is), opened after a clerk did: the hint speaks
// of what is missing, not of a role that cannot register phones.
void TestIntakeScreen::loggingInRefreshesWhatTheRoleMayDo()
{
    m_fx->session.logOut();
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    auto *hint = child<QLabel>("saveHint");
    QVERIFY(hint->text().contains(QStringLiteral("cannot")));
    m_fx->logIn(Role::Clerk, QStringLiteral("zhou"));
    QVERIFY2(!hint->text().contains(QStringLiteral("cannot")), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(QStringLiteral("Still needed")));
    m_fx->logIn(Role::Technician, QStringLiteral("tech"));
    QVERIFY(hint->text().contains(QStringLiteral("cannot")));
}

// Typed, not saved: in the store within moments (a crash after that loses nothing), and
// offered back to the same user on a fresh screen.
void TestIntakeScreen::draftIsKeptAndOfferedBack()
{
    QCOMPARE(drafts(), 0);
    QTest::keyClicks(child<ui::ImeiEdit>("imeiEdit"), QStringLiteral("490154203237518"));
    QTest::keyClick(child<ui::ImeiEdit>("imeiEdit"), Qt::Key_Return);
    QTest::keyClicks(child<QLineEdit>("customerPhoneEdit"), QStringLiteral("13912345678"));
    test::typeText(child<QLineEdit>("customerNameEdit"), QStringLiteral("李<b>华</b>"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("开不了机"));
    QTest::mouseClick(child<QCheckBox>("accessory_sim_tray"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    QTest::keyClicks(child<QLineEdit>("saleDateEdit"), QStringLiteral("2026-11-20"));
    QTRY_COMPARE(drafts(), 1);
    const QString userId = m_fx->session.userId();
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM intake_drafts WHERE user_id = ? "
                                        "AND json_extract(form, '$.imei') = '490154203237518'"),
                         {userId}),
             1);
    // Drafts are this counter's scratch: nothing goes to head office.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE "
                                        "'%开不了机%'")),
             0);

    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    m_screen->show();
    QVERIFY(m_screen->isDraftOffered());
    auto *bar = child<QWidget>("draftOfferBar");
    QVERIFY(!bar->isHidden());
    auto *offer = child<QLabel>("draftOfferLabel");
    QCOMPARE(offer->textFormat(), Qt::PlainText);
    QVERIFY(offer->text().contains(QStringLiteral("李<b>华</b>")));
    // The form waits for the answer.
    QVERIFY(!child<QWidget>("intakeForm")->isEnabled());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("draftRestoreButton"), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    QVERIFY(child<QWidget>("intakeForm")->isEnabled());
    QCOMPARE(child<ui::ImeiEdit>("imeiEdit")->text(), QStringLiteral("490154203237518"));
    QCOMPARE(child<QLineEdit>("brandEdit")->text(), QStringLiteral("Nokia"));
    QCOMPARE(child<QLineEdit>("customerNameEdit")->text(), QStringLiteral("李<b>华</b>"));
    QCOMPARE(child<QPlainTextEdit>("faultEdit")->toPlainText(), QStringLiteral("开不了机"));
    QVERIFY(child<QCheckBox>("accessory_sim_tray")->isChecked());
    QCOMPARE(child<QLineEdit>("saleDateEdit")->text(), QStringLiteral("2026-11-20"));
    QVERIFY(!child<QCheckBox>("backupConsentCheck")->isChecked());
    // Finished and saved.
    QTest::mouseClick(child<QCheckBox>("backupConsentCheck"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    QVERIFY(m_screen->save());
    QCOMPARE(drafts(), 0);
    const Ticket t = m_fx->tickets->byId(m_screen->lastTicketId())->value();
    QCOMPARE(t.faultDescription, QStringLiteral("开不了机"));
    QCOMPARE(t.accessories, QStringList {QStringLiteral("sim_tray")});
}

// Clerk A types; clerk B logs in at the same counter: the form is empty for B, and A's work
// waits for A, not for B. Logging out keeps it for A as well.
void TestIntakeScreen::draftIsNeverShownToAnotherUser()
{
    const QString a = m_fx->session.userId();
    test::typeText(child<QLineEdit>("customerNameEdit"), QStringLiteral("王五"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("屏幕碎了"));
    // Locked and unlocked by A: nothing moves.
    m_fx->session.lock();
    m_fx->logIn(Role::Clerk); // the same user, back from the lock
    QCOMPARE(child<QLineEdit>("customerNameEdit")->text(), QStringLiteral("王五"));
    QVERIFY(!m_screen->isDraftOffered());

    m_fx->session.lock();
    m_fx->logIn(Role::Clerk, QStringLiteral("other"));
    QVERIFY(m_fx->session.userId() != a);
    QVERIFY(child<QLineEdit>("customerNameEdit")->text().isEmpty());
    QVERIFY(child<QPlainTextEdit>("faultEdit")->toPlainText().isEmpty());
    QVERIFY(!m_screen->isDraftOffered());
    QCOMPARE(
        m_fx->count(QStringLiteral("SELECT count(*) FROM intake_drafts WHERE user_id = ?"), {a}),
        1);
    // B types and logs out: B's draft is B's.
    test::typeText(child<QLineEdit>("customerNameEdit"), QStringLiteral("赵六"));
    m_fx->session.logOut();
    QVERIFY(child<QLineEdit>("customerNameEdit")->text().isEmpty());
    QCOMPARE(drafts(), 2);

    m_fx->logIn(Role::Clerk); // A again
    QVERIFY(m_screen->isDraftOffered());
    QVERIFY(child<QLabel>("draftOfferLabel")->text().contains(QStringLiteral("王五")));
    QVERIFY(!child<QLabel>("draftOfferLabel")->text().contains(QStringLiteral("赵六")));
    QTest::mouseClick(child<QPushButton>("draftRestoreButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("customerNameEdit")->text(), QStringLiteral("王五"));
    QCOMPARE(child<QPlainTextEdit>("faultEdit")->toPlainText(), QStringLiteral("屏幕碎了"));
}

// The window closes, or is rebuilt for a language switch, right after the last key: the
// screen keeps what was typed as it goes, and the next one offers it back.
void TestIntakeScreen::draftSurvivesTheWindowGoing()
{
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("no sound"));
    QCOMPARE(drafts(), 0); // within the typing pause
    m_screen.reset();
    QCOMPARE(drafts(), 1);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    m_screen->show();
    QVERIFY(m_screen->isDraftOffered());
    // Offered and not answered yet: still in the store, should the window go again.
    QTest::qWait(ui::DraftKeeper::delayMs * 2);
    QCOMPARE(drafts(), 1);
    m_screen.reset();
    QCOMPARE(drafts(), 1);
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    QVERIFY(m_screen->isDraftOffered());
    QTest::mouseClick(child<QPushButton>("draftRestoreButton"), Qt::LeftButton);
    QCOMPARE(child<QPlainTextEdit>("faultEdit")->toPlainText(), QStringLiteral("no sound"));
}

void TestIntakeScreen::savedOrDiscardedDraftIsGone()
{
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("no sound"));
    QTRY_COMPARE(drafts(), 1);
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    QVERIFY(m_screen->isDraftOffered());
    QTest::mouseClick(child<QPushButton>("draftDiscardButton"), Qt::LeftButton);
    QVERIFY(!m_screen->isDraftOffered());
    QCOMPARE(drafts(), 0);
    QVERIFY(child<QPlainTextEdit>("faultEdit")->toPlainText().isEmpty());
    // Clear on purpose: gone too.
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("no sound"));
    QTRY_COMPARE(drafts(), 1);
    QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(drafts(), 0);
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    QVERIFY(!m_screen->isDraftOffered());
}

// A clerk with a scanner and no mouse: the scan's Enter, Enter from field to field (a new
// line in the fault's text), the arrow keys in the lists, Space on the consent, Ctrl+S.
void TestIntakeScreen::enterAdvancesAndCtrlSSaves()
{
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    auto *imei = child<ui::ImeiEdit>("imeiEdit");
    QTRY_COMPARE(focused(), imei);
    QTest::keyClicks(focused(), QStringLiteral("490154203237518"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), child<QLineEdit>("customerPhoneEdit"));
    QTest::keyClicks(focused(), QStringLiteral("13912345678"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), child<QLineEdit>("customerNameEdit"));
    test::typeText(focused(), QStringLiteral("李华"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), child<QPlainTextEdit>("faultEdit"));
    test::typeText(focused(), QStringLiteral("开不了机"));
    QTest::keyClick(focused(), Qt::Key_Return); // a new line, not the next field
    QCOMPARE(focused(), child<QPlainTextEdit>("faultEdit"));
    test::typeText(focused(), QStringLiteral("时好时坏"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>("faultCategoryCombo"));
    for (const char *next : {"componentCombo", "faultCodeCombo", "saleDateEdit"}) {
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(focused()->objectName(), QLatin1String(next));
    }
    QTest::keyClicks(focused(), m_fx->clock.today().addDays(-3).toString(Qt::ISODate));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), child<QComboBox>("proofCombo"));
    QTest::keyClick(focused(), Qt::Key_Down); // Invoice
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), child<QComboBox>("imeiMatchesCombo"));
    QTest::keyClick(focused(), Qt::Key_Down); // Matches the phone
    auto *consent = child<QCheckBox>("backupConsentCheck");
    for (int i = 0; i < 40 && focused() != consent; ++i)
        QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused(), consent);
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(consent->isChecked());

    QVERIFY(child<QPushButton>("saveButton")->toolTip().contains(QStringLiteral("Ctrl+S")));
    QSignalSpy created(m_screen.get(), &ui::IntakeScreen::ticketCreated);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(created.count(), 1);
    const Ticket t = m_fx->tickets->byId(created.at(0).at(0).toString())->value();
    QCOMPARE(t.faultDescription, QStringLiteral("开不了机\n时好时坏"));
    QCOMPARE(m_fx->customers->byId(t.customerId)->value().name, QStringLiteral("李华"));
    QCOMPARE(t.saleDate, m_fx->clock.today().addDays(-3));
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("rules"))
                .toArray()
                .contains(QStringLiteral("CN-04")));
    // Ready for the next phone, the IMEI field first.
    QTRY_COMPARE(focused(), imei);
}

// Tab (and Enter) go through the form in reading order: box by box, row by row, left to
// right, then Save.
void TestIntakeScreen::tabOrderIsTheVisualOrder()
{
    m_screen->resize(1280, 760);
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QList<QWidget *> chain;
    QWidget *w = child<ui::ImeiEdit>("imeiEdit");
    auto *save = child<QPushButton>("saveButton");
    for (int i = 0; i < 200 && w != save; ++i) {
        if (w->isVisibleTo(m_screen.get()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            chain << w;
        w = w->nextInFocusChain();
    }
    QCOMPARE(w, save);
    QCOMPARE(save->nextInFocusChain(), child<QPushButton>("clearButton"));
    QVERIFY(chain.size() > 20);
    // Where each sits on the screen: its box's place, then its own place in the box.
    const auto boxOf = [](QWidget *field) {
        QWidget *p = field->parentWidget();
        while (p && !qobject_cast<QGroupBox *>(p))
            p = p->parentWidget();
        return p;
    };
    const auto at = [this](QWidget *field) {
        return field->mapTo(m_screen.get(), QPoint(0, 0));
    };
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget *a = chain.at(i - 1);
        QWidget *b = chain.at(i);
        const QString pair = a->objectName() + QStringLiteral(" → ") + b->objectName();
        QWidget *boxA = boxOf(a);
        QWidget *boxB = boxOf(b);
        QVERIFY2(boxA && boxB, qPrintable(pair));
        if (boxA == boxB) {
            // Down the box, or right along the same row.
            const QPoint pa = at(a);
            const QPoint pb = at(b);
            const bool sameRow = qAbs(pa.y() - pb.y()) < qMin(a->height(), b->height()) / 2 + 2;
            QVERIFY2(sameRow ? pb.x() > pa.x() : pb.y() > pa.y(), qPrintable(pair));
        } else {
            // The next box: below, or to the right on the same row of boxes.
            const QPoint pa = at(boxA);
            const QPoint pb = at(boxB);
            QVERIFY2(pb.y() > pa.y() || (pb.y() == pa.y() && pb.x() > pa.x()), qPrintable(pair));
        }
    }
}

// Another program holds the store's write lock (an upgrade, a seed): the save waits from the
// event loop, saying the store is busy, the save button disabled and the window alive (a timer
// fires, a typed key lands); it lands once the lock is released. A save that gives up, or is
// cancelled, keeps the form as typed and saves nothing.
void TestIntakeScreen::saveWaitsOutAnotherProgramsLongWrite()
{
    fillEssentials();
    auto *save = child<QPushButton>("saveButton");
    auto *cancel = child<QPushButton>("busyStoreCancelButton");
    auto *message = child<QLabel>("savedLabel");
    auto *fault = child<QPlainTextEdit>("faultEdit");
    QVERIFY(save->isEnabled());
    QVERIFY(cancel->isHidden());
    const auto tickets = [this] {
        return m_fx->count(QStringLiteral("SELECT count(*) FROM tickets"));
    };

    // Giving up after 2 s: an error that says the store is busy, nothing saved, nothing lost.
    {
        test::StoreLock lock;
        QVERIFY(lock.hold(m_fx->db->path()));
        m_screen->setProperty("storeBusyPatienceMs", 2000);
        QSignalSpy created(m_screen.get(), &ui::IntakeScreen::ticketCreated);
        QElapsedTimer took;
        took.start();
        QTest::mouseClick(save, Qt::LeftButton);
        const qint64 clickMs = took.elapsed();
        qInfo("save clicked on a locked store: the click returned after %lld ms", clickMs);
        QVERIFY2(clickMs < 1500, "the click returned at once"); // no blocking wait
        QVERIFY(!save->isEnabled());
        QVERIFY(!cancel->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("busy")));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QCOMPARE(created.count(), 0);
        QVERIFY(message->property("busyRetries").toInt() >= 1);
        QVERIFY(cancel->isHidden());
        QVERIFY(!message->text().contains(QStringLiteral("saved")));
        QCOMPARE(child<ui::ImeiEdit>("imeiEdit")->text(), QStringLiteral("490154203237518"));
        QCOMPARE(child<QLineEdit>("customerNameEdit")->text(), QStringLiteral("李华"));
        QCOMPARE(fault->toPlainText(), QStringLiteral("开不了机"));
        QCOMPARE(tickets(), 0);
    }

    // Cancel stops the retries: nothing is saved even after the lock goes.
    {
        test::StoreLock lock;
        QVERIFY(lock.hold(m_fx->db->path()));
        m_screen->setProperty("storeBusyPatienceMs", QVariant());
        QSignalSpy created(m_screen.get(), &ui::IntakeScreen::ticketCreated);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QTest::qWait(600);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(save->isEnabled());
        QVERIFY(cancel->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("Not saved")));
        lock.release();
        QTest::qWait(1000);
        QCOMPARE(created.count(), 0);
        QCOMPARE(tickets(), 0);
        QCOMPARE(fault->toPlainText(), QStringLiteral("开不了机"));
    }

    // The usual patience: the window keeps working while it waits, and the save lands once
    // the other program is done, with the form as it was when Save was pressed.
    test::StoreLock lock;
    QVERIFY(lock.hold(m_fx->db->path()));
    QSignalSpy created(m_screen.get(), &ui::IntakeScreen::ticketCreated);
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start(50);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(created.count(), 0);
    QVERIFY(message->text().contains(QStringLiteral("busy")));
    QTest::qWait(1500);
    qInfo("a 50 ms timer fired %d times in 1.5 s of waiting", ticks);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the event loop ran meanwhile
    fault->setFocus();
    fault->moveCursor(QTextCursor::End);
    QTest::keyClicks(fault, QStringLiteral("!"));
    QCOMPARE(fault->toPlainText(), QStringLiteral("开不了机!")); // typing lands while it waits
    QCOMPARE(created.count(), 0);
    QCOMPARE(tickets(), 0);
    lock.release();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    QVERIFY(message->property("busyRetries").toInt() >= 1);
    QVERIFY(message->text().contains(QStringLiteral("saved")));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets WHERE fault_description = "
                                        "'开不了机'")),
             1);
}

QTEST_MAIN(TestIntakeScreen)
#include "tst_intakescreen.moc"
