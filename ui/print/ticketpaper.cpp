#include "ticketpaper.h"

#include "papertext.h"
#include "store/loanerrepository.h"
#include "tickets/diagnosisfee.h"

#include <QJsonArray>

namespace rc::print {

namespace {

struct Word
{
    const char *id;
    const char *zh;
    const char *en;
};

// The intake form's condition marks (ui Labels::conditionKeys), accessories (Accessories::keys)
// and the performance faults of the 性能故障表 (FaultCodes::all), as papers print them. A few
// older ids are kept so that stored tickets still read.
constexpr Word conditionWords[] = {
    {"screen_cracked", "屏幕碎裂", "screen cracked"},
    {"back_cracked", "后盖碎裂", "back cracked"},
    {"scratches", "划痕", "scratches"},
    {"dents", "磕碰凹痕", "dents"},
    {"bent", "弯曲或挤压变形", "bent or crushed"},
    {"liquid_marks", "进液痕迹", "liquid marks"},
    {"opened_before", "曾在别处拆修", "opened elsewhere"},
    {"label_damaged", "IMEI 标签损坏", "IMEI label damaged"},
    {"no_power", "不开机", "does not power on"},
    {"missing_screws", "螺丝缺失", "missing screws"},
    {"camera_cracked", "摄像头镜片碎裂", "camera lens cracked"},
};

constexpr Word accessoryWords[] = {
    {"sim_tray", "SIM 卡托", "SIM tray"},
    {"case", "保护壳", "case"},
    {"charger", "充电器", "charger"},
    {"cable", "数据线", "cable"},
    {"box", "包装盒", "box"},
    {"memory_card", "存储卡", "memory card"},
    {"stylus", "手写笔", "stylus"},
    {"data_cable", "数据线", "data cable"},
    {"headset", "耳机", "headset"},
    {"wired_headset", "有线耳机", "wired headset"},
    {"invoice", "发票", "invoice"},
    {"warranty_card", "三包凭证", "warranty card"},
    {"sd_card", "存储卡", "memory card"},
};

constexpr Word faultCodeWords[] = {
    {"function_fails", "说明书所列功能失效", "a function in the manual fails"},
    {"screen_blank", "屏幕无显示、花屏或缺划", "screen blank, garbled or missing segments"},
    {"no_power", "不开机", "will not power on"},
    {"no_network", "不能入网或无法通话", "will not register or communicate"},
    {"no_ring", "无振铃", "no ring"},
    {"dialling_errors", "拨号错误", "dialling errors"},
    {"abnormal_shutdown", "自动关机", "shuts down by itself"},
    {"sim_contact", "SIM 卡接触不良", "SIM card contact fault"},
    {"keys_fail", "按键失灵", "keys fail"},
    {"no_sound", "无声、单向通话或音量异常", "no sound, one-way audio or wrong volume"},
    {"casing_crack", "因结构或材料原因外壳开裂", "casing cracks from structure or material"},
    {"no_charge", "充电器不能充电", "charger does not charge"},
    {"battery_fails", "电池：充电后仍不能使用或容量低于 80%",
     "battery fails after charging or capacity below 80 %"},
    {"headset_no_audio", "耳机：无声音", "headset: no audio"},
    {"card_fails", "卡无法使用", "card does not work"},
};

// The seeds' exchange conditions (TicketWorkflow::exchangeConditions), as papers print them.
constexpr Word exchangeConditionWords[] = {
    {"box_complete", "包装及附件齐全", "Box and accessories complete"},
    {"no_wear", "机身无划痕、无磨损", "No wear or scratches on the phone"},
    {"imei_label_intact", "IMEI 标签完好", "IMEI label intact"},
    {"dates_agree", "发票与三包凭证日期一致", "Invoice and warranty card dates agree"},
};

template<size_t N>
std::optional<Bilingual> lookUp(const Word (&words)[N], const QString &id)
{
    for (const Word &word : words) {
        if (id == QLatin1String(word.id))
            return Bilingual {QString::fromUtf8(word.zh), QString::fromUtf8(word.en)};
    }
    return std::nullopt;
}

// The condition marks noted at intake and the clerk's note, in each language. The fault code
// picked at intake is printed on its own line (faultCodeWord), not here.
Bilingual conditionText(const QJsonObject &condition)
{
    QStringList zh;
    QStringList en;
    for (auto it = condition.begin(); it != condition.end(); ++it) {
        if (it.key() == QLatin1String("note") || it.key() == QLatin1String("fault_code"))
            continue;
        const Bilingual word = conditionWord(it.key());
        QString value;
        if (it.value().isBool()) {
            if (!it.value().toBool())
                continue;
        } else if (it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            value = it.value().toString().trimmed();
        } else if (it.value().isDouble()) {
            value = QString::number(it.value().toDouble());
        } else {
            continue;
        }
        zh.append(value.isEmpty() ? word.zh : word.zh + QStringLiteral("：") + value);
        en.append(value.isEmpty() ? word.en : word.en + QStringLiteral(": ") + value);
    }
    const QString note = condition.value(QLatin1String("note")).toString().trimmed();
    if (!note.isEmpty()) {
        zh.append(note);
        en.append(note);
    }
    return {zh.join(QStringLiteral("；")), en.join(QStringLiteral("; "))};
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

} // namespace

Bilingual conditionWord(const QString &key)
{
    return lookUp(conditionWords, key).value_or(Bilingual {key, key});
}

Bilingual accessoryWord(const QString &key)
{
    return lookUp(accessoryWords, key).value_or(Bilingual {key, key});
}

Bilingual faultCodeWord(const QString &code)
{
    return lookUp(faultCodeWords, code).value_or(Bilingual {code, code});
}

Result<TicketPaperSource> loadTicketPaperSource(Database &db, const Clock &clock,
                                                const QString &number)
{
    return workflow::TicketDossier::loadByNumber(db, clock, number);
}

PaperData paperFromTicket(const TicketPaperSource &source, const QDateTime &printedAt, bool reprint)
{
    const Ticket &ticket = source.ticket;
    PaperData paper;
    paper.center = {source.center.name, source.center.address, source.center.phone};
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
    const QString faultCode = ticket.condition.value(QLatin1String("fault_code")).toString();
    if (!faultCode.isEmpty())
        paper.faultCode = faultCodeWord(faultCode);
    paper.condition = conditionText(ticket.condition);
    for (const QString &accessory : ticket.accessories)
        paper.accessories.append(accessoryWord(accessory));
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
    const rc::DiagnosisFeeState &fee = source.balance.diagnosisFee;
    paper.diagnosisFee = fee.amount.minor;
    paper.diagnosisFeeWaiveOnApproval = fee.waiveOnApproval;
    paper.diagnosisFeeStatus = rc::DiagnosisFee::id(fee.status);
    paper.diagnosisFeeDue = fee.due.minor;
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

    if (source.remedy) {
        const workflow::RemedyDetails &stored = *source.remedy;
        RemedyPaper remedy;
        remedy.kind = stored.kind;
        remedy.ruleIds = stored.rules;
        // An exchanged phone's warranty starts again (CN-12): the certificate says on what rule.
        if (stored.kind == QLatin1String("exchange")
            && !remedy.ruleIds.contains(QStringLiteral("CN-12")))
            remedy.ruleIds.append(QStringLiteral("CN-12"));
        remedy.overrideReason = stored.overrideReason;
        // The brand's own conditions are the verdict's BRAND_EXCHANGE_CHECK warnings, in order.
        QList<Bilingual> brandChecks;
        for (const QJsonValue &w :
             (ticket.warrantyVerdict.isEmpty() ? ticket.intakeVerdict : ticket.warrantyVerdict)
                 .value(QLatin1String("warnings"))
                 .toArray()) {
            const QJsonObject warning = w.toObject();
            if (warning.value(QLatin1String("code")).toString()
                == QLatin1String("BRAND_EXCHANGE_CHECK"))
                brandChecks.append({warning.value(QLatin1String("zh")).toString(),
                                    warning.value(QLatin1String("en")).toString()});
        }
        for (const auto &[key, confirmed] : stored.conditions) {
            Bilingual label = lookUp(exchangeConditionWords, key).value_or(Bilingual {key, key});
            if (key.startsWith(QLatin1String("brand_"))) {
                const int n = key.mid(6).toInt();
                if (n >= 1 && n <= brandChecks.size())
                    label = {QStringLiteral("品牌要求：") + brandChecks.at(n - 1).zh,
                             QStringLiteral("Brand: ") + brandChecks.at(n - 1).en};
            }
            remedy.conditions.append({label, confirmed});
        }
        for (const QString &imei : {stored.newImei1, stored.newImei2}) {
            if (!imei.isEmpty())
                remedy.newImeis.append(imei);
        }
        const Term fate = stored.oldPhone == QLatin1String("to_maker") ? Term::OldPhoneToMaker
                                                                       : Term::OldPhoneKept;
        remedy.oldPhone = {term(fate, PaperLanguage::Chinese), term(fate, PaperLanguage::English)};
        remedy.date = stored.date;
        remedy.at = stored.at;
        remedy.amount = stored.amountMinor;
        remedy.method = stored.method;
        remedy.approvedBy = stored.userName;
        if (stored.kind == QLatin1String("refund"))
            paper.currency = stored.currency;
        paper.remedy = remedy;
    }

    paper.printedAt = printedAt;
    paper.reprint = reprint;
    return paper;
}

Status addLoanToPaper(PaperData &data, Database &db, const Clock &clock, const QString &ticketId,
                      PaperKind kind)
{
    LoanerRepository loans(db, clock);
    const bool returned = kind == PaperKind::LoanReturn;
    auto loan = loans.latestForTicket(ticketId, returned);
    if (!loan)
        return loan.error();
    if (!*loan)
        return Error {QStringLiteral("NOT_FOUND"),
                      returned ? QStringLiteral("the ticket has no loaner phone returned")
                               : QStringLiteral("the ticket has no loaner phone lent")};
    auto loaner = loans.byId((*loan)->loanerId);
    if (!loaner)
        return loaner.error();
    addLoanToPaper(data, **loan, loaner->value_or(Loaner {}));
    return Status();
}

void addLoanToPaper(PaperData &data, const Loan &l, const Loaner &loaner)
{
    LoanInfo &info = data.loan;
    info.imei = loaner.imei;
    info.model = loaner.model;
    info.conditionOut = l.conditionOut;
    info.conditionBack = l.conditionBack;
    info.deposit = l.deposit.minor;
    info.method = l.method;
    info.lentOn = l.lentAt.toLocalTime().date();
    info.expectedReturn = l.expectedReturn;
    info.returnedOn = l.closedAt.isValid() ? l.closedAt.toLocalTime().date() : QDate();
    info.depositOutcome = l.depositOutcome;
    info.reason = l.reason;
    data.currency = l.deposit.currency;
}

} // namespace rc::print
