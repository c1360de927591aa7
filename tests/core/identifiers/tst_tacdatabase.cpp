#include "identifiers/deviceid.h"
#include "identifiers/tacdatabase.h"

#include <QElapsedTimer>
#include <QTest>

using rc::TacDatabase;

class TestTacDatabase : public QObject
{
    Q_OBJECT

private slots:
    void builtinTable();
    void lookups_data();
    void lookups();
    void learnedWins();
    void deviceIdLookUp();
};

void TestTacDatabase::builtinTable()
{
    QElapsedTimer timer;
    timer.start();
    TacDatabase::preload();
    const qint64 loadMs = timer.elapsed();
    QVERIFY(TacDatabase::builtinCount() > 20000);
    qInfo("built-in TAC table: %lld rows, loaded in %lld ms",
          static_cast<long long>(TacDatabase::builtinCount()), static_cast<long long>(loadMs));
}

void TestTacDatabase::lookups_data()
{
    QTest::addColumn<QString>("tac");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("model");

    QTest::newRow("first row") << "00499901" << true << "CHUWI"
                               << "CW-Vi7";
    QTest::newRow("nokia 3110") << "49015420" << true << "Nokia"
                                << "3110";
    QTest::newRow("from an IMEI") << "352099001761481" << true << "Alcatel"
                                  << "One Touch 332";
    QTest::newRow("unknown") << "99999999" << false << ""
                             << "";
    QTest::newRow("not digits") << "4901542A" << false << ""
                                << "";
    QTest::newRow("too short") << "4901542" << false << ""
                               << "";
}

void TestTacDatabase::lookups()
{
    QFETCH(QString, tac);
    QFETCH(bool, found);
    QFETCH(QString, brand);
    QFETCH(QString, model);
    const TacDatabase tacs;
    const auto info = tacs.lookup(tac);
    QCOMPARE(info.has_value(), found);
    if (found) {
        QCOMPARE(info->brand, brand);
        QCOMPARE(info->model, model);
        QVERIFY(!info->learned);
    }
}

void TestTacDatabase::learnedWins()
{
    TacDatabase tacs;
    QVERIFY(!tacs.addLearned(u"1234", QStringLiteral("X"), QStringLiteral("Y")));
    QVERIFY(tacs.addLearned(u"86012345", QStringLiteral("Huawei"), QStringLiteral("Mate 60")));
    QVERIFY(
        tacs.addLearned(u"49015420", QStringLiteral("Nokia"), QStringLiteral("3110 (corrected)")));
    QCOMPARE(tacs.learnedCount(), 2);
    QCOMPARE(tacs.lookup(u"86012345")->model, QStringLiteral("Mate 60"));
    QVERIFY(tacs.lookup(u"86012345")->learned);
    QCOMPARE(tacs.lookup(u"49015420")->model, QStringLiteral("3110 (corrected)"));
    tacs.clearLearned();
    QCOMPARE(tacs.lookup(u"49015420")->model, QStringLiteral("3110"));
}

void TestTacDatabase::deviceIdLookUp()
{
    TacDatabase tacs;
    rc::DeviceId known = rc::DeviceId::parse(QStringLiteral("490154203237518"));
    known.lookUpTac(tacs);
    QCOMPARE(known.brand(), QStringLiteral("Nokia"));
    QVERIFY(known.warnings().isEmpty());

    rc::DeviceId unknown = rc::DeviceId::parse(QStringLiteral("860123450000012"));
    unknown.lookUpTac(tacs);
    QVERIFY(unknown.hasWarning(rc::DeviceIdWarning::UnknownTac));
    tacs.addLearned(u"86012345", QStringLiteral("Huawei"), QStringLiteral("Mate 60"));
    rc::DeviceId learned = rc::DeviceId::parse(QStringLiteral("860123450000012"));
    learned.lookUpTac(tacs);
    QCOMPARE(learned.brand(), QStringLiteral("Huawei"));
    QVERIFY(learned.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TestTacDatabase)
#include "tst_tacdatabase.moc"
