// The actions issue 21 adds to the audit trail, each through the core code every door calls:
// sign-ins, wrong PINs and the lockout, learned TACs, quarantine retries, sync settings (never
// the token) and restores. Each entry is in the chain (auditchain::check stays clean).
#include "storefixture.h"

#include "store/auditchain.h"
#include "store/auditlog.h"
#include "store/learnedtacrepository.h"
#include "store/userrepository.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QSqlQuery>

using namespace rc;

class TestAuditedActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signInsWrongPinsAndLockout();
    void unknownUserName();
    void learnedTac();
    void quarantineRetry();
    void syncSettingsWithoutToken();
    void restore();

private:
    // The newest audit entries of kind, newest first.
    QList<AuditEntry> entries(const QString &kind) const
    {
        AuditFilter filter;
        filter.kind = kind;
        auto found = AuditLog(*m_store->db).query(filter);
        return found ? *found : QList<AuditEntry>();
    }

    std::unique_ptr<test::StoreFixture> m_store;
    User m_clerk;
};

void TestAuditedActions::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->open());
    UserRepository users(*m_store->db, m_store->clock, 1000);
    auto clerk = users.create(QStringLiteral("li"), QStringLiteral("李娜"), Role::Clerk,
                              QStringLiteral("246810"));
    QVERIFY(clerk);
    m_clerk = *clerk;
}

void TestAuditedActions::cleanup()
{
    auto report = auditchain::check(*m_store->db);
    QVERIFY(report.ok());
    QVERIFY(report->chained);
    QVERIFY2(report->problems.isEmpty(),
             report->problems.isEmpty() ? "" : qPrintable(report->problems.first().what));
}

void TestAuditedActions::signInsWrongPinsAndLockout()
{
    UserRepository users(*m_store->db, m_store->clock, 1000);
    QVERIFY(users.authenticate(QStringLiteral("li"), QStringLiteral("246810")));
    auto signIns = entries(QStringLiteral("user.sign_in"));
    QCOMPARE(signIns.size(), 1);
    QCOMPARE(signIns.first().userId, m_clerk.id);
    QCOMPARE(signIns.first().entityId, m_clerk.id);

    auto wrong = users.authenticate(QStringLiteral("li"), QStringLiteral("000000"));
    QCOMPARE(wrong.error().code, QStringLiteral("PIN_WRONG"));
    auto failed = entries(QStringLiteral("user.pin_failed"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().data.value(QLatin1String("failed_attempts")).toInt(), 1);
    // The right PIN after a wrong one resets the count: a sign-in again.
    QVERIFY(users.authenticate(QStringLiteral("li"), QStringLiteral("246810")));
    QCOMPARE(entries(QStringLiteral("user.sign_in")).size(), 2);

    for (int i = 0; i < UserRepository::kMaxFailedAttempts; ++i)
        QVERIFY(!users.authenticate(QStringLiteral("li"), QStringLiteral("000000")));
    QCOMPARE(entries(QStringLiteral("user.pin_failed")).size(),
             1 + UserRepository::kMaxFailedAttempts - 1);
    const auto locked = entries(QStringLiteral("user.locked"));
    QCOMPARE(locked.size(), 1);
    QCOMPARE(locked.first().data.value(QLatin1String("until")).toString(),
             m_store->clock.nowUtc()
                 .addSecs(UserRepository::kLockMinutes * 60)
                 .toString(Qt::ISODateWithMs));
    QCOMPARE(users.authenticate(QStringLiteral("li"), QStringLiteral("246810")).error().code,
             QStringLiteral("PIN_LOCKED"));
}

// A sign-in for a name nobody has is audited, in core (every door: login screen, lock dialog,
// repairctl): the name typed, cut to a bound, never the PIN; no user is named as its author.
void TestAuditedActions::unknownUserName()
{
    UserRepository users(*m_store->db, m_store->clock, 1000);
    QCOMPARE(users.authenticate(QStringLiteral(" nobody "), QStringLiteral("97531")).error().code,
             QStringLiteral("NOT_FOUND"));
    auto unknown = entries(QStringLiteral("user.unknown_sign_in"));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().data.value(QLatin1String("username")).toString(),
             QStringLiteral("nobody"));
    QVERIFY(unknown.first().userId.isEmpty());
    QCOMPARE(unknown.first().entity, QStringLiteral("user"));
    QVERIFY(!unknown.first().data.contains(QLatin1String("username_length")));

    // A long name (pasted, or a script's) is kept only in part, with its length.
    const QString longName = QString(5000, QLatin1Char('x'));
    QVERIFY(!users.authenticate(longName, QStringLiteral("97531")));
    unknown = entries(QStringLiteral("user.unknown_sign_in"));
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.first().data.value(QLatin1String("username")).toString().size(),
             UserRepository::kMaxAuditedUsername);
    QCOMPARE(unknown.first().data.value(QLatin1String("username_length")).toInt(), 5000);

    // The PIN typed is nowhere in the trail nor in the outbox that carries it to HQ.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE data LIKE "
                                           "'%97531%' OR note LIKE '%97531%'")),
             0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE "
                                           "'%97531%'")),
             0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE "
                                           "'%user.unknown_sign_in%'")),
             2);
    // The known user's failures stay pin_failed, as before.
    QVERIFY(entries(QStringLiteral("user.pin_failed")).isEmpty());
}

void TestAuditedActions::learnedTac()
{
    LearnedTacRepository tacs(*m_store->db, m_store->clock);
    const Actor clerk {m_clerk.id, m_clerk.displayName};
    QVERIFY(tacs.learn(QStringLiteral("35693803"), QStringLiteral("Apple"),
                       QStringLiteral("iPhone 13"), clerk));
    QVERIFY(tacs.learn(QStringLiteral("35693803"), QStringLiteral("Apple"),
                       QStringLiteral("iPhone 13"), clerk)); // nothing changed: no entry
    QVERIFY(tacs.learn(QStringLiteral("35693803"), QStringLiteral("Apple"),
                       QStringLiteral("iPhone 13 mini"), clerk));
    const auto learned = entries(QStringLiteral("tac.learn"));
    QCOMPARE(learned.size(), 2);
    QCOMPARE(learned.first().userId, m_clerk.id);
    QCOMPARE(learned.first().data.value(QLatin1String("tac")).toString(),
             QStringLiteral("35693803"));
    QCOMPARE(learned.first().data.value(QLatin1String("model")).toString(),
             QStringLiteral("iPhone 13 mini"));
}

void TestAuditedActions::quarantineRetry()
{
    sync::Outbox outbox(*m_store->db);
    // Nothing quarantined: nothing released, nothing audited.
    QVERIFY(outbox.release(0, Actor {{}, QStringLiteral("repairctl")}));
    QVERIFY(entries(QStringLiteral("sync.retry")).isEmpty());
    QSqlQuery q(m_store->db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET quarantined = 1")));
    const qint64 rows = m_store->count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(rows >= 2);
    QVERIFY(q.exec(QStringLiteral("SELECT min(seq) FROM outbox")) && q.next());
    const qint64 first = q.value(0).toLongLong();
    QVERIFY(outbox.release(first, Actor {{}, QStringLiteral("repairctl")}));
    QVERIFY(outbox.release(0));
    const auto retries = entries(QStringLiteral("sync.retry"));
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.last().entityId, QString::number(first));
    QCOMPARE(retries.last().actor, QStringLiteral("repairctl"));
    QCOMPARE(retries.last().data.value(QLatin1String("released")).toInt(), 1);
    QCOMPARE(retries.first().entityId, QStringLiteral("all"));
    QCOMPARE(retries.first().data.value(QLatin1String("released")).toInteger(), rows - 1);
}

void TestAuditedActions::syncSettingsWithoutToken()
{
    sync::SyncStateStore state(*m_store->db);
    const QString secret = QStringLiteral("rc_tH1sIsTh3T0k3nValu3");
    sync::SyncSettings settings;
    settings.hqUrl = QUrl(QStringLiteral("https://hq.example.cn"));
    settings.token = secret;
    settings.intervalSeconds = 120;
    const Actor clerk {m_clerk.id, m_clerk.displayName};
    QVERIFY(state.saveSettings(settings, m_store->clock.nowUtc(), clerk));
    QVERIFY(state.saveSettings(settings, m_store->clock.nowUtc(), clerk)); // no change
    settings.intervalSeconds = 300;
    QVERIFY(state.saveSettings(settings, m_store->clock.nowUtc(), clerk));
    const auto saved = entries(QStringLiteral("sync.settings"));
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.last().data.value(QLatin1String("hq_url_to")).toString(),
             QStringLiteral("https://hq.example.cn"));
    QCOMPARE(saved.last().data.value(QLatin1String("token_changed")).toBool(), true);
    QCOMPARE(saved.first().data.value(QLatin1String("interval_to")).toInt(), 300);
    QCOMPARE(saved.first().data.value(QLatin1String("token_changed")).toBool(), false);
    // The token is in neither the trail nor anything queued for HQ.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_entries WHERE instr(data, "
                                           "?) OR instr(note, ?)"),
                            {secret, secret}),
             0);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM outbox WHERE instr(payload, ?)"),
                            {secret}),
             0);
}

void TestAuditedActions::restore()
{
    QVERIFY(AuditLog::recordRestore(*m_store->db, Actor {{}, QStringLiteral("repairctl")},
                                    QStringLiteral("/backups/store-2026-11-22.sqlite"),
                                    QStringLiteral("/backups"), 7, m_store->clock.nowUtc()));
    const auto restores = entries(QStringLiteral("store.restore"));
    QCOMPARE(restores.size(), 1);
    QCOMPARE(restores.first().data.value(QLatin1String("backup")).toString(),
             QStringLiteral("/backups/store-2026-11-22.sqlite"));
    QCOMPARE(restores.first().data.value(QLatin1String("backup_schema_version")).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestAuditedActions)
#include "tst_auditedactions.moc"
