#include "../uifixture.h"

#include "demo/demodata.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"
#include "reports/reportsscreen.h"
#include "store/pricelistrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>

using namespace rc;

// The manager's screens are offered to managers only; settings to everyone.
class TestManagerScreens : public QObject
{
    Q_OBJECT

private slots:
    void offeredByRole_data();
    void offeredByRole();
    // With RC_SCREENSHOT_DIR set (and a real display, e.g. Xvfb), saves a picture of the
    // window on each manager screen over a demo store: how docs/screenshots/ is made.
    void screenshots();
};

void TestManagerScreens::offeredByRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("offered");
    const QStringList all {QStringLiteral("pricesScreen"), QStringLiteral("reportsScreen"),
                           QStringLiteral("tillScreen"),   QStringLiteral("auditScreen"),
                           QStringLiteral("usersScreen"),  QStringLiteral("settingsScreen")};
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

void TestManagerScreens::screenshots()
{
    const QString out = qEnvironmentVariable("RC_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("RC_SCREENSHOT_DIR is not set");
    test::UiFixture fx;
    QVERIFY(fx.open());
    SystemClock now;
    fx.clock.setNowUtc(now.nowUtc());
    DemoOptions options;
    options.tickets = 24000; // about 30 days of a busy center
    QVERIFY(DemoData::seed(*fx.db, now, options));
    QVERIFY(fx.settings->setValues(
        {{QStringLiteral("center.name"), QStringLiteral("福田维修中心")},
         {QStringLiteral("center.address"), QStringLiteral("深圳市福田区华强北路 1 号")},
         {QStringLiteral("center.phone"), QStringLiteral("0755-8888 1234")}}));
    const User boss = fx.users->byUsername(QStringLiteral("manager"))->value();
    fx.session.logIn(boss);
    const Actor actor {boss.id, boss.displayName};
    PriceListRepository prices(*fx.db, fx.clock);
    QFile csv(QStringLiteral(RC_PRICE_DATA_DIR "/prices-good.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(prices.importCsv(csv.readAll(), actor));
    QVERIFY(prices.importCsv("code,kind,name_zh,name_en,unit_price,stock\n"
                             "SCR-P40,part,华为 P40 屏幕总成,Huawei P40 screen,1280,2\n"
                             "BAT-IP12,part,iPhone 12 电池,iPhone 12 battery,329,0\n"
                             "LAB-BOARD,labour,主板维修工时,Mainboard labour,180,0\n"
                             "CHG-USB-C,part,USB-C 尾插,USB-C charging port,65,12\n",
                             actor));
    auto tickets = fx.tickets->list(TicketFilter {});
    QVERIFY(tickets && tickets->size() > 3);
    QVERIFY(fx.tickets->overrideWarranty(tickets->at(3).id,
                                         QJsonObject {{QStringLiteral("covered"), true}},
                                         QStringLiteral("发票日期经门店电话核实 / invoice date "
                                                        "confirmed by phone"),
                                         actor));
    auto clerk = fx.users->byUsername(QStringLiteral("clerk"))->value();
    QVERIFY(fx.users->setPin(clerk.id, QStringLiteral("4321"), actor));

    auto *login = new ui::LoginScreen(fx.session, [&fx](const QString &name, const QString &pin) {
        return fx.users->authenticate(name, pin);
    });
    ui::MainWindow window(*fx.services, fx.session, login, QStringLiteral("en"));
    ui::addManagerScreens(window, *fx.services, fx.session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto screens = window.offeredScreens();
    for (QWidget *screen : screens) {
        if (auto *reports = qobject_cast<ui::ReportsScreen *>(screen))
            QVERIFY(reports->run());
        // The audit trail of the manager's own changes (the demo's ticket events are many).
        if (auto *user = screen->findChild<QComboBox *>(QStringLiteral("auditUserCombo"))) {
            user->setCurrentIndex(user->findData(boss.id));
            QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("auditApplyButton")),
                              Qt::LeftButton);
        }
        QVERIFY(window.showScreen(screen));
        QTest::qWait(300);
        const QString file = out + QLatin1Char('/')
                             + screen->objectName().replace(QStringLiteral("Screen"), QString())
                             + QStringLiteral(".png");
        QVERIFY(window.grab().save(file));
    }
}

QTEST_MAIN(TestManagerScreens)
#include "tst_managerscreens.moc"
