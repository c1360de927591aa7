#include "intake/intakescreen.h"
#include "lifecyclewalker.h"
#include "print/papermenu.h"
#include "store/learnedtacrepository.h"
#include "uifixture.h"
#include "widgets/imeiedit.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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
    child<QDateEdit>("saleDateEdit")->setDate(m_fx->clock.today().addDays(-3));

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
    child<QDateEdit>("saleDateEdit")->setDate(m_fx->clock.today().addDays(-3));
    QVERIFY(m_screen->verdict() && m_screen->verdict()->covered);
    QVERIFY(reasons->text().contains(QStringLiteral("CN-04")));
    QVERIFY(verdict->text().contains(QStringLiteral("Covered")));
    // Dates as the papers print them, whatever the locale.
    const QString end = m_screen->verdict()->warrantyEnd.toString(Qt::ISODate);
    QVERIFY2(child<QLabel>("warrantyEndLabel")->text().contains(end),
             qPrintable(child<QLabel>("warrantyEndLabel")->text()));

    child<QDateEdit>("saleDateEdit")->setDate(m_fx->clock.today().addDays(-10));
    QVERIFY(reasons->text().contains(QStringLiteral("CN-05")));

    // Liquid marks found at the counter: misuse, not covered.
    QTest::mouseClick(child<QCheckBox>("condition_liquid_marks"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(4, 4));
    QVERIFY(!m_screen->verdict()->covered);
    QVERIFY(reasons->text().contains(QStringLiteral("EX-4")));
    QVERIFY(verdict->text().contains(QStringLiteral("Not covered")));

    // Two years ago: past the period.
    child<QCheckBox>("condition_liquid_marks")->setChecked(false);
    child<QDateEdit>("saleDateEdit")->setDate(m_fx->clock.today().addYears(-2));
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
    child<QCheckBox>("saleDateKnownCheck")->setChecked(false);
    auto *component = child<QComboBox>("componentCombo");
    component->setCurrentIndex(component->findData(QStringLiteral("screen")));
    QVERIFY(m_screen->verdict());
    QVERIFY(m_screen->verdict()->covered);
    QVERIFY(child<QLabel>("warrantyReasonsLabel")->text().contains(QStringLiteral("RW-1")));
}

QTEST_MAIN(TestIntakeScreen)
#include "tst_intakescreen.moc"
