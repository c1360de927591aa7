#include "papertext.h"

#include <QLocale>

namespace rc::print {

namespace {

struct Entry
{
    Term which;
    const char *zh;
    const char *en;
};

// One line per term; %1, %2 are filled by the caller.
constexpr Entry entries[] = {
    {Term::IntakeTitle, "维修受理单", "Repair intake receipt"},
    {Term::QuoteTitle, "维修报价单", "Repair quote"},
    {Term::PickupTitle, "取机单 · 维修记录", "Pickup receipt · repair record"},
    {Term::CustomerCopy, "客户联", "Customer copy"},
    {Term::ShopCopy, "存根联", "Shop copy"},
    {Term::Reprint, "重印", "REPRINT"},
    {Term::TicketNumber, "单号", "Ticket"},
    {Term::ReceivedAt, "受理时间", "Received"},
    {Term::Clerk, "接待", "Clerk"},
    {Term::Customer, "客户", "Customer"},
    {Term::Name, "姓名", "Name"},
    {Term::Phone, "电话", "Phone"},
    {Term::Address, "地址", "Address"},
    {Term::Device, "设备", "Device"},
    {Term::BrandModel, "品牌型号", "Brand / model"},
    {Term::Imei, "IMEI", "IMEI"},
    {Term::Serial, "序列号", "Serial"},
    {Term::Colour, "颜色", "Colour"},
    {Term::Fault, "故障描述", "Fault as described"},
    {Term::FaultCode, "故障类型", "Fault type"},
    {Term::Condition, "外观状况", "Condition"},
    {Term::Accessories, "随机附件", "Accessories received"},
    {Term::None, "无", "none"},
    {Term::Warranty, "保修判定", "Warranty"},
    {Term::Rules, "依据", "Rules"},
    {Term::DataBackup, "数据备份", "Data backup"},
    {Term::BackupConsentGiven, "客户已知悉维修可能导致数据丢失，已自行备份并同意维修。",
     "The customer was told that repair may erase data, has backed up and agrees to the repair."},
    {Term::BackupConsentRefused, "客户已知悉维修可能导致数据丢失，未同意清除数据。",
     "The customer was told that repair may erase data and did not agree to data being erased."},
    {Term::BackupNotAsked, "尚未确认。", "Not yet confirmed."},
    {Term::TermsTitle, "须知", "Terms"},
    {Term::TermsUncollected, "凭本单取机。维修完成通知后 %1 天内未取机的，本中心可依规定处置。",
     "Bring this receipt to collect your phone. A phone not collected within %1 days of our "
     "notice may be disposed of as the rules allow."},
    {Term::TermsQuoteFirst, "维修前将向您报价，经您确认后方可维修。",
     "You will receive a quote before any work; nothing is repaired until you approve it."},
    {Term::CustomerSignature, "客户签字", "Customer signature"},
    {Term::ClerkSignature, "经办人签字", "Clerk signature"},
    {Term::Date, "日期", "Date"},
    {Term::Item, "项目", "Item"},
    {Term::Quantity, "数量", "Qty"},
    {Term::UnitPrice, "单价", "Unit price"},
    {Term::Amount, "金额", "Amount"},
    {Term::Part, "配件", "Part"},
    {Term::Labour, "工时", "Labour"},
    {Term::Other, "其他", "Other"},
    {Term::CoveredMark, "保修", "warranty"},
    {Term::NoLines, "暂无报价项目。", "No lines quoted yet."},
    {Term::Subtotal, "合计", "Total"},
    {Term::CoveredByWarranty, "保修承担", "Covered by warranty"},
    {Term::CustomerPays, "客户应付", "You pay"},
    {Term::DepositPaid, "已付订金", "Advance paid"},
    {Term::BalanceDue, "待付余额", "Balance due"},
    {Term::ApprovalText, "本人已阅读以上报价及保修说明，同意按此报价维修。",
     "I have read this quote and the warranty note above and approve the repair at these "
     "prices."},
    {Term::ApprovedAt, "客户已确认报价", "Quote approved"},
    {Term::RepairRecord, "维修记录", "Repair record"},
    {Term::DroppedOff, "送修日期", "Drop-off date"},
    {Term::CauseFound, "故障原因", "Cause found"},
    {Term::WorkDone, "维修内容", "Work done"},
    {Term::PartsReplaced, "更换配件", "Parts replaced"},
    {Term::ReturnDate, "交付日期", "Return date"},
    {Term::Technician, "维修工程师", "Technician"},
    {Term::Payments, "付款", "Payment"},
    {Term::PaidTotal, "已付合计", "Total paid"},
    {Term::RepairWarranty, "维修保修", "Repair warranty"},
    {Term::RepairWarrantyUntil, "维修保修至", "Repair warranty until"},
    {Term::RepairWarrantyText, "本次维修的部件自取机之日起保修 %1 天，至 %2（含）。",
     "The parts we repaired are guaranteed for %1 days from pickup, until %2 inclusive."},
    {Term::CollectedSignature, "客户取机签字", "Collected by (signature)"},
    {Term::PageOf, "第 %1 页，共 %2 页", "Page %1 of %2"},
    {Term::PrintedAt, "打印时间", "Printed"},
    {Term::DiagnosisFee, "检测费", "Diagnosis fee"},
    {Term::DiagnosisFeeWaived, "检测费已免（已确认报价）", "Diagnosis fee waived (quote approved)"},
    {Term::DiagnosisFeeCovered, "检测费：保修范围内，不收取",
     "Diagnosis fee: covered by the warranty, not charged"},
    {Term::DiagnosisFeeWaivedByManager, "检测费已由店长免收",
     "Diagnosis fee waived by the manager"},
    {Term::DiagnosisFeeTermsWaive,
     "检测费 %1：确认报价后免收；未维修退回或检测后取消时收取。保修范围内的维修不收取。",
     "Diagnosis fee %1: waived when you approve the quote; payable if the phone goes back "
     "unrepaired or the ticket is cancelled after diagnosis. A repair the warranty covers never "
     "pays it."},
    {Term::DiagnosisFeeTermsAdd,
     "检测费 %1：确认报价后计入维修费用；未维修退回或检测后取消时收取。保修范围内的维修不收取。",
     "Diagnosis fee %1: added to the repair when you approve the quote; payable if the phone goes "
     "back unrepaired or the ticket is cancelled after diagnosis. A repair the warranty covers "
     "never pays it."},
    {Term::ExchangeTitle, "换货凭证", "Exchange certificate"},
    {Term::RefundTitle, "退货退款凭证", "Refund receipt"},
    {Term::RemedyDate, "办理日期", "Date"},
    {Term::OldPhone, "原机", "Returned phone"},
    {Term::NewPhone, "换新机", "Replacement phone"},
    {Term::ExchangeConditions, "换货条件核对", "Exchange conditions checked"},
    {Term::Confirmed, "已确认", "confirmed"},
    {Term::NotConfirmed, "未确认", "NOT confirmed"},
    {Term::OldPhoneFate, "原机去向", "Returned phone goes"},
    {Term::OldPhoneToMaker, "返厂", "back to the maker"},
    {Term::OldPhoneKept, "本中心留存", "kept by the center"},
    {Term::WarrantyRestart, "三包有效期重新计算", "Warranty restarts"},
    {Term::WarrantyRestartText,
     "换货后，新机的三包有效期自换货之日 %1 起重新计算（CN-12）。请妥善保存本凭证。",
     "The replacement phone's warranty period starts again on the exchange date, %1 (CN-12). "
     "Keep this certificate."},
    {Term::WarrantyStart, "新机三包起始日", "Warranty starts on"},
    {Term::RemedyRules, "依据", "Rules applied"},
    {Term::OverrideReason, "店长特批理由", "Manager's override reason"},
    {Term::RefundSection, "退款", "Refund"},
    {Term::RefundAmount, "退款金额", "Amount refunded"},
    {Term::RefundMethod, "退款方式", "Refunded by"},
    {Term::ApprovedBy, "经办/批准人", "Approved by"},
    {Term::RefundText,
     "购机之日起 7 日内出现性能故障，消费者选择退货，按发票价格退款（CN-04）。原机由本中心收回。",
     "A performance fault within 7 days of purchase: the customer chose to return the phone and "
     "is refunded the price on the invoice (CN-04). The center keeps the phone."},
    {Term::ExchangeText, "经核对，本机符合三包换货条件，为消费者更换同型号同规格新机。",
     "The phone meets the conditions for an exchange under the warranty; the customer receives "
     "a new phone of the same model and specification."},
    {Term::LoanTitle, "备用机借用协议", "Loaner phone agreement"},
    {Term::LoanReturnTitle, "备用机归还单", "Loaner phone return slip"},
    {Term::LoanerPhone, "备用机", "Loaner phone"},
    {Term::LoanerCondition, "借出时状况", "Condition when lent"},
    {Term::ConditionOk, "完好", "Good"},
    {Term::ConditionDamaged, "有损坏", "Damaged"},
    {Term::LoanDeposit, "押金", "Security"},
    {Term::LoanMethod, "押金支付方式", "Security paid by"},
    {Term::LentOn, "借出日期", "Lent on"},
    {Term::ExpectedReturn, "预计归还", "Expected back"},
    {Term::ReturnedOn, "归还日期", "Returned on"},
    {Term::ConditionBack, "归还时状况", "Condition when returned"},
    {Term::DepositReturned, "押金已退还", "Security returned"},
    {Term::DepositKept, "押金扣留", "Security kept"},
    {Term::DepositNone, "未收押金", "No security taken"},
    {Term::Reason, "原因", "Reason"},
    {Term::LoanTerms,
     "维修期间本店依三包规定提供备用机。请妥善保管，取回维修机时一并归还；备用机完好归还时押金"
     "全额退还，遗失或损坏时本店可扣留押金并写明原因。请勿在备用机上存放个人资料。",
     "While your phone is being repaired we lend you this phone under the statutory warranty. "
     "Please look after it and bring it back when you collect your phone; the security is "
     "returned in full when it comes back in good condition, and may be kept, with the reason "
     "written down, if it is lost or damaged. Do not keep personal data on it."},
    {Term::LoanRule, "依据：CN-07（维修超过 7 日提供备用机）",
     "Rule: CN-07 (a loaner phone when a repair takes more than 7 days)"},
    {Term::BorrowerSignature, "借用人签字", "Borrower (signature)"},
};

} // namespace

QString term(Term which, PaperLanguage language)
{
    for (const Entry &entry : entries) {
        if (entry.which == which)
            return QString::fromUtf8(language == PaperLanguage::Chinese ? entry.zh : entry.en);
    }
    return {};
}

Term titleTerm(PaperKind kind)
{
    switch (kind) {
    case PaperKind::Quote:
        return Term::QuoteTitle;
    case PaperKind::Pickup:
        return Term::PickupTitle;
    case PaperKind::Exchange:
        return Term::ExchangeTitle;
    case PaperKind::Refund:
        return Term::RefundTitle;
    case PaperKind::Loan:
        return Term::LoanTitle;
    case PaperKind::LoanReturn:
        return Term::LoanReturnTitle;
    case PaperKind::Intake:
    case PaperKind::Label:
        break;
    }
    return Term::IntakeTitle;
}

QString formatMoney(qint64 minorUnits, const QString &currency)
{
    const bool negative = minorUnits < 0;
    const qint64 magnitude = negative ? -minorUnits : minorUnits;
    QString whole = QString::number(magnitude / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString amount = whole + QLatin1Char('.')
                           + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString prefix = currency == QLatin1String("CNY") || currency.isEmpty()
                               ? QStringLiteral("¥")
                               : currency + QLatin1Char(' ');
    return (negative ? QStringLiteral("-") : QString()) + prefix + amount;
}

QString formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString paymentMethodName(const QString &method, PaperLanguage language)
{
    static const struct
    {
        const char *code;
        const char *zh;
        const char *en;
    } methods[] = {
        {"cash", "现金", "Cash"},         {"wechat", "微信支付", "WeChat Pay"},
        {"alipay", "支付宝", "Alipay"},   {"card", "银行卡", "Card"},
        {"transfer", "转账", "Transfer"}, {"deposit", "订金", "Advance payment"},
        {"refund", "退款", "Refund"},     {"mobile", "移动支付", "Mobile payment"},
    };
    for (const auto &entry : methods) {
        if (method.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(language == PaperLanguage::Chinese ? entry.zh : entry.en);
    }
    return method;
}

} // namespace rc::print
