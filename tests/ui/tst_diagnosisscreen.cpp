#include "workflowfixture.h"

#include "storelock.h"

#include "diagnosis/diagnosisscreen.h"
#include "store/diagnosisrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>

using namespace rc;

class TestDiagnosisScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scanOpensTicket();
    void liquidDamageFlipsVerdictAndQuoteIsIssued();
    void damageTickedAfterTheLinesMakesThemPayable();
    void noFaultFoundSkipsTheQuote();
    void repairWithoutLinesIsRefused();
    void clerkCannotSave();
    void saveWaitsOutABusyStore();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_screen->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void open(const Ticket &t);
    void addLine(int priceIndex, int quantity);

    std::unique_ptr<test::WorkflowFixture> m_fx;
    std::unique_ptr<ui::DiagnosisScreen> m_screen;
};

void TestDiagnosisScreen::init()
{
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
    m_fx->logIn(Role::Technician, QStringLiteral("zhao"));
    m_screen = std::make_unique<ui::DiagnosisScreen>(*m_fx->services, m_fx->session, m_fx->engine);
    m_screen->resize(1100, 700);
    m_screen->show();
}

void TestDiagnosisScreen::open(const Ticket &t)
{
    auto *number = child<QLineEdit>("ticketNumberEdit");
    number->clear();
    QTest::keyClicks(number, t.number.toLower());
    QTest::keyClick(number, Qt::Key_Return);
    QVERIFY(m_screen->ticket());
    QCOMPARE(m_screen->ticket()->id, t.id);
}

void TestDiagnosisScreen::addLine(int priceIndex, int quantity)
{
    child<QComboBox>("priceItemCombo")->setCurrentIndex(priceIndex);
    auto *spin = child<QSpinBox>("quantitySpin");
    spin->setValue(quantity);
    QTest::mouseClick(child<QPushButton>("addLineButton"), Qt::LeftButton);
}

void TestDiagnosisScreen::scanOpensTicket()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    open(t);
    QVERIFY(child<QLabel>("ticketSummaryLabel")->text().contains(t.number));
    QVERIFY(child<QLabel>("verdictBeforeLabel")->text().contains(QStringLiteral("CN-")));
    auto *number = child<QLineEdit>("ticketNumberEdit");
    number->clear();
    QTest::keyClicks(number, QStringLiteral("DEMO01-000000-9999"));
    QTest::keyClick(number, Qt::Key_Return);
    QVERIFY(m_screen->message().contains(QStringLiteral("DEMO01-000000-9999")));
}

void TestDiagnosisScreen::liquidDamageFlipsVerdictAndQuoteIsIssued()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    open(t);
    QTest::keyClicks(child<QPlainTextEdit>("findingsEdit"),
                     QStringLiteral("Corrosion on the display connector"));
    QTest::keyClicks(child<QLineEdit>("causeEdit"), QStringLiteral("liquid ingress"));
    auto *codes = child<QListWidget>("faultCodeList");
    codes->item(1)->setCheckState(Qt::Checked); // screen_blank
    auto *banner = child<QLabel>("verdictChangeLabel");
    QVERIFY(banner->isHidden());
    auto *liquid = child<QCheckBox>("damage_liquid");
    // On the box itself: the widget may be wider than its indicator and text.
    QTest::mouseClick(liquid, Qt::LeftButton, {}, QPoint(6, liquid->height() / 2));
    QVERIFY(child<QCheckBox>("damage_liquid")->isChecked());
    QVERIFY(!banner->isHidden());
    QVERIFY(m_screen->coverageChanged());
    QVERIFY(child<QLabel>("verdictAfterLabel")->text().contains(QStringLiteral("EX-4")));

    addLine(1, 1); // SCR-P40, payable now that it is not covered
    addLine(2, 1); // labour
    QCOMPARE(child<QTableView>("linesTable")->model()->rowCount(), 2);
    QVERIFY(child<QLabel>("payableLabel")->text().contains(QStringLiteral("200.00")));
    QTest::mouseClick(child<QPushButton>("saveDiagnosisButton"), Qt::LeftButton);

    const Ticket after = m_fx->reread(t);
    QCOMPARE(after.status, TicketStatus::Quoted);
    QCOMPARE(after.quoteRevision, 1);
    QCOMPARE(after.warrantyVerdict.value(QStringLiteral("covered")).toBool(), false);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE ticket_id = ? "
                                        "AND covered = 0"),
                         {t.id}),
             2);
    auto d = DiagnosisRepository(*m_fx->db, m_fx->clock).forTicket(t.id);
    QVERIFY(d && *d);
    QCOMPARE((*d)->damage, QStringList {QStringLiteral("liquid")});
    QCOMPARE((*d)->faultCodes, QStringList {QStringLiteral("screen_blank")});
    QCOMPARE((*d)->cause, QStringLiteral("liquid ingress"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? "
                                        "AND kind = 'diagnosis' AND json_extract(data, "
                                        "'$.coverage_changed') = 1"),
                         {t.id}),
             1);
    QVERIFY(m_screen->message().contains(QStringLiteral("tell the customer")));
}

// The lines first, while the warranty covers them; then liquid is found (EX-4): the banner
// says the customer pays, and the lines and the totals say so too, on screen and stored.
void TestDiagnosisScreen::damageTickedAfterTheLinesMakesThemPayable()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Received);
    open(t);
    QTest::keyClicks(child<QPlainTextEdit>("findingsEdit"), QStringLiteral("Display dead"));
    addLine(1, 1); // the screen and the labour: 200.00 together
    addLine(2, 1);
    auto *model = child<QTableView>("linesTable")->model();
    const auto coveredAt = [model](int row) {
        return model->index(row, 4).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    };
    QVERIFY(coveredAt(0) && coveredAt(1));
    QVERIFY(child<QLabel>("payableLabel")->text().contains(QStringLiteral("0.00")));
    QVERIFY(!child<QLabel>("payableLabel")->text().contains(QStringLiteral("200.00")));

    auto *liquid = child<QCheckBox>("damage_liquid");
    QTest::mouseClick(liquid, Qt::LeftButton, {}, QPoint(6, liquid->height() / 2));
    QVERIFY(!child<QLabel>("verdictChangeLabel")->isHidden());
    QVERIFY(!coveredAt(0) && !coveredAt(1));
    QVERIFY2(child<QLabel>("payableLabel")->text().contains(QStringLiteral("200.00")),
             qPrintable(child<QLabel>("payableLabel")->text()));
    QVERIFY(child<QLabel>("coveredLabel")->text().contains(QStringLiteral(" 0.00")));
    // Not coverable while the verdict does not cover: the box cannot be ticked back.
    QVERIFY(!(model->flags(model->index(0, 4)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model->setData(model->index(0, 4), Qt::Checked, Qt::CheckStateRole));

    // Unticked again: covered again, as new lines would be.
    QTest::mouseClick(liquid, Qt::LeftButton, {}, QPoint(6, liquid->height() / 2));
    QVERIFY(coveredAt(0) && coveredAt(1));
    QTest::mouseClick(liquid, Qt::LeftButton, {}, QPoint(6, liquid->height() / 2));
    QTest::mouseClick(child<QPushButton>("saveDiagnosisButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Quoted);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM quote_lines WHERE ticket_id = ? "
                                        "AND covered = 1"),
                         {t.id}),
             0);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT sum(unit_price_minor * quantity) FROM quote_lines "
                                        "WHERE ticket_id = ? AND covered = 0"),
                         {t.id}),
             20000);
}

void TestDiagnosisScreen::noFaultFoundSkipsTheQuote()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    open(t);
    QTest::keyClicks(child<QPlainTextEdit>("findingsEdit"), QStringLiteral("Ran 2 h, no fault"));
    QTest::mouseClick(child<QRadioButton>("outcomeNoFaultRadio"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>("addLineButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("saveDiagnosisButton"), Qt::LeftButton);
    QCOMPARE(m_fx->reread(t).status, TicketStatus::Diagnosing);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM quote_lines")), 0);
    auto d = DiagnosisRepository(*m_fx->db, m_fx->clock).forTicket(t.id);
    QVERIFY(d && *d);
    QCOMPARE((*d)->outcome, QStringLiteral("no_fault_found"));
    // none_found is not a performance fault: NF-3, not covered.
    QCOMPARE(m_fx->reread(t).warrantyVerdict.value(QStringLiteral("covered")).toBool(), false);
}

void TestDiagnosisScreen::repairWithoutLinesIsRefused()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    open(t);
    QTest::keyClicks(child<QPlainTextEdit>("findingsEdit"), QStringLiteral("Screen dead"));
    QTest::mouseClick(child<QPushButton>("saveDiagnosisButton"), Qt::LeftButton);
    QVERIFY(!m_screen->message().isEmpty());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM diagnoses")), 0);
}

void TestDiagnosisScreen::clerkCannotSave()
{
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    open(t);
    QVERIFY(!child<QPushButton>("saveDiagnosisButton")->isEnabled());
    QVERIFY(!child<QPushButton>("addLineButton")->isEnabled());
}

// Another program holds the store's write lock: the diagnosis save waits from the event loop,
// the findings as typed, and lands once the lock goes; the save button is disabled meanwhile.
// A second wait that gives up says so and keeps the findings.
void TestDiagnosisScreen::saveWaitsOutABusyStore()
{
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    open(t);
    auto *findings = child<QPlainTextEdit>("findingsEdit");
    QTest::keyClicks(findings, QStringLiteral("No fault found after a full test"));
    QTest::mouseClick(child<QRadioButton>("outcomeNoFaultRadio"), Qt::LeftButton);
    auto *save = child<QPushButton>("saveDiagnosisButton");

    {
        test::StoreLock lock;
        QVERIFY(lock.hold(m_fx->db->path()));
        m_screen->setProperty("storeBusyPatienceMs", 1500);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QVERIFY(m_screen->message().contains(QStringLiteral("busy")));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QVERIFY(!DiagnosisRepository(*m_fx->db, m_fx->clock).forTicket(t.id)->has_value());
        QCOMPARE(findings->toPlainText(), QStringLiteral("No fault found after a full test"));
        QVERIFY(!m_screen->message().isEmpty());
        QVERIFY(!m_screen->message().contains(QStringLiteral("saved")));
    }

    test::StoreLock lock;
    QVERIFY(lock.hold(m_fx->db->path()));
    m_screen->setProperty("storeBusyPatienceMs", QVariant());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    QTest::qWait(800);
    const auto stored = [this, &t] {
        return DiagnosisRepository(*m_fx->db, m_fx->clock).forTicket(t.id)->has_value();
    };
    QVERIFY(!stored());
    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(stored(), 10000);
    QVERIFY2(m_screen->message().contains(QStringLiteral("Diagnosis saved")),
             qPrintable(m_screen->message()));
    QVERIFY(save->isEnabled());
}

QTEST_MAIN(TestDiagnosisScreen)
#include "tst_diagnosisscreen.moc"
