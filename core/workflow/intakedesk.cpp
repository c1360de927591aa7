#include "intakedesk.h"

#include "authority.h"
#include "changes.h"
#include "identifiers/deviceid.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/learnedtacrepository.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "sync/syncstate.h"
#include "tickets/condition.h"
#include "warranty/warrantyengine.h"

#include <algorithm>

namespace rc::workflow {

namespace {

// The IMEI as stored: the 15-digit IMEI of an IMEI or IMEISV, else the normalized input
// (MEID, ESN); empty when the input is not a device identifier.
QString storedId(const QString &text)
{
    const DeviceId id = DeviceId::parse(text);
    if (!id.isValid())
        return {};
    return id.imei().isEmpty() ? id.normalized() : id.imei();
}

QString tacOf(const QString &text)
{
    const DeviceId id = DeviceId::parse(text);
    return id.isValid() ? id.tac() : QString();
}

// Head office's tickets of the phone that this store does not hold (by ticket number: a ticket
// of this station, or one pulled from another station of the center, is already in the
// store's own history) added to history as the store's reader adds its own: a ticket picked up
// is a repair for the repair warranty (RW-1), and a covered one counts for CN-06 / EU-05. Its
// exchanges this store does not hold (by record id) count for CN-12 / CN-13 as the store's own.
// Counts in `source` the tickets not held here, of them the repairs added to history, and the
// exchanges added.
Status addHeadOffice(const Database &db, const sync::HqDeviceHistory &hq, WarrantyHistory &history,
                     HistorySource &source)
{
    using warranty::Component;
    // Whether this store holds the row that `statement` finds by `key`.
    const auto holds = [&db](const QString &statement, const QString &key) -> Result<bool> {
        auto held = sql::run(db, statement, {key}, QStringLiteral("head office history read"));
        if (!held)
            return held.error();
        return held->next();
    };
    int used = 0;
    int counted = 0;
    for (const sync::HqDeviceTicket &t : hq.tickets) {
        auto held = holds(QStringLiteral("SELECT 1 FROM tickets WHERE number = ?"), t.number);
        if (!held)
            return held.error();
        if (*held)
            continue;
        ++used;
        if (t.status != QLatin1String("picked_up") || !t.closedAt.isValid())
            continue;
        ++counted;
        const Component component
            = warranty::componentFromName(t.component).value_or(Component::MainUnit);
        const QDate droppedOff = t.createdAt.toLocalTime().date();
        const QDate pickedUp = t.closedAt.toLocalTime().date();
        history.ourRepairs.append({component, pickedUp});
        if (t.covered.value_or(false) && droppedOff.isValid() && droppedOff <= pickedUp)
            history.coveredRepairs.append({component, droppedOff, pickedUp});
    }
    int exchanges = 0;
    for (const sync::HqDeviceExchange &e : hq.exchanges) {
        const auto component = warranty::componentFromName(e.component);
        if (!component || !e.date.isValid())
            continue;
        auto held = holds(QStringLiteral("SELECT 1 FROM device_exchanges WHERE id = ?"), e.id);
        if (!held)
            return held.error();
        if (*held)
            continue;
        ++exchanges;
        history.exchanges.append({*component, e.date});
    }
    // Oldest first, as the store's reader gives them.
    std::stable_sort(history.exchanges.begin(), history.exchanges.end(),
                     [](const auto &a, const auto &b) { return a.date < b.date; });
    std::stable_sort(history.ourRepairs.begin(), history.ourRepairs.end(),
                     [](const auto &a, const auto &b) { return a.pickedUp < b.pickedUp; });
    std::stable_sort(history.coveredRepairs.begin(), history.coveredRepairs.end(),
                     [](const auto &a, const auto &b) { return a.pickedUp < b.pickedUp; });
    source.used = used;
    source.counted = counted;
    source.exchanges = exchanges;
    return {};
}

} // namespace

QString HistorySource::summary() const
{
    using Outcome = sync::HqDeviceHistory::Outcome;
    if (outcome == Outcome::Answered && exchanges > 0)
        return tr("History: this store and head office (tickets from head office: %1, repairs "
                  "counted: %2, exchanges: %3)")
            .arg(used)
            .arg(counted)
            .arg(exchanges);
    if (outcome == Outcome::Answered)
        return tr("History: this store and head office (tickets from head office: %1, repairs "
                  "counted: %2)")
            .arg(used)
            .arg(counted);
    if (outcome == Outcome::NotAsked)
        return reasonCode == QLatin1String("no_token")
                   ? tr("History: this store only — no head office token")
                   : tr("History: this store only — no head office set");
    if (reasonCode == QLatin1String("timeout"))
        return tr("History: this store only — head office did not answer in time");
    return tr("History: this store only — head office could not be asked");
}

QJsonObject HistorySource::toJson() const
{
    using Outcome = sync::HqDeviceHistory::Outcome;
    QJsonObject out {{QStringLiteral("asked"), outcome != Outcome::NotAsked},
                     {QStringLiteral("answered"), outcome == Outcome::Answered},
                     {QStringLiteral("tickets_received"), received},
                     {QStringLiteral("tickets_used"), used},
                     {QStringLiteral("repairs_counted"), counted},
                     {QStringLiteral("exchanges_counted"), exchanges},
                     {QStringLiteral("elapsed_ms"), elapsedMs}};
    if (outcome != Outcome::Answered) {
        out.insert(QStringLiteral("reason"), reasonCode);
        out.insert(QStringLiteral("message"), reason);
    }
    return out;
}

IntakeDesk::IntakeDesk(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
                       TacDatabase &tacs, Authority &authority, Changes &changes)
    : m_db(db)
    , m_clock(clock)
    , m_engine(engine)
    , m_tacs(tacs)
    , m_authority(authority)
    , m_changes(changes)
{
}

std::optional<TacInfo> IntakeDesk::lookUpTac(const QString &imei)
{
    const QString tac = tacOf(imei);
    if (tac.isEmpty())
        return std::nullopt;
    // The store first: a TAC this center (or another station, through head office) learned
    // since the process started is there, not yet in the table's overlay.
    auto learned = LearnedTacRepository(m_db, m_clock).byTac(tac);
    if (learned && learned->has_value()) {
        m_tacs.addLearned((*learned)->tac, (*learned)->brand, (*learned)->model);
        return TacInfo {(*learned)->brand, (*learned)->model, true};
    }
    return m_tacs.lookup(tac);
}

QString IntakeDesk::historyImei(const QString &imei1)
{
    const DeviceId id = DeviceId::parse(imei1);
    return id.isValid() ? id.imei() : QString();
}

Result<sync::SyncSettings> IntakeDesk::headOfficeSettings()
{
    return sync::SyncStateStore(m_db).settings();
}

sync::HqDeviceHistory IntakeDesk::askHeadOffice(const QString &imei, int boundMs)
{
    auto settings = headOfficeSettings();
    if (!settings) {
        sync::HqDeviceHistory failed;
        failed.imei = imei;
        failed.outcome = sync::HqDeviceHistory::Outcome::Failed;
        failed.reasonCode = QStringLiteral("refused");
        failed.reason = settings.error().message;
        return failed;
    }
    return sync::DeviceHistoryClient::askAndWait(*settings, imei, boundMs);
}

QList<Error> IntakeDesk::problems(const IntakeRequest &r)
{
    QList<Error> out;
    const DeviceId id1 = DeviceId::parse(r.imei1);
    if (!id1.isValid())
        out.append({QStringLiteral("IMEI_INVALID"),
                    r.imei1.trimmed().isEmpty()
                        ? tr("The IMEI is missing.")
                        : tr("IMEI %1: %2").arg(r.imei1.trimmed(), id1.errorMessage())});
    if (!r.imei2.trimmed().isEmpty()) {
        const DeviceId id2 = DeviceId::parse(r.imei2);
        if (!id2.isValid())
            out.append({QStringLiteral("IMEI2_INVALID"),
                        tr("Second IMEI %1: %2").arg(r.imei2.trimmed(), id2.errorMessage())});
    }
    if (r.customerId.isEmpty()) {
        if (r.customerName.trimmed().isEmpty())
            out.append({QStringLiteral("CUSTOMER_NAME"), tr("The customer's name is missing.")});
        if (sql::digitsOnly(r.customerPhone).size() < 5)
            out.append({QStringLiteral("CUSTOMER_PHONE"),
                        tr("The customer's phone \"%1\" has too few digits.")
                            .arg(r.customerPhone.trimmed())});
    }
    if (r.faultDescription.trimmed().isEmpty())
        out.append({QStringLiteral("TICKET_FAULT"), tr("The fault as described is missing.")});
    if (!r.backupConsent)
        out.append({QStringLiteral("CONSENT_MISSING"),
                    tr("The customer's data-backup consent is missing: tell them data may be "
                       "lost and ask them to back up first.")});
    if (!warranty::faultFromName(r.faultCategory))
        out.append({QStringLiteral("INTAKE_WORD"),
                    tr("Unknown fault category \"%1\" (performance, cosmetic, software, "
                       "none_found).")
                        .arg(r.faultCategory)});
    if (!warranty::componentFromName(r.component))
        out.append({QStringLiteral("INTAKE_WORD"),
                    tr("Unknown component \"%1\" (main_unit, screen, mainboard, battery, charger, "
                       "wired_headset, card, data_cable).")
                        .arg(r.component)});
    for (const QString &mark : r.conditionMarks) {
        if (!ConditionChecklist::keys().contains(mark))
            out.append({QStringLiteral("INTAKE_WORD"),
                        tr("Unknown condition mark \"%1\" (%2).")
                            .arg(mark, ConditionChecklist::keys().join(QStringLiteral(", ")))});
    }
    return out;
}

Result<IntakeAssessment> IntakeDesk::assessInStore(const IntakeRequest &r)
{
    // Without a valid IMEI yet (a form being filled in) the case has no history.
    const QString imei = storedId(r.imei1);
    SettingsRepository settings(m_db, m_clock);
    auto policy = settings.value(QStringLiteral("policy.statutory"));
    if (!policy)
        return policy.error();
    auto brandPolicy = settings.value(QStringLiteral("policy.brand"));
    if (!brandPolicy)
        return brandPolicy.error();
    auto days = settings.intValue(QStringLiteral("repair_warranty.days"));
    if (!days)
        return days.error();

    IntakeAssessment out;
    if (!imei.isEmpty()) {
        auto history = WarrantyHistoryReader::forImei(m_db, imei);
        if (!history)
            return history.error();
        out.history = *history;
    }
    // Head office's answer counts for the phone it was about, and only with what this store
    // does not already hold.
    const sync::HqDeviceHistory &hq = r.headOffice;
    out.historySource.outcome = hq.outcome;
    out.historySource.reasonCode = hq.reasonCode;
    out.historySource.reason = hq.reason;
    out.historySource.elapsedMs = hq.elapsedMs;
    if (hq.outcome == sync::HqDeviceHistory::Outcome::Answered && !imei.isEmpty()) {
        if (hq.imei != historyImei(r.imei1)) {
            out.historySource.outcome = sync::HqDeviceHistory::Outcome::Failed;
            out.historySource.reasonCode = QStringLiteral("other_phone");
            out.historySource.reason = tr("Head office's answer is about another phone.");
        } else {
            if (Status s = addHeadOffice(m_db, hq, out.history, out.historySource); !s)
                return s.error();
            out.historySource.received = int(hq.tickets.size());
        }
    }

    warranty::WarrantyCase c;
    c.policy = *policy;
    c.brandPolicy = *brandPolicy;
    c.today = m_clock.today();
    c.component = warranty::componentFromName(r.component).value_or(warranty::Component::MainUnit);
    c.fault = warranty::faultFromName(r.faultCategory).value_or(warranty::Fault::Performance);
    r.evidence.applyTo(c);
    // In the checklist's order, not the order the marks were given in: the screen ticks boxes,
    // the command line takes --condition in any order, and both store the same case.
    for (const QString &mark : ConditionChecklist::keys()) {
        if (!r.conditionMarks.contains(mark))
            continue;
        if (auto damage = warranty::damageFromName(ConditionChecklist::damageFor(mark));
            damage && !c.damage.contains(*damage))
            c.damage.append(*damage);
    }
    c.coveredRepairs = out.history.coveredRepairs;
    c.exchanges = out.history.exchanges;
    c.ourRepairs = out.history.ourRepairs;
    // The center's repair-warranty days decide RW-1 in the verdict, not only the repeat-repair
    // warning (a stored value outside what the engine accepts leaves the policy's default).
    if (*days >= 30 && *days <= 3650)
        c.repairWarrantyDays = *days;
    // Through the JSON, as every stored case is read again later: what is stored is what was
    // judged.
    out.warrantyCase = c.toJson();
    auto verdict = m_engine.evaluate(out.warrantyCase);
    if (!verdict)
        return verdict.error();
    out.verdict = *verdict;
    // What is still unanswered stays visible in the stored case (an unchecked IMEI is null)
    // and in the verdict (EVIDENCE_MISSING).
    r.evidence.annotate(out.warrantyCase);
    r.evidence.annotate(out.verdict);
    if (auto tac = imei.isEmpty() ? std::nullopt : lookUpTac(imei)) {
        out.tacBrand = tac->brand;
        out.tacModel = tac->model;
    }
    return out;
}

Result<IntakeAssessment> IntakeDesk::assess(const IntakeRequest &request)
{
    return assessInStore(request);
}

Result<IntakeResult> IntakeDesk::registerPhone(const QString &userId, const IntakeRequest &r)
{
    auto acting = m_authority.require(userId, Permission::Intake, QStringLiteral("ticket.create"));
    if (!acting)
        return acting.error();
    if (const QList<Error> wrong = problems(r); !wrong.isEmpty()) {
        QStringList messages;
        for (const Error &e : wrong)
            messages.append(e.message);
        return Error {wrong.constFirst().code, messages.join(QLatin1Char(' '))};
    }
    const Actor actor = acting->actor();
    IntakeResult out;
    std::optional<LearnedTac> learned;
    const Status status = m_db.write([&]() -> Status {
        if (!r.customerId.isEmpty()) {
            auto customer = CustomerRepository(m_db, m_clock).byId(r.customerId);
            if (!customer)
                return customer.error();
            if (!customer->has_value())
                return Error {QStringLiteral("CUSTOMER_UNKNOWN"),
                              tr("No customer %1.").arg(r.customerId)};
        }
        // The case is built inside the transaction: the history it reads is the one the
        // ticket is stored against.
        auto assessment = assessInStore(r);
        if (!assessment)
            return assessment.error();
        NewTicket draft;
        draft.customerId = r.customerId;
        draft.customer.name = r.customerName.trimmed();
        draft.customer.phone = sql::digitsOnly(r.customerPhone);
        draft.device.imei1 = storedId(r.imei1);
        draft.device.imei2 = r.imei2.trimmed().isEmpty() ? QString() : storedId(r.imei2);
        draft.device.brand = r.brand.trimmed().isEmpty() && r.model.trimmed().isEmpty()
                                 ? assessment->tacBrand
                                 : r.brand.trimmed();
        draft.device.model = r.brand.trimmed().isEmpty() && r.model.trimmed().isEmpty()
                                 ? assessment->tacModel
                                 : r.model.trimmed();
        draft.faultDescription = r.faultDescription.trimmed();
        draft.faultCategory = r.faultCategory;
        draft.component = r.component;
        // A sale date is stored only when it counts: a date alone is not evidence of a sale.
        if (r.evidence.saleDateEstablished())
            draft.saleDate = r.evidence.saleDate;
        QJsonObject condition;
        for (const QString &mark : r.conditionMarks)
            condition.insert(mark, true);
        if (!r.conditionNote.trimmed().isEmpty())
            condition.insert(QStringLiteral("note"), r.conditionNote.trimmed());
        if (!r.faultCode.isEmpty())
            condition.insert(QStringLiteral("fault_code"), r.faultCode);
        draft.condition = condition;
        draft.accessories = r.accessories;
        draft.backupConsent = r.backupConsent;
        draft.passcode = r.passcode;
        draft.warrantyCase = assessment->warrantyCase;
        draft.warrantyVerdict = assessment->verdict.toJson();
        draft.note = r.note;
        draft.draftUserId = r.draftUserId;
        auto created = TicketRepository(m_db, m_clock).create(draft, actor);
        if (!created)
            return created.error();
        out.ticket = *created;
        out.verdict = assessment->verdict;
        out.historySource = assessment->historySource;

        // A corrected brand or model teaches the store this TAC, in the same transaction.
        const QString tac = tacOf(r.imei1);
        if (!tac.isEmpty() && !draft.device.brand.isEmpty()
            && (draft.device.brand != assessment->tacBrand
                || draft.device.model != assessment->tacModel)) {
            auto learnt = LearnedTacRepository(m_db, m_clock)
                              .learn(tac, draft.device.brand, draft.device.model, actor);
            if (!learnt)
                return learnt.error();
            learned = *learnt;
        }
        return {};
    });
    if (!status)
        return status.error();
    if (learned) {
        m_tacs.addLearned(learned->tac, learned->brand, learned->model);
        out.learnedTac = true;
    }
    emit m_changes.ticketCreated(out.ticket.id);
    return out;
}

} // namespace rc::workflow
