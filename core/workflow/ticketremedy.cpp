// TicketWorkflow::remedy: the remedy the warranty verdict allows (issue 20).

#include "authority.h"
#include "changes.h"
#include "identifiers/deviceid.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "ticketworkflow.h"
#include "warranty/policy.h"
#include "warranty/warrantyengine.h"
#include "warranty/warrantytypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace rc::workflow {

namespace {

const QString kRefund = QStringLiteral("refund");
const QString kExchange = QStringLiteral("exchange");
const QString kAccessory = QStringLiteral("accessory");

// The seeds' exchange conditions (换货条件), confirmed before every exchange.
const char *const kSeedConditions[]
    = {"box_complete", "no_wear", "imei_label_intact", "dates_agree"};

QString seedConditionLabel(const QString &key)
{
    if (key == QLatin1String("box_complete"))
        return TicketWorkflow::tr("Box and accessories complete");
    if (key == QLatin1String("no_wear"))
        return TicketWorkflow::tr("No wear or scratches on the phone");
    if (key == QLatin1String("imei_label_intact"))
        return TicketWorkflow::tr("IMEI label intact");
    if (key == QLatin1String("dates_agree"))
        return TicketWorkflow::tr("Invoice and warranty card dates agree");
    return key;
}

// The brand's sentences are data in both languages: the one of the interface.
bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QStringList verdictRemedies(const QJsonObject &verdict)
{
    QStringList out;
    for (const QJsonValue &v : verdict.value(QStringLiteral("remedies")).toArray())
        out.append(v.toString());
    return out;
}

QStringList verdictRules(const QJsonObject &verdict)
{
    QStringList out;
    for (const QJsonValue &v : verdict.value(QStringLiteral("rules")).toArray())
        out.append(v.toString());
    return out;
}

// The component the ticket's case is about (main unit when it does not say).
warranty::Component ticketComponent(const Ticket &ticket)
{
    return warranty::componentFromName(ticket.component).value_or(warranty::Component::MainUnit);
}

TicketStatus statusFor(const QString &kind)
{
    if (kind == kRefund)
        return TicketStatus::Refunded;
    if (kind == kExchange)
        return TicketStatus::Exchanged;
    return TicketStatus::AccessoryReplaced;
}

QString kindLabel(const QString &kind)
{
    if (kind == kRefund)
        return TicketWorkflow::tr("a refund");
    if (kind == kExchange)
        return TicketWorkflow::tr("an exchange of the phone");
    return TicketWorkflow::tr("an accessory replacement");
}

// The new phone's IMEI, scanned or typed: a valid IMEI (IMEISV gives its IMEI).
Result<QString> scannedImei(const QString &raw, const QString &which)
{
    const DeviceId id = DeviceId::parse(raw);
    if (!id.isValid() || id.imei().isEmpty())
        return Error {
            QStringLiteral("IMEI_INVALID"),
            TicketWorkflow::tr("The replacement phone's %1 \"%2\" is not a valid IMEI: %3")
                .arg(which, raw.trimmed(),
                     id.isValid() ? TicketWorkflow::tr("not an IMEI (MEID/ESN)")
                                  : id.errorMessage())};
    return id.imei();
}

} // namespace

QJsonObject RemedyRecord::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("ticket_id"), ticketId},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("rules"), QJsonArray::fromStringList(rules)},
                   {QStringLiteral("date"), warranty::isoDate(date)},
                   {QStringLiteral("user_id"), userId}};
    if (!overrideReason.isEmpty())
        o.insert(QStringLiteral("override_reason"), overrideReason);
    if (kind == kExchange) {
        o.insert(QStringLiteral("conditions"), conditions);
        o.insert(QStringLiteral("new_device_id"), newDeviceId);
        o.insert(QStringLiteral("new_imei"), newImei);
        o.insert(QStringLiteral("old_phone"), oldPhone);
        o.insert(QStringLiteral("warranty_start"), warranty::isoDate(date));
    }
    if (kind == kAccessory) {
        o.insert(QStringLiteral("component"), component);
        o.insert(QStringLiteral("warranty_end"), warranty::isoDate(warrantyEnd));
    }
    if (kind == kRefund) {
        o.insert(QStringLiteral("payment_id"), paymentId);
        // Money going back: negative, in minor units.
        o.insert(QStringLiteral("amount_minor"), -amount.minor);
        o.insert(QStringLiteral("amount"),
                 Money {-amount.minor, amount.currency}.toDecimalString());
        o.insert(QStringLiteral("currency"), amount.currency);
        o.insert(QStringLiteral("method"), method);
        o.insert(QStringLiteral("old_phone"), oldPhone);
    }
    return o;
}

QJsonObject TicketWorkflow::remedyVerdict(const Ticket &ticket)
{
    return ticket.warrantyVerdict.isEmpty() ? ticket.intakeVerdict : ticket.warrantyVerdict;
}

QStringList TicketWorkflow::allowedRemedies(const Ticket &ticket)
{
    QStringList out;
    if (TicketLifecycle::isFinal(ticket.status))
        return out;
    const QStringList remedies = verdictRemedies(remedyVerdict(ticket));
    const bool mainUnit = warranty::isMainUnitPart(ticketComponent(ticket));
    // CN-04 (and CN-13's refund after two failed accessory exchanges).
    if (remedies.contains(kRefund))
        out.append(kRefund);
    // CN-04/05/06/08/09 exchange the phone; CN-13 exchanges the accessory.
    if (remedies.contains(kExchange))
        out.append(mainUnit ? kExchange : kAccessory);
    return out;
}

QList<ExchangeCondition> TicketWorkflow::exchangeConditions(const Ticket &ticket)
{
    QList<ExchangeCondition> out;
    for (const char *key : kSeedConditions) {
        const QString k = QString::fromLatin1(key);
        out.append({k, seedConditionLabel(k)});
    }
    // The brand policy's own list (the verdict's BRAND_EXCHANGE_CHECK warnings).
    int n = 0;
    const bool zh = chineseUi();
    for (const QJsonValue &w : remedyVerdict(ticket).value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject warning = w.toObject();
        if (warning.value(QStringLiteral("code")).toString()
            != QLatin1String("BRAND_EXCHANGE_CHECK"))
            continue;
        ++n;
        const QString text
            = warning.value(zh ? QStringLiteral("zh") : QStringLiteral("en")).toString();
        out.append({QStringLiteral("brand_%1").arg(n), tr("Brand: %1").arg(text)});
    }
    return out;
}

Result<RemedyResult> TicketWorkflow::remedy(const QString &userId, const QString &ticketId,
                                            const RemedyInput &input)
{
    const QString operation = QStringLiteral("ticket.remedy");
    const QString kind = input.kind.trimmed();
    if (kind != kRefund && kind != kExchange && kind != kAccessory)
        return Error {QStringLiteral("REMEDY_KIND"),
                      tr("Unknown remedy \"%1\": refund, exchange or accessory.").arg(kind)};
    auto acting = m_authority.require(userId, Permission::Remedy, operation, ticketId);
    if (!acting)
        return acting.error();
    const QString overrideReason = input.overrideReason.trimmed();
    if (!overrideReason.isEmpty()) {
        // Doing what the verdict does not allow is the manager's override.
        auto manager
            = m_authority.require(userId, Permission::OverrideVerdict, operation, ticketId);
        if (!manager)
            return manager.error();
    }

    TicketRepository tickets(m_db, m_clock);
    auto current = tickets.byId(ticketId);
    if (!current)
        return current.error();
    if (!*current)
        return Error {QStringLiteral("NOT_FOUND"), tr("No ticket %1.").arg(ticketId)};
    const Ticket &ticket = **current;
    if (TicketLifecycle::isFinal(ticket.status))
        return Error {QStringLiteral("TICKET_CLOSED"),
                      tr("Ticket %1 is \"%2\": it is closed.")
                          .arg(ticket.number, TicketLifecycle::label(ticket.status))};

    const QJsonObject verdict = remedyVerdict(ticket);
    const QStringList allowed = allowedRemedies(ticket);
    RemedyRecord record;
    record.ticketId = ticketId;
    record.kind = kind;
    record.rules = verdictRules(verdict);
    record.date = m_clock.today();
    record.userId = acting->user.id;
    if (!allowed.contains(kind)) {
        if (overrideReason.isEmpty()) {
            QStringList names;
            for (const QString &k : allowed)
                names.append(kindLabel(k));
            const Error error {
                QStringLiteral("REMEDY_NOT_ALLOWED"),
                tr("The warranty verdict of ticket %1 (%2) does not allow %3; it allows: %4. "
                   "Only a manager may override it, with a written reason.")
                    .arg(ticket.number,
                         record.rules.isEmpty() ? tr("no rule") : record.rules.join(u", "),
                         kindLabel(kind),
                         names.isEmpty() ? tr("no remedy") : names.join(QStringLiteral(", ")))};
            m_authority.auditRefusal(userId, operation, ticketId, error);
            return error;
        }
        record.rules.append(QStringLiteral("OVERRIDE"));
        record.overrideReason = overrideReason;
    }

    Device oldDevice;
    {
        auto device = DeviceRepository(m_db, m_clock).byId(ticket.deviceId);
        if (!device)
            return device.error();
        if (*device)
            oldDevice = **device;
    }

    // The remedy's own checks, before anything is written.
    QString newImei1;
    QString newImei2;
    if (kind == kRefund) {
        if (input.amount.minor <= 0)
            return Error {QStringLiteral("REFUND_AMOUNT"),
                          tr("A refund needs the price on the invoice, more than 0.")};
        static const QStringList methods {QStringLiteral("cash"), QStringLiteral("card"),
                                          QStringLiteral("mobile")};
        if (!methods.contains(input.method))
            return Error {QStringLiteral("REFUND_METHOD"),
                          tr("Choose how the money goes back: cash, card or mobile payment.")};
        record.amount = input.amount;
        record.method = input.method;
        record.oldPhone = QStringLiteral("kept");
    } else if (kind == kExchange) {
        const QList<ExchangeCondition> conditions = exchangeConditions(ticket);
        QStringList keys;
        for (const ExchangeCondition &c : conditions)
            keys.append(c.key);
        for (const QString &check : input.checks) {
            if (!keys.contains(check.trimmed()))
                return Error {QStringLiteral("EXCHANGE_CHECK"),
                              tr("Unknown exchange condition \"%1\"; the conditions are: %2.")
                                  .arg(check, keys.join(QStringLiteral(", ")))};
        }
        QStringList missing;
        for (const ExchangeCondition &c : conditions) {
            bool confirmed = input.allChecks;
            for (const QString &check : input.checks)
                confirmed = confirmed || check.trimmed() == c.key;
            record.conditions.insert(c.key, confirmed);
            if (!confirmed)
                missing.append(c.label);
        }
        if (!missing.isEmpty())
            return Error {QStringLiteral("EXCHANGE_CONDITIONS"),
                          tr("An exchange needs every condition confirmed; not confirmed: %1.")
                              .arg(missing.join(QStringLiteral("; ")))};
        auto imei1 = scannedImei(input.newImei, QStringLiteral("IMEI"));
        if (!imei1)
            return imei1.error();
        newImei1 = *imei1;
        if (!input.newImei2.trimmed().isEmpty()) {
            auto imei2 = scannedImei(input.newImei2, QStringLiteral("IMEI 2"));
            if (!imei2)
                return imei2.error();
            newImei2 = *imei2;
            if (newImei2 == newImei1)
                return Error {QStringLiteral("IMEI_INVALID"),
                              tr("The replacement phone's two IMEIs are the same.")};
        }
        for (const QString &imei : {newImei1, newImei2}) {
            if (!imei.isEmpty()
                && PickupRepository::imeiMatches(imei, oldDevice.imei1, oldDevice.imei2))
                return Error {QStringLiteral("IMEI_SAME"),
                              tr("%1 is the IMEI of the phone being exchanged; scan the "
                                 "replacement phone.")
                                  .arg(imei)};
        }
        const QString fate = input.oldPhone.trimmed().isEmpty() ? QStringLiteral("to_maker")
                                                                : input.oldPhone.trimmed();
        if (fate != QLatin1String("to_maker") && fate != QLatin1String("kept"))
            return Error {QStringLiteral("EXCHANGE_OLD_PHONE"),
                          tr("The old phone goes back to the maker (to_maker) or stays here "
                             "(kept).")};
        record.oldPhone = fate;
        record.newImei = newImei1;
    } else {
        const auto component = warranty::componentFromName(input.component.trimmed());
        if (!component || warranty::isMainUnitPart(*component))
            return Error {QStringLiteral("REMEDY_COMPONENT"),
                          tr("\"%1\" is not an accessory: battery, charger, wired_headset, card "
                             "or data_cable.")
                              .arg(input.component.trimmed())};
        if (*component != ticketComponent(ticket) && overrideReason.isEmpty())
            return Error {QStringLiteral("REMEDY_COMPONENT"),
                          tr("Ticket %1 is about the %2, not the %3.")
                              .arg(ticket.number, ticket.component, input.component.trimmed())};
        record.component = warranty::toName(*component);
        // CN-12/CN-13: the new accessory's own period starts today, its term from the policy.
        const warranty::Policy *policy
            = m_engine.policies().find(verdict.value(QStringLiteral("policy")).toString());
        if (!policy)
            policy = m_engine.policies().find(QStringLiteral("cn-sanbao"));
        const auto &term = policy ? policy->term(*component) : std::nullopt;
        if (term)
            record.warrantyEnd = warranty::addMonthsClamped(record.date, term->months);
    }

    if (Status checked = DepositSettlement::check(input.deposit); !checked)
        return checked.error();
    Result<RemedyResult> result = Error {};
    const Status status = m_db.write([&]() -> Status {
        const QDateTime now = m_clock.nowUtc();
        // No repair is charged: what the customer left for one is settled first.
        if (auto settled = DepositSettlement::settleInTransaction(m_db, m_clock, ticketId,
                                                                  input.deposit, acting->actor());
            !settled)
            return settled.error();
        record.id = sql::newId();
        if (kind == kRefund) {
            Payment p;
            p.ticketId = ticketId;
            p.kind = QStringLiteral("refund");
            p.amount = record.amount;
            p.method = record.method;
            auto paid = PaymentRepository(m_db, m_clock).recordInTransaction(p, acting->actor());
            if (!paid)
                return paid.error();
            record.paymentId = paid->id;
        }
        QString exchangedDevice;
        QString exchangedComponent;
        if (kind == kExchange) {
            Device replacement;
            replacement.imei1 = newImei1;
            replacement.imei2 = newImei2;
            replacement.brand = oldDevice.brand;
            replacement.model = oldDevice.model;
            auto inserted = DeviceRepository(m_db, m_clock).insertInTransaction(replacement);
            if (!inserted)
                return inserted.error();
            record.newDeviceId = inserted->id;
            exchangedDevice = inserted->id;
            exchangedComponent = QStringLiteral("main_unit");
        } else if (kind == kAccessory) {
            exchangedDevice = ticket.deviceId;
            exchangedComponent = record.component;
        }
        if (!exchangedDevice.isEmpty()) {
            // The warranty history reads these (core/store/warrantyhistory.h): CN-12, CN-13.
            const QString exchangeId = sql::newId();
            if (Status s
                = sql::exec(m_db,
                            QStringLiteral("INSERT INTO device_exchanges (id, version, device_id, "
                                           "ticket_id, component, date, created_at) "
                                           "VALUES (?, 1, ?, ?, ?, ?, ?)"),
                            {exchangeId, exchangedDevice, ticketId, exchangedComponent,
                             warranty::isoDate(record.date), sql::timestamp(now)},
                            QStringLiteral("device exchange insert"));
                !s)
                return s;
            const QJsonObject payload {{QStringLiteral("device_id"), exchangedDevice},
                                       {QStringLiteral("ticket_id"), ticketId},
                                       {QStringLiteral("component"), exchangedComponent},
                                       {QStringLiteral("date"), warranty::isoDate(record.date)}};
            if (Status s
                = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("device_exchange"),
                                 exchangeId, 1, payload, now);
                !s)
                return s;
        }
        if (Status s = sql::exec(
                m_db,
                QStringLiteral(
                    "INSERT INTO remedies (id, version, ticket_id, kind, rules, override_reason, "
                    "conditions, new_device_id, old_phone, component, warranty_end, payment_id, "
                    "amount_minor, method, user_id, date, created_at) "
                    "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {record.id, ticketId, kind,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.rules))
                                       .toJson(QJsonDocument::Compact)),
                 record.overrideReason,
                 QString::fromUtf8(QJsonDocument(record.conditions).toJson(QJsonDocument::Compact)),
                 sql::nullable(record.newDeviceId), record.oldPhone, record.component,
                 warranty::isoDate(record.warrantyEnd), sql::nullable(record.paymentId),
                 -record.amount.minor, record.method, record.userId, warranty::isoDate(record.date),
                 sql::timestamp(now)},
                QStringLiteral("remedy insert"));
            !s)
            return s;
        if (Status s = Outbox::append(m_db, Outbox::Kind::Snapshot, QStringLiteral("remedy"),
                                      record.id, 1, record.toJson(), now);
            !s)
            return s;
        QString note = tr("Remedy: %1 (%2)").arg(kindLabel(kind), record.rules.join(u", "));
        if (!record.overrideReason.isEmpty())
            note += QStringLiteral(" — ") + record.overrideReason;
        auto moved = tickets.stepInTransaction(ticketId, statusFor(kind), acting->actor(), note,
                                               std::nullopt, StepKey {});
        if (!moved)
            return moved.error();
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(acting->actor(), QStringLiteral("ticket.remedy"),
                                      QStringLiteral("ticket"), ticketId, now, record.toJson(),
                                      record.overrideReason));
            !s)
            return s;
        result = RemedyResult {*moved, record};
        return Status();
    });
    if (!status)
        return status.error();
    changed(ticketId);
    return result;
}

} // namespace rc::workflow
