// The sync page and the status-bar indicator, on a real store file.
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/syncpage.h"
#include "sync/syncstatuswidget.h"
#include "synctestsupport.h"

#include "common/clock.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace rc;

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsStateAndQuarantinedRecords();
    void retryEmitsTheSelectedRow();
    void savesSettings();
    void statusWidgetSummarizes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
};

void TestSyncPage::init()
{
    auto db = Database::open(
        m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".db")));
    QVERIFY(db);
    m_db = std::move(db).value();
    synctest::ensureOutbox(*m_db);
    synctest::Expected expected;
    for (int i = 0; i < 3; ++i)
        synctest::addSnapshot(*m_db, expected, QStringLiteral("ticket"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces), 1);
    QVERIFY(
        m_db->exec(QStringLiteral("UPDATE outbox SET quarantined = 1, attempts = 2, "
                                  "last_error = 'BAD_ID: id must be a UUID' WHERE seq IN (2, 3)")));
}

void TestSyncPage::cleanup()
{
    m_db.reset();
}

void TestSyncPage::showsStateAndQuarantinedRecords()
{
    sync::Outbox outbox(*m_db);
    sync::SyncStateStore stateStore(*m_db);
    ui::SyncPage page(outbox, stateStore, m_clock);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("quarantineTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("BAD_ID: id must be a UUID"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2"));

    sync::SyncState state;
    state.phase = sync::SyncPhase::AuthFailed;
    state.pending = 1;
    state.quarantined = 2;
    state.lastError = QStringLiteral("HQ answered 401: BAD_TOKEN unknown token");
    page.setState(state);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("syncPendingLabel"))->text(),
             QStringLiteral("1"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("syncLastErrorLabel"))->text(),
             state.lastError);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncPhaseLabel"))
                ->text()
                .contains(QLatin1String("token")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("syncLastSuccessLabel"))->text(),
             QStringLiteral("never"));
}

void TestSyncPage::retryEmitsTheSelectedRow()
{
    sync::Outbox outbox(*m_db);
    sync::SyncStateStore stateStore(*m_db);
    ui::SyncPage page(outbox, stateStore, m_clock);
    QSignalSpy retry(&page, &ui::SyncPage::retryRequested);
    QSignalSpy syncNow(&page, &ui::SyncPage::syncNowRequested);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.at(0).at(0).toLongLong(), 0); // nothing selected: all
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("quarantineTable"));
    table->selectRow(1);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retry.at(1).at(0).toLongLong(), 3);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncNowButton")),
                      Qt::LeftButton);
    QCOMPARE(syncNow.size(), 1);

    // Once the rows are back in line, reloading empties the table.
    QVERIFY(outbox.release());
    page.reload();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!button->isEnabled());
}

void TestSyncPage::savesSettings()
{
    sync::Outbox outbox(*m_db);
    sync::SyncStateStore stateStore(*m_db);
    ui::SyncPage page(outbox, stateStore, m_clock);
    QSignalSpy saved(&page, &ui::SyncPage::settingsSaved);
    auto *url = page.findChild<QLineEdit *>(QStringLiteral("hqUrlEdit"));
    auto *token = page.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    auto *interval = page.findChild<QSpinBox *>(QStringLiteral("intervalSpin"));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveSettingsButton"));
    url->setText(QStringLiteral("ftp://nope"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    // Plain http to a remote HQ would carry the token in clear (sync/transport.h).
    url->setText(QStringLiteral("http://hq.example.com"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://hq.example.com"));
    QTest::keyClicks(token, QStringLiteral("rc_secret"));
    interval->setValue(120);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const auto settings = saved.at(0).at(0).value<sync::SyncSettings>();
    QCOMPARE(settings.token, QStringLiteral("rc_secret"));
    auto stored = sync::SyncStateStore(*m_db).settings();
    QVERIFY(stored);
    QCOMPARE(stored->hqUrl, QUrl(QStringLiteral("https://hq.example.com")));
    QCOMPARE(stored->token, QStringLiteral("rc_secret"));
    QCOMPARE(stored->intervalSeconds, 120);
    // A new page shows what was saved; the settings never enter the outbox.
    ui::SyncPage again(outbox, stateStore, m_clock);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("hqUrlEdit"))->text(),
             QStringLiteral("https://hq.example.com"));
    QCOMPARE(synctest::outboxCount(*m_db, QStringLiteral("entity = 'setting'")), 0);
}

void TestSyncPage::statusWidgetSummarizes()
{
    ui::SyncStatusWidget widget;
    QSignalSpy clicked(&widget, &ui::SyncStatusWidget::clicked);
    sync::SyncState state;
    state.phase = sync::SyncPhase::Waiting;
    state.pending = 12;
    state.quarantined = 1;
    state.lastError = QStringLiteral("Network error: Connection refused");
    widget.setState(state);
    QVERIFY(widget.text().contains(QLatin1String("12 pending")));
    QVERIFY(widget.text().contains(QLatin1String("1 quarantined")));
    auto *button = widget.findChild<QToolButton *>(QStringLiteral("syncStatusButton"));
    QVERIFY(button->toolTip().contains(QLatin1String("Connection refused")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
    state = {};
    state.phase = sync::SyncPhase::Idle;
    state.lastSuccess = QDateTime::currentDateTimeUtc();
    widget.setState(state);
    QVERIFY(widget.text().startsWith(QLatin1String("Synced")));
    QVERIFY(!widget.text().contains(QLatin1String("pending")));
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
