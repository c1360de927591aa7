#include "identifiers/checkdigit.h"
#include "identifiers/deviceid.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using rc::DeviceId;
using rc::DeviceIdError;
using rc::DeviceIdKind;
using rc::DeviceIdWarning;

class TestDeviceId : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void normalization_data();
    void normalization();
    void meid();
    void esn();
    void warnings_data();
    void warnings();
    void intakeContext();
    void sameBrand();
    void messagesAndJson();
    void propertyValidBodies();
    void propertySingleDigitErrors();
    void propertyAdjacentTranspositions();
};

void TestDeviceId::vectors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("imei");
    QTest::addColumn<QString>("checkDigit");

    // domain.md §3 public vectors
    QTest::newRow("valid 490154203237518") << "490154203237518" << true << "imei"
                                           << ""
                                           << "490154203237518"
                                           << "8";
    QTest::newRow("valid 356938035643809") << "356938035643809" << true << "imei"
                                           << ""
                                           << "356938035643809"
                                           << "9";
    QTest::newRow("valid 352099001761481") << "352099001761481" << true << "imei"
                                           << ""
                                           << "352099001761481"
                                           << "1";
    QTest::newRow("valid 353918051234561") << "353918051234561" << true << "imei"
                                           << ""
                                           << "353918051234561"
                                           << "1";
    QTest::newRow("dual 860123450000012") << "860123450000012" << true << "imei"
                                          << ""
                                          << "860123450000012"
                                          << "2";
    QTest::newRow("dual 860123450000020") << "860123450000020" << true << "imei"
                                          << ""
                                          << "860123450000020"
                                          << "0";
    QTest::newRow("check digit, expected 8") << "490154203237519" << false << "imei"
                                             << "IMEI_CHECK_DIGIT"
                                             << ""
                                             << "8";
    QTest::newRow("transposition") << "490514203237518" << false << "imei"
                                   << "IMEI_CHECK_DIGIT"
                                   << ""
                                   << "3";
    QTest::newRow("letter") << "49015420323751A" << false << ""
                            << "IMEI_FORMAT"
                            << ""
                            << "";
    QTest::newRow("14 digits → 8") << "49015420323751" << false << "imei"
                                   << "IMEI_INCOMPLETE"
                                   << ""
                                   << "8";
    QTest::newRow("imeisv") << "3520990017614823" << true << "imeisv"
                            << ""
                            << "352099001761481"
                            << "1";
    QTest::newRow("all zero") << "000000000000000" << false << "imei"
                              << "IMEI_ALL_ZERO"
                              << ""
                              << "";
    QTest::newRow("EAN-13") << "6901234567892" << false << ""
                            << "WRONG_BARCODE"
                            << ""
                            << "";
    QTest::newRow("meid") << "A10000009296F2" << true << "meid"
                          << ""
                          << ""
                          << "F";
    // more refusals
    QTest::newRow("empty") << "" << false << ""
                           << "IMEI_FORMAT"
                           << ""
                           << "";
    QTest::newRow("only label") << "IMEI:" << false << ""
                                << "IMEI_FORMAT"
                                << ""
                                << "";
    QTest::newRow("12 digits") << "490154203237" << false << ""
                               << "IMEI_FORMAT"
                               << ""
                               << "";
    QTest::newRow("17 digits") << "49015420323751800" << false << ""
                               << "IMEI_FORMAT"
                               << ""
                               << "";
    QTest::newRow("punctuation") << "4901542032375!8" << false << ""
                                 << "IMEI_FORMAT"
                                 << ""
                                 << "";
    QTest::newRow("very long") << QString(500, QLatin1Char('1')) << false << ""
                               << "IMEI_FORMAT"
                               << ""
                               << "";
    QTest::newRow("14 zeros") << "00000000000000" << false << "imei"
                              << "IMEI_ALL_ZERO"
                              << ""
                              << "";
}

void TestDeviceId::vectors()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QFETCH(QString, imei);
    QFETCH(QString, checkDigit);
    const DeviceId id = DeviceId::parse(input);
    QCOMPARE(id.isValid(), valid);
    QCOMPARE(DeviceId::kindName(id.kind()), kind);
    QCOMPARE(DeviceId::errorCode(id.error()), error);
    QCOMPARE(id.imei(), imei);
    QCOMPARE(id.checkDigit().isNull() ? QString() : QString(id.checkDigit()), checkDigit);
    QCOMPARE(id.raw(), input);
    if (valid)
        QVERIFY(id.errorMessage().isEmpty());
    else
        QVERIFY(!id.errorMessage().isEmpty());
}

void TestDeviceId::normalization_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("imei");

    QTest::newRow("spaces") << " 49 015420 323751 8 "
                            << "490154203237518";
    QTest::newRow("dashes") << "49-015420-323751-8"
                            << "490154203237518";
    QTest::newRow("dots and slashes") << "49.015420/323751.8"
                                      << "490154203237518";
    QTest::newRow("label") << "IMEI: 490154203237518"
                           << "490154203237518";
    QTest::newRow("label lower case") << "imei:490154203237518"
                                      << "490154203237518";
    QTest::newRow("label with slot") << "IMEI1: 490154203237518"
                                     << "490154203237518";
    QTest::newRow("label with slot 2") << "IMEI 2:490154203237518"
                                       << "490154203237518";
    QTest::newRow("label without colon") << "IMEI 490154203237518"
                                         << "490154203237518";
    QTest::newRow("label with slot, no colon") << "IMEI2 490154203237518"
                                               << "490154203237518";
    QTest::newRow("label then grouped digits") << "IMEI 35 209900 176148 1"
                                               << "352099001761481";
    QTest::newRow("scanner CR LF") << "490154203237518\r\n"
                                   << "490154203237518";
    QTest::newRow("scanner Tab") << "490154203237518\t"
                                 << "490154203237518";
    QTest::newRow("full-width") << QStringLiteral("ＩＭＥＩ：４９０１５４２０３２３７５１８")
                                << "490154203237518";
    QTest::newRow("ideographic space")
        << QStringLiteral("490154\u3000203237518") << "490154203237518";
    QTest::newRow("imeisv label") << "IMEISV: 35 209900 176148 23"
                                  << "352099001761481";
}

void TestDeviceId::normalization()
{
    QFETCH(QString, input);
    QFETCH(QString, imei);
    const DeviceId id = DeviceId::parse(input);
    QVERIFY2(id.isValid(), qPrintable(id.errorMessage()));
    QCOMPARE(id.imei(), imei);
    QCOMPARE(id.tac(), imei.left(8));
    QCOMPARE(id.raw(), input);
}

void TestDeviceId::meid()
{
    const DeviceId hex = DeviceId::parse(QStringLiteral("MEID: a1000000 9296f2"));
    QVERIFY(hex.isValid());
    QCOMPARE(hex.kind(), DeviceIdKind::Meid);
    QCOMPARE(hex.meid(), QStringLiteral("A10000009296F2"));
    QCOMPARE(hex.checkDigit(), QLatin1Char('F'));
    QCOMPARE(hex.esn(), QStringLiteral("8075B7ED"));
    QCOMPARE(rc::meidCheckDigit(u"A10000009296F2"), 15);

    const DeviceId withCheck = DeviceId::parse(QStringLiteral("A10000009296F2F"));
    QVERIFY(withCheck.isValid());
    QCOMPARE(withCheck.meid(), QStringLiteral("A10000009296F2"));
    const DeviceId wrongCheck = DeviceId::parse(QStringLiteral("A10000009296F2E"));
    QCOMPARE(wrongCheck.error(), DeviceIdError::CheckDigit);
    QCOMPARE(wrongCheck.checkDigit(), QLatin1Char('F'));

    // Decimal form: 10 digits of manufacturer code, 8 of serial.
    // A1000000 = 2701131776, 9296F2 = 09606898.
    const DeviceId decimal = DeviceId::parse(QStringLiteral("270113177609606898"));
    QVERIFY2(decimal.isValid(), qPrintable(decimal.errorMessage()));
    QCOMPARE(decimal.kind(), DeviceIdKind::Meid);
    QCOMPARE(decimal.meid(), QStringLiteral("A10000009296F2"));
    QCOMPARE(decimal.esn(), QStringLiteral("8075B7ED"));

    // Below A0 is not an MEID.
    QCOMPARE(DeviceId::parse(QStringLiteral("9F0000009296F2")).error(), DeviceIdError::Format);
    QCOMPARE(DeviceId::parse(QStringLiteral("100000000009606898")).error(), DeviceIdError::Format);
}

void TestDeviceId::esn()
{
    const DeviceId hex = DeviceId::parse(QStringLiteral("ESN: 8075b7ed"));
    QVERIFY(hex.isValid());
    QCOMPARE(hex.kind(), DeviceIdKind::Esn);
    QCOMPARE(hex.esn(), QStringLiteral("8075B7ED"));
    // Decimal: 3 digits of manufacturer code (0x80 = 128), 8 of serial (0x75B7ED = 7714797).
    const DeviceId decimal = DeviceId::parse(QStringLiteral("12807714797"));
    QVERIFY(decimal.isValid());
    QCOMPARE(decimal.esn(), QStringLiteral("8075B7ED"));
    QCOMPARE(DeviceId::parse(QStringLiteral("25607714797")).error(), DeviceIdError::Format);
    QCOMPARE(DeviceId::parse(QStringLiteral("00000000")).error(), DeviceIdError::AllZero);
}

void TestDeviceId::warnings_data()
{
    QTest::addColumn<QString>("body"); // 14 digits; the check digit is computed here
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("clean") << "49015420323751" << QStringList {};
    QTest::newRow("test range") << "00123456323751"
                                << QStringList {QStringLiteral("IMEI_TEST_RANGE")};
    QTest::newRow("one digit repeated")
        << "11111111111111" << QStringList {QStringLiteral("IMEI_REPEATED_DIGITS")};
    QTest::newRow("serial repeated")
        << "49015420777777" << QStringList {QStringLiteral("IMEI_REPEATED_DIGITS")};
    QTest::newRow("sequential body")
        << "12345678901234" << QStringList {QStringLiteral("IMEI_SEQUENTIAL_DIGITS")};
    QTest::newRow("serial counts up")
        << "49015420123456" << QStringList {QStringLiteral("IMEI_SEQUENTIAL_DIGITS")};
    QTest::newRow("serial counts down")
        << "49015420654321" << QStringList {QStringLiteral("IMEI_SEQUENTIAL_DIGITS")};
}

void TestDeviceId::warnings()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    const QString imei = body + QString::number(rc::imeiCheckDigit(body));
    const DeviceId id = DeviceId::parse(imei);
    QVERIFY(id.isValid());
    QStringList codes;
    for (const DeviceIdWarning w : id.warnings()) {
        codes.append(DeviceId::warningCode(w));
        QVERIFY(!DeviceId::warningMessage(w).isEmpty());
    }
    QCOMPARE(codes, expected);
}

void TestDeviceId::intakeContext()
{
    DeviceId id = DeviceId::parse(QStringLiteral("860123450000012"));
    id.setBrandModel(QStringLiteral("Huawei"), QStringLiteral("P60"));
    rc::IntakeContext context;
    id.applyIntakeContext(context);
    QVERIFY(id.warnings().isEmpty());

    context.otherImei = QStringLiteral("86-0123450000020");
    context.typedBrand = QStringLiteral("华为");
    id.applyIntakeContext(context);
    QVERIFY(id.warnings().isEmpty());

    context.onOtherCustomersDevice = true;
    context.otherImei = QStringLiteral("8601234500000 12");
    context.typedBrand = QStringLiteral("Xiaomi");
    id.applyIntakeContext(context);
    QVERIFY(id.hasWarning(DeviceIdWarning::OnOtherCustomersDevice));
    QVERIFY(id.hasWarning(DeviceIdWarning::DualImeiEqual));
    QVERIFY(id.hasWarning(DeviceIdWarning::BrandMismatch));
    id.applyIntakeContext(context); // idempotent
    QCOMPARE(id.warnings().size(), 3);
}

void TestDeviceId::sameBrand()
{
    QVERIFY(DeviceId::sameBrand(QStringLiteral("Apple"), QStringLiteral("apple")));
    QVERIFY(DeviceId::sameBrand(QStringLiteral("苹果"), QStringLiteral("Apple")));
    QVERIFY(DeviceId::sameBrand(QStringLiteral("One Plus"), QStringLiteral("OnePlus")));
    QVERIFY(!DeviceId::sameBrand(QStringLiteral("Huawei"), QStringLiteral("Honor")));
}

void TestDeviceId::messagesAndJson()
{
    const DeviceId id = DeviceId::parse(QStringLiteral("490154203237519"));
    QVERIFY(id.errorMessage().contains(QLatin1Char('8')));
    const QJsonObject o = id.toJson();
    QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("490154203237519"));
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("imei"));
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("IMEI_CHECK_DIGIT"));
    QCOMPARE(o.value(QStringLiteral("expected_check_digit")).toString(), QStringLiteral("8"));
    QVERIFY(o.value(QStringLiteral("warnings")).isArray());
    for (const char *key : {"imei", "tac", "svn", "check_digit", "brand", "model"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
}

// Random 14-digit bodies with their computed check digit validate.
void TestDeviceId::propertyValidBodies()
{
    QRandomGenerator random(20261123);
    for (int n = 0; n < 20000; ++n) {
        QString body;
        for (int i = 0; i < 14; ++i)
            body.append(QChar(u'0' + random.bounded(10)));
        if (body.count(QLatin1Char('0')) == 14)
            continue;
        const QString imei = body + QString::number(rc::imeiCheckDigit(body));
        const DeviceId id = DeviceId::parse(imei);
        QVERIFY2(id.isValid(), qPrintable(imei));
        QCOMPARE(id.imei(), imei);
    }
}

// Every single-digit substitution anywhere in a valid IMEI is refused.
void TestDeviceId::propertySingleDigitErrors()
{
    QRandomGenerator random(7);
    for (int n = 0; n < 400; ++n) {
        QString body;
        for (int i = 0; i < 14; ++i)
            body.append(QChar(u'0' + random.bounded(10)));
        const QString imei = body + QString::number(rc::imeiCheckDigit(body));
        for (int position = 0; position < 15; ++position) {
            for (int digit = 0; digit < 10; ++digit) {
                QString changed = imei;
                if (changed[position] == QChar(u'0' + digit))
                    continue;
                changed[position] = QChar(u'0' + digit);
                const DeviceId id = DeviceId::parse(changed);
                QVERIFY2(!id.isValid(), qPrintable(imei + QStringLiteral(" → ") + changed));
            }
        }
    }
}

// Every adjacent transposition except 0↔9 is refused; 0↔9 is Luhn's known blind spot.
void TestDeviceId::propertyAdjacentTranspositions()
{
    QRandomGenerator random(11);
    int blindSpots = 0;
    for (int n = 0; n < 2000; ++n) {
        QString body;
        for (int i = 0; i < 14; ++i)
            body.append(QChar(u'0' + random.bounded(10)));
        const QString imei = body + QString::number(rc::imeiCheckDigit(body));
        for (int position = 0; position < 14; ++position) {
            const QChar a = imei[position];
            const QChar b = imei[position + 1];
            if (a == b)
                continue;
            QString swapped = imei;
            swapped[position] = b;
            swapped[position + 1] = a;
            const bool zeroNine = (a == u'0' && b == u'9') || (a == u'9' && b == u'0');
            const DeviceId id = DeviceId::parse(swapped);
            if (zeroNine) {
                blindSpots += id.isValid() ? 1 : 0;
                continue;
            }
            QVERIFY2(!id.isValid(), qPrintable(imei + QStringLiteral(" → ") + swapped));
        }
    }
    QVERIFY(blindSpots > 0); // the exception is real, so the test above is not vacuous
}

QTEST_GUILESS_MAIN(TestDeviceId)
#include "tst_deviceid.moc"
