// One phone from an empty store to the customer's hands, through the real window only:
// first-run setup, the manager creating the clerk, the technician and a price, then each
// person logging in through the login form and doing their step on the screen for it,
// found by objectName. After every step the test reads what the store holds.

#include "counterscreens.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"
#include "prices/priceitemdialog.h"
#include "prices/pricesscreen.h"
#include "print/papermenu.h"
#include "repair/repairscreen.h"
#include "setup/setupwizard.h"
#include "uifixture.h"
#include "users/userdialog.h"
#include "users/usersscreen.h"
#include "widgets/imeiedit.h"
#include "workflow/workflowscreens.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace rc;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fromEmptyStoreToPickup();

private:
    // On the screen shown first (several screens have a "saveButton"), else anywhere in
    // the window (the login form, the status bar).
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = nullptr;
        if (QWidget *screen = m_window->currentScreen(); screen && m_fx->session.isLoggedIn())
            widget = screen->findChild<T *>(QLatin1String(name));
        if (!widget)
            widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    template<typename T>
    static T *childOf(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s in %s", name, qPrintable(parent->objectName()));
        return widget;
    }
    void firstRunSetup();
    void buildWindow();
    void logIn(const QString &user, const QString &pin);
    void logOut();
    void navigate(const char *screenName);
    void click(QWidget *button);
    void tick(QCheckBox *box);
    void openFromQueue(const QString &number);
    QString status() const;
    QStringList timeline() const;
    qint64 count(const QString &sql) const { return m_fx->count(sql, {m_ticketId}); }

    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_ticketId;
    QString m_number;
};

void TestEndToEnd::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
}

void TestEndToEnd::cleanup()
{
    m_window.reset();
    m_fx.reset();
}

void TestEndToEnd::click(QWidget *button)
{
    QTRY_VERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void TestEndToEnd::tick(QCheckBox *box)
{
    QTRY_VERIFY2(box->isVisible(), qPrintable(box->objectName())); // shown on the next loop
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    QVERIFY2(box->isChecked(), qPrintable(box->objectName()));
}

// The first-run wizard, as main() shows it on an empty store.
void TestEndToEnd::firstRunSetup()
{
    QVERIFY(ui::SetupWizard::isNeeded(*m_fx->services));
    ui::SetupWizard wizard(*m_fx->services);
    wizard.show();
    const auto fill = [&wizard](const char *name, const QString &text) {
        auto *edit = childOf<QLineEdit>(&wizard, name);
        edit->clear();
        test::typeText(edit, text);
    };
    fill("centerNameEdit", QStringLiteral("深圳福田维修中心"));
    fill("centerCodeEdit", QStringLiteral("SZ302"));
    fill("centerAddressEdit", QStringLiteral("深圳市福田区华强北路 1 号"));
    fill("centerPhoneEdit", QStringLiteral("0755-8888 0000"));
    fill("stationCodeEdit", QStringLiteral("01"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    fill("managerUserEdit", QStringLiteral("boss"));
    fill("managerNameEdit", QStringLiteral("李店长"));
    fill("managerPinEdit", QStringLiteral("909090"));
    fill("managerPinAgainEdit", QStringLiteral("909090"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(!ui::SetupWizard::isNeeded(*m_fx->services));
}

// What app/repair-counter/main.cpp builds after setup (without the sync thread).
void TestEndToEnd::buildWindow()
{
    UserRepository &users = *m_fx->users;
    auto *login
        = new ui::LoginScreen(m_fx->session, [&users](const QString &user, const QString &pin) {
              return users.authenticate(user, pin);
          });
    m_window = std::make_unique<ui::MainWindow>(*m_fx->services, m_fx->session, login,
                                                QStringLiteral("en"));
    const auto counter = ui::addCounterScreens(*m_window, *m_fx->services, m_fx->session);
    ui::addWorkflowScreens(*m_window, *m_fx->services, m_fx->session, counter.ticket,
                           m_fx->warranty);
    ui::addManagerScreens(*m_window, *m_fx->services, m_fx->session);
    m_window->setIdleLockMinutes(0);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEndToEnd::logIn(const QString &user, const QString &pin)
{
    QVERIFY(!m_fx->session.isLoggedIn());
    auto *userEdit = child<QLineEdit>("loginUserEdit");
    auto *pinEdit = child<QLineEdit>("loginPinEdit");
    QVERIFY(userEdit->isVisible());
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QVERIFY2(m_fx->session.isLoggedIn(), qPrintable(child<QLabel>("loginMessage")->text()));
    QCOMPARE(m_fx->session.user().username, user);
    QVERIFY(child<QLabel>("userLabel")->text().contains(m_fx->session.displayName()));
}

void TestEndToEnd::logOut()
{
    click(child<QAbstractButton>("logoutButton"));
    QVERIFY(!m_fx->session.isLoggedIn());
    QVERIFY(child<QLineEdit>("loginUserEdit")->isVisible());
}

// Clicks the screen's entry in the navigation list (only there when the role may use it).
void TestEndToEnd::navigate(const char *screenName)
{
    auto *navigation = child<QListWidget>("navigation");
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() != QLatin1String(screenName))
            continue;
        QVERIFY2(!item->isHidden(), screenName);
        navigation->scrollToItem(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(item).center());
        QCOMPARE(m_window->currentScreen()->objectName(), QLatin1String(screenName));
        return;
    }
    QFAIL(screenName);
}

// The queue's search box with a scanned ticket number and Enter: the one match opens.
void TestEndToEnd::openFromQueue(const QString &number)
{
    navigate("queueScreen");
    auto *search = child<QLineEdit>("queueSearchEdit");
    search->clear();
    QTest::keyClicks(search, number);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("ticketView"));
    QVERIFY(child<QLabel>("ticketTitle")->text().contains(number));
}

QString TestEndToEnd::status() const
{
    QSqlQuery query(m_fx->db->connection());
    query.prepare(QStringLiteral("SELECT status FROM tickets WHERE id = ?"));
    query.addBindValue(m_ticketId);
    if (!query.exec() || !query.next())
        return QString();
    return query.value(0).toString();
}

// The statuses the ticket's events moved it to, oldest first.
QStringList TestEndToEnd::timeline() const
{
    QSqlQuery query(m_fx->db->connection());
    query.prepare(QStringLiteral("SELECT to_status FROM ticket_events WHERE ticket_id = ? AND "
                                 "to_status IS NOT NULL ORDER BY rid"));
    query.addBindValue(m_ticketId);
    QStringList statuses;
    if (query.exec()) {
        while (query.next())
            statuses.append(query.value(0).toString());
    }
    return statuses;
}

void TestEndToEnd::fromEmptyStoreToPickup()
{
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM users")), 0);
    firstRunSetup();
    buildWindow();

    // The manager sets up the counter: a clerk, a technician, a price.
    logIn(QStringLiteral("boss"), QStringLiteral("909090"));
    navigate("usersScreen");
    auto *usersScreen = m_window->findChild<ui::UsersScreen *>(QStringLiteral("usersScreen"));
    const auto addUser
        = [&](const QString &username, const QString &name, const char *role, const QString &pin) {
              click(childOf<QPushButton>(usersScreen, "addUserButton"));
              ui::UserDialog *dialog = usersScreen->dialog();
              QVERIFY(dialog && dialog->isVisible());
              QTest::keyClicks(childOf<QLineEdit>(dialog, "usernameEdit"), username);
              test::typeText(childOf<QLineEdit>(dialog, "displayNameEdit"), name);
              auto *roleCombo = childOf<QComboBox>(dialog, "roleCombo");
              roleCombo->setCurrentIndex(roleCombo->findData(QLatin1String(role)));
              QTest::keyClicks(childOf<QLineEdit>(dialog, "pinEdit"), pin);
              QTest::keyClicks(childOf<QLineEdit>(dialog, "pinRepeatEdit"), pin);
              QTest::mouseClick(childOf<QPushButton>(dialog, "okButton"), Qt::LeftButton);
              QVERIFY(m_fx->users->byUsername(username)->has_value());
          };
    addUser(QStringLiteral("zhang"), QStringLiteral("张前台"), "clerk", QStringLiteral("1111"));
    addUser(QStringLiteral("wang"), QStringLiteral("王工"), "technician", QStringLiteral("2222"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM users")), 3);

    navigate("pricesScreen");
    auto *pricesScreen = m_window->findChild<ui::PricesScreen *>(QStringLiteral("pricesScreen"));
    click(childOf<QPushButton>(pricesScreen, "addPriceButton"));
    ui::PriceItemDialog *priceDialog = pricesScreen->dialog();
    QVERIFY(priceDialog);
    QTest::keyClicks(childOf<QLineEdit>(priceDialog, "codeEdit"), QStringLiteral("SCR-3110"));
    test::typeText(childOf<QLineEdit>(priceDialog, "nameZhEdit"), QStringLiteral("屏幕总成"));
    QTest::keyClicks(childOf<QLineEdit>(priceDialog, "nameEnEdit"), QStringLiteral("Screen"));
    QTest::keyClicks(childOf<QLineEdit>(priceDialog, "priceEdit"), QStringLiteral("180"));
    childOf<QSpinBox>(priceDialog, "stockSpin")->setValue(3);
    QTest::mouseClick(childOf<QPushButton>(priceDialog, "okButton"), Qt::LeftButton);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM price_items")), 1);
    logOut();

    // Intake, by the clerk: the scanner's burst into the IMEI field, then the form.
    logIn(QStringLiteral("zhang"), QStringLiteral("1111"));
    QVERIFY(!m_window->offeredScreens().contains(usersScreen)); // the manager's only
    navigate("intakeScreen");
    auto *imei = child<ui::ImeiEdit>("imeiEdit");
    QTest::keyClicks(imei, QStringLiteral("490154203237518"));
    QTest::keyClick(imei, Qt::Key_Return);
    QCOMPARE(imei->text(), QStringLiteral("490154203237518"));
    QVERIFY(child<QLabel>("imeiMessage")->text().contains(QStringLiteral("IMEI valid")));
    QCOMPARE(child<QLineEdit>("brandEdit")->text(), QStringLiteral("Nokia"));
    QTest::keyClicks(child<QLineEdit>("customerPhoneEdit"), QStringLiteral("13912345678"));
    test::typeText(child<QLineEdit>("customerNameEdit"), QStringLiteral("李华"));
    test::typeText(child<QPlainTextEdit>("faultEdit"), QStringLiteral("屏幕不亮"));
    tick(child<QCheckBox>("accessory_sim_tray"));
    tick(child<QCheckBox>("backupConsentCheck"));
    click(child<QPushButton>("saveButton"));

    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM tickets")), 1);
    {
        QSqlQuery query(m_fx->db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, number FROM tickets")) && query.next());
        m_ticketId = query.value(0).toString();
        m_number = query.value(1).toString();
    }
    QVERIFY(m_number.startsWith(QStringLiteral("SZ302")));
    QCOMPARE(status(), QStringLiteral("received"));
    QVERIFY(child<QLabel>("savedLabel")->text().contains(m_number));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers c JOIN tickets t ON "
                                  "t.customer_id = c.id WHERE t.id = ? AND c.phone = "
                                  "'13912345678' AND c.name = '李华'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets t JOIN users u ON u.id = "
                                  "t.intake_user_id WHERE t.id = ? AND u.username = 'zhang' AND "
                                  "t.backup_consent = 1 AND t.accessories_json LIKE '%sim_tray%'")),
             1);
    QCOMPARE(timeline(), QStringList {QStringLiteral("received")});
    logOut();

    // Diagnosis, by the technician: liquid found, so the screen is payable; quote issued.
    logIn(QStringLiteral("wang"), QStringLiteral("2222"));
    openFromQueue(m_number);
    click(child<QPushButton>("diagnoseAction"));
    QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("diagnosisScreen"));
    QTest::keyClicks(child<QPlainTextEdit>("findingsEdit"),
                     QStringLiteral("Corrosion on the display connector"));
    QTest::keyClicks(child<QLineEdit>("causeEdit"), QStringLiteral("liquid ingress"));
    tick(child<QCheckBox>("damage_liquid"));
    auto *priceCombo = child<QComboBox>("priceItemCombo");
    QCOMPARE(priceCombo->count(), 1);
    priceCombo->setCurrentIndex(0);
    child<QSpinBox>("quantitySpin")->setValue(1);
    click(child<QPushButton>("addLineButton"));
    QVERIFY(child<QLabel>("payableLabel")->text().contains(QStringLiteral("180.00")));
    click(child<QPushButton>("saveDiagnosisButton"));
    QCOMPARE(status(), QStringLiteral("quoted"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM diagnoses WHERE ticket_id = ? AND "
                                  "damage LIKE '%liquid%'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE ticket_id = ? AND "
                                  "quantity = 1 AND unit_price_minor = 18000 AND covered = 0")),
             1);
    logOut();

    // The customer's approval, recorded by the clerk.
    logIn(QStringLiteral("zhang"), QStringLiteral("1111"));
    openFromQueue(m_number);
    QVERIFY(!child<QPushButton>("diagnoseAction")->isVisible()); // not the clerk's
    click(child<QPushButton>("answerAction"));
    QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("quoteScreen"));
    auto *method = child<QComboBox>("answerMethodCombo");
    method->setCurrentIndex(method->findData(QStringLiteral("in_person")));
    click(child<QPushButton>("approveButton"));
    QCOMPARE(status(), QStringLiteral("approved"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM approvals WHERE ticket_id = ? AND "
                                  "decision = 'approved' AND method = 'in_person' AND "
                                  "payable_minor = 18000")),
             1);
    logOut();

    // Repair, by the technician: started, every check ticked, ready for pickup.
    logIn(QStringLiteral("wang"), QStringLiteral("2222"));
    openFromQueue(m_number);
    click(child<QPushButton>("repairAction"));
    QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("repairScreen"));
    click(child<QPushButton>("startRepairButton"));
    QCOMPARE(status(), QStringLiteral("repairing"));
    for (const QString &key : ui::RepairScreen::checkKeys()) {
        const QByteArray name = QStringLiteral("check_%1").arg(key).toLatin1();
        tick(child<QCheckBox>(name.constData()));
    }
    QTest::keyClicks(child<QLineEdit>("repairNoteEdit"), QStringLiteral("Screen replaced"));
    click(child<QPushButton>("readyButton"));
    QCOMPARE(status(), QStringLiteral("ready"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND "
                                  "kind = 'repair' AND json_extract(data, '$.result') = 'fixed'")),
             1);
    logOut();

    // Pickup, by the clerk: the receipt's barcode, the phone's IMEI scanned again, the SIM
    // tray back, the balance paid.
    logIn(QStringLiteral("zhang"), QStringLiteral("1111"));
    navigate("pickupScreen");
    auto *search = child<QLineEdit>("pickupSearchEdit");
    QTest::keyClicks(search, m_number);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(child<QLabel>("pickupDueLabel")->text(), QStringLiteral("180.00"));
    auto *release = child<QPushButton>("releaseButton");
    QVERIFY(!release->isEnabled()); // not before the IMEI matches
    auto *pickupImei = child<QLineEdit>("pickupImeiEdit");
    QTest::keyClicks(pickupImei, QStringLiteral("490154203237518"));
    QTest::keyClick(pickupImei, Qt::Key_Return);
    tick(child<QCheckBox>("accessory_sim_tray"));
    auto *payment = child<QComboBox>("paymentMethodCombo");
    payment->setCurrentIndex(payment->findData(QStringLiteral("cash")));
    QCOMPARE(child<QLineEdit>("paymentAmountEdit")->text(), QStringLiteral("180.00"));
    click(release);
    QCOMPARE(status(), QStringLiteral("picked_up"));
    QCOMPARE(count(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE ticket_id = ? "
                                  "AND kind = 'payment' AND method = 'cash'")),
             18000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ? AND picked_up_at "
                                  "IS NOT NULL")),
             1);
    // The pickup receipt is offered for the phone just handed back.
    auto *receipt = child<QPushButton>("printPickupButton");
    QVERIFY(receipt->isEnabled());
    auto *receiptMenu = qobject_cast<print::PaperMenu *>(receipt->menu());
    QVERIFY(receiptMenu);
    auto paper = receiptMenu->paper();
    QVERIFY2(paper, qPrintable(paper ? QString() : paper.error().message));
    QVERIFY(paper->texts().join(QLatin1Char(' ')).contains(m_number));

    // The timeline is complete, each step by the person who did it.
    const QStringList expected {
        QStringLiteral("received"),  QStringLiteral("diagnosing"), QStringLiteral("quoted"),
        QStringLiteral("approved"),  QStringLiteral("repairing"),  QStringLiteral("ready"),
        QStringLiteral("picked_up"),
    };
    QCOMPARE(timeline(), expected);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events e JOIN users u ON u.id = "
                                  "e.user_id WHERE e.ticket_id = ? AND u.username = 'wang' AND "
                                  "e.to_status IN ('diagnosing', 'quoted', 'repairing', "
                                  "'ready')")),
             4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ticket_events e JOIN users u ON u.id = "
                                  "e.user_id WHERE e.ticket_id = ? AND u.username = 'zhang' AND "
                                  "e.to_status IN ('received', 'approved', 'picked_up')")),
             3);
    openFromQueue(m_number);
    QVERIFY(child<QLabel>("ticketStatusLabel")->isVisible());
    QVERIFY(child<QTreeWidget>("timelineTree")->topLevelItemCount() >= expected.size());
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
