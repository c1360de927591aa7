#include "aboutdialog.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMainWindow::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestMainWindow::cleanup()
{
    m_db.reset();
}

void TestMainWindow::titleAndStatusBarNameTheStore()
{
    ui::MainWindow window(*m_db, QStringLiteral("en"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Repair Counter"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("storePathLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(m_db->path()));
    QVERIFY(window.screenCount() >= 1);
}

void TestMainWindow::aboutNamesLicences()
{
    ui::AboutDialog dialog(*m_db);
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
    ui::MainWindow window(*m_db, QStringLiteral("en"));
    QSignalSpy spy(&window, &ui::MainWindow::languageChangeRequested);
    auto *zh = window.findChild<QAction *>(QStringLiteral("language_zh_CN"));
    QVERIFY(zh);
    zh->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("zh_CN"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
