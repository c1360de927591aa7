#include "../uifixture.h"

#include "print/printsettings.h"
#include "settings/settingsscreen.h"
#include "store/backup.h"
#include "widgets/documentsfolder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>

using namespace rc;

class TestSettingsScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsStoredValues();
    void marksStationAndCenterFields();
    void savesAndAudits();
    void savesTheDiagnosisFee();
    void refusesInvalidEntries_data();
    void refusesInvalidEntries();
    void printersGoToThisWorkstation();
    void printerIsAChoice();
    void backupFolderChosenAndChecked();
    void hubAndCaFile();
    void readOnlyForOtherRoles();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::SettingsScreen> m_screen;
};

void TestSettingsScreen::initTestCase()
{
    // This workstation's settings go to a temporary folder, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestSettingsScreen::init()
{
    QSettings().clear();
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    QVERIFY(m_fx->settings->setValue(QStringLiteral("center.name"), QStringLiteral("维修中心")));
    m_screen = std::make_unique<ui::SettingsScreen>(*m_fx->services, m_fx->session);
}

// Issue 19: every field says whether it is this station's or the whole center's.
void TestSettingsScreen::marksStationAndCenterFields()
{
    for (const char *name :
         {"stationCodeEdit", "lockMinutesSpin", "backupFolderEdit", "backupKeepDaysSpin",
          "hqUrlEdit", "hqTokenEdit", "syncIntervalSpin", "hqCaFileEdit", "allowHttpLanCheck"})
        QCOMPARE(child<QWidget>(m_screen.get(), name)->property("settingScope").toString(),
                 QStringLiteral("station"));
    for (const char *name : {"centerCodeEdit", "centerNameEdit", "centerPhoneEdit",
                             "statutoryCombo", "repairWarrantyDaysSpin", "uncollectedDaysSpin",
                             "diagnosisFeeEdit", "waiveDiagnosisFeeCheck"})
        QCOMPARE(child<QWidget>(m_screen.get(), name)->property("settingScope").toString(),
                 QStringLiteral("center"));
    const QList<QLabel *> labels = m_screen->findChildren<QLabel *>();
    const auto labelled = [&labels](const QString &text) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel *label) { return label->text() == text; });
    };
    QVERIFY(labelled(QStringLiteral("&Station code (this station):")));
    QVERIFY(labelled(QStringLiteral("Center &name (whole center):")));
    QVERIFY(labelled(QStringLiteral("HQ &address (this station):")));
}

void TestSettingsScreen::showsStoredValues()
{
    QCOMPARE(child<QLineEdit>(m_screen.get(), "centerCodeEdit")->text(), QStringLiteral("DEMO"));
    QCOMPARE(child<QLineEdit>(m_screen.get(), "centerNameEdit")->text(),
             QStringLiteral("维修中心"));
    QCOMPARE(child<QSpinBox>(m_screen.get(), "repairWarrantyDaysSpin")->value(), 90);
    QCOMPARE(child<QComboBox>(m_screen.get(), "statutoryCombo")->currentData().toString(),
             QStringLiteral("cn-sanbao"));
    // No folder set: the backups go beside the store, as the placeholder says.
    QVERIFY(child<QLineEdit>(m_screen.get(), "backupFolderEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(m_screen.get(), "backupFolderEdit")
                ->placeholderText()
                .endsWith(QStringLiteral("backups")));
    QVERIFY(m_screen->validate().isEmpty());
}

void TestSettingsScreen::savesAndAudits()
{
    auto *name = child<QLineEdit>(m_screen.get(), "centerNameEdit");
    name->setText(QStringLiteral("深圳福田维修中心")); // keyClicks is ASCII only
    QTest::keyClicks(child<QLineEdit>(m_screen.get(), "centerPhoneEdit"),
                     QStringLiteral("0755-8888 1234"));
    child<QSpinBox>(m_screen.get(), "repairWarrantyDaysSpin")->setValue(120);
    auto *brand = child<QComboBox>(m_screen.get(), "brandCombo");
    brand->setCurrentIndex(brand->findData(QStringLiteral("cn-brand-example")));
    QTest::keyClicks(child<QLineEdit>(m_screen.get(), "hqUrlEdit"),
                     QStringLiteral("https://hq.example.com"));
    QTest::keyClicks(child<QLineEdit>(m_screen.get(), "hqTokenEdit"), QStringLiteral("t0ken"));
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "saveButton"), Qt::LeftButton);

    QCOMPARE(*m_fx->settings->value(QStringLiteral("center.name")),
             QStringLiteral("深圳福田维修中心"));
    QCOMPARE(*m_fx->settings->intValue(QStringLiteral("repair_warranty.days")), 120);
    QCOMPARE(*m_fx->settings->value(QStringLiteral("policy.brand")),
             QStringLiteral("cn-brand-example"));
    QCOMPARE(*m_fx->settings->value(QStringLiteral("sync.hq_url")),
             QStringLiteral("https://hq.example.com"));
    QCOMPARE(*m_fx->settings->value(QStringLiteral("sync.token")), QStringLiteral("t0ken"));
    // Six keys changed, six entries; nothing else was written.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'setting.change' AND actor = 'BOSS'")),
             6);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE "
                                        "'%t0ken%'")),
             0);
    QVERIFY(!child<QLabel>(m_screen.get(), "messageLabel")->text().isEmpty());
}

// The diagnosis fee (检测费) and its waiver rule: shown as stored (none, waived on approval, by
// default), saved through core's checks.
void TestSettingsScreen::savesTheDiagnosisFee()
{
    auto *fee = child<QLineEdit>(m_screen.get(), "diagnosisFeeEdit");
    auto *waive = child<QCheckBox>(m_screen.get(), "waiveDiagnosisFeeCheck");
    QVERIFY(fee && waive);
    QCOMPARE(fee->text(), QStringLiteral("0.00"));
    QVERIFY(waive->isChecked());
    fee->clear();
    QTest::keyClicks(fee, QStringLiteral("30.00"));
    waive->setChecked(false);
    QVERIFY(m_screen->save());
    QCOMPARE(*m_fx->settings->value(QStringLiteral("fees.diagnosis")), QStringLiteral("30.00"));
    QCOMPARE(*m_fx->settings->value(QStringLiteral("fees.waive_diagnosis_on_approval")),
             QStringLiteral("0"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'setting.change'")),
             2);
    ui::SettingsScreen again(*m_fx->services, m_fx->session);
    QCOMPARE(child<QLineEdit>(&again, "diagnosisFeeEdit")->text(), QStringLiteral("30.00"));
    QVERIFY(!child<QCheckBox>(&again, "waiveDiagnosisFeeCheck")->isChecked());
}

void TestSettingsScreen::refusesInvalidEntries_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("center code lower case")
        << QStringLiteral("centerCodeEdit") << QStringLiteral("demo");
    QTest::newRow("center code too short")
        << QStringLiteral("centerCodeEdit") << QStringLiteral("D");
    QTest::newRow("no center name") << QStringLiteral("centerNameEdit") << QString();
    QTest::newRow("station letters") << QStringLiteral("stationCodeEdit") << QStringLiteral("A1");
    QTest::newRow("station one digit") << QStringLiteral("stationCodeEdit") << QStringLiteral("1");
    QTest::newRow("phone letters")
        << QStringLiteral("centerPhoneEdit") << QStringLiteral("call me");
    QTest::newRow("hq not a url") << QStringLiteral("hqUrlEdit") << QStringLiteral("hq example");
    QTest::newRow("hq ftp") << QStringLiteral("hqUrlEdit")
                            << QStringLiteral("ftp://hq.example.com");
    QTest::newRow("ca file not a full path")
        << QStringLiteral("hqCaFileEdit") << QStringLiteral("hq-ca.pem");
    QTest::newRow("ca file missing")
        << QStringLiteral("hqCaFileEdit") << QStringLiteral("/nonexistent/hq-ca.pem");
    QTest::newRow("diagnosis fee words")
        << QStringLiteral("diagnosisFeeEdit") << QStringLiteral("thirty");
    QTest::newRow("diagnosis fee negative")
        << QStringLiteral("diagnosisFeeEdit") << QStringLiteral("-5");
}

void TestSettingsScreen::refusesInvalidEntries()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    auto *edit = m_screen->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setText(text);
    QVERIFY(!m_screen->validate().isEmpty());
    QVERIFY(!m_screen->save());
    QCOMPARE(child<QLabel>(m_screen.get(), "messageLabel")->text(), m_screen->validate());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries")), 1); // boss
}

void TestSettingsScreen::printersGoToThisWorkstation()
{
    m_screen->setPrinterNames([] {
        return QStringList {QStringLiteral("XP-80C"), QStringLiteral("HP-M404")};
    });
    auto *printer = child<QComboBox>(m_screen.get(), "intakePrinterCombo");
    QVERIFY(!printer->isEditable());
    QVERIFY(printer->findData(QStringLiteral("XP-80C")) >= 0);
    printer->setCurrentIndex(printer->findData(QStringLiteral("XP-80C")));
    auto *format = child<QComboBox>(m_screen.get(), "quoteFormatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("thermal80")));
    auto *language = child<QComboBox>(m_screen.get(), "paperLanguageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QSignalSpy languageSpy(m_screen.get(), &ui::SettingsScreen::languageChangeRequested);
    auto *ui = child<QComboBox>(m_screen.get(), "languageCombo");
    ui->setCurrentIndex(ui->findData(QStringLiteral("en")));
    QVERIFY(m_screen->save());
    QSettings local;
    QCOMPARE(local.value(QStringLiteral("print/intake/printer")).toString(),
             QStringLiteral("XP-80C"));
    QCOMPARE(local.value(QStringLiteral("print/quote/format")).toString(),
             QStringLiteral("thermal80"));
    QCOMPARE(local.value(QStringLiteral("print/language")).toString(), QStringLiteral("en"));
    QCOMPARE(languageSpy.count(), 1);
    QCOMPARE(languageSpy.first().first().toString(), QStringLiteral("en"));
    // Nothing of the workstation went into the shared store.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'print%'")),
             0);
    ui::SettingsScreen again(*m_fx->services, m_fx->session);
    again.setPrinterNames([] { return QStringList {QStringLiteral("XP-80C")}; });
    QCOMPARE(child<QComboBox>(&again, "intakePrinterCombo")->currentData().toString(),
             QStringLiteral("XP-80C"));
}

void TestSettingsScreen::printerIsAChoice()
{
    m_screen->setPrinterNames([] { return QStringList {QStringLiteral("XP-80C")}; });
    auto *intake = child<QComboBox>(m_screen.get(), "intakePrinterCombo");
    auto *quote = child<QComboBox>(m_screen.get(), "quotePrinterCombo");
    auto *labelFormat = child<QComboBox>(m_screen.get(), "labelFormatCombo");
    auto *quoteFormat = child<QComboBox>(m_screen.get(), "quoteFormatCombo");
    // System default, PDF only, then the installed printers; nothing typed.
    QCOMPARE(intake->count(), 3);
    QVERIFY(!intake->isEditable());
    QCOMPARE(intake->itemData(0).toString(), QString());
    QCOMPARE(intake->itemData(1).toString(), print::PrintSettings::pdfOnly());
    QCOMPARE(intake->currentIndex(), 0);
    QCOMPARE(quoteFormat->count(), 2);
    QVERIFY(!labelFormat->isEnabled());
    // Chosen with the keyboard as a clerk would.
    quote->setFocus();
    QTest::keyClick(quote, Qt::Key_Down);
    QCOMPARE(quote->currentData().toString(), print::PrintSettings::pdfOnly());
    QTest::keyClick(quoteFormat, Qt::Key_Up);
    QCOMPARE(quoteFormat->currentData().toString(), QStringLiteral("thermal80"));
    QVERIFY(m_screen->save());
    print::PrintSettings stored;
    QVERIFY(stored.isPdfOnly(print::PaperKind::Quote));
    QCOMPARE(stored.format(print::PaperKind::Quote), print::PaperFormat::Thermal80);
    QCOMPARE(stored.printerName(print::PaperKind::Intake), QString());
    // A printer named once but gone now stays, marked, instead of turning into the default.
    QSettings().setValue(QStringLiteral("print/pickup/printer"), QStringLiteral("OldLaser"));
    m_screen->reload();
    auto *pickup = child<QComboBox>(m_screen.get(), "pickupPrinterCombo");
    QCOMPARE(pickup->currentData().toString(), QStringLiteral("OldLaser"));
    QVERIFY(pickup->currentText().contains(QStringLiteral("OldLaser")));
}

void TestSettingsScreen::backupFolderChosenAndChecked()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto *edit = child<QLineEdit>(m_screen.get(), "backupFolderEdit");
    auto *choose = child<QPushButton>(m_screen.get(), "chooseBackupFolderButton");
    QVERIFY(edit->isEnabled() && choose->isEnabled());

    // Typed: a folder that is not there is refused.
    edit->clear();
    QTest::keyClicks(edit, folder.filePath(QStringLiteral("missing")));
    QVERIFY(m_screen->validate().contains(QStringLiteral("does not exist")));
    QVERIFY(!m_screen->save());
    // A relative path is refused.
    edit->setText(QStringLiteral("backups"));
    QVERIFY(!m_screen->validate().isEmpty());
    // A folder nobody may write to is refused (root writes anywhere: not checked as root).
    const QString locked = folder.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    edit->setText(locked);
    if (QTemporaryFile(QDir(locked).filePath(QStringLiteral("x-XXXXXX"))).open())
        qInfo("running as root: the unwritable folder cannot be checked");
    else
        QVERIFY(m_screen->validate().contains(QStringLiteral("cannot be written")));
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A file is not a folder.
    QFile file(folder.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    edit->setText(file.fileName());
    QVERIFY(!m_screen->validate().isEmpty());

    // Chosen with the folder chooser: accepted, saved in the store, audited, and the backups
    // of this store go there from now on.
    QString asked;
    m_screen->setFolderChooser([&](const QString &start) {
        asked = start;
        return folder.path();
    });
    QTest::mouseClick(choose, Qt::LeftButton);
    // A file typed, or nothing: the chooser starts in the documents folder, not beside the
    // store (a dialog listing the store's folder opens its files).
    QCOMPARE(asked, ui::documentsFolder());
    edit->clear();
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(asked, ui::documentsFolder());
    QVERIFY(!asked.startsWith(QFileInfo(m_fx->db->path()).absolutePath()));
    const QString other = QFileInfo(folder.path()).absolutePath();
    edit->setText(other);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(asked, other);
    QCOMPARE(QDir::fromNativeSeparators(edit->text()), folder.path());
    QVERIFY2(m_screen->validate().isEmpty(), qPrintable(m_screen->validate()));
    const int audits = m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries"));
    QVERIFY(m_screen->save());
    QCOMPARE(*m_fx->settings->value(QStringLiteral("backup.folder")), folder.path());
    QVERIFY(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries")) > audits);
    QCOMPARE(Backup::folderFor(m_fx->db->path()), folder.path());
    // Cleared: back beside the store.
    edit->clear();
    QVERIFY(m_screen->save());
    QVERIFY(Backup::folderFor(m_fx->db->path()).endsWith(QStringLiteral("/backups")));

    // Read-only for other roles: neither the field nor the chooser.
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!choose->isEnabled());
}

// Issue 19: a hub on the LAN over plain http:// needs the switch, and a private head office
// its CA file; both are saved for this station only.
void TestSettingsScreen::hubAndCaFile()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("hq-ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")),
                   QStringLiteral("-out"), ca});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);

    auto *url = child<QLineEdit>(m_screen.get(), "hqUrlEdit");
    auto *lan = child<QCheckBox>(m_screen.get(), "allowHttpLanCheck");
    auto *caFile = child<QLineEdit>(m_screen.get(), "hqCaFileEdit");
    QVERIFY(url && lan && caFile);
    QVERIFY(!lan->isChecked());
    QVERIFY(caFile->text().isEmpty());
    url->setText(QStringLiteral("http://192.168.1.20:8431"));
    QVERIFY(m_screen->validate().contains(QStringLiteral("sync.allow_http_lan")));
    QVERIFY(!m_screen->save());
    lan->setChecked(true);
    caFile->setText(ca);
    QVERIFY2(m_screen->validate().isEmpty(), qPrintable(m_screen->validate()));
    QVERIFY(m_screen->save());
    QCOMPARE(*m_fx->settings->value(QStringLiteral("sync.hq_url")),
             QStringLiteral("http://192.168.1.20:8431"));
    QCOMPARE(*m_fx->settings->value(QStringLiteral("sync.allow_http_lan")), QStringLiteral("1"));
    QCOMPARE(*m_fx->settings->value(QStringLiteral("sync.ca_file")), ca);
    // Station settings: the change is audited, but the settings themselves never go to head
    // office or the other stations.
    QCOMPARE(
        m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'setting' "
                                   "AND entity_id IN ('sync.allow_http_lan', 'sync.ca_file')")),
        0);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'setting.change' AND entity_id IN "
                                        "('sync.allow_http_lan', 'sync.ca_file', 'sync.hq_url')")),
             3);
    ui::SettingsScreen again(*m_fx->services, m_fx->session);
    QVERIFY(child<QCheckBox>(&again, "allowHttpLanCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&again, "hqCaFileEdit")->text(), ca);
    // A public address stays https:// only, switch or not.
    child<QLineEdit>(&again, "hqUrlEdit")->setText(QStringLiteral("http://hq.example.com"));
    QVERIFY(!again.validate().isEmpty());
}

void TestSettingsScreen::readOnlyForOtherRoles()
{
    m_fx->logIn(Role::Technician, QStringLiteral("wang"));
    QVERIFY(!child<QLineEdit>(m_screen.get(), "centerNameEdit")->isEnabled());
    QVERIFY(!child<QSpinBox>(m_screen.get(), "repairWarrantyDaysSpin")->isEnabled());
    QVERIFY(!child<QLineEdit>(m_screen.get(), "diagnosisFeeEdit")->isEnabled());
    QVERIFY(!child<QCheckBox>(m_screen.get(), "waiveDiagnosisFeeCheck")->isEnabled());
    QVERIFY(child<QPushButton>(m_screen.get(), "saveButton")->isHidden());
    QVERIFY(!child<QLabel>(m_screen.get(), "readOnlyLabel")->isHidden());
    QVERIFY(child<QLineEdit>(m_screen.get(), "hqTokenEdit")->isHidden());
    QCOMPARE(child<QLineEdit>(m_screen.get(), "centerNameEdit")->text(),
             QStringLiteral("维修中心"));
    QVERIFY(!m_screen->save());
    m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    QVERIFY(child<QLineEdit>(m_screen.get(), "centerNameEdit")->isEnabled());
}

QTEST_MAIN(TestSettingsScreen)
#include "tst_settingsscreen.moc"
