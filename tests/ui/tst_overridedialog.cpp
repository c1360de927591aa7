#include "workflowfixture.h"

#include "workflow/overridedialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace rc;

class TestOverrideDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void managerOverridesWithReason();
    void reasonIsRequired();
    void clerkIsNotOffered();

private:
    std::unique_ptr<test::WorkflowFixture> m_fx;
};

void TestOverrideDialog::init()
{
    m_fx = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_fx->openWithPrices());
}

void TestOverrideDialog::managerOverridesWithReason()
{
    const User manager = m_fx->logIn(Role::Manager, QStringLiteral("wang"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    QVERIFY(t.warrantyVerdict.value(QStringLiteral("covered")).toBool());
    ui::OverrideDialog dialog(*m_fx->services, m_fx->session, t);
    dialog.show();
    auto *notCovered = dialog.findChild<QRadioButton *>(QStringLiteral("overrideNotCoveredRadio"));
    QVERIFY(notCovered && notCovered->isChecked());
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("overrideReasonEdit")),
                     QStringLiteral("IMEI label replaced, seen under the lamp"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("overrideSaveButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Ticket after = m_fx->reread(t);
    QCOMPARE(after.warrantyVerdict.value(QStringLiteral("covered")).toBool(), false);
    QCOMPARE(after.warrantyVerdict.value(QStringLiteral("basis")).toString(),
             QStringLiteral("none"));
    QVERIFY(after.warrantyVerdict.value(QStringLiteral("overridden")).toBool());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                        "'override' AND user_id = ? AND note = ?"),
                         {manager.id, QStringLiteral("IMEI label replaced, seen under the lamp")}),
             1);
}

void TestOverrideDialog::reasonIsRequired()
{
    m_fx->logIn(Role::Manager, QStringLiteral("wang"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    ui::OverrideDialog dialog(*m_fx->services, m_fx->session, t);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("overrideMessageLabel"))->text().isEmpty());
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE kind = "
                                        "'override'")),
             0);
}

void TestOverrideDialog::clerkIsNotOffered()
{
    m_fx->logIn(Role::Clerk, QStringLiteral("li"));
    const Ticket t = m_fx->ticketAt(TicketStatus::Diagnosing);
    ui::OverrideDialog dialog(*m_fx->services, m_fx->session, t);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("overrideSaveButton"))->isEnabled());
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("overrideReasonEdit")),
                     QStringLiteral("because"));
    // The store refuses a clerk even if asked.
    QVERIFY(!dialog.save());
    QCOMPARE(m_fx->reread(t).version, t.version);
}

QTEST_MAIN(TestOverrideDialog)
#include "tst_overridedialog.moc"
