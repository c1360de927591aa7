// The intake's warranty evidence: nothing unanswered grants a right (CN-01/02/04, EX-2/3).
#include "warranty/intakeevidence.h"
#include "warranty/warrantyengine.h"

#include <QJsonArray>
#include <QTest>

using namespace rc::warranty;

class TestIntakeEvidence : public QObject
{
    Q_OBJECT

private slots:
    void verdictFollowsWhatIsEstablished_data();
    void verdictFollowsWhatIsEstablished();
    void storedCaseKeepsAnUncheckedImeiUnanswered();
    void parseDate_data();
    void parseDate();
};

namespace {

const QDate kToday(2026, 11, 23);

// A main-unit performance fault on kToday, with the evidence given.
WarrantyCase caseWith(const IntakeEvidence &evidence)
{
    WarrantyCase c;
    c.policy = QStringLiteral("cn-sanbao");
    c.today = kToday;
    c.component = Component::MainUnit;
    c.fault = Fault::Performance;
    evidence.applyTo(c);
    return c;
}

} // namespace

void TestIntakeEvidence::verdictFollowsWhatIsEstablished_data()
{
    QTest::addColumn<QDate>("sale");
    QTest::addColumn<int>("proof"); // -1: not named, else SaleDateSource
    QTest::addColumn<int>("imei"); // -1: not checked, 0: does not match, 1: matches
    QTest::addColumn<QDate>("factory");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<QString>("rule"); // one rule the verdict must list
    QTest::addColumn<QString>("notRule"); // one it must not
    QTest::addColumn<QString>("missing"); // words of the English warning, "" for none

    const QDate recent = kToday.addDays(-3);
    const int invoice = int(SaleDateSource::Invoice);
    const int copy = int(SaleDateSource::InvoiceCopy);
    // What a hurried clerk who never touches the section gets: no right at all.
    QTest::newRow("untouched") << QDate() << -1 << -1 << QDate() << false << "EX-2"
                               << "CN-04"
                               << "the sale date, its proof";
    QTest::newRow("date only") << recent << -1 << -1 << QDate() << false << "EX-2"
                               << "CN-04"
                               << "its proof (invoice or warranty card), the check of the IMEI";
    QTest::newRow("date and proof, IMEI not checked")
        << recent << invoice << -1 << QDate() << false << "EX-2"
        << "CN-01"
        << "the check of the IMEI on the papers";
    QTest::newRow("proof and IMEI, no date")
        << QDate() << invoice << 1 << QDate() << false << "EX-2"
        << "CN-04"
        << "Still missing: the sale date.";
    // Established: the refund and exchange of the first 7 days (CN-04).
    QTest::newRow("all given") << recent << invoice << 1 << QDate() << true << "CN-04"
                               << "EX-2"
                               << "";
    QTest::newRow("invoice copy") << kToday.addDays(-10) << copy << 1 << QDate() << true << "CN-02"
                                  << "CN-04"
                                  << "";
    // The IMEI on the papers is another phone's: EX-3.
    QTest::newRow("IMEI does not match") << recent << invoice << 0 << QDate() << false << "EX-3"
                                         << "CN-04"
                                         << "";
    // Only a factory date: free repair only (CN-03), and the sale date is still missing.
    QTest::newRow("factory date only")
        << QDate() << -1 << -1 << kToday.addMonths(-5) << true << "CN-03"
        << "CN-04"
        << "the sale date";
}

void TestIntakeEvidence::verdictFollowsWhatIsEstablished()
{
    QFETCH(QDate, sale);
    QFETCH(int, proof);
    QFETCH(int, imei);
    QFETCH(QDate, factory);
    QFETCH(bool, covered);
    QFETCH(QString, rule);
    QFETCH(QString, notRule);
    QFETCH(QString, missing);

    IntakeEvidence evidence;
    evidence.saleDate = sale;
    if (proof >= 0)
        evidence.proof = SaleDateSource(proof);
    if (imei >= 0)
        evidence.imeiMatches = imei == 1;
    evidence.factoryDate = factory;

    const WarrantyEngine engine;
    auto evaluated = engine.evaluate(caseWith(evidence));
    QVERIFY2(evaluated, evaluated ? "" : qPrintable(evaluated.error().message));
    Verdict v = evaluated.value();
    evidence.annotate(v);
    const Verdict *verdict = &v;
    QCOMPARE(verdict->covered, covered);
    QVERIFY2(verdict->hasRule(rule), qPrintable(verdict->rules.join(QLatin1Char(' '))));
    QVERIFY2(!verdict->hasRule(notRule), qPrintable(verdict->rules.join(QLatin1Char(' '))));
    if (!verdict->covered) {
        QVERIFY(!verdict->hasRemedy(Remedy::Refund));
        QVERIFY(!verdict->hasRemedy(Remedy::Exchange));
    }
    QString warning;
    for (const VerdictWarning &w : std::as_const(verdict->warnings)) {
        if (w.code == QLatin1String(IntakeEvidence::missingWarningCode)) {
            QVERIFY(!w.zh.isEmpty());
            warning = w.en;
        }
    }
    QCOMPARE(evidence.saleDateEstablished(), missing.isEmpty() && sale.isValid());
    if (missing.isEmpty())
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    else
        QVERIFY2(warning.contains(missing), qPrintable(warning));
}

void TestIntakeEvidence::storedCaseKeepsAnUncheckedImeiUnanswered()
{
    IntakeEvidence evidence;
    evidence.saleDate = kToday.addDays(-3);
    evidence.proof = SaleDateSource::WarrantyCard;
    QJsonObject stored = caseWith(evidence).toJson();
    evidence.annotate(stored);
    const QJsonObject e = stored.value(QStringLiteral("evidence")).toObject();
    QVERIFY(e.value(QStringLiteral("imei_matches")).isNull());
    QVERIFY(e.value(QStringLiteral("sale_date")).isNull());
    // Evaluated again later (the diagnosis does), it gives the same verdict: not covered.
    const WarrantyEngine engine;
    auto again = engine.evaluate(stored);
    QVERIFY(again);
    QVERIFY(!again->covered);
    QVERIFY(again->hasRule(QStringLiteral("EX-2")));

    evidence.imeiMatches = true;
    stored = caseWith(evidence).toJson();
    evidence.annotate(stored);
    QCOMPARE(
        stored.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("imei_matches")),
        QJsonValue(true));
    QCOMPARE(engine.evaluate(stored)->covered, true);
}

void TestIntakeEvidence::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << "2026-11-20" << QDate(2026, 11, 20);
    QTest::newRow("slashes, short") << "2026/3/5" << QDate(2026, 3, 5);
    QTest::newRow("dots") << " 2026.11.20 " << QDate(2026, 11, 20);
    QTest::newRow("compact") << "20261120" << QDate(2026, 11, 20);
    QTest::newRow("chinese") << "2026年11月20日" << QDate(2026, 11, 20);
    QTest::newRow("no such day") << "2026-02-30" << QDate();
    QTest::newRow("day first") << "20/11/2026" << QDate();
    QTest::newRow("empty") << "" << QDate();
    QTest::newRow("words") << "last week" << QDate();
}

void TestIntakeEvidence::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(IntakeEvidence::parseDate(text), date);
}

QTEST_GUILESS_MAIN(TestIntakeEvidence)
#include "tst_intakeevidence.moc"
