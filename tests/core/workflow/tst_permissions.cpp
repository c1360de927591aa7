// The one role → permission table (core/workflow/permissions.h), as domain.md §1 has it.
#include "workflow/permissions.h"

#include <QTest>

using namespace rc;

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void idsRoundTrip();
    void aManagerMayDoEverything();
};

void TestPermissions::table_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<bool>("clerk");
    QTest::addColumn<bool>("technician");
    QTest::newRow("view_queue") << "view_queue" << true << true;
    QTest::newRow("intake") << "intake" << true << false;
    QTest::newRow("assign_technician") << "assign_technician" << true << false;
    QTest::newRow("take_ticket") << "take_ticket" << false << true;
    QTest::newRow("diagnose") << "diagnose" << false << true;
    QTest::newRow("approval") << "approval" << true << false;
    QTest::newRow("payment") << "payment" << true << false;
    QTest::newRow("repair") << "repair" << false << true;
    QTest::newRow("pickup") << "pickup" << true << false;
    QTest::newRow("cancel") << "cancel" << true << false;
    QTest::newRow("remedy") << "remedy" << true << false;
    QTest::newRow("collect_notice") << "collect_notice" << true << false;
    QTest::newRow("dispose") << "dispose" << false << false;
    QTest::newRow("loaners") << "loaners" << true << false;
    QTest::newRow("write_off_loaner") << "write_off_loaner" << false << false;
    QTest::newRow("add_note") << "add_note" << true << true;
    QTest::newRow("override_verdict") << "override_verdict" << false << false;
    QTest::newRow("manage_center") << "manage_center" << false << false;
}

void TestPermissions::table()
{
    QFETCH(QString, permission);
    QFETCH(bool, clerk);
    QFETCH(bool, technician);
    const auto p = Permissions::fromId(permission);
    QVERIFY(p);
    QCOMPARE(Permissions::roleAllows(Role::Clerk, *p), clerk);
    QCOMPARE(Permissions::roleAllows(Role::Technician, *p), technician);
    QCOMPARE(Permissions::of(Role::Clerk).contains(*p), clerk);
    QVERIFY(!Permissions::label(*p).isEmpty());
}

void TestPermissions::idsRoundTrip()
{
    QCOMPARE(Permissions::all().size(), 18);
    for (Permission p : Permissions::all())
        QCOMPARE(Permissions::fromId(Permissions::id(p)), std::optional<Permission>(p));
    QVERIFY(!Permissions::fromId(QStringLiteral("fly")));
}

void TestPermissions::aManagerMayDoEverything()
{
    QCOMPARE(Permissions::of(Role::Manager), Permissions::all());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
