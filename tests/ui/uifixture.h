#pragma once

// A fresh store in a temporary folder, a fixed clock, the repositories and a session: what
// app/repair-counter/main.cpp builds, for GUI tests. PINs are hashed with few iterations
// so tests stay fast; everything else is the real store.

#include "common/clock.h"
#include "identifiers/tacdatabase.h"
#include "services.h"
#include "session.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/diagnosisrepository.h"
#include "store/intakedraftrepository.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "store/pricelistrepository.h"
#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/ticketsearch.h"
#include "store/userrepository.h"
#include "warranty/warrantyengine.h"
#include "workflow/records.h"
#include "workflow/workflows.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rc::test {

// Types text into a widget key by key, like QTest::keyClicks, also for Chinese (which
// arrives as committed text, as from an input method).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

struct UiFixture
{
    QTemporaryDir dir;
    FixedClock clock {QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<SettingsRepository> settings;
    std::unique_ptr<UserRepository> users;
    std::unique_ptr<CustomerRepository> customers;
    std::unique_ptr<DeviceRepository> devices;
    std::unique_ptr<TicketRepository> tickets;
    std::unique_ptr<TicketSearch> search;
    std::unique_ptr<DeviceHistory> history;
    warranty::WarrantyEngine warranty;
    TacDatabase tacs;
    std::unique_ptr<workflow::Workflows> workflows;
    std::unique_ptr<PriceListRepository> prices;
    std::unique_ptr<DiagnosisRepository> diagnoses;
    std::unique_ptr<QuoteRepository> quotes;
    std::unique_ptr<PaymentRepository> payments;
    std::unique_ptr<RepairRepository> repairs;
    std::unique_ptr<PickupRepository> pickups;
    std::unique_ptr<IntakeDraftRepository> drafts;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<workflow::Records> records;
    std::unique_ptr<ui::Services> services;
    ui::Session session;

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        db = std::move(opened).value();
        settings = std::make_unique<SettingsRepository>(*db, clock);
        users = std::make_unique<UserRepository>(*db, clock, 1000);
        customers = std::make_unique<CustomerRepository>(*db, clock);
        devices = std::make_unique<DeviceRepository>(*db, clock);
        tickets = std::make_unique<TicketRepository>(*db, clock);
        search = std::make_unique<TicketSearch>(*db);
        history = std::make_unique<DeviceHistory>(*db);
        workflows = std::make_unique<workflow::Workflows>(*db, clock, warranty, tacs, 1000);
        prices = std::make_unique<PriceListRepository>(*db, clock);
        diagnoses = std::make_unique<DiagnosisRepository>(*db, clock);
        quotes = std::make_unique<QuoteRepository>(*db, clock);
        payments = std::make_unique<PaymentRepository>(*db, clock);
        repairs = std::make_unique<RepairRepository>(*db, clock);
        pickups = std::make_unique<PickupRepository>(*db, clock);
        drafts = std::make_unique<IntakeDraftRepository>(*db, clock);
        audit = std::make_unique<AuditLog>(*db);
        records = std::make_unique<workflow::Records>(*db, clock);
        services.reset(new ui::Services {.clock = clock,
                                         .settings = *settings,
                                         .users = *users,
                                         .customers = *customers,
                                         .devices = *devices,
                                         .tickets = *tickets,
                                         .search = *search,
                                         .history = *history,
                                         .warranty = warranty,
                                         .tacs = tacs,
                                         .prices = *prices,
                                         .diagnoses = *diagnoses,
                                         .quotes = *quotes,
                                         .payments = *payments,
                                         .repairs = *repairs,
                                         .pickups = *pickups,
                                         .drafts = *drafts,
                                         .audit = *audit,
                                         .records = *records,
                                         .workflows = *workflows});
        return true;
    }

    // A user's PIN in these tests: 1234, a manager's 123456 (managers have at least 6 digits).
    static QString pinFor(Role role)
    {
        return role == Role::Manager ? QStringLiteral("123456") : QStringLiteral("1234");
    }

    // Creates a user and logs them in.
    User logIn(Role role, const QString &username = QStringLiteral("li"))
    {
        auto user = users->create(username, username.toUpper(), role, pinFor(role));
        if (!user) {
            auto existing = users->byUsername(username);
            session.logIn(existing->value());
            return existing->value();
        }
        session.logIn(user.value());
        return user.value();
    }

    NewTicket draft(const QString &imei = QStringLiteral("490154203237518"),
                    const QString &name = QStringLiteral("王小明")) const
    {
        NewTicket d;
        d.customer.name = name;
        d.customer.phone = QStringLiteral("13812345678");
        d.device.imei1 = imei;
        d.device.brand = QStringLiteral("Huawei");
        d.device.model = QStringLiteral("P40");
        d.faultDescription = QStringLiteral("屏幕不亮");
        d.component = QStringLiteral("main_unit");
        d.faultCategory = QStringLiteral("performance");
        d.backupConsent = true;
        return d;
    }

    Ticket createTicket(const NewTicket &draft)
    {
        auto created = tickets->create(draft, Actor {QString(), QStringLiteral("test")});
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created.value();
    }

    qint64 count(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(db->connection());
        query.prepare(statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

} // namespace rc::test
