// The loaner phone's papers (issue 20, CN-07): the loan agreement printed at lend and its
// return slip, rendered by `repairctl receipt render --kind loan|loan-return` (a real process)
// from a real store in 80 mm and A4, Chinese and English, and read back with pdftotext.
#include "paperchecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::print::test;

class TestLoanPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreementAndReturnSlip_data();
    void agreementAndReturnSlip();

private:
    Run repairctl(const QString &arguments)
    {
        QStringList args {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("store.sqlite"))};
        args += arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return run(QStringLiteral(REPAIRCTL_PATH), args,
                   {QStringLiteral("REPAIRCTL_USER=boss"), QStringLiteral("REPAIRCTL_PIN=864209")});
    }
    QTemporaryDir m_dir;
    QString m_number;
};

void TestLoanPaper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // setup reads the PIN from standard input; paperchecks' run() gives none, so a shell.
    const Run setup = run(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("echo 864209 | '%1' --db '%2' setup --center SZ01 "
                        "--center-name 深圳维修中心 --station 01 --manager boss "
                        "--manager-name 王店长")
             .arg(QStringLiteral(REPAIRCTL_PATH), m_dir.filePath(QStringLiteral("store.sqlite")))});
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
    const Run created = repairctl(QStringLiteral("ticket create --imei 490154203237518 --name "
                                                 "王小明 --phone 13812345678 --fault 屏幕不亮 "
                                                 "--backup-consent"));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    m_number
        = QJsonDocument::fromJson(created.out).object().value(QLatin1String("number")).toString();
    QVERIFY(!m_number.isEmpty());
    QCOMPARE(repairctl(QStringLiteral("loaner add --imei 356938035643809 --model HuaweiP40 "
                                      "--deposit 200.00"))
                 .exitCode,
             0);
    // No loan yet: nothing to print.
    const Run none = repairctl(QStringLiteral("receipt render %1 --kind loan --out %2")
                                   .arg(m_number, m_dir.filePath(QStringLiteral("none.pdf"))));
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(
        repairctl(
            QStringLiteral("loaner lend %1 --imei 356938035643809 --method card").arg(m_number))
            .exitCode,
        0);
}

void TestLoanPaper::agreementAndReturnSlip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lang");
    QTest::newRow("thermal80 zh_CN") << QStringLiteral("thermal80") << QStringLiteral("zh_CN");
    QTest::newRow("thermal80 en") << QStringLiteral("thermal80") << QStringLiteral("en");
    QTest::newRow("a4 zh_CN") << QStringLiteral("a4") << QStringLiteral("zh_CN");
    QTest::newRow("a4 en") << QStringLiteral("a4") << QStringLiteral("en");
}

void TestLoanPaper::agreementAndReturnSlip()
{
    QFETCH(QString, format);
    QFETCH(QString, lang);
    const bool zh = lang == QLatin1String("zh_CN");
    const QString agreement = m_dir.filePath(QStringLiteral("loan-%1-%2.pdf").arg(format, lang));
    const Run rendered = repairctl(QStringLiteral("receipt render %1 --kind loan --format %2 "
                                                  "--lang %3 --out %4")
                                       .arg(m_number, format, lang, agreement));
    QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
    const QString text = pdfText(agreement);
    for (const QString &word :
         {m_number, QStringLiteral("356938035643809"), QStringLiteral("HuaweiP40"),
          QStringLiteral("200.00"), QStringLiteral("CN-07"), QStringLiteral("王小明"),
          zh ? QStringLiteral("备用机借用协议") : QStringLiteral("Loanerphoneagreement"),
          zh ? QStringLiteral("借用人签字") : QStringLiteral("Borrower(signature)"),
          zh ? QStringLiteral("银行卡") : QStringLiteral("Card")})
        QVERIFY2(text.contains(normalized(word)), qPrintable(word + QStringLiteral(" in ") + text));
    QCOMPARE(pdfStructureProblems(agreement), QString());

    // The return slip: only once it is back.
    const QString slip = m_dir.filePath(QStringLiteral("return-%1-%2.pdf").arg(format, lang));
    const QString renderSlip = QStringLiteral("receipt render %1 --kind loan-return --format %2 "
                                              "--lang %3 --out %4")
                                   .arg(m_number, format, lang, slip);
    if (repairctl(renderSlip).exitCode != 0) {
        const Run back
            = repairctl(QStringLiteral("loaner return --imei 356938035643809 --condition damaged "
                                       "--keep-deposit 屏幕碎裂"));
        QVERIFY2(back.exitCode == 0, back.err.constData());
    }
    const Run slipRendered = repairctl(renderSlip);
    QVERIFY2(slipRendered.exitCode == 0, slipRendered.err.constData());
    const QString slipText = pdfText(slip);
    for (const QString &word :
         {m_number, QStringLiteral("356938035643809"), QStringLiteral("屏幕碎裂"),
          QStringLiteral("200.00"), QStringLiteral("CN-07"),
          zh ? QStringLiteral("备用机归还单") : QStringLiteral("Loanerphonereturnslip"),
          zh ? QStringLiteral("押金扣留") : QStringLiteral("Securitykept"),
          zh ? QStringLiteral("有损坏") : QStringLiteral("Damaged")})
        QVERIFY2(slipText.contains(normalized(word)),
                 qPrintable(word + QStringLiteral(" in ") + slipText));
}

QTEST_GUILESS_MAIN(TestLoanPaper)
#include "tst_loanpaper.moc"
