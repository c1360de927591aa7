#include "../uifixture.h"

#include "prices/priceitemdialog.h"
#include "prices/pricesscreen.h"
#include "prices/pricetablemodel.h"
#include "store/pricelistrepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace rc;

class TestPricesScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importGoodFile();
    void malformedFileImportsNothingAndNamesTheLines();
    void addAndEditThroughTheDialog();
    void takenCodeKeepsTheDialogOpen();
    void searchAndExport();
    void clerkMayOnlyLook();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    static QString data(const char *name)
    {
        return QStringLiteral(RC_PRICE_DATA_DIR "/") + QString::fromLatin1(name);
    }

    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::PricesScreen> m_screen;
};

void TestPricesScreen::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    m_screen = std::make_unique<ui::PricesScreen>(*m_fx->services, m_fx->session);
    new QAbstractItemModelTester(m_screen->model(), m_screen.get());
}

void TestPricesScreen::importGoodFile()
{
    QVERIFY(m_screen->importFile(data("prices-good.csv")));
    auto *table = child<QTableView>(m_screen.get(), "pricesTable");
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, ui::PriceTableModel::Code).data().toString(),
             QStringLiteral("BAT-P40"));
    QCOMPARE(table->model()->index(2, ui::PriceTableModel::Price).data().toString(),
             QStringLiteral("899.00 CNY"));
    QVERIFY(child<QLabel>(m_screen.get(), "messageLabel")->text().contains(QLatin1Char('3')));
}

void TestPricesScreen::malformedFileImportsNothingAndNamesTheLines()
{
    QVERIFY(m_screen->importFile(data("prices-good.csv")));
    QVERIFY(!m_screen->importFile(data("prices-malformed.csv")));
    const QString message = child<QLabel>(m_screen.get(), "messageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("Line 3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 4")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 6")), qPrintable(message));
    QCOMPARE(m_screen->model()->rowCount(), 3);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM price_items WHERE code = 'OK-1'")),
             0);
}

void TestPricesScreen::addAndEditThroughTheDialog()
{
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "addPriceButton"), Qt::LeftButton);
    ui::PriceItemDialog *dialog = m_screen->dialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), QStringLiteral("SCR-P40"));
    child<QLineEdit>(dialog, "nameZhEdit")->setText(QStringLiteral("P40 屏幕总成"));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEnEdit"), QStringLiteral("P40 screen"));
    QTest::keyClicks(child<QLineEdit>(dialog, "priceEdit"), QStringLiteral("12,5"));
    child<QSpinBox>(dialog, "stockSpin")->setValue(4);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // "12,5" is not an amount
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    child<QLineEdit>(dialog, "priceEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "priceEdit"), QStringLiteral("450"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);

    PriceListRepository prices(*m_fx->db, m_fx->clock);
    auto item = prices.byCode(QStringLiteral("SCR-P40"))->value();
    QCOMPARE(item.unitPrice.minor, 45000);
    QCOMPARE(item.stock, 4);
    QCOMPARE(item.nameEn, QStringLiteral("P40 screen"));
    QCOMPARE(m_screen->model()->rowCount(), 1);

    m_screen->editItem(0);
    dialog = m_screen->dialog();
    QCOMPARE(child<QLineEdit>(dialog, "priceEdit")->text(), QStringLiteral("450.00"));
    child<QLineEdit>(dialog, "priceEdit")->setText(QStringLiteral("480.5"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(prices.byCode(QStringLiteral("SCR-P40"))->value().unitPrice.minor, 48050);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE kind = "
                                        "'price.change' AND data LIKE "
                                        "'%\"from_unit_price_minor\":45000%'")),
             1);
}

void TestPricesScreen::takenCodeKeepsTheDialogOpen()
{
    QVERIFY(m_screen->importFile(data("prices-good.csv")));
    m_screen->addItem();
    ui::PriceItemDialog *dialog = m_screen->dialog();
    child<QLineEdit>(dialog, "codeEdit")->setText(QStringLiteral("BAT-P40"));
    child<QLineEdit>(dialog, "nameZhEdit")->setText(QStringLiteral("电池"));
    child<QLineEdit>(dialog, "priceEdit")->setText(QStringLiteral("1"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("BAT-P40")));
    QCOMPARE(m_screen->model()->rowCount(), 3);
}

void TestPricesScreen::searchAndExport()
{
    QVERIFY(m_screen->importFile(data("prices-good.csv")));
    child<QLineEdit>(m_screen.get(), "priceSearchEdit")->setText(QStringLiteral("屏幕"));
    QCOMPARE(m_screen->model()->rowCount(), 1);
    child<QLineEdit>(m_screen.get(), "priceSearchEdit")->clear();
    QCOMPARE(m_screen->model()->rowCount(), 3);

    const QString path = m_fx->dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(m_screen->exportFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("code,kind,name_zh,name_en,unit_price,currency,stock,active\r\n"));
    QCOMPARE(csv.count("\r\n"), 4);
}

void TestPricesScreen::clerkMayOnlyLook()
{
    QVERIFY(m_screen->importFile(data("prices-good.csv")));
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    ui::PricesScreen screen(*m_fx->services, m_fx->session);
    QCOMPARE(screen.model()->rowCount(), 3);
    QVERIFY(!child<QPushButton>(&screen, "addPriceButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&screen, "importButton")->isEnabled());
    QVERIFY(child<QPushButton>(&screen, "exportButton")->isEnabled());
    QVERIFY(!screen.importFile(data("prices-good.csv")));
    screen.editItem(0);
    QVERIFY(!screen.dialog());
    // The screen follows the session: built while a clerk was in, used by the manager next.
    m_fx->session.logOut();
    m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    QVERIFY(child<QPushButton>(&screen, "addPriceButton")->isEnabled());
    QVERIFY(child<QPushButton>(&screen, "importButton")->isEnabled());
}

QTEST_MAIN(TestPricesScreen)
#include "tst_pricesscreen.moc"
