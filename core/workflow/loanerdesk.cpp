#include "loanerdesk.h"

#include "authority.h"
#include "changes.h"
#include "identifiers/deviceid.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/paymentrepository.h"
#include "store/settingsrepository.h"
#include "store/sql.h"
#include "store/ticketrepository.h"
#include "tickets/servicepromises.h"
#include "warranty/policy.h"
#include "warranty/warrantyengine.h"
#include "warranty/warrantytypes.h"

namespace rc::workflow {

namespace {

const QStringList kMethods {QStringLiteral("cash"), QStringLiteral("card"),
                            QStringLiteral("mobile")};

bool validCondition(const QString &condition)
{
    return condition == QLatin1String("ok") || condition == QLatin1String("damaged");
}

QString conditionLabel(const QString &condition)
{
    return condition == QLatin1String("damaged") ? LoanerDesk::tr("damaged") : LoanerDesk::tr("ok");
}

// The loaner's IMEI as typed or scanned: a valid IMEI (an IMEISV gives its IMEI).
Result<QString> loanerImei(const QString &raw)
{
    const DeviceId id = DeviceId::parse(raw);
    if (!id.isValid() || id.imei().isEmpty())
        return Error {QStringLiteral("IMEI_INVALID"),
                      LoanerDesk::tr("\"%1\" is not a valid IMEI of a loaner phone: %2")
                          .arg(raw.trimmed(), id.isValid()
                                                  ? LoanerDesk::tr("not an IMEI (MEID/ESN)")
                                                  : id.errorMessage())};
    return id.imei();
}

// The ticket's event about its loaner, with the ticket saved (version + 1) and its outbox rows.
Status ticketEvent(Database &db, const Clock &clock, const QString &ticketId, const Actor &actor,
                   const QString &note, const QJsonObject &data)
{
    auto saved = TicketRepository(db, clock).recordInTransaction(
        ticketId, actor, QStringLiteral("loan"), note, data);
    if (!saved)
        return saved.error();
    return Status();
}

} // namespace

LoanerDesk::LoanerDesk(Database &db, const Clock &clock, const warranty::WarrantyEngine &engine,
                       Authority &authority, Changes &changes)
    : m_db(db)
    , m_clock(clock)
    , m_engine(engine)
    , m_authority(authority)
    , m_changes(changes)
{
}

Result<Loaner> LoanerDesk::add(const QString &userId, const LoanerInput &input)
{
    const QString operation = QStringLiteral("loaner.add");
    auto acting = m_authority.require(userId, Permission::Loaners, operation);
    if (!acting)
        return acting.error();
    auto imei = loanerImei(input.imei);
    if (!imei)
        return imei.error();
    Loaner loaner;
    loaner.imei = *imei;
    loaner.model = input.model.trimmed();
    if (loaner.model.isEmpty() || loaner.model.size() > 100)
        return Error {QStringLiteral("LOANER_MODEL"),
                      tr("A loaner phone needs its model (at most 100 characters).")};
    if (input.deposit.minor < 0 || input.deposit.minor > qint64(1000000) * 100)
        return Error {QStringLiteral("LOANER_DEPOSIT"),
                      tr("The deposit must be between 0 and 1000000.00.")};
    loaner.deposit = input.deposit;
    loaner.condition
        = input.condition.trimmed().isEmpty() ? QStringLiteral("ok") : input.condition.trimmed();
    if (!validCondition(loaner.condition))
        return Error {
            QStringLiteral("LOANER_CONDITION"),
            tr("A loaner's condition is ok or damaged, not \"%1\".").arg(loaner.condition)};
    LoanerRepository loaners(m_db, m_clock);
    const Status status = m_db.write([&]() -> Status {
        auto existing = loaners.byImei(loaner.imei);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error {QStringLiteral("LOANER_EXISTS"),
                          tr("The loaner phone %1 (%2) is already on the list.")
                              .arg(loaner.imei, (*existing)->model)};
        if (Status s = loaners.insertLoanerInTransaction(loaner); !s)
            return s;
        return AuditLog::appendInTransaction(
            m_db, AuditLog::entry(acting->actor(), operation, QStringLiteral("loaner"), loaner.id,
                                  m_clock.nowUtc(), toJson(loaner)));
    });
    if (!status)
        return status.error();
    emit m_changes.loanersChanged();
    return loaner;
}

Result<QList<Loaner>> LoanerDesk::list()
{
    return LoanerRepository(m_db, m_clock).list();
}

Result<LoanResult> LoanerDesk::lend(const QString &userId, const QString &ticketId,
                                    const LendInput &input)
{
    const QString operation = QStringLiteral("loaner.lend");
    auto acting = m_authority.require(userId, Permission::Loaners, operation, ticketId);
    if (!acting)
        return acting.error();
    auto imei = loanerImei(input.imei);
    if (!imei)
        return imei.error();
    const QString method
        = input.method.trimmed().isEmpty() ? QStringLiteral("cash") : input.method.trimmed();
    if (!kMethods.contains(method))
        return Error {QStringLiteral("LOAN_METHOD"),
                      tr("Choose how the deposit is paid: cash, card or mobile payment.")};
    const QDate today = m_clock.today();
    const QDate expected = input.expectedReturn.isValid()
                               ? input.expectedReturn
                               : today.addDays(LoanerRepository::kDefaultLoanDays);
    if (expected < today)
        return Error {
            QStringLiteral("LOAN_RETURN_DATE"),
            tr("The expected return date %1 is in the past.").arg(warranty::isoDate(expected))};

    LoanerRepository loaners(m_db, m_clock);
    LoanResult result;
    const Status status = m_db.write([&]() -> Status {
        TicketRepository tickets(m_db, m_clock);
        auto ticket = tickets.loadInTransaction(ticketId, std::nullopt);
        if (!ticket)
            return ticket.error();
        result.ticketNumber = ticket->number;
        if (TicketLifecycle::isFinal(ticket->status))
            return Error {QStringLiteral("TICKET_CLOSED"),
                          tr("Ticket %1 is \"%2\": it is closed.")
                              .arg(ticket->number, TicketLifecycle::label(ticket->status))};
        auto found = loaners.byImei(*imei);
        if (!found)
            return found.error();
        if (!*found)
            return Error {QStringLiteral("LOANER_UNKNOWN"),
                          tr("No loaner phone %1 on the list.").arg(*imei)};
        Loaner loaner = **found;
        if (loaner.state == QLatin1String("written_off"))
            return Error {
                QStringLiteral("LOANER_WRITTEN_OFF"),
                tr("The loaner phone %1 (%2) was written off.").arg(loaner.imei, loaner.model)};
        if (loaner.state == QLatin1String("lent")) {
            auto out = loaners.outForLoaner(loaner.id);
            if (!out)
                return out.error();
            QString other;
            if (*out) {
                auto t = tickets.byId((*out)->ticketId);
                if (t && *t)
                    other = (**t).number;
            }
            return Error {QStringLiteral("LOANER_LENT"),
                          tr("The loaner phone %1 (%2) is already lent, on ticket %3.")
                              .arg(loaner.imei, loaner.model, other)};
        }
        auto already = loaners.outForTicket(ticketId);
        if (!already)
            return already.error();
        if (*already) {
            auto other = loaners.byId((*already)->loanerId);
            const QString otherImei = other && *other ? (**other).imei : QString();
            return Error {QStringLiteral("LOAN_EXISTS"),
                          tr("Ticket %1 already has the loaner phone %2 out.")
                              .arg(ticket->number, otherImei)};
        }

        Loan loan;
        loan.id = sql::newId();
        loan.loanerId = loaner.id;
        loan.ticketId = ticketId;
        loan.conditionOut = loaner.condition;
        loan.deposit = loaner.deposit;
        loan.method = method;
        loan.lentBy = acting->user.id;
        loan.expectedReturn = expected;
        if (loan.deposit.minor > 0) {
            // The deposit is money taken: the person needs Payment too.
            if (!Permissions::roleAllows(acting->user.role, Permission::Payment))
                return Error {
                    QStringLiteral("FORBIDDEN"),
                    tr("%1 may not take the loaner's deposit.").arg(acting->user.displayName)};
            Payment p;
            p.ticketId = ticketId;
            p.kind = QStringLiteral("deposit");
            p.amount = loan.deposit;
            p.method = method;
            p.reference = QStringLiteral("loan:") + loan.id;
            auto paid = PaymentRepository(m_db, m_clock).recordInTransaction(p, acting->actor());
            if (!paid)
                return paid.error();
            loan.depositPaymentId = paid->id;
        }
        if (Status s = loaners.insertLoanInTransaction(loan); !s)
            return s;
        loaner.state = QStringLiteral("lent");
        if (Status s = loaners.updateLoanerInTransaction(loaner); !s)
            return s;
        const QJsonObject data {{QStringLiteral("loan_id"), loan.id},
                                {QStringLiteral("loaner_imei"), loaner.imei},
                                {QStringLiteral("model"), loaner.model},
                                {QStringLiteral("deposit_minor"), loan.deposit.minor},
                                {QStringLiteral("rule"), QStringLiteral("CN-07")}};
        if (Status s
            = ticketEvent(m_db, m_clock, ticketId, acting->actor(),
                          tr("Loaner phone lent: %1 (IMEI %2), deposit %3 (CN-07)")
                              .arg(loaner.model, loaner.imei, loan.deposit.toDecimalString()),
                          data);
            !s)
            return s;
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(acting->actor(), operation, QStringLiteral("loan"), loan.id,
                                      m_clock.nowUtc(), toJson(loan)));
            !s)
            return s;
        result.loan = loan;
        result.loaner = loaner;
        return Status();
    });
    if (!status) {
        if (status.error().code == QLatin1String("FORBIDDEN"))
            m_authority.auditRefusal(userId, operation, ticketId, status.error(),
                                     Permissions::id(Permission::Payment));
        return status.error();
    }
    emit m_changes.ticketChanged(ticketId);
    emit m_changes.loanersChanged();
    return result;
}

Result<std::pair<Loaner, Loan>> LoanerDesk::lentLoaner(const QString &raw)
{
    auto imei = loanerImei(raw);
    if (!imei)
        return imei.error();
    LoanerRepository loaners(m_db, m_clock);
    auto found = loaners.byImei(*imei);
    if (!found)
        return found.error();
    if (!*found)
        return Error {QStringLiteral("LOANER_UNKNOWN"),
                      tr("No loaner phone %1 on the list.").arg(*imei)};
    auto out = loaners.outForLoaner((*found)->id);
    if (!out)
        return out.error();
    if (!*out)
        return Error {
            QStringLiteral("LOANER_NOT_LENT"),
            tr("The loaner phone %1 (%2) is not lent out.").arg((*found)->imei, (*found)->model)};
    return std::pair<Loaner, Loan>(**found, **out);
}

Result<LoanResult> LoanerDesk::takeBack(const QString &userId, const ReturnInput &input)
{
    const QString operation = QStringLiteral("loaner.return");
    auto acting = m_authority.require(userId, Permission::Loaners, operation);
    if (!acting)
        return acting.error();
    const QString condition = input.condition.trimmed();
    if (!validCondition(condition))
        return Error {QStringLiteral("LOAN_CONDITION"),
                      tr("Check the loaner phone: its condition is ok or damaged.")};
    const QString reason = input.keepReason.trimmed();
    if (input.keepDeposit && reason.isEmpty())
        return Error {QStringLiteral("LOAN_KEEP_REASON"),
                      tr("Keeping the deposit needs a written reason.")};
    LoanerRepository loaners(m_db, m_clock);
    LoanResult result;
    const Status status = m_db.write([&]() -> Status {
        auto lent = lentLoaner(input.imei);
        if (!lent)
            return lent.error();
        auto [loaner, loan] = *lent;
        auto ticket
            = TicketRepository(m_db, m_clock).loadInTransaction(loan.ticketId, std::nullopt);
        if (!ticket)
            return ticket.error();
        result.ticketNumber = ticket->number;
        loan.state = QStringLiteral("returned");
        loan.conditionBack = condition;
        loan.closedBy = acting->user.id;
        loan.closedAt = m_clock.nowUtc();
        if (loan.deposit.minor > 0) {
            if (input.keepDeposit) {
                loan.depositOutcome = QStringLiteral("kept");
                loan.reason = reason;
            } else {
                if (!Permissions::roleAllows(acting->user.role, Permission::Payment))
                    return Error {QStringLiteral("FORBIDDEN"),
                                  tr("%1 may not give the loaner's deposit back.")
                                      .arg(acting->user.displayName)};
                Payment p;
                p.ticketId = loan.ticketId;
                p.kind = QStringLiteral("refund");
                p.amount = loan.deposit;
                p.method = loan.method;
                p.reference = QStringLiteral("loan:") + loan.id;
                auto paid
                    = PaymentRepository(m_db, m_clock).recordInTransaction(p, acting->actor());
                if (!paid)
                    return paid.error();
                loan.depositOutcome = QStringLiteral("returned");
                loan.refundPaymentId = paid->id;
            }
        }
        if (Status s = loaners.updateLoanInTransaction(loan); !s)
            return s;
        loaner.state = QStringLiteral("in_stock");
        loaner.condition = condition;
        if (Status s = loaners.updateLoanerInTransaction(loaner); !s)
            return s;
        QString note = tr("Loaner phone back: %1 (IMEI %2), %3")
                           .arg(loaner.model, loaner.imei, conditionLabel(condition));
        if (loan.depositOutcome == QLatin1String("returned"))
            note += QStringLiteral("; ")
                    + tr("deposit %1 returned").arg(loan.deposit.toDecimalString());
        else if (loan.depositOutcome == QLatin1String("kept"))
            note += QStringLiteral("; ")
                    + tr("deposit %1 kept: %2").arg(loan.deposit.toDecimalString(), reason);
        if (Status s = ticketEvent(m_db, m_clock, loan.ticketId, acting->actor(), note,
                                   {{QStringLiteral("loan_id"), loan.id},
                                    {QStringLiteral("loaner_imei"), loaner.imei},
                                    {QStringLiteral("condition"), condition},
                                    {QStringLiteral("deposit_outcome"), loan.depositOutcome}});
            !s)
            return s;
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(acting->actor(), operation, QStringLiteral("loan"), loan.id,
                                      m_clock.nowUtc(), toJson(loan), loan.reason));
            !s)
            return s;
        result.loan = loan;
        result.loaner = loaner;
        return Status();
    });
    if (!status) {
        if (status.error().code == QLatin1String("FORBIDDEN"))
            m_authority.auditRefusal(userId, operation, {}, status.error(),
                                     Permissions::id(Permission::Payment));
        return status.error();
    }
    emit m_changes.ticketChanged(result.loan.ticketId);
    emit m_changes.loanersChanged();
    return result;
}

Result<LoanResult> LoanerDesk::writeOff(const QString &userId, const QString &imei,
                                        const QString &reason)
{
    const QString operation = QStringLiteral("loaner.write_off");
    auto acting = m_authority.require(userId, Permission::WriteOffLoaner, operation);
    if (!acting)
        return acting.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error {QStringLiteral("LOAN_WRITE_OFF_REASON"),
                      tr("Writing off a loaner phone needs a written reason.")};
    LoanerRepository loaners(m_db, m_clock);
    LoanResult result;
    const Status status = m_db.write([&]() -> Status {
        auto lent = lentLoaner(imei);
        if (!lent)
            return lent.error();
        auto [loaner, loan] = *lent;
        auto ticket
            = TicketRepository(m_db, m_clock).loadInTransaction(loan.ticketId, std::nullopt);
        if (!ticket)
            return ticket.error();
        result.ticketNumber = ticket->number;
        loan.state = QStringLiteral("written_off");
        loan.reason = why;
        loan.closedBy = acting->user.id;
        loan.closedAt = m_clock.nowUtc();
        if (loan.deposit.minor > 0)
            loan.depositOutcome = QStringLiteral("kept");
        if (Status s = loaners.updateLoanInTransaction(loan); !s)
            return s;
        loaner.state = QStringLiteral("written_off");
        if (Status s = loaners.updateLoanerInTransaction(loaner); !s)
            return s;
        if (Status s = ticketEvent(m_db, m_clock, loan.ticketId, acting->actor(),
                                   tr("Loaner phone written off: %1 (IMEI %2): %3")
                                       .arg(loaner.model, loaner.imei, why),
                                   {{QStringLiteral("loan_id"), loan.id},
                                    {QStringLiteral("loaner_imei"), loaner.imei},
                                    {QStringLiteral("written_off"), true}});
            !s)
            return s;
        if (Status s = AuditLog::appendInTransaction(
                m_db, AuditLog::entry(acting->actor(), operation, QStringLiteral("loan"), loan.id,
                                      m_clock.nowUtc(), toJson(loan), why));
            !s)
            return s;
        result.loan = loan;
        result.loaner = loaner;
        return Status();
    });
    if (!status)
        return status.error();
    emit m_changes.ticketChanged(result.loan.ticketId);
    emit m_changes.loanersChanged();
    return result;
}

Result<std::optional<LoanOut>> LoanerDesk::outForTicket(const QString &ticketId)
{
    auto all = LoanerRepository(m_db, m_clock).loansOut();
    if (!all)
        return all.error();
    for (const LoanOut &o : *all) {
        if (o.loan.ticketId == ticketId)
            return std::optional<LoanOut>(o);
    }
    return std::optional<LoanOut>();
}

Result<QList<LoanOut>> LoanerDesk::loansOut()
{
    return LoanerRepository(m_db, m_clock).loansOut();
}

int LoanerDesk::loanerDays() const
{
    QString id = QStringLiteral("cn-sanbao");
    auto setting = SettingsRepository(m_db, m_clock).value(QStringLiteral("policy.statutory"));
    if (setting && !setting->isEmpty())
        id = *setting;
    const warranty::Policy *policy = m_engine.policies().find(id);
    if (!policy)
        policy = m_engine.policies().find(QStringLiteral("cn-sanbao"));
    return DeadlineDays::of(policy).loanerDays;
}

LoanerOffer LoanerDesk::offer(const Ticket &ticket) const
{
    LoanerOffer o;
    o.loanerDays = loanerDays();
    DeadlineDays days;
    days.loanerDays = o.loanerDays;
    o.daysOpen = ServicePromises::evaluate(ticket.status, ticket.createdAt, ticket.statusChangedAt,
                                           m_clock.nowUtc(), days)
                     .daysOpen;
    if (TicketLifecycle::isFinal(ticket.status) || ticket.status == TicketStatus::Ready)
        return o;
    // A covered repair (domain.md: CN-07): the current verdict, else the intake's.
    const QJsonObject verdict
        = ticket.warrantyVerdict.isEmpty() ? ticket.intakeVerdict : ticket.warrantyVerdict;
    if (!verdict.value(QStringLiteral("covered")).toBool())
        return o;
    if (o.daysOpen <= o.loanerDays)
        return o;
    auto out = LoanerRepository(m_db, m_clock).outForTicket(ticket.id);
    o.offered = out && !*out;
    return o;
}

} // namespace rc::workflow
