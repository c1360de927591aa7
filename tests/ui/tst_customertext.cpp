// What the customer (or a clerk) typed is shown as typed on every screen: a fault written as
// "<b>…</b>" is never rendered as markup. Walks the whole window, as the composition root
// builds it, with one ticket whose every typed field carries markup around a marker.
#include "workflowfixture.h"

#include "counterscreens.h"
#include "diagnosis/diagnosisscreen.h"
#include "intake/intakescreen.h"
#include "login/loginscreen.h"
#include "mainwindow.h"
#include "managerscreens.h"
#include "pickup/pickupscreen.h"
#include "queue/queuescreen.h"
#include "quote/quotescreen.h"
#include "repair/repairscreen.h"
#include "ticket/ticketview.h"
#include "widgets/imeiedit.h"
#include "workflow/workflowscreens.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>

using namespace rc;

class TestCustomerText : public QObject
{
    Q_OBJECT

private slots:
    void everyScreenShowsItAsTyped();
};

namespace {

const QString kMarker = QStringLiteral("Zq7");

// What a label puts on the screen.
QString shown(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
                      || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

void TestCustomerText::everyScreenShowsItAsTyped()
{
    QLocale::setDefault(QLocale(QLocale::English));
    test::WorkflowFixture fx;
    QVERIFY(fx.openWithPrices());
    NewTicket draft = fx.workflowDraft();
    draft.customer.name = QStringLiteral("<b>%1</b> Li").arg(kMarker);
    draft.faultDescription
        = QStringLiteral("<i>%1</i> flickers <br> & <h1>no sound</h1>").arg(kMarker);
    draft.device.brand = QStringLiteral("<u>%1</u>").arg(kMarker);
    draft.device.model = QStringLiteral("<font color=red>%1</font>").arg(kMarker);
    draft.condition
        = QJsonObject {{QStringLiteral("note"), QStringLiteral("<s>%1</s>").arg(kMarker)}};
    const Ticket ready = fx.ticketAt(TicketStatus::Ready, draft);

    UserRepository &users = *fx.users;
    auto *login
        = new ui::LoginScreen(fx.session, [&users](const QString &user, const QString &pin) {
              return users.authenticate(user, pin);
          });
    ui::MainWindow window(*fx.services, fx.session, login, QStringLiteral("en"));
    const auto counter = ui::addCounterScreens(window, *fx.services, fx.session);
    const auto workflow
        = ui::addWorkflowScreens(window, *fx.services, fx.session, counter.ticket, fx.engine);
    ui::addManagerScreens(window, *fx.services, fx.session);
    fx.logIn(Role::Manager, QStringLiteral("boss"));
    window.show();

    // The ticket on every screen that shows one; the phone scanned at intake (its history).
    QVERIFY(counter.ticket->showTicket(ready.id));
    QVERIFY(workflow.diagnosis->showTicket(ready.id));
    QVERIFY(workflow.quote->showTicket(ready.id));
    QVERIFY(workflow.repair->showTicket(ready.id));
    QVERIFY(workflow.pickup->find(QStringLiteral("5678")));
    auto *imei = counter.intake->findChild<ui::ImeiEdit *>(QStringLiteral("imeiEdit"));
    QTest::keyClicks(imei, QStringLiteral("490154203237518"));
    QTest::keyClick(imei, Qt::Key_Return);
    counter.queue->reload();

    int labels = 0;
    QStringList rendered;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        const QString text = shown(label);
        const int marks = int(text.count(kMarker));
        if (marks == 0)
            continue;
        ++labels;
        // Every marker still has its tags around it, as typed.
        static const QRegularExpression tagged(QStringLiteral("<[a-z0-9 =]+>Zq7</[a-z0-9]+>"));
        if (int(text.count(tagged)) != marks)
            rendered << QStringLiteral("%1: %2").arg(label->objectName(), text);
    }
    QVERIFY2(rendered.isEmpty(), qPrintable(rendered.join(QLatin1Char('\n'))));
    // The ticket view (customer, phone, fault, received), the summary of four workflow screens,
    // the pickup's target and the intake's history at least.
    QVERIFY2(labels >= 9, qPrintable(QString::number(labels)));
}

QTEST_MAIN(TestCustomerText)
#include "tst_customertext.moc"
