#include "ticketpaper.h"

#include "store/customerrepository.h"
#include "store/database.h"
#include "store/diagnosisrepository.h"
#include "store/paymentrepository.h"
#include "store/pickuprepository.h"
#include "store/quoterepository.h"
#include "store/repairrepository.h"
#include "store/settingsrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

#include <QJsonArray>

namespace rc::print {

namespace {

// Accessory and condition ids the intake screen stores, in both languages; anything else is
// printed as stored.
const struct
{
    const char *id;
    const char *zh;
    const char *en;
} knownWords[] = {
    {"sim_tray", "SIM 卡托", "SIM tray"},
    {"case", "保护壳", "case"},
    {"charger", "充电器", "charger"},
    {"cable", "数据线", "cable"},
    {"data_cable", "数据线", "data cable"},
    {"headset", "耳机", "headset"},
    {"wired_headset", "有线耳机", "wired headset"},
    {"box", "包装盒", "box"},
    {"invoice", "发票", "invoice"},
    {"warranty_card", "三包凭证", "warranty card"},
    {"sd_card", "存储卡", "memory card"},
    {"stylus", "手写笔", "stylus"},
    {"screen_cracked", "屏幕碎裂", "screen cracked"},
    {"back_cracked", "后壳碎裂", "back cracked"},
    {"scratches", "划痕", "scratches"},
    {"dents", "磕碰", "dents"},
    {"liquid_marks", "进液痕迹", "liquid marks"},
    {"bent", "机身弯曲", "bent"},
    {"missing_screws", "螺丝缺失", "missing screws"},
    {"camera_cracked", "摄像头镜片碎裂", "camera lens cracked"},
};

Bilingual wordFor(const QString &id)
{
    for (const auto &word : knownWords) {
        if (id == QLatin1String(word.id))
            return {QString::fromUtf8(word.zh), QString::fromUtf8(word.en)};
    }
    return {id, id};
}

// The paper's language is only known when rendering, but these are customer-visible lists
// built here: carry the Chinese and English forms joined, the paper shows both when the
// stored word is unknown to it. Known ids become "中文 English".
QString bilingualList(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        const Bilingual word = wordFor(id);
        out.append(word.zh == word.en ? word.zh : word.zh + QLatin1Char(' ') + word.en);
    }
    return out.join(QStringLiteral(", "));
}

QString conditionText(const QJsonObject &condition)
{
    QStringList parts;
    for (auto it = condition.begin(); it != condition.end(); ++it) {
        const Bilingual word = wordFor(it.key());
        const QString name = word.zh == word.en ? word.zh : word.zh + QLatin1Char(' ') + word.en;
        if (it.value().isBool()) {
            if (it.value().toBool())
                parts.append(name);
        } else if (it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            parts.append(name + QStringLiteral(": ") + it.value().toString().trimmed());
        } else if (it.value().isDouble()) {
            parts.append(name + QStringLiteral(": ") + QString::number(it.value().toDouble()));
        }
    }
    return parts.join(QStringLiteral("; "));
}

WarrantyInfo warrantyFrom(const QJsonObject &verdict)
{
    WarrantyInfo info;
    QStringList zh;
    QStringList en;
    for (const QJsonValue &reason : verdict.value(QLatin1String("reasons")).toArray()) {
        const QJsonObject r = reason.toObject();
        if (!r.value(QLatin1String("zh")).toString().isEmpty())
            zh.append(r.value(QLatin1String("zh")).toString());
        if (!r.value(QLatin1String("en")).toString().isEmpty())
            en.append(r.value(QLatin1String("en")).toString());
    }
    info.sentence.zh
        = zh.isEmpty() ? QString() : zh.join(QStringLiteral("；")) + QStringLiteral("。");
    info.sentence.en = en.isEmpty() ? QString() : en.join(QStringLiteral("; ")) + QLatin1Char('.');
    for (const QJsonValue &rule : verdict.value(QLatin1String("rules")).toArray())
        info.ruleIds.append(rule.toString());
    return info;
}

QString userName(UserRepository &users, const QString &id)
{
    if (id.isEmpty())
        return {};
    auto user = users.byId(id);
    return user && user->has_value() ? (*user)->displayName : QString();
}

} // namespace

Result<TicketPaperSource> loadTicketPaperSource(Database &db, const Clock &clock,
                                                const QString &number)
{
    TicketRepository tickets(db, clock);
    auto found = tickets.byNumber(number);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {QStringLiteral("NOT_FOUND"),
                      QStringLiteral("no ticket numbered %1").arg(number.trimmed())};
    TicketPaperSource source;
    source.ticket = **found;

    CustomerRepository customers(db, clock);
    auto customer = customers.byId(source.ticket.customerId);
    if (!customer)
        return customer.error();
    if (customer->has_value())
        source.customer = **customer;
    DeviceRepository devices(db, clock);
    auto device = devices.byId(source.ticket.deviceId);
    if (!device)
        return device.error();
    if (device->has_value())
        source.device = **device;

    const QString ticketId = source.ticket.id;
    auto diagnosis = DiagnosisRepository(db, clock).forTicket(ticketId);
    if (!diagnosis)
        return diagnosis.error();
    source.diagnosis = *diagnosis;
    QuoteRepository quotes(db, clock);
    if (source.ticket.quoteRevision > 0) {
        auto lines = quotes.lines(ticketId);
        if (!lines)
            return lines.error();
        source.quoteLines = *lines;
        auto approvals = quotes.approvals(ticketId);
        if (!approvals)
            return approvals.error();
        for (const Approval &approval : *approvals) {
            if (approval.revision == source.ticket.quoteRevision)
                source.approval = approval;
        }
    }
    auto payments = PaymentRepository(db, clock).forTicket(ticketId);
    if (!payments)
        return payments.error();
    source.payments = *payments;
    auto repair = RepairRepository(db, clock).latest(ticketId);
    if (!repair)
        return repair.error();
    source.repair = *repair;

    SettingsRepository settings(db, clock);
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("center.name"), &source.center.name},
          std::pair {QStringLiteral("center.address"), &source.center.address},
          std::pair {QStringLiteral("center.phone"), &source.center.phone}}) {
        auto value = settings.value(key);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (auto days = settings.intValue(QStringLiteral("repair_warranty.days")); days && *days > 0)
        source.repairWarrantyDays = *days;
    if (auto days = settings.intValue(QStringLiteral("uncollected.days")); days && *days > 0)
        source.uncollectedDays = *days;

    UserRepository users(db, clock, 1);
    source.clerkName = userName(users, source.ticket.intakeUserId);
    source.technicianName = userName(users, source.repair && !source.repair->technicianId.isEmpty()
                                                ? source.repair->technicianId
                                                : source.ticket.technicianId);
    auto timeline = tickets.timeline(source.ticket.id);
    if (!timeline)
        return timeline.error();
    for (const TicketEvent &event : *timeline) {
        if (event.kind == QLatin1String("created") && source.clerkName.isEmpty())
            source.clerkName = event.actor;
        if (event.toStatus == TicketStatus::Ready && !event.note.trimmed().isEmpty())
            source.readyNote = event.note.trimmed();
    }
    const bool repaired = source.repair && source.repair->result == QLatin1String("fixed");
    if (repaired) {
        // Counted from the pickup, or from today while the phone is still here.
        const QDate from
            = (source.ticket.pickedUpAt.isValid() ? source.ticket.pickedUpAt : clock.nowUtc())
                  .toLocalTime()
                  .date();
        auto end = PickupRepository(db, clock).repairWarrantyEnd(from);
        if (!end)
            return end.error();
        source.repairWarrantyEnd = *end;
    }
    return source;
}

PaperData paperFromTicket(const TicketPaperSource &source, const QDateTime &printedAt, bool reprint)
{
    const Ticket &ticket = source.ticket;
    PaperData paper;
    paper.center = source.center;
    paper.ticketNumber = ticket.number;
    paper.receivedAt = ticket.createdAt;
    paper.clerk = source.clerkName;
    paper.customer.name = source.customer.name;
    paper.customer.phone = source.customer.phone;
    paper.device.brand = source.device.brand;
    paper.device.model = source.device.model;
    for (const QString &imei : {source.device.imei1, source.device.imei2}) {
        if (!imei.isEmpty())
            paper.device.imeis.append(imei);
    }
    paper.device.serial = source.device.serial;
    paper.fault = ticket.faultDescription;
    paper.condition = conditionText(ticket.condition);
    if (!ticket.accessories.isEmpty())
        paper.accessories = {bilingualList(ticket.accessories)};
    paper.warranty = warrantyFrom(ticket.warrantyVerdict);
    paper.intakeWarranty = warrantyFrom(ticket.intakeVerdict);
    paper.backupConsent = ticket.backupConsent;
    paper.uncollectedDays = source.uncollectedDays;
    paper.repairWarrantyDays = source.repairWarrantyDays;

    for (const rc::QuoteLine &stored : source.quoteLines) {
        QuoteLine line;
        line.kind = stored.kind == QuoteLineKind::Labour ? QuoteLine::Kind::Labour
                                                         : QuoteLine::Kind::Part;
        line.description = stored.description;
        line.quantity = stored.quantity;
        line.unitPrice = stored.unitPrice.minor;
        line.covered = stored.covered;
        paper.currency = stored.unitPrice.currency;
        paper.lines.push_back(line);
    }
    if (source.approval && source.approval->approved)
        paper.approvedAt = source.approval->at;
    for (const rc::Payment &stored : source.payments) {
        Payment payment;
        payment.kind = stored.kind;
        payment.method = stored.method;
        payment.amount
            = stored.kind == QLatin1String("refund") ? -stored.amount.minor : stored.amount.minor;
        payment.at = stored.at;
        if (stored.kind == QLatin1String("deposit"))
            paper.deposit += stored.amount.minor;
        paper.payments.push_back(payment);
    }

    // The 三包 repair record.
    RepairRecord &record = paper.repair;
    record.droppedOff = ticket.createdAt.toLocalTime().date();
    if (source.diagnosis)
        record.causeFound = !source.diagnosis->cause.trimmed().isEmpty()
                                ? source.diagnosis->cause.trimmed()
                                : source.diagnosis->findings.trimmed();
    // Parts fitted as the technician recorded them; else the parts the customer approved.
    if (source.repair) {
        for (const RepairPart &part : source.repair->parts)
            record.partsReplaced.append(
                part.quantity > 1
                    ? QStringLiteral("%1 × %2").arg(part.description).arg(part.quantity)
                    : part.description);
    } else {
        for (const QuoteLine &line : paper.lines) {
            if (line.kind == QuoteLine::Kind::Part)
                record.partsReplaced.append(line.description);
        }
    }
    QStringList done;
    if (source.repair && !source.repair->note.trimmed().isEmpty())
        done.append(source.repair->note.trimmed());
    if (!source.readyNote.isEmpty() && !done.contains(source.readyNote))
        done.append(source.readyNote);
    if (done.isEmpty()) {
        for (const QuoteLine &line : paper.lines)
            done.append(line.description);
    }
    record.workDone = done.join(QStringLiteral("; "));
    const QDateTime returned = ticket.pickedUpAt.isValid() ? ticket.pickedUpAt : printedAt;
    record.returned = returned.toLocalTime().date();
    record.technician = source.technicianName;
    record.repairWarrantyEnd = source.repairWarrantyEnd;

    paper.printedAt = printedAt;
    paper.reprint = reprint;
    return paper;
}

} // namespace rc::print
