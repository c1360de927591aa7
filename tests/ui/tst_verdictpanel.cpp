// The verdict panel (ui/widgets/verdictpanel.h) the intake form and the diagnosis screen
// share: what it shows of a verdict, named after the prefix a screen gives it.
#include "warranty/verdict.h"
#include "widgets/verdictpanel.h"

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace rc;

class TestVerdictPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void showsEveryPartUnderItsPrefix();
    void notCoveredSaysWhetherEvidenceIsMissing();
    void problemAndClear();
    void summaryShownOrNot();
    void summaryOfStoredVerdict();

private:
    static warranty::Verdict coveredVerdict();
    static QLabel *label(const QWidget &panel, const char *name)
    {
        auto *found = panel.findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }
};

warranty::Verdict TestVerdictPanel::coveredVerdict()
{
    warranty::Verdict v;
    v.covered = true;
    v.basis = warranty::Basis::Statutory;
    v.remedies = {warranty::Remedy::Exchange, warranty::Remedy::FreeRepair};
    v.warrantyEnd = QDate(2027, 10, 1);
    v.repairWarrantyEnd = QDate(2027, 2, 1);
    v.rules = {QStringLiteral("CN-05")};
    v.reasons = {{QStringLiteral("CN-05"), QStringLiteral("十五日内性能故障"),
                  QStringLiteral("Performance fault within 15 days <of sale>")}};
    v.warnings = {{QStringLiteral("EU-02"), QStringLiteral("举证"), QStringLiteral("Proof")}};
    return v;
}

void TestVerdictPanel::showsEveryPartUnderItsPrefix()
{
    ui::VerdictPanel panel(QStringLiteral("warranty"));
    panel.showVerdict(coveredVerdict(), false);
    QVERIFY(label(panel, "warrantyVerdictLabel")->text().contains(QStringLiteral("Covered")));
    QVERIFY(!label(panel, "warrantyRemediesLabel")->text().isEmpty());
    const QString ends = label(panel, "warrantyEndLabel")->text();
    QVERIFY2(ends.contains(QStringLiteral("2027-10-01"))
                 && ends.contains(QStringLiteral("2027-02-01")),
             qPrintable(ends));
    const QString reasons = label(panel, "warrantyReasonsLabel")->text();
    QVERIFY(reasons.contains(QStringLiteral("CN-05")));
    // What the verdict says is escaped, not taken as markup.
    QVERIFY2(reasons.contains(QStringLiteral("&lt;of sale&gt;")), qPrintable(reasons));
    QVERIFY(label(panel, "warrantyWarningsLabel")->text().contains(QStringLiteral("Proof")));

    ui::VerdictPanel other(QStringLiteral("found"));
    QVERIFY(other.findChild<QLabel *>(QStringLiteral("foundReasonsLabel")));
    QVERIFY(!other.findChild<QLabel *>(QStringLiteral("warrantyReasonsLabel")));
}

void TestVerdictPanel::notCoveredSaysWhetherEvidenceIsMissing()
{
    ui::VerdictPanel panel(QStringLiteral("warranty"));
    warranty::Verdict v;
    panel.showVerdict(v, false);
    QVERIFY(label(panel, "warrantyVerdictLabel")->text().contains(QStringLiteral("paid")));
    panel.showVerdict(v, true);
    QVERIFY(label(panel, "warrantyVerdictLabel")->text().contains(QStringLiteral("missing")));
    QVERIFY(label(panel, "warrantyRemediesLabel")->text().isEmpty());
    QVERIFY(label(panel, "warrantyEndLabel")->text().isEmpty());
}

void TestVerdictPanel::problemAndClear()
{
    ui::VerdictPanel panel(QStringLiteral("warranty"));
    panel.showVerdict(coveredVerdict(), false);
    panel.showProblem(QStringLiteral("The store <is> busy"));
    QVERIFY(label(panel, "warrantyVerdictLabel")->text().contains(QStringLiteral("&lt;is&gt;")));
    QVERIFY(label(panel, "warrantyReasonsLabel")->text().isEmpty());
    panel.showVerdict(coveredVerdict(), false);
    panel.clear();
    for (const char *name : {"warrantyVerdictLabel", "warrantyRemediesLabel", "warrantyEndLabel",
                             "warrantyReasonsLabel", "warrantyWarningsLabel"})
        QVERIFY2(label(panel, name)->text().isEmpty(), name);
}

void TestVerdictPanel::summaryShownOrNot()
{
    ui::VerdictPanel panel(QStringLiteral("found"));
    panel.show();
    panel.showVerdict(coveredVerdict(), false);
    QVERIFY(label(panel, "foundVerdictLabel")->isVisible());
    panel.setSummaryShown(false);
    QVERIFY(!label(panel, "foundVerdictLabel")->isVisible());
    QVERIFY(!label(panel, "foundReasonsLabel")->isVisible());
    QVERIFY(label(panel, "foundRemediesLabel")->isVisible());
    QVERIFY(label(panel, "foundWarningsLabel")->isVisible());
}

void TestVerdictPanel::summaryOfStoredVerdict()
{
    QJsonObject json = coveredVerdict().toJson();
    QString line = ui::VerdictPanel::summary(json);
    QVERIFY2(line.startsWith(QStringLiteral("Covered")), qPrintable(line));
    QVERIFY(line.contains(QStringLiteral("(CN-05)")));
    json.insert(QStringLiteral("covered"), false);
    json.insert(QStringLiteral("overridden"), true);
    line = ui::VerdictPanel::summary(json);
    QVERIFY2(line.startsWith(QStringLiteral("Not covered (overridden")), qPrintable(line));
    QCOMPARE(ui::VerdictPanel::summary({}), QStringLiteral("No warranty verdict recorded."));
}

QTEST_MAIN(TestVerdictPanel)
#include "tst_verdictpanel.moc"
