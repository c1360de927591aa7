#include "setup/setupwizard.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace rc;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void neededOnlyWithoutUsers();
    void finishingSavesSettingsAndManager();
    void nextNeedsEveryCenterField();
    void pinsMustMatch();
    void managerPinHasSixDigits();

private:
    void fill(ui::SetupWizard &wizard, const char *name, const QString &text);
    std::unique_ptr<test::UiFixture> m_fx;
};

void TestSetupWizard::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
}

void TestSetupWizard::fill(ui::SetupWizard &wizard, const char *name, const QString &text)
{
    auto *edit = wizard.findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    test::typeText(edit, text);
}

void TestSetupWizard::neededOnlyWithoutUsers()
{
    QVERIFY(ui::SetupWizard::isNeeded(*m_fx->services));
    QVERIFY(m_fx->users->create(QStringLiteral("boss"), QStringLiteral("Boss"), Role::Manager,
                                QStringLiteral("123456")));
    QVERIFY(!ui::SetupWizard::isNeeded(*m_fx->services));
}

void TestSetupWizard::finishingSavesSettingsAndManager()
{
    ui::SetupWizard wizard(*m_fx->services);
    wizard.show();
    fill(wizard, "centerNameEdit", QStringLiteral("深圳福田维修中心"));
    fill(wizard, "centerCodeEdit", QStringLiteral("sz302"));
    fill(wizard, "centerAddressEdit", QStringLiteral("深圳市福田区华强北路 1 号"));
    fill(wizard, "centerPhoneEdit", QStringLiteral("0755-8888 0000"));
    fill(wizard, "stationCodeEdit", QStringLiteral("02"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    fill(wizard, "managerUserEdit", QStringLiteral("boss"));
    fill(wizard, "managerNameEdit", QStringLiteral("李店长"));
    fill(wizard, "managerPinEdit", QStringLiteral("135790"));
    fill(wizard, "managerPinAgainEdit", QStringLiteral("135790"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    auto *brand = wizard.findChild<QComboBox *>(QStringLiteral("brandPolicyCombo"));
    brand->setCurrentIndex(brand->findData(QStringLiteral("cn-brand-example")));
    auto *statutory = wizard.findChild<QComboBox *>(QStringLiteral("statutoryPolicyCombo"));
    QCOMPARE(statutory->currentData().toString(), QStringLiteral("cn-sanbao"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(m_fx->settings->value(QStringLiteral("center.code")).value(), QStringLiteral("SZ302"));
    QCOMPARE(m_fx->settings->value(QStringLiteral("center.name")).value(),
             QStringLiteral("深圳福田维修中心"));
    QCOMPARE(m_fx->settings->value(QStringLiteral("center.address")).value(),
             QStringLiteral("深圳市福田区华强北路 1 号"));
    QCOMPARE(m_fx->settings->value(QStringLiteral("center.phone")).value(),
             QStringLiteral("0755-8888 0000"));
    QCOMPARE(m_fx->settings->value(QStringLiteral("station.code")).value(), QStringLiteral("02"));
    QCOMPARE(m_fx->settings->value(QStringLiteral("policy.statutory")).value(),
             QStringLiteral("cn-sanbao"));
    QCOMPARE(m_fx->settings->value(QStringLiteral("policy.brand")).value(),
             QStringLiteral("cn-brand-example"));
    auto manager = m_fx->users->authenticate(QStringLiteral("boss"), QStringLiteral("135790"));
    QVERIFY(manager);
    QCOMPARE(manager->role, Role::Manager);
    QCOMPARE(manager->displayName, QStringLiteral("李店长"));
    QCOMPARE(wizard.createdUsername(), QStringLiteral("boss"));
    QVERIFY(!ui::SetupWizard::isNeeded(*m_fx->services));
}

void TestSetupWizard::nextNeedsEveryCenterField()
{
    ui::SetupWizard wizard(*m_fx->services);
    wizard.show();
    fill(wizard, "centerNameEdit", QStringLiteral("Center"));
    fill(wizard, "centerCodeEdit", QStringLiteral("SZ1"));
    fill(wizard, "centerPhoneEdit", QStringLiteral("0755 1234"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *hint = wizard.findChild<QLabel *>(QStringLiteral("setupCenterHint"));
    QVERIFY(hint->text().contains(QStringLiteral("address")));
    fill(wizard, "centerAddressEdit", QStringLiteral("1 Road"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestSetupWizard::pinsMustMatch()
{
    ui::SetupWizard wizard(*m_fx->services);
    wizard.show();
    fill(wizard, "centerNameEdit", QStringLiteral("Center"));
    fill(wizard, "centerCodeEdit", QStringLiteral("SZ1"));
    fill(wizard, "centerAddressEdit", QStringLiteral("1 Road"));
    fill(wizard, "centerPhoneEdit", QStringLiteral("0755 1234"));
    wizard.next();
    fill(wizard, "managerUserEdit", QStringLiteral("boss"));
    fill(wizard, "managerNameEdit", QStringLiteral("Boss"));
    fill(wizard, "managerPinEdit", QStringLiteral("123456"));
    fill(wizard, "managerPinAgainEdit", QStringLiteral("123457"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    fill(wizard, "managerPinAgainEdit", QStringLiteral("123456"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM users")), 0);
}

// A manager's PIN has at least 6 digits (issue 21): four matching digits do not let the
// wizard go on, and the page says why.
void TestSetupWizard::managerPinHasSixDigits()
{
    ui::SetupWizard wizard(*m_fx->services);
    wizard.show();
    fill(wizard, "centerNameEdit", QStringLiteral("Center"));
    fill(wizard, "centerCodeEdit", QStringLiteral("SZ1"));
    fill(wizard, "centerAddressEdit", QStringLiteral("1 Road"));
    fill(wizard, "centerPhoneEdit", QStringLiteral("0755 1234"));
    wizard.next();
    fill(wizard, "managerUserEdit", QStringLiteral("boss"));
    fill(wizard, "managerNameEdit", QStringLiteral("Boss"));
    for (const QString &pin : {QStringLiteral("1234"), QStringLiteral("12345")}) {
        fill(wizard, "managerPinEdit", pin);
        fill(wizard, "managerPinAgainEdit", pin);
        QVERIFY2(!wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(pin));
        bool told = false;
        for (auto *label : wizard.currentPage()->findChildren<QLabel *>())
            told = told || label->text().contains(QStringLiteral("6 to 12"));
        QVERIFY2(told, qPrintable(pin));
    }
    fill(wizard, "managerPinEdit", QStringLiteral("123456"));
    fill(wizard, "managerPinAgainEdit", QStringLiteral("123456"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM users")), 0);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
