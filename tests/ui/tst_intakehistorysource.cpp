// The intake screen says which history its verdict counted (issue 19): head office's too when
// it answered, the store's only when none is set or it did not answer in time; the form stays
// usable while head office is asked.
#include "intake/intakescreen.h"
#include "store/tokenstore.h"
#include "sync/syncstate.h"
#include "sync/wire.h"
#include "synctestsupport.h"
#include "tickets/recordjson.h"
#include "uifixture.h"
#include "widgets/imeiedit.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTest>

using namespace rc;

namespace {

const QString kImei = QStringLiteral("490154203237518");

QByteArray snapshot(const QString &entity, const QString &id, const QJsonObject &payload)
{
    return synctest::snapshotRecord(entity, id, payload,
                                    QStringLiteral("5f0c2a8e-3333-4a2b-9c3d-000000000003"));
}

} // namespace

class TestIntakeHistorySource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noHeadOfficeSet();
    void silentHeadOfficeDoesNotFreezeTheForm();
    void headOfficeRepairCounts();
    void settingsReadAgainWhenTheyChange();

private:
    QLabel *line() { return m_screen->findChild<QLabel *>(QStringLiteral("historySourceLabel")); }
    void point(const QUrl &hq, const QString &token);
    // Types the IMEI; how long the typing took (the form answering keys).
    qint64 typeImei(const QString &digits = kImei);

    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::IntakeScreen> m_screen;
};

void TestIntakeHistorySource::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=false"));
}

void TestIntakeHistorySource::init()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    m_fx->logIn(Role::Clerk);
    m_screen = std::make_unique<ui::IntakeScreen>(*m_fx->services, m_fx->session);
    m_screen->show();
    QVERIFY(line());
}

void TestIntakeHistorySource::cleanup()
{
    m_screen.reset();
    if (m_fx)
        QVERIFY(TokenStore(m_fx->db->path()).remove());
    m_fx.reset();
}

void TestIntakeHistorySource::point(const QUrl &hq, const QString &token)
{
    sync::SyncSettings settings;
    settings.hqUrl = hq;
    settings.token = token;
    settings.intervalSeconds = 3600;
    QVERIFY(sync::SyncStateStore(*m_fx->db).saveSettings(settings, m_fx->clock.nowUtc()));
}

qint64 TestIntakeHistorySource::typeImei(const QString &digits)
{
    QElapsedTimer typing;
    typing.start();
    auto *imei = m_screen->findChild<ui::ImeiEdit *>(QStringLiteral("imeiEdit"));
    imei->clear();
    QTest::keyClicks(imei, digits);
    QTest::keyClick(imei, Qt::Key_Return);
    return typing.elapsed();
}

void TestIntakeHistorySource::noHeadOfficeSet()
{
    QVERIFY(!line()->isVisible());
    typeImei();
    QTRY_VERIFY(line()->isVisible());
    QCOMPARE(line()->text(), QStringLiteral("History: this store only — no head office set"));
}

void TestIntakeHistorySource::silentHeadOfficeDoesNotFreezeTheForm()
{
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    point(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
          QStringLiteral("rc_station_token"));
    const qint64 typed = typeImei();
    QVERIFY2(typed < 1000, qPrintable(QString::number(typed)));
    QTRY_COMPARE(line()->text(), QStringLiteral("History: this store — asking head office…"));
    // The form still answers while head office is asked.
    QTest::keyClicks(m_screen->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit")),
                     QStringLiteral("13912345678"));
    QCOMPARE(line()->text(), QStringLiteral("History: this store — asking head office…"));
    QTRY_COMPARE_WITH_TIMEOUT(
        line()->text(),
        QStringLiteral("History: this store only — head office did not answer in time"), 3000);
    QVERIFY(m_screen->verdict().has_value());
}

void TestIntakeHistorySource::headOfficeRepairCounts()
{
    QString error;
    auto hqDb = synctest::HqDatabase::create(synctest::Backend::Sqlite, m_fx->dir.path(), &error);
    QVERIFY2(hqDb, qPrintable(error));
    synctest::HqProcess hq(hqDb->spec());
    const QStringList tokens = hq.addTokens({QStringLiteral("SZ01"), QStringLiteral("GZ02")});
    QCOMPARE(tokens.size(), 2);
    QVERIFY2(hq.start(), hq.stderrText().constData());
    // GZ02 repaired the main unit under warranty; picked up 20 days before the counter's today.
    const QDateTime today = m_fx->clock.nowUtc();
    Device device;
    device.id = QStringLiteral("d-gz-1");
    device.version = 1;
    device.imei1 = kImei;
    device.createdAt = device.updatedAt = today.addDays(-30);
    Ticket repaired;
    repaired.id = QStringLiteral("t-gz-1");
    repaired.version = 1;
    repaired.number = QStringLiteral("GZ02-01-0001");
    repaired.center = QStringLiteral("GZ02");
    repaired.customerId = QStringLiteral("cust-gz-1");
    repaired.deviceId = device.id;
    repaired.createdAt = repaired.updatedAt = today.addDays(-25);
    repaired.faultDescription = QStringLiteral("no power");
    repaired.faultCategory = QStringLiteral("performance");
    repaired.component = QStringLiteral("main_unit");
    repaired.status = TicketStatus::PickedUp;
    repaired.pickedUpAt = repaired.statusChangedAt = today.addDays(-20);
    repaired.warrantyVerdict = {{QStringLiteral("covered"), true}};
    QCOMPARE(
        synctest::postRecords(hq.url(), QStringLiteral("GZ02"), tokens.at(1),
                              {snapshot(QStringLiteral("device"), device.id, toJson(device)),
                               snapshot(QStringLiteral("ticket"), repaired.id, toJson(repaired))}),
        200);
    point(hq.url(), tokens.at(0));

    typeImei();
    QTRY_COMPARE_WITH_TIMEOUT(
        line()->text(),
        QStringLiteral("History: this store and head office (tickets from head office: 1, "
                       "repairs counted: 1)"),
        3000);
    // Assessed again with the answer: GZ02's repair gives the repair warranty (RW-1).
    QVERIFY(m_screen->verdict().has_value());
    QVERIFY(m_screen->verdict()->covered);
    QVERIFY(m_screen->verdict()->hasRule(QStringLiteral("RW-1")));
    // And the phone's history under the IMEI lists the visit at the other center.
    auto *history = m_screen->findChild<QLabel *>(QStringLiteral("deviceHistoryLabel"));
    QVERIFY(history);
    QVERIFY2(history->text().contains(QStringLiteral("At other centers (head office):")),
             qPrintable(history->text()));
    QVERIFY2(history->text().contains(QStringLiteral("GZ02 · GZ02-01-0001")),
             qPrintable(history->text()));
    // Picked up there 20 days ago: back within the repair warranty, said as for our own.
    auto *repeat = m_screen->findChild<QLabel *>(QStringLiteral("repeatRepairLabel"));
    QVERIFY(repeat && repeat->isVisibleTo(m_screen.get()));
    QVERIFY2(repeat->text().contains(QStringLiteral("GZ02-01-0001")), qPrintable(repeat->text()));
}

// Head office's address and token are read once, not for every phone (the token may sit in
// the OS keychain, which can keep the counter waiting), and again once the sync settings
// change on any screen.
void TestIntakeHistorySource::settingsReadAgainWhenTheyChange()
{
    typeImei();
    QTRY_COMPARE(line()->text(), QStringLiteral("History: this store only — no head office set"));
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    // Written behind the screen's back: nothing announced it.
    point(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
          QStringLiteral("rc_station_token"));
    typeImei(QStringLiteral("352099001761481"));
    QCOMPARE(line()->text(), QStringLiteral("History: this store only — no head office set"));
    emit m_fx->services->workflows.changes.settingsChanged({QStringLiteral("ui.lock_minutes")});
    typeImei();
    QCOMPARE(line()->text(), QStringLiteral("History: this store only — no head office set"));
    emit m_fx->services->workflows.changes.settingsChanged({QStringLiteral("sync.hq_url")});
    typeImei(QStringLiteral("352099001761481"));
    QCOMPARE(line()->text(), QStringLiteral("History: this store — asking head office…"));
}

QTEST_MAIN(TestIntakeHistorySource)
#include "tst_intakehistorysource.moc"
