#include "../uifixture.h"

#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"

using namespace rc;

// The manager's screens are offered to managers only; settings to everyone.
class TestManagerScreens : public QObject
{
    Q_OBJECT

private slots:
    void offeredByRole_data();
    void offeredByRole();
};

void TestManagerScreens::offeredByRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("offered");
    const QStringList all {QStringLiteral("pricesScreen"), QStringLiteral("reportsScreen"),
                           QStringLiteral("auditScreen"), QStringLiteral("usersScreen"),
                           QStringLiteral("settingsScreen")};
    QTest::newRow("manager") << int(Role::Manager) << all;
    QTest::newRow("clerk") << int(Role::Clerk) << QStringList {QStringLiteral("settingsScreen")};
    QTest::newRow("technician") << int(Role::Technician)
                                << QStringList {QStringLiteral("settingsScreen")};
}

void TestManagerScreens::offeredByRole()
{
    QFETCH(int, role);
    QFETCH(QStringList, offered);
    test::UiFixture fx;
    QVERIFY(fx.open());
    auto *login = new ui::LoginScreen(fx.session, [&fx](const QString &name, const QString &pin) {
        return fx.users->authenticate(name, pin);
    });
    ui::MainWindow window(*fx.services, fx.session, login, QStringLiteral("en"));
    ui::addManagerScreens(window, *fx.services, fx.session);
    fx.logIn(static_cast<Role>(role));
    QStringList names;
    const auto screens = window.offeredScreens();
    for (QWidget *screen : screens)
        names << screen->objectName();
    QCOMPARE(names, offered);
}

QTEST_MAIN(TestManagerScreens)
#include "tst_managerscreens.moc"
