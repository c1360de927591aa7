#include "../uifixture.h"

#include "users/userdialog.h"
#include "users/usersscreen.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace rc;

class TestUsersScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsUsers();
    void addUserThroughTheDialog();
    void mismatchedPinsKeepTheDialogOpen();
    void managerPinHasSixDigits();
    void resetPinAndDisable();
    void lastManagerIsProtected();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    void click(QObject *parent, const char *name)
    {
        auto *button = child<QPushButton>(parent, name);
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::UsersScreen> m_screen;
    User m_boss;
    User m_clerk;
};

void TestUsersScreen::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    m_boss = m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    m_clerk = *m_fx->users->create(QStringLiteral("li"), QStringLiteral("李娜"), Role::Clerk,
                                   QStringLiteral("1111"));
    m_screen = std::make_unique<ui::UsersScreen>(*m_fx->services, m_fx->session);
}

void TestUsersScreen::listsUsers()
{
    auto *table = child<QTableWidget>(m_screen.get(), "usersTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("boss"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("李娜"));
    QVERIFY(!child<QPushButton>(m_screen.get(), "resetPinButton")->isEnabled()); // no selection
}

void TestUsersScreen::addUserThroughTheDialog()
{
    click(m_screen.get(), "addUserButton");
    ui::UserDialog *dialog = m_screen->dialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("wang"));
    child<QLineEdit>(dialog, "displayNameEdit")
        ->setText(QStringLiteral("王工")); // keyClicks is ASCII only
    auto *role = child<QComboBox>(dialog, "roleCombo");
    role->setCurrentIndex(role->findData(QStringLiteral("technician")));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("2468"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("2468"));
    click(dialog, "okButton");

    auto wang = m_fx->users->byUsername(QStringLiteral("wang"));
    QVERIFY(wang->has_value());
    QCOMPARE((*wang)->role, Role::Technician);
    QVERIFY(m_fx->users->authenticate(QStringLiteral("wang"), QStringLiteral("2468")).ok());
    QCOMPARE(child<QTableWidget>(m_screen.get(), "usersTable")->rowCount(), 3);
    QVERIFY(child<QLabel>(m_screen.get(), "messageLabel")->text().contains(QStringLiteral("王工")));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'user.create' AND user_id = ?"),
                         {m_boss.id}),
             1);
}

void TestUsersScreen::mismatchedPinsKeepTheDialogOpen()
{
    click(m_screen.get(), "addUserButton");
    ui::UserDialog *dialog = m_screen->dialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("zhao"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("1235"));
    click(dialog, "okButton");
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    QVERIFY(!m_fx->users->byUsername(QStringLiteral("zhao"))->has_value());
    // Letters never reach the PIN.
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("ab"));
    QCOMPARE(child<QLineEdit>(dialog, "pinRepeatEdit")->text(), QStringLiteral("1235"));
    click(dialog, "cancelButton");
    QVERIFY(!m_fx->users->byUsername(QStringLiteral("zhao"))->has_value());
}

// A manager's PIN has at least 6 digits (issue 21): the dialog says so and keeps what was
// typed, for a new manager and for a manager's new PIN; a clerk's 4 digits stay fine.
void TestUsersScreen::managerPinHasSixDigits()
{
    click(m_screen.get(), "addUserButton");
    ui::UserDialog *dialog = m_screen->dialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("zhou"));
    auto *role = child<QComboBox>(dialog, "roleCombo");
    role->setCurrentIndex(role->findData(QStringLiteral("manager")));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("2468"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("2468"));
    click(dialog, "okButton");
    QVERIFY(dialog->isVisible());
    const QString said = child<QLabel>(dialog, "errorLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("6")), qPrintable(said));
    QVERIFY(!m_fx->users->byUsername(QStringLiteral("zhou"))->has_value());
    QCOMPARE(child<QLineEdit>(dialog, "usernameEdit")->text(), QStringLiteral("zhou"));
    QCOMPARE(child<QLineEdit>(dialog, "pinEdit")->text(), QStringLiteral("2468"));
    // The same digits for a clerk are enough.
    role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
    click(dialog, "okButton");
    QVERIFY(m_fx->users->authenticate(QStringLiteral("zhou"), QStringLiteral("2468")).ok());

    // The boss's own new PIN: 5 digits refused in the dialog, 6 taken.
    m_screen->selectUser(m_boss.id);
    click(m_screen.get(), "resetPinButton");
    dialog = m_screen->dialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("13579"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("13579"));
    click(dialog, "okButton");
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("manager")));
    QVERIFY(!m_fx->users->authenticate(QStringLiteral("boss"), QStringLiteral("13579")).ok());
    QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("1"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("1"));
    click(dialog, "okButton");
    QVERIFY(m_fx->users->authenticate(QStringLiteral("boss"), QStringLiteral("135791")).ok());
}

void TestUsersScreen::resetPinAndDisable()
{
    m_screen->selectUser(m_clerk.id);
    click(m_screen.get(), "resetPinButton");
    ui::UserDialog *dialog = m_screen->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("resetPinDialog"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinEdit"), QStringLiteral("98765"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pinRepeatEdit"), QStringLiteral("98765"));
    click(dialog, "okButton");
    QVERIFY(m_fx->users->authenticate(QStringLiteral("li"), QStringLiteral("98765")).ok());

    m_screen->selectUser(m_clerk.id);
    auto *disable = child<QPushButton>(m_screen.get(), "disableButton");
    QCOMPARE(disable->text().remove(QLatin1Char('&')),
             ui::UsersScreen::tr("Disable").remove(QLatin1Char('&')));
    click(m_screen.get(), "disableButton");
    QVERIFY(m_fx->users->byId(m_clerk.id)->value().disabled);
    QCOMPARE(m_fx->users->authenticate(QStringLiteral("li"), QStringLiteral("98765")).error().code,
             QStringLiteral("USER_DISABLED"));
    click(m_screen.get(), "disableButton"); // now "Enable"
    QVERIFY(!m_fx->users->byId(m_clerk.id)->value().disabled);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE entity_id = ? "
                                        "AND actor = 'BOSS'"),
                         {m_clerk.id}),
             3);
}

void TestUsersScreen::lastManagerIsProtected()
{
    m_screen->selectUser(m_boss.id);
    auto *role = child<QComboBox>(m_screen.get(), "roleCombo");
    role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
    click(m_screen.get(), "changeRoleButton");
    QCOMPARE(m_fx->users->byId(m_boss.id)->value().role, Role::Manager);
    QVERIFY(child<QLabel>(m_screen.get(), "messageLabel")->text().contains(QStringLiteral("BOSS")));

    // Promote the clerk; then the boss may step down.
    m_screen->selectUser(m_clerk.id);
    role->setCurrentIndex(role->findData(QStringLiteral("manager")));
    click(m_screen.get(), "changeRoleButton");
    QCOMPARE(m_fx->users->byId(m_clerk.id)->value().role, Role::Manager);
    m_screen->selectUser(m_boss.id);
    role->setCurrentIndex(role->findData(QStringLiteral("technician")));
    click(m_screen.get(), "changeRoleButton");
    QCOMPARE(m_fx->users->byId(m_boss.id)->value().role, Role::Technician);
    // The new manager cannot be disabled now: the store refuses, the screen says so.
    m_screen->selectUser(m_clerk.id);
    click(m_screen.get(), "disableButton");
    QVERIFY(!m_fx->users->byId(m_clerk.id)->value().disabled);
    QVERIFY(!child<QLabel>(m_screen.get(), "messageLabel")->text().isEmpty());
}

QTEST_MAIN(TestUsersScreen)
#include "tst_usersscreen.moc"
