#include "../uifixture.h"

#include "audit/auditscreen.h"
#include "audit/audittablemodel.h"
#include "store/pricelistrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace rc;

class TestAuditScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheTrailNewestFirst();
    void filterByTicket();
    void filterByKindShowsOverrideReason();
    void filterByUserAndDate();
    void rolesAreNamedNotCoded();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    QString cell(int row, int column) const
    {
        return m_screen->model()->index(row, column).data().toString();
    }

    std::unique_ptr<test::UiFixture> m_fx;
    std::unique_ptr<ui::AuditScreen> m_screen;
    User m_boss;
    Ticket m_first;
    Ticket m_second;
};

void TestAuditScreen::init()
{
    m_fx = std::make_unique<test::UiFixture>();
    QVERIFY(m_fx->open());
    m_fx->clock.setNowUtc(QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
    m_boss = m_fx->logIn(Role::Manager, QStringLiteral("boss"));
    const Actor boss {m_boss.id, m_boss.displayName};
    m_first = m_fx->createTicket(m_fx->draft());
    m_fx->clock.setNowUtc(QDateTime(QDate(2026, 11, 15), QTime(9, 0), Qt::UTC));
    m_second = m_fx->createTicket(m_fx->draft(QStringLiteral("356938035643809")));
    QVERIFY(m_fx->tickets->transition(m_second.id, TicketStatus::Diagnosing, boss));
    m_fx->clock.setNowUtc(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QVERIFY(m_fx->tickets->overrideWarranty(
        m_second.id, QJsonObject {{QStringLiteral("covered"), true}},
        QStringLiteral("Goodwill: the customer bought three phones here"), boss));
    PriceListRepository prices(*m_fx->db, m_fx->clock);
    QVERIFY(prices.importCsv("code,kind,name_zh,unit_price\nA,part,甲,1\n", boss));
    m_fx->clock.setNowUtc(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    m_screen = std::make_unique<ui::AuditScreen>(*m_fx->services, m_fx->session);
    new QAbstractItemModelTester(m_screen->model(), m_screen.get());
}

void TestAuditScreen::showsTheTrailNewestFirst()
{
    auto *table = child<QTableView>(m_screen.get(), "auditTable");
    QVERIFY(table);
    // Within the last 30 days: price.import + price.create, override, transition, two
    // creations (the manager's own creation happened "now" in the fixture's past: 11-10).
    QCOMPARE(m_screen->model()->rowCount(), 7);
    QCOMPARE(m_screen->model()->entryAt(m_screen->model()->rowCount() - 1).kind,
             QStringLiteral("user.create"));
    QVERIFY(child<QLabel>(m_screen.get(), "auditCountLabel")->text().contains(QLatin1Char('7')));
}

void TestAuditScreen::filterByTicket()
{
    QTest::keyClicks(child<QLineEdit>(m_screen.get(), "auditTicketEdit"), m_second.number);
    QTest::keyClick(child<QLineEdit>(m_screen.get(), "auditTicketEdit"), Qt::Key_Return);
    QCOMPARE(m_screen->model()->rowCount(), 3); // created, transition, override
    for (int row = 0; row < 3; ++row)
        QCOMPARE(cell(row, ui::AuditTableModel::Subject), m_second.number);
    QCOMPARE(
        cell(1, ui::AuditTableModel::Details),
        ui::AuditTableModel::tr("%1 → %2").arg(TicketLifecycle::label(TicketStatus::Received),
                                               TicketLifecycle::label(TicketStatus::Diagnosing)));
}

void TestAuditScreen::filterByKindShowsOverrideReason()
{
    auto *kind = child<QComboBox>(m_screen.get(), "auditKindCombo");
    const int index = kind->findData(QStringLiteral("override"));
    QVERIFY(index > 0);
    kind->setCurrentIndex(index);
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "auditApplyButton"), Qt::LeftButton);
    QCOMPARE(m_screen->model()->rowCount(), 1);
    QCOMPARE(cell(0, ui::AuditTableModel::Reason),
             QStringLiteral("Goodwill: the customer bought three phones here"));
    QCOMPARE(cell(0, ui::AuditTableModel::Who), QStringLiteral("BOSS"));
    QVERIFY(cell(0, ui::AuditTableModel::Details).contains(ui::AuditTableModel::tr("covered")));
}

void TestAuditScreen::filterByUserAndDate()
{
    auto *user = child<QComboBox>(m_screen.get(), "auditUserCombo");
    user->setCurrentIndex(user->findData(m_boss.id));
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "auditApplyButton"), Qt::LeftButton);
    QCOMPARE(m_screen->model()->rowCount(), 4); // transition, override, two price entries

    child<QDateEdit>(m_screen.get(), "auditFromDate")->setDate(QDate(2026, 11, 14));
    child<QDateEdit>(m_screen.get(), "auditToDate")->setDate(QDate(2026, 11, 16));
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "auditApplyButton"), Qt::LeftButton);
    QCOMPARE(m_screen->model()->rowCount(), 1); // the transition on 11-15
    user->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "auditApplyButton"), Qt::LeftButton);
    QCOMPARE(m_screen->model()->rowCount(), 2); // and the second ticket's creation
}

// A role change and a new user show the roles as the users screen names them (issue 17: the
// trail said "clerk → technician").
void TestAuditScreen::rolesAreNamedNotCoded()
{
    const Actor boss {m_boss.id, m_boss.displayName};
    auto li = m_fx->users->create(QStringLiteral("li"), QStringLiteral("Li"), Role::Clerk,
                                  QStringLiteral("1234"), boss);
    QVERIFY(li.ok());
    QVERIFY(m_fx->users->setRole(li->id, Role::Technician, boss).ok());
    m_screen = std::make_unique<ui::AuditScreen>(*m_fx->services, m_fx->session);
    auto *kind = child<QComboBox>(m_screen.get(), "auditKindCombo");
    QVERIFY(kind->findData(QStringLiteral("user.role")) > 0);
    kind->setCurrentIndex(kind->findData(QStringLiteral("user.role")));
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "auditApplyButton"), Qt::LeftButton);
    QCOMPARE(m_screen->model()->rowCount(), 1);
    QCOMPARE(cell(0, ui::AuditTableModel::Details),
             ui::AuditTableModel::tr("%1 → %2").arg(ui::roleLabel(Role::Clerk),
                                                    ui::roleLabel(Role::Technician)));
    kind->setCurrentIndex(kind->findData(QStringLiteral("user.create")));
    QTest::mouseClick(child<QPushButton>(m_screen.get(), "auditApplyButton"), Qt::LeftButton);
    QStringList details;
    for (int row = 0; row < m_screen->model()->rowCount(); ++row)
        details << cell(row, ui::AuditTableModel::Details);
    QVERIFY2(details.contains(QStringLiteral("li (%1)").arg(ui::roleLabel(Role::Clerk))),
             qPrintable(details.join(QLatin1Char('|'))));
    for (const QString &detail : details) {
        for (const char *id : {"(clerk)", "(technician)", "(manager)"})
            QVERIFY2(!detail.contains(QLatin1String(id)), qPrintable(detail));
    }
}

QTEST_MAIN(TestAuditScreen)
#include "tst_auditscreen.moc"
