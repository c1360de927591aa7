#include "storefixture.h"

#include "store/userrepository.h"

using namespace rc;

class TestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pinIsHashedAndSalted();
    void authenticate();
    void lockoutAfterFailedAttempts();
    void disabledUserCannotSignIn();
    void usernameUniqueAndPinFormat();
    void outboxCarriesNoPinMaterial();

private:
    std::unique_ptr<test::StoreFixture> m_store;
    std::unique_ptr<UserRepository> m_users;
};

void TestUserRepository::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    // Fewer rounds keep the test fast; production uses the default.
    m_users = std::make_unique<UserRepository>(*m_store->db, m_store->clock, 1000);
}

void TestUserRepository::pinIsHashedAndSalted()
{
    QVERIFY(m_users->create(QStringLiteral("li"), QStringLiteral("Li Na"), Role::Clerk,
                            QStringLiteral("1234")));
    QVERIFY(m_users->create(QStringLiteral("wang"), QStringLiteral("Wang"), Role::Technician,
                            QStringLiteral("1234")));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM users WHERE pin_hash LIKE "
                                           "'%1234%' OR pin_salt LIKE '%1234%'")),
             0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(DISTINCT pin_hash) FROM users")), 2);
    QCOMPARE(m_store->count(QStringLiteral("SELECT min(length(pin_salt)) FROM users")), 24);
    QCOMPARE(m_store->count(QStringLiteral("SELECT min(pin_iterations) FROM users")), 1000);
}

void TestUserRepository::authenticate()
{
    auto created = m_users->create(QStringLiteral("li"), QStringLiteral("Li Na"), Role::Manager,
                                   QStringLiteral("246810"));
    QVERIFY(created.ok());
    auto signedIn = m_users->authenticate(QStringLiteral("LI"), QStringLiteral("246810"));
    QVERIFY(signedIn.ok());
    QCOMPARE(signedIn->id, created->id);
    QCOMPARE(signedIn->role, Role::Manager);
    QCOMPARE(m_users->authenticate(QStringLiteral("li"), QStringLiteral("246811")).error().code,
             QStringLiteral("PIN_WRONG"));
    QCOMPARE(m_users->authenticate(QStringLiteral("nobody"), QStringLiteral("1234")).error().code,
             QStringLiteral("NOT_FOUND"));
    QVERIFY(m_users->setPin(created->id, QStringLiteral("9999")).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("li"), QStringLiteral("9999")).ok());
    QVERIFY(!m_users->authenticate(QStringLiteral("li"), QStringLiteral("246810")).ok());
}

void TestUserRepository::lockoutAfterFailedAttempts()
{
    QVERIFY(m_users->create(QStringLiteral("li"), {}, Role::Clerk, QStringLiteral("1234")));
    for (int i = 0; i < UserRepository::kMaxFailedAttempts; ++i)
        QCOMPARE(m_users->authenticate(QStringLiteral("li"), QStringLiteral("0000")).error().code,
                 QStringLiteral("PIN_WRONG"));
    // Locked: even the right PIN is refused.
    QCOMPARE(m_users->authenticate(QStringLiteral("li"), QStringLiteral("1234")).error().code,
             QStringLiteral("PIN_LOCKED"));
    m_store->clock.advanceSeconds(UserRepository::kLockMinutes * 60 + 1);
    auto after = m_users->authenticate(QStringLiteral("li"), QStringLiteral("1234"));
    QVERIFY(after.ok());
    QCOMPARE(after->failedAttempts, 0);
    QVERIFY(!after->lockedUntil.isValid());
}

void TestUserRepository::disabledUserCannotSignIn()
{
    auto u = m_users->create(QStringLiteral("li"), {}, Role::Clerk, QStringLiteral("1234"));
    QVERIFY(m_users->setDisabled(u->id, true).ok());
    QCOMPARE(m_users->authenticate(QStringLiteral("li"), QStringLiteral("1234")).error().code,
             QStringLiteral("USER_DISABLED"));
    QVERIFY(m_users->setDisabled(u->id, false).ok());
    QVERIFY(m_users->authenticate(QStringLiteral("li"), QStringLiteral("1234")).ok());
}

void TestUserRepository::usernameUniqueAndPinFormat()
{
    QVERIFY(m_users->create(QStringLiteral("li"), {}, Role::Clerk, QStringLiteral("1234")));
    QCOMPARE(
        m_users->create(QStringLiteral("Li"), {}, Role::Clerk, QStringLiteral("1234")).error().code,
        QStringLiteral("USERNAME_TAKEN"));
    QCOMPARE(
        m_users->create(QStringLiteral("x"), {}, Role::Clerk, QStringLiteral("12")).error().code,
        QStringLiteral("PIN_FORMAT"));
    QCOMPARE(
        m_users->create(QStringLiteral("x"), {}, Role::Clerk, QStringLiteral("12ab")).error().code,
        QStringLiteral("PIN_FORMAT"));
    QCOMPARE(m_users->list()->size(), 1);
}

void TestUserRepository::outboxCarriesNoPinMaterial()
{
    auto u = m_users->create(QStringLiteral("li"), {}, Role::Clerk, QStringLiteral("1234"));
    QVERIFY(m_users->setRole(u->id, Role::Technician).ok());
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'user'")),
             2);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE "
                                           "'%pin%'")),
             0);
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
