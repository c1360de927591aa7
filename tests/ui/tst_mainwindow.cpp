#include "aboutdialog.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "uifixture.h"
#include "widgets/idlewatcher.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace rc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void titleAndStatusBarNameTheStore();
    void aboutNamesLicences();
    void languageMenuRequestsSwitch();
    void loginWithUserAndPin();
    void wrongPinIsRefusedAndLocksTheAccount();
    void navigationOffersOnlyTheRolesScreens_data();
    void navigationOffersOnlyTheRolesScreens();
    void idleLocksAndPinUnlocks();
    void logOutReturnsToLogin();
    void nextUserStartsOnTheirOwnScreen();
    void windowFitsTheScreen();

private:
    std::unique_ptr<ui::MainWindow> makeWindow();
    void logInThroughForm(ui::MainWindow &window, const QString &user, const QString &pin);

    std::unique_ptr<test::UiFixture> m_fx;
    QWidget *m_clerkScreen = nullptr;
    QWidget *m_techScreen = nullptr;
    QWidget *m_everyoneScreen = nullptr;
};

void TestMainWindow::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    QVERIFY(m_fx->users->create(QStringLiteral("zhang"), QStringLiteral("张前台"), Role::Clerk,
                                QStringLiteral("1111")));
    QVERIFY(m_fx->users->create(QStringLiteral("wang"), QStringLiteral("王工"), Role::Technician,
                                QStringLiteral("2222")));
    QVERIFY(m_fx->users->create(QStringLiteral("boss"), QStringLiteral("李店长"), Role::Manager,
                                QStringLiteral("333333")));
}

void TestMainWindow::cleanup()
{
    m_fx.reset();
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow()
{
    UserRepository &users = *m_fx->users;
    auto *login
        = new ui::LoginScreen(m_fx->session, [&users](const QString &user, const QString &pin) {
              return users.authenticate(user, pin);
          });
    auto window = std::make_unique<ui::MainWindow>(*m_fx->services, m_fx->session, login,
                                                   QStringLiteral("en"));
    m_everyoneScreen = new QWidget;
    m_everyoneScreen->setObjectName(QStringLiteral("everyone"));
    m_clerkScreen = new QWidget;
    m_clerkScreen->setObjectName(QStringLiteral("intakeOnly"));
    m_techScreen = new QWidget;
    m_techScreen->setObjectName(QStringLiteral("diagnoseOnly"));
    window->addScreen(m_everyoneScreen, QStringLiteral("Queue"), ui::Permission::ViewQueue);
    window->addScreen(m_clerkScreen, QStringLiteral("Intake"), ui::Permission::Intake);
    window->addScreen(m_techScreen, QStringLiteral("Diagnosis"), ui::Permission::Diagnose);
    window->setIdleLockMinutes(5);
    return window;
}

void TestMainWindow::logInThroughForm(ui::MainWindow &window, const QString &user,
                                      const QString &pin)
{
    auto *userEdit = window.findChild<QLineEdit *>(QStringLiteral("loginUserEdit"));
    auto *pinEdit = window.findChild<QLineEdit *>(QStringLiteral("loginPinEdit"));
    QVERIFY(userEdit && pinEdit);
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return);
}

void TestMainWindow::titleAndStatusBarNameTheStore()
{
    auto window = makeWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("Repair Counter"));
    auto *label = window->findChild<QLabel *>(QStringLiteral("storePathLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(m_fx->db->path()));
    QCOMPARE(window->screenCount(), 3);
}

void TestMainWindow::aboutNamesLicences()
{
    ui::AboutDialog dialog(m_fx->records->sqliteVersion());
    auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("licencesBrowser"));
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Qt ")));
    QVERIFY(text.contains(QStringLiteral("SQLite 3.")));
    QVERIFY(text.contains(QStringLiteral("Osmocom")));
    QVERIFY(text.contains(QStringLiteral("CC BY-SA 3.0")));
    QVERIFY(text.contains(QStringLiteral("Harald Welte")));
}

void TestMainWindow::languageMenuRequestsSwitch()
{
    auto window = makeWindow();
    QSignalSpy spy(window.get(), &ui::MainWindow::languageChangeRequested);
    auto *zh = window->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    QVERIFY(zh);
    zh->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("zh_CN"));
}

void TestMainWindow::loginWithUserAndPin()
{
    auto window = makeWindow();
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("loginScreen"));
    QVERIFY(window->offeredScreens().isEmpty());

    logInThroughForm(*window, QStringLiteral("zhang"), QStringLiteral("1111"));
    QVERIFY(m_fx->session.isLoggedIn());
    QCOMPARE(m_fx->session.user().username, QStringLiteral("zhang"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workArea"));
    auto *userLabel = window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY(userLabel->text().contains(QStringLiteral("张前台")));
    QVERIFY(userLabel->text().contains(QStringLiteral("Clerk")));
}

void TestMainWindow::wrongPinIsRefusedAndLocksTheAccount()
{
    auto window = makeWindow();
    auto *message = window->findChild<QLabel *>(QStringLiteral("loginMessage"));
    for (int i = 0; i < UserRepository::kMaxFailedAttempts; ++i) {
        logInThroughForm(*window, QStringLiteral("zhang"), QStringLiteral("9999"));
        QVERIFY(!m_fx->session.isLoggedIn());
        QVERIFY(!message->text().isEmpty());
    }
    // Locked now: even the right PIN is refused, and the store says so.
    logInThroughForm(*window, QStringLiteral("zhang"), QStringLiteral("1111"));
    QVERIFY(!m_fx->session.isLoggedIn());
    auto user = m_fx->users->byUsername(QStringLiteral("zhang"));
    QVERIFY(user && user->has_value());
    QVERIFY(user->value().lockedUntil.isValid());
    QVERIFY(!message->text().isEmpty());
}

void TestMainWindow::navigationOffersOnlyTheRolesScreens_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("clerk") << QStringLiteral("zhang") << QStringLiteral("1111")
                           << QStringList {QStringLiteral("everyone"),
                                           QStringLiteral("intakeOnly")};
    QTest::newRow("technician") << QStringLiteral("wang") << QStringLiteral("2222")
                                << QStringList {QStringLiteral("everyone"),
                                                QStringLiteral("diagnoseOnly")};
    QTest::newRow("manager") << QStringLiteral("boss") << QStringLiteral("333333")
                             << QStringList {QStringLiteral("everyone"),
                                             QStringLiteral("intakeOnly"),
                                             QStringLiteral("diagnoseOnly")};
}

void TestMainWindow::navigationOffersOnlyTheRolesScreens()
{
    QFETCH(QString, user);
    QFETCH(QString, pin);
    QFETCH(QStringList, offered);
    auto window = makeWindow();
    logInThroughForm(*window, user, pin);
    QStringList names;
    for (QWidget *screen : window->offeredScreens())
        names << screen->objectName();
    QCOMPARE(names, offered);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    int visible = 0;
    for (int i = 0; i < navigation->count(); ++i)
        visible += navigation->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, offered.size());
    // A screen outside the role cannot be shown by asking either.
    if (!offered.contains(QStringLiteral("diagnoseOnly")))
        QVERIFY(!window->showScreen(m_techScreen));
    if (!offered.contains(QStringLiteral("intakeOnly")))
        QVERIFY(!window->showScreen(m_clerkScreen));
}

void TestMainWindow::idleLocksAndPinUnlocks()
{
    auto window = makeWindow();
    window->show();
    logInThroughForm(*window, QStringLiteral("zhang"), QStringLiteral("1111"));
    QVERIFY(window->idleWatcher()->isActive());
    window->idleWatcher()->setTimeoutMs(50);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->session.isLocked(), 2000);
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("loginScreen"));
    QVERIFY(window->offeredScreens().isEmpty());
    // The locked user's name is filled in; the PIN alone unlocks.
    auto *userEdit = window->findChild<QLineEdit *>(QStringLiteral("loginUserEdit"));
    QCOMPARE(userEdit->text(), QStringLiteral("zhang"));
    window->idleWatcher()->setTimeoutMs(60000);
    auto *pinEdit = window->findChild<QLineEdit *>(QStringLiteral("loginPinEdit"));
    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QVERIFY(!m_fx->session.isLocked());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workArea"));
}

void TestMainWindow::logOutReturnsToLogin()
{
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    logInThroughForm(*window, QStringLiteral("boss"), QStringLiteral("333333"));
    // Logged out with the status bar's button, which holds the keyboard once clicked.
    auto *logoutButton = window->findChild<QToolButton *>(QStringLiteral("logoutButton"));
    logoutButton->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), logoutButton);
    QTest::mouseClick(logoutButton, Qt::LeftButton);
    QVERIFY(!m_fx->session.isLoggedIn());
    auto *userEdit = window->findChild<QLineEdit *>(QStringLiteral("loginUserEdit"));
    QVERIFY(userEdit->text().isEmpty());
    // The next user types their name at once.
    QTRY_COMPARE(QApplication::focusWidget(), userEdit);
    // Logged in, the keyboard is on the screen, not on Log out.
    auto *field = new QLineEdit(m_everyoneScreen);
    field->setObjectName(QStringLiteral("queueField"));
    logInThroughForm(*window, QStringLiteral("zhang"), QStringLiteral("1111"));
    QTRY_COMPARE(QApplication::focusWidget(), field);
}

// The manager left the window on Intake and logged out; the clerk who logs in next starts on
// the queue, their own first screen. A lock and unlock keeps the page of the same user.
void TestMainWindow::nextUserStartsOnTheirOwnScreen()
{
    auto window = makeWindow();
    logInThroughForm(*window, QStringLiteral("boss"), QStringLiteral("333333"));
    QVERIFY(window->showScreen(m_clerkScreen));
    QCOMPARE(window->currentScreen(), m_clerkScreen);
    window->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    logInThroughForm(*window, QStringLiteral("zhang"), QStringLiteral("1111"));
    QCOMPARE(window->currentScreen(), m_everyoneScreen);

    QVERIFY(window->showScreen(m_clerkScreen));
    window->lockSession();
    auto *pinEdit = window->findChild<QLineEdit *>(QStringLiteral("loginPinEdit"));
    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QVERIFY(!m_fx->session.isLocked());
    QCOMPARE(window->currentScreen(), m_clerkScreen);

    // Someone else logs in on the lock screen: their own first screen too.
    window->lockSession();
    logInThroughForm(*window, QStringLiteral("boss"), QStringLiteral("333333"));
    QCOMPARE(window->currentScreen(), m_everyoneScreen);
}

// Opened inside the screen's available area, status bar (Lock, Log out) included.
void TestMainWindow::windowFitsTheScreen()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 in %3x%4")
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    const QRect bar = QRect(window->statusBar()->mapTo(window.get(), QPoint(0, 0)),
                            window->statusBar()->size());
    QVERIFY(window->rect().contains(bar));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
