// The ticket view's "Remedy…" action and its dialog (issue 20): enabled only when the stored
// verdict allows a remedy (or for a manager's override), the dialog calling the core step and
// showing its refusals as the core words them.
#include "uifixture.h"

#include "print/papermenu.h"
#include "print/papertext.h"
#include "ticket/remedydialog.h"
#include "ticket/ticketview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rc;

class TestRemedyDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exchangeThroughTheDialog();
    void noRemedyNoAction();
    void aManagerOverridesWithAReason();

private:
    // A ticket whose stored verdict names `rule` and allows `remedies`.
    Ticket ticketWith(const QString &rule, const QStringList &remedies,
                      const QString &imei = QStringLiteral("490154203237518"))
    {
        NewTicket draft = m_fx->draft(imei);
        draft.warrantyVerdict = QJsonObject {
            {QStringLiteral("covered"), true},
            {QStringLiteral("basis"), QStringLiteral("statutory")},
            {QStringLiteral("policy"), QStringLiteral("cn-sanbao")},
            {QStringLiteral("remedies"), QJsonArray::fromStringList(remedies)},
            {QStringLiteral("rules"), QJsonArray {rule}},
            {QStringLiteral("reasons"),
             QJsonArray {QJsonObject {{QStringLiteral("rule"), rule},
                                      {QStringLiteral("zh"), QStringLiteral("三包")},
                                      {QStringLiteral("en"), QStringLiteral("Statutory")}}}},
        };
        return m_fx->createTicket(draft);
    }
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<test::UiFixture> m_fx;
};

void TestRemedyDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
}

void TestRemedyDialog::exchangeThroughTheDialog()
{
    const Ticket t = ticketWith(QStringLiteral("CN-05"),
                                {QStringLiteral("exchange"), QStringLiteral("free_repair")});
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    QPushButton *button = view.remedyButton();
    QVERIFY(!button->isHidden());
    QVERIFY(button->isEnabled());
    button->click();
    ui::RemedyDialog *dialog = view.remedyDialog();
    QVERIFY(dialog);
    auto *kind = child<QComboBox>(dialog, "remedyKindCombo");
    QCOMPARE(kind->count(), 1); // the verdict allows the exchange only (CN-05)
    QVERIFY(child<QLabel>(dialog, "remedyVerdictLabel")->text().contains(QStringLiteral("CN-05")));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("exchange"));
    QVERIFY(child<QLineEdit>(dialog, "remedyReasonEdit")->isHidden());
    // Three conditions of four: the core refuses and names the one missing.
    for (const char *name :
         {"remedyCheck_box_complete", "remedyCheck_no_wear", "remedyCheck_dates_agree"})
        child<QCheckBox>(dialog, name)->setChecked(true);
    child<QLineEdit>(dialog, "remedyNewImeiEdit")->setText(QStringLiteral("860123456789014"));
    QVERIFY(!dialog->record());
    QVERIFY2(dialog->message().contains(QStringLiteral("IMEI label intact")),
             qPrintable(dialog->message()));
    // Every condition, a mistyped IMEI: refused, said plainly.
    child<QCheckBox>(dialog, "remedyCheck_imei_label_intact")->setChecked(true);
    child<QLineEdit>(dialog, "remedyNewImeiEdit")->setText(QStringLiteral("860123456789015"));
    QVERIFY(!dialog->record());
    QVERIFY2(dialog->message().contains(QStringLiteral("not a valid IMEI")),
             qPrintable(dialog->message()));
    QCOMPARE(m_fx->tickets->byId(t.id)->value().status, TicketStatus::Received);
    child<QLineEdit>(dialog, "remedyNewImeiEdit")->setText(QStringLiteral("860123456789014"));
    QVERIFY2(dialog->record(), qPrintable(dialog->message()));
    QTRY_VERIFY(!view.remedyDialog());
    QCOMPARE(m_fx->tickets->byId(t.id)->value().status, TicketStatus::Exchanged);
    QCOMPARE(child<QLabel>(&view, "ticketStatusLabel")->text(),
             TicketLifecycle::label(TicketStatus::Exchanged));
    QVERIFY(button->isHidden()); // closed
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM device_exchanges")), 1);
    // The exchange certificate is offered from the ticket view now, the refund receipt not.
    using K = print::PaperKind;
    QVERIFY(view.paperMenu(K::Exchange)->menuAction()->isVisible());
    QVERIFY(!view.paperMenu(K::Refund)->menuAction()->isVisible());
    auto certificate = view.paperMenu(K::Exchange)->paper();
    QVERIFY2(certificate, qPrintable(certificate ? QString() : certificate.error().message));
    const QString printed = certificate->texts().join(QLatin1Char(' '));
    QVERIFY2(printed.contains(QStringLiteral("860123456789014")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("CN-12")), qPrintable(printed));
    QVERIFY(!printed.contains(print::term(print::Term::Reprint, print::PaperLanguage::English)));
}

void TestRemedyDialog::noRemedyNoAction()
{
    const Ticket t = ticketWith(QStringLiteral("CN-14"), {QStringLiteral("free_repair")});
    m_fx->logIn(Role::Clerk);
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    QVERIFY(!view.remedyButton()->isHidden());
    QVERIFY(!view.remedyButton()->isEnabled());
    m_fx->logIn(Role::Technician, QStringLiteral("zhang"));
    QVERIFY(view.remedyButton()->isHidden());
}

void TestRemedyDialog::aManagerOverridesWithAReason()
{
    const Ticket t = ticketWith(QStringLiteral("CN-14"), {QStringLiteral("free_repair")});
    m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    ui::TicketView view(*m_fx->services, m_fx->session);
    QVERIFY(view.showTicket(t.id));
    QVERIFY(view.remedyButton()->isEnabled());
    view.remedyButton()->click();
    ui::RemedyDialog *dialog = view.remedyDialog();
    QVERIFY(dialog);
    auto *kind = child<QComboBox>(dialog, "remedyKindCombo");
    QCOMPARE(kind->count(), 3); // all three, each as an override
    kind->setCurrentIndex(kind->findData(QStringLiteral("refund")));
    QVERIFY(!child<QLineEdit>(dialog, "remedyReasonEdit")->isHidden());
    child<QLineEdit>(dialog, "remedyAmountEdit")->setText(QStringLiteral("2999,00"));
    QVERIFY(!dialog->record());
    QVERIFY(dialog->message().contains(QStringLiteral("2999.00")));
    child<QLineEdit>(dialog, "remedyAmountEdit")->setText(QStringLiteral("2999.00"));
    QVERIFY(!dialog->record()); // no reason: the verdict does not allow it
    QVERIFY2(dialog->message().contains(QStringLiteral("does not allow")),
             qPrintable(dialog->message()));
    child<QLineEdit>(dialog, "remedyReasonEdit")->setText(QStringLiteral("顾客投诉，同意退货"));
    QVERIFY2(dialog->record(), qPrintable(dialog->message()));
    QCOMPARE(m_fx->tickets->byId(t.id)->value().status, TicketStatus::Refunded);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund' AND "
                                        "amount_minor = 299900 AND method = 'cash'")),
             1);
}

QTEST_MAIN(TestRemedyDialog)
#include "tst_remedydialog.moc"
